"""When a provision applies: the instrument's application-date facts (read at ingest from its final article,
"It shall apply from 2 August 2026. However: (a) Chapters I and II shall apply from 2 February 2025 …") read
for one article. The point that names the article, its section or its chapter wins; otherwise the general day.
The sentences about those days are checked in kb/application.py."""
from __future__ import annotations

import re
from datetime import date

from .dates import find as find_dates
from .facts import Fact
from .glossary import concepts, fold
from .index import Index
from .types import Provision

ROMAN = r"[IVXL]+"
# "Chapters I and II", "Chapter III Section 4, Chapter V", "Sections 4, 5 and 6 of Chapter IV", "Article 6(1)"
CHAPTERS = re.compile(rf"\bChapters?\s+((?:{ROMAN}(?:\s+Section\s+\d+)?(?:\s*,\s*|\s+and\s+)?)+)")
SECTIONS_OF = re.compile(rf"\bSections?\s+((?:\d+(?:\s*,\s*|\s+and\s+)?)+)\s+of\s+Chapter\s+({ROMAN})\b")
ARTICLES = re.compile(r"\bArticles?\s+(\d+)(\s*\((\d+)\)(?!\s*(?:to|and|,|-|–)\s*\())?(\s*\()?")  # a bracket: some paragraphs
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


def _names(text: str, unit: str, top: Provision, paragraph: str = "") -> int:
    """How specifically an application-date point names `top`: 3 by article number (or by the one paragraph of it
    the sentence cites: "Article 6(1) … shall apply from 2 August 2027"), 2 by its section, 1 by its chapter, 0 not
    at all (or when the point's unit excepts the article), PARTLY when it names only some of its paragraphs
    ("Article 33(3) to (6)")."""
    if top.number in EXCEPT.findall(unit):
        return 0
    for number, _, one, bracket in ARTICLES.findall(text):
        if number == top.number:
            if one and one == paragraph:
                return 3
            return PARTLY if one or bracket else 3
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


HEADING_WORDS = 3  # a shorter heading ("Penalties", "Scope") is one many instruments' articles share


def headed_articles(claim: str, index: Index) -> list[Provision]:
    """The articles of instruments with application days whose heading the sentence uses ("prohibited AI
    practices": Art. 5 AI Act), when they are all one instrument's."""
    # A sentence names a heading through the glossary's terms for it ("les pratiques IA interdites", "prohibited
    # practices": "prohibited AI practices")
    terms = [t for _, ts in concepts(claim) for t in ts]
    said = " " + " ".join(re.findall(r"[^\W_]+", fold(" ".join([claim, *terms])))) + " "
    found = [(pid, head) for pid, head in index.derived("dated_headings", _dated_headings) if f" {head} " in said]
    found_sources = {index.provisions[pid].source for pid, _ in found}
    return [index.provisions[pid] for pid, _ in found] if len(found_sources) == 1 else []


def _dated_headings(index: Index) -> list[tuple[str, str]]:
    """(article id, folded heading) for the articles of instruments that state application days."""
    dated = set(index.derived("date_facts", _date_facts))
    out = []
    for p in index.top_level():
        head = " ".join(re.findall(r"[^\W_]+", fold(p.heading.split(":")[0])))
        if p.source in dated and len(head.split()) >= HEADING_WORDS:
            out.append((p.id, head))
    return out


def names_no_part(text: str) -> bool:
    """"This Regulation shall apply from …": a day that names no article, section or chapter."""
    return not (ARTICLES.search(text) or CHAPTERS.search(text) or SECTIONS_OF.search(text))


def cited_paragraph(top: Provision, cited: tuple[str, ...], index: Index) -> tuple[str, Provision]:
    """The one paragraph of `top` the sentence cites ("Article 6(1)"), which a point may date on its own, and the
    provision to name: that paragraph, or `top` when it cites none or several."""
    at_par = top.id + "/par/"
    paragraphs = {c[len(at_par):].split("/")[0] for c in cited if c.startswith(at_par)}
    paragraph = next(iter(paragraphs)) if len(paragraphs) == 1 else ""
    return paragraph, (index.provisions.get(f"{at_par}{paragraph}", top) if paragraph else top)


def applies_from(top: Provision, index: Index, paragraph: str = "") -> tuple[date, Fact, Provision] | None:
    """The day `top` (an article, or its `paragraph` a sentence cites) applies from, the fact that says so and its
    provision; None when the instrument states no application day, `top` is the article stating them, or only
    some of its paragraphs have their own day (the article as a whole then has none)."""
    best = None
    for f, holder in date_facts(index, top.source):
        if holder.id == top.id:
            return None
        days = [w.start for w in find_dates(f.text, None) if w.start == w.end]
        if not days:
            continue
        score = _names(f.text, holder.text[f.unit_start:f.unit_end], top, paragraph)
        if score == PARTLY:
            return None
        if score and (best is None or score > best[0]):
            best = (score, days[0], f, holder)
    if best is not None:
        return best[1:]
    return general_day(top.source, index)


def general_day(source: str, index: Index) -> tuple[date, Fact, Provision] | None:
    """The day the instrument as a whole applies from ("This Regulation shall apply from 17 February 2024"), the
    fact that says so and its provision; None when it states none."""
    for f, holder in date_facts(index, source):
        days = [w.start for w in find_dates(f.text, None) if w.start == w.end]
        if days and names_no_part(f.text):
            return days[0], f, holder
    return None


# ---------------------------------------------------------------- figures said to apply before their provision
