"""Whether a provision is what a sentence says it is: most of the sentence's subject in the provision's heading and
opening words (kb.refcheck's fallback "supported" for a right reference, and its reading of an absent Act's section
inserted by a held one)."""
from __future__ import annotations

import re
from dataclasses import replace

from .glossary import fold, role_phrases
from .question import Question, framing
from .said import CONCESSIVE, NEGATION
from .types import Provision
from .units import operative

OPENING = 600  # characters of a provision's opening words: s. 121 OSA reaches its "accredited technology" at 450


SMALL_DIVISION = re.compile(r"^\s*(?:sous-section|paragraphe|sub-?section)\b", re.I)


def nearest_headings(p: Provision) -> list[str]:
    """The heading just above the provision, and those of the small divisions it sits in: art. 132-8's "Paragraphe 1 :
    Personnes physiques" says nothing of what it is about, its "Sous-section 2 : Des peines applicables en cas de
    récidive" does (claims127, first run)."""
    small = [h for h in p.path[-3:-1] if SMALL_DIVISION.match(h)]
    return small + p.path[-1:]


def about(q: Question, p: Provision, subject: frozenset[str] | None = None) -> bool:
    """Most of the sentence's subject (or of the clause attached to the reference) is in the provision's heading
    and opening words (it is what the sentence says it is), and the sentence asserts nothing the provision
    could deny. A role hundreds of articles name (the glossary's `fr_asked` phrases) is one word, not three:
    "atteinte à la liberté réalisée par dépositaire de l'autorité publique" is not art. 432-3 (continuing public
    functions after their end) for sharing the actor and none of the act."""
    words = [w for w in (subject or q.subject) if len(w) >= 5 and not re.match(r"^(section|article|schedule)", w)
             and w not in framing()]
    if not words or NEGATION.search(CONCESSIVE.sub(" ", q.text)):
        return False
    head = fold(p.heading + " " + " ".join(nearest_headings(p)) + " " + operative(p.text)[:OPENING])
    said = fold(q.text)
    groups = [[w for w in words if w in re.findall(r"\w+", phrase)] for phrase in role_phrases() if phrase in said]
    grouped = {w for g in groups for w in g}
    units = [g for g in groups if g] + [[w] for w in words if w not in grouped]
    return sum(1 for u in units if any(q.covers(w, head) for w in u)) / len(units) >= 0.5


def about_cited(q: Question, top: Provision, p: Provision | None, subject: frozenset[str] | None = None) -> bool:
    """`about` the article, or the paragraph the sentence pinpoints ("l'article 35.2 … prévoit que le comité …
    publie des rapports"): what a paragraph says is in the paragraph, not in the article's opening words."""
    if about(q, top, subject):
        return True
    return p is not None and p.id != top.id and about(q, replace(p, heading=top.heading), subject)
