"""Where a sentence places a provision in its instrument ("Article 53 of DSA Chapter IV Section 2"), against the
divisions the parser keeps above it (Provision.path), and which provision a reference naming no instrument is
read as. Words for each kind of division: kb/data/divisions.yaml."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from .glossary import fold
from .quantities import ROMAN, roman
from .registry import load_sources
from .types import Provision
from .units import units
from .verdicts import CONTRADICTED, SUPPORTED, Claim, quote

DATA = Path(__file__).parent / "data" / "divisions.yaml"


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return {w: kind for kind, words in data.items() for w in words}


# "L'article 122-5 du Code pénal s'inscrit dans le livre II du code": a verb that places it, between the reference
# and the division
PLACING = (r"(?:s['’]inscrit|figure|se\s+(?:trouve|situe)|est\s+(?:plac|situ|inscrit)[ée]e?|(?:is|are)\s+(?:placed|found|set)|"
           r"appears?|sits?|lies?|falls?|(?:is|are)(?=\s+in\b))")


@lru_cache(maxsize=1)
def _placed() -> tuple[re.Pattern, re.Pattern]:
    """(the verb that may come first, one division) said right after a reference: ", in Section 5 of Chapter III",
    " Chapter IV Section 2", ", section 2 du chapitre VI", " figure au chapitre VI du titre II du livre II"."""
    word = "|".join(sorted(map(re.escape, _words()), key=len, reverse=True))
    one = (rf"\s*,?\s*(?:(?:in|of|from|under|du|de\s+la|de|dans\s+(?:le|la)|au|à\s+la|en)\s+)?(?:the\s+|le\s+|la\s+)?"
           rf"({word})\.?\s+([ivxlc]+|\d+)(?:er|re)?\b")
    return re.compile(rf"\s*,?\s*{PLACING}(?=\s)", re.I), re.compile(one, re.I)


def _placing(claim: str, ref: dict) -> tuple[list[tuple[str, int | None, str]], int]:
    """The divisions the words right after the reference give it, in order ([("chapter", 4, "Chapter IV"),
    ("section", 2, "Section 2")]), and where they end; ([], -1) when they give none."""
    span = ref.get("span")
    if not span:
        return [], -1
    verb, one = _placed()
    pos = (v.end() if (v := verb.match(claim, span[1])) else span[1])
    said = []
    while len(said) < MAX_DIVISIONS and (m := one.match(claim, pos)):
        said.append((_words()[fold(m.group(1))], number_(m.group(2)), f"{m.group(1)} {m.group(2)}"))
        pos = m.end()
    return said, (pos if said else -1)


MAX_DIVISIONS = 4  # "au chapitre VI du titre II du livre II": a book, a title, a chapter, a section


def number_(text: str) -> int | None:
    """"IV" → 4, "2" → 2; None for anything else."""
    if text.isdigit():
        return int(text)
    return roman(text) if text and set(text.upper()) <= set(ROMAN) else None


def divisions(p: Provision) -> dict[str, tuple[int, str]]:
    """The provision's divisions by kind: {"chapter": (4, "CHAPTER IV — …"), "section": (1, "SECTION 1 — …")}."""
    out = {}
    for head in p.path:
        # "Livre Ier : Dispositions générales": an ordinal's ending after the number
        m = re.match(r"\s*([^\W\d_]+)\.?\s+([IVXLCivxlc]+|\d+)(?:er|re)?\b", head)
        kind = _words().get(fold(m.group(1))) if m else None
        n = number_(m.group(2)) if m else None
        if kind and n is not None:
            out[kind] = (n, head)
    return out


def _said(claim: str, ref: dict) -> list[tuple[str, int | None, str]]:
    return _placing(claim, ref)[0]


def _named(head: str) -> str:
    """"SECTION 1 — Competent authorities …" → "SECTION 1 (“Competent authorities …”)"."""
    parts = re.split(r"\s+[—:]\s+", head, maxsplit=1)
    return parts[0].strip() + (f" (“{parts[1].strip()}”)" if len(parts) > 1 else "")


def misplaced(claim: str, ref: dict, top: Provision) -> Claim | None:
    """Contradicted when the words right after the reference put the provision in a division it is not in: a
    chapter or section of another number. A division the provision's headings do not have is not compared."""
    said = _said(claim, ref)
    if not said:
        return None
    held = divisions(top)
    wrong = [s for s in said if s[0] in held and s[1] is not None and held[s[0]][0] != s[1]]
    if not wrong:
        return None
    where = ", ".join(_named(h) for _, h in held.values())
    return Claim(claim, CONTRADICTED, f"{top.citation} is in {where}; the sentence places it in "
                                      f"{' '.join(s[2] for s in said)}.",
                 [quote(top, units(top.text)[0].text)], f"{top.citation} is in {where}.", kind="reference")


def well_placed(claim: str, ref: dict, top: Provision) -> Claim | None:
    """Supported when the sentence does no more than place the provision ("L'article 122-5 du Code pénal s'inscrit
    dans le livre Ier du code") and every division it gives is one the provision's headings have, of that number.
    Anything said past the divisions (what the book "traite") is left to the other checks."""
    said, end = _placing(claim, ref)
    held = divisions(top)
    if not said or not all(k in held and n == held[k][0] for k, n, _ in said):
        return None
    words = re.compile(r"[^\W\d_]{3,}")
    rest = re.sub(r"^\W*(?:du|of\s+the|de\s+la|de)\s+(?:code(?:\s+pénal)?|penal\s+code|criminal\s+code)\b", " ",
                  claim[end:], flags=re.I)
    if len(words.findall(rest)) > 2 or len(words.findall(claim[:ref["span"][0]])) > 2:
        return None
    where = ", ".join(_named(held[k][1]) for k, _, _ in said)
    return Claim(claim, SUPPORTED, f"{top.citation} is in {where}.", [quote(top, units(top.text)[0].text)],
                 kind="reference")


UNNAMED = re.compile(r"(?:articles?|art\.?|sections?|s\.|§)\s*(\d{1,4}(?:-\d{1,3})*[A-Z]?)", re.I)


def unnamed(claim: str, ref: dict, index, instrument: str | None, presume: bool = False) -> tuple[Provision | None, str]:
    """A reference naming no instrument, and how it was read: "Article 50(1) requires providers …" in an article
    that named the AI Act a few sentences before relies on the instrument named before it (eyecite's "Id."), across
    sentences; "Section 186 from Part 10, …" on the divisions it gives (`placed`). Alone, with neither, a sentence
    naming no instrument is not read as any one of the corpus's articles of that number — but by the form of its
    number when `presume` (the sentence names no instrument at all: `presumed`)."""
    m = UNNAMED.match(ref["text"].strip())
    if m is None:
        return None, ""
    if instrument is not None:
        got = next((p for p in index.top_level(instrument) if p.number == m.group(1)
                    and p.kind in ("article", "section") and "/dup/" not in p.id), None)
        if got is not None:
            return got, "the sentence names no instrument, the text named it before"
    got = placed(claim, ref, m.group(1), index)
    if got is not None:
        return got, "the only one of that number in the divisions the sentence gives it"
    return presumed(claim, m.group(1), index) if presume and instrument is None else (None, "")


def presumed(claim: str, number: str, index) -> tuple[Provision | None, str]:
    """"L'article 226-8-1, qui réprime les délits de montage à caractère sexuel": a number of the form only one
    instrument of the corpus gives its articles (sources/*.toml `presumed_number`: the Code pénal's "226-8-1"),
    cited in a sentence about an offence (`presumed_when`), is read as that instrument's — for checking what the
    sentence says of it, never as a reference the text makes (the reference list still has it unrecognised)."""
    for s in load_sources(index.config):
        form, when = s.extra.get("presumed_number"), s.extra.get("presumed_when")
        if not (form and when and re.fullmatch(form, number) and re.search(when, claim, re.I)):
            continue
        got = next((p for p in index.top_level(s.id) if p.number == number and "/dup/" not in p.id), None)
        if got is not None:
            return got, f"the sentence names no code; an article so numbered, about an offence, is the {s.short_name}'s"
    return None, ""


def placed(claim: str, ref: dict, number: str, index) -> Provision | None:
    """"Section 186 from Part 10, …" with no instrument named: the one provision of that number, in the corpus,
    that the divisions the sentence gives it hold (OSA s. 186, Part 10); None when none or several do."""
    said = _said(claim, ref)
    if not said:
        return None
    fits = [p for p in index.top_level() if p.number == number and p.kind in ("article", "section")
            and "/dup/" not in p.id and all(divisions(p).get(k, (None,))[0] == n for k, n, _ in said)]
    return fits[0] if len(fits) == 1 else None
