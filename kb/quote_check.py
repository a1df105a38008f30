"""Law quoted in a sentence, checked against the provision whose words it quotes (kb/quotes.py finds them): the
words said otherwise (a figure, a negation, an added clause, one word of a short quotation of the cited article),
the words given to another article or instrument, the words denied around them."""
from __future__ import annotations

import re

from . import quotes
from .crossrefs import sibling_id
from .divisions import presumed
from .event_days import days_described
from .extract import extract as extract_refs
from .figure_support import provision_check
from .glossary import fold
from .index import Index
from .question import Question
from .said import NEGATION
from .stated import claimed
from .verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Claim, described, quote as _quote


def _near(claim: str, index: Index, refs: list[dict]) -> list:
    """The provisions a sentence cites (`refs`, kb.extract), and those their text refers to by number ("au sens de
    l'article 121-7")."""
    out = []
    for r in refs:
        pid = r.get("id") if r.get("resolved") else (r.get("see") or {}).get("id")
        top = index.top(pid) if pid else None
        number = re.search(r"\d+(?:-\d+)+", r["text"]) if r["kind"] == "provision" and top is None else None
        if number is not None:
            top = presumed(claim, number.group(0), index)[0]  # "(art. 121-6)" in a sentence about an offence
        if top is None or top in out:
            continue
        out.append(top)
        for m in REFERS_TO.finditer(top.text):
            other = index.provisions.get(sibling_id(top.id, m.group(1)))
            if other is not None and other not in out:
                out.append(other)
    return out


# "au sens de l'article 121-7", "prévues à l'article 121-3": an article this one reads with
REFERS_TO = re.compile(r"\barticle\s+(\d+(?:-\d+)+)\b(?!\s+(?:du|de\s+la|of)\b)", re.I)


def misquote_check(claim: str, index: Index, refs: list[dict] | None = None) -> Claim | None:
    """A quotation of a provision with a figure changed, a negation added or dropped, a clause added, or — in a
    short quotation of a provision the sentence cites — one word said otherwise, is contradicted by the
    provision's own words. `refs`: the references the sentence makes (kb.extract), when already read."""
    refs = extract_refs(claim, index) if refs is None else refs
    wrong = quotes.misquoted(claim, index, _near(claim, index, refs))
    if not wrong:
        return None
    x = wrong[0]
    said = "; ".join(f"“{a}”, which it does not say" if not b else f"no “{b}”, which it says" if not a
                     else f"“{a}” where it says “{b}”" for a, b in x.changes)
    return Claim(claim, CONTRADICTED, f"the quotation is {x.quoted.provision.citation} but for {said}.",
                 [_quote(x.quoted.provision, x.quoted.unit)],
                 correction=f"{x.quoted.provision.citation} reads: “{x.quoted.unit.strip()}”", kind="quote")


SHARED_WORDS = 3  # provisions holding a quotation beyond which it is no one provision's words
# The number of the section or article a sentence attributes a quotation to ("Section 223(c)(1) states: “…”")
NUMBERED = re.compile(r"(?<!\w)(?:sections?|§§?|articles?|art\.|s\.)\s*(\d+[A-Za-z]?(?:-\d+)*)(?![\d-])", re.I)


def _attributed_elsewhere(claim: str, q: Question, x: quotes.Quoted, cited: list, named: dict[str, str],
                          index: Index) -> Claim:
    """The quoted words are one provision's, the sentence gives them to another number: contradicted when the code
    named holds the article cited ("… (article 227-31-1 du Code pénal) qui punit … « le fait pour un majeur de
    solliciter … »": the quoted words are another of its articles'), else unverifiable."""
    held = index.top(x.provision.id) or x.provision
    miscited = [t for t in cited if t.source == held.source and t.id != held.id]
    if miscited and q.sources and held.source in q.sources:
        wrong = miscited[0]
        return Claim(claim, CONTRADICTED, f"the quoted words are those of {x.provision.citation}, not of "
                                          f"{wrong.citation} (“{described(wrong, 100)}”).",
                     [_quote(x.provision, x.unit)], f"The provision is {held.citation}, not {wrong.citation}.",
                     kind="quote")
    return Claim(claim, UNVERIFIABLE, f"the quoted words are in {x.provision.citation}; the sentence attributes "
                                      f"them to {', '.join(dict.fromkeys(named.values()))}.",
                 [_quote(x.provision, x.unit)], kind="quote")


def quote_check(claim: str, q: Question, index: Index, dates: list | tuple = (),
                refs: list[dict] | None = None, found: list[quotes.Quoted] | None = None) -> Claim | None:
    """A sentence that quotes a provision word for word says what the law says — unless it denies it, or puts
    the words in another instrument than the one they are in. `dates`: the days the sentence gives (kb.dates),
    which a quoted action record must hold; `refs`: the references it makes (kb.extract), when already read;
    `found`: its quotations the law holds (kb.quotes.find), when already found. A misquotation is `misquote_check`'s,
    which kb/check.py asks first, even where the quotation's other words are found as fragments ("No provider …
    shall not be treated as the publisher …")."""
    found = quotes.find(claim, index) if found is None else found
    if not found:
        return None
    outside = quotes.outside(claim, found)
    if NEGATION.search(outside):
        return None
    if not q.sources and claimed(outside) and any(fold(a) in fold(outside) for a in q.absent):
        # "The … (SAFE) Act carries a maximum fine of $150,000 for … “knowing and willful failure to make a report.”":
        # words a held statute shares, figures of a law the corpus lacks (named outside the quotation: the code civil
        # art. 227-3 itself names is no law the sentence gives figures of)
        return None
    where = [x for x in found if not q.sources or x.provision.source in q.sources]
    if not where:
        x = found[0]
        return Claim(claim, UNVERIFIABLE, f"the quoted words are in {x.provision.citation}, not in the instrument the "
                                          f"sentence names.", [_quote(x.provision, x.unit)], kind="quote")
    records = [x for x in where if x.provision.kind == "action"]
    if records and dates and not any(w.contains(day) for x in records
                                     for day in (x.provision.as_of, *days_described(x.provision.note)) for w in dates):
        # "Cette enquête a été étendue au début du mois d'avril à Grok, … « mettant notamment en scène des
        # mineurs »": the words are the record's, the day is not; the record check weighs the day
        return None
    named = {m.group(1).lower(): m.group(0) for m in NUMBERED.finditer(outside)}
    own = {(index.top(x.provision.id) or x.provision).number.lower() for x in where}
    if named and not set(named) & own:
        refs = refs if refs is not None else extract_refs(claim, index)
        # the provisions the sentence cites by the numbers it attributes the quotation to
        cited = [t for r in refs if r["kind"] == "provision" and r.get("resolved")
                 and (t := index.top(r["id"]) or index.provisions.get(r["id"])) is not None and t.number.lower() in named]
        # "Aux termes de l'article 434-13 …, le faux témoignage est puni de « cinq ans d'emprisonnement et de 75 000
        # euros d'amende »": words many articles say, the cited one among them
        moved = [y for x in where for t in cited if (y := quotes.held_within(x, t, index)) is not None]
        if not moved:
            # "Section 223(c)(1) states: “No provider or user …”": the words are § 230(c)(1)'s
            if quotes.shared(where[0], index) >= SHARED_WORDS:
                return None  # the figures the sentence quotes are checked against the article it names
            return _attributed_elsewhere(claim, q, where[0], cited, named, index)
        where = moved
    if claimed(outside):
        # "La loi punit de quatre ans d'emprisonnement … « en fixant, enregistrant … »": the quoted words are the
        # law's; the figures said around them are held to the quoted provision's own.
        top = index.top(where[0].provision.id) or where[0].provision
        held = provision_check(claim, top, index)
        if held is not None and held.verdict != SUPPORTED:
            return held
    cites = ", ".join(dict.fromkeys(x.provision.citation for x in where))
    return Claim(claim, SUPPORTED, f"the quoted words are those of {cites}.",
                 list({(x.provision.id, x.unit): _quote(x.provision, x.unit) for x in where}.values())[:3],
                 caveats=["only the quoted words are checked, not what the sentence says around them"]
                 if len(outside.split()) > 12 else [], kind="quote")
