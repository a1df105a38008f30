"""Articles of the Code pénal that apply to the offences of other articles: the attempt ("La tentative des
infractions prévues par la présente section est punie des mêmes peines", art. 226-5) and the liability of legal
persons ("Les personnes morales déclarées responsables pénalement … des infractions définies à la présente section
encourent …", art. 226-7), each kind's words in kb/data/covering.yaml. Which offences each covers is read from its
words and the code's structure (the section, chapter or paragraph it sits in; "Les articles 226-5 et 226-7 sont
applicables à la présente section", art. 226-9, carries them to the next section), once per index. "Can a company be
held criminally liable in France for a sexual deepfake?" is then answered by the article that says so, next to the
offence's own."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from .index import Index
from .types import Provision

DATA = Path(__file__).parent / "data" / "covering.yaml"
# "par la présente section", "au présent chapitre", "au présent paragraphe": the part of the code it sits in
HERE = re.compile(r"\bprésente?\s+(?P<level>section|chapitre|paragraphe|titre|sous-titre)\b", re.I)
NUMBER = r"\d+(?:-\d+)*"
RANGE = re.compile(rf"({NUMBER})\s+à\s+({NUMBER})")
SINGLE = re.compile(rf"(?<![\d-])({NUMBER})(?![\d-])")


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def kinds() -> dict[str, tuple[re.Pattern, re.Pattern, tuple[str, ...]]]:
    """Kind -> (its article's opening words, how a question asks about it, the code's general articles)."""
    return {k: (re.compile(v["article"], re.I), re.compile(v["asks"], re.I), tuple(v.get("general") or ()))
            for k, v in _data().items() if isinstance(v, dict)}


def _covered(where: str, article: Provision, index: Index, tops: dict[str, Provision], order: list[str]) -> list[str]:
    """The ids of the articles `where` (an article's words) covers; `tops`: the code's articles by number, `order`
    their numbers in the code's order."""
    here = HERE.search(where)
    if here:
        level = here.group("level").lower()
        depth = next((i for i, part in reversed(list(enumerate(article.path))) if part.lower().startswith(level)), None)
        if depth is None:
            return []
        prefix = list(article.path[:depth + 1])
        return [q.id for q in index.top_level() if q.source == article.source and list(q.path[:depth + 1]) == prefix
                and q.id != article.id]
    # "aux articles 222-27 à 222-30-1", "aux articles 413-2 et 413-5 à 413-7", "au premier alinéa de l'article 413-10"
    numbers: list[str] = []
    rest = where
    for a, b in RANGE.findall(where):
        if a in order and b in order:
            numbers += order[order.index(a):order.index(b) + 1]
        rest = rest.replace(f"{a} à {b}", " ")
    numbers += [n for n in SINGLE.findall(rest) if n in tops]
    return [tops[n].id for n in dict.fromkeys(numbers)]


def _build(index: Index) -> dict[str, dict[str, tuple[str, ...]]]:
    """Kind -> offence article id -> the article covering it, and the article carrying it there when another does
    ("Les articles 226-5 et 226-7 sont applicables à la présente section")."""
    out: dict[str, dict[str, tuple[str, ...]]] = {k: {} for k in kinds()}
    articles = [p for p in index.top_level() if p.language == "fr"]
    by_source: dict[str, tuple[dict[str, Provision], list[str]]] = {}

    def code(p: Provision) -> tuple[dict[str, Provision], list[str]]:
        if p.source not in by_source:
            tops = {q.number: q for q in articles if q.source == p.source}
            by_source[p.source] = (tops, [q.number for q in sorted(tops.values(), key=lambda q: index.order.get(q.id, 0))])
        return by_source[p.source]

    own: dict[str, str] = {}  # covering article id -> its kind
    for p in articles:
        for kind, (pattern, _, _) in kinds().items():
            m = pattern.match(p.text)
            if m:
                own[p.id] = kind
                for pid in _covered(m.group("where"), p, index, *code(p)):
                    out[kind].setdefault(pid, (p.id,))
    extends = re.compile(_data()["extends"], re.I)
    for p in articles:
        m = extends.match(p.text)
        if not m:
            continue
        tops, _ = code(p)
        named = [tops[n].id for n in SINGLE.findall(m.group("articles")) if n in tops and tops[n].id in own]
        for pid in _covered(m.group("where"), p, index, *code(p)):
            for a in named:
                out[own[a]].setdefault(pid, (a, p.id))
    return out


def covering(kind: str, pid: str, index: Index) -> str | None:
    """The article of `kind` ("attempt", "legal_persons") that applies to the offence of `pid` (an article)."""
    chain = chain_of(kind, pid, index)
    return chain[0] if chain else None


def chain_of(kind: str, pid: str, index: Index) -> tuple[str, ...]:
    """That article, and the one making it apply to `pid`'s part of the code when it sits in another (art. 226-9)."""
    top = index.top(pid) or index.provisions.get(pid)
    return index.derived("covering", _build).get(kind, {}).get(top.id, ()) if top is not None else ()


def asked(text: str) -> list[str]:
    """The kinds a question asks about ("Is an attempt … punishable?", "Can a company be held liable …?")."""
    return [k for k, (_, asks, _) in kinds().items() if asks.search(text)]


def general(kind: str, index: Index, near: str, penalty: bool = False) -> list[str]:
    """The code's general articles behind `kind` (art. 121-2 and 131-38 for legal persons), in the instrument of
    `near` (an article of the code); for a question about the penalty, the last (the fine's rule) first."""
    prefix = near.rsplit("/", 1)[0]
    found = [pid for n in kinds()[kind][2] if (pid := f"{prefix}/{n}") in index.provisions]
    return found[::-1] if penalty else found


def states_kind(kind: str, pid: str, index: Index) -> bool:
    """The article speaks of what `kind` is about itself ("Les personnes morales reconnues pénalement responsables …
    encourent également …", art. 433-26): a rule of that kind, not an offence it covers."""
    p = index.provisions.get(pid)
    return p is not None and kinds()[kind][1].search(p.text) is not None
