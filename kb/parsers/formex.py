"""Formex 4 XML (EU Publications Office): recitals, articles, paragraphs and points; the annexes, which the
Official Journal publishes as files of their own beside the act, with their numbered points."""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ..quantities import roman
from ..types import Provision, Source
from .common import make, norm_ws

# Elements whose content starts a new line in the rendered text.
BLOCKS = {"PARAG", "ALINEA", "P", "ITEM", "LIST", "NP", "CONSID", "ARTICLE", "TXT", "GR.SEQ", "ROW", "TBL"}
SKIP = {"NOTE", "TI.ART", "STI.ART", "NO.PARAG"}


# "10<HT TYPE="SUP">25</HT>" is ten to the 25th power: flattened it would read "1025" (Art. 51(2) AI Act).
SCRIPTS = {"SUP": str.maketrans("0123456789+-()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾"),
           "SUB": str.maketrans("0123456789+-()", "₀₁₂₃₄₅₆₇₈₉₊₋₍₎")}


def _render(el, out: list[str]) -> None:
    """Appends the verbatim text of `el` to `out`; footnotes are left out, quote marks restored, superscript and
    subscript digits kept as such."""
    tag = el.tag if isinstance(el.tag, str) else None
    if tag in ("QUOT.START", "QUOT.END"):
        out.append(chr(int(el.get("CODE", "201C"), 16)))
    elif tag == "HT" and el.get("TYPE") in SCRIPTS and re.fullmatch(r"[\d+\-()]+", "".join(el.itertext())):
        out.append("".join(el.itertext()).translate(SCRIPTS[el.get("TYPE")]))
    elif tag is not None and tag not in SKIP:
        if tag in BLOCKS and tag not in ("TXT", "NP"):
            out.append("\n")
        if el.text:
            out.append(el.text)
        for child in el:
            _render(child, out)
            if child.tail:
                out.append(child.tail)
        if tag == "NO.P":
            out.append(" ")
    elif tag == "NO.PARAG":
        out.append("\n" + (el.text or "").strip() + " ")


def text_of(el) -> str:
    out: list[str] = []
    _render(el, out)
    lines = [norm_ws(line) for line in "".join(out).split("\n")]
    lines = [line for line in lines if line]
    # A paragraph number ("1.") sits on the line of the words it numbers, as in the Official Journal.
    merged: list[str] = []
    for line in lines:
        if merged and _NUMBER_ONLY.match(merged[-1]):
            merged[-1] = f"{merged[-1]} {line}"
        else:
            merged.append(line)
    return "\n".join(merged)


_NUMBER_ONLY = re.compile(r"^\d+[a-z]?\.$")


def plain(el) -> str:
    return norm_ws("".join(el.itertext())) if el is not None else ""


def _celex(prefix: str) -> str:
    _, kind, year, num = prefix.split("/")
    return f"3{year}{'R' if kind == 'reg' else 'L'}{int(num):04d}"


def _division_title(div) -> str:
    parts = [plain(div.find("TITLE/TI")), plain(div.find("TITLE/STI"))]
    return " — ".join(p for p in parts if p)


def _points(source, parent_id, base_cite, items_parent, path, heading, url, depth=0) -> list[Provision]:
    """Points (a), (b) ... and their sub-points, each a child provision."""
    out = []
    for lst in items_parent.findall("LIST"):
        for item in lst.findall("ITEM"):
            np_ = item.find("NP")
            no = np_.findtext("NO.P") if np_ is not None else None
            if not no:
                continue
            label = no.strip().strip("()").rstrip(".")
            pid = f"{parent_id}/pt/{label.lower()}"
            cite = f"{base_cite}({label})"
            out.append(make(source, pid, parent=parent_id, kind="point", number=label, heading=heading,
                            path=path, text=text_of(item), url=url, citation=cite,
                            pinpoint=[label]))
            inner = np_ if np_ is not None else item
            for sub in [inner, *inner.findall("P")]:
                out += _points(source, pid, cite, sub, path, heading, url, depth + 1)
    return out


def _subparagraph_points(source, parent_id, cite, container, path, heading, url) -> list[Provision]:
    """Points of each subparagraph; when a later subparagraph restarts at (a), its points are qualified
    by the subparagraph ("Art. 21(3), second subparagraph, point (a)" -> .../subpar/2/pt/a)."""
    out: list[Provision] = []
    seen: set[str] = set()
    for k, alinea in enumerate(container.findall("ALINEA"), start=1):
        points = _points(source, parent_id, cite, alinea, path, heading, url)
        if any(p.id in seen for p in points):
            points = _points(source, f"{parent_id}/subpar/{k}", cite, alinea, path, heading, url)
            for p in points:
                if p.parent == f"{parent_id}/subpar/{k}":
                    p.parent = parent_id
        seen.update(p.id for p in points)
        out += points
    return out


def parse(path: Path, source: Source) -> list[Provision]:
    act_file = path
    root = etree.parse(str(path)).getroot()
    prefix = source.id_prefix
    base_url = f"https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:{_celex(prefix)}"
    short = source.short_name
    provisions: list[Provision] = []

    for consid in root.iter("CONSID"):
        no = (consid.findtext("NP/NO.P") or "").strip()
        n = no.strip("()")
        # A recital may run on past its first TXT (further paragraphs); its number is metadata, not text.
        text = text_of(consid)
        text = text[len(no):].lstrip() if text.startswith(no) else text
        provisions.append(make(source, f"{prefix}/recital/{n}", parent=None, kind="recital", number=n,
                               heading=f"Recital {n}", path=["Recitals"], text=text,
                               url=f"{base_url}#rct_{n}", citation=f"Recital {n} {short}"))

    for art in root.iter("ARTICLE"):
        number = re.sub(r"^Article\s+", "", norm_ws(art.findtext("TI.ART") or "")).strip()
        heading = plain(art.find("STI.ART"))
        divisions = [d for d in art.iterancestors("DIVISION")][::-1]
        path = [_division_title(d) for d in divisions]
        aid = f"{prefix}/art/{number.lower()}"
        url = f"{base_url}#art_{number}"
        cite = f"Art. {number} {short}"
        provisions.append(make(source, aid, parent=None, kind="article", number=number, heading=heading,
                               path=path, text=text_of(art), url=url, citation=cite))
        parags = art.findall("PARAG")
        for parag in parags:
            no = (parag.findtext("NO.PARAG") or "").strip().rstrip(".")
            pid = f"{aid}/par/{no}"
            pcite = f"Art. {number}({no}) {short}"
            provisions.append(make(source, pid, parent=aid, kind="paragraph", number=no, heading=heading,
                                   path=path, text=text_of(parag), url=url, citation=pcite, pinpoint=[no]))
            provisions += _subparagraph_points(source, pid, f"Art. {number}({no})", parag, path, heading, url)
        if not parags:
            provisions += _subparagraph_points(source, aid, f"Art. {number}", art, path, heading, url)
    provisions += _annexes(act_file, source, prefix, base_url, short)
    final = root.find(".//FINAL/P")
    if final is not None:
        # "This Regulation shall be binding in its entirety and directly applicable in all Member States.": the
        # act's binding clause, after its last article and before the signatures, is law too.
        provisions.append(make(source, f"{prefix}/final", parent=None, kind="final", number="",
                               heading="Binding clause", path=["Final"], text=plain(final),
                               url=base_url, citation=f"{short}, binding clause"))
    # Point citations were built without the instrument so nesting stays simple; add it once here.
    for p in provisions:
        if p.kind == "point":
            p.citation = f"{p.citation} {short}"
    return provisions


def _annexes(path: Path, source: Source, prefix: str, base_url: str, short: str) -> list[Provision]:
    """The act's annexes ("ANNEX III — High-risk AI systems referred to in Article 6(2)"), from the files beside
    the act whose root is an ANNEX; each numbered point of an annex ("1. Biometrics …") is a child provision."""
    out: list[Provision] = []
    for f in sorted(path.parent.glob("*.xml")):
        if f == path:
            continue
        root = etree.parse(str(f)).getroot()
        if root.tag != "ANNEX":
            continue
        title = [plain(x) for x in root.findall("TITLE/TI/P")]
        m = re.match(r"ANNEX\s+([IVXL]+)$", title[0] if title else "", re.I)
        contents = root.find("CONTENTS")
        if m is None or contents is None:
            continue
        numeral = m.group(1).upper()
        number = str(roman(numeral))
        aid = f"{prefix}/anx/{number}"
        # the heading is the STI, or (Annex X) the title's second line
        heading = plain(root.find("TITLE/STI")) or " ".join(title[1:])
        url = f"{base_url}#anx_{numeral}"
        path_ = ["Annexes"]
        out.append(make(source, aid, parent=None, kind="annex", number=numeral, heading=heading, path=path_,
                        text=text_of(contents), url=url, citation=f"Annex {numeral} {short}"))
        seen: set[str] = set()
        for np_ in contents.iter("NP"):
            no = (np_.findtext("NO.P") or "").strip()
            # the annex's own numbered points, not the points of a list inside one of them
            if not re.fullmatch(r"\d{1,2}\.", no) or any(a.tag == "NP" for a in np_.iterancestors()):
                continue
            n = no.rstrip(".")
            if n in seen:
                continue  # a second sequence restarting at 1 (another section of the annex): left in the annex text
            seen.add(n)
            # the point's text runs on in the paragraphs and lists after its NP, up to the next numbered point
            if np_.getparent().tag == "ITEM":  # "1." as an item of the annex's list, with its own sub-points
                parts = [np_.getparent()]
            else:
                parts, sib = [np_], np_.getnext()
                while sib is not None and not (sib.tag == "NP" and re.fullmatch(r"\d{1,2}\.", (sib.findtext("NO.P") or "").strip())):
                    parts.append(sib)
                    sib = sib.getnext()
            text = "\n".join(t for t in (text_of(x) for x in parts) if t)
            out.append(make(source, f"{aid}/pt/{n}", parent=aid, kind="annex-point", number=n, heading=heading,
                            path=path_, text=text, url=url, citation=f"Annex {numeral}, point {n}, {short}",
                            pinpoint=[n]))
    return out
