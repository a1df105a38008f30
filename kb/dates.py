"""Dates in news text, English and French: absolute ("9 janvier 2026", "January 5, 2025"), partial ("9
janvier", "début décembre", "en juillet") and relative to the publication date ("lundi", "ce vendredi",
"la veille", "l'an dernier", "last week"). Each becomes a range of days, so "début décembre" can be compared
with a record dated 2025-12-05. The publication date comes from the caller, or from the text where it says
("ce vendredi 9 janvier": the year is the one in which 9 January is a Friday).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}
MONTHS |= {m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                        "septembre", "octobre", "novembre", "décembre"], 1)}
MONTHS |= {"fevrier": 2, "aout": 8, "decembre": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
           "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
           # the French press's abbreviations: "le 5 janv.", "févr.", "avr.", "juil.", "déc."
           "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
WEEKDAYS |= {d: i for i, d in enumerate(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])}
M = "|".join(sorted(MONTHS, key=len, reverse=True))
W = "|".join(WEEKDAYS)

FULL = re.compile(rf"\b(?:le\s+)?(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?({M})\.?\s+(\d{{4}})\b|\b({M})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b|"
                  r"\b(\d{4})-(\d{2})-(\d{2})\b|"
                  # "02.08.2027": the European numeric day, dotted (a slash is also the American month first)
                  r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d)", re.I)
DAY_MONTH = re.compile(rf"\b(?:(?:{W})\s+)?(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?({M})\b\.?(?!\s+\d{{4}})|\b({M})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})", re.I)
# "entre le 20 et le 24 avril", "du 20 au 24 avril 2026", "from 20 to 24 April": one range, not its last day
DAY_RANGE = re.compile(rf"\b(?:entre\s+le|du|from|between)\s+(\d{{1,2}})(?:er)?\s+(?:et\s+le|au|to|and)\s+"
                       rf"(\d{{1,2}})(?:er)?\s+({M})\b(?:\s+(\d{{4}}))?", re.I)
# A part of a month as reports write it: "début janvier", "au début du mois de janvier", "à la fin du mois d'avril",
# "mi-janvier", "early January", "at the end of January", "in mid-January"
PART = (r"(?:au\s+|en\s+|à\s+la\s+|a\s+la\s+|dans\s+le\s+|in\s+|at\s+the\s+|by\s+the\s+)?"
        r"(?:début|fin|mi|courant|beginning|end|middle|early|late|mid)"
        r"(?:\s+du\s+mois|\s+of(?:\s+the\s+month\s+of)?)?(?:\s+de|\s+d['’])?")
SEP = r"(?:[\s-]+|(?<=['’]))"
# "début 2025", "early 2025", "fin 2024": a third of a year
YEAR_PART = re.compile(r"\b(?:au\s+|en\s+|à\s+la\s+|in\s+)?(début|fin|mi|early|late|mid)[\s-]+(?:de\s+l['’]ann[ée]e\s+)?((?:19|20)\d{2})\b",
                       re.I)
UNTIL = re.compile(r"(?:jusqu.?\s?(?:à|a|au|aux)?|until|till|through|to)\s*$", re.I)
MONTH_YEAR = re.compile(rf"\b(?:({PART}){SEP})?({M})\s+(\d{{4}})\b", re.I)
MONTH_ONLY = re.compile(rf"\b({PART}|en|in|au\s+mois\s+de|au\s+mois\s+d['’]|depuis|since|last|past|this|next){SEP}({M})\b(?!\s+\d)",
                        re.I)
WEEKDAY = re.compile(rf"\b(ce|cette|last|on|this|past)?\s*({W})(\s+(?:dernier|soir|matin))?\b(?!\s+\d)", re.I)
RELATIVE = {
    r"\bla\s+veille\b|\bthe\s+day\s+before\b|\bhier\b|\byesterday\b": (1, 1),
    r"\baujourd.hui\b|\btoday\b|\bce\s+jour\b": (0, 0),
    r"\bla\s+semaine\s+derni[eè]re\b|\blast\s+week\b": (13, 1),
    r"\bl.an\s+dernier\b|\bl.ann[ée]e\s+derni[eè]re\b|\blast\s+year\b": None,  # the previous calendar year
    r"\bce\s+mois-ci\b|\bthis\s+month\b": "month",
}


@dataclass(frozen=True)
class When:
    start: date
    end: date
    text: str  # the words it was read from
    relative: bool = False  # read against the publication date
    yearless: bool = False  # "on January 5", "en novembre" with no publication date: any year (start, end in 2000)

    def _record(self, day: str) -> tuple[date, date] | None:
        """A record's date ("2026-01-05", "2026-01", "2026") as a range comparable with this one: in 2000 when this
        range has no year, and None then for a year alone, which says nothing of a day without one."""
        lo, hi = _record_range(day)
        if not self.yearless:
            return lo, hi
        if len(day.split("-")) < 2:
            return None
        return _safe(2000, lo.month, lo.day), _safe(2000, hi.month, hi.day)

    def contains(self, day: str) -> bool:
        """Whether a record's date falls in this range."""
        r = self._record(day)
        return r is not None and r[0] <= self.end and self.start <= r[1]

    def holds(self, day: str) -> bool:
        """Whether a record's whole date lies in this range: "January 2026" holds "2026-01-09", but "Friday 2
        January" does not hold "2026-01" — the record may be any day of that month."""
        r = self._record(day)
        return r is not None and self.start <= r[0] and r[1] <= self.end

    def describe(self) -> str:
        if self.yearless:
            fmt = lambda d: d.strftime("%d %B")  # noqa: E731
            return (fmt(self.start) if self.start == self.end else f"{fmt(self.start)}–{fmt(self.end)}") + " (no year)"
        return self.start.isoformat() if self.start == self.end else f"{self.start.isoformat()}–{self.end.isoformat()}"


def _record_range(day: str) -> tuple[date, date]:
    parts = [int(x) for x in day.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        start = date(parts[0], parts[1], 1)
        return start, (date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1) - timedelta(days=1))
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _third(part: str | None) -> int | None:
    """Which third of a month or a year a part's words name ("au début du mois de", "mid", "at the end of"): 0, 1
    or 2; None for the whole ("courant", "en")."""
    part = (part or "").lower()
    for i, words in enumerate((r"début|beginning|early", r"\bmi\b|mid", r"\bfin\b|\bend\b|late")):
        if re.search(words, part):
            return i
    return None


def _month_range(year: int, month: int, part: str | None) -> tuple[date, date]:
    start, end = _record_range(f"{year:04d}-{month:02d}")
    third = _third(part)
    if third == 0:
        return start, start + timedelta(days=11)
    if third == 1:
        return start + timedelta(days=8), start + timedelta(days=21)
    if third == 2:
        return end - timedelta(days=11), end
    return start, end


def _last(month: int, pub: date) -> int:
    """The year of the most recent `month` at or before the publication date."""
    return pub.year if month <= pub.month else pub.year - 1


def _next(month: int, pub: date) -> int:
    """The year of the next `month` at or after the publication date."""
    return pub.year if month >= pub.month else pub.year + 1


# A day or month the text places after its publication: "le 20 avril prochain", "next April", "convoqués pour être
# entendus au mois d'avril", "will be heard in April" (a cue in the words just before the date, or "prochain" after)
FUTURE_BEFORE = re.compile(r"\b(?:will|shall|is\s+due|are\s+due|to\s+be\s+(?:heard|questioned|interviewed)|sera|seront|"
                           r"devra|devront|pour\s+être\s+(?:entendue?s?|auditionnée?s?|interrogée?s?))\b[^.;]{0,60}$", re.I)
FUTURE_AFTER = re.compile(r"^\s+(?:prochaine?|next)\b", re.I)


def _year_of(text: str, span: tuple[int, int], month: int, pub: date) -> int:
    ahead = FUTURE_BEFORE.search(text[max(0, span[0] - 80):span[0]]) or FUTURE_AFTER.match(text[span[1]:])
    return _next(month, pub) if ahead else _last(month, pub)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find(text: str, published: date | None, yearless: bool = False) -> list[When]:
    """Every date or date range the text states, resolved against `published` where relative. Without a
    publication date, `yearless` keeps a day or month given without a year as a day or month of any year."""
    out: list[When] = []
    taken: list[tuple[int, int]] = []

    def add(w: When | None, span: tuple[int, int]) -> None:
        if w and not any(a < span[1] and span[0] < b for a, b in taken):
            out.append(w)
            taken.append(span)

    for m in DAY_RANGE.finditer(text):
        mo = MONTHS[m.group(3).lower()]
        if m.group(4):
            year, relative, anyyear = int(m.group(4)), False, False
        elif published is not None:
            year, relative, anyyear = _year_of(text, m.span(), mo, published), True, False
        elif yearless:
            year, relative, anyyear = 2000, False, True
        else:
            continue
        lo, hi = _safe(year, mo, int(m.group(1))), _safe(year, mo, int(m.group(2)))
        add(When(lo, hi, m.group(0), relative, anyyear) if lo and hi and lo <= hi else None, m.span())
    for m in FULL.finditer(text):
        if m.group(1):
            d = _safe(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        elif m.group(4):
            d = _safe(int(m.group(6)), MONTHS[m.group(4).lower().rstrip(".")], int(m.group(5)))
        elif m.group(7):
            d = _safe(int(m.group(7)), int(m.group(8)), int(m.group(9)))
        else:
            d = _safe(int(m.group(12)), int(m.group(11)), int(m.group(10)))
        add(When(d, d, m.group(0)) if d else None, m.span())
    for m in MONTH_YEAR.finditer(text):
        lo, hi = _month_range(int(m.group(3)), MONTHS[m.group(2).lower()], m.group(1))
        add(When(lo, hi, m.group(0)), m.span())
    for m in YEAR_PART.finditer(text):
        if UNTIL.search(text[:m.start()]):
            continue  # "conserver … jusqu'à la fin de l'année 2026": how long, not when it was done
        year, first = int(m.group(2)), 1 + 4 * _third(m.group(1))
        lo, hi = date(year, first, 1), _record_range(f"{year:04d}-{first + 3:02d}")[1]
        add(When(lo, hi, m.group(0)), m.span())
    if published is None:
        if yearless:
            for m in DAY_MONTH.finditer(text):
                day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
                d = _safe(2000, MONTHS[month.lower()], int(day))
                add(When(d, d, m.group(0), yearless=True) if d else None, m.span())
            for m in MONTH_ONLY.finditer(text):
                lo, hi = _month_range(2000, MONTHS[m.group(2).lower()], m.group(1))
                add(When(lo, hi, m.group(0), yearless=True), m.span())
        return out
    for m in DAY_MONTH.finditer(text):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        mo = MONTHS[month.lower()]
        d = _safe(_year_of(text, m.span(), mo, published), mo, int(day))
        add(When(d, d, m.group(0), True) if d else None, m.span())
    for m in MONTH_ONLY.finditer(text):
        mo = MONTHS[m.group(2).lower()]
        said = (m.group(1) or "").lower()
        # "last November" in an article of November is the one a year before; "next April" is ahead
        year = (_next(mo, published) if said == "next" else
                _last(mo, published) - (mo == published.month) if said in ("last", "past") else
                _year_of(text, m.span(), mo, published))
        lo, hi = _month_range(year, mo, m.group(1))
        add(When(lo, hi, m.group(0), True), m.span())
    for m in WEEKDAY.finditer(text):
        back = (published.weekday() - WEEKDAYS[m.group(2).lower()]) % 7
        if (m.group(1) or "").lower() == "last" and back == 0:
            back = 7
        d = published - timedelta(days=back)
        add(When(d, d, m.group(0).strip(), True), m.span())
    for pattern, rule in RELATIVE.items():
        for m in re.finditer(pattern, text, re.I):
            if rule is None:
                lo, hi = date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
            elif rule == "month":
                lo, hi = _month_range(published.year, published.month, None)
            else:
                lo, hi = published - timedelta(days=rule[0]), published - timedelta(days=rule[1])
            add(When(lo, hi, m.group(0), True), m.span())
    return out


DATELINE = re.compile(rf"\b(?:ce|cette|this|on)?\s*({W})\s+(\d{{1,2}})(?:er)?\s+({M})\b(?:\s+(\d{{4}}))?", re.I)


def infer_published(text: str, today: date | None = None) -> tuple[date | None, str]:
    """The publication date where the text gives it ("ce vendredi 9 janvier", "Paris, 9 janvier 2026"),
    with the words it came from; (None, "") otherwise. A weekday with a day and month fixes the year."""
    today = today or date.today()
    m = DATELINE.search(text)
    if m:
        day, mo = int(m.group(2)), MONTHS[m.group(3).lower()]
        if m.group(4):
            d = _safe(int(m.group(4)), mo, day)
            return (d, m.group(0).strip()) if d else (None, "")
        for year in range(today.year, today.year - 6, -1):
            d = _safe(year, mo, day)
            if d and d.weekday() == WEEKDAYS[m.group(1).lower()] and d <= today:
                return d, m.group(0).strip()
    fulls = [w for w in find(text[:400], None) if w.start == w.end]
    if fulls:
        return fulls[0].start, fulls[0].text
    return None, ""
