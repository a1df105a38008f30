"""Evidence: which units of the retrieved provisions answer the question.

Candidates are the quotable units (kb/units.py) of the top provisions. A unit scores by its meaning (the
question and unit embedded), the question's words it uses, the rank of its provision, and whether it states
the kind of fact the question asks for (kb/facts.py, read at ingest); the drafting rules of kb/rerank.py then
re-weigh them. A penalty question also gets the variants of the penalty it found (the aggravated case of the same
article).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from . import penalty_rank as penalty
from .bounds import opposite
from .embed import embed_query, embedder
from .facts import CONSEQUENCE_KINDS, PENALTY_KINDS, Fact
from .glossary import fold, translations
from .headings import named_headings, says_all, says_heading
from .index import Index
from .question import Question, answered_by_heading, kind_headings, kind_units, over_named, rules_out
from .rarity import Rarity, rarity
from .phrases import specific_phrases
from .asked import actor_acts, asked_object, asked_of, duty_of, other_holder, who_acts
from .rerank import (Candidate as _Candidate, articles_over_recitals, cited_over_pointer, class_asked, greatest_limit,
                     asked_category, defined_over_reference, fact_bonus, general_first,
                     not_what_is_excluded, not_whom_it_excludes, on_the_subject,
                     not_the_other_side, operative_over_definitions, rule_before_special_case,
                     same_bound, special_case_asked)
from .types import Hit, Provision
from .units import DENIES, OPENS_DENYING, WITHOUT, units
from .unit_context import named_parts

SENTENCE_FLOOR = 0.30
HEADING_WEIGHT = 0.15  # the question uses the provision's whole heading: it names what governs it
RANK_WEIGHT = 0.1
PHRASE_WEIGHT = 0.1  # the unit uses a phrase of the question that few provisions use
# a penalty for the offences of its own provision: "Any individual who violates … this section shall be fined …"
PUNISHES_ITS_OWN = re.compile(r"\b(?:violates?|contravenes?)\b[^.;]{0,60}\bthis section\b|\bpr[ée]vus? (?:au|par le) pr[ée]sent article\b", re.I)
# A unit worded as the kind of question asks ("regard shall be given to the following:" for the factors weighed)
KIND_UNIT_WEIGHT = 0.2
# the unit's "shall" has as subject what the question asks a duty of ("The instructions for use shall contain …"
# for "what must the instructions for use tell deployers?"): its list is the answer, however long and unlike the
# question its text. Not for an actor's duties, which the facts read (a duty fact: "providers of general-purpose AI
# models shall …" of Art. 53 is no answer to what those "with systemic risk" must do, Art. 55)
DUTY_OF_WEIGHT = 0.4
PHRASE_FEW = 15
# "Les hébergeurs ont-ils une obligation générale de surveillance … ?": the unit denying the duty the question names
# ("No general obligation to monitor … shall be imposed", Art. 8 DSA) answers it as a duty would
DENIED_DUTY = 0.2
BILL_WEIGHT = 0.05  # a bill's unit against the law in force, when the question names no bill
# How far retrieval's first provision must lead its second (fused scores) for it to lead the answer as well: when
# every channel agrees on one provision ("a general obligation to monitor": Art. 8 DSA, 1.6 times the next), a unit
# of another that shares more words ("Providers of hosting services shall put mechanisms in place …") does not
# displace it. Over the 592 questions of the tuning sets no provision this far ahead was a wrong first answer.
SEARCH_LEAD = 1.5
UNANIMOUS = 4  # channels that must all rank one provision first for it to lead the answer whatever its margin
EMBED_CANDIDATES = 10  # units embedded per question, chosen by the cheap signals first (p50 157 ms, no loss vs 16)
READ_ALWAYS = 5  # top provisions whose best unit is embedded whatever its cheap score (3 lost Art. 95 AI Act, 5th)
EMBED_CHARS = 384  # the start of a unit says what it is about; the model truncates long ones anyway
_VECTORS: dict[tuple[str, str, int, int], np.ndarray] = {}  # (model, provision, start, end) -> unit vector
_VECTORS_MAX = 30_000


@dataclass
class Evidence:
    n: int
    provision: Provision  # the most specific provision holding the quote
    top: Provision
    quote: str
    score: float
    facts: list[Fact] = field(default_factory=list)  # the facts inside the quote
    related: bool = False  # near the question but not stating what it asks for
    cut: bool = False  # the unit's later items are left out (too long to show)

    def to_dict(self) -> dict:
        p = self.provision
        d = {"n": self.n, "id": p.id, "citation": p.citation, "quote": self.quote, "url": p.url,
             "as_of": p.as_of, "status": p.status, "jurisdiction": p.jurisdiction}
        if self.related:
            d["related"] = True
        return d


def amounts_beside(evidence: list[Evidence], index: Index) -> list[Evidence]:
    """A fine named by its class ("l'amende prévue pour les contraventions de la 5e classe", art. R635-8) is quoted
    with the unit that sets its amount (art. 131-13, 5°) right after it: the line states the amount, and every
    figure it states is in a quote it cites."""
    out, seen = [], set()
    for e in evidence:
        out.append(e)
        for f in e.facts:
            via = index.provisions.get(f.via)
            if via is None or f.via in seen or f.via_text not in via.text:
                continue
            seen.add(f.via)
            out.append(Evidence(0, via, index.top(f.via) or via, via.text, e.score, related=e.related))
    return out


def most_specific(quote: str, top: Provision, index: Index) -> Provision:
    best, frontier = top, [top.id]
    while frontier:
        nxt = []
        for pid in frontier:
            for cid in index.children.get(pid, []):
                child = index.provisions[cid]
                if quote in child.text:
                    best = child
                    nxt.append(cid)
        frontier = nxt
    return best


def _overlap(words: set[str], folded: str, rare: "Rarity | None" = None) -> float:
    """Share of the question's words the unit uses, each counted by how rare it is in the corpus: "interim"
    says more than "platform" or "Commission", which half the DSA uses."""
    if not words:
        return 0.0
    weigh = rare.of if rare else (lambda w: 1.0)
    folded = WITHOUT.sub(" ", folded)  # what a unit names only to exclude it it does not say
    return sum(weigh(w) for w in words if w[:6] in folded) / sum(weigh(w) for w in words)


def question_words(q: Question) -> set[str]:
    """The question's content words with their glossary translations, folded; not the words of the names of the
    instruments it cites, unless it also uses them as its own ("the ENFORCE Act" asks for no enforcement)."""
    named = set(re.findall(r"\w{4,}", fold(" ".join(q.instrument_names)))) - set(q.subject)
    return {w for w in re.findall(r"\w{4,}", fold(q.en_query + " " + q.fr_query))} - named


def _embeddable(text: str, language: str) -> str:
    text = text[:EMBED_CHARS]
    if language == "en":
        return text
    to_en, _ = translations(text, per_term=1, asked=False)
    return f"{text} [{'; '.join(dict.fromkeys(to_en))}]" if to_en else text


def _unit_vectors(cands: list["_Candidate"], index: Index) -> np.ndarray:
    """Unit embeddings, computed once per process: the same provisions answer many questions."""
    model_name = index.config.embed_model
    keys = [(model_name, c.hit.provision.id, c.unit.start, c.unit.end) for c in cands]
    todo = [i for i, k in enumerate(keys) if k not in _VECTORS]
    if todo:
        model = embedder(index.config)
        texts = [_embeddable(cands[i].unit.text + named_parts(cands[i].unit.text, cands[i].hit.provision, index),
                             cands[i].hit.provision.language) for i in todo]
        if len(_VECTORS) + len(todo) > _VECTORS_MAX:
            _VECTORS.clear()
        for i, v in zip(todo, model.get_text_embedding_batch(texts)):
            _VECTORS[keys[i]] = np.asarray(v)
    return np.stack([_VECTORS[k] for k in keys])


# A subsection's own heading, where the text gives one: "(f) Civil Remedies.— (1) In general.— Any person …"
UNIT_HEADING = re.compile(r"^\(\w{1,4}\)\s+([A-Z][^\n.—]{2,60}?)\.?—")


def _punishes_nothing(pid: str, chosen: list[_Candidate]) -> bool:
    """The provision's chosen units state no penalty, while another chosen unit of its instrument does."""
    mine = [c for c in chosen if c.hit.provision.id == pid]
    source = mine[0].hit.provision.source if mine else None
    return bool(mine) and not any(f.kind in PENALTY_KINDS for c in mine for f in c.facts) and any(
        f.kind in PENALTY_KINDS for c in chosen if c.hit.provision.source == source for f in c.facts)


def select_evidence(q: Question, hits: list[Hit], index: Index, per_provision: int = 2, max_quotes: int = 6,
                    first: list[str] | None = None) -> tuple[list[Evidence], float]:
    """The units that answer best, and the confidence (the best unit's score); provisions in `first` (named
    by the question) lead."""
    pool: list[_Candidate] = []
    words = question_words(q)
    # The words the question names headings by: its own, and for each glossary term it uses the law's first word
    # for it ("le comité": "Board", as an English question says it — not "European Board for Digital Services",
    # which would name the Board's own article as the answer)
    first_terms, _ = translations(q.text, per_term=1) if q.language == "fr" else ([], [])
    asked = " ".join(re.findall(r"\w+", fold(" ".join([q.text, *first_terms] if q.language == "fr"
                                                      else [q.text, q.en_query]))))
    unit_kind = kind_units().get(q.kind)  # "… shall be taken into account …" for "what is taken into account"
    answers_kind = kind_headings().get(q.kind)  # "Entry into force and application" for "from when does … apply"
    rare = rarity(index)
    of_what = asked_of(q) if "duty" in q.fact_kinds else None
    outright = q.kind in answered_by_heading() and bool(q.sources)
    by_kind_heading: set[str] = set()
    # The unit that uses the question's own phrase ("not in conformity": Art. 20(1) AI Act, not Art. 25's "shall be
    # considered to be a provider") says what it asks, the more so the fewer provisions use the phrase; a phrase as
    # many use ("child pornography": thirteen) names the subject, not what is asked of it.
    phrases = {ph: 1 - len(holders) / PHRASE_FEW
               for ph, holders in specific_phrases(index, q.text, fold(" ".join((*q.instrument_names, *q.absent)))).items()
               if 0 < len(holders) < PHRASE_FEW}
    headed = named_headings(asked, [h.provision for h in hits])
    body_tasks: set[str] = set()  # "Tasks of the Board", when the question asks the tasks of the Board it names
    if answers_kind is not None and q.kind in over_named() and hits:
        within = set(q.sources) or {hits[0].provision.source}
        body_tasks = {h.provision.id for h in hits if h.provision.source in within
                      and answers_kind.search(h.provision.heading)
                      and says_all(asked, answers_kind.sub("", h.provision.heading, 1))}
        if body_tasks:
            headed = {pid for pid in headed if index.provisions[pid].source not in within}
    for rank, h in enumerate(hits):
        facts = index.facts.get(h.provision.id, [])
        # the provision's offence, described in a phrase of the question, is what a unit punishing "this section"
        # punishes: 18 U.S.C. 2251(e) for its (a) "for the purpose of producing any visual depiction"
        whole = fold(h.provision.heading + " " + h.provision.text)
        phrased_provision = min(1.0, sum(w for ph, w in phrases.items() if ph in whole))
        kind_heading = answers_kind is not None and bool(answers_kind.search(h.provision.heading))
        titled = HEADING_WEIGHT if (h.provision.id in headed or kind_heading) else 0.0
        if kind_heading and (outright and h.provision.source in q.sources or h.provision.id in body_tasks):
            # "From when do the prohibitions of the AI Act apply?": its "Entry into force and application" article
            # answers, and leads, even though "Prohibited AI practices" names the subject word for word.
            first = [*(first or []), h.provision.id]
            by_kind_heading.add(h.provision.id)
        for u in units(h.provision.text):
            inside = [f for f in facts if u.start <= f.start and f.end <= u.end]
            c = _Candidate(h, rank, u, inside)
            # a duty of another than the actor asked ("The provider … shall ensure …" for "What must the Commission
            # do …?") is not the kind of fact asked for
            asked_facts = [f for f in inside if not (of_what and f.kind == "duty" and other_holder(f.subject, of_what))]
            # The unit's own heading named by the question ("sue for damages" ~ "(f) Civil Remedies.—") picks it
            # among its provision's units as the provision's heading picks the provision.
            own = UNIT_HEADING.match(u.text)
            titled_unit = HEADING_WEIGHT if own and says_heading(asked, own.group(1)) else 0.0
            folded = WITHOUT.sub(" ", fold(u.text))
            phrased = min(1.0, sum(w for ph, w in phrases.items() if ph in folded))
            if inside and PUNISHES_ITS_OWN.search(u.text):
                phrased = max(phrased, phrased_provision)
            c.score = (0.25 * _overlap(words, fold(u.text + named_parts(u.text, h.provision, index)), rare) + titled
                       + titled_unit + RANK_WEIGHT / (1 + rank) + fact_bonus(q, asked_facts, whole)
                       + (DENIED_DUTY if phrased and "duty" in q.fact_kinds and not inside
                          and (DENIES.search(u.text) or OPENS_DENYING.match(u.text)) else 0.0)
                       + PHRASE_WEIGHT * phrased
                       + (KIND_UNIT_WEIGHT if unit_kind is not None and unit_kind.search(u.text) else 0.0)
                       + (DUTY_OF_WEIGHT if of_what and not any(f.kind == "duty" for f in inside)
                          and duty_of(u.text, of_what) else 0.0)
                       - (0.08 if len(u.text) < 60 else 0.0))
            pool.append(c)
    if not pool:
        return [], 0.0
    same_bound(pool, q)
    pool.sort(key=lambda c: -c.score)
    dense = pool[:EMBED_CANDIDATES]
    # The best unit of each top provision and of each provision the question names is always read, so
    # neither can drop out before the model has seen it.
    must = {h.provision.id for h in hits[:READ_ALWAYS]} | set(first or [])
    for pid in must:
        best = next((c for c in pool if c.hit.provision.id == pid), None)
        if best is not None and best not in dense:
            dense.append(best)
    q_vec = np.asarray(embed_query(index.config, q.en_query))
    vecs = _unit_vectors(dense, index)
    sims = vecs @ q_vec / (np.linalg.norm(vecs, axis=1) * np.linalg.norm(q_vec) + 1e-9)
    for c, sim in zip(dense, sims):
        c.score += float(sim)
    for c in dense:
        # What the law provides is the law in force: a bill amending the statute asked about (the ENFORCE Act's
        # sections on 18 U.S.C. 2252A) leads only when the question names it.
        p = c.hit.provision
        if p.status.startswith("bill") and p.source not in q.sources:
            c.score -= BILL_WEIGHT
    if set(q.fact_kinds) & PENALTY_KINDS:
        penalty.lists_whole(dense, pool)
    if q.kind in ("maximum", "penalty"):
        penalty.favour_highest(dense, q)
    if q.kind == "penalty":
        penalty.offence_before_its_cases(dense, q, index)
    if q.kind == "minimum":
        penalty.favour_floor(dense)
    general_first(dense, q, index)
    rule_before_special_case(dense, q)
    class_asked(dense, q)
    greatest_limit(dense, q)
    not_the_other_side(dense, q)
    cited_over_pointer(dense, q)
    defined_over_reference(dense)
    articles_over_recitals(dense)
    operative_over_definitions(dense, q)
    not_what_is_excluded(dense, q)
    not_whom_it_excludes(dense, q)
    actor_acts(dense, q)
    who_acts(dense, q)
    asked_object(dense, q)
    special_case_asked(dense, q, index)
    asked_category(dense, q)
    on_the_subject(dense, q)
    scored = sorted(dense, key=lambda c: -c.score)
    confidence = scored[0].score
    chosen: list[_Candidate] = []
    per: dict[str, int] = {}

    def overlaps(c: _Candidate) -> bool:
        return any(o.hit is c.hit and o.unit.start < c.unit.end and c.unit.start < o.unit.end for o in chosen)

    def take(c: _Candidate) -> None:
        chosen.append(c)
        per[c.hit.provision.id] = per.get(c.hit.provision.id, 0) + 1

    # A provision the question names answers it, however little its words share with the question's.
    for pid in first or []:
        best = next((c for c in scored if c.hit.provision.id == pid), None)
        if best is not None:
            take(best)
        if pid in by_kind_heading:
            # An "Entry into force and application" article answers with its two best units: the date asked
            # about and the general one ("It shall apply from 2 August 2026").
            more = next((c for c in scored if c.hit.provision.id == pid and c not in chosen and not overlaps(c)), None)
            if more is not None:
                take(more)
    # The best unit of each of the top provisions, so the answer spans what retrieval ranked highest; then
    # the best remaining units.
    for h in hits[:3]:
        best = next((c for c in scored if c.hit is h), None)
        if best and best not in chosen and best.score >= max(SENTENCE_FLOOR, confidence - 0.25):
            take(best)
    # The top provision's own answer: "When must the Secretary of State review …?" is answered by s. 178(2)'s "before
    # the end of the period of five years", not by a time limit of another section whose words scored higher.
    wanted = set(q.fact_kinds)
    if wanted and hits:
        lead = hits[0].provision.id

        def states(c: _Candidate) -> bool:
            return bool({f.kind for f in c.facts} & wanted)
        if not any(c.hit.provision.id == lead and states(c) for c in chosen):
            own = next((c for c in scored if c.hit.provision.id == lead and states(c) and c not in chosen
                        and not overlaps(c) and c.score >= SENTENCE_FLOOR), None)
            if own is not None:
                take(own)
    # A failure the question names that is itself an offence ("What can Ofcom do if a platform ignores an information
    # notice?": s. 109(1) OSA) answers it as much as the powers do, whichever provision retrieval ranked first.
    for kind in wanted & CONSEQUENCE_KINDS:
        if not any(kind in {f.kind for f in c.facts} for c in chosen):
            said = next((c for c in sorted(pool, key=lambda c: -c.score) if kind in {f.kind for f in c.facts}
                         and not overlaps(c) and c.score >= SENTENCE_FLOOR), None)
            if said is not None:
                take(said)
    for c in scored:
        if len(chosen) >= max_quotes or c.score < max(SENTENCE_FLOOR, confidence - 0.15):
            break
        if c in chosen or per.get(c.hit.provision.id, 0) >= per_provision or overlaps(c):
            continue
        take(c)
    # A penalty found in a provision brings its variants (the aggravated case, the repeat offender), and an
    # aggravated penalty the base one it raises ("La peine … est portée à sept ans … lorsque …" needs "Le chantage
    # est puni de cinq ans …"), shown first.
    if set(q.fact_kinds) & PENALTY_KINDS:
        # the best quote's variants first: the room left is taken by what answers best (art. 223-6 al. 3's raised
        # penalty needs al. 1's "cinq ans", before art. 221-20's variants fill the answer)
        for c in sorted(chosen, key=lambda c: -c.score):
            penalties = [f for f in c.facts if f.kind in PENALTY_KINDS]
            if not penalties:
                continue
            raised = all(f.aggravated for f in penalties)  # "portée à …": a raised penalty, not a conditional one
            # (for "what is the penalty", the offence's own penalty also comes before a case of it: "La rébellion est
            # punie de deux ans" before "La rébellion commise en réunion est punie de trois ans", art. 433-7)
            cased = q.kind == "penalty" and all(f.condition or f.aggravated for f in penalties)
            for other in pool:
                theirs = [f for f in other.facts if f.kind in PENALTY_KINDS]
                if (other.hit is c.hit and other in chosen and theirs and (
                        raised and not any(f.aggravated for f in theirs)
                        or cased and not any(f.condition or f.aggravated for f in theirs))):
                    # the base penalty, already chosen on its own score, still comes before the one raising it
                    other.score = max(other.score, c.score + 0.001)
                    continue
                if other.hit is not c.hit or other in chosen or overlaps(other) or len(chosen) >= max_quotes + 2:
                    continue
                if any(f.condition or f.aggravated for f in theirs):
                    other.score = max(other.score, c.score - 0.01)
                    take(other)
                elif raised and theirs:
                    other.score = max(other.score, c.score + 0.001)
                    take(other)
    named = set(first or [])
    # what the question names leads, in the order it is named ([the attempt article, its offence])
    place = {pid: i for i, pid in reversed(list(enumerate(first or [])))}
    # … or when every channel (at least four) ranks it first: "la liste des services émergents de catégorie 1" is
    # s. 97 OSA for all five, though its fused score leads s. 95's by little
    unanimous = len(hits[0].ranks) >= UNANIMOUS and set(hits[0].ranks.values()) == {1} if hits else False
    led = hits[0].provision.id if len(hits) > 1 and (hits[0].score >= SEARCH_LEAD * hits[1].score or unanimous) \
        else None
    if led and (rules_out(q, hits[0].provision.text) or opposite(q.text, hits[0].provision.text)):
        led = None  # retrieval's first has the quality the question rules out ("when it is not sexual")
    if led and q.kind == "penalty" and _punishes_nothing(led, chosen):
        led = None  # "Quelle est la peine encourue pour rébellion ?": art. 433-6 says what it is, art. 433-7 the penalty
    chosen.sort(key=lambda c: (c.hit.provision.id not in named, place.get(c.hit.provision.id, 0),
                               c.hit.provision.id != led, -c.score))
    evidence = []
    for c in chosen:
        quote = c.unit.text
        # what the question names (or the attempt article answering it) is never merely related
        related = (bool(wanted) and not ({f.kind for f in c.facts} & wanted) and c.score < confidence - 0.05
                   and c.hit.provision.id not in named)
        evidence.append(Evidence(0, most_specific(quote, c.hit.provision, index), c.hit.provision, quote,
                                 c.score, c.facts, related, c.unit.cut))
    return evidence, confidence
