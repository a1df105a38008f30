"""Phrases of a question that name provisions: a glossary phrase a few provisions use word for word ("corruption
d'un mineur", art. 227-22). kb/search.py ranks by them; kb/evidence.py weighs units by them."""
from __future__ import annotations

import re

from .glossary import concepts, fold, french_counterparts, looks_french
from .index import Index
from .question import scope as scope_words


PHRASE_MAX = 25  # a phrase in more provisions than this ("personne morale") singles none out


def _folded_texts(index: Index) -> list[tuple[str, str, str]]:
    # Not the provisions that state no rule of their own: an interpretation section spells out "the National
    # Crime Agency" that the duty it interprets calls "the NCA".
    from .search import role_weight  # search ranks by these phrases; the roles it weighs are its own

    return [(p.id, p.jurisdiction, fold(p.heading + " " + p.text)) for p in index.top_level()
            if p.kind != "recital" and not p.id.startswith("action/") and role_weight(p) >= 1.0]


DENIED_BEFORE = re.compile(r"(?<!\w)(?:not|no|non|pas|ni)\W+(?:\w+\W+)?$")


def _denied(folded: str, span: str) -> bool:
    """Every use of `span` in the (folded) question follows a negation ("not high-risk", "pas à haut risque")."""
    starts = [m.start() for m in re.finditer(re.escape(span), folded)]
    return bool(starts) and all(DENIED_BEFORE.search(folded[max(0, i - 24):i]) for i in starts)


ONE_WORD_PHRASE = 9  # letters a one-word glossary span needs before its phrases are read as the question's


def specific_phrases(index: Index, query: str, named: str = "", scope: list[str] | None = None) -> dict[str, list[str]]:
    """The glossary phrases the question names in either language that single out a few provisions, each with
    the provisions using it word for word."""
    out = {}
    for ph, holders in _phrase_holders(index, query, named).items():
        held = [pid for pid, j in holders if not scope or j in scope]
        if len(held) <= PHRASE_MAX:
            out[ph] = held
    return out


def _phrase_holders(index: Index, query: str, named: str) -> dict[str, list[tuple[str, str]]]:
    """Each phrase of the question with every provision (and its jurisdiction) using it; read once per question,
    as search and the evidence scorer both ask."""
    cache = index.derived("phrase_holders", lambda _: {})
    key = (query, named)
    if key in cache:
        return cache[key]
    if len(cache) > 512:
        cache.clear()
    _, generic = scope_words()
    folded = fold(query)
    # A phrase of the question's subject ("corruption of a minor"), not of its form ("amende maximale"), nor one
    # it denies ("systèmes d'IA qui ne sont pas à haut risque": not the high-risk rules), nor the name of the
    # instrument it names (`named`: "artificial intelligence" in a question on the AI Act says which law, not
    # what in it; "investigatory powers" in the Investigatory Powers Act, a law the corpus lacks, is no power of
    # investigation of the laws it holds).
    # A long English word counts as a phrase by the French phrases of its concept ("impersonating": "usurpation
    # d'identité", the words an English question on the Code pénal is read by; a French word's English phrases are
    # not the Code pénal's and moved French questions off their answers).
    spans = [(span, terms) for span, terms in concepts(query) if len(span.split()) >= 2]
    spans += [(span, terms) for span, terms in french_counterparts(query)
              if " " not in span and len(span) >= ONE_WORD_PHRASE and span not in generic]
    phrases = {fold(t) for span, terms in spans
               if any(len(w) >= 4 and w not in generic for w in re.findall(r"[^\W\d_]+", span))
               and not _denied(folded, span) and fold(span) not in named
               for t in (span, *terms) if len(t.split()) >= 2 and fold(t) not in named}
    texts = index.derived("folded_top", _folded_texts)
    words = index.derived("folded_top_words", _word_holders)
    out = {}
    for ph in sorted(phrases):
        # only the texts holding every word of the phrase (by its first letters: "conforme" in "conformes") are
        # read for it whole
        sets = sorted((words.get(w[:4], set()) for w in re.findall(r"\w+", ph)), key=len)
        maybe = set.intersection(*sets) if sets else set()
        out[ph] = [texts[i][:2] for i in sorted(maybe) if ph in texts[i][2]]
    # (French questions only: an English question's runs are the instruments' own noun phrases — "of a very large
    # online platform", "the provider of a high-risk AI system" — which single out the wrong articles: questions16,
    # 24 and 34 lost their answers)
    if looks_french(query):
        out.update({span: held for span, held in _own_spans(index, folded, generic).items() if span not in out})
    cache[key] = out
    return out


OWN_SPAN = 6  # words a run of the question's own words needs to be read as a phrase of the law


def _own_spans(index: Index, folded: str, generic: set) -> dict[str, list[tuple[str, str]]]:
    """The longest runs of a French question's own words (six or more, three of them telling words) that a few provisions
    use word for word: "Quel est le taux maximum de l'amende applicable aux personnes morales ?" is art. 131-38's
    opening, which the lexical lists, weighing its words one by one, put sixth (questions98)."""
    words = re.findall(r"\w+", folded)
    texts = index.derived("worded_top", lambda ix: [(pid, j, " " + " ".join(re.findall(r"\w+", t)) + " ")
                                                    for pid, j, t in ix.derived("folded_top", _folded_texts)])
    holders = index.derived("folded_top_words", _word_holders)
    out: dict[str, list[tuple[str, str]]] = {}
    taken: set[int] = set()
    for n in range(len(words), OWN_SPAN - 1, -1):
        for i in range(len(words) - n + 1):
            if all(k in taken for k in range(i, i + n)):
                continue
            run = words[i:i + n]
            if sum(1 for w in run if len(w) >= 4 and w not in generic) < 3:
                continue
            sets = sorted((holders.get(w[:4], set()) for w in run), key=len)
            said = " " + " ".join(run) + " "
            held = [texts[k][:2] for k in sorted(set.intersection(*sets)) if said in texts[k][2]]
            if 0 < len(held) <= PHRASE_MAX:
                out[" ".join(run)] = held
                taken |= set(range(i, i + n))
    return out


def _word_holders(index: Index) -> dict[str, set[int]]:
    """Each word's first four letters in the normalised texts, with the positions of the texts using it."""
    out: dict[str, set[int]] = {}
    for i, (_, _, t) in enumerate(index.derived("folded_top", _folded_texts)):
        for w in {w[:4] for w in re.findall(r"\w+", t)}:
            out.setdefault(w, set()).add(i)
    return out


def phrase_ranking(index: Index, query: str, scope: list[str] | None, n: int, order: dict[str, int],
                    named: str = "") -> list[str]:
    """The provisions that use, word for word, a glossary phrase the question names in either language ("the
    corruption of a minor" -> "corruption d'un mineur", art. 227-22): a lexical index scores the words of
    "corruption" and "mineur" apart, each common in the Code pénal; the phrase is the offence."""
    counts: dict[str, int] = {}
    for holders in specific_phrases(index, query, named, scope).values():
        for pid in holders:
            counts[pid] = counts.get(pid, 0) + 1
    # Last, document order: a tie must not fall to the order a set of phrases happened to be read in (that
    # changed the first citation from one process to the next).
    return sorted(counts, key=lambda pid: (-counts[pid], order.get(pid, len(order)),
                                           index.order.get(pid, len(index.order))))[:n]
