"""Cited answers: analyse the question once, retrieve, choose the evidence units, and answer first with a
line built from the facts in the quotes, then the verbatim quotes themselves.

The default path uses no LLM. Every quote is a span of the cited provision's text and every cited id
resolves; when the evidence is too weak, or the question is about law the corpus does not hold, the answer
abstains and lists the nearest provisions instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import covering, crossrefs, direct, scope
from .citation import cite as cite_ref
from .config import Config
from .errors import CitationError
from .evidence import Evidence, select_evidence
from .facts import PENALTY_KINDS
from .glossary import concepts, fold
from .index import Index, open_index
from .names import find_names
from .question import Question, analyse, scope as question_scope
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
    for kind in covering.asked(q.text):
        for h in hits[:3]:
            chain = covering.chain_of(kind, h.provision.id, index)
            if chain:
                return kind, [*chain, *covering.general(kind, index, chain[0], penalty),
                              _top_of(h.provision.id, index)]
        # an offence of the code that no article of its own part covers so: the code's general articles answer
        # (legal persons are liable for any offence, art. 121-2, at five times the fine, art. 131-38)
        offence = next((h.provision for h in hits[:3] if h.provision.source == "fr-code-penal"
                        and h.provision.kind == "article"), None)
        rest = covering.general(kind, index, offence.id, penalty) if offence is not None else []
        if rest:
            return kind, [*rest, _top_of(offence.id, index)]
    return "", []


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


def _absent_named(text: str, config: Config) -> set[str]:
    """The instruments the corpus lacks that `text` names, by any of their names (names.yaml `absent`, by note)."""
    return {n.absent["note"] for n in find_names(text, config) if n.absent}


def _named_by(q: Question, word: str, evidence: list[Evidence]) -> bool:
    """An out-of-field word inside a longer name that the cited provisions use is that name, not the field:
    "the European Data Protection Supervisor" (AI Act Art. 100) is not a data-protection question. The name is
    the word with a neighbouring word as the question writes it, or a glossary term of the phrase holding it
    ("Contrôleur européen de la protection des données")."""
    texts = fold(" ".join(e.top.text + " " + e.top.heading for e in evidence))
    w = re.escape(fold(word))
    _, generic = question_scope()
    names = [m.group(0) for m in re.finditer(rf"\b(\w{{3,}}) {w}\b|\b{w} (\w{{3,}})\b", fold(q.text))
             if (m.group(1) or m.group(2)) not in generic]
    names += [fold(t) for span, terms in concepts(q.text) if fold(word) in fold(span)
              for t in terms if " " in t and len(t) > len(word) + 3]
    return any(len(n.split()) > len(word.split()) and n in texts for n in names)


SAID_WHOLE = 5  # subject words a question needs before all of them in one quote outweigh the semantic scope test
# (4 let "la durée légale du travail hebdomadaire" in: its four words are in one Code pénal quote)


def out_of_scope(q: Question, evidence: list[Evidence], named: bool, config: Config | None = None,
                 index: Index | None = None) -> str:
    """Why the evidence does not speak to the question, or "": it is about another country's law; it uses a
    field of law the corpus does not hold ("VAT") that no quote uses; or none of its subject words, in either
    language, is in the quotes or their headings."""
    if q.elsewhere:
        return "the question is about a legal system the corpus does not hold"
    if named:
        return ""
    seen = fold(" ".join(e.quote + " " + e.top.heading + " " + " ".join(e.top.path[-1:]) for e in evidence))
    # A word naming an instrument the corpus lacks ("GDPR", "RGPD") is answered by a quote naming it however it
    # writes it: art. 226-22-1 punishes transfers "en violation du chapitre V du règlement (UE) 2016/679"
    cfg = config or Config()
    quoted = _absent_named("\n".join(e.quote for e in evidence if not e.related), cfg) if q.outside or q.absent else set()
    in_quotes = lambda word: bool(quoted) and bool(quoted & _absent_named(word, cfg))  # noqa: E731
    # a field's word inside a glossary phrase of the question is covered by the phrase's counterpart in a quote:
    # "working or housing conditions" by art. 225-14's "conditions de travail ou d'hébergement"
    phrased = lambda word: any(fold(word) in said and any(fold(t) in seen for t in terms)  # noqa: E731
                               for said, terms in concepts(q.text))
    # a penalty asked for, and a quote that punishes what the word names ("la pension alimentaire" unpaid: art. 227-3
    # punishes not paying "une pension"): the criminal side of the field is the corpus's
    asks_penalty = q.kind in ("penalty", "maximum") and bool(q.outside)
    punished = " ".join(fold(e.quote) for e in evidence if not e.related
                        and any(f.kind in PENALTY_KINDS for f in e.facts)) if asks_penalty else ""
    penal = lambda word: asks_penalty and any(  # noqa: E731
        len(w) >= 5 and re.search(rf"\b{re.escape(w)}\b", punished) for w in fold(word).split()[:1])
    missing = [w for w in q.outside if fold(w) not in seen and not _named_by(q, w, evidence) and not in_quotes(w)
               and not phrased(w) and not penal(w)]
    if missing:
        return f"the corpus does not cover {', '.join(missing)}"
    # The field's word in a quote is not the question's subject there: "a refund if a concert is cancelled" is
    # not answered by OFCOM's refund of fees (OSA Sch. 10) unless a quote also speaks of what is refunded.
    field_words = {w for o in q.outside for w in re.findall(r"[^\W\d_]{4,}", fold(o))}
    rest = [w for w in q.subject if w not in field_words and not any(w.startswith(f) for f in field_words)]
    if q.outside and not q.sources and rest and not any(q.covers(w, seen) for w in rest):
        return f"the corpus does not cover {', '.join(q.outside)}"
    if q.sources & {e.top.source for e in evidence}:
        return ""  # the instrument it names answers: that is its subject
    # A quote shown only as related that names the Act in passing ("prohibited by … the Investigatory Powers
    # Act 2016") does not hold it.
    stated = fold(" ".join(e.quote for e in evidence if not e.related))
    unheld = [a for a in q.absent if fold(a) not in stated and not in_quotes(a)]
    if unheld and not q.sources:
        # "Does the EU Data Act …": about an instrument the corpus lacks, unless a quote speaks of it (OSA s. 188
        # inserts s. 66B into the Sexual Offences Act 2003).
        return f"the question is about {', '.join(unheld)}, which the corpus does not hold"
    # "Must Ofcom produce a report on children's use of app stores?": every word of its subject in one quote
    # ("OFCOM must produce a report about the use of app stores by children", s. 161 OSA) is the law's own subject,
    # however its words are ordered
    said_whole = len(q.subject) >= SAID_WHOLE and any(
        all(q.covers(w, fold(e.quote)) for w in q.subject) for e in evidence if not e.related)
    if (config is not None and not q.sources and not q.references and not said_whole
            and scope.echo(q, [e.top.text for e in evidence]) < scope.ECHO and scope.outside(q, config, index)):
        return "the question is closer to questions outside these four bodies of law than to those they answer"
    # A list entry naming another Act's offence ("An offence under … the Crossbows Act 1987— (a) section 1 (sale
    # and letting on hire of crossbow)") speaks of that Act in its words; of its own subject only by its heading.
    def held(name: str) -> bool:
        return config is None or any(n.source for n in find_names(name, config))

    pointers = {e.top.id: act for e in evidence if (act := crossrefs.other_acts_offence(e.quote, held))}

    def said(e: Evidence) -> str:
        return e.top.heading if e.top.id in pointers else e.quote + " " + e.top.heading

    # Subject words are compared with quotes in the question's own language; across languages only the
    # glossary links words, and its silence is not evidence of anything.
    same = fold(" ".join(said(e) for e in evidence if e.top.language == q.language))
    best = max(evidence, key=lambda e: e.score, default=None)
    if best is not None and best.top.language != q.language:
        # The best answer is in the other language: the silence of the weaker same-language quotes says nothing,
        # but a question tied to no jurisdiction whose subject no quote uses, in either language or through the
        # glossary ("syndic de copropriété" answered with the AI Act's transparency duties), is not the corpus's.
        every = fold(" ".join(said(e) for e in evidence))
        if not q.jurisdictions and q.subject and not any(q.covers(w, every) for w in q.subject):
            return _unspoken(q, evidence, pointers)
        return ""
    if same and q.subject and not any(q.covers(w, same) for w in q.subject):
        return _unspoken(q, evidence, pointers)
    return ""


def _unspoken(q: Question, evidence: list[Evidence], pointers: dict[str, str]) -> str:
    """Why no quote speaks to the subject: none does, or only a list entry naming another Act's offence does (the
    corpus holds the Crossbows Act 1987 only as a priority offence of the Online Safety Act)."""
    for e in evidence:
        if e.top.id in pointers and any(q.covers(w, fold(e.quote)) for w in q.subject):
            return (f"the corpus holds the {pointers[e.top.id]} only as an offence listed in {e.top.citation}, "
                    "not its text")
    return "no provision found speaks to the subject of the question"


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
    if reason:
        scope = searched["jurisdiction"] if isinstance(searched["jurisdiction"], str) else ", ".join(searched["jurisdiction"])
        text = (f"The corpus does not support an answer to this question ({reason}; searched: {scope} law in "
                f"{len(load_sources(config))} instruments). Nearest provisions: "
                + "; ".join(n["citation"] for n in nearest[:3]) + ".")
        return Answer(question, text, True, [], searched, nearest, confidence, reason=reason)
    evidence = _number(evidence)
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
