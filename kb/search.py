"""Hybrid retrieval: dense (Chroma) + lexical (bm25, English and French), fused by reciprocal rank and
grouped by provision, so a result is a provision rather than a fragment."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from .config import Config
from .embed import embed_query
from .errors import QueryError
from .facts import defines_asked_offence
from .glossary import fold, translations
from .hints import held_terms_in
from .measures import asks_limit
from .phrases import phrase_ranking
from .index import Index, open_index
from .question import Question, analyse, answered_by_heading, kind_headings
from .registry import check_jurisdiction
from .types import Hit

DATA = Path(__file__).parent / "data"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_query(text: str | None, config: Config) -> str:
    """Control characters dropped, whitespace collapsed; empty or oversize input is refused."""
    if text is None:
        raise QueryError("empty query")
    text = unicodedata.normalize("NFC", CONTROL.sub(" ", str(text)))
    text = " ".join(text.split())
    if not text:
        raise QueryError("empty query")
    if not re.search(r"[^\W_]", text):
        raise QueryError(f"the query {text[:40]!r} has no words or numbers to search for")
    if len(text) > config.max_query_chars:
        raise QueryError(f"query too long ({len(text)} characters; the limit is {config.max_query_chars})")
    return text


def rrf(rankings: list[list[str]], k: int = 60, weights: list[float] | None = None) -> dict[str, float]:
    scores: dict[str, float] = {}
    for j, ranking in enumerate(rankings):
        w = weights[j] if weights else 1.0
        for rank, key in enumerate(ranking):
            scores[key] = scores.get(key, 0.0) + w / (k + rank + 1)
    return scores


def _by_provision(index: Index, chunk_hits: list[tuple[str, float]], actions: bool) -> list[str]:
    """Chunk ranking -> provision ranking (first, i.e. best, chunk of each provision)."""
    seen: dict[str, None] = {}
    for cid, _ in chunk_hits:
        c = index.chunks.get(cid)
        if c and c.provision_id not in seen and (actions or not c.provision_id.startswith("action/")):
            seen[c.provision_id] = None
    return list(seen)


INSTRUMENT_BOOST = 1.5
KIND_BOOST = 1.5  # a provision whose heading answers the kind of question asked ("Definitions", "Entry into force")
ASKS_PRISON = re.compile(r"\b(prison|imprison\w*|jail|sentence|emprisonnement|r[ée]clusion)\b", re.I)
BOUND_CANDIDATE = 0.9  # an article limiting the measure a "how long"/"how much" question names, against the best found
CAP_CANDIDATE = 0.9  # a cap of the named instrument, for a "how much" question, against the best provision found
ASKS_OFFENCE = re.compile(r"\b(offen[cs]es?|infractions?|d[ée]lits?)\b", re.I)
ASKS_DEFINITION = re.compile(r"\b(defin\w*|d[ée]fini\w*|meaning|what (is|are) (a|an|the)\b|qu.est-ce qu|signifie)", re.I)


def _capped(index: Index) -> list[str]:
    """The provisions whose facts include a cap (a share of turnover, "the greater of", a maximum amount)."""
    return [pid for pid, facts in index.facts.items() if any(f.kind == "cap" for f in facts)]


def _defined_terms(index: Index) -> dict[str, set[str]]:
    """Provision id → the terms it defines (folded, four letters or more), from the facts read at ingest."""
    out: dict[str, set[str]] = {}
    for pid, facts in index.facts.items():
        terms = {fold(f.term) for f in facts if f.kind == "definition" and len(fold(f.term)) >= 4}
        if terms and pid in index.provisions:
            out[pid] = terms
    return out


@lru_cache(maxsize=1)
def _roles() -> list[tuple[str, re.Pattern | None, re.Pattern | None, re.Pattern | None, float]]:
    data = yaml.safe_load((DATA / "roles.yaml").read_text(encoding="utf-8"))
    return [(r.get("kind", ""), re.compile(r["heading"], re.I) if r.get("heading") else None,
             re.compile(r["text"], re.I | re.S) if r.get("text") else None,
             re.compile(r["part"], re.I) if r.get("part") else None, float(r["weight"])) for r in data.values()]


def role_weight(p) -> float:
    """The weight of a provision that states no rule of its own, or a lesser one (kb/data/roles.yaml): recitals,
    short titles, amendments to other Acts, interpretation sections, the Code pénal's regulatory part; 1.0 for
    operative text."""
    for kind, heading, text, part, weight in _roles():
        if (kind and p.kind == kind) or (heading and heading.search(p.heading)) or (text and text.search(p.text[:400])) \
                or (part and p.path and part.search(p.path[0])):
            return weight
    return 1.0


def _unnamed(query: str, names: tuple[str, ...]) -> str:
    for name in sorted(names, key=len, reverse=True):
        query = re.sub(rf"(?<!\w){re.escape(name)}(?:['’]s)?(?!\w)", " ", query, flags=re.I)
    return query


def _quoted_defined(index: Index, q: Question, scope: list[str] | None) -> list[str]:
    """The provisions defining a term the question puts in quotation marks (“indistinguishable”): a quoted
    word is asked about as the law's term."""
    quoted = {fold(m.strip(" .,")) for m in re.findall(r"[\"“«‘]([^\"”»’]{3,60})[\"”»’]", q.text)}
    if not quoted:
        return []
    return [pid for pid, terms in index.derived("defined_terms", _defined_terms).items()
            if terms & quoted and (not scope or index.provisions[pid].jurisdiction in scope)]


DEFINED_OFFENCE = 0.9  # share of the best score an article defining the offence a penalty question names starts at
LEAD_MARGIN = 1.3  # how far the first provision's lexical score must be ahead of the second's
LEAD_SAYS = 0.6  # … and the share of the question's subject words it must use


def _clear_lead(index: Index, chunk_hits: list[tuple[str, float]], q: Question) -> str | None:
    """The operative provision whose best chunk scores LEAD_MARGIN times the next provision's on the lexical
    list, and that uses most of the question's subject words: a margin on a few shared words ("retire … contenu")
    is noise."""
    best: dict[str, float] = {}
    for cid, score in chunk_hits:
        c = index.chunks.get(cid)
        if c is not None:
            best[c.provision_id] = max(best.get(c.provision_id, 0.0), score)
    top = sorted(best.items(), key=lambda kv: -kv[1])[:2]
    if len(top) < 2 or top[1][1] <= 0 or top[0][1] < LEAD_MARGIN * top[1][1]:
        return None
    p = index.provisions.get(top[0][0])
    words = [w for w in q.subject if len(w) >= 4]
    if p is None or p.id.startswith("action/") or p.kind == "recital" or role_weight(p) < 1.0 or not words:
        return None
    text = fold(p.heading + " " + p.text)
    return p.id if sum(1 for w in words if q.covers(w, text)) / len(words) >= LEAD_SAYS else None


def search(query: str, k: int = 5, jurisdiction: str | None = None, index: Index | None = None,
           config: Config | None = None, boost: list[str] | None = None, actions: bool = False,
           question: Question | None = None, phrases: bool = True) -> list[Hit]:
    """Top-k provisions for `query`.

    `jurisdiction` is a hard filter. Without it, jurisdictions the query names ("in France", "Ofcom") restrict
    the candidates, and instruments it names ("the DSA") are boosted. `boost` lists provision ids to rank
    first (the ones a question cites explicitly). Regulatory actions are results only with `actions=True`.
    `phrases=False` leaves out the phrase channel: a claim's figures are checked against the provisions its words
    reach, and a phrase ("intimate image") held by another country's law would pull that law's figures in.
    """
    config = config or (index.config if index else Config())
    query = clean_query(query, config)
    jurisdiction = check_jurisdiction(jurisdiction)
    if not 1 <= k <= 100:
        raise QueryError("k must be between 1 and 100")
    index = index or open_index(config)
    n = max(config.candidates, k * 4)
    q = question if question is not None and question.text == query else analyse(query, config)
    named_sources = q.sources
    scope = [jurisdiction] if jurisdiction else sorted(q.jurisdictions) or None
    en_query, fr_query, french = q.en_query, q.fr_query, q.french

    lists = {
        "dense": index.vectors.query(embed_query(config, en_query), n, scope),
        "bm25_en": index.lexical["en"].query(en_query, n, scope),
        "bm25_fr": index.lexical["fr"].query(fr_query, n, scope),
    }
    # The name of the instrument the question names says which law, not which of its provisions: "Online Safety"
    # in "… the Online Safety Act's regulatory framework" is no heading's subject ("OFCOM's online safety functions").
    heading_lists = {
        "heading_en": index.headings["en"].query(_unnamed(en_query, q.instrument_names), n, scope),
        "heading_fr": index.headings["fr"].query(_unnamed(fr_query, q.instrument_names), n, scope),
    }
    if french:
        # The English-only model reads a French question best through its English glossary terms alone.
        to_en, _ = translations(query)
        if to_en:
            lists["dense_glossary"] = index.vectors.query(embed_query(config, " ".join(dict.fromkeys(to_en))), n, scope)
    about_french_law = "FR" in q.jurisdictions or any(s.startswith("fr-") for s in q.sources) or any(
        pid.startswith("fr/") for pid in q.held) or any(
        index.provisions[pid].language == "fr" for pid in (boost or []) if pid in index.provisions)
    if index.xling is not None and french and not about_french_law:
        # What provisions are called, in a multilingual encoder's space: reaches the law of the other language
        # ("un expert chargé d'un rapport" -> "Reports by skilled persons") where the glossary has no entry. Only
        # the other language's: within one language the lexical and dense lists read the words themselves, and
        # this coarser signal only added noise there (French questions on the Code pénal lost their article).
        other = "en" if french else "fr"
        heading_lists["xling"] = [(pid, s) for pid, s in index.xling.query(config, query, 4 * n, scope)
                                  if index.provisions[pid].language == other][:n]
    rankings = {name: _by_provision(index, hits, actions) for name, hits in lists.items()}
    rankings.update({name: [pid for pid, _ in hits if actions or not pid.startswith("action/")]
                     for name, hits in heading_lists.items()})
    if phrases:
        # Ties among the provisions using as many phrases are broken by the lexical lists' order.
        order: dict[str, int] = {}
        for name in ("bm25_fr", "bm25_en"):
            for i, pid in enumerate(rankings[name]):
                order[pid] = min(order.get(pid, i), i)
        phrased = phrase_ranking(index, query, scope, n, order, fold(" ".join((*q.instrument_names, *q.absent))))
        if phrased:
            rankings["phrases"] = phrased
    query_lang = "fr" if french else "en"
    lead = _clear_lead(index, lists[f"bm25_{query_lang}"], q)
    if lead is None and not french and about_french_law:
        # An English question about French law reaches the Code pénal's words only through its glossary terms
        # ("neglecting their legal obligations" ~ "se soustraire … à ses obligations légales", art. 227-17), which
        # the English model does not read in French text: the French lexical list is its own words there.
        lead = _clear_lead(index, lists["bm25_fr"], q)
    if lead is not None:
        # One provision far ahead of every other on the question's own words ("un majeur qui incite un mineur, par un
        # moyen de communication électronique, à commettre un acte de nature sexuelle": art. 227-22-2, said almost
        # word for word) is what the question describes, though no other channel reads those words.
        rankings["lexical_lead"] = [lead]
    # The lexical list in the question's own language matches its exact words; it counts a little more.
    weights = [config.native_lexical_weight if name == f"bm25_{query_lang}"
               else config.heading_weight if name.startswith("heading")
               else config.xling_weight if name == "xling"
               else config.phrase_weight if name == "phrases"
               else config.native_lexical_weight if name == "lexical_lead" else 1.0 for name in rankings]
    fused = rrf(list(rankings.values()), config.rrf_k, weights)
    # "What is the threatening communications offence?" asks for the offence, not for its interpretation section.
    # (not "What is the subject matter of the DSA?": its own kind's heading answers it)
    kind = "definition" if q.kind == "age" or ASKS_DEFINITION.search(query) and q.kind not in answered_by_heading() \
        else q.kind
    answers_kind = kind_headings().get(kind)
    # "What is the threatening communications offence?" asks for the offence: its interpretation section is not
    # raised for defining words (the defined-terms index below still reads them).
    heading_boost = None if kind == "definition" and ASKS_OFFENCE.search(query) else answers_kind
    for pid in fused:
        p = index.provisions[pid]
        fused[pid] *= role_weight(p)
        if p.source in named_sources:
            fused[pid] *= INSTRUMENT_BOOST
        if heading_boost is not None and heading_boost.search(p.heading):
            fused[pid] *= KIND_BOOST
    if q.kind == "definition" and fused:
        # The facts are an index of defined terms: the provisions that define a term the question uses ("mineur"
        # → "minor") are candidates, the more of its terms the more so, even if no channel retrieved them.
        asked = q.asked
        top = max(fused.values())
        for pid, terms in index.derived("defined_terms", _defined_terms).items():
            p = index.provisions[pid]
            if scope and p.jurisdiction not in scope:
                continue
            hits_ = sum(1 for t in terms if f" {t} " in asked)
            if hits_:
                # An interpretation section defines the terms of the offence it interprets: its role weight holds.
                fused[pid] = max(fused.get(pid, 0.0), top * (0.85 + 0.1 * min(hits_, 2)) * role_weight(p))
    if q.kind == "penalty" and fused:
        # "What is the penalty for money laundering in France?": the article that says what the offence is and
        # punishes it ("Le blanchiment est le fait de …", art. 324-1) is a candidate though the English model missed
        # it; kb/penalty_offence.defining_first then weighs it against the articles punishing aggravated cases.
        top = max(fused.values())
        for pid in index.derived("defined_terms", _defined_terms):
            p = index.provisions[pid]
            if (not scope or p.jurisdiction in scope) and defines_asked_offence(index.facts.get(pid, []), q.asked):
                fused[pid] = max(fused.get(pid, 0.0), top * DEFINED_OFFENCE * role_weight(p))
    if fused:
        top = max(fused.values())
        for pid in _quoted_defined(index, q, scope):
            # "count as “indistinguishable”": the definition of the quoted term is what is asked
            fused[pid] = max(fused.get(pid, 0.0), top * 1.001)
    if q.kind == "maximum" and named_sources and fused and not ASKS_PRISON.search(query):
        # "How much can Ofcom fine X …": the caps the named instrument sets (read at ingest: Sch. 13 para. 4 OSA,
        # Art. 74 DSA) are candidates though the question shares no word with them ("fine" / "penalty").
        top = max(fused.values())
        for pid in index.derived("capped", _capped):
            p = index.provisions[pid]
            if p.source in named_sources and (not scope or p.jurisdiction in scope):
                fused[pid] = max(fused.get(pid, 0.0), top * CAP_CANDIDATE)
    measures = held_terms_in(q.text + " " + q.fr_query) if asks_limit(q) and fused else []
    if measures:
        # "Quelle est la durée maximale du délai de probation …?", "… a single day-fine": the articles setting a limit
        # (read at ingest) on the measure the question names, in the code's own words, are candidates (art. 132-42,
        # art. 131-5), wherever the words of the rest of the question rank them
        top = max(fused.values())
        for pid, facts in index.facts.items():
            p = index.provisions.get(pid)
            if p is not None and (not scope or p.jurisdiction in scope) and any(f.kind == "bound" for f in facts) \
                    and any(m in fold(p.text) for m in measures):
                fused[pid] = max(fused.get(pid, 0.0), top * BOUND_CANDIDATE * role_weight(p))
    if answers_kind is not None and kind in answered_by_heading() and named_sources and fused:
        # "When does the AI Act start to apply?": in the instrument named, the article whose heading answers that
        # kind of question ("Entry into force and application") answers it, whatever words it shares.
        top = max(fused.values())
        for p in index.top_level():
            if p.source in named_sources and answers_kind.search(p.heading) and (not scope or p.jurisdiction in scope):
                fused[p.id] = max(fused.get(p.id, 0.0), top * 1.001)
    for pid in boost or []:
        if pid in index.provisions and (not jurisdiction or index.provisions[pid].jurisdiction == jurisdiction):
            fused[pid] = fused.get(pid, 0.0) + 1.0

    best_chunk: dict[str, str] = {}
    for hits in lists.values():
        for cid, _ in hits:
            c = index.chunks.get(cid)
            if c:
                best_chunk.setdefault(c.provision_id, c.text)
    ranked = sorted(fused.items(), key=lambda kv: (-round(kv[1], 9), kv[0]))[:k]
    return [Hit(index.provisions[pid], round(score, 6), best_chunk.get(pid, ""),
                {name: r.index(pid) + 1 for name, r in rankings.items() if pid in r})
            for pid, score in ranked]
