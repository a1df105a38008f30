"""A sentence saying an Act or bill of the corpus amends a provision ("The TAKE IT DOWN Act amends Section 223 of the
Communications Act of 1934 …"), read from the amending instrument's own words, which name what they amend
("Section 223 of the Communications Act of 1934 (47 U.S.C. 223) is amended—"). That the provision cited is about
what the sentence says does not show who amended it: "The ENFORCE Act amends Section 223 …" named the right section
and was supported by its subject (the swap probe)."""
from __future__ import annotations

import re

from .extract import RESOLVED, extract
from .index import Index
from .question import Question
from .registry import load_sources
from .restates import AMENDS
from .types import Provision
from .units import units
from .verdicts import CONTRADICTED, SUPPORTED, Claim, quote

# "… (47 U.S.C. 223) is amended—", "…, is amended by inserting …": what follows the name of the provision amended
AMENDED = re.compile(r"^[^.;—]{0,60}?\b(?:is|are)\s+(?:hereby\s+|further\s+)?amended\b", re.I)


def _mentions(p: Provision, index: Index) -> list[tuple[dict, str | None]]:
    """Every reference in `p`'s text, each with the unit saying it is amended, or None when it is only named; read
    once per provision and open index."""
    cache = index.derived("amending_mentions", lambda _: {})
    if p.id not in cache:
        out = []
        for item in extract(p.text, index):
            start, end = item.get("span") or (0, 0)
            amended = item.get("kind") == "provision" and AMENDED.match(p.text[end:end + 80])
            unit = next((u.text for u in units(p.text) if u.start <= start < u.end), p.text[:300]) if amended else None
            out.append((item, unit))
        cache[p.id] = out
    return cache[p.id]


AMENDING_KINDS = ("bill", "public-law", "act", "regulation")  # instruments that amend others (not a code, not a U.S.C. section)
LISTED = 4  # how many of the provisions an instrument amends a contradiction names


def amendment_check(claim: str, q: Question, index: Index, refs: list[dict]) -> Claim | None:
    """Supported when the Act or bill the sentence names (the two bills of one name together) says the provision
    cited after "amends" is amended; contradicted when its text never names that provision at all (what it does
    amend is listed); otherwise left to the other readings."""
    said = AMENDS.search(claim)
    if said is None:
        return None
    amenders = [s for s in load_sources(index.config) if s.id in q.sources and s.kind in AMENDING_KINDS]
    if not amenders or len({s.short_name if s.kind != "bill" else "bill" for s in amenders}) != 1:
        return None
    ids = {s.id for s in amenders}
    cited = [r for r in refs if r.get("status") == RESOLVED and r.get("id") in index.provisions
             and index.provisions[r["id"]].source not in ids and (r.get("span") or (0,))[0] >= said.end()]
    if not cited:
        return None
    target = index.top(cited[0]["id"]) or index.provisions[cited[0]["id"]]

    def names_target(item: dict) -> bool:
        return bool(item.get("id")) and (item["id"] == target.id or item["id"].startswith(target.id + "/"))
    own = sorted((p for s in amenders for p in index.top_level(s.id)), key=lambda p: index.order.get(p.id, 0))
    amended = [(p, item, unit) for p in own for item, unit in _mentions(p, index) if unit is not None]
    for p, item, unit in amended:
        if names_target(item):
            return Claim(claim, SUPPORTED, f"{p.citation} amends {target.citation}.", [quote(p, unit)], kind="amendment")
    if not amended or any(names_target(item) for p in own for item, _ in _mentions(p, index)):
        return None
    # what it amends, by the provisions' own citations where the corpus holds them, else as its text names them
    what = list(dict.fromkeys((index.top(item["id"]) or index.provisions[item["id"]]).citation
                              if item.get("id") in index.provisions else item["text"]
                              for _, item, _ in amended if item.get("id") or " of " in item["text"]))
    listed = "; ".join(what[:LISTED]) + (" …" if len(what) > LISTED else "")
    name = " and ".join(s.short_name for s in amenders)
    p, _, unit = amended[0]
    return Claim(claim, CONTRADICTED, f"The text of {name} does not name {target.citation}; what it says it amends "
                                      f"includes {listed}.", [quote(p, unit)],
                 f"{name} amends {listed}, not {target.citation}.", kind="amendment")
