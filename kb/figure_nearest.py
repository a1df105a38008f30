"""The provisions nearest a sentence's figures (kb/figures.py judges them): searched in the legal systems its
currencies and words point to, ranked by how much of the sentence each says — the provision defining a word of an age
or a threshold first, a special case's heading after the general one — each with its facts of the kinds claimed."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .copied import said_of
from .facts import Fact, defines_asked_offence
from .figure_facts import claimed_base, kinds_of as _kinds, limits_another_measure, matches, same_base
from .glossary import fold
from .index import Index
from .quantities import MONEY_AFTER, MONEY_BEFORE, currency
from .question import Question
from .search import search
from .types import Hit, Provision


@dataclass
class Nearest:
    stated: dict  # the sentence's figures by kind (one currency kept)
    figures: list[tuple[str, object]]
    jurisdictions: set[str]
    found: list[Hit]
    with_facts: list[tuple[Provision, list[Fact]]]  # nearest first, each with its facts of the kinds claimed
    needed: set[str]
    period: str | None


def nearest(claim: str, q: Question, index: Index, stated: dict) -> Nearest:
    """The provisions search finds for `claim` that state facts of the kinds of its `stated` figures, nearest first;
    a sentence's amounts in a second currency are conversions of its first, dropped from what it states."""
    if len({c for _, c in stated.get("money", set())}) > 1:
        # "£18 million (24.27 million U.S. dollars)": the amounts after the first currency are conversions.
        ms = sorted([*MONEY_AFTER.finditer(claim), *MONEY_BEFORE.finditer(claim)], key=lambda m: m.start())
        first = next((currency(g) for g in ms[0].groups() if g and currency(g)), None) if ms else None
        stated["money"] = {m for m in stated["money"] if m[1] == first}
        if not stated["money"]:
            del stated["money"]
    jurisdictions = set(q.jurisdictions)
    folded_claim = fold(claim)
    currencies = {c for _, c in stated.get("money", set())}
    if currencies:  # "£18 million" is British law whatever else the sentence names ("24.27 million U.S. dollars")
        by_currency = {{"EUR": "EU", "GBP": "UK", "USD": "US", "FRF": "FR"}[c] for c in currencies}
        if by_currency == {"EU"}:
            by_currency = {"EU", "FR"}
        jurisdictions = (jurisdictions & by_currency) or by_currency
    # (the few provisions setting a measure's limits are looked for further down: a sentence about a probation
    # period shares as many words with the articles around art. 132-42 as with it)
    k = 16 if set(stated) == {"limit"} else 8
    found = (search(claim, k=k, index=index, question=q, phrases=False) if not currencies or jurisdictions <= set(q.jurisdictions)
             or not q.jurisdictions
             else sorted((h for j in sorted(jurisdictions) for h in search(claim, k=8, jurisdiction=j, index=index, phrases=False)),
                         key=lambda h: -h.score))
    hits = [h for h in found
            if (not jurisdictions or h.provision.jurisdiction in jurisdictions)
            and (not q.sources or h.provision.source in q.sources)]
    needed = set().union(*(_kinds(k) for k in stated))

    def defines(p: Provision) -> bool:
        """It defines a word of the claim ("minor" means …): the place an age or a threshold is settled."""
        return any(f.kind == "definition" and any(q.covers(w, fold(f.term)) for w in q.subject)
                   for f in index.facts.get(p.id, []))

    def heading_unsaid(p: Provision) -> int:
        """How many words of the provision's heading the sentence does not say: "Maximum amount of penalties:
        group of entities" is the special case of "Maximum amount of penalties", unless it speaks of a group."""
        return sum(1 for w in re.findall(r"[^\W\d_]{5,}", fold(p.heading)) if w not in folded_claim
                   and not q.covers(w, folded_claim))

    def subject_said(p: Provision) -> int:
        text = said_of(p.text)  # (once per provision, not per word)
        return sum(1 for w in q.subject if q.covers(w, text))

    # of the provisions saying as much of the sentence, the one defining the offence it names and punishing it: "In
    # France, pimping is punishable by five years in prison" is held to art. 225-5's seven years, not to art.
    # 225-7-1's twenty for a minor under fifteen, a case the sentence does not give
    penalty = bool({"prison", "fine"} & set(stated))
    ranked = sorted(enumerate(hits), key=lambda ih: (
        -(("age" in stated or "threshold" in stated) and defines(ih[1].provision)),
        -subject_said(ih[1].provision),
        -(penalty and defines_asked_offence(index.facts.get(ih[1].provision.id, []), q.asked)),
        heading_unsaid(ih[1].provision), ih[0]))
    period = claimed_base(claim)
    # (not a limit on another measure, unless the sentence gives a limit: "quinze ans de réclusion criminelle pouvant
    # être assorti d'une période de sûreté" is a penalty, claims120)
    penalty_only = "limit" not in stated
    with_facts = [(h.provision, [f for f in index.facts.get(h.provision.id, []) if f.kind in needed
                                 and same_base(f, period) and not (penalty_only and limits_another_measure(f))])
                  for _, h in ranked]
    with_facts = [(p, facts) for p, facts in with_facts if facts]
    figures = [(k, v) for k, vals in stated.items() for v in vals]
    if set(stated) == {"limit"}:
        # Few articles set limits: those stating most of the sentence's, wherever search ranks them, and of them the
        # one stating most is what it describes (art. 132-42's three, five and seven years for "18 months to 3 years,
        # raised to 5 … and 7", not art. 132-41's five and ten)
        seen = {p.id for p, _ in with_facts}
        least = max(1, (len(figures) + 1) // 2)
        for pid, fs in index.facts.items():
            bound = [f for f in fs if f.kind == "bound"]
            if pid not in seen and pid in index.provisions and bound and \
                    sum(matches(k, v, bound) for k, v in figures) >= least and \
                    (not jurisdictions or index.provisions[pid].jurisdiction in jurisdictions):
                with_facts.append((index.provisions[pid], bound))
        with_facts.sort(key=lambda pf: -sum(matches(k, v, pf[1]) for k, v in figures))

    return Nearest(stated, figures, jurisdictions, found, with_facts, needed, period)
