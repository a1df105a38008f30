"""The days of a regulatory record against the days a sentence gives: the days its description names, a day a
report announces, and the publication day that dates an act reported without one."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from .dates import When, find as find_dates


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
