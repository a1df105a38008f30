"""Attempts in the Code pénal: "La tentative des infractions prévues par la présente section est punie des mêmes
peines" (art. 226-5), "La tentative des délits prévus aux articles 227-25, 227-26 et 227-27 …" (art. 227-27-2).
Which offences each such article covers is read from its words and from the code's structure (the section, chapter
or paragraph it sits in), once per index; "is an attempt to record someone's private words punishable?" is then
answered by the article that says so, next to the offence's own."""
from __future__ import annotations

import re

from .index import Index
from .types import Provision

ATTEMPT = re.compile(r"^La tentative (?:des|du|de la|de l['’])\s*(?:délits?|infractions?|crimes?)\s+prévu\w*\s+"
                     r"(?P<where>.+?)\s+est punie des mêmes peines", re.I)
# "par la présente section", "au présent chapitre", "au présent paragraphe": the part of the code it sits in
HERE = re.compile(r"\bprésente?\s+(?P<level>section|chapitre|paragraphe|titre)\b", re.I)
NUMBER = r"\d+(?:-\d+)*"
RANGE = re.compile(rf"({NUMBER})\s+à\s+({NUMBER})")
SINGLE = re.compile(rf"(?<![\d-])({NUMBER})(?![\d-])")
# how people ask about an attempt, in both languages
ASKS = re.compile(r"\b(?:attempt\w*|tentative|tenter|tenté\w*)\b", re.I)


def _covered(where: str, attempt_id: str, index: Index, tops: dict[str, Provision], order: list[str]) -> list[str]:
    """The ids of the articles an attempt article's words cover; `tops`: the code's articles by number, `order`
    their numbers in the code's order."""
    p = index.provisions[attempt_id]
    here = HERE.search(where)
    if here:
        level = here.group("level").lower()
        depth = next((i for i, part in reversed(list(enumerate(p.path))) if part.lower().startswith(level)), None)
        if depth is None:
            return []
        prefix = list(p.path[:depth + 1])
        return [q.id for q in index.top_level() if q.source == p.source and list(q.path[:depth + 1]) == prefix
                and q.id != attempt_id]
    # "aux articles 222-27 à 222-30-1", "aux articles 413-2 et 413-5 à 413-7", "au premier alinéa de l'article 413-10"
    numbers: list[str] = []
    rest = where
    for a, b in RANGE.findall(where):
        if a in order and b in order:
            numbers += order[order.index(a):order.index(b) + 1]
        rest = rest.replace(f"{a} à {b}", " ")
    numbers += [n for n in SINGLE.findall(rest) if n in tops]
    return [tops[n].id for n in dict.fromkeys(numbers)]


def _attempts(index: Index) -> dict[str, str]:
    out: dict[str, str] = {}
    articles = [p for p in index.top_level() if p.language == "fr"]
    by_source: dict[str, tuple[dict[str, Provision], list[str]]] = {}
    for p in articles:
        m = ATTEMPT.match(p.text)
        if not m:
            continue
        if p.source not in by_source:
            tops = {q.number: q for q in articles if q.source == p.source}
            by_source[p.source] = (tops, [q.number for q in sorted(tops.values(), key=lambda q: index.order.get(q.id, 0))])
        for pid in _covered(m.group("where"), p.id, index, *by_source[p.source]):
            out.setdefault(pid, p.id)
    return out


def attempt_for(pid: str, index: Index) -> str | None:
    """The article making an attempt at the offence of `pid` (an article) punishable, if there is one."""
    top = index.top(pid) or index.provisions.get(pid)
    return index.derived("attempts", _attempts).get(top.id) if top is not None else None
