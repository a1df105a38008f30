"""When an act was adopted. "The European Regulation on Artificial Intelligence (the "AI Act"), adopted on June 13,
2024"; "l'Online Safety Act, une loi adoptée en 2023". An EU regulation is dated in its own title
("Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024"), words the act itself
quotes where it amends Directive (EU) 2020/1828 (Art. 110 AI Act, Art. 90 DSA); the registry carries that day with
the Parliament's position and the Council's decision before it (the Formex title and first citation, checked by
a test). A UK Act bears the year it was passed in its short title ("This Act may be cited as the Online Safety Act
2023"). A date containing one of these supports the sentence; a date that contains none, said of the act just
named, contradicts it."""
from __future__ import annotations

import re
from datetime import date

from .dates import When
from .index import Index
from .question import Question
from .references import find, pointing_spans
from .registry import load_sources
from .types import Source
from .verdicts import CONTRADICTED, SUPPORTED, Claim, quote as _quote

ADOPTED = re.compile(r"\b(?:adopt\w*|passed|enacted|vot(?:ed|ée?s?)|approved|royal\s+assent|sanction\s+royale|"
                     r"promulgu\w*|signed\s+into\s+law|became\s+law|devenue?\s+loi)\b", re.I)
YEAR = re.compile(r"^\s*(?:in|en|during|courant)\s+((?:19|20)\d{2})\b", re.I)
NEAR = 45  # characters between the act's name and the word saying it was adopted
# The words between a fronted "passed"/"adoptée" and the act's name: its time, then the comma that closes the
# clause ("… passed in October 2023, the Online Safety Act"), not "adopted in December 2024 under the Online Safety
# Act" (Ofcom's codes)
FRONTED = re.compile(r"^\s+(?:in|on|en|le|au|the)\b[^,;]{1,25},\s*(?:the|l[ae]|l['’]|le)?\s*$", re.I)
# "The Online Safety Act has received Royal Assent", "le règlement a été adopté": adopted, no day said — true of
# any act the corpus holds as adopted (not "has not yet received", not "is expected to")
DONE = re.compile(r"\b(?:has|have|had|was|were|a\s+été|ont\s+été|a\s+reçu|ont\s+reçu)\s+(?:(?:now|finally|formally|"
                  r"officially|been|received|given)\s+)*$", re.I)
NOT_DONE = re.compile(r"\b(?:not|yet|n[e']|pas|expected|attendu)\b", re.I)


def _milestones(src: Source) -> tuple[list[tuple[date, date]], str]:
    """The days (or the year) the act was adopted on, and what they are."""
    if src.kind == "regulation" and src.extra.get("adopted"):
        days = [date.fromisoformat(src.extra[k]) for k in ("parliament", "council", "adopted") if src.extra.get(k)]
        return [(d, d) for d in days], "day"
    if src.kind == "act" and src.extra.get("enacted_date"):
        # the day of Royal Assent (legislation.gov.uk's date of the Act, the corpus file's front matter): "promulguée
        # en octobre 2023" is checked by its month, not only by the year in the short title
        d = date.fromisoformat(src.extra["enacted_date"])
        return [(d, d)], "assent"
    year = re.search(r"\b(?:19|20)\d{2}\b", src.short_name) if src.kind == "act" else None
    if year:
        y = int(year.group(0))
        return [(date(y, 1, 1), date(y, 12, 31))], "year"
    return [], ""


def _evidence(src: Source, index: Index, adopted: date | None) -> tuple[list[dict], str]:
    if adopted is not None:
        said = f"{src.citation} of the European Parliament and of the Council of {adopted:%-d %B %Y}"
        for p in index.top_level(src.id):
            if said in p.text:
                return [_quote(p, said)], f"{p.citation} quotes the act's title: “{said}”"
        return [], f"the act's title: “{said}”"
    said = f"This Act may be cited as the {src.short_name}"
    for p in index.top_level(src.id):
        if said in p.text:
            return [_quote(p, said + ".")], f"{p.citation}: “{said}.”"
    return [], ""


def adoption_check(claim: str, q: Question, dates: list[When], index: Index) -> Claim | None:
    if len(q.sources) != 1 or not ADOPTED.search(claim):
        return None  # most sentences name one act and say nothing of its adoption: no reference parse for them
    src = next((s for s in load_sources(index.config) if s.id in q.sources), None)
    if src is None:
        return None
    windows, grain = _milestones(src)
    if not windows:
        return None
    _, names = find(claim, index.config)
    spans = [n.span for n in names if n.source is not None and n.source.id == src.id]
    if not spans and not any(n.source is not None for n in names):
        spans = pointing_spans(claim)  # "Cette loi, promulguée en …": the act the text named before
    said = []
    for m in ADOPTED.finditer(claim):
        named = [start for start, end in spans if 0 <= m.start() - end <= NEAR]
        # … or a clause put before the name: "Originally passed in October 2023, the Online Safety Act 2023 …"
        named += [start for start, _ in spans if FRONTED.match(claim[m.end():start])]
        if not named:
            continue  # "Ofcom's codes, adopted in December 2024 under the Online Safety Act": not the act
        after = claim[m.end():m.end() + 40]
        # the day may come after the words ("received Royal Assent on 26 October 2023") or open the clause that
        # names the act ("Today, the Online Safety Bill received Royal Assent", in a report of that day)
        before = claim[max(0, named[0] - 40):named[0]]
        said += [w for w in dates if not w.yearless and w.text and (w.text in after or w.text in before)]
        year = YEAR.match(after)
        if year and not said:  # "adoptée en 2023": a year alone, which kb.dates leaves to the events
            y = int(year.group(1))
            said.append(When(date(y, 1, 1), date(y, 12, 31), year.group(0).strip()))
    # (no day, no month or year at all, and no other legal system's body: "… voté par le Parlement européen" is not
    # the Online Safety Act's adoption — the swap probe)
    done = not said and not dates and q.jurisdictions <= {src.jurisdiction} and not NOT_DONE.search(claim) and any(
        DONE.search(claim[:m.start()]) and any(0 <= m.start() - end <= NEAR for _, end in spans)
        for m in ADOPTED.finditer(claim))
    if not said and not done:
        return None
    adopted = date.fromisoformat(src.extra["adopted"]) if grain == "day" else None
    evidence, how = _evidence(src, index, adopted)
    if not evidence:
        return None
    if grain == "assent":
        adopted = windows[0][0]
        how = f"{how} It received Royal Assent on {adopted:%-d %B %Y} (legislation.gov.uk)"
    if done or any(w.start <= hi and lo <= w.end for w in said for lo, hi in windows):
        extra = ""
        if grain == "day":
            extra = (f"; the European Parliament adopted its position on {date.fromisoformat(src.extra['parliament']):%-d %B %Y} "
                     f"and the Council its decision on {date.fromisoformat(src.extra['council']):%-d %B %Y}")
        return Claim(claim, SUPPORTED, f"{how}{extra}" + ("" if (how + extra).endswith(".”") else "."), evidence,
                     kind="status")
    when = f"{adopted:%-d %B %Y}" if adopted else f"{windows[0][0].year}"
    on = "on" if adopted else "in"
    lead = f"{how}:" if grain == "assent" else f"{how.rstrip('.”')}”:"
    return Claim(claim, CONTRADICTED, f"{lead} the {src.short_name} was adopted {on} {when}, not "
                                      f"{said[0].text}.",
                 evidence, f"The {src.short_name} was adopted {on} {when}.", kind="status")


# "the Online Safety Act, a recently introduced bill", "the Online Safety Act is still a bill": the act named, then
# called a bill (or a proposal) in apposition or by "is" — not its old name ("the Online Safety Bill") nor a bill
# it amends ("the Online Safety Act and a bill amending it")
CALLED_BILL = re.compile(r"^\s*(?:,\s*(?:a|an|une?)|(?:is|remains)\s+(?:still\s+)?(?:a|an|only\s+a)|est\s+(?:encore\s+)?une?)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:bill|proposal|proposition\s+de\s+loi|projet\s+de\s+loi)\b", re.I)


BILL_WORD = re.compile(r"\b(?:bill|proposal|proposition\s+de\s+loi|projet\s+de\s+loi)\b", re.I)


def called_a_bill(claim: str, q: Question, dates: list[When], index: Index, published: date | None = None) -> Claim | None:
    """An act the corpus holds as adopted, called a bill in a sentence set after its adoption: contradicted, with the
    day it was adopted. A sentence dated before that day, or published before it, may rightly call it one."""
    if len(q.sources) != 1 or not BILL_WORD.search(claim):
        return None  # (most sentences name an act without calling it a bill: no reference parse for them)
    src = next((s for s in load_sources(index.config) if s.id in q.sources), None)
    if src is None or src.kind not in ("act", "regulation"):
        return None
    windows, grain = _milestones(src)
    if not windows or any(not w.yearless and w.end < windows[0][0] for w in dates) \
            or (published is not None and published < windows[0][0]):
        return None
    _, names = find(claim, index.config)
    if not any(CALLED_BILL.match(claim[n.span[1]:]) for n in names if n.source is not None and n.source.id == src.id):
        return None
    adopted = date.fromisoformat(src.extra["adopted"]) if grain == "day" else None
    evidence, how = _evidence(src, index, adopted)
    if not evidence:
        return None
    day = adopted or (windows[0][0] if grain == "assent" else None)
    when = f"on {day:%-d %B %Y}" if day else f"in {windows[0][0].year}"
    done = "received Royal Assent" if grain == "assent" else "was adopted"
    return Claim(claim, CONTRADICTED, f"{how.rstrip('.')}: the {src.short_name} is law, not a bill; it {done} {when}.",
                 evidence, f"The {src.short_name} {done} {when}.", kind="status")
