"""Bounds a text sets on a length of time ("no more than eight days", "d'une durée inférieure ou égale à huit
jours", "pendant plus de huit jours"): a question asking one side of a bound is not answered by the provision on
the other side, however many words they share (art. 222-11's "plus de huit jours" for violence of "eight days or
less", which art. R625-1 punishes)."""
from __future__ import annotations

import re

from .glossary import fold
from .quantities import NUM, _num

_UNIT = r"(days?|jours?|weeks?|semaines?|months?|mois|years?|ans?|annees?)"
# (by the word without its final "s": "mois" is "moi")
_UNITS = {"day": "days", "jour": "days", "week": "weeks", "semaine": "weeks", "month": "months", "moi": "months",
          "year": "years", "an": "years", "annee": "years"}
# On folded text (no accents). At most N: "no more than", "not more than", "at most", "up to", "less than", "under",
# "inferieure (ou egale) a", "moins de", and "N jours au plus" after the figure.
_AT_MOST = re.compile(r"\b(?:no|not)\s+more\s+than\s+" + NUM + r"\s+" + _UNIT
                      + r"|\b(?:at\s+most|up\s+to|less\s+than|under|inferieurs?e?s?\s+(?:ou\s+egale?s?\s+)?a|moins\s+de)\s+"
                      + NUM + r"\s+" + _UNIT
                      + r"|\b" + NUM + r"\s+" + _UNIT + r"\s+(?:au\s+plus|or\s+less|or\s+fewer|maximum)\b", re.I)
# More than N: "more than", "over", "exceeding", "plus de", "superieure a", "excedant", "au-dela de".
_MORE = re.compile(r"(?<!\bno\s)(?<!\bnot\s)\b(?:more\s+than|over|exceeding|plus\s+de|superieurs?e?s?\s+a|excedant|au-dela\s+de)\s+"
                   + NUM + r"\s+" + _UNIT, re.I)


def _unit(word: str) -> str:
    return _UNITS.get(word.lower().rstrip("s"), word.lower())


def bounds(text: str) -> set[tuple[str, float, str]]:
    """("at_most" | "more", value, unit) for each bound the text sets on a length of time."""
    out = set()
    folded = fold(text)
    for m in _AT_MOST.finditer(folded):
        groups = [g for g in m.groups() if g is not None]
        out.add(("at_most", _num(groups[0]), _unit(groups[1])))
    for m in _MORE.finditer(folded):
        out.add(("more", _num(m.group(1)), _unit(m.group(2))))
    return out


def opposite(asked: str, text: str) -> bool:
    """The text bounds the same length the other way from the question: "eight days or less" asked, "plus de huit
    jours" said."""
    theirs = bounds(text)
    return any((("more" if side == "at_most" else "at_most"), n, u) in theirs and (side, n, u) not in theirs
               for side, n, u in bounds(asked))
