"""Definition questions in the direct line: which defined terms the question names, and what a term means as the
law says it (a definition fact is the words up to "means"; the answer is what follows)."""
from __future__ import annotations

from .facts import Fact
from .glossary import fold, says_whole
from .units import LEAD_IN, short


def named_terms(question, governing: list) -> set[str] | None:
    """The defined terms a definition question names, the longest of those that overlap ("provider pornographic
    content", not also "pornographic content" inside it nor "regulated provider pornographic content" around
    it); None when it names none of the terms the quotes define."""
    terms = {fold(f.term) for e in governing for f in e.facts if f.kind == "definition" and f.term}
    inside = {t for t in terms if says_whole(t, question.text)}
    longest = {t for t in inside if not any(t != u and t in u for u in inside)}
    return longest or None


def meaning(f: Fact, top_text: str) -> str | None:
    """"“Provider pornographic content”, in relation to an internet service, means pornographic content that is
    published …": what the term means, not the words up to "means" — to the end of its own item, where the unit is a
    list of definitions ("the term— (1) “minor” means …; (2) …"). None when the fact's unit ends with it."""
    if not top_text or f.unit_end <= f.end:
        return None
    end = top_text.find("\n", f.end)
    said = top_text[f.start:min(f.unit_end, end) if end > 0 else f.unit_end]
    if LEAD_IN.search(said):
        # "“Content that is harmful to children” means—" and its points (a) to (c): the meaning is the list
        return short(" ".join(top_text[f.start:f.unit_end].split()).rstrip(" ;,:"), LIST_MEANING)
    return short(said.rstrip(" ;,:"), 220)


LIST_MEANING = 320  # characters of a definition by list shown in the line
