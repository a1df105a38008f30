"""The typed core of references found in running text: a provision mention and its parts (kb.references finds
them, kb.shortforms resolves lists and short forms against the mentions before them, kb.extract resolves them
against the index)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import Name

# "article 311-4 et s. du Code pénal", "et ss.", "224-1 s.", "324-1 and seq.": "and following", no end of sentence
SENTENCE_END = re.compile(r"(?<!\bet s)(?<!\bet ss)(?<!\d s)(?<!\bseq)[.;!?](?:\s|$)|\n")
# "l'article 226 8 du code pénal": a French code's hyphens lost in typesetting. Put back only between a designator
# and "du code", where a space between numbers cannot mean anything else.
UNHYPHENATED = re.compile(r"(\b(?:[Aa]rticles?|[Aa]rt\.)\s)(\d{3}(?: \d{1,2}){1,3})(?=\s+du\s+[Cc]ode\b)")
# "Articles 433- 1, 1; 433-22": a space slipped in after a code number's hyphen; moved after the number
# (after the comma that follows: "(C. pén., art. 131- 9, al. 3)" keeps its alinéa)
SPACED = re.compile(r"(\b(?:[Aa]rticles?|[Aa]rt\.)\s\d{3})- (\d{1,3})\b(,?)")

# "Homicide (article 221.6 du Code Pénal)": dots for a French code number's hyphens, before "du code" only (elsewhere
# "Article 2.1" may be a treaty's)
DOTTED = re.compile(r"(\b(?:[Aa]rticles?|[Aa]rt\.)\s\d{3})((?:\.\d{1,2}){1,3})(?=\s+du\s+[Cc]ode\b)")

# "l'article 222-12,6° du Code pénal", "Article 222-14-4°)": an item glued to its article by a comma or a hyphen
GLUED_ITEM = re.compile(r"(\b\d{3}(?:-\d+)+)[,-](\d{1,2}\s?°)")


# … and, in a text that writes a code's numbers so, its bare ones too: "selon l’article 222.37 du code pénal. … en
# bande organisée selon l’art 222.36."
DOTTED_BARE = re.compile(r"(\b(?:[Aa]rticles?|[Aa]rt\.?)\s\d{3})((?:\.\d{1,2}){1,3})(?![\d.]\d)")


def mended(text: str) -> str:
    """`text` with typesetting slips undone, the same length, so that a span found in it is one of `text`."""
    text = UNHYPHENATED.sub(lambda m: m.group(1) + m.group(2).replace(" ", "-"), text)
    dotted = DOTTED.search(text) is not None
    text = DOTTED.sub(lambda m: m.group(1) + m.group(2).replace(".", "-"), text)
    if dotted:
        text = DOTTED_BARE.sub(lambda m: m.group(1) + m.group(2).replace(".", "-"), text)
    text = GLUED_ITEM.sub(lambda m: m.group(1) + " " + m.group(2), text)
    return SPACED.sub(lambda m: m.group(1) + "-" + m.group(2) + m.group(3) + " ", text)


@dataclass
class Part:
    kind: str  # article | section | schedule | recital | schedule-paragraph | usc | bill-section | instrument
    number: str = ""
    pins: list[str] = field(default_factory=list)
    schedule: str = ""
    through: str = ""  # the number a range it closes starts from ("226-1" of "articles 226-1 à 226-7")


@dataclass
class Mention:
    text: str
    span: tuple[int, int]
    parts: list[Part]
    name: Name | None  # the instrument it belongs to (None: not recognised)
    short: bool = False  # resolved against an instrument named earlier
    candidates: list[Name] = field(default_factory=list)  # for a short form: earlier instruments, latest first
    unknown: str = ""  # the name of an instrument crosslex does not know, named right after the designator
    citeurl: object = None  # a citeurl citation (U.S. Code, bills) resolved by kb.citation
