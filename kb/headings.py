"""Whether a question says a provision's heading: word for word, or its words in order with a few others between,
in either language through the glossary ("les obligations des fournisseurs de systèmes d'IA à haut risque" says
"Obligations of providers of high-risk AI systems")."""
from __future__ import annotations

import re
from functools import lru_cache

from .glossary import counterparts, fold
from .question import scope as scope_words
from .types import Provision

GLUE = {"of", "the", "a", "an", "and", "to", "for", "by", "in", "on", "de", "du", "des", "la", "le", "les", "et", "d"}
ONE_WORD = 8  # letters a one-word heading needs to be specific (7 made "Hosting" the answer to any question
# about a hosting provider, Art. 6 DSA over Art. 7)
LONG = 4  # words a heading needs before its words may come apart in the question
GAP = r"\W+(?:\w+\W+){0,2}?"  # at most two other words between two of the heading's


def names_heading(asked: str, p: Provision) -> bool:
    """The question uses the provision's whole heading ("interim measures", "prohibited AI practices"), or its
    one-word heading when that word is specific ("Compensation", reached from "indemnisation" through the
    glossary), not a drafting word every instrument uses ("Penalties")."""
    return says_heading(asked, p.heading.split(":")[0])


def named_headings(asked: str, provisions: list[Provision]) -> set[str]:
    """The provisions whose heading the question says (`names_heading`), but not one said only inside a longer
    heading it also says ("content that is harmful to children" in "primary priority content that is harmful to
    children": s. 60 in s. 61's)."""
    named = [p for p in provisions if names_heading(asked, p)]
    said = {p.id: _words(p.heading.split(":")[0]) for p in named}
    out = {pid for pid, w in said.items() if not any(len(v) > len(w) and f" {w} " in f" {v} " for v in said.values())}
    # "Confirmation decisions: risk assessments" (s. 134 OSA) among the five "Confirmation decisions: …": the one
    # whose words after the colon the question also says ("… failed to carry out a proper risk assessment")
    subs = {p.id for p in named if p.id in out and _sub_said(asked, p.heading)}
    return {pid for pid in out if pid in subs or not any(said[s] == said[pid] for s in subs)}


def _sub_said(asked: str, heading: str) -> bool:
    """Every word of a heading's part after its colon is in the question."""
    return says_all(asked, heading.partition(":")[2])


def says_all(asked: str, text: str) -> bool:
    """Every word of `text` but glue words is in the question (`asked`: folded words joined by spaces), a plural
    by its singular; False when `text` has no such word."""
    words = [w for w in _words(text).split() if w not in GLUE]
    have = set(asked.split())
    return bool(words) and all(w in have or w.rstrip("s") in have for w in words)


def says_heading(asked: str, heading: str) -> bool:
    """`asked` is folded words joined by spaces."""
    head = _words(heading)
    specific = head.count(" ") >= 1 or (len(head) >= ONE_WORD and head not in scope_words()[1])
    if not specific or re.match(r"(article|section|in general)\b", head):
        return False
    # a one-word heading in the singular or the plural ("Certificates" said by "a certificate"); not a longer one,
    # whose words a question uses for its circumstances ("in response to an information notice": s. 102 OSA,
    # "Information notices", is not the offence asked about)
    if f" {head} " in f" {asked} " or (" " not in head and head.rstrip("s") in {w.rstrip("s") for w in asked.split()}):
        return True
    pattern = _in_order(heading)
    return pattern is not None and pattern.search(asked) is not None


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


@lru_cache(maxsize=4096)
def _in_order(heading: str) -> re.Pattern | None:
    """A long heading's slots in order, each a word or a glossary phrase said as written or in the other
    language (plurals aside; not another phrase of the same language, which may name a neighbour: "publish
    details" is said of OFCOM's publication, s. 149 OSA, and of the providers', s. 150), a few words between."""
    head = _words(heading)
    slots: list[str] = []
    found = sorted(((f" {head} ".find(f" {_words(p)} "), _words(p), [p, *terms]) for p, terms in counterparts(heading)),
                   key=lambda x: (x[0], -len(x[1])))
    at = 0
    for word_at, word in _positions(head):
        if word_at < at:
            continue
        span = next(((s, ph, terms) for s, ph, terms in found if s == word_at), None)
        if span is not None:
            s, ph, terms = span
            alts = sorted({_words(t) for t in terms if _words(t)}, key=len, reverse=True)
            slots.append("(?:" + "|".join(r"[sx]?\W+".join(map(re.escape, a.split())) + "[sx]?" for a in alts) + ")")
            at = s + len(ph) + 1
        elif word not in GLUE:
            slots.append(re.escape(word) + "[sx]?")
    if sum(1 for w in head.split() if w not in GLUE) < LONG or len(slots) < 2:
        return None
    return re.compile(r"\b" + GAP.join(slots) + r"\b")


def _positions(head: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for w in head.split():
        out.append((at, w))
        at += len(w) + 1
    return out
