"""Days by which the law says something must be done ("Member States shall designate the Digital Services
Coordinators by 17 February 2024": `due` facts read at ingest), and the sentences that restate them."""
from __future__ import annotations

import re

from .dates import When, find as find_dates
from .facts import Fact
from .glossary import fold
from .index import Index
from .question import Question
from .types import Provision
from .verdicts import CONTRADICTED, SUPPORTED, Claim, quote


# "had to designate … by 17 February 2024", "d'ici le 2 août 2026", "no later than": a day to act by.
BY_DAY = re.compile(r"\b(?:by|no later than|not later than|before|until|d.ici (?:le|au)|avant le|au plus tard le|jusqu.au)\s*$",
                    re.I)
# What is due must be the fact's own: most of the sentence's subject words in the fact's words.
DUE_SUPPORT = 0.6
DUE_CONTRADICT = 0.8


def due_facts(index: Index) -> list[tuple[Fact, Provision]]:
    """Every `due` fact ("Member States shall designate the Digital Services Coordinators by 17 February
    2024"), with the provision it was read from (walked once per index)."""
    return index.derived("due_facts", lambda ix: [(f, ix.provisions[f.provision_id]) for fs in ix.facts.values()
                                                  for f in fs if f.kind == "due" and f.provision_id in ix.provisions])


def due_check(claim: str, q: Question, dates: list[When], index: Index, tops: set[str] = frozenset()) -> Claim | None:
    """"Each Member State had to designate … a Digital Services Coordinator by 17 February 2024": the `due` fact
    saying that duty, by that day, supports it. The same duty by another day contradicts it only when the
    sentence's one day is the day to act by ("by …") and the fact says nearly all it says, in the instrument
    named; a day the sentence gives otherwise is left alone. `tops`: the articles the sentence cites — "According
    to Article 58 of the AI Act, each Member State must establish … by 2 August 2026" is not Art. 57(1)'s duty."""
    cited: dict[str, set[str]] = {}
    for t in tops:
        if t in index.provisions:
            cited.setdefault(index.provisions[t].source, set()).add(t)
    words = [w for w in q.subject if len(w) >= 4]
    days = [w for w in dates if w.start == w.end and not w.yearless]
    if len(words) < 3 or not days:
        return None
    best = None
    for f, at in due_facts(index):
        if q.sources and at.source not in q.sources:
            continue
        if at.source in cited and f.top_id not in cited[at.source]:
            continue
        share = sum(1 for w in words if q.covers(w, fold(f.text))) / len(words)
        if share >= DUE_SUPPORT and (best is None or share > best[0]):
            best = (share, f, at)
    if best is None:
        return None
    share, f, at = best
    due = [w.start for w in find_dates(f.of or f.text, None) if w.start == w.end]
    if due and due[0] in {w.start for w in days}:
        return Claim(claim, SUPPORTED, f"{at.citation}: “{f.text}”.", [quote(at, f.text)], kind="date")
    by = [w for w in days if BY_DAY.search(claim[:max(0, claim.find(w.text))])]
    if due and len(days) == 1 and by and share >= DUE_CONTRADICT and q.sources:
        return Claim(claim, CONTRADICTED, f"{at.citation} sets {f.of}: “{f.text}”.", [quote(at, f.text)],
                     correction=f"{at.citation}: by {f.of}", kind="date")
    return None
