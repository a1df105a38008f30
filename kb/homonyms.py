"""Names the corpus's instruments share with others: a name followed by a year its instrument does not bear ("the
Online Safety Act 2021", Australia's), or said of another legal system ("le code pénal belge"), names an instrument
the corpus lacks. Read by kb.names on each name it finds."""
from __future__ import annotations

import re

from .config import Config
from .glossary import fold
from .hints import elsewhere_pattern, places
from .names import Name, _names_data, fold1


def foreign(text: str, n: Name, config: Config) -> Name:
    """A name another legal system's law bears too (names.yaml `shared`), said of that system: "Australia's …
    stance means … will satisfy the Online Safety Act requirements" (its Act of 2021), "le code pénal belge" — an
    instrument the corpus lacks, unless the sentence also places itself in the corpus instrument's own system."""
    s = n.source
    if s is None or re.search(r"\d{4}", n.text):
        return n
    key = fold1(" ".join(n.text.split()))
    entry = next((e for e in _names_data()["shared"] if e["of"] == s.id and key in {fold1(x) for x in e["names"]}), None)
    if entry is None:
        return n
    if entry["reach"] == "after":  # "le code pénal belge", "du Code pénal suisse"
        place = elsewhere_pattern().match(fold(text[n.span[1]:n.span[1] + 30]).lstrip())
    else:
        start = max((m.end() for m in SENTENCE_STOP.finditer(text, 0, n.span[0])), default=0)
        stop = SENTENCE_STOP.search(text, n.span[1])
        sentence = text[start:stop.start() if stop else len(text)]
        if places(sentence, s.jurisdiction, config):
            return n
        place = elsewhere_pattern().search(fold(sentence))
    if place is None:
        return n
    return Name(n.text, n.span, None, absent={
        "note": f"{n.text}, said of {place.group(0).title()}, is not in the corpus (it holds the {s.short_name})",
        "near": s.id})


SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-Z«“\"])|\n")


YEAR_AFTER = re.compile(r"\s+(?:of\s+)?((?:19|20)\d{2})\b(?![/-]\d)")


def other_year(text: str, n: Name) -> Name:
    """"the Online Safety Act 2021" (Australia's) is not the Online Safety Act 2023 the corpus holds: a name
    followed by a year its instrument does not bear names another instrument."""
    m = YEAR_AFTER.match(text, n.span[1])
    if n.source is None or m is None or re.search(r"\d{4}", n.text):
        return n
    s = n.source
    if s.kind == "usc-section":  # a code section's names come from several Acts ("… of 1934", "… of 1996")
        return n
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", " ".join([s.citation, s.short_name, *s.aliases])))
    if m.group(1) in years:
        # "the UK Online Safety Act 2023 (OSA)": its own year is part of the name (and the gloss after it follows it)
        return Name(text[n.span[0]:m.end()], (n.span[0], m.end()), n.source, n.title, n.absent)
    if not years:
        return n
    words = text[n.span[0]:m.end()]
    return Name(words, (n.span[0], m.end()), None, absent={
        "note": f"{words} is not in the corpus (it holds the {s.short_name})", "near": s.id})
