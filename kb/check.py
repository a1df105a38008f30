"""Fact-checking: split a text into claims and compare what is checkable (penalties, amounts, percentages,
deadlines, dates, who acted, legal status) with the corpus. A claim the corpus cannot speak to is
`unverifiable`, never guessed; every evidence quote is verbatim."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .actions import Action, load_actions
from .answer import sentences
from .glossary import fold
from .hints import OTHER_COUNTRIES, hints
from .index import Index, open_index
from .quantities import Quantities, describe, extract
from .registry import load_sources
from .search import clean_query, search
from .types import Provision, Source

SUPPORTED, CONTRADICTED, UNVERIFIABLE = "supported", "contradicted", "unverifiable"
MAX_TEXT = 20_000
CLAIM_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÀ-Ý«\"“])|\n+")
LAW_WORDS = re.compile(r"\b(law|laws|loi|lois|enacted|promulgu\w*|statute|signed into law|in force|en vigueur|"
                       r"législation|adoptée?s?|public law)\b", re.I)
BILL_WORDS = re.compile(r"\b(bill|proposition de loi|projet de loi|pending|not (yet )?(a )?law|n.est pas (encore )?une loi|"
                        r"passed the senate|adopté\w* par le sénat|introduced|déposée?)\b", re.I)
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}
MONTHS |= {m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                        "septembre", "octobre", "novembre", "décembre"], 1)}
DATE = re.compile(r"\b(\d{1,2})(?:er)?\s+(" + "|".join(MONTHS) + r")\s+(20\d\d)\b|\b(20\d\d)-(\d\d)-(\d\d)\b", re.I)


@dataclass
class Claim:
    text: str
    verdict: str
    explanation: str
    evidence: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"text": self.text, "verdict": self.verdict, "explanation": self.explanation, "evidence": self.evidence}


def split_claims(text: str) -> list[str]:
    parts = [p.strip(" -•\t") for p in CLAIM_SPLIT.split(text)]
    return [p for p in parts if len(p.split()) >= 3]


def _quote(p: Provision, sentence: str) -> dict:
    return {"id": p.id, "citation": p.citation, "quote": sentence, "url": p.url}


def _dates(text: str) -> set[str]:
    out = set()
    for m in DATE.finditer(text):
        if m.group(1):
            out.add(f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}")
        else:
            out.add(f"{m.group(4)}-{m.group(5)}-{m.group(6)}")
    return out


# ---------------------------------------------------------------- status


def _status_check(claim: str, sources: list[Source], index: Index) -> Claim | None:
    asserts_law = bool(LAW_WORDS.search(claim)) and not BILL_WORDS.search(claim)
    asserts_bill = bool(BILL_WORDS.search(claim))
    if not (asserts_law or asserts_bill):
        return None
    # Of identical bills (S. 3021 / H.R. 4831) judge by the furthest advanced.
    src = sorted(sources, key=lambda s: (not s.is_law, "passed" not in s.status))[0]
    title = next((p for p in index.top_level(src.id) if p.kind == "bill-section"), None)
    evidence = [_quote(title, sentences(title.text)[0])] if title and sentences(title.text) else []
    years = extract(claim).calendar_years
    if src.is_law:
        enacted = src.extra.get("enacted_date", src.as_of)
        if asserts_bill and not LAW_WORDS.search(claim):
            return Claim(claim, CONTRADICTED, f"{src.short_name} is law: {src.status} ({enacted}), not a bill.", evidence)
        if years and int(enacted[:4]) not in years:
            return Claim(claim, CONTRADICTED, f"{src.short_name} was enacted on {enacted} ({src.status}); "
                                              f"the claim says {', '.join(map(str, sorted(years)))}.", evidence)
        return Claim(claim, SUPPORTED, f"{src.short_name}: {src.status} on {enacted}.", evidence)
    if asserts_law:
        return Claim(claim, CONTRADICTED, f"{src.short_name} is a bill, not law: {src.status_detail}", evidence)
    passed = src.extra.get("passed_senate")
    claimed_dates = _dates(claim)
    if passed and claimed_dates and passed not in claimed_dates:
        return Claim(claim, CONTRADICTED, f"{src.short_name} passed the Senate on {passed}; the claim says "
                                          f"{', '.join(sorted(claimed_dates))}.", evidence)
    return Claim(claim, SUPPORTED, f"{src.short_name}: {src.status}.", evidence)


# ---------------------------------------------------------------- actions


def _action_check(claim: str, q: Quantities, actions: list[Action], index: Index) -> Claim | None:
    """Claims about what an authority did to a target: fines and dates against the actions records."""
    folded = fold(claim)
    targets = [a for a in actions if re.search(r"(?<!\w)(x|grok|twitter)(?!\w)", folded)]
    if not targets:
        return None
    money = {amt for amt, cur in q.money if cur == "EUR"}
    fines = [a for a in targets if a.amount_eur]
    if money and fines:
        a = fines[0]
        ev = [_quote(index.provisions[a.provision_id], sentences(index.provisions[a.provision_id].text)[0])] \
            if a.provision_id in index.provisions else []
        if float(a.amount_eur) in money:
            return Claim(claim, SUPPORTED, f"{a.authority} fined {a.target} EUR {a.amount_eur:,.0f} on {a.date} "
                                           f"({a.action_type.split(' (')[0]}).", ev)
        return Claim(claim, CONTRADICTED, f"the corpus records a fine of EUR {a.amount_eur:,.0f} by {a.authority} on "
                                          f"{a.date}; the claim says {describe(q)}.", ev)
    claimed = _dates(claim)
    if claimed:
        hits = [h.provision for h in search(claim, k=5, index=index, actions=True) if h.provision.kind == "action"]
        for p in hits:
            if p.as_of in claimed:
                return Claim(claim, SUPPORTED, f"{p.citation}: dated {p.as_of} in the actions record.",
                             [_quote(p, sentences(p.text)[0])] if sentences(p.text) else [])
        if hits:
            p = hits[0]
            return Claim(claim, CONTRADICTED, f"the closest recorded action, {p.citation}, is dated {p.as_of}; "
                                              f"the claim says {', '.join(sorted(claimed))}.",
                         [_quote(p, sentences(p.text)[0])] if sentences(p.text) else [])
    return None


# ---------------------------------------------------------------- figures in the law


def _matches(claim_q: Quantities, sent_q: Quantities) -> bool:
    return (claim_q.years <= sent_q.years and claim_q.money <= sent_q.money and claim_q.percents <= sent_q.percents
            and claim_q.hours <= sent_q.hours)


def _comparable(claim_q: Quantities, sent_q: Quantities) -> bool:
    return bool((claim_q.years and sent_q.years) or (claim_q.money and sent_q.money) or
                (claim_q.percents and sent_q.percents) or (claim_q.hours and sent_q.hours))


def _descendants(p: Provision, index: Index) -> list[Provision]:
    out, frontier = [], [p.id]
    while frontier:
        kids = [c for pid in frontier for c in index.children.get(pid, [])]
        out += [index.provisions[c] for c in kids]
        frontier = kids
    return out


PENALTY_WORDS = {fold(w) for w in "puni punie punis peine peines emprisonnement amende amendes euros euro years year ans " 
                 "fine fines fined penalty penalties prison imprisonment punished punishable sanction sanctions "
                 "maximum reach jusqu million millions".split()}


def _topic_terms(claim: str) -> set[str]:
    from .glossary import related

    words = {w[:6] for w in re.findall(r"[^\W\d_]{5,}", fold(claim + " " + " ".join(related(claim))))}
    return {w for w in words if w not in {x[:6] for x in PENALTY_WORDS}}


def _topic_overlap(topic: set[str], p: Provision) -> int:
    text = fold(p.text + " " + p.heading + " " + " ".join(p.path[-1:]))
    return sum(1 for w in topic if w in text)


def _figure_check(claim: str, q: Quantities, jurisdictions: set[str], index: Index) -> Claim | None:
    """The highest-ranked provision that states figures of the kinds claimed decides: supported when one
    sentence or sub-provision states every claimed figure, contradicted otherwise."""
    if not jurisdictions:
        # A sum in euros is French or EU law, in pounds UK law, in dollars US law.
        jurisdictions = {{"EUR": "EU", "GBP": "UK", "USD": "US"}[c] for _, c in q.money}
        if jurisdictions == {"EU"}:
            jurisdictions = {"EU", "FR"}
    scope = sorted(jurisdictions)[0] if len(jurisdictions) == 1 else None
    hits = [h for h in search(claim, k=8, jurisdiction=scope, index=index)
            if not jurisdictions or h.provision.jurisdiction in jurisdictions]
    topic = _topic_terms(claim)
    # Among the provisions retrieved, the one about the claim's subject decides, not the one that merely
    # shares the penalty vocabulary ("puni", "amende").
    ranked = sorted(enumerate(hits), key=lambda ih: (-_topic_overlap(topic, ih[1].provision), ih[0]))
    for _, h in ranked:
        p = h.provision
        lines = [(s, extract(s)) for s in sentences(p.text)]
        comparable = [(s, sq) for s, sq in lines if _comparable(q, sq)]
        if not comparable:
            continue
        # A sub-provision ("para 4(1)": "(a) £18 million" ... "(b) 10%") can state together what its
        # sentences state apart.
        units = lines + [(c.text, extract(c.text)) for c in _descendants(p, index)]
        for text, uq in units:
            if _matches(q, uq):
                quotes = [s for s, sq in lines if s in text and _comparable(q, sq)] or [s for s, _ in lines if s in text][:1]
                return Claim(claim, SUPPORTED, f"{p.citation} states {describe(q)}.", [_quote(p, s) for s in quotes[:3]])
        said = "; ".join(describe(sq) for _, sq in comparable[:3])
        return Claim(claim, CONTRADICTED, f"the corpus says {said} ({p.citation}); the claim says {describe(q)}.",
                     [_quote(p, s) for s, _ in comparable[:3]])
    return None


# ---------------------------------------------------------------- API


def check_claim(claim: str, index: Index, actions: list[Action] | None = None) -> Claim:
    config = index.config
    claim = clean_query(claim, config)
    if actions is None:
        actions, _ = load_actions(config)
    jurisdictions, named = hints(claim, config)
    sources = [s for s in load_sources(config) if s.id in named]
    q = extract(claim)
    if OTHER_COUNTRIES.search(claim) and not jurisdictions:
        return Claim(claim, UNVERIFIABLE, "the claim concerns a legal system the corpus does not hold.")
    if sources and any(s.kind in ("bill", "public-law") for s in sources):
        verdict = _status_check(claim, [s for s in sources if s.kind in ("bill", "public-law")], index)
        if verdict:
            return verdict
    verdict = _action_check(claim, q, actions, index)
    if verdict:
        return verdict
    if not q.empty:
        verdict = _figure_check(claim, q, jurisdictions, index)
        if verdict:
            return verdict
    nearest = search(claim, k=1, index=index)
    ev = [_quote(nearest[0].provision, s) for s in sentences(nearest[0].provision.text)[:1]] if nearest else []
    what = describe(q) if not q.empty else "no figure, date or legal status the corpus records"
    return Claim(claim, UNVERIFIABLE, f"the corpus cannot confirm or contradict this ({what}); nearest provision shown.", ev)


def check(text: str, index: Index | None = None) -> dict:
    index = index or open_index()
    if not text or not text.strip():
        from .errors import QueryError

        raise QueryError("empty text")
    if len(text) > MAX_TEXT:
        from .errors import QueryError

        raise QueryError(f"text too long ({len(text)} characters; the limit is {MAX_TEXT})")
    actions, _ = load_actions(index.config)
    claims = split_claims(text) or [text.strip()]
    return {"input": text, "claims": [check_claim(c, index, actions).to_dict() for c in claims[:50]]}
