"""A cap supported by one unit of a provision, while the sentence also names the case of a sibling unit that
sets other figures: "Jusqu'à 35 millions € ou 7 % — … systèmes d'IA interdits, non-respect des obligations de
systèmes à haut risque" has Art. 99(3) AI Act's figures (prohibited practices) but gives them to the high-risk
obligations as well, which Art. 99(4) caps at €15 million or 3 %. A unit's case is its own words and the
headings of the articles or sections it cites ("obligations of providers pursuant to Article 16": "Obligations of
providers of high-risk AI systems")."""
from __future__ import annotations

import re

from .facts import Fact
from .figure_facts import describe as _describe, fact_quotes as _fact_quotes, matches_fact as _matches_fact
from .crossrefs import cited_headings
from .glossary import fold
from .index import Index
from .question import Question
from .verdicts import CONTRADICTED, Claim

# Words any fine's case uses: they tell no unit from another.
GENERIC = {"obligation", "obligations", "comply", "compliance", "infringement", "infringements", "breach",
           "breaches", "violation", "violations", "rules", "requirements", "provisions", "fines", "penalties",
           "amende", "amendes", "sanction", "sanctions", "respect", "regles", "dispositions", "exigences"}


def _case(top_id: str, text: str, index: Index) -> str:
    """The unit's words and the headings of the articles (sections) of its instrument it cites."""
    return fold(text + " " + " ".join(cited_headings(text, top_id, index.provisions)))


def sibling_case(claim: str, q: Question, verdict: Claim, stated: dict, index: Index) -> Claim | None:
    """CONTRADICTED when the unit whose figures the sentence gives is not the only case it names: its words name
    the case of another unit of the same provision, with figures the sentence does not give, at least as much as
    they name the unit's own (two words, or one of a glossary concept, at the least)."""
    if not verdict.evidence or not {"money", "cap"} <= stated.keys():
        return None  # an amount with its share of turnover: a cap's tier, which siblings set differently
    top = index.top(verdict.evidence[0]["id"])
    if top is None:
        return None
    facts: list[Fact] = [f for f in index.facts.get(top.id, []) if f.kind in ("fine", "cap")]
    matched = [f for f in facts if _matches_fact(f, stated)]
    units = {(f.unit_start, f.unit_end) for f in matched}
    if len(units) != 1:
        return None
    (start, end), = units
    others = {}
    for f in facts:
        if (f.unit_start, f.unit_end) != (start, end) and not _matches_fact(f, stated):
            others.setdefault((f.unit_start, f.unit_end), []).append(f)
    others = {u: fs for u, fs in others.items() if {f.kind for f in fs} == {"fine", "cap"}}
    if not others:
        return None
    words = [w for w in q.subject if len(w) >= 4 and w not in GENERIC]
    own = _case(top.id, top.text[start:end], index)
    concepts = dict(q.phrases)
    for (s, e), fs in others.items():
        case = _case(top.id, top.text[s:e], index)
        theirs = [w for w in words if q.covers(w, case) and not q.covers(w, own)]
        mine = [w for w in words if q.covers(w, own) and not q.covers(w, case)]
        # a word of a glossary concept ("haut" of "à haut risque": high-risk) names a case by itself; the sentence
        # must name the other case as much as its own ("providing incorrect, incomplete, or misleading information"
        # is Art. 99(5)'s case, whatever "operators" shares with 99(4))
        weight = sum(2 if w in concepts else 1 for w in theirs)
        if weight >= 2 and weight >= sum(2 if w in concepts else 1 for w in mine):
            said = "; ".join(dict.fromkeys(_describe(f) for f in fs))[:300]
            unit = top.text[s:e]
            part = next((x.strip() for x in re.split(r"[,;—–]", claim) if any(w in fold(x) for w in theirs)),
                        " ".join(theirs))
            return Claim(claim, CONTRADICTED, f"{verdict.explanation} But the sentence gives these figures to "
                                              f"“{part}” as well, which another unit of {top.citation} "
                                              f"fines differently: {said} (“{unit[:140]}…”).",
                         [*verdict.evidence[:1], *_fact_quotes(top, fs, index)],
                         f"{top.citation}: {said} for that case.", kind="figure")
    return None
