"""Cross-jurisdiction comparison from facts: per jurisdiction, the governing offence or duty, its penalty (or
cap, deadline …) facts with the quotes they come from, its status and a link.

The governing provision is one that states the facts the topic is about (a penalty, for an offence), never an
exception ("shall not apply to …") nor a bare list entry; figures are shown only from the quotes shown.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import direct
from .crossrefs import inserted_table, with_referred
from .abstain import out_of_scope
from .answer import ABSTAIN_BELOW
from .evidence import Evidence, amounts_beside, most_specific, select_evidence
from .facts import PENALTY_KINDS
from .index import Index, open_index
from .question import analyse
from .registry import JURISDICTIONS
from .search import clean_query, search
from .units import units

EXCEPTION = re.compile(r"\b(exceptions?|does not apply|shall not apply|do not apply|not apply to|nothing in this|"
                       r"it is a defence|n.est pas applicable|ne s.applique pas|ne sont pas applicables)\b", re.I)


def _is_exception(e: Evidence, index: Index) -> bool:
    """The quote sits in an exception: its own words, or the opening words of a provision above it, say so."""
    p = e.provision
    while p is not None:
        if EXCEPTION.search(p.text[:120]) or EXCEPTION.search(p.heading or ""):
            return True
        if p.id == e.top.id:
            break
        p = index.provisions.get(p.parent) if p.parent else None
    return bool(EXCEPTION.search(e.quote[:160]))


def _fact_units(e: Evidence, index: Index, wanted: set[str], topic: str) -> list[Evidence]:
    """The units of the governing provision that state the wanted facts, the one closest to the topic first
    ("Offenses involving adults" for a topic about adults)."""
    from .glossary import fold

    facts = [f for f in index.facts.get(e.top.id, []) if f.kind in wanted]
    words = {w for w in re.findall(r"\w{4,}", fold(topic))}
    out, seen = [], set()
    for u in units(e.top.text):
        inside = [f for f in facts if u.start <= f.start and f.end <= u.end]
        if not inside or (u.start, u.end) in seen:
            continue
        seen.add((u.start, u.end))
        ev = Evidence(0, most_specific(u.text, e.top, index), e.top, u.text, e.score, inside, False, u.cut)
        if _is_exception(ev, index):
            continue
        overlap = sum(1 for w in words if w[:6] in fold(u.text))
        out.append((-overlap, u.start, ev))
    return [ev for _, _, ev in sorted(out, key=lambda x: (x[0], x[1]))]


PERIODS = {"deadline", "period"}


def _period_about(q, p, wanted: set[str], index: Index) -> bool:
    """A period of `p` is stated in a unit that uses a word of the topic other than the period's own ("removal" in
    "platform removal deadlines")."""
    from .glossary import fold

    words = [w for w in q.subject if not any(w.startswith(k[:5]) for k in wanted)]
    units_ = {(f.unit_start, f.unit_end) for f in index.facts.get(p.id, []) if f.kind in wanted}
    return not words or any(q.covers(w, fold(p.text[a:b])) for w in words for a, b in units_)


def _coverage(q, p, index: Index) -> int:
    """How many of the topic's subject words the provision speaks to (glossary terms count across languages), in
    its words or in those of the sections it refers to by their new numbers (s. 188 reads s. 187's "photograph")."""
    from .glossary import fold

    text = fold(p.heading + " " + with_referred(p, index.provisions, index.derived("inserted", inserted_table)))
    return sum(1 for w in q.subject if q.covers(w, text))


def _row(j: str, q, index: Index, explicit: bool) -> dict:
    hits = search(q.text, k=8, jurisdiction=j, index=index, question=q)
    evidence, confidence = select_evidence(q, hits, index, per_provision=2, max_quotes=6)
    usable = [e for e in evidence if not _is_exception(e, index)]
    missing = {"jurisdiction": j, "found": False, "note": f"nothing in the corpus for {j} on this topic",
               "nearest": [h.provision.citation for h in hits[:2]]}
    if not usable or confidence < ABSTAIN_BELOW or out_of_scope(q, usable, False):
        return missing
    # The governing provision: among those retrieved, the one that states the facts the topic is about (a
    # penalty; failing that, for a topic that asked for none, a duty), closest to the topic's subject, best
    # ranked, and not itself an exception.
    tiers = [set(q.fact_kinds)] + ([] if explicit else [{"duty", "power"}])
    rank = {h.provision.id: i for i, h in enumerate(hits)}
    lead_top, wanted = None, set(q.fact_kinds)
    for kinds in tiers:
        cands = [h.provision for h in hits if any(f.kind in kinds for f in index.facts.get(h.provision.id, []))
                 and not EXCEPTION.search(h.provision.heading or "")]
        if cands:
            lead_kind = q.fact_kinds[0] if q.fact_kinds and kinds == set(q.fact_kinds) else None
            lead_top = max(cands, key=lambda p: (_coverage(q, p, index), any(f.kind == lead_kind for f in index.facts.get(p.id, [])),
                                                 _highest(q, index.facts.get(p.id, [])), -rank[p.id]))
            wanted = kinds
            break
    if lead_top is None:
        if explicit:
            return missing | {"note": f"no {q.kind} stated in the {j} provisions found on this topic"}
        lead_top = usable[0].top
    elif explicit and wanted & PERIODS and not _period_about(q, lead_top, wanted, index):
        # A provision holds periods for many duties: art. R226-12's three months (for a declaration of devices) are
        # no platform's removal deadline, though the article is the nearest on the topic's other words.
        return missing | {"note": f"no {q.kind} for this in the {j} provisions found on this topic"}
    q = replace(q, fact_kinds=tuple(sorted(wanted)))
    # Its quote: the unit of that provision closest to the topic (the offence, not a neighbouring one).
    from .glossary import fold

    same = [e for e in usable if e.top.id == lead_top.id]
    if not same:
        same = [Evidence(0, most_specific(u.text, lead_top, index), lead_top, u.text, 0.0, [], False, u.cut)
                for u in units(lead_top.text)]
        same = [e for e in same if not _is_exception(e, index)] or same
    lead = max(same, key=lambda e: (sum(1 for w in q.subject if q.covers(w, fold(e.quote))), e.score))
    quotes = [lead]
    quotes += [ev for ev in _fact_units(lead, index, wanted, q.text)[:2]
               if not any(ev.quote in x.quote or x.quote in ev.quote for x in quotes)]
    quotes = amounts_beside(quotes, index)  # a fine named by its class, with the unit setting its amount
    for n, e in enumerate(quotes, 1):
        e.n = n
    line = direct.line(q, quotes)
    if line and not direct.verified(line, quotes):
        line = ""
    top = lead.top
    return {
        "jurisdiction": j, "found": True, "id": top.id, "citation": top.citation, "url": top.url,
        "status": top.status, "as_of": top.as_of, "bill": top.status.startswith("bill"),
        "summary": line,
        "quotes": [{"n": e.n, "id": e.provision.id, "citation": e.provision.citation, "quote": e.quote,
                    "url": e.provision.url} for e in quotes],
        # Kept for callers of the first version: the lead quote and its figures.
        "key_quote": quotes[0].quote, "figures": [line] if line else [],
        "provisions": [{"id": e.provision.id, "citation": e.provision.citation, "quote": e.quote, "url": e.provision.url}
                       for e in quotes],
        "confidence": round(confidence, 3),
    }


def _highest(q, facts: list) -> tuple[float, float]:
    """For "maximum …" topics, among provisions equally about the topic, the one with the highest cap: a
    percentage of turnover first, then an amount (0 for other kinds of topic)."""
    if q.kind != "maximum":
        return (0.0, 0.0)
    pct = [f.value for f in facts if f.kind == "cap" and f.unit == "%" and f.value is not None]
    money = [f.value for f in facts if f.kind in ("cap", "fine") and f.unit != "%" and f.value is not None]
    return (max(pct, default=0.0), max(money, default=0.0))


def compare(topic: str, index: Index | None = None) -> dict:
    index = index or open_index()
    topic = clean_query(topic, index.config)
    q = analyse(topic, index.config)
    explicit = bool(q.fact_kinds)
    if not explicit:
        # A topic names an offence or a duty; what a comparison sets side by side is its penalty.
        q = replace(q, kind="penalty", fact_kinds=tuple(sorted(PENALTY_KINDS)))
    return {"topic": topic, "kind": q.kind, "rows": [_row(j, q, index, explicit) for j in JURISDICTIONS]}
