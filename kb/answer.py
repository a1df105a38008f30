"""Cited answers: analyse the question once, retrieve, choose the evidence units, and answer first with a
line built from the facts in the quotes, then the verbatim quotes themselves.

The default path uses no LLM. Every quote is a span of the cited provision's text and every cited id
resolves; when the evidence is too weak, or the question is about law the corpus does not hold, the answer
abstains and lists the nearest provisions instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import covering, direct
from .abstain import out_of_scope
from .citation import cite as cite_ref
from .crossrefs import cases_by_reference
from .errors import CitationError
from .evidence import Evidence, amounts_beside, select_evidence
from .facts import defines_asked_offence
from .penalty_offence import _asks_more_of
from .glossary import fold
from .index import Index, open_index
from .question import Question, analyse
from .registry import check_jurisdiction, load_sources
from .search import clean_query, search
from .types import Provision

# Calibrated on tests/data/questions.yaml (in-scope vs out-of-scope questions): see tests/test_answer.py.
ABSTAIN_BELOW = 0.42
JURISDICTION_NAMES = {"EU": "European Union", "UK": "United Kingdom", "FR": "France", "US": "United States"}
FOLLOW_UP = re.compile(r"^\s*(and|what about|how about|same|et|qu.en est-il|et pour|et en|et au|et aux|and in|and for)\b", re.I)


@dataclass
class Answer:
    question: str
    answer: str
    abstained: bool
    citations: list[Evidence]
    searched: dict = field(default_factory=dict)
    nearest: list[dict] = field(default_factory=list)
    confidence: float = 0.0
    removed: list[dict] = field(default_factory=list)
    direct: str = ""  # the answer line built from the facts in the quotes ("" when they state none)
    reason: str = ""  # why it abstained

    def to_dict(self) -> dict:
        d = {"question": self.question, "answer": self.answer, "direct": self.direct, "abstained": self.abstained,
             "citations": [c.to_dict() for c in self.citations], "confidence": round(self.confidence, 3),
             "searched": self.searched}
        if self.abstained:
            d["nearest"] = self.nearest
            d["reason"] = self.reason
        if self.removed:
            d["removed"] = self.removed
        return d


# ---------------------------------------------------------------- composition


def status_label(p: Provision) -> str:
    if p.status.startswith("bill"):
        return f"{p.status} — a bill, not law"
    return p.status


def compose(evidence: list[Evidence]) -> str:
    """Verbatim quotes, numbered, grouped by jurisdiction when several answer; the ones near the question
    but not stating what it asks for are labelled as related."""
    by_j: dict[str, list[Evidence]] = {}
    for e in evidence:
        by_j.setdefault(e.provision.jurisdiction, []).append(e)
    lines = []
    for j, items in by_j.items():
        if len(by_j) > 1:
            lines.append(f"{JURISDICTION_NAMES[j]}:")
        for e in items:
            p = e.provision
            related = "related, " if e.related else ""
            more = " […]" if e.cut else ""
            lines.append(f"[{e.n}] {p.citation} ({related}{status_label(p)}; as of {p.as_of}): “{e.quote}”{more}")
    return "\n".join(lines)


def _number(evidence: list[Evidence]) -> list[Evidence]:
    order = {"EU": 0, "UK": 1, "FR": 2, "US": 3}
    # Group by jurisdiction, keeping each group in order of relevance.
    firsts = {}
    for i, e in enumerate(evidence):
        firsts.setdefault(e.provision.jurisdiction, i)
    evidence = sorted(evidence, key=lambda e: (firsts[e.provision.jurisdiction], order[e.provision.jurisdiction]))
    for n, e in enumerate(evidence, 1):
        e.n = n
    return evidence


def _by_provision(evidence: list[Evidence], line: str, lead: str | None = None) -> tuple[list[Evidence], str]:
    """Within each jurisdiction, each provision's quotes together, in the order the provisions rank ("[1][2] art.
    226-8-1", not "[1][8]"); the direct line's markers follow the new numbers. `lead`: a provision that alone
    states the time limit, day or threshold asked for comes first (Art. 19's "at least six months", not Art. 12's
    logging duty that ranked above it)."""
    firsts: dict[str, int] = {}
    tops: dict[str, int] = {}
    if lead is not None:
        tops[lead] = -1
    for i, e in enumerate(evidence):
        firsts.setdefault(e.provision.jurisdiction, i)
        tops.setdefault(e.top.id, i)
    # Not before the provisions ranked above them: the line's provisions are not always the governing ones
    # (measured: promoting them lost 3 on-target first citations of 22 on questions2).
    ranked = sorted(enumerate(evidence), key=lambda ie: (firsts[ie[1].provision.jurisdiction],
                                                         tops[ie[1].top.id], ie[0]))
    renumber = {}
    out = []
    for n, (_, e) in enumerate(ranked, 1):
        renumber[e.n] = n
        e.n = n
        out.append(e)
    return out, re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m.group(1)), m.group(1))}]", line)


def _cited_ids(q: Question, index: Index) -> list[str]:
    """Provisions the question names explicitly ("what does Art. 34 DSA say?") are retrieved first."""
    ids = []
    for ref in q.references:
        try:
            ids.append(cite_ref(ref, index)["id"])
        except CitationError:
            continue
    return ids


def _covering_asked(q: Question, hits: list, index: Index) -> tuple[str, list[str]]:
    """(kind, [the covering article, the one carrying it to the offence's section if any, the code's general articles,
    the offence's]) when the question asks about an attempt or a company's liability and one of the first provisions
    found is an offence of the code."""
    penalty = q.kind in ("maximum", "minimum", "penalty")
    kinds = covering.asked(q.text)
    # one of the first offences found, or the offence the question names by the term its article defines ("… a
    # pimping offence … escape punishment by warning the authorities?": art. 225-5's proxénétisme, which the
    # question's other words keep out of the first hits); read once, and only when a covering kind is asked
    named = _named_offences(q, index) if kinds else []
    for kind in kinds:
        for pid in [h.provision.id for h in hits[:3]] + named:
            chain = covering.chain_of(kind, pid, index)
            # (an offence found only by the words the covering article says too is not asked about: "Can a company
            # be held criminally liable … for offences committed by its representatives?" found art. 433-26 by
            # "criminally liable … offences", and art. 433-25 answered for the general rule, art. 121-2; questions99)
            if chain and (pid in named or _offence_asked(q, pid, chain[0], index)) \
                    and not covering.states_kind(kind, _top_of(pid, index), index):
                return kind, [*chain, *covering.general(kind, index, chain[0], penalty), _top_of(pid, index)]
        # an offence of the code that no article of its own part covers so: the code's general articles answer
        # (legal persons are liable for any offence, art. 121-2, at five times the fine, art. 131-38)
        offence = next((h.provision for h in hits[:3] if h.provision.source == "fr-code-penal"
                        and h.provision.kind == "article"), None)
        rest = covering.general(kind, index, offence.id, penalty) if offence is not None else []
        if rest:
            return kind, [*rest, _top_of(offence.id, index)]
    return "", []


# a prison sentence asked for, in either language
SENTENCE_ASKED = re.compile(r"\b(?:sentences?|prison|imprisonment|jail|custodial|emprisonnement|réclusion|incarcération)\b",
                            re.I)


def _sentence_unstated(q: Question, evidence: list[Evidence]) -> str:
    """Why a question asking for a prison sentence is not answered by quotes that state only a regulator's caps:
    "What is the maximum sentence for controlling prostitution for gain in England?" found the OSA's list of priority
    offences (Sch. 7 para. 27, naming the Sexual Offences Act 2003) and Ofcom's £18 million (questions105's END run)."""
    if q.kind not in ("maximum", "minimum", "penalty") or not SENTENCE_ASKED.search(q.text):
        return ""
    kinds = {f.kind for e in evidence for f in e.facts}
    if "prison" in kinds or "cap" not in kinds:
        return ""
    return "it asks for a prison sentence, and the closest provisions state none, only a regulator's penalty caps"


def _offence_asked(q: Question, pid: str, covering_id: str, index: Index) -> bool:
    """The question uses a word (four letters or more) the offence's article says and the covering article does not."""
    offence, cover = index.top(pid) or index.provisions.get(pid), index.provisions.get(covering_id)
    if offence is None or cover is None:
        return False
    return _asks_more_of(q, fold(offence.heading + " " + offence.text), fold(cover.text), ignore=frozenset())


def _named_offences(q: Question, index: Index) -> list[str]:
    """The articles punishing an offence they define by a term the question asks whole (art. 225-5 for "pimping",
    through the glossary's "proxénétisme")."""
    return [pid for pid, facts in index.facts.items() if defines_asked_offence(facts, q.asked)]


CASE_WORDS = 2  # subject words the case's article says and the offence's does not: the case named, not one word shared


def _case_asked(q: Question, hits: list, index: Index) -> list[str]:
    """[the article punishing an offence found in the case the question names, the offence's] for a penalty question:
    of the first offences found, one whose article another punishes by reference (crossrefs.cases_by_reference) in
    words of the question the offence's own article does not use ("particulièrement vulnérable", "plusieurs
    personnes")."""
    if q.kind not in ("maximum", "minimum", "penalty"):
        return []
    cases = cases_by_reference(index)
    for h in hits[:3]:
        offence = index.top(h.provision.id) or h.provision
        own = fold(offence.text)
        for cid in cases.get(offence.id, []):
            said = fold(index.provisions[cid].text)
            if sum(1 for w in q.subject if not q.covers(w, own) and q.covers(w, said)) >= CASE_WORDS:
                return [cid, offence.id]
    return []


# "add … to Annex III", "amend Annex III", "l'ajout de … à l'annexe III", "modifier l'annexe III": a list acted on
ACTED_ON = re.compile(r"(?:\b(?:amend\w*|modif\w*|updat\w*|add\w*\b[^?]{0,60}?\bto|remov\w*\b[^?]{0,60}?\bfrom|ajout\w*\b[^?]{0,60}?"
                      r"\b(?:à|a)|retir\w*\b[^?]{0,60}?\bde)\s+(?:the\s+|l['’]\s*|la\s+|le\s+)?(?:list\s+in\s+)?)$", re.I)


def _acted_on(text: str, ref: str) -> bool:
    """An annex or schedule the question names as what is added to, amended or removed from."""
    at = text.find(ref)
    return at >= 0 and re.match(r"(?:annex|annexe|schedule)\b", ref, re.I) is not None \
        and ACTED_ON.search(text[:at]) is not None


def _top_of(pid: str, index: Index) -> str:
    p = index.top(pid)
    return p.id if p else pid


def ask(question: str, jurisdiction: str | None = None, index: Index | None = None, k: int = 6,
        llm: bool = False) -> Answer:
    index = index or open_index()
    config = index.config
    question = clean_query(question, config)
    jurisdiction = check_jurisdiction(jurisdiction)
    q = analyse(question, config)
    asked_ids = _cited_ids(q, index)
    boost = asked_ids
    hits = search(question, k=k, jurisdiction=jurisdiction, index=index, boost=boost, question=q)
    kind, covered = _covering_asked(q, hits, index)
    if covered:
        # "Is an attempt to … punishable?", "Can a company be held liable for …?": the article that punishes the
        # attempt at the offence found, or makes legal persons liable for it, answers, with the offence's own
        # article (whose penalties it takes over) after it.
        boost = [*boost, *covered]
        hits = search(question, k=k, jurisdiction=jurisdiction, index=index, boost=boost, question=q)
    case = _case_asked(q, hits, index) if not covered else []
    if case:
        # "Quelle peine pour un bizutage commis sur une personne particulièrement vulnérable ?": the article punishing
        # the offence found in the case the question names answers, with the offence's own article after it
        boost = [*boost, *case]
        hits = search(question, k=k, jurisdiction=jurisdiction, index=index, boost=boost, question=q)
    attempt = covered if kind == "attempt" else []
    searched = {"jurisdiction": jurisdiction or (sorted(q.jurisdictions) if q.jurisdictions else "all"),
                "instruments": sorted(q.sources) or "all", "kind": q.kind, "language": q.language,
                "provisions_considered": [h.provision.id for h in hits]}
    nearest = [{"id": h.provision.id, "citation": h.provision.citation, "url": h.provision.url} for h in hits[:5]]
    # "By when must the Commission report on … adding areas to Annex III?": a list the question names as what an
    # actor changes or reports on is the object of the provision asked about, not that provision
    acted_on = {_top_of(pid, index) for ref, pid in zip(q.references, asked_ids) if _acted_on(q.text, ref)} \
        if len(asked_ids) == len(q.references) else set()
    named_tops = [top for pid in boost if (top := _top_of(pid, index)) not in acted_on]
    evidence, confidence = select_evidence(q, hits, index, first=named_tops)
    if asked_ids or (q.sources and evidence and evidence[0].top.source in q.sources):
        # A question about a provision or an instrument it names is answerable by it (not one about the provisions
        # covering what it found: "l'impôt sur les sociétés" names no offence a company is liable for).
        confidence = max(confidence, ABSTAIN_BELOW)
    reason = out_of_scope(q, evidence, bool(asked_ids), config, index) if evidence else "nothing relevant was retrieved"
    if not reason and confidence < ABSTAIN_BELOW:
        reason = "the closest provisions do not answer it closely enough"
    if not reason:
        reason = _sentence_unstated(q, evidence)
    if reason:
        scope = searched["jurisdiction"] if isinstance(searched["jurisdiction"], str) else ", ".join(searched["jurisdiction"])
        text = (f"The corpus does not support an answer to this question ({reason}; searched: {scope} law in "
                f"{len(load_sources(config))} instruments). Nearest provisions: "
                + "; ".join(n["citation"] for n in nearest[:3]) + ".")
        return Answer(question, text, True, [], searched, nearest, confidence, reason=reason)
    if case and evidence:
        # the case asked answers for its jurisdiction: its figures lead the line, the offence's own come as related
        best = max(e.score for e in evidence)
        evidence = [replace(e, score=best + 0.05) if e.top.id == case[0] else e for e in evidence]
    evidence = _number(amounts_beside(evidence, index))
    if llm:
        from .llm import llm_answer

        return llm_answer(question, evidence, index, searched, confidence)
    # An attempt is punished as the offence is: the line states the offence's penalties, not a neighbour's. A legal
    # person is not: its fine is another's (art. 131-38) and no prison term is its, so the offence's figures are not
    # stated as what a company incurs; the article making it liable is quoted first.
    said = ([e for e in evidence if e.top.id in attempt] if attempt
            else [e for e in evidence if e.top.id in covered[:-1]] if covered else evidence)
    line = direct.line(q, said)
    if line and not direct.verified(line, evidence):
        line = ""  # a figure not in the quotes it cites is never shown
    if line:
        # The line names the governing provisions ([n]); in the jurisdictions it answers for, the other quotes
        # (the sexual-exhibition article beside the deepfake one) are labelled related, not offered as answers.
        cited = {int(n) for n in re.findall(r"\[(\d+)\]", line)}
        governing = {e.top.id for e in evidence if e.n in cited} | set(attempt)
        answered = {e.provision.jurisdiction for e in evidence if e.n in cited}
        for e in evidence:
            if e.top.id not in governing and e.provision.jurisdiction in answered:
                e.related = True
        # Not for penalties or duties: the line's provisions are not always the governing ones (below)
        alone = next(iter(governing)) if len(governing) == 1 and set(q.fact_kinds) <= direct.ONE_PROVISION_KINDS \
            else None
        evidence, line = _by_provision(evidence, line, alone)
    body = compose(evidence)
    return Answer(question, f"{line}\n\n{body}" if line else body, False, evidence, searched, nearest, confidence,
                  direct=line)


# ---------------------------------------------------------------- conversation


@dataclass
class Conversation:
    """Keeps what a follow-up needs: "and in France?" reuses the previous question with a new scope."""

    jurisdiction: str | None = None
    history: list[tuple[str, Answer]] = field(default_factory=list)

    def resolve(self, question: str, index: Index) -> tuple[str, str | None]:
        question = clean_query(question, index.config)
        if not self.history:
            return question, self.jurisdiction
        named_j = analyse(question, index.config).jurisdictions
        content = [w for w in re.findall(r"\w{4,}", question) if fold(w) not in _FOLLOW_UP_WORDS]
        if FOLLOW_UP.match(question) or len(content) <= 2:
            previous = self.history[-1][0]
            jurisdiction = sorted(named_j)[0] if len(named_j) == 1 else self.jurisdiction
            return previous, jurisdiction
        return question, self.jurisdiction

    def ask(self, question: str, index: Index | None = None, llm: bool = False) -> Answer:
        index = index or open_index()
        effective, jurisdiction = self.resolve(question, index)
        answer = ask(effective, jurisdiction=jurisdiction, index=index, llm=llm)
        answer.searched["asked"] = question
        self.history.append((effective, answer))
        if jurisdiction:
            self.jurisdiction = jurisdiction
        return answer


_FOLLOW_UP_WORDS = {fold(w) for w in ["what", "about", "same", "that", "then", "there", "dans", "pour", "quen", "est-il",
                                       "france", "united", "kingdom", "states", "europe", "royaume", "etats", "unis",
                                       "britain", "england", "american", "french", "british"]}
