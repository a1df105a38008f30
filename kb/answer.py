"""Cited answers: retrieve, choose the evidence sentences, compose an answer from verbatim quotes.

The default path uses no LLM. Every quote is a substring of the cited provision's text and every cited id
resolves; when the evidence is too weak the answer abstains and lists the nearest provisions instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .chunk import SENTENCE_END
from .citation import _all_cites, cite as cite_ref
from .embed import embedder
from .errors import CitationError
from .glossary import expand, fold, translations
from .hints import OTHER_COUNTRIES, hints
from .index import Index, open_index
from .registry import check_jurisdiction, load_sources
from .search import clean_query, search
from .types import Hit, Provision

# Calibrated on tests/data/questions.yaml (in-scope vs out-of-scope questions): see tests/test_answer.py.
ABSTAIN_BELOW = 0.42
SENTENCE_FLOOR = 0.30
MAX_QUOTE = 600
JURISDICTION_NAMES = {"EU": "European Union", "UK": "United Kingdom", "FR": "France", "US": "United States"}
FOLLOW_UP = re.compile(r"^\s*(and|what about|how about|same|et|qu.en est-il|et pour|et en|et au|et aux|and in|and for)\b", re.I)


@dataclass
class Evidence:
    n: int
    provision: Provision  # the most specific provision holding the quote
    top: Provision
    quote: str
    score: float

    def to_dict(self) -> dict:
        p = self.provision
        return {"n": self.n, "id": p.id, "citation": p.citation, "quote": self.quote, "url": p.url,
                "as_of": p.as_of, "status": p.status, "jurisdiction": p.jurisdiction}


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

    def to_dict(self) -> dict:
        d = {"question": self.question, "answer": self.answer, "abstained": self.abstained,
             "citations": [c.to_dict() for c in self.citations], "confidence": round(self.confidence, 3),
             "searched": self.searched}
        if self.abstained:
            d["nearest"] = self.nearest
        if self.removed:
            d["removed"] = self.removed
        return d


# ---------------------------------------------------------------- evidence


def sentences(text: str) -> list[str]:
    """The provision's sentences, each an exact substring of `text`."""
    out = []
    for line in text.split("\n"):
        for s in SENTENCE_END.split(line):
            s = s.strip()
            if len(s) >= 40:
                out.append(_trim(s))
    return out


def _trim(s: str) -> str:
    """An over-long sentence is cut at a clause boundary; the quote stays a verbatim prefix."""
    if len(s) <= MAX_QUOTE:
        return s
    cut = max(s.rfind(";", 0, MAX_QUOTE), s.rfind(",", 0, MAX_QUOTE))
    return s[:cut + 1] if cut > 200 else s[:MAX_QUOTE].rsplit(" ", 1)[0]


def _most_specific(quote: str, top: Provision, index: Index) -> Provision:
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


def _cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return b @ a / (np.linalg.norm(b, axis=1) * np.linalg.norm(a) + 1e-9)


def _question_words(question: str) -> set[str]:
    """The question's content words with their glossary translations, folded."""
    en_q, fr_q = expand(question)
    return {w for w in re.findall(r"\w{4,}", fold(en_q + " " + fr_q))}


def _lexical_overlap(words: set[str], sentence: str) -> float:
    """Share of the question's words found in the sentence."""
    if not words:
        return 0.0
    sent = fold(sentence)
    return sum(1 for w in words if w[:6] in sent) / len(words)


def _embeddable(sentence: str, language: str) -> str:
    """French sentences carry their glossary English terms, as chunks do, for the English-only model."""
    if language == "en":
        return sentence
    to_en, _ = translations(sentence, per_term=1)
    return f"{sentence} [{'; '.join(dict.fromkeys(to_en))}]" if to_en else sentence


def select_evidence(question: str, hits: list[Hit], index: Index, per_provision: int = 2,
                    max_quotes: int = 6, first: list[str] | None = None) -> tuple[list[Evidence], float]:
    """The sentences that answer best; provisions in `first` (named by the question) lead."""
    model = embedder(index.config)
    pool = [(h, s) for h in hits for s in sentences(h.provision.text)]
    if not pool:
        return [], 0.0
    q_vec = np.asarray(model.get_query_embedding(expand(question)[0]))
    s_vecs = np.asarray(model.get_text_embedding_batch([_embeddable(s, h.provision.language) for h, s in pool]))
    sims = _cosine(q_vec, s_vecs)
    words = _question_words(question)
    scored = []
    for (h, s), sim in zip(pool, sims):
        rank_bonus = 0.1 / (1 + hits.index(h))
        # A chapeau ending in a dash or colon announces a list; on its own it answers nothing.
        dangling = 0.1 if s.rstrip().endswith(("—", ":", "-")) else 0.0
        scored.append((float(sim) + 0.25 * _lexical_overlap(words, s) + rank_bonus - dangling, h, s))
    scored.sort(key=lambda x: -x[0])
    confidence = scored[0][0]
    chosen, per = [], {}

    def take(item):
        chosen.append(item)
        per[item[1].provision.id] = per.get(item[1].provision.id, 0) + 1

    # First the best sentence of each of the top retrieved provisions, so the answer spans what retrieval
    # ranked highest rather than several sentences of one provision; then the best remaining sentences.
    for h in hits[:3]:
        best = next((x for x in scored if x[1] is h), None)
        if best and best[0] >= max(SENTENCE_FLOOR, confidence - 0.25):
            take(best)
    for item in scored:
        score, h, _ = item
        if len(chosen) >= max_quotes or score < max(SENTENCE_FLOOR, confidence - 0.15):
            break
        if item in chosen or per.get(h.provision.id, 0) >= per_provision:
            continue
        take(item)
    named = set(first or [])
    chosen.sort(key=lambda x: (x[1].provision.id not in named, -x[0]))
    evidence = [Evidence(0, _most_specific(s, h.provision, index), h.provision, s, score) for score, h, s in chosen]
    return evidence, confidence


# ---------------------------------------------------------------- composition


def status_label(p: Provision) -> str:
    if p.status.startswith("bill"):
        return f"{p.status} — a bill, not law"
    return p.status


def compose(evidence: list[Evidence]) -> str:
    """Verbatim quotes, numbered, grouped by jurisdiction when several answer."""
    by_j: dict[str, list[Evidence]] = {}
    for e in evidence:
        by_j.setdefault(e.provision.jurisdiction, []).append(e)
    lines = []
    for j, items in by_j.items():
        if len(by_j) > 1:
            lines.append(f"{JURISDICTION_NAMES[j]}:")
        for e in items:
            p = e.provision
            lines.append(f"[{e.n}] {p.citation} ({status_label(p)}; as of {p.as_of}): “{e.quote}”")
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


def _cited_ids(question: str, index: Index) -> list[str]:
    """Provisions the question names explicitly ("what does Art. 34 DSA say?") are retrieved first."""
    ids = []
    for c in _all_cites(question, index.config):
        try:
            r = cite_ref(c.text, index)
            ids.append(r["id"])
        except CitationError:
            continue
    return ids


def _top_of(pid: str, index: Index) -> str:
    p = index.provisions.get(pid)
    while p is not None and p.parent:
        p = index.provisions.get(p.parent)
    return p.id if p else pid


def ask(question: str, jurisdiction: str | None = None, index: Index | None = None, k: int = 6,
        llm: bool = False) -> Answer:
    index = index or open_index()
    config = index.config
    question = clean_query(question, config)
    jurisdiction = check_jurisdiction(jurisdiction)
    boost = _cited_ids(question, index)
    hits = search(question, k=k, jurisdiction=jurisdiction, index=index, boost=boost)
    named_j, named_s = hints(question, config)
    searched = {"jurisdiction": jurisdiction or (sorted(named_j) if named_j else "all"),
                "instruments": sorted(named_s) or "all", "provisions_considered": [h.provision.id for h in hits]}
    nearest = [{"id": h.provision.id, "citation": h.provision.citation, "url": h.provision.url} for h in hits[:5]]
    named_tops = [_top_of(pid, index) for pid in boost]
    evidence, confidence = select_evidence(question, hits, index, first=named_tops)
    if boost:
        confidence = max(confidence, ABSTAIN_BELOW)  # a question about a named provision is answerable by it
    elsewhere = bool(OTHER_COUNTRIES.search(question)) and not named_j and not jurisdiction
    if elsewhere or not evidence or confidence < ABSTAIN_BELOW:
        scope = searched["jurisdiction"] if isinstance(searched["jurisdiction"], str) else ", ".join(searched["jurisdiction"])
        text = (f"The corpus does not support an answer to this question (searched: {scope} law in "
                f"{len(load_sources(config))} instruments). Nearest provisions: "
                + "; ".join(n["citation"] for n in nearest[:3]) + ".")
        return Answer(question, text, True, [], searched, nearest, confidence)
    evidence = _number(evidence)
    if llm:
        from .llm import llm_answer

        return llm_answer(question, evidence, index, searched, confidence)
    return Answer(question, compose(evidence), False, evidence, searched, nearest, confidence)


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
        named_j, _ = hints(question, index.config)
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
