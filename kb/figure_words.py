"""The words of a sentence stating a figure that say nothing of which provision it is about: a purpose clause ("in
order to …"), a relative clause set off by commas ("Cyberflashing, which is particularly prevalent on dating apps,
…, is …"), the words any cap is said in ("fines of up to … of global annual turnover"); and the clause the figure
is stated in (kb.figures)."""
from __future__ import annotations

import re

# A purpose clause to the end of the sentence: "in order to …", "so as to …", "afin de …", "dans le but de …".
PURPOSE = re.compile(r"\b(?:in order to|so as to|afin d[e'’]|dans le but d[e'’]).*$", re.I | re.S)
# A relative clause set off by commas before the main verb: "Cyberflashing, which is particularly prevalent on dating
# apps, AirDrop and other platforms, is an either way offence …" — what the subject is like, not what it is.
ASIDE = re.compile(r",\s+(?:which|who|qui|lequel|laquelle)\b.*?,\s+(?=(?:is|are|was|were|has|have|carries|carry|can|"
                   r"could|will|may|remains?|est|sont|était|a|peut|reste)\b)", re.I | re.S)


# The words of any cap, whoever sets it: they say nothing of which law a share of turnover is from.
CAP_ONLY_WORDS = {"power", "powers", "impose", "imposed", "fines", "fine", "global", "worldwide", "annual", "turnover",
                  "revenue", "revenues", "percent", "large", "total", "up", "amount", "chiffre", "affaires", "mondial",
                  "annuel", "infliger", "pouvoir", "sanctions", "sanction", "company", "companies", "firms",
                  "entreprise", "entreprises"}

# Where a sentence's clauses part: "…, which requires …", "…; …", "… — …"
CLAUSE = re.compile(r",\s+(?:which|that|who|qui|que|dont)\b|;|\s[—–]\s")


def figure_clause(claim: str) -> str:
    """The clause of `claim` that states its first figure."""
    m = re.search(r"\d", claim)
    if m is None:
        return claim
    cuts = [0, *(c.start() for c in CLAUSE.finditer(claim)), len(claim)]
    start = max(c for c in cuts if c <= m.start())
    end = min(c for c in cuts if c > m.start())
    return claim[start:end]
