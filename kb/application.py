"""When a provision applies: the instrument's application-date facts (read at ingest from its final article,
"It shall apply from 2 August 2026. However: (a) Chapters I and II shall apply from 2 February 2025 …") read
for one article. The point that names the article, its section or its chapter wins; otherwise the general day.
"""
from __future__ import annotations

import re
from datetime import date

from .dates import find as find_dates
from .facts import Fact
from .index import Index
from .types import Provision

# A sentence about when law applies: "start applying on", "entered into force", "s'applique à partir du".
APPLIES = re.compile(r"\b(appl(?:y|ies|ied|ying|icable|icability)|applicabilit[ée]|in force|into force|into effect|took effect|takes effect|"
                     r"en vigueur|s.appliqu\w*)\b", re.I)
ROMAN = r"[IVXL]+"
# "Chapters I and II", "Chapter III Section 4, Chapter V", "Sections 4, 5 and 6 of Chapter IV", "Article 6(1)"
CHAPTERS = re.compile(rf"\bChapters?\s+((?:{ROMAN}(?:\s+Section\s+\d+)?(?:\s*,\s*|\s+and\s+)?)+)")
SECTIONS_OF = re.compile(rf"\bSections?\s+((?:\d+(?:\s*,\s*|\s+and\s+)?)+)\s+of\s+Chapter\s+({ROMAN})\b")
ARTICLES = re.compile(r"\bArticles?\s+(\d+)(\s*\()?")  # a bracket after it: only some of its paragraphs
EXCEPT = re.compile(r"\bexception of Articles?\s+(\d+)")
ITEM = re.compile(rf"({ROMAN})(?:\s+Section\s+(\d+))?")


def _place(top: Provision) -> tuple[str, str]:
    """The chapter (roman) and section (number) an article sits in, from its path."""
    chapter = section = ""
    for part in top.path:
        m = re.match(rf"CHAPTER\s+({ROMAN})\b", part, re.I)
        if m:
            chapter = m.group(1).upper()
        m = re.match(r"SECTION\s+(\d+)\b", part, re.I)
        if m:
            section = m.group(1)
    return chapter, section


PARTLY = -1


def _names(text: str, unit: str, top: Provision) -> int:
    """How specifically an application-date point names `top`: 3 by article number, 2 by its section,
    1 by its chapter, 0 not at all (or when the point's unit excepts the article), PARTLY when it names only
    some of its paragraphs ("Article 33(3) to (6)")."""
    if top.number in EXCEPT.findall(unit):
        return 0
    for number, bracket in ARTICLES.findall(text):
        if number == top.number:
            return PARTLY if bracket else 3
    chapter, section = _place(top)
    if not chapter:
        return 0
    for m in SECTIONS_OF.finditer(text):
        if m.group(2) == chapter and section in re.findall(r"\d+", m.group(1)):
            return 2
    for m in CHAPTERS.finditer(text):
        for item in ITEM.finditer(m.group(1)):
            if item.group(1) == chapter:
                if item.group(2) is None:
                    return 1
                if item.group(2) == section:
                    return 2
    return 0


def date_facts(index: Index, source: str) -> list[tuple[Fact, Provision]]:
    """The instrument's application-date facts, with the top-level provision each was read from (walked once
    per index, not per claim)."""
    return index.derived("date_facts", _date_facts).get(source, [])


def _date_facts(index: Index) -> dict[str, list[tuple[Fact, Provision]]]:
    out: dict[str, list[tuple[Fact, Provision]]] = {}
    for pid, facts in index.facts.items():
        top = index.provisions.get(pid)
        if top is not None:
            out.setdefault(top.source, []).extend((f, top) for f in facts if f.kind == "date")
    return out


def _general(text: str) -> bool:
    """"This Regulation shall apply from …": a day that names no article, section or chapter."""
    return not (ARTICLES.search(text) or CHAPTERS.search(text) or SECTIONS_OF.search(text))


def applies_from(top: Provision, index: Index) -> tuple[date, Fact, Provision] | None:
    """The day `top` (an article) applies from, the fact that says so and its provision; None when the
    instrument states no application day, `top` is the article stating them, or only some of its paragraphs
    have their own day (the article as a whole then has none)."""
    best = None
    general = None
    for f, holder in date_facts(index, top.source):
        if holder.id == top.id:
            return None
        days = [w.start for w in find_dates(f.text, None) if w.start == w.end]
        if not days:
            continue
        score = _names(f.text, holder.text[f.unit_start:f.unit_end], top)
        if score == PARTLY:
            return None
        if score and (best is None or score > best[0]):
            best = (score, days[0], f, holder)
        elif _general(f.text) and general is None:
            general = (days[0], f, holder)
    if best is not None:
        return best[1:]
    return general
