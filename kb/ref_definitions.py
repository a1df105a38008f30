"""A sentence saying a provision defines a term ("The legal definition of child pornography is established in 18
U.S.C. § 2256"), against the definitions read at ingest: the definition fact the cited provision holds, or the
provision of the same legal system that does define it when the cited one does not."""
from __future__ import annotations

import re

from .extract import RESOLVED
from .facts import Fact
from .figure_facts import fact_quotes
from .glossary import fold
from .index import Index
from .said import definitions
from .types import Provision
from .verdicts import CONTRADICTED, Claim

# The sentence says a provision defines a term: "the definition of …", "is defined in", "définit", "au sens de".
DEFINING = re.compile(r"\b(?:defin\w*|définit\w*|définition\w*|meaning\s+of|au\s+sens\s+d)", re.I)


def defines(claim: str, top: Provision, p: Provision | None, index: Index) -> Fact | None:
    """The definition fact, in the provision cited (or its article), of a term the sentence says it defines."""
    if not DEFINING.search(claim):
        return None
    folded = fold(claim)
    for f in index.facts_of((p or top).id) or index.facts_of(top.id):
        if f.kind == "definition" and len(fold(f.term).strip(QUOTES)) >= 4 and says_defined(fold(f.term), folded):
            return f
    return None


def says_defined(term: str, folded: str) -> bool:
    """The sentence says `term` is defined: "the definition of child pornography", "defines “minor”", "child
    pornography is defined" — not "defines anyone who …", "child pornography, as defined by federal law" or "the
    definition of the crime of producing …"."""
    bare = re.escape(term.strip(QUOTES))
    opens = (r"(?:definition\s+(?:of|de|du|des|d')|defines?|definit|definissent)\s+(?:the\s+|an?\s+|la\s+|le\s+|les\s+|l')?"
             r"(?:term\s+|terme\s+|word\s+|mot\s+)?\W{0,2}")
    return (re.search(rf"{opens}{bare}(?!\w)", folded) is not None
            or re.search(rf"(?<!\w){bare}\W{{0,2}}\s+(?:is|are|was|est|sont)\s+(?:\w+\s+){{0,2}}defin", folded) is not None)


QUOTES = " “”\"'«»"


def definition_elsewhere(claim: str, refs: list[dict], index: Index) -> Claim | None:
    """"The definition of child pornography is in 18 U.S.C. § 2252": the provisions cited define no term the
    sentence says is defined there, and a provision of the same legal system does (§ 2256(8))."""
    if not DEFINING.search(claim):
        return None
    tops = [t for r in refs if r["status"] == RESOLVED and (t := index.top(r["id"])) is not None]
    if not tops or len({t.jurisdiction for t in tops}) != 1:
        return None
    folded = fold(claim)
    terms = [t for t in definitions(index) if len(t) >= 6 and says_defined(t, folded)]
    if not terms:
        return None
    term = max(terms, key=len)  # "identifiable minor", not "minor"
    if any(t.id in definitions(index)[term] for t in tops):
        return None
    home = sorted(x for x in definitions(index)[term] if index.provisions[x].jurisdiction == tops[0].jurisdiction)
    if not home:
        return None
    f = next(f for f in index.facts.get(home[0], []) if f.kind == "definition" and fold(f.term) == term)
    quoted = fact_quotes(index.provisions[home[0]], [f], index)
    holder, cited = quoted[0]["citation"], ", ".join(dict.fromkeys(t.citation for t in tops))
    return Claim(claim, CONTRADICTED, f"{cited} does not define “{f.term}”; {holder} does.", quoted,
                 f"“{f.term}” is defined in {holder}, not in {cited}.", kind="reference")
