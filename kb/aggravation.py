"""An aggravation a sentence names without figures ("des peines aggravées lorsque …", "harsher penalties when …")
against the provision about it, which may punish that case with the offence's own penalties."""
from __future__ import annotations

import re

from .figure_facts import ABOUT, FIGURE_WORDS, same_penalties as _same_penalties
from .glossary import fold
from .index import Index
from .question import Question
from .search import search
from .verdicts import CONTRADICTED, Claim, quote as _quote


# "des peines aggravées lorsque …", "harsher penalties when …": an aggravation said without its figures
AGGRAVATION = re.compile(r"\bpeines?\s+(?:aggravée|alourdie|plus\s+(?:lourde|sévère))s?\b|\baggravated\s+penalt|"
                         r"\b(?:harsher|heavier|increased|higher|tougher)\s+(?:penalt|sentence|punishment)", re.I)


def aggravation_check(claim: str, q: Question, index: Index) -> Claim | None:
    """A case said to aggravate an offence that the provision about it punishes with the offence's own
    penalties ("des peines aggravées lorsque l'usurpation est commise … sur un réseau de communication au public
    en ligne": art. 226-4-1 al. 2 says "des mêmes peines")."""
    if not AGGRAVATION.search(claim):
        return None
    words = [w for w in q.subject if len(w) >= 5 and w not in FIGURE_WORDS]
    hits = search(claim, k=5, index=index, question=q, phrases=False)
    if q.french:  # the English channels lead a French sentence abroad; the Code pénal is searched as well
        hits += search(claim, k=5, jurisdiction="FR", index=index, question=q, phrases=False)
    for h in hits:
        p = h.provision
        if (q.sources and p.source not in q.sources) or not words:
            continue
        if sum(1 for w in words if q.covers(w, fold(p.heading + " " + p.text))) / len(words) < ABOUT:
            continue
        same = _same_penalties(claim, q, p)
        if same:
            return Claim(claim, CONTRADICTED, f"{p.citation}: “{same[:200]}” — the same penalties, not aggravated "
                                              f"ones.", [_quote(p, same)], f"{p.citation}: “{same[:160]}”.",
                         kind="figure")
    return None
