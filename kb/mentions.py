"""The typed core of references found in running text: a provision mention and its parts (kb.references finds
them, kb.shortforms resolves lists and short forms against the mentions before them, kb.extract resolves them
against the index)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import Name

SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")


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
