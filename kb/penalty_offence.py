"""The penalty rules that turn on the offence a question names (kb/penalty_rank.py holds the others and applies them
in order): the article punishing the offence before one punishing a case of it ("prévu à l'article 225-7 … lorsqu'il
est commis en bande organisée"), the article defining the offence and punishing it before its instrument's others, an
article naming neither the offence nor its article after those that do. A text is read without what it names only to
exclude ("sans qu'elles constituent une bande organisée")."""
from __future__ import annotations

import re

from .facts import defines_asked_offence, defines_offence
from .glossary import fold
from .index import Index
from .question import Question
from .rerank import Candidate, best_per_provision
from .units import WITHOUT


VARIANT_OF = re.compile(r"\b(?:prévu|mentionné|défini|réprimé)e?s?\s+(?:par|à|au)\s+(?:(?:le\s+)?premier\s+alinéa\s+de\s+)?"
                        r"l['’]\s*article\s+(\d+(?:-\d+)+)\b", re.I)


# the one who commits it, in any case of the offence ("Quelle peine encourt l'auteur d'une séquestration ?": art.
# 224-4's "l'impunité de l'auteur ou du complice" is no case asked)
OFFENDER = {"auteur", "auteurs", "coupable", "coupables", "offender", "offenders", "perpetrator", "perpetrators"}


def said(text: str) -> str:
    """A provision's or unit's text, folded, without what it names only to exclude it (kb.units.WITHOUT)."""
    return WITHOUT.sub(" ", fold(text))


def _asks_more_of(q: Question, other: str, own: str, ignore: frozenset[str] | set[str] = OFFENDER) -> bool:
    """The question uses a word (four letters or more, not in `ignore`) the other provision's text (folded) covers and
    its own lacks: it asks about the other's case ("… causé par un chien"). What its own text says only to exclude it
    is not said: art. 225-7 9°'s "sans qu'elles constituent une bande organisée" is art. 225-8's case (questions105's
    END run)."""
    return any(q.covers(w, other) and not q.covers(w, own) for w in q.subject if len(w) >= 4 and w not in ignore)


def base_before_variant(cands: list[Candidate], q: Question) -> None:
    """For the penalty of an offence the question names, the article that punishes the offence answers before one
    punishing a case of it more heavily ("l'homicide involontaire prévu par l'article 221-6 … par un chien", art.
    221-6-2, which `favour_highest` puts first) — unless the question uses a word of that case the base article
    lacks ("par un chien")."""
    best = best_per_provision(cands)
    for pid, c in best.items():
        m = VARIANT_OF.search(c.hit.provision.text)
        base = best.get(f"{pid.rsplit('/', 1)[0]}/{m.group(1)}") if m else None
        if base is None or base is c or base.score >= c.score:
            continue
        if _asks_more_of(q, said(c.hit.provision.text), said(base.hit.provision.text)):
            continue
        base.score = c.score + 0.001


def defining_first(cands: list[Candidate], q: Question, index: Index) -> None:
    """For the penalty of an offence the question names ("money laundering", "murder"), the article that says what
    the offence is and punishes it ("Le blanchiment est le fait de …", art. 324-1; "… constitue un meurtre", art.
    221-1: definition facts, read at ingest) answers before its instrument's other articles — those punishing it
    in aggravated cases (art. 324-2's ten years, which `favour_highest` puts first) — unless the question uses a
    word of the other article that the defining one lacks."""
    best = best_per_provision(cands)
    # the offence named whole, in the question's words or the glossary's ("money laundering": "blanchiment"), not a
    # word of it ("harassment" is not "harcèlement sexuel")
    defining = {pid for pid in best if defines_asked_offence(index.facts.get(pid, []), q.asked)}
    ranked = sorted(defining, key=lambda pid: -best[pid].score)
    for pid in defining:
        c = best[pid]
        own = said(c.hit.provision.text)
        # (of two articles defining offences the question names — "extortion" is also "chantage" in the glossary's
        # concept — the ranking stands)
        for b in best.values():
            if b.hit.provision.id in defining or b.hit.provision.source != c.hit.provision.source or b.score < c.score:
                continue
            if _asks_more_of(q, said(b.hit.provision.text), own):
                continue
            # (not above one the question asks more of: art. 225-5 raised over art. 225-7 stays below art. 225-8 for
            # "… en bande organisée")
            ceiling = min((a.score for a in best.values() if a.score > c.score and a.hit.provision.id not in defining
                           and a.hit.provision.source == c.hit.provision.source
                           and _asks_more_of(q, said(a.hit.provision.text), own)), default=None)
            c.score = b.score + 0.001 if ceiling is None else min(b.score + 0.001, ceiling - 0.001)
    # (two raised above the same article tie: art. 312-1, extortion itself, stays before art. 312-10's chantage)
    # (by more than the 0.001 kb/evidence.py lifts a base penalty by above the case raising it)
    for before, after in zip(ranked, ranked[1:]):
        if best[after].score > best[before].score - 0.005:
            best[after].score = best[before].score - 0.005
    _unnamed_after(cands, best, defining, index)


UNNAMED_GAP = 0.04


def _unnamed_after(cands: list[Candidate], best: dict[str, Candidate], defining: set[str], index: Index) -> None:
    """An article of the same instrument that names neither the offence asked about nor its article follows every
    one that does: "… when pimping involves a child under fifteen" is art. 225-7-1's "proxénétisme … à l'égard d'un
    mineur de quinze ans", not art. 227-5's "enfant mineur" (questions104, first run)."""
    terms = {fold(f.term) for pid in defining for f in index.facts.get(pid, []) if defines_offence(f)}
    numbers = {index.provisions[pid].number for pid in defining if pid in index.provisions}
    if not terms:
        return
    sources = {best[pid].hit.provision.source for pid in defining}
    # the offence's terms, or its article's number, in one pattern
    naming_words = re.compile("|".join([*(rf"(?<!\w){re.escape(t)}s?(?!\w)" for t in terms),
                                        *(rf"(?<![\d-]){re.escape(n)}(?![\d-])" for n in numbers)]))

    def names(c: Candidate) -> bool:
        return c.hit.provision.id in defining or naming_words.search(f" {said(c.hit.provision.text)} ") is not None

    naming = [c for c in best.values() if c.hit.provision.source in sources and names(c)]
    if not naming:
        return
    # (by more than the margin within which kb/direct.py answers from a second provision: such an article is quoted,
    # not answered from)
    top = max(c.score for c in naming)
    for c in cands:
        if c.hit.provision.source in sources and c.score > top - UNNAMED_GAP and not names(c):
            c.score = top - UNNAMED_GAP
