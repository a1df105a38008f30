"""A power a sentence says an authority has ("Ofcom can seek a court order …"), checked against the powers read
from the provisions at ingest (kb/facts.py, kind "power"): supported when the authority the law names holds a power
in the sentence's own terms, or, when the sentence gives its powers as examples ("… powers to enforce compliance,
like imposing fines and applying for service restriction orders"), when each example is one. Never contradicted
from here: a power the corpus does not state may exist elsewhere."""
from __future__ import annotations

import re

from .evidence import most_specific
from .glossary import fold
from .index import Index
from .names import actor_entries, fold1, role_words
from .question import Question, analyse, covered
from .said import NEGATION, names_holder
from .search import search
from .units import DENIES
from .verdicts import SUPPORTED, Claim, quote as _quote

ASSERTS_POWER = re.compile(r"\b(can|could|may|ha(?:s|ve)\s+(?:the\s+)?powers?\s+to|powers?\s+includes?\s+(?:the\s+)?(?:ability|power)\s+to|"
                           r"(?:is|are|will\s+be|would\s+be)\s+able\s+to|"
                           r"peut|peuvent|a le pouvoir de|dispose du pouvoir de|"
                           r"est habilitée? à|(?:tasked|charged) with enforcing|responsible for enforcing|enforces|will enforce|"
                           r"est chargée? de faire appliquer|est chargée? de l.application)\b", re.I)
# "can block access … without a court order": a power said free of a condition the law may set (s. 146: Ofcom
# applies to the court) is more than a unit giving the power can show
WITHOUT = re.compile(r"\b(?:without|sans)\b", re.I)
# "…, like imposing fines and applying for service restriction orders": the powers the sentence names one by one
EXAMPLES = re.compile(r"(?:,|\(|—|–)\s*(?:like|such\s+as|including|for\s+example|e\.g\.|notamment|comme|"
                      r"tel(?:le)?s?\s+que|par\s+exemple)\s+(?P<items>[^.;()]{6,})", re.I)
ITEM_BREAK = re.compile(r"\s*,\s*(?:and\s+|or\s+|et\s+|ou\s+)?|\s+(?:and|or|et|ou)\s+", re.I)


# the words that say a power is held, not which ("has the power to", "the ability to")
ASSERTING = {"power", "powers", "ability", "able", "authority", "pouvoir", "pouvoirs", "habilite", "habilitee"}
UNIT_SHARE = 0.6  # of the sentence's subject words, in the power's unit and its heading
UNIT_FLOOR = 0.3  # … or this many there, and SECTION_SHARE in the whole section the power sits in
SECTION_SHARE = 0.8


def power_check(claim: str, q: Question, index: Index) -> Claim | None:
    """"Ofcom can seek a court order …": supported when a provision gives that authority that power in the
    claim's own terms (most of its subject words in the power's unit), or every power it gives as an example."""
    if not ASSERTS_POWER.search(claim) or NEGATION.search(claim) or WITHOUT.search(claim):
        return None
    if EXAMPLES.search(claim):
        # "…, like imposing fines and applying for service restriction orders": each example is checked; one unit
        # giving one of them (s. 145(1)) is not the powers the sentence lists
        return _by_example(claim, index)
    return _as_a_whole(claim, q, index) if len(q.subject) >= 3 else None


def _as_a_whole(claim: str, q: Question, index: Index) -> Claim | None:
    best = None
    # the holder's own names are matched by _powers_named; the rest of what the sentence says must be in the unit or
    # in the heading of the provision it sits in ("notice and removal" for "this section")
    named = _holder_words(claim)
    words = [w for w in q.subject if w not in named | ASSERTING] or list(q.subject)
    for h in search(claim, k=5, index=index, question=q, phrases=False):
        top = index.top(h.provision.id) or h.provision
        for f, unit in _powers_named(claim, h.provision, index):
            # the power of the holder the sentence names ("OFCOM may apply to the court …", s. 147(1)), not one of
            # the court the sentence also names ("The court may make an interim … order", s. 147(4))
            own = bool(named & set(re.findall(r"\w+", fold(f.subject))))
            if named and not own:
                continue
            seen = fold(unit + " " + top.heading)
            share = sum(1 for w in words if q.covers(w, seen)) / len(words)
            if SECTION_SHARE > share >= UNIT_FLOOR:
                # "… seek a court order that would require internet service providers and app stores to block a
                # platform": the power's unit ("OFCOM may apply to the court for an order …", s. 146(1)) and what
                # the rest of its section says the order does ("(11) … (b) app stores …")
                whole = fold(unit + " " + top.heading + " " + top.text)
                if sum(1 for w in words if q.covers(w, whole)) / len(words) >= SECTION_SHARE:
                    share = UNIT_SHARE
            if share >= UNIT_SHARE and (best is None or share > best[0]):
                best = (share, h.provision, unit)
    if best is None:
        return None
    _, top, unit = best
    holder = most_specific(unit, top, index)
    return Claim(claim, SUPPORTED, f"{holder.citation} gives that power.", [_quote(holder, unit)], kind="power")


def _by_example(claim: str, index: Index) -> Claim | None:
    """Each power the sentence gives as an example is one the holder has, all its words in one power's unit (the
    generic ones too: "imposing fines" is the example, not a word of it)."""
    m = EXAMPLES.search(claim)
    if m is None or not ASSERTS_POWER.search(claim[:m.start()]):
        return None
    items = [i.strip(" ,.") for i in ITEM_BREAK.split(m.group("items"))]
    items = [i for i in items if re.search(r"[^\W\d_]{4,}", i)]
    holder_words = _holder_words(claim)
    if not items or not holder_words:
        return None
    found = []
    for item in items:
        words = [w for w in re.findall(r"[^\W\d_]{4,}", fold(item)) if w not in holder_words]
        asked = f"{' '.join(sorted(holder_words))} {item}"
        best = None
        for h in search(asked, k=10, index=index, question=analyse(asked, index.config), phrases=False):
            for f, unit in _powers_named(claim, h.provision, index):
                if DENIES.search(unit):
                    continue  # "But OFCOM may not bring such proceedings unless …"
                seen = fold(unit + " " + (index.top(h.provision.id) or h.provision).heading)
                if words and all(_used(w, seen) for w in words):
                    best = (h.provision, unit)
                    break
            if best:
                break
        if best is None:
            return None
        found.append((item, most_specific(best[1], best[0], index), best[1]))
    said = "; ".join(f"“{item}”: {p.citation}" for item, p, _ in found)
    return Claim(claim, SUPPORTED, f"each power the sentence names is given by the law ({said}).",
                 [_quote(p, unit) for _, p, unit in found], kind="power")


def _used(word: str, folded: str) -> bool:
    """The unit uses the word, in any inflection ("imposing" / "impose", "applying" / "apply"), or a glossary
    term of its concept ("fines" / "penalty")."""
    stem = re.sub(r"(?:ing|ed|es|s)$", "", word) if len(word) > 5 else word
    return re.search(r"(?<!\w)" + re.escape(stem), folded) is not None or covered(word, folded)


def _holder_words(claim: str) -> set[str]:
    """The words that name the holder: its names, or the role the sentence names it by ("the regulator")."""
    entries = actor_entries(claim, by_role=True)
    roles = role_words() if any(e.get("by_role") for e in entries) else []
    return {w for n in [*(n for e in entries for n in e["said"]), *roles] for w in re.findall(r"\w+", fold1(n))}


def _powers_named(claim: str, provision, index: Index):
    """The provision's powers whose holder the sentence names, each with the text of its unit."""
    for f in index.facts.get(provision.id, []):
        if f.kind == "power" and names_holder(claim, f.subject, provision.source, index, by_role=True):
            yield f, provision.text[f.unit_start:f.unit_end]
