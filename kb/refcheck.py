"""Sentences that cite provisions: does the reference exist, is it about what the sentence says, is it in the
instrument named, and which legal systems does the sentence cite.

"l'article 226-6-1 du code pénal punit les deepfakes sexuels" is contradicted (no such article; 226-8-1 is about
this); "Sections 100 to 103 of the Communications Act 2003" points to an Act the corpus lacks, whose numbers are
the Online Safety Act's; "Article 50(1) requires providers …", with no instrument named, is read against the one
instrument whose Article 50 is about it. A right reference about the sentence's subject is only a fallback: the
figures, status or records the sentence gives decide first (kb.check).
"""
from __future__ import annotations

import re
from collections import Counter

from .application import APPLIES
from .dates import find as find_dates
from .divisions import misplaced, unnamed, well_placed
from .due import BY_DAY
from .extract import ABSENT, RESOLVED, UNRECOGNISED, UNRESOLVED
from .figure_support import states_all
from .figure_facts import fact_quotes
from .stated import claimed
from .about import about, about_cited, nearest_headings
from .glossary import fold, words
from .index import Index
from .named_by import by_clause, by_concept, by_heading, by_words
from .pinpoint import elsewhere
from .ref_clause import (DESIGNATING, DIVISION_TITLED, PLACED_IN, PROCEEDING, PROCEEDING_REACH, TITLED,
                         clause_subject)
from .ref_definitions import defines, definition_elsewhere
from .question import Question, covered, describing, framing
from .registry import load_sources
from .search import search
from .types import Provision
from .saving import left_untouched
from .units import operative, short, units
from .verdicts import CONTRADICTED, SUPPORTED, Claim, described, quote as _quote

# "Avant la loi du 15 juillet 1970, … l'article 307 du Code pénal … était applicable": an article numbered as the
# code no longer numbers them (its 1810 numbering), in a sentence about the law as it was, is the former code's —
# not a misnumbering of the code in force, which would contradict it.
PAST = re.compile(r"\b(?:avant\s+(?:la\s+loi|le\s+(?:nouveau\s+)?code|l.entrée\s+en\s+vigueur|19\d\d)|ancien(?:ne)?s?|"
                  r"était|étaient|à\s+l.époque|formerly|former|used\s+to|at\s+the\s+time|before\s+(?:the\s+)?(?:new\s+code|19\d\d))\b",
                  re.I)


def _former(claim: str, r: dict, present: str | None) -> bool:
    numbers = re.findall(r"\d[\w-]*", r["text"])
    return bool(present and numbers and PAST.search(claim)
                and not any(re.fullmatch(present, n) for n in numbers))


def _said_by(p: Provision) -> str:
    """The provision's heading, text and the headings of the small divisions it sits in, folded."""
    return fold(p.heading + " " + p.text + " " + " ".join(nearest_headings(p)))


def _subject_ok(q: Question, p: Provision) -> bool:
    """Whether the provision is about what the sentence says it is about (a subject word it covers)."""
    subject = q.subject - describing()
    if not subject:
        return True
    text = _said_by(p)
    return any(q.covers(w, text) for w in subject if len(w) >= 5)


# The words that say one provision put another into an Act ("to be inserted as", "as introduced by", "inséré par")
INSERTING = re.compile(r"\b(?:insert(?:ed|s|ing)?|introduc(?:ed|es|ing)|add(?:ed|s)|inséré(?:e|s|es)?|introduit(?:e|s|es)?)\b", re.I)
SECTION_MENTION = re.compile(r"(?:sections?|ss?\.|sec\.)\s*\d", re.I)


def _inserter(claim: str, r: dict, refs: list[dict]) -> dict | None:
    """A section the sentence gives, with no Act named, as the one inserting `r`: an inserting word between the two
    mentions and little else ("Section 287, to be inserted as Section 66A", "s. 66A … as inserted by section 287")."""
    if not r.get("span"):
        return None
    for o in refs:
        if o is r or o.get("status") != UNRECOGNISED or not o.get("span") or not SECTION_MENTION.match(o["text"]):
            continue
        (_, a_end), (b_start, _) = sorted([tuple(r["span"]), tuple(o["span"])])
        between = claim[a_end:b_start]
        if len(between) <= 40 and INSERTING.search(between):
            return o
    return None


def _covered(q: Question, p: Provision) -> int:
    """How many of the sentence's subject words (five letters or more, no framing word) the provision uses."""
    text = _said_by(p)
    return sum(1 for w in q.subject if len(w) >= 5 and w not in framing() and q.covers(w, text))


def _better(q: Question, source_id: str, index: Index, exclude: str) -> Provision | None:
    """The provision of the same instrument that is most about the sentence's subject (the most of its words), a
    neighbour of the one cited first among equals: a wrong number is most often one off."""
    hits = [h.provision for h in search(q.text, k=8, index=index, question=q, phrases=False)
            if h.provision.source == source_id and h.provision.id != exclude]
    cited = index.provisions.get(exclude)

    def weight(rank_p):
        rank, p = rank_p
        return (_covered(q, p), cited is not None and p.path == cited.path, -rank)
    ranked = sorted(((i, p) for i, p in enumerate(hits) if _subject_ok(q, p)), key=weight, reverse=True)
    return ranked[0][1] if ranked else None


# A court's reading of an article: its decision is the sentence's subject, which the corpus does not hold
COURT_READING = re.compile(r"\b(?:Cour\s+de\s+cassation|chambre\s+criminelle|Conseil\s+constitutionnel|Conseil\s+d['’]État|"
                           r"cour\s+d['’]appel|the\s+court\s+(?:held|ruled|found)|Court\s+of\s+(?:Cassation|Appeal))\b", re.I)


LEVELS = {"chapter": "chapitre", "title": "titre", "book": "livre", "part": "part"}


def _division_titled(top: Provision, level: str, title: str) -> str:
    """The heading of the division of `level` (chapter, titre …) `top` sits in, when it holds `title` word for word
    (a chapter "des « atteintes à la personne »" is not "Des atteintes à la dignité de la personne"); "" otherwise."""
    level = fold(level)
    wanted = {level, LEVELS.get(level, level)}
    said = " ".join(words(title))
    for part in top.path:
        head = " ".join(words(part))
        if any(head.startswith(w) for w in wanted) and len(said) >= 8 and f" {said} " in f" {head} ":
            return part
    return ""


def reference_check(claim: str, q: Question, index: Index, refs: list[dict], instrument: str | None = None,
                    misdated: dict[str, str] | None = None) -> tuple[Claim | None, Claim | None, bool]:
    """(a verdict on the references, or None; a fallback "supported" when a reference is right and about the
    sentence's subject, used only if no figure, status or record decides; whether a reference points outside
    the corpus, so that the sentence's words alone cannot support it). `refs`: the provision references the
    sentence makes (kb.extract); `instrument`: the one the text named before this sentence, if any; `misdated`:
    held instruments (source id) the sentence names with a year they do not bear, and the words it uses."""
    fallback = None
    # "… applies from 2 February 2025", "… must establish … by 2 August 2026": the day is what the sentence says
    # of the article; that the article is about its subject does not check it
    said = find_dates(claim, None)
    dated = bool(said and APPLIES.search(claim)) or any(
        BY_DAY.search(claim[:max(0, claim.find(w.text))]) for w in said if w.start == w.end and w.text)
    # A section of an Act the corpus lacks, inserted by a provision it holds ("s. 66B SOA 2003", OSA s. 188), is
    # read from that provision: the sentence does not point outside the corpus.
    outside = any(r["status"] == ABSENT and not r.get("see") for r in refs)
    # One mention may name several provisions ("Sections 130-151", "articles 34 et 35"): a range names a part of
    # the Act as a whole, so no one of its sections is held to the sentence's subject.
    misplaced_term = definition_elsewhere(claim, refs, index)
    if misplaced_term is not None:
        return misplaced_term, None, True
    mention = lambda r: (r["text"], tuple(r.get("span") or ()))
    members = Counter(mention(r) for r in refs)
    # "En vertu de l'article 225-16-3 …, les personnes morales … des infractions définies aux articles 225-16-1 et
    # 225-16-2 encourent …": what one cited article is not about, another the sentence cites may be; no misnaming
    cited_tops = [t for r in refs if r["status"] == RESOLVED and (t := index.top(r["id"])) is not None]
    cited = {t.id for t in cited_tops}
    uncited = lambda p: p is not None and (t := index.top(p.id)) is not None and t.id not in cited  # noqa: E731
    for r in refs:
        if r["status"] == UNRECOGNISED:
            guess, how = unnamed(claim, r, index, instrument, presume=not q.sources)
            if guess is None:
                continue
            r = r | {"status": RESOLVED, "id": guess.id, "read_as": guess.citation, "how": how}
        if r["status"] == ABSENT and r.get("see"):
            by = index.provisions.get(r["see"]["id"])
            if by is not None and by.source in (misdated or {}):
                # "The Online Safety Act 2003 inserted section 66A …": the Act that did is of another year
                said = misdated[by.source]
                return Claim(claim, CONTRADICTED, f"{r['text']!r} was inserted by {by.citation}; the sentence gives "
                                                  f"{said!r}, which is not that Act.", [_quote(by, units(by.text)[0].text)],
                             f"It was inserted by {by.citation}, not by the {said}.", kind="reference"), None, True
            # "… as introduced by section 187 of the Digital Services Act 2023": the sentence names another inserter
            other = next((o for o in refs if o is not r and (o.get("status") == ABSENT and not o.get("see") or
                          o.get("status") == RESOLVED and (p := index.provisions.get(o.get("id") or "")) is not None
                          and p.source != by.source)), None) if by is not None else None
            if other is not None and by.number and re.search(rf"(?<![\w.]){re.escape(by.number)}(?![\w])", other["text"]):
                return Claim(claim, CONTRADICTED, f"{r['text']!r} was inserted by {by.citation}; the sentence gives "
                                                  f"{other['text']!r}.", [_quote(by, units(by.text)[0].text)],
                             f"It was inserted by {by.citation}.", kind="reference"), None, True
            # "(Section 287, to be inserted as Section 66A into the Sexual Offences Act 2003)": the inserting section
            # the sentence gives, with no Act named for it, is not the one that inserted it
            given = _inserter(claim, r, refs) if by is not None and by.number and other is None else None
            if given is not None and not re.search(rf"(?<![\w.]){re.escape(by.number)}(?![\w])", given["text"]):
                return Claim(claim, CONTRADICTED, f"{r['text']!r} was inserted by {by.citation}; the sentence gives "
                                                  f"{given['text']!r}.", [_quote(by, units(by.text)[0].text)],
                             f"It was inserted by {by.citation}, not by {given['text']}.", kind="reference"), None, True
            if by is not None and other is None and not claimed(claim) and about(q, by, clause_subject(claim, r.get("span"))):
                return Claim(claim, SUPPORTED, f"{r['text']!r}: {r['error']}", [_quote(by, units(by.text)[0].text)],
                             kind="reference"), None, False
            continue
        if r["status"] == UNRESOLVED and any(o is not r and o.get("text") == r["text"] and o.get("status") == RESOLVED
                                             for o in refs):
            # "articles 132-29 to 132-57 of the Penal Code": a range whose end the code has since repealed still holds
            # the articles before it (claims132's END run: contradicted for art. 132-57's absence)
            continue
        if r["status"] == UNRESOLVED:
            src = next((s for s in load_sources(index.config) if r["text"] and s.short_name in r["error"]), None)
            if src is not None and _former(claim, r, src.extra.get("presumed_number")):
                outside = True  # the former code's article, whose figures are not the code in force's
                continue
            right = _better(q, src.id, index, "") if src else None
            fix = f" The provision about this is {right.citation}." if right else ""
            return Claim(claim, CONTRADICTED, f"{r['text']!r}: {r['error']}.{fix}",
                         [_quote(right, units(right.text)[0].text)] if right else [], fix.strip(), kind="reference"), None, True
        if r["status"] == ABSENT and not r.get("unknown"):
            # "Sections 100 to 103 … of the Communications Act 2003": the same numbers, about this, elsewhere? Not
            # for a name crosslex does not know: "section 223 of the Communications Act" is 47 U.S.C. 223 itself.
            hits = search(claim, k=5, index=index, question=q, phrases=False)
            nums = re.findall(r"\d+[A-Z]?", r["text"])
            # "l'article 51 de la loi « SREN »" is a French law's article: the DSA's Art. 51 is not what it misnames
            french = re.search(r"\b(?:loi|code|décret|ordonnance)\b", r["text"], re.I) is not None
            for h in hits:
                if french and h.provision.jurisdiction != "FR":
                    continue
                if h.provision.number in nums and _subject_ok(q, h.provision):
                    return Claim(claim, CONTRADICTED, f"{r['text']!r}: {r['error']} The provision the sentence describes "
                                                      f"is {h.provision.citation}.", [_quote(h.provision, units(h.provision.text)[0].text)],
                                 f"This is {h.provision.citation}, not {r['text']}.", kind="reference"), None, True
            continue
        if r["status"] == RESOLVED:
            p = index.provisions.get(r["id"])
            top = index.top(r["id"])
            placed = misplaced(claim, r, top) if top is not None else None
            if placed is not None:
                return placed, None, True
            placed = well_placed(claim, r, top) if top is not None and fallback is None else None
            if placed is not None:
                fallback = placed
                continue
            named = (by_heading(claim, r, top, index) or by_clause(claim, r, top, index)) if top is not None else None
            if named is not None and uncited(named):
                return Claim(claim, CONTRADICTED, f"{top.citation} is “{top.heading}”; what the sentence names "
                                                  f"is {named.citation} (“{named.heading}”).",
                             [_quote(named, units(named.text)[0].text)], f"This is {named.citation}, not {top.citation}.",
                             kind="reference"), None, True
            worded = by_words(claim, r, top, index) if top is not None else None
            conceived = by_concept(claim, r, top, index) if top is not None and worded is None else None
            if conceived is not None and uncited(conceived):
                return Claim(claim, CONTRADICTED, f"{top.citation} is about “{described(top)}”; what the sentence "
                                                  f"names is in {conceived.citation} (“{described(conceived)}”).",
                             [_quote(conceived, units(conceived.text)[0].text), _quote(top, units(top.text)[0].text)],
                             f"The provision is {conceived.citation}, not {top.citation}.", kind="reference"), None, True
            if worded is not None and uncited(worded):
                return Claim(claim, CONTRADICTED, f"{top.citation} does not say this (“{described(top)}”); "
                                                  f"the definition the sentence gives is in the words of {worded.citation}.",
                             [_quote(worded, units(worded.text)[0].text), _quote(top, units(top.text)[0].text)],
                             f"The words are those of {worded.citation}, not of {top.citation}.", kind="reference"), None, True
            if dated:
                continue  # "Article 5 … applies from 2 February 2025" dates the article; it does not describe it
            if r.get("span") and PROCEEDING.search(claim[max(0, r["span"][0] - PROCEEDING_REACH):r["span"][0]]) \
                    and not PLACED_IN.search(claim[:r["span"][0]]):
                # "The investigation concerns Articles 34 and 35", "infringements of Article 42(2)": the articles a
                # proceeding or a breach concerns, not a description of what they are about (a record may say which:
                # kb/event_check.cited_in_record); "fines for infringements, as outlined in Art. 99(3)" places the
                # fines in the article
                continue
            if top is not None and not _subject_ok(q, top) and claimed(claim) and states_all(claim, top, index):
                # "L'article 227-5 du Code pénal sanctionne ce délit d'une peine maximale d'un an … et de 15 000
                # euros": the article cited with its own penalty is the one meant, however little the sentence says
                # of the offence
                continue
            if top is not None and not _subject_ok(q, top) and r.get("read_as"):
                continue  # the instrument named sentences before may not be the one this sentence means
            if top is not None and not _subject_ok(q, top) and members[mention(r)] > 2:
                continue
            if top is not None and not _subject_ok(q, top) and any(t.id != top.id and _subject_ok(q, t) for t in cited_tops):
                # "… the same penalties as money laundering (Art. 121-5 and 324-6 of the Criminal Code)": art. 121-5
                # defines the attempt the sentence speaks of, art. 324-6 says the rest; no misnaming
                continue
            if top is not None and not _subject_ok(q, top) and COURT_READING.search(claim):
                # "… se basant sur les dispositions de l'article 132-24 du Code pénal, la Cour de cassation impose …":
                # what a court read in the article, perhaps as it then was, not what the article says now (claims132's
                # END run: contradicted as art. 132-24's, which now says only that penalties may be personalised)
                continue
            if top is not None and not _subject_ok(q, top):
                right = _better(q, top.source, index, top.id)
                if right is not None and _covered(q, right) < 2:
                    # "Des exceptions existent et sont prévues à l'article 311-2 du Code pénal": one word of the
                    # sentence ("exceptions") in art. 311-14's "à l'exception des objets" does not say which
                    # provision it means; that art. 311-2 (theft of energy) is not it, it does
                    return Claim(claim, CONTRADICTED, f"{top.citation} is about “{described(top)}”, not what the "
                                                      f"sentence says; which provision says it, the sentence says too "
                                                      f"little to tell.", [_quote(top, units(top.text)[0].text)],
                                 f"{top.citation} is about “{described(top)}”.", kind="reference"), None, True
                if right is not None:
                    return Claim(claim, CONTRADICTED, f"{top.citation} is about “{described(top)}”, "
                                                      f"not what the sentence says; the provision about it is {right.citation}.",
                                 [_quote(right, units(right.text)[0].text)], f"The provision is {right.citation}, not {top.citation}.",
                                 kind="reference"), None, True
            kept = left_untouched(claim, q, top) if top is not None else None
            if kept is not None:
                return Claim(claim, CONTRADICTED, f"{top.citation} shields nothing of this: it says “{short(kept.text, SAVED_QUOTE)}”.",
                             [_quote(p if p is not None and kept.text in p.text else top, kept.text)],
                             f"{top.citation} leaves this untouched (“{short(kept.text, SAVED_QUOTE)}”).", kind="reference"), None, True
            division = DIVISION_TITLED.match(claim[r["span"][1]:]) if r.get("span") and top is not None else None
            if division and fallback is None and _subject_ok(q, top):
                # (the article must be about what the sentence says: "Le vol est réprimé par l'article 225-5 …, au
                # chapitre des « atteintes à la dignité de la personne »" places it right and names it wrong)
                titled_division = _division_titled(top, division.group("level"), division.group("title"))
                if titled_division:
                    fallback = Claim(claim, SUPPORTED, f"{top.citation} is in “{titled_division}”.",
                                     [_quote(top, units(top.text)[0].text)], kind="reference")
                continue
            titled = TITLED.match(claim[r["span"][1]:]) if r.get("span") and top is not None else None
            if titled and fallback is None:
                # "L'article 52 du DSA, intitulé « Sanctions »": the heading it gives, against the law's heading
                # (through the glossary: "Sanctions" ~ "Penalties").
                said = re.findall(r"[^\W\d_]{4,}", fold(titled.group(1)))
                heading = fold(top.heading)
                if said and top.heading and all(q.covers(w, heading) or covered(w, heading) for w in said):
                    fallback = Claim(claim, SUPPORTED, f"{top.citation} is titled “{top.heading}”.",
                                     [_quote(top, units(top.text)[0].text)], kind="reference")
                continue
            home = elsewhere(q, top, p, index) if top is not None else None
            if home is not None:
                return Claim(claim, CONTRADICTED, f"{p.citation} says “{short(p.text, SAVED_QUOTE)}”; what the sentence "
                                                  f"describes is {home.citation}.", [_quote(home, units(home.text)[0].text),
                             _quote(p, units(p.text)[0].text)], f"This is {home.citation}, not {p.citation}.",
                             kind="reference"), None, True
            defined = defines(claim, top, p, index) if top is not None and fallback is None else None
            if defined is not None:
                # "The legal definition of child pornography is established in 18 U.S.C. § 2256": the definition
                # read at ingest is in the provision cited, whatever else its opening words are about
                quoted = fact_quotes(top, [defined], index)
                fallback = Claim(claim, SUPPORTED, f"{quoted[0]['citation']} defines “{defined.term}”.", quoted,
                                 kind="reference")
                continue
            if r.get("span") and DESIGNATING.search(claim[:r["span"][0]]):
                # "L'action pénale du crime de génocide et des autres crimes contre l'humanité mentionnés aux
                # articles 211-1 à 212-3 du code pénal est imprescriptible": the articles say which crimes, not what
                # the sentence asserts of them (that rule is in the Code de procédure pénale)
                continue
            if top is not None and fallback is None and about_cited(q, top, p, clause_subject(claim, r.get("span"))):
                # past a preamble, the first unit that says something (not the operative subsection's heading)
                start = len(p.text) - len(operative(p.text))
                first = next((u.text for u in units(p.text) if u.start >= start and (not start or len(u.text) > 100)),
                             p.text[:300])
                read = f" ({r['text']!r} read as {r['read_as']}: {r['how']})" \
                    if r.get("read_as") else ""
                fallback = Claim(claim, SUPPORTED, f"{p.citation} exists and is about this (“{described(top)}”){read}.",
                                 [_quote(p, first)], kind="reference")
    return None, fallback, outside


SAVED_QUOTE = 160  # characters of a saving clause said in the explanation
