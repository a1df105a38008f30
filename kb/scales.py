"""Amounts one provision sets for what others name by reference: "l'amende prévue pour les contraventions de la 5e
classe" (art. R645-1) is the 1 500 euros art. 131-13 sets for that class. Read at ingest, after every provision's
facts (kb/facts.py); the scales are data (kb/data/facts.yaml `scales`)."""
from __future__ import annotations

import re
from dataclasses import replace

from .facts import Fact, fill, holding, located, scales
from .quantities import money_of
from .types import Provision


def scaled(facts: list[Fact], by_id: dict[str, Provision], children: dict[str, list[Provision]]) -> list[Fact]:
    """Fines named by their level on a scale (kb/data/facts.yaml `scales`) take the amount the scale's provision
    states for that level: art. R645-1's "l'amende prévue pour les contraventions de la 5e classe" is 1 500 euros
    (art. 131-13, 5°). Returns the repeat-offence variants this adds; the facts themselves are completed in place."""
    added = []
    for scale in scales():
        p = by_id.get(scale["provision"])
        if p is None:
            continue
        refer, said = re.compile(scale["refer"], re.I), re.compile(scale.get("repeat_said") or r"(?!)", re.I)
        levels = {m.group("level"): m for m in re.finditer(fill(scale["amount"]), p.text, re.I)}
        kids = located(p, children.get(p.id, []))
        for f in [f for f in facts if f.kind == "fine" and f.value is None and f.what]:
            r = refer.search(f.what)
            m = levels.get(r.group("level")) if r else None
            found = money_of(m.group("money")) if m else None
            if not found:
                continue
            f.value, f.unit = found
            holder = holding(p, kids, m.start(), m.end())
            f.via, f.via_citation = holder.id, holder.citation
            f.via_text = m.group("stated")
            repeat = money_of(m.group("repeat")) if m.groupdict().get("repeat") else None
            again = said.search(by_id[f.top_id].text) if repeat and f.top_id in by_id else None
            if again:
                # the repeat's amount, in the words that give it ("montant qui peut être porté à 3 000 euros en cas de
                # récidive"), where the provision says a repeat is punished so ("La récidive de la contravention
                # prévue au présent article est réprimée conformément à l'article 132-11")
                added.append(replace(f, value=repeat[0], unit=repeat[1], condition=m.group("case"), aggravated=True,
                                     via_text=m.group("again")))
    return added
