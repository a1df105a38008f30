"""The law's figures in a sentence against the facts read at ingest (kb/figures.py), once a recorded fine's
amount — the event's, not the law's — and an estimate in brackets are set aside; and which other provision states
every prison term a sentence gives, when the nearest one contradicts it."""
from __future__ import annotations

import re
from dataclasses import replace

from . import claims as sentences_of
from . import events
from .actions import Action, amounts_of
from .figures import figure_check
from .framing import CAP_WORDS
from .index import Index
from .quantities import MONEY_AFTER, MONEY_BEFORE, extract
from .question import Question, analyse
from .stated import claimed
from .verdicts import Claim


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
