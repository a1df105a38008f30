"""A penalty's case named by the offence's own subject rather than by a "lorsque" clause: "La rébellion commise en
réunion est punie …" after "La rébellion est punie …" (art. 433-7), and "Elle est punie …" after the alinéa naming
what "elle" is (art. 225-4-1 II). Read at ingest by kb/facts.py, on the facts it has read."""
from __future__ import annotations

import re
from dataclasses import replace

from .facts import PENALTY_KINDS, Fact
from .glossary import fold


# "La rébellion commise en réunion est punie de trois ans …" after "La rébellion est punie de deux ans …" (art. 433-7):
# the offence, as the sentence's subject names it, up to the verb punishing it
PUNISHED_SUBJECT = re.compile(r"(?:^|(?<=[.\n]))\s*(?P<subject>(?:L[ea]\s+|L['’]\s*|Les\s+)[^.,;:\n]{2,160}?)\s+"
                              r"(?:est|sont)\s+punie?s?\b")


def subject_cases(text: str, facts: list[Fact]) -> list[Fact]:
    """A penalty whose sentence names the offence with more words than the article's first penalised sentence names
    it has those words as its case: "commise en réunion" for art. 433-7's three years, where the article's first
    sentence punishes "La rébellion" itself."""
    subjects = [(m.start("subject"), m.end(), fold(m.group("subject")), m.group("subject"))
                for m in PUNISHED_SUBJECT.finditer(text)]
    if len(subjects) < 2:
        return facts
    base = subjects[0][2].split()
    out = []
    for f in facts:
        said = max((s for s in subjects if s[1] <= f.start and f.start - s[1] < 200), default=None)
        words = said[2].split() if said is not None else []
        if (f.kind in PENALTY_KINDS and not f.condition and said is not subjects[0] and len(words) > len(base)
                and words[:len(base)] == base and len(" ".join(words[len(base):])) >= 6):
            f = replace(f, condition=" ".join(said[3].split()[len(base):]).strip(" ,"))
        out.append(f)
    return out


# "Elle est punie de dix ans …": a penalty whose subject is a pronoun, and the alinéa before it that names what it
# stands for ("II. - La traite des êtres humains à l'égard d'un mineur est constituée même si …", art. 225-4-1)
PRONOUN_PUNISHED = re.compile(r"^\s*(?:Elle|Il|Elles|Ils)\s+(?:est|sont)\s+punie?s?\b")
NAMED_SUBJECT = re.compile(r"^\s*(?:[IVX]+\.?\s*[-–—]\s*)?(?P<subject>(?:L[ea]\s+|L['’]\s*|Les\s+)[^.,;:\n]{2,160}?)\s+"
                           r"(?:est|sont)\s")


def antecedent_cases(text: str, facts: list[Fact]) -> list[Fact]:
    """A penalty alinéa opening with "Elle est punie" after an alinéa naming a case of the offence ("La traite …
    à l'égard d'un mineur est constituée …"): the case, as that alinéa words it beyond the article's first penalised
    subject, is the penalty's condition, and the two alinéas are its unit."""
    first = PUNISHED_SUBJECT.search(text)
    if first is None:
        return facts
    base = fold(first.group("subject")).split()
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    out = []
    for f in facts:
        if f.kind in PENALTY_KINDS and not f.condition and PRONOUN_PUNISHED.match(text[f.unit_start:f.unit_end]):
            before = [(s, e) for s, e in spans if e <= f.unit_start and text[s:e].strip()]
            named = NAMED_SUBJECT.match(text[before[-1][0]:before[-1][1]]) if before else None
            words = named.group("subject").split() if named else []
            if named and fold(" ".join(words)).split()[:len(base)] == base and len(words) > len(base):
                case = " ".join(words[len(base):]).strip(" ,")
                if len(case) >= 6:
                    f = replace(f, condition=case, unit_start=before[-1][0])
        out.append(f)
    return out
