"""An article said to apply, or to have entered into force, on a day it does not: "AI Act Article 50 transparency
obligations entered into force on 2 August 2025". The instrument's application article dates Article 50 (Chapter IV,
named by no point of Art. 113) by its general day, 2 August 2026, and the act as a whole entered into force on
1 August 2024: the day the sentence gives is neither.

kb/application.py supports a day the article applies from and leaves an instrument's other days unverifiable (a
sentence naming only the instrument may mean a part of it); here the sentence names the one article, so the day of
another part is a wrong day for it."""
from __future__ import annotations

from .application import APPLIES, ENFORCEABLE, applies_from
from .dates import When
from .in_force import entry_into_force
from .index import Index
from .question import Question
from .registry import load_sources
from .stated import claimed
from .verdicts import CONTRADICTED, Claim, quote


def misdated_article(claim: str, q: Question, dates: list[When], index: Index, tops: set[str],
                     cited: tuple[str, ...] = ()) -> Claim | None:
    """CONTRADICTED when the sentence names one article of one instrument, gives one day for it to apply (or enter
    into force), and that day is neither the day the article applies from nor the instrument's entry into force."""
    if len(dates) != 1 or dates[0].start != dates[0].end or dates[0].yearless or claimed(claim):
        return None
    if not (APPLIES.search(claim) or ENFORCEABLE.search(claim)) or len(q.sources) != 1:
        return None
    articles = [index.provisions[t] for t in tops if t in index.provisions and index.provisions[t].source in q.sources]
    if len(articles) != 1:
        return None
    top, day = articles[0], dates[0].start
    at_par = top.id + "/par/"
    paragraphs = {c[len(at_par):].split("/")[0] for c in cited if c.startswith(at_par)}
    paragraph = next(iter(paragraphs)) if len(paragraphs) == 1 else ""
    found = applies_from(top, index, paragraph)
    src = next((s for s in load_sources(index.config) if s.id == top.source), None)
    entered = entry_into_force(src, index) if src is not None else None
    if found is None or found[0] == day or (entered is not None and entered[0] == day):
        return None
    applies, f, holder = found
    named = index.provisions.get(f"{top.id}/par/{paragraph}", top) if paragraph else top
    at = index.provisions.get(f.provision_id, holder)
    unit = holder.text[f.unit_start:f.unit_end]
    return Claim(claim, CONTRADICTED, f"{named.citation} applies from the day {at.citation} gives: “{f.text}” — "
                                      f"{applies:%-d %B %Y}, not {dates[0].text}.",
                 [quote(at if unit in at.text else holder, unit)],
                 correction=f"{named.citation} applies from {applies:%-d %B %Y}.", kind="date")
