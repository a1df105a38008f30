"""A period supported by one unit of a provision, while the sentence gives it for the case another unit sets
another period for: "… must report … within 2 working days (death or health/safety risk) or 15 calendar days
(other serious harm)" — Art. 73 AI Act has two days (Art. 73(3): a widespread infringement, critical
infrastructure) and fifteen, but for a death ten days (Art. 73(4)). The case is the words the sentence attaches
to the figure: the brackets right after it, or "for …", "in case of …", "in the event of …"."""
from __future__ import annotations

import re

from .figure_facts import fact_quotes, matches_fact
from .glossary import fold
from .index import Index
from .question import Question
from .quantities import number
from .stated import DAYS
from .verdicts import CONTRADICTED, UNVERIFIABLE, Claim

# the words right after a period that say which case it is for
ATTACHED = re.compile(r"\s*(?:\(([^)]{3,80})\)|,?\s*(?:for|in\s+(?:the\s+)?(?:case|event)\s+of|en\s+cas\s+de|pour)\s+"
                      r"([^,;.()]{3,60}))", re.I)
STOP = {"other", "autre", "autres", "cases", "case", "event", "with", "that", "this", "their", "leur", "dans"}


def period_case(claim: str, q: Question, verdict: Claim, stated: dict, index: Index) -> Claim | None:
    """CONTRADICTED (or, with no law named, UNVERIFIABLE) when a period the sentence gives for a case is, in the
    provision supporting it, the period of another case, and a sibling unit sets another period for the sentence's
    case."""
    if not verdict.evidence or not stated.get("deadline"):
        return None
    top = index.top(verdict.evidence[0]["id"])
    if top is None:
        return None
    periods = [f for f in index.facts.get(top.id, []) if f.kind == "deadline" and f.value is not None]
    if len({(f.value, f.unit) for f in periods}) < 2:
        return None
    def unit(f) -> str:
        return fold(top.text[f.unit_start:f.unit_end])
    for m in DAYS.finditer(claim):
        case = ATTACHED.match(claim, m.end())
        if case is None:
            continue
        words = [w for w in re.findall(r"[^\W\d_]{4,}", fold(case.group(1) or case.group(2))) if w not in STOP]
        if not words:
            continue
        same = [f for f in periods if matches_fact(f, {"deadline": {number(m.group(1)) * 24}})]
        if not same:
            continue
        if any(q.covers(w, unit(f)) for f in same for w in words):
            continue
        other = next((f for f in periods if f not in same and any(q.covers(w, unit(f)) for w in words)), None)
        if other is None:
            continue
        holder = fact_quotes(top, [other], index)
        where = holder[0]["citation"] if holder else top.citation
        given = case.group(1) or case.group(2)
        said = (f"the sentence gives {m.group(0)} for “{given}”, where {where} sets {other.text} "
                f"(“{top.text[other.unit_start:other.unit_end][:140]}…”)")
        if q.sources and top.source in q.sources:
            return Claim(claim, CONTRADICTED, f"{said[0].upper()}{said[1:]}.", holder,
                         correction=f"{where}: {other.text}.", kind="figure")
        return Claim(claim, UNVERIFIABLE, f"No law is named, and {said}.", holder, kind="figure")
    return None
