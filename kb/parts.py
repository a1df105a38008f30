"""A sentence read in parts when it cannot be judged whole: penalty by penalty ("fines up to £18 million or 10 %,
and up to two years' imprisonment for senior managers"), or clause by clause ("the EU has ordered X to retain …, and
Malaysia and Indonesia have blocked the chatbot"). Each part is judged by the whole-sentence check it is given
(`judge`), so this module needs nothing from kb/check.py.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Callable

from . import events
from .actions import Action
from .dates import find as find_dates
from .extract import extract as extract_refs
from .figure_facts import VERB_NOT
from .glossary import fold
from .guards import another_authoritys, denies, settle, under_another_instrument
from .index import Index
from .question import analyse
from .cited import another_provision, cited_tops, unnamed_numbers
from .search import clean_query
from .status import signed_off_record
from .stated import claimed
from .traits import compares_with_another_law
from .verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Claim

# the whole-sentence check: (claim, index, actions, published, context[, instrument, question]) -> Claim
Judge = Callable[..., Claim]


def figures_elsewhere(judge: Judge) -> Judge:
    """`judge` for the parts of a sentence that cites only provisions outside the corpus: their figures are not
    held to the corpus's."""
    def judged(claim: str, *args, **kwargs) -> Claim:
        v = judge(claim, *args, **kwargs)
        if v.kind == "figure" and v.verdict != UNVERIFIABLE:
            return Claim(claim, UNVERIFIABLE, "the sentence gives these figures for a provision outside the corpus.",
                         kind="figure")
        return v
    return judged


# "fines up to £18 million or 10 % of global revenue, criminal prosecution of senior managers with up to two years
# imprisonment, and business disruption orders": a list of penalties of different kinds (a company's fine, a
# manager's prison term), each from its own provision.
PENALTY_WORD = re.compile(r"(?:imprison|prison|emprison|jail|fine|amende|penalt|sanction|prosecut|poursuite|criminal|penal)")
PENALTY_ITEM = re.compile(r",\s+(?:and\s+|or\s+|et\s+|ou\s+)?(?=[^\W\d])")
# the items of a list set out with dashes or bullets after a colon or a semicolon
BULLET = re.compile(r"\s*[:;]\s*[-–•]\s+")


def by_penalty(claim: str, judge: Judge, index: Index, actions: list[Action], published: date | None,
               context: bool, instrument: str | None) -> Claim | None:
    """A sentence whose figures are a company's cap and a person's prison term, or a list of offences set out item
    by item, contradicted as a whole because no one provision states every figure, read item by item with the
    instruments the sentence names: supported when every item with figures is, contradicted when one is,
    unverifiable otherwise."""
    stated = claimed(claim)
    listed = [x for x in BULLET.split(claim) if claimed(x)]
    if len(listed) >= 2:
        # "Elle précise notamment dans quelles conditions : - le fait … constitue un homicide routier puni de sept
        # ans … ; - le fait … constitue des blessures routières … punies de cinq ans … ; - …": a list of offences,
        # each with its own penalty (art. 221-18, 221-19, 221-20)
        items = listed
    elif "prison" not in stated or "cap" not in stated:
        return None  # a share of turnover is a company's; a prison term a person's: not one penalty
    else:
        items = [x for x in PENALTY_ITEM.split(claim) if claimed(x)]
    if len(items) < 2:
        return None
    q = analyse(claim, index.config)
    verdicts = []
    for item in items:
        qi = analyse(item, index.config)
        qi = replace(qi, sources=qi.sources | q.sources, jurisdictions=qi.jurisdictions | q.jurisdictions)
        v = judge(item, index, actions, published, context, instrument, qi)
        holder = index.provisions.get(v.evidence[0]["id"]) if v.verdict == SUPPORTED and v.evidence else None
        words = [w for w in qi.subject if len(w) >= 5 and not PENALTY_WORD.match(w)]
        text = fold(holder.heading + " " + holder.text) if holder is not None else ""
        share = sum(1 for w in words if qi.covers(w, text)) / max(1, len(words))
        if holder is not None and words and (share < 0.5 if set(claimed(item)) == {"prison"} else share == 0):
            # "criminal prosecution of senior managers with up to two years imprisonment": 2 years is in many
            # sections; one that says nothing of the item's subject is not its provision.
            v = Claim(item, UNVERIFIABLE, f"{holder.citation} states the figures but not of this.", kind="figure")
        verdicts.append((item, v))
    wrong = next(((x, v) for x, v in verdicts if v.verdict == CONTRADICTED), None)
    if wrong is not None:
        x, v = wrong
        return Claim(claim, CONTRADICTED, f"“{x}”: {v.explanation}", v.evidence, v.correction, v.caveats, kind=v.kind)
    if all(v.verdict == SUPPORTED for _, v in verdicts):
        return Claim(claim, SUPPORTED, " ".join(f"“{x}”: {v.explanation}" for x, v in verdicts),
                     [e for _, v in verdicts for e in v.evidence[:2]], kind="figure",
                     caveats=[c for _, v in verdicts for c in v.caveats])
    return Claim(claim, UNVERIFIABLE, "; ".join(f"“{x}”: {v.verdict}" for x, v in verdicts) + ": the penalties are "
                                      "of different kinds and not every one is found.", kind="figure")


# "The stakes extend beyond Britain: the EU has ordered X to retain …, Malaysia and Indonesia have blocked …, and a
# US congresswoman has threatened …": a sentence of several claims, split where a new clause starts.
CLAUSE_BREAK = re.compile(r"\s*(?:;|\s[—–]\s|:(?!\d)|,\s+(?:and|but|while|whereas|et|mais|tandis\s+que|alors\s+que)\s+|,\s+(?=[A-Z]))\s*")
CASE_OPENS = re.compile(r"(?:if|when|where|unless|si|lorsque?|quand)\b", re.I)  # a clause stating the case of the next
SUBJECTLESS = re.compile(r"^(?:is|are|was|were|can\s+be|may\s+be|could\s+be|est|sont|peut\s+être|peuvent\s+être)\s", re.I)
STRONG = {"event", "figure", "status"}  # what one clause may decide for the sentence: a record, a figure, a status


def outside_brackets(claim: str) -> list[str]:
    """The sentence cut at its clause breaks, but not inside brackets: "(5 years; 15 years for repeat offenders)" is
    one aside, and "15 years for repeat offenders)" alone says whose terms it gives no more."""
    cuts, last = [], 0
    for m in CLAUSE_BREAK.finditer(claim):
        if claim.count("(", 0, m.start()) <= claim.count(")", 0, m.start()):
            cuts.append(claim[last:m.start()])
            last = m.end()
    return [*cuts, claim[last:]]


def _named_elsewhere(claim: str, clause: str, v: Claim, index: Index) -> bool:
    """The clause's figures are for what another clause names, and the provision contradicting them says none of
    it: "quand mettre le feu à une forêt est un acte volontaire, cela devient un crime : et là le mis en cause
    encourt 15 ans …" is not art. 421-7's terrorism."""
    top = index.top(v.evidence[0].get("id", "")) if v.evidence else None
    if top is None:
        return False
    q = analyse(claim, index.config)
    own = analyse(clause, index.config).subject
    rest = [w for w in q.subject if w not in own and len(w) >= 5]
    text = fold(top.heading + " " + top.text)
    return len(rest) >= 2 and not any(q.covers(w, text) for w in rest)


def by_clause(claim: str, judge: Judge, index: Index, actions: list[Action], published: date | None,
              context: bool) -> Claim | None:
    """A sentence nothing decides as a whole, read clause by clause: a contradicted clause contradicts it; a
    clause a record, a figure or a status supports supports it, with the other clauses named as unchecked.
    Never from words alone: a short clause shares too few of them with any provision."""
    clauses = [c.strip(" ,.") for c in outside_brackets(claim)]
    clauses = [c for c in clauses if len(c.split()) >= 5]
    if len(clauses) < 2:
        return None
    verdicts = [judge(c, index, actions, published, context or events.about_target(claim)) for c in clauses]
    strong = [(c, v) for c, v in zip(clauses, verdicts) if v.kind in STRONG and v.verdict != UNVERIFIABLE]
    # (a predicate whose subject is another clause — "The offence – causing harm by posting digital communication –
    # is punishable by up to 2 years' …" — has figures without what they are for: no contradiction from it alone)
    wrong = next(((c, v) for c, v in strong if v.verdict == CONTRADICTED
                  and not (v.kind == "figure" and (SUBJECTLESS.match(c) or _named_elsewhere(claim, c, v, index)))),
                 None)
    if wrong is not None:
        c, v = wrong
        return Claim(claim, CONTRADICTED, f"“{c}”: {v.explanation}", v.evidence, v.correction, v.caveats, kind=v.kind)
    right = [(c, v) for c, v in strong if v.verdict == SUPPORTED]
    if not right:
        return None
    c, v = right[0]
    if v.kind == "event" and any(w.text and w.text not in c for w in find_dates(claim, published)):
        return None  # "Le 3 mai, la procureure … a précisé …": the record's clause without the day the sentence gives it
    rest = [x for x in clauses if x not in {y for y, _ in right}]
    if any(denies(x) for x in rest):
        return None  # "… fines of up to 10 %, and may not seek a court order": an unchecked clause denies something
    if any(signed_off_record(x, find_dates(x, published), index.config) for x in rest):
        return None  # "… signed by President Trump on August 19, 2025, …": a day no law of the corpus was signed on
    if any(CASE_OPENS.match(x) and VERB_NOT.search(x) for x in rest):
        return None  # "If X is not found to have violated UK law, Ofcom could impose fines …": the case is denied
    compared = next((x for x in rest if compares_with_another_law(x)), None)
    if compared:
        # "… fines can reach 7 % … — more than double the maximum under the GDPR": the clause is right, the
        # comparison with another law, the sentence's point, is what no check here makes
        return Claim(claim, UNVERIFIABLE, f"“{c}”: {v.explanation} But “{compared}” compares it with another law, "
                                          f"which the corpus cannot check.", v.evidence, kind=v.kind)

    caveats = [*v.caveats, *(["not checked (the corpus does not hold it): " + "; ".join(f"“{x}”" for x in rest)]
                             if rest else [])]
    supported = Claim(claim, SUPPORTED, f"“{c}”: {v.explanation}", v.evidence, v.correction, caveats, kind=v.kind)
    # What the clause did not say, the sentence may: "… a €120 million fine on X — the first of its kind under the
    # Online Safety Act (DSA)" gives the DSA the OSA's name; "If the European Commission finds X in breach …, fines
    # of up to £18 million or 10 %" gives the OSA's fines to another system's authority.
    found = extract_refs(claim, index)
    refs = [r for r in found if r["kind"] == "provision"]
    if another_provision(supported, cited_tops(refs, index), index, unnamed_numbers(refs)):
        return None  # "… listed in Article 6 — attract fines of up to €35 million or 7 %": Art. 99 names Article 5
    named = analyse(claim, index.config).sources
    found_in = {index.provisions[e["id"]].source for e in v.evidence if e.get("id") in index.provisions}
    if named and found_in and not found_in & named and v.kind != "event":
        return None  # "Le ENFORCE Act oblige … à retirer dans un délai de 48 heures": the clause's figure is another law's
    if supported.kind in ("figure", "power"):
        supported = another_authoritys(claim, supported, index) or supported
    if supported.kind == "event":
        q = analyse(clean_query(claim, index.config), index.config)
        supported = under_another_instrument(claim, q, supported, actions, index) or supported
    return settle(claim, supported, found, index)


# "The EU AI Act's prohibitions came into effect on 2 February 2025 and carry fines of 7 % …": two predicates of one
# subject, each a claim of its own kind (a day, a cap). The second conjunct starts with one of these verbs.
VERBS = ("is are was were has have had must may can will shall could would came come took take entered enter "
         "applies apply applied carries carry carried requires require required imposes impose imposed sets set "
         "gives give gave grants grant granted allows allow allowed prohibits prohibit prohibited bans ban banned "
         "provides provide provided punishes punish punished makes make made creates create created obliges "
         "est sont était a ont avait prévoit prévoient impose imposent punit punissent interdit interdisent "
         "oblige obligent s'applique s'appliquent sanctionne sanctionnent crée créent").split()
AND_VERB = re.compile(r"\s+(?:and|et)\s+(?=(?:" + "|".join(re.escape(v) for v in VERBS) + r")\b)", re.I)
DECIDING = STRONG | {"date"}  # what decides a predicate: a record, a figure, a status, a day


def by_predicate(claim: str, judge: Judge, index: Index, actions: list[Action], published: date | None,
                 context: bool) -> Claim | None:
    """A subject with two predicates joined by "and" ("… came into effect on 2 February 2025 and carry fines of
    7 % …"), nothing deciding it whole: each predicate is judged with the subject, and the sentence is supported
    only when every one is (by a record, a figure, a status or a day), contradicted when one is."""
    parts = AND_VERB.split(claim.strip().rstrip("."), maxsplit=1)
    if len(parts) != 2:
        return None
    first, second = parts
    words = first.split()
    verb = next((i for i, w in enumerate(words) if i and w.lower().strip(",;") in VERBS), None)
    if verb is None or verb > 12:
        return None  # no subject to give the second predicate
    clauses = [first, " ".join(words[:verb]) + " " + second]
    verdicts = [judge(c, index, actions, published, context) for c in clauses]
    wrong = next(((c, v) for c, v in zip(clauses, verdicts) if v.verdict == CONTRADICTED and v.kind in DECIDING), None)
    if wrong is not None:
        c, v = wrong
        return Claim(claim, CONTRADICTED, f"“{c}”: {v.explanation}", v.evidence, v.correction, v.caveats, kind=v.kind)
    if all(v.verdict == SUPPORTED and v.kind in DECIDING for v in verdicts):
        return Claim(claim, SUPPORTED, " ".join(f"“{c}”: {v.explanation}" for c, v in zip(clauses, verdicts)),
                     [e for v in verdicts for e in v.evidence[:2]], kind=verdicts[-1].kind,
                     caveats=[x for v in verdicts for x in v.caveats])
    return None
