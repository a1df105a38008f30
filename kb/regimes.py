"""A scheme a sentence says an Act creates ("The Online Safety Act 2023 established the basis for creation of an online
safety super-complaints regime", "le DSA instaure un mécanisme de notification et d'action"), checked against the
headings of the instrument it names: every word naming the scheme, beyond the Act's own name and the word for a
scheme, in the heading of one section or of the division holding it. Supported by that section's first unit; never
contradicted from here (an Act may set up a scheme under another heading)."""
from __future__ import annotations

import re

from .glossary import words as folded_words
from .index import Index
from .offences import opening_quote
from .question import Question
from .said import NEGATION
from .verdicts import SUPPORTED, Claim

CREATES_SCHEME = re.compile(
    r"\b(?:creat\w*|introduc\w*|establish\w*|sets?\s+up|instaur\w*|crée\w*|cré[ée]\w*|institu\w*|met\s+en\s+place)\s+"
    r"(?:the\s+basis\s+for\s+(?:the\s+)?(?:creation|establishment)\s+of\s+|les\s+bases\s+d['’]\s*)?"
    r"(?:an?\s+|the\s+|its\s+|une?\s+|le\s+|la\s+|l['’]\s*)?(?:new\s+|nouv\w+\s+)?"
    r"(?:(?P<what>[\w’'-]+(?:\s+[\w’'-]+){0,5}?)\s+(?:regime|scheme|system|framework|procedure|process|mechanism)s?"
    r"|(?:régime|dispositif|système|procédure|mécanisme)s?\s+(?:de\s+|d['’]\s*|des\s+)(?P<quoi>[\w’'-]+(?:\s+[\w’'-]+){0,5}?))"
    r"(?=\s*(?:[.,;:()]|$|\s(?:for|to|under|in|which|that|whereby|pour|qui|dans|par)\b))", re.I)
# words that name no scheme by themselves: the Act's own field, and the article or conjunctions between
GENERIC = {"online", "safety", "new", "statutory", "legal", "uk", "eu", "the", "a", "an", "of", "and", "et", "de", "des",
           "du", "la", "le", "les", "en", "ligne", "its", "their", "own", "s"}


def regime_check(claim: str, q: Question, index: Index) -> Claim | None:
    m = CREATES_SCHEME.search(claim)
    if m is None or len(q.sources) != 1 or NEGATION.search(claim):
        return None
    words = [w for w in folded_words(m.group("what") or m.group("quoi")) if w not in GENERIC]
    if not words:
        return None
    # the section's own heading first, then the divisions holding it from the nearest out (s. 169 "Power to make
    # super-complaints" before s. 167, an appeal, whose Part is "Appeals and super-complaints"); the first in the
    # Act's order of those as near
    found = [(depth, n, top, heading) for n, top in enumerate(index.top_level(next(iter(q.sources))))
             for depth, heading in enumerate([top.heading, *reversed(top.path or [])])
             if set(words) <= set(folded_words(heading))]
    if not found:
        return None
    _, _, top, heading = min(found, key=lambda f: f[:2])
    opening = opening_quote(top, index)
    if opening is None:
        return None
    return Claim(claim, SUPPORTED, f"{top.citation} is headed “{top.heading}”"
                 + (f", in “{heading}”" if heading != top.heading else "") + ".", [opening], kind="text")
