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
        added += _levels(p, kids, levels)
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


def _levels(p: Provision, kids: list, levels: dict) -> list[Fact]:
    """The scale's own amounts, one fine fact per level ("150 euros au plus pour les contraventions de la 2e classe",
    art. 131-13, 2°), its level in `what`; with the repeat's amount as a variant ("… porté à 3 000 euros en cas de
    récidive lorsque le règlement le prévoit"). What a sentence giving a class's amount is checked against."""
    out = []
    for level, m in levels.items():
        found = money_of(m.group("money"))
        if not found:
            continue
        holder = holding(p, kids, m.start(), m.end())
        unit_start = max(0, p.text.rfind("\n", 0, m.start()) + 1)
        unit_end = p.text.find("\n", m.end())
        base = Fact("fine", holder.id, p.id, m.start("stated"), m.end("stated"), m.group("stated"), found[0], found[1],
                    what=_level_words(m.group("stated")) or level, unit_start=unit_start, unit_end=unit_end if unit_end >= 0 else len(p.text))
        out.append(base)
        repeat = money_of(m.group("repeat")) if m.groupdict().get("repeat") else None
        if repeat:
            out.append(replace(base, start=m.start("again"), end=m.end("again"), text=m.group("again"),
                               value=repeat[0], unit=repeat[1], condition=m.group("case"), aggravated=True))
    return out


def _level_words(stated: str) -> str:
    m = re.search(r"contraventions?\s+de\s+la\s+\d\w*\s+classe", stated)
    return m.group(0) if m else ""
