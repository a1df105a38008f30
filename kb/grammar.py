"""The reference grammar, with no index: a reference as people write it ("Art. 34(1) DSA", "s. 144 OSA 2023",
"article 226-8-1 du code pénal", "18 U.S.C. § 2256(8)(B)") parsed into a `Ref` (instrument, kind, number,
pinpoints) by citeurl templates (kb/data/citations.yaml, plus citeurl's own U.S. Code and Public Law templates),
whose instrument names come from the source registry's aliases. kb.citation resolves a `Ref` against the index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .config import Config
from .errors import CitationError
from .glossary import fold
from .quantities import roman
from .registry import load_sources
from .types import Source

TEMPLATES = Path(__file__).parent / "data" / "citations.yaml"
REPORTERS = Path(__file__).parent / "data" / "reporters.yaml"
PIN = re.compile(r"\(([^()\s]+)\)")
MAX_REF_CHARS = 300
MAX_EXTRACT_CHARS = 200_000


@dataclass
class Ref:
    """A parsed reference: which instrument, which provision, which pinpoint."""

    text: str
    source: Source
    kind: str  # article | recital | section | schedule | schedule-paragraph | usc | bill-section | instrument
    number: str = ""
    pins: list[str] = field(default_factory=list)
    schedule: str = ""
    span: tuple[int, int] = (0, 0)
    also: list[str] = field(default_factory=list)  # other instruments the same name designates


# ---------------------------------------------------------------- grammar


# However an EU act's number is introduced ("Reg. (EU) 2024/1689", "règlement n° 2022/2065"), it is the act.
EU_NUMBER_INTRO = r"(?:(?:Regulation|Reg\.?|[Rr][eè]glement|[Rr][eè]gl\.)\s?(?:\((?:EU|UE)\)\s?)?(?:No\.?\s?|n°\s?)?)"
EU_NUMBER = re.compile(r"\d{4}/\d{1,4}")


def _alternation(names) -> str:
    uniq = sorted({n for n in names if n}, key=len, reverse=True)
    return "(" + "|".join((EU_NUMBER_INTRO + "?" if EU_NUMBER.fullmatch(n) else "") + re.escape(n).replace(r"\ ", r"\s")
                          for n in uniq) + ")"


def _is_number_alias(alias: str) -> bool:
    """Aliases that are themselves a bill/law number are matched by the number grammars, not as names."""
    return bool(re.match(r"^(S|H\.?\s?R)\.?\s?\d|^(Pub|Public|P\.)\s?L|^\d+ Stat", alias))


@lru_cache(maxsize=4)
def citator(config: Config):
    from citeurl import Citator
    from citeurl.citator import Template

    sources = load_sources(config)
    names = lambda pred: _alternation(a for s in sources if pred(s) for a in (*s.aliases, s.short_name, s.citation)
                                      if not _is_number_alias(a))
    fill = {"EU_NAMES": names(lambda s: s.jurisdiction == "EU"), "UK_NAMES": names(lambda s: s.jurisdiction == "UK"),
            "FR_NAMES": names(lambda s: s.jurisdiction == "FR"),
            "US_ACT_NAMES": names(lambda s: s.kind in ("bill", "public-law"))}
    c = Citator(defaults=["general federal law"])
    # Only the federal statute templates apply; the rest (regulations, constitutions, ...) would claim
    # references that no source of ours can resolve.
    c.templates = {k: v for k, v in c.templates.items() if k in ("U.S. Code", "U.S. Public Laws")}
    for name, data in yaml.safe_load(TEMPLATES.read_text(encoding="utf-8")).items():
        for token in data["tokens"].values():
            token["regex"] = fill.get(token["regex"], token["regex"])
        c.templates[name] = Template.from_dict(name, data, inheritables=c.templates)
    return c


def _sources_by_alias(name: str, jurisdiction: str | None, config: Config) -> list[Source]:
    """Every instrument the name designates, furthest advanced first ("ENFORCE Act" names two identical
    bills: S. 3021, passed by the Senate, before H.R. 4831, only introduced)."""
    key = fold(" ".join(name.split()))
    number = re.fullmatch(EU_NUMBER_INTRO + r"(\d{4}/\d{1,4})", " ".join(name.split()))
    keys = {key, number.group(1)} if number else {key}
    found = [s for s in load_sources(config) if (not jurisdiction or s.jurisdiction == jurisdiction)
             and keys & {fold(a) for a in (*s.aliases, s.short_name, s.citation)}]
    if not found:
        raise CitationError(f"unknown instrument {name!r}")
    return sorted(found, key=lambda s: (not s.is_law, "passed" not in s.status))


def _source_by_alias(name: str, jurisdiction: str | None, config: Config) -> Source:
    return _sources_by_alias(name, jurisdiction, config)[0]


ACRONYM = re.compile(r"[A-Z]{2,}")  # subsections are (A), (ii), (aa): never two capitals


def _pins(value: str | None) -> list[str]:
    return [p.rstrip(".") for p in PIN.findall(value or "")]  # "(1.)" is paragraph 1


def ordinal_first(number: str) -> str:
    """"1er" (French for the first article, "article premier") is article 1."""
    return re.sub(r"^(\d+)er$", r"\1", number)


def code_article(number: str) -> str:
    """A French code's article as its id spells it: "R. 625-1" is article R625-1, "L.761-1" and "L 1155-2" L761-1
    and L1155-2."""
    return re.sub(r"^([LRDA])(?:\.\s?|\s(?=\d))", r"\1", number)


def _to_ref(cite, config: Config) -> Ref:
    t, name = cite.tokens, cite.template.name
    sources = load_sources(config)
    if name == "EU article":
        pins = ([t["paragraph"]] if t.get("paragraph") else []) + _pins(t.get("pin")) + ([t["point"]] if t.get("point") else [])
        return Ref(cite.text, _source_by_alias(t["act"], "EU", config), "article", ordinal_first(t["article"]), pins)
    if name == "EU annex":
        return Ref(cite.text, _source_by_alias(t["act"], "EU", config), "annex", str(roman(t["annex"])),
                   [t["point"]] if t.get("point") else [])
    if name == "EU recital":
        return Ref(cite.text, _source_by_alias(t["act"], "EU", config), "recital", t["recital"])
    if name == "UK section":
        return Ref(cite.text, _source_by_alias(t["act"], "UK", config), "section", t["section"], _pins(t.get("pin")))
    if name == "UK schedule":
        src = _source_by_alias(t["act"], "UK", config)
        if t.get("paragraph"):
            return Ref(cite.text, src, "schedule-paragraph", t["paragraph"], _pins(t.get("pin")), schedule=t["schedule"])
        return Ref(cite.text, src, "schedule", schedule=t["schedule"])
    if name == "FR code article":
        pins = [t["alinea"]] if t.get("alinea") else [t["item"] + "°"] if t.get("item") else []
        return Ref(cite.text, _source_by_alias(t["code"], "FR", config), "article", code_article(t["article"]), pins)
    if name in ("U.S. Code", "US Code section of title"):
        prefix = f"us/usc/t{t['title']}/s{t['section'].lower()}"
        src = next((s for s in sources if s.id_prefix == prefix), None)
        if src is None:
            held = ", ".join(s.short_name for s in sources if s.kind == "usc-section")
            raise CitationError(f"{t['title']} U.S.C. § {t['section']} is not in the corpus (it holds {held})")
        # "47 U.S.C. § 230 (CDA)": an acronym in brackets glosses the section, it is no subsection of it
        pins = _pins(t.get("subsection"))
        return Ref(cite.text, src, "usc", t["section"], pins[:next((i for i, x in enumerate(pins) if ACRONYM.fullmatch(x)),
                                                                      len(pins))])
    if name == "US bill":
        btype = "hr" if "h" in t["chamber"].lower() else "s"
        src = next((s for s in sources if s.extra.get("bill_type") == btype and s.extra.get("bill_number") == t["number"]), None)
        label = "H.R." if btype == "hr" else "S."
        # A bill number that became law is an alias of the law ("S. 146" is the TAKE IT DOWN Act).
        src = src or next((s for s in sources if fold(f"{label} {t['number']}") in {fold(a) for a in s.aliases}), None)
        if src is None:
            label = "H.R." if btype == "hr" else "S."
            held = ", ".join(f"{'H.R.' if s.extra['bill_type'] == 'hr' else 'S.'} {s.extra['bill_number']}"
                             for s in sources if "bill_number" in s.extra)
            raise CitationError(f"{label} {t['number']} is not in the corpus (it holds {held})")
        return _bill_ref(cite.text, src, t.get("section"), t.get("pin"))
    if name == "US named act":
        found = _sources_by_alias(t["act"], "US", config)
        ref = _bill_ref(cite.text, found[0], t.get("section"), t.get("pin"))
        ref.also = [s.short_name for s in found[1:]]
        return ref
    if name in ("U.S. Public Laws", "US public law section"):
        prefix = f"us/pl/{t['congress']}/{t['law']}"
        src = next((s for s in sources if s.id_prefix == prefix), None)
        if src is None:
            raise CitationError(f"Pub. L. {t['congress']}-{t['law']} is not in the corpus")
        return _bill_ref(cite.text, src, t.get("section"), t.get("pin"))
    raise CitationError(f"unsupported reference form {cite.text!r}")  # pragma: no cover


def _bill_ref(text: str, src: Source, section: str | None, pin: str | None) -> Ref:
    if section:
        return Ref(text, src, "bill-section", section, _pins(pin))
    return Ref(text, src, "instrument")


@lru_cache(maxsize=1)
def _case_citation() -> re.Pattern:
    """volume, reporter, page: "492 U. S. 115", "231 F.3d 912"."""
    names = yaml.safe_load(REPORTERS.read_text(encoding="utf-8"))["reporters"]
    spaced = ["\\s?".join(re.escape(part) for part in re.findall(r"[A-Za-z']+\.?|\d+[a-z]+", n))
              for n in sorted(names, key=len, reverse=True)]
    return re.compile(rf"(?<![\w.])\d{{1,4}}\s(?:{'|'.join(spaced)})\s\d{{1,5}}(?!\w)")


def case_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` cites a court decision by its reporter."""
    return [m.span() for m in _case_citation().finditer(text)]


# "18 U.S.C. ?? 2251(a)": a section sign a PDF's text layer lost to "?". Replaced one for one, so spans still
# point into the text as given.
LOST_SECTION_SIGN = re.compile(r"(?<=U\.S\.C\.)(\s?)(\?{1,2})(?=\s?\d)")


# "S.1837", "H.R.1283": a bill's number written against its chamber, which citeurl's token boundaries never match;
# the dot is read as a space, one for one.
GLUED_BILL = re.compile(r"(?<![\w.])(S|H\.\s?R)\.(?=\d{3,5}\b)")


def _all_cites(text: str, config: Config) -> list:
    c = citator(config)
    text = LOST_SECTION_SIGN.sub(lambda m: m.group(1) + "§" * len(m.group(2)), text)
    text = GLUED_BILL.sub(lambda m: m.group(1) + " ", text)
    found = []
    for template in c.templates.values():
        found += template.list_longform_cites(text)
    cases = case_spans(text)
    found = [f for f in found if not any(a < f.span[1] and f.span[0] < b for a, b in cases)]
    # Longest match wins where two templates claim overlapping text ("Pub. L. 119-12, § 3" over "Pub. L. 119-12").
    return longest_first(found)


def longest_first(found: list) -> list:
    """Matches with a `.span`, in order, the longest kept where two overlap."""
    found = sorted(found, key=lambda x: (x.span[0], -(x.span[1] - x.span[0])))
    out, end = [], -1
    for m in found:
        if m.span[0] >= end:
            out.append(m)
            end = m.span[1]
    return out


def find_references(text: str, config: Config | None = None) -> list[str]:
    """The reference strings in a running text, parsed by the grammar alone (no index)."""
    return [c.text for c in _all_cites(text, config or Config())]


LEADING = re.compile(r"^(?:(?:see|voir|cf\.?)\s+)?(?:(?:the|la|le|les)\s+|l['’]\s?)?(?=\S)", re.I)


def parse_reference(text: str, config: Config | None = None) -> Ref:
    """The single reference `text` is (the whole input, give or take punctuation)."""
    config = config or Config()
    raw = LEADING.sub("", " ".join((text or "").split()))  # "la section 109 de l'OSA", "see Art. 34 DSA"
    if not raw:
        raise CitationError("empty reference")
    if len(raw) > MAX_REF_CHARS:
        raise CitationError(f"reference too long ({len(raw)} characters): use `cite --extract` for a text")
    cites = _all_cites(raw, config)
    whole = [c for c in cites if len(raw[:c.span[0]].strip(" .,;:()")) == 0 and len(raw[c.span[1]:].strip(" .,;:()")) == 0]
    if whole:
        return _to_ref(whole[0], config)
    alias = _instrument_only(raw, config)
    if alias:
        return alias
    ref = _running_text_form(raw, config)
    if ref:
        return ref
    ref = _named_in_brackets(raw, config)
    if ref:
        return ref
    raise CitationError(f"cannot parse reference {raw!r}", _example_forms())


BRACKETED = re.compile(r"^(?P<ref>.+?)\s*\((?P<which>[^()]{2,40})\)\s*$")


def _named_in_brackets(raw: str, config: Config) -> Ref | None:
    """"section 2 of the ENFORCE Act (S. 3021)": the brackets say which of the instruments of that name is meant;
    anything else in brackets is not a reference form."""
    m = BRACKETED.match(raw)
    if not m:
        return None
    try:
        ref, which = parse_reference(m.group("ref"), config), parse_reference(m.group("which"), config)
    except CitationError:
        return None
    names = lambda src: {fold(a) for a in (*src.aliases, src.short_name)}  # noqa: E731
    if which.kind != "instrument" or not names(which.source) & names(ref.source):
        return None
    return Ref(raw, which.source, ref.kind, ref.number, ref.pins, ref.schedule)


def _running_text_form(raw: str, config: Config) -> Ref | None:
    """Forms the citation grammar lacks but the running-text reader knows ("Art 74 para 1 Regulation
    2022/2065", "l'article 2256 du Code pénal fédéral américain"): one reference covering the whole input."""
    from .references import find

    mentions, _ = find(raw, config)
    whole = [m for m in mentions if not raw[:m.span[0]].strip(" .,;:()'’l") and not raw[m.span[1]:].strip(" .,;:()")]
    if len(whole) != 1 or len(whole[0].parts) != 1 or whole[0].name is None or whole[0].short:
        return None
    m, part = whole[0], whole[0].parts[0]
    if m.name.absent is not None:
        raise CitationError(m.name.absent["note"])
    if m.name.title:
        prefix = f"us/usc/t{m.name.title}/s{part.number.lower()}"
        src = next((s for s in load_sources(config) if s.id_prefix == prefix), None)
        if src is None:
            raise CitationError(f"{m.name.title} U.S.C. § {part.number} is not in the corpus")
        return Ref(raw, src, "usc", part.number, part.pins)
    return Ref(raw, m.name.source, part.kind, part.number, part.pins, schedule=part.schedule)


def _instrument_only(raw: str, config: Config) -> Ref | None:
    """'Section 230', 'S. 146', 'TAKE IT DOWN Act': a bare instrument name from the registry."""
    key = fold(raw.strip(" .,;:"))
    for s in load_sources(config):
        if key in {fold(a) for a in (*s.aliases, s.short_name, s.citation)}:
            return Ref(raw, s, "usc" if s.kind == "usc-section" else "instrument",
                       s.extra.get("section", ""))
    return None


def _example_forms() -> list[str]:
    return ["Art. 34 DSA", "s. 137 OSA 2023", "article 226-8-1 du code pénal", "18 U.S.C. § 2256(8)(B)", "S. 3021"]
