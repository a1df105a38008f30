"""The measure a question names and the unit it counts in: "Pour combien d'heures un travail d'intérêt général …?"
asks a limit of a measure the Code pénal sets (kb/data/scope.yaml `held_terms`, read at ingest as "bound" facts),
in hours. kb/rerank.py weighs units by these."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .facts import Fact
from .glossary import fold
from .hints import held_terms_in
from .question import Question

if TYPE_CHECKING:  # (annotations only: kb.index reads through the stages that import this one)
    from .index import Index
    from .types import Provision

MEASURE_LIMIT = 0.45  # a limit on the measure the question names: above any other fact a unit may state

# "how many hours", "combien d'heures": the unit a question counts in, as the facts name units
COUNTED = re.compile(r"\b(?:how\s+many\s+|combien\s+d(?:e\s+|['’]\s*))(hours?|heures?|days?|jours?|months?|mois|years?|ans|années)\b",
                     re.I)
UNITS = {"hour": "hours", "heure": "hours", "day": "days", "jour": "days", "month": "months", "mois": "months",
         "year": "years", "an": "years", "annee": "years", "année": "years"}


# "the maximum amount of a day-fine", "le montant maximum": a sum of money, in whatever currency
AMOUNT_ASKED = re.compile(r"\b(?:amount|montant|how\s+much\s+(?:money|is|are|can)|combien\s+d['’]euros)\b", re.I)
MONEY_UNITS = {"EUR", "GBP", "USD"}


def in_unit(f: Fact, unit: str) -> bool:
    return f.unit in MONEY_UNITS if unit == "money" else f.unit == unit


def asked_unit(text: str) -> str | None:
    """The unit a question counts in ("hours", "months", "money"), or None."""
    m = COUNTED.search(text)
    if not m:
        return "money" if AMOUNT_ASKED.search(text) else None
    w = m.group(1).lower()
    return UNITS.get(w if w == "mois" else w.rstrip("s"))


# "the maximum amount", "how many hours", "how long can …", "jusqu'à quelle durée": a question asking how far a
# measure may go, not how long something else lasts ("How long must a person … go without a new conviction for the
# sentence to be deemed void?" is art. 132-35's five years, not art. 132-31's "dans la limite de cinq ans":
# questions101's END run)
LIMIT_ASKED = re.compile(r"\b(?:maxim\w*|max|up\s+to|jusqu\W*[àa]|how\s+many|how\s+much|how\s+long\s+(?:can|may)|"
                         r"combien|montant|plafond|limite?s?|au\s+plus|at\s+most)\b", re.I)


def asks_limit(q: Question) -> bool:
    return q.kind in ("maximum", "deadline") and bool(LIMIT_ASKED.search(q.text))


def limit_bonus(q: Question, facts: list[Fact], whole: str) -> float:
    """"… a single day-fine": the limit of the measure the question names, in an article naming it (`whole`, the
    provision folded: art. 131-5), in the unit the question counts in, if it counts in one — not a penalty of an
    offence the words of "maximum amount" also reach (art. 313-5's €7,500)."""
    if not whole or "bound" not in q.fact_kinds or not any(f.kind == "bound" for f in facts) or not asks_limit(q):
        return 0.0
    unit = asked_unit(q.text)
    if unit and not any(f.kind == "bound" and in_unit(f, unit) for f in facts):
        return 0.0
    return MEASURE_LIMIT if any(m in whole for m in held_terms_in(q.text + " " + q.fr_query)) else 0.0


def naming_measure(limits: set[float], measures: tuple[str, ...], p: Provision, index: Index) -> Provision | None:
    """Another provision than `p` naming one of `measures` that states one of `limits` (in years) as a limit or as
    the time a court has: art. 132-70-1's "au plus tard dans un délai de quatre mois après la décision d'ajournement"
    (kb/figures.py: a sentence naming the measure may be about that one)."""
    in_year = {"years": 1, "months": 12}  # (divided, as the sentence's months are: 4 / 12, not 4 * (1 / 12))
    for top, facts in index.facts.items():
        if top == p.id or not any(f.kind in ("bound", "deadline") and f.unit in in_year and f.value is not None
                                  and f.value / in_year[f.unit] in limits for f in facts):
            continue
        x = index.provisions.get(top)
        if x is not None and x.jurisdiction == p.jurisdiction and any(m in fold(x.text) for m in measures):
            return x
    return None
