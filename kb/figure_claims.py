"""The law's figures in a sentence against the facts read at ingest (kb/figures.py), once a recorded fine's
amount — the event's, not the law's — and an estimate in brackets are set aside, and with what that support does
not cover (a penalty imposed on a day, a sibling case, a case denied, a share of a population); and which other
provision states every prison term a sentence gives, when the nearest one contradicts it."""
from __future__ import annotations

import re
from dataclasses import replace

from . import claims as sentences_of
from . import events
from .actions import Action, amounts_of
from .aggravation import aggravation_check
from .class_claims import class_check
from .dates import find as find_dates
from .events import reports_a_dated_act
from .figure_facts import matches_fact as _matches_fact, negated_case
from .figures import figures_against_facts
from .glossary import fold
from .period_case import period_case
from .siblings import sibling_case
from .framing import CAP_WORDS
from .index import Index
from .quantities import MONEY_AFTER, MONEY_BEFORE, extract
from .question import Question, analyse
from .stated import claimed, shares
from .verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Claim


def figure_check(claim: str, q: Question, index: Index) -> Claim | None:
    """The figures of `claim` against the facts; a share of a population it also states ("10 % of the EU's
    population") must be in the words of the provision that supports the rest, or nothing is supported."""
    # the amount of a class of contravention is the scale's, not that of whichever provision punishes with it
    by_class = class_check(claim, index)
    if by_class is not None:
        return by_class
    verdict = figures_against_facts(claim, q, index) if claimed(claim) else aggravation_check(claim, q, index)
    if verdict is not None and verdict.verdict == CONTRADICTED and IMPOSED.search(claim) \
            and reports_a_dated_act(claim, find_dates(claim, None)):
        # "13 October 2025: Confirmation Decision … was issued with a fixed penalty of £20,000 and a daily … fine of
        # £100 per day": what an authority imposed one day, not what the law caps; a record would show it
        return Claim(claim, UNVERIFIABLE, f"the figures are those of a penalty imposed on a day, not the law's: "
                                          f"{verdict.explanation}", [], kind=verdict.kind)
    if verdict is not None and verdict.verdict == SUPPORTED and claimed(claim):
        verdict = sibling_case(claim, q, verdict, claimed(claim), index) or verdict
    if verdict is not None and verdict.verdict == SUPPORTED and claimed(claim).get("deadline"):
        verdict = period_case(claim, q, verdict, claimed(claim), index) or verdict
    if verdict is not None and verdict.verdict == SUPPORTED:
        other = other_offence_named(claim, verdict, q, index)
        if other:
            return Claim(claim, UNVERIFIABLE,
                         f"{verdict.explanation} But the sentence gives that penalty for an offence the law punishes "
                         f"otherwise too ({other}), and names no law that would say which.", verdict.evidence,
                         kind=verdict.kind)
    if verdict is not None and verdict.verdict == SUPPORTED:
        # "If X is not found to have breached UK law, Ofcom could impose fines of up to 10 %": the figures are the
        # law's, the case they are given for is the opposite of its
        stated = claimed(claim)
        matched = [f for e in verdict.evidence for f in index.facts_of(e["id"]) if stated and _matches_fact(f, stated)]
        # the case is the fact's condition, or the words of its unit before the penalty ("Les violences ayant
        # entraîné une incapacité de travail inférieure ou égale à huit jours … sont punies de trois ans …")
        conditions = [f.condition for f in matched if f.condition] + [
            index.provisions[f.top_id].text[f.unit_start:f.start] for f in matched
            if f.top_id in index.provisions and f.unit_start < f.start]
        denied = negated_case(claim, conditions)
        if denied:
            return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} It does not give them for the case the sentence "
                                              f"gives (“{denied[:160]}”).", verdict.evidence, kind=verdict.kind)
    said = shares(claim)
    if verdict is None or verdict.verdict != SUPPORTED or not said:
        return verdict
    texts = [fold(e["quote"]) for e in verdict.evidence]
    holder = index.provisions.get(verdict.evidence[0]["id"]) if verdict.evidence else None
    top = index.top(holder.id) if holder is not None else None
    texts.append(fold(top.text) if top is not None else "")
    if all(any(re.search(rf"(?<![\d.,]){v:g}\s?%[^.;]{{0,40}}population", t) for t in texts) for v in said):
        return verdict
    return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} The share of the population the sentence gives is not "
                                      f"in that provision.", verdict.evidence, kind=verdict.kind)


def other_offence_named(claim: str, verdict: Claim, q: Question, index: Index) -> str | None:
    """"… reconnus coupables de détention et diffusion d'images à caractère pédopornographique, agression sexuelle et
    viol sur mineur de 15 ans, ils encourent une peine de cinq ans": a sentence naming no law that gives one prison
    term for several offences, one of which another provision defines and punishes with other terms (art. 222-23:
    the viol, quinze ans), is not supported by the provision stating that term for one of them. Returns that
    offence and its provision."""
    terms = claimed(claim).get("prison") or set()
    if q.sources or not terms or not verdict.evidence:
        return None
    support = index.top(verdict.evidence[0]["id"]) or index.provisions.get(verdict.evidence[0]["id"])
    if support is None:
        return None
    said, held = fold(claim), fold(support.heading + " " + support.text)
    for pid, facts in index.facts.items():
        p = index.provisions.get(pid)
        if p is None or p.source != support.source or pid == support.id:
            continue
        years = {f.value for f in facts if f.kind == "prison" and f.value is not None and f.unit == "years"}
        for f in facts:
            if f.kind != "definition" or not f.term or not years or terms & years:
                continue
            t = re.escape(fold(f.term))
            if re.search(rf"\b{t}s?\b", said) and not re.search(rf"\b{t}", held):
                return f"{f.term}: {p.citation}"
    return None


# An authority's penalty said as imposed ("was issued with a fixed penalty of", "fined", "a infligé")
IMPOSED = re.compile(r"\b(?:fined|imposed|issued\s+with|levied|handed\s+(?:down|out)|infligée?|condamnée?)\b", re.I)


def said_by_another(claim: str, verdict: Claim, index: Index) -> str | None:
    """The citation of a provision other than the one contradicting the sentence that states every prison term
    it gives (two at least: one term alone is in too many laws to say which one it means)."""
    terms = claimed(claim).get("prison") or set()
    if len(terms) < 2:
        return None
    against = {index.top(e["id"]).id if index.top(e["id"]) else e["id"] for e in verdict.evidence}
    for pid, facts in index.facts.items():
        if pid in against or pid not in index.provisions:
            continue
        held = {f.value for f in facts if f.kind == "prison" and f.value is not None and f.unit == "years"}
        if terms <= held:
            return index.provisions[pid].citation
    return None


def law_figures(claim: str, q: Question, index: Index, actions: list[Action], context: bool) -> Claim | None:
    """The law's figures in the sentence against the provisions' facts. "Le chiffre (120 millions d'euros) est
    loin du maximum autorisé par le DSA … 6 %": the amount of a recorded fine on the target is the event's, not
    the law's; the rest of the sentence is checked without it and the amount noted."""
    if HEDGED.search(claim):
        bare = HEDGED.sub("", claim)
        verdict = law_figures(bare, analyse(bare, index.config), index, actions, context)
        return replace(verdict, text=claim) if verdict is not None else None
    if context or events.about_target(claim):
        recorded = set().union(*(amounts_of(a) for a in actions))
    elif CAP_WORDS.search(claim):
        return figure_check(claim, q, index)
    else:
        # Without the target named, only a recorded fine's total that the sentence does not frame as a cap
        # ("L'amende de 120 millions EUR est la première décision …") is the event's.
        recorded = {float(a.amount_eur) for a in actions if a.amount_eur}
    # "AI Act fines under Article 99 reach €35 million": an amount the named instrument itself states is the
    # law's, even when a recorded fine has a part of that size.
    def stated_by_named(amounts: set) -> bool:
        return bool(q.sources) and any(f.value in amounts and f.kind in ("fine", "cap")
                                       for pid, fs in index.facts.items()
                                       if pid in index.provisions and index.provisions[pid].source in q.sources
                                       for f in fs)
    def framed_as_cap(m) -> bool:
        """"Jusqu'à 35 millions € ou 7 % du chiffre d'affaires": a ceiling with its share of turnover is the law's
        figure, whatever a recorded fine's part happens to amount to (a fine imposed is never given with a share
        of turnover beside it: "the top tier reaching €35 million or 7 %")."""
        return bool(CAP_SHARE.match(claim, m.end()))

    law, dropped = claim, []
    for m in sorted([*MONEY_AFTER.finditer(claim), *MONEY_BEFORE.finditer(claim)], key=lambda m: -m.start()):
        amounts = {amt for amt, _ in extract(m.group(0)).money}
        if amounts and amounts <= recorded and law[m.start():m.end()] == m.group(0) and not stated_by_named(amounts) \
                and not framed_as_cap(m):
            law, dropped = law[:m.start()] + law[m.end():], [m.group(0), *dropped]
    if not dropped:
        quoted = _quoted_figures(claim)
        if quoted:
            # "« le délit de montage … est puni de deux ans … et de 60.000 euros », a rappelé le parquet": the
            # figures are the quoted words' — the reporting clause around them says nothing of the offence.
            verdict = figure_check(quoted, analyse(quoted, index.config), index)
            return replace(verdict, text=claim) if verdict is not None else None
        return figure_check(claim, q, index)
    if not claimed(law):
        return None  # the only figures are a recorded fine's: the event check's, not the law's
    verdict = figure_check(law, q, index)
    if verdict is None:
        return None
    note = f"{', '.join(dropped)}: the amount of a recorded fine, not a figure of the law"
    return Claim(claim, verdict.verdict, verdict.explanation, verdict.evidence, verdict.correction,
                 caveats=[*verdict.caveats, note], kind=verdict.kind)


# "(potentially £16 billion for Meta)": an estimate of what the law could mean for someone, not a figure of it
HEDGED = re.compile(r"\s*\([^()]*\b(?:potentially|possibly|roughly|around|approximately|nearly|environ|soit|près\s+de)\b"
                    r"[^()]*\)", re.I)
CAP_SHARE = re.compile(r"[^.;%]{0,30}?\b(?:or|ou)\s+(?:up\s+to\s+|jusqu.(?:à|a)\s+)?\d+(?:[.,]\d+)?\s?(?:%|per\s?cent|pour\s?cent)",
                       re.I)


def _quoted_figures(claim: str) -> str:
    """The quotation that holds every figure of the sentence, when one does and says enough to be checked on its
    own (five words); "" otherwise."""
    for m in sentences_of.QUOTED.finditer(claim):
        inner = m.group(0)[1:-1].strip()
        rest = claim[:m.start()] + claim[m.end():]
        if len(inner.split()) >= 5 and claimed(inner) and not re.search(r"\d", rest):
            return inner
    return ""
