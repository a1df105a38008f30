"""Offences a sentence says an Act creates ("The Online Safety Act 2023 creates a new offence of encouraging or
assisting serious self-harm", "introduced offences designed to stop the sharing … of intimate images"), checked against
the sections of the instrument it names that create an offence: by the heading word for word, or by every word of
what the offence is against in one such section, half of them in its heading; or a list of offences the Act
"criminalises", each the heading (or a glossary term of it) of such a section. Never contradicted from here, but
by the section a sentence cites when another section is headed by the offence."""
from __future__ import annotations

import re

from .crossrefs import inserted_table, with_referred
from .evidence import most_specific
from .glossary import fold, related
from .index import Index
from .question import Question
from .types import Provision
from .said import NEGATION
from .units import units
from .verdicts import SUPPORTED, UNVERIFIABLE, Claim, quote as _quote


# "The Online Safety Act 2023 creates a new offence of encouraging or assisting serious self-harm": the offence
# named as the Act's own section names it ("Offence of encouraging or assisting serious self-harm", s. 184)
CREATES_OFFENCE = re.compile(r"\b(?:creat\w*|introduc\w*|establish\w*|insert\w*|crée\w*|cré[ée]\w*|instaur\w*|institu\w*)\s+"
                             r"(?:an?\s+|the\s+|une?\s+|le\s+|l['’]\s*)?(?:new\s+|nouv\w+\s+)?(?:criminal\s+)?"
                             r"(?:offen[cs]e|délit|infraction)\s+(?:of|de|d['’])\s*(?P<what>[^.;:,()]{6,120})", re.I)


def offence_check(claim: str, q: Question, index: Index, tops: set[str] = frozenset(),
                  unnamed: tuple[str, ...] = (), dated: bool = False) -> Claim | None:
    """The instrument the sentence names creates the offence it names when one of its sections is headed by that
    offence, word for word — the section the sentence cites, if it cites one (`tops`, `unnamed`: "section 185
    creates …" is not s. 184's heading); any other offence, or another instrument's, is left to the other checks."""
    m = CREATES_OFFENCE.search(claim)
    if len(q.sources) != 1 or NEGATION.search(claim):
        return None
    if m is None:
        # "As of 31st January 2024, the Online Safety Act has brought into force laws criminalising … Cyberflashing":
        # the sections say nothing of that day
        return _offences_against(claim, q, index, tops) or (None if dated else _each_offence(claim, q, index, tops))
    what = " ".join(re.findall(r"[^\W_]+", fold(m.group("what"))))
    source = next(iter(q.sources))
    for top in index.top_level(source):
        heading = " ".join(re.findall(r"[^\W_]+", fold(top.heading.split(":")[0])))
        if re.search(r"\b(?:offen[cs]es?|delits?|infractions?)\b", heading) and f" {what} " in f" {heading} ":
            if (tops and top.id not in tops) or (unnamed and top.number not in unnamed):
                return None
            opening = opening_quote(top, index)
            return Claim(claim, SUPPORTED, f"{top.citation} is headed “{top.heading}”.", [opening],
                         kind="text") if opening else None
    # "inserts the new offence of Cyberflashing into the Sexual Offences Act 2003": named by what it is against
    return _offences_against(claim, q, index, tops, INTO.sub("", m.group("what")))


def opening_quote(top: Provision, index: Index) -> dict | None:
    """The first unit of a section, quoted from the most specific provision holding it; None for an empty one."""
    first = units(top.text)
    return _quote(most_specific(first[0].text, top, index), first[0].text) if first else None


INTO = re.compile(r"\s+into\s+(?:the\s+)?[A-Z].*$")


# "introduced offences designed to stop both the sharing and threatening to share intimate images including
# ‘deepfakes’": offences named by what they are against, not by their heading
OFFENCES_AGAINST = re.compile(r"\b(?:creat\w*|introduc\w*|establish\w*)\s+(?:(?:a\s+)?(?:number|series|range|raft)\s+of\s+)?"
                              r"(?:new\s+)?(?:criminal\s+)?offen[cs]es?\s+(?:designed\s+to\s+|intended\s+to\s+|which\s+|that\s+|to\s+)?"
                              r"(?:stop|tackle|prevent|criminali[sz]e|punish|target|cover|address)\w*\s+(?P<what>[^.;:()]{6,160})", re.I)
OFFENCE_WORDS = {"both", "including", "such", "also", "other", "which", "those", "these", "their"}


def _offences_against(claim: str, q: Question, index: Index, tops: set[str], what: str | None = None) -> Claim | None:
    """Every word of what the sentence says the offences are against is in one section creating an offence of
    the instrument named (its heading or text, or a glossary term of it: "deepfakes" is "made or altered by
    computer graphics" in s. 188's new s. 66D(5)) — the section the sentence cites, if it cites one."""
    if what is None:
        m = OFFENCES_AGAINST.search(claim)
        if m is None:
            return None
        what = m.group("what")
    words = [w for w in re.findall(r"[^\W\d_]{4,}", fold(what)) if w not in OFFENCE_WORDS]
    if not words:
        return None
    for top in index.top_level(next(iter(q.sources))):
        if (tops and top.id not in tops) or not re.search(r"\bcommits?\s+an\s+offence\b", top.text):
            continue
        # with the sections it refers to by their new numbers ("“Photograph” and “film” have the same meaning as
        # in section 66A": s. 187's, where an image "made or altered by computer graphics" is one)
        seen = fold(top.heading + " " + with_referred(top, index.provisions, index.derived("inserted", inserted_table)))
        # what the offence is against is named by the section's heading, the rest of the words in its text: "the
        # creation of deepfakes" is not s. 188's ("Sharing or threatening to share …"), whatever its text mentions
        headed = sum(1 for w in words if _says(w, fold(top.heading)))
        if 2 * headed >= len(words) and all(_says(w, seen) for w in words):
            opening = opening_quote(top, index)
            return Claim(claim, SUPPORTED, f"{top.citation} (“{top.heading}”) creates that offence.", [opening],
                         kind="text") if opening else None
    return None


def _says(word: str, folded: str) -> bool:
    """The word (by its stem) or a glossary term of its concept, each from the start of a word of the text:
    "porn" is not in "important"."""
    stems = [word[:max(4, min(6, len(word) - 2))]] + [fold(t) if " " in t else fold(t)[:6] for t in related(word)]
    return any(re.search(rf"\b{re.escape(x)}", folded) for x in stems)


# "the new Online Safety Act which also criminalises cyber-flashing, revenge porn and fake news": offences named as
# people call them, one after another
CRIMINALISES = re.compile(r"\b(?:criminali[sz]\w*|pénalis\w*|incrimin\w*)\s+(?P<what>[^.;:()]{4,200})", re.I)
LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+|et\s+|ou\s+)?|\s+(?:and|or|et|ou)\s+", re.I)
MAX_ITEMS = 6


def _each_offence(claim: str, q: Question, index: Index, tops: set[str]) -> Claim | None:
    """Each offence of the list is the heading of one section of the instrument named that creates an offence,
    in its words or a glossary term of it ("cyber-flashing": s. 187, "Sending etc photograph or film of genitals";
    "fake news": s. 179, "False communications offence") — every one, or the list is left to the other checks."""
    m = CRIMINALISES.search(claim)
    if m is None:
        return None
    items = [i for i in LIST_SEP.split(m.group("what").strip()) if i.strip()]
    if not 0 < len(items) <= MAX_ITEMS:
        return None
    offences = [t for t in index.top_level(next(iter(q.sources)))
                if (not tops or t.id in tops) and re.search(r"\bcommits?\s+an\s+offence\b", t.text)]
    found, missing = [], []
    for item in items:
        terms = [fold(x) for x in (item.strip(), *related(item))]
        top = next((t for t in offences if any(re.search(rf"\b{re.escape(x)}\b", fold(t.heading)) for x in terms)), None)
        if top is None:
            missing.append(item.strip())
        elif top not in found:
            found.append(top)
    if missing:
        # "criminalises cyber-flashing, revenge porn and tax evasion": the sections found for some offences do not
        # make the Act create the others
        return Claim(claim, UNVERIFIABLE, f"no section of {offences[0].citation.split(',')[0]} creating an offence is "
                                          f"headed by {', '.join(f'“{x}”' for x in missing)}.", kind="text") \
            if found else None
    evidence = [quoted for t in found if (quoted := opening_quote(t, index))]
    named = "; ".join(f"{t.citation} (“{t.heading}”)" for t in found)
    return Claim(claim, SUPPORTED, f"{named}: {'each creates' if len(found) > 1 else 'creates'} that offence.",
                 evidence, kind="text")
