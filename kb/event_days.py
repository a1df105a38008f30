"""The days of a regulatory record against the days a sentence gives: the days its description names, a day a
report announces, and the publication day that dates an act reported without one."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from .dates import When, find as find_dates
from .glossary import fold


@lru_cache(maxsize=256)
def days_described(description: str) -> tuple[str, ...]:
    """The days a record's description (or note) gives ("summoned … on 20 April 2026")."""
    return tuple(d.start.isoformat() for d in find_dates(description, None))


def on_day(w: When, day: str, announced: bool) -> bool:
    """The sentence's day is this one. A day it announces ("sont convoqués le 20 avril", in a report of 3 February
    2026) is the next such day after publication, not the last one before it."""
    if w.contains(day):
        return True
    if not (announced and w.relative):
        return False
    try:
        return replace(w, start=w.start.replace(year=w.start.year + 1), end=w.end.replace(year=w.end.year + 1)).contains(day)
    except ValueError:  # 29 February
        return False


FRESH_DAYS = 2  # a report gives no date for what happened the day it is published, or the day before it


def fresh_for(record_day: str, published: date | None) -> bool:
    """The record's day is the publication's, or a day or two before it: "Le parquet de Paris annonce une
    perquisition chez X France", published on 3 February 2026, reports the search of 3 February."""
    if published is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", record_day):
        return False
    return 0 <= (published - date.fromisoformat(record_day)).days <= FRESH_DAYS


def in_passing(sentence: str, dates: list[When], background: re.Pattern | None) -> list[When]:
    """The dates the sentence gives an earlier event it mentions in passing ("an investigation that began in
    January 2025"), read from the few words before each (`background`: kb/data/events.yaml)."""
    if background is None:
        return []
    folded = fold(sentence)
    out = []
    for w in dates:
        at = folded.find(fold(w.text))
        if at > 0 and background.search(folded[max(0, at - 40):at]):
            out.append(w)
    return out


# a record of an action that extended an earlier one ("extended an earlier retention order"): a date the sentence
# gives that earlier one in passing is that of a record of the same kind
EARLIER = re.compile(r"\b(?:extended|expanded|widened)\s+(?:an?\s+)?(?:earlier|previous|existing)\b", re.I)


def confirmed_in_passing(passing: list[When], a, actions: list) -> list[When]:
    """Of the dates given in passing, those of the earlier event as the records date it: the record's description
    ("in the investigation opened in January 2025"), its note on how the action began ("one from a deputy dated 12
    January 2025"), or, for an action extending an earlier one, a record of that kind before it ("expands on a
    preservation requirement sent to X last year"). The other dates are the action's own."""
    background = days_described(a.description + " " + str(a.extra.get("date_note") or ""))
    kind = a.extra.get("action_kind")
    return [w for w in passing if any(w.contains(d) for d in background)
            or EARLIER.search(a.description) and any(b is not a and b.extra.get("action_kind") == kind
                                                     and b.date < a.date and w.holds(b.date) for b in actions)]
