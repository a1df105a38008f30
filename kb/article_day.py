"""An article said to apply, or to have entered into force, on a day it does not: "AI Act Article 50 transparency
obligations entered into force on 2 August 2025". The instrument's application article dates Article 50 (Chapter IV,
named by no point of Art. 113) by its general day, 2 August 2026, and the act as a whole entered into force on
1 August 2024: the day the sentence gives is neither.

kb/application.py supports a day the article applies from and leaves an instrument's other days unverifiable (a
sentence naming only the instrument may mean a part of it); here the sentence names the one article, so the day of
another part is a wrong day for it."""
from __future__ import annotations

import re

from .application import APPLIES, ENFORCEABLE
from .applies import applies_from, cited_paragraph
from .dates import When
from .in_force import entry_into_force
from .index import Index
from .question import Question
from .registry import load_sources
from .stated import claimed
from .verdicts import CONTRADICTED, Claim, quote


def misdated_article(claim: str, q: Question, dates: list[When], index: Index, tops: set[str],
                     cited: tuple[str, ...] = ()) -> Claim | None:
    """CONTRADICTED when the sentence names articles of one instrument, gives one day for them to apply (or enter
    into force), and that day is neither the day one of them applies from nor the instrument's entry into force
    ("Article 5 prohibitions and Article 99 fines for those prohibitions began 2 February 2025": Art. 99 applies from
    2 August 2025)."""
    if len(dates) != 1 or dates[0].start != dates[0].end or dates[0].yearless or claimed(claim):
        return None
    if not (APPLIES.search(claim) or ENFORCEABLE.search(claim) or BEGAN.search(claim)) or len(q.sources) != 1:
        return None
    articles = sorted((index.provisions[t] for t in tops if t in index.provisions
                       and index.provisions[t].source in q.sources), key=lambda p: p.id)
    if not articles:
        return None
    day = dates[0].start
    src = next((s for s in load_sources(index.config) if s.id == articles[0].source), None)
    entered = entry_into_force(src, index) if src is not None else None
    if entered is not None and entered[0] == day:
        return None
    wrong = []
    for top in articles:
        paragraph, named = cited_paragraph(top, cited, index)
        found = applies_from(top, index, paragraph)
        if found is None:
            return None  # an article whose day cannot be told: the sentence is not read as wrong
        if found[0] != day:
            wrong.append((named, found))
    if not wrong:
        return None
    named, (applies, f, holder) = wrong[0]
    at = index.provisions.get(f.provision_id, holder)
    unit = holder.text[f.unit_start:f.unit_end]
    return Claim(claim, CONTRADICTED, f"{named.citation} applies from the day {at.citation} gives: “{f.text}” — "
                                      f"{applies:%-d %B %Y}, not {dates[0].text}.",
                 [quote(at if unit in at.text else holder, unit)],
                 correction=f"{named.citation} applies from {applies:%-d %B %Y}.", kind="date")


# "… began 2 February 2025", "started to apply on …": said of provisions, the day they apply from
BEGAN = re.compile(r"\b(?:began|begin|begins|started|start|starts|commenced|kicked\s+in)\b", re.I)
