"""Whose case a sentence's figures are, once kb/figures.py has chosen the provision: a case its subject names that
the provision gives figures of its own ("L'incendie de bois, forêts …": art. 322-7 al. 2), a variant's condition the
sentence leaves unsaid ("… deux ans" only for the spouse, art. 226-4-1 al. 3), a repeat offence's amount (art.
131-13, 5°, read through a contravention's class). Split from kb/figure_support.py, which asks them."""
from __future__ import annotations

import re

from .facts import Fact
from .figure_facts import describe as _describe, describe_claimed as _describe_claimed, fact_quotes as _fact_quotes
from .figure_facts import kinds_of as _kinds, matches as _matches, matches_fact as _matches_fact, only as _only
from .glossary import fold
from .index import Index
from .offence_classes import classes as categories
from .question import Question, subject_words
from .types import Provision
from .verdicts import CONTRADICTED, UNVERIFIABLE, Claim

FIRST_FIGURE = re.compile(r"(?:\d[\d\s.,]*|\b(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|one|two|"
                          r"three|four|five|seven|eight|nine|ten|fifteen|twenty|thirty)\s+)\s*(?:ans?|années?|years?|"
                          r"mois|months?|euros?|€|£|\$)", re.I)
RULED_OUT = re.compile(r"\b(?:sans|without|hors|excluding|except)\b[^;.()]*", re.I)
# an enumeration's separators: "bois, forêts, landes, maquis, plantations ou reboisements"
LIST_SEP = re.compile(r",\s*|\s+(?:ou|or|et|and)\s+", re.I)


def case_of_subject(claim: str, stated: dict, facts: list[Fact], index: Index) -> Claim | None:
    """The sentence's subject is a case for which the provision states figures of its own, and the sentence gives
    it figures that case's unit does not state: "L'incendie de bois, forêts, landes … est une infraction punie de
    quinze ans … et de 150 000 euros" — art. 322-7 al. 2 punishes forest fires with twenty years and €200,000;
    "Les incendies de forêts causés par imprudence simple sont … punis … d'un an" — art. 322-5 al. 3 gives them two
    years. The case is named by words only its condition uses in the provision: three of them (two are too often
    the law's own vocabulary — "circonstances … prévues", "refus discriminatoire"), or one item of the things it
    lists."""
    m = FIRST_FIGURE.search(claim)
    # (a case the sentence rules out is not its subject: "l'évasion simple (commise sans violence, effraction ou
    # corruption)" is not art. 434-27 al. 3's escape "réalisée par violence, effraction ou corruption")
    head = stems(RULED_OUT.sub(" ", claim[:m.start()])) if m else set()
    if not head:
        return None
    units: dict[tuple[str, int], list[Fact]] = {}
    for f in facts:
        if f.condition:
            units.setdefault((f.top_id, f.unit_start), []).append(f)
    for (top, start), fs in units.items():
        holder = index.provisions.get(top)
        if holder is None:
            continue
        cond = fs[0].condition
        own = stems(cond) - stems(holder.text[:start] + " " + holder.text[fs[0].unit_end:])
        marks = own & head
        items = [x for x in LIST_SEP.split(cond) if 0 < len(x.split()) <= 2]
        listed = set().union(*(stems(x) for x in items)) if len(items) >= 3 else set()
        if len(marks) < 3 and not marks & listed:
            continue
        wrong = [(k, v) for k, vals in stated.items() for v in vals
                 if any(f.kind in _kinds(k) for f in fs) and not _matches(k, v, fs)]
        if not wrong:
            continue
        unit = index.provisions.get(fs[0].provision_id, holder)
        said = "; ".join(dict.fromkeys(_describe(f) for f in fs))[:300]
        return Claim(claim, CONTRADICTED, f"{unit.citation}: “{cond[:200]}” — {said}; the sentence gives that case "
                                          f"{_describe_claimed(_grouped(wrong))}.",
                     _fact_quotes(unit, fs, index), f"{unit.citation}: {said} (“{cond[:120]}”).", kind="figure")
    return None


def _grouped(pairs: list[tuple[str, object]]) -> dict:
    out: dict = {}
    for k, v in pairs:
        out.setdefault(k, set()).add(v)
    return out


def stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[^\W\d_]{5,}", fold(text))}


# "10 % of qualifying worldwide expenditure", "7 % du chiffre d'affaires", "10 per cent of its global revenue"


AT_MOST = re.compile(r"\b(?:up\s+to|as\s+much\s+as|as\s+long\s+as|as\s+high\s+as|at\s+most|maximum|max\.|not\s+exceeding|"
                     r"jusqu.(?:à|a|au)|au\s+(?:maximum|plus)|pouvant|peut|peuvent|pourra|pourrait|risquen?t?|encour\w*|"
                     r"passible|can|could|may|might|faces?|facing|liable)\b", re.I)


def case_unsaid(claim: str, q: Question, matched: list[Fact], facts: list[Fact]) -> tuple[list[Fact], str] | None:
    """The sentence's figures are only a variant's, stated under a condition whose words the sentence does not use,
    while the provision states a lower penalty with no condition at all: (that penalty, the variant's condition)."""
    # "encourt 3 000 euros d'amende", "up to €1,500, and up to €3,000 … if the waste was transported in a vehicle":
    # 3 000 euros is only a repeat's (art. 131-13, 5°, read through a contravention's class), however the sentence
    # frames it — the first offence is the offence
    repeats = [f for f in matched if f.via and f.condition]
    if repeats:
        matched = repeats
    elif not matched or AT_MOST.search(claim) or not all(f.condition for f in matched):
        return None
    cond = matched[0].condition
    if any(f.condition != cond for f in matched):
        return None
    words = [w for w in subject_words(cond) if len(w) >= 4]
    if not words or any(q.covers(w, fold(claim)) for w in words):
        return None
    kinds = {f.kind for f in matched}
    low = [f for f in facts if not f.condition and not f.aggravated and f.kind in kinds]
    if not low or any(f.magnitude is None for f in low + matched):
        return None
    if not all(max(m.magnitude for m in matched if m.kind == k) > max(f.magnitude for f in low if f.kind == k)
               for k in {f.kind for f in low}):
        return None
    return low, cond[:1].lower() + cond[1:]


def repeat_only(claim: str, q: Question, p: Provision, facts: list[Fact], stated: dict, index: Index) -> Claim | None:
    """CONTRADICTED when a figure the sentence gives is only a repeat offence's (`_case_unsaid`), None otherwise."""
    repeats = [f for f in facts if _matches_fact(f, stated) and f.via and f.condition]
    unsaid = case_unsaid(claim, q, repeats, facts) if repeats else None
    return only_in_case(claim, p, unsaid, stated, repeats, facts, index) if unsaid else None


def only_in_case(claim: str, p: Provision, unsaid: tuple[list[Fact], str], stated: dict, matched: list[Fact],
                  facts: list[Fact], index: Index) -> Claim:
    low, cond = unsaid
    said = "; ".join(dict.fromkeys(_describe(f) for f in low))[:300]
    return Claim(claim, CONTRADICTED, f"{p.citation} states {said}; "
                                      f"{_describe_claimed(_only(stated, matched))} only {cond[:200]}.",
                 _fact_quotes(p, facts, index), f"{p.citation}: {said}; {_describe_claimed(_only(stated, matched))} "
                                                f"only {cond[:160]}.", kind="figure")


def other_category(claim: str, p: Provision, facts: list[Fact], stated: dict) -> bool:
    """The sentence names one class of offence and the units stating its figure name only another: "Les peines
    prononcées pour une contravention se prescrivent par six années …" against art. 133-3's "pour un délit"."""
    said = categories(claim)
    named = [categories(p.text[f.unit_start:f.unit_end]) for f in facts if _matches_fact(f, stated)]
    return len(said) == 1 and bool(named) and all(n and not n & said for n in named)


def category_case(claim: str, p: Provision, facts: list[Fact], stated: dict, index: Index) -> Claim | None:
    """A time bar the provision sets for another class of offence than the sentence's: contradicted by the provision
    of the same instrument that sets one for the sentence's class (art. 133-4 for a contravention), or unverifiable
    when none does."""
    if set(stated) != {"deadline"} or not other_category(claim, p, facts, stated):
        return None
    said = categories(claim)
    for pid, fs in index.facts.items():
        x = index.provisions.get(pid)
        if x is None or x.source != p.source:
            continue
        own = [f for f in fs if f.kind == "deadline" and categories(x.text[f.unit_start:f.unit_end]) == said]
        if own:
            said_x = "; ".join(dict.fromkeys(_describe(f) for f in own))[:300]
            return Claim(claim, CONTRADICTED, f"{x.citation} states {said_x} for that class of offence; the claim says "
                                              f"{_describe_claimed(stated)}.", _fact_quotes(x, own, index),
                         f"{x.citation}: {said_x}.", kind="figure")
    return Claim(claim, UNVERIFIABLE, f"{p.citation} states {_describe_claimed(stated)} for another class of offence "
                                      f"than the sentence's.", kind="figure")
