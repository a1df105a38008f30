"""Provisions -> quotable units: what a quote may be.

A unit is a contiguous span of a provision's text that reads on its own: a line (an alinéa, a subsection, a
point) whole, and a lead-in ending in "—" or ":" together with the items it introduces ("whichever is the
greater of— (a) £18 million, and (b) 10% of ..."), so a quote never stops before the figure it leads to. A
line too long to show is split between sentences, never inside one. Units are spans, so every quote is
verbatim by construction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .chunk import SENTENCE_END

MAX_UNIT = 1200
MIN_UNIT = 25
LEAD_IN = re.compile(r"(—|–|:|\s-)\s*$")
_PAREN = re.compile(r"^\((\w{1,6})\)\s?")
_DOTTED = re.compile(r"^(\d{1,3}[a-z]?)\.\s")
_ROMAN = re.compile(r"^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$")


# (in folded text) "sans qu'elles constituent une bande organisee", "sans que …": a case a unit names only to exclude
# it (art. 225-7 9°), which it does not say (questions105's END run: art. 225-7 answered the organised gang)
# (only a qualification excluded: "sans qu'aient été respectées les formalités …", art. 226-16, is the offence itself)
WITHOUT = re.compile(r"\bsans\s+qu['’]\s*(?:il|elle|ils|elles)\s+(?:ne\s+)?(?:constitu|soi|form)\w*\s[^,;.:]{0,60}")
# A provision that denies something: a negated verb ("shall not be treated", "No provider … shall be"), not a
# limit ("not later than 48 hours", "not more than 2 years").
# "does not, in any case, exceed 0,05 %" caps a figure; it denies nothing
DENIES = re.compile(r"\b(?:shall|may|must|is|are|does|do|will|can)\s+not\b(?!(?:,[^,]{0,25},)?\s+(?:later|more|less|exceed))|"
                    r"\bno\b[^.;]{0,100}\bshall\b|"
                    # (words, not the end of one: "une dispense de peine peut décider" denies nothing)
                    r"\b(?:n.est pas|ne peut|ne sont pas|ne doit pas|ne sera pas|ne seront pas)\b", re.I)
# A sentence that opens on "No …" and lays it down however far its verb ("No general obligation to monitor the
# information which providers … transmit or store, nor actively to seek facts … shall be imposed on those
# providers", Art. 8 DSA) denies it.
OPENS_DENYING = re.compile(r"(?:\d+\.\s+|\(\w+\)\s+)?(?:No|Aucune?|Nul(?:le)?)\b")
LAID_DOWN = re.compile(r"\b(?:shall|may|must)\b|\bne\s+(?:peut|doit|sont|est)\b", re.I)


def denies(sentence: str) -> bool:
    """The sentence denies what it speaks of: a negated verb, or an opening "No …" with the verb laying it down."""
    return bool(DENIES.search(sentence)) or bool(OPENS_DENYING.match(sentence) and LAID_DOWN.search(sentence))


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    text: str
    lead_in: bool = False  # a lead-in with its items
    cut: bool = False  # items left out because the whole would be too long to show


def label_kind(line: str, previous_letter: str = "") -> str | None:
    """The enumeration a line opens ("num", "alpha", "ALPHA", "roman", "dotted"), or None."""
    m = _DOTTED.match(line)
    if m:
        return "dotted"
    m = _PAREN.match(line)
    if not m:
        return None
    label = m.group(1)
    if label.isdigit() or re.fullmatch(r"\d+[A-Z]{0,2}", label):
        return "num"
    if _ROMAN.match(label) and not (len(label) == len(previous_letter) == 1 and ord(label) == ord(previous_letter) + 1):
        return "roman"
    if label.islower():
        return "alpha"
    if label.isupper():
        return "ALPHA"
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _sentences(text: str, start: int, end: int) -> list[Unit]:
    """A long line as sentence units (spans); an over-long sentence is cut at a clause boundary."""
    out, line = [], text[start:end]
    pos = 0
    for part in SENTENCE_END.split(line):
        i = line.find(part, pos)
        pos = i + len(part)
        s, e = start + i, start + i + len(part)
        if len(part) > MAX_UNIT:
            cut = max(part.rfind(";", 0, MAX_UNIT), part.rfind(",", 0, MAX_UNIT))
            e = s + (cut + 1 if cut > MAX_UNIT // 3 else len(part[:MAX_UNIT].rsplit(" ", 1)[0]))
            out.append(Unit(s, e, text[s:e], cut=True))
        elif len(part.strip()) >= MIN_UNIT:
            out.append(Unit(s, e, text[s:e]))
    return out


def units(text: str) -> list[Unit]:
    """Every quotable unit of a provision's text, in document order."""
    spans = _lines(text)
    first_seen: dict[str, int] = {}
    kinds, letter = [], ""
    for s, e in spans:
        k = label_kind(text[s:e], letter)
        if k == "alpha":
            letter = _PAREN.match(text[s:e]).group(1)
        kinds.append(k)
        if k and k not in first_seen:
            first_seen[k] = len(first_seen)
    out: list[Unit] = []
    i = 0
    while i < len(spans):
        s, e = spans[i]
        line = text[s:e]
        if LEAD_IN.search(line) and i + 1 < len(spans):
            rank = first_seen.get(kinds[i], -1) if kinds[i] else -1
            j = i + 1
            while j < len(spans):
                k = kinds[j]
                if k is not None and rank >= 0 and first_seen[k] <= rank:
                    break  # a sibling (or a higher level) of the lead-in: its list is over
                j += 1
            end, cut = spans[j - 1][1], False
            if end - s > MAX_UNIT:
                # Keep whole items while they fit; the lead-in and its first item always stay together.
                fit = [spans[m][1] for m in range(i + 1, j) if spans[m][1] - s <= MAX_UNIT]
                end, cut = (fit[-1] if fit else spans[i + 1][1]), True
            if end - s <= 3 * MAX_UNIT:
                out.append(Unit(s, end, text[s:end], lead_in=True, cut=cut))
                i += 1
                continue
        if e - s > MAX_UNIT:
            out += _sentences(text, s, e)
        elif len(line.strip()) >= MIN_UNIT or (LEAD_IN.search(line) is None and re.search(r"\d", line)):
            out.append(Unit(s, e, line))
        i += 1
    return out


def outline(text: str) -> list[tuple[int, str]]:
    """The provision's lines with their nesting depth ((1) > (a) > (i) …, in the order the text first uses
    each kind of label), for an indented display."""
    order: list[str] = []
    depth_of: dict[str, int] = {}
    out, letter, depth = [], "", 0
    for line in text.split("\n"):
        k = label_kind(line, letter)
        if k == "alpha":
            letter = _PAREN.match(line).group(1)
        if k is not None:
            if k not in depth_of:
                depth_of[k] = len(order)
                order.append(k)
            depth = depth_of[k]
        out.append((depth if k is not None else max(0, depth - 1) if out else 0, line))
    return out


# "(a) Findings The Congress finds …", "(b) Policy It is the policy of the United States—": a section's preamble
PREAMBLE = re.compile(r"^\((\w{1,3})\)\s+(?:Findings|Policy|Purposes?|Sense\s+of\s+(?:the\s+)?Congress)\b", re.M)


def operative(text: str) -> str:
    """The text from its first operative subsection: 47 U.S.C. 230 is about its (c), "Treatment of publisher or
    speaker", not its findings and policy, which fill its opening words."""
    preamble = list(PREAMBLE.finditer(text))
    if not preamble or preamble[0].start() != 0:
        return text
    label = preamble[-1].group(1)
    if len(label) != 1 or not label.isalpha():
        return text
    nxt = re.search(rf"^\({chr(ord(label) + 1)}\)\s", text[preamble[-1].end():], re.M)  # (b) Policy … (c)
    return text[preamble[-1].end() + nxt.start():] if nxt else text


def short(text: str, limit: int = 140) -> str:
    """A unit on one line (a lead-in and its items), cut at a word before `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    while re.search(r"\d$", cut) and re.match(r"[\s\u202f\u00a0]\d{3}(?!\d)", text[len(cut):]):
        # never inside a number with spaced thousands: "75 000" cut after "75" is another figure
        cut = cut.rsplit(" ", 1)[0]
    return cut + " …"
