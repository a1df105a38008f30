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
from dataclasses import replace
from collections import Counter

from .application import APPLIES
from .dates import find as find_dates
from .divisions import misplaced, unnamed
from .due import BY_DAY
from .extract import ABSENT, RESOLVED, UNRECOGNISED, UNRESOLVED
from .figure_support import provision_check
from .stated import claimed
from .glossary import concepts, fold
from .index import Index
from .named_by import by_concept, by_heading, by_words
from .pinpoint import elsewhere
from .question import Question, covered, framing, subject_words
from .registry import load_sources
from .said import CONCESSIVE, NEGATION
from .search import search
from .types import Provision
from .saving import left_untouched
from .units import operative, short, units
from .verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Claim, described, quote as _quote

def _subject_ok(q: Question, p: Provision) -> bool:
    """Whether the provision is about what the sentence says it is about (a subject word it covers)."""
    if not q.subject:
        return True
    text = fold(p.heading + " " + p.text + " " + " ".join(p.path[-1:]))
    return any(q.covers(w, text) for w in q.subject if len(w) >= 5)


def _better(q: Question, source_id: str, index: Index, exclude: str) -> Provision | None:
    """The provision of the same instrument that is most about the sentence's subject (the most of its words), a
    neighbour of the one cited first among equals: a wrong number is most often one off."""
    hits = [h.provision for h in search(q.text, k=8, index=index, question=q, phrases=False)
            if h.provision.source == source_id and h.provision.id != exclude]
    cited = index.provisions.get(exclude)
    words = [w for w in q.subject if len(w) >= 5]

    def weight(rank_p):
        rank, p = rank_p
        text = fold(p.heading + " " + p.text + " " + " ".join(p.path[-1:]))
        near = cited is not None and p.path == cited.path
        return (sum(1 for w in words if q.covers(w, text)), near, -rank)
    ranked = sorted(((i, p) for i, p in enumerate(hits) if _subject_ok(q, p)), key=weight, reverse=True)
    return ranked[0][1] if ranked else None


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
    mention = lambda r: (r["text"], tuple(r.get("span") or ()))
    members = Counter(mention(r) for r in refs)
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
            if by is not None and other is None and not claimed(claim) and _about(q, by, _clause_subject(claim, r.get("span"))):
                return Claim(claim, SUPPORTED, f"{r['text']!r}: {r['error']}", [_quote(by, units(by.text)[0].text)],
                             kind="reference"), None, False
            continue
        if r["status"] == UNRESOLVED:
            src = next((s for s in load_sources(index.config) if r["text"] and s.short_name in r["error"]), None)
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
            named = by_heading(claim, r, top, index) if top is not None else None
            if named is not None:
                return Claim(claim, CONTRADICTED, f"{top.citation} is “{top.heading}”; what the sentence names before it "
                                                  f"is {named.citation} (“{named.heading}”).",
                             [_quote(named, units(named.text)[0].text)], f"This is {named.citation}, not {top.citation}.",
                             kind="reference"), None, True
            worded = by_words(claim, r, top, index) if top is not None else None
            conceived = by_concept(claim, r, top, index) if top is not None and worded is None else None
            if conceived is not None:
                return Claim(claim, CONTRADICTED, f"{top.citation} is about “{described(top)}”; what the sentence "
                                                  f"names is in {conceived.citation} (“{described(conceived)}”).",
                             [_quote(conceived, units(conceived.text)[0].text), _quote(top, units(top.text)[0].text)],
                             f"The provision is {conceived.citation}, not {top.citation}.", kind="reference"), None, True
            if worded is not None:
                return Claim(claim, CONTRADICTED, f"{top.citation} does not say this (“{described(top)}”); "
                                                  f"the definition the sentence gives is in the words of {worded.citation}.",
                             [_quote(worded, units(worded.text)[0].text), _quote(top, units(top.text)[0].text)],
                             f"The words are those of {worded.citation}, not of {top.citation}.", kind="reference"), None, True
            if dated:
                continue  # "Article 5 … applies from 2 February 2025" dates the article; it does not describe it
            if r.get("span") and PROCEEDING.search(claim[max(0, r["span"][0] - PROCEEDING_REACH):r["span"][0]]):
                # "The investigation concerns Articles 34 and 35", "infringements of Article 42(2)": the articles a
                # proceeding or a breach concerns, not a description of what they are about (a record may say which:
                # kb/event_check.cited_in_record)
                continue
            if top is not None and not _subject_ok(q, top) and r.get("read_as"):
                continue  # the instrument named sentences before may not be the one this sentence means
            if top is not None and not _subject_ok(q, top) and members[mention(r)] > 2:
                continue
            if top is not None and not _subject_ok(q, top):
                right = _better(q, top.source, index, top.id)
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
            if top is not None and fallback is None and _about_cited(q, top, p, _clause_subject(claim, r.get("span"))):
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
PROCEEDING_REACH = 60  # characters before the reference: "copyright … violations during development), providers are
# subject of documentation … obligations (see Art. 53 AIA)" names violations of other law, not of Art. 53
# What an authority's proceeding or a breach concerns: "infringements of Articles 34(1) and (2)", "the investigation
# concerns Article 16", "une enquête au titre de l'article 34", "des manquements aux articles 34 et 35".
PROCEEDING = re.compile(r"\b(?:infring\w*|breach\w*|violat\w*|non-?compliance|fail\w*\s+to\s+comply|investigat\w*|proceedings|probe|inquiry|"
                        r"manquements?|enquêtes?|procédures?\s+formelles?|infractions?\s+(?:aux?|à\s+l.)\s+articles?)\b", re.I)


TITLED = re.compile(r"^\W{0,3}(?:intitul[ée]e?|titled|entitled|headed)\s*[«“\"']\s*([^»”\"']{3,80}?)\s*[»”\"']", re.I)
ATTACHED = re.compile(r"^\s*[,(]?\s*(qui|which|that|relati\w*|sur|on|about|concernant|concerning|regarding|"
                      r"pun\w+|makes?|creates?|cr[ée]e)\b", re.I)


def _clause_subject(claim: str, span: list[int] | None) -> frozenset[str] | None:
    """The words of the clause that says what a reference is about ("l'article 226-8-1 du code pénal, qui punit le
    montage à caractère sexuel sans consentement"): a sentence's other words ("bien que cette pratique ne soit
    pas nouvelle") say nothing about the provision."""
    if not span:
        return None
    after = re.split(r"[.;]", claim[span[1]:], maxsplit=1)[0]
    if ATTACHED.match(after) and len(after.split()) >= 3:
        return subject_words(after)
    # "…, providers are subject of documentation and information obligations (see Art. 53 AIA)": a reference in
    # brackets vouches for the clause just before them, not for the sentence's asides and examples
    opened = SEE_BRACKET.search(claim[:span[0]])
    if opened is None:
        return None
    clause = re.split(r"[,;:]", re.sub(r"\([^()]*\)", " ", claim[:opened.start()]))[-1]
    return subject_words(clause) if len(clause.split()) >= 3 else None


SEE_BRACKET = re.compile(r"\(\s*(?:see|cf\.?|voir|e\.g\.,?)?\s*$", re.I)


OPENING = 600  # characters of a provision's opening words: s. 121 OSA reaches its "accredited technology" at 450


def _about(q: Question, p: Provision, subject: frozenset[str] | None = None) -> bool:
    """Most of the sentence's subject (or of the clause attached to the reference) is in the provision's heading
    and opening words (it is what the sentence says it is), and the sentence asserts nothing the provision
    could deny."""
    words = [w for w in (subject or q.subject) if len(w) >= 5 and not re.match(r"^(section|article|schedule)", w)
             and w not in framing()]
    if not words or NEGATION.search(CONCESSIVE.sub(" ", q.text)):
        return False
    head = fold(p.heading + " " + " ".join(p.path[-1:]) + " " + operative(p.text)[:OPENING])
    return sum(1 for w in words if q.covers(w, head)) / len(words) >= 0.5




def _about_cited(q: Question, top: Provision, p: Provision | None, subject: frozenset[str] | None = None) -> bool:
    """`_about` the article, or the paragraph the sentence pinpoints ("l'article 35.2 … prévoit que le comité …
    publie des rapports"): what a paragraph says is in the paragraph, not in the article's opening words."""
    if _about(q, top, subject):
        return True
    return p is not None and p.id != top.id and _about(q, replace(p, heading=top.heading), subject)


def cited_tops(refs: list[dict], index: Index) -> set[str]:
    """The top-level provisions a sentence cites, or that insert a section it cites (s. 66B SOA: OSA s. 188)."""
    out = set()
    for r in refs:
        pid = r.get("id") if r["status"] == RESOLVED else (r.get("see") or {}).get("id")
        top = index.top(pid) if pid else None
        if top is not None:
            out.add(top.id)
    # "An offence under s.66B(1) …" with no instrument: it cites a provision, which no figure found elsewhere is
    return out or ({UNNAMED_REF} if any(r["status"] == UNRECOGNISED for r in refs) else set())


def cited_jurisdictions(tops: set[str], index: Index) -> set[str]:
    """The legal systems of the provisions a sentence cites (`cited_tops`)."""
    return {index.provisions[t].jurisdiction for t in tops if t in index.provisions}


UNNAMED_REF = "(a provision the sentence cites without its instrument)"


def unnamed_numbers(refs: list[dict]) -> tuple[str, ...]:
    """The article or section numbers a sentence cites without naming an instrument ("Article 50(1)" -> "50")."""
    out = []
    for r in refs:
        m = re.search(r"\d+[A-Z]?(?:-\d+)*", r["text"]) if r["status"] == UNRECOGNISED else None
        if m:
            out.append(m.group(0))
    return tuple(out)


def another_offence(verdict: Claim, cited: set[str], index: Index, unnamed: tuple[str, ...] = ()) -> str | None:
    """"An offence under s.66B(1) … carries … 6 months' imprisonment": a prison term another offence carries
    (s. 181, threatening communications) says nothing of the offence the sentence cites. Its citation, or None.
    `unnamed`: the numbers it cites without an instrument; the provision found under one of them is the one cited
    ("… (article 226-8)": Code pénal art. 226-8)."""
    if verdict.kind != "figure" or not cited or not verdict.evidence or "prison" not in claimed(verdict.text):
        return None
    top = index.top(verdict.evidence[0].get("id", ""))
    if top is None or top.id in cited or not any(f.kind == "prison" for f in index.facts.get(top.id, [])):
        return None
    if UNNAMED_REF in cited and top.number in unnamed:
        return None
    # a penalties article ("Article 99 … non-compliance with Article 50") may give another article's fines; a
    # prison term belongs to the offence that carries it
    return f"another offence ({top.citation})"


def cited_provisions(verdict: Claim, cited: set[str], index: Index, unnamed: tuple[str, ...] = ()) -> set[str]:
    """The top-level provisions the sentence cites: by reference, or by a number alone ("… the prohibited AI
    practices listed in Article 6 …"), read as the article of that number in the instrument of the provision found."""
    found = [index.provisions[e["id"]] for e in verdict.evidence if e.get("id") in index.provisions]
    unnamed_tops = {f"{p.id.split('/art/')[0]}/art/{n}" for p in found if "/art/" in p.id for n in unnamed}
    return {t for t in {*cited, *unnamed_tops} if t in index.provisions}


def another_provision(verdict: Claim, cited: set[str], index: Index, unnamed: tuple[str, ...] = ()) -> str | None:
    """"Article 17 of the DSA requires that providers of hosting services … put mechanisms in place": the words are
    Art. 16's. A sentence citing a provision is not supported by another provision of the same instrument — unless
    (for figures) the provision found names the one cited ("fines … for the prohibited practices listed in Article
    5": Art. 99(3) AI Act, on "the prohibition of the AI practices referred to in Article 5"). Its citation, or None."""
    if verdict.kind not in ("text", "figure") or not verdict.evidence:
        return None
    tops = cited_provisions(verdict, cited, index, unnamed)
    if not tops:
        return None
    found = _quoted(verdict, index)
    found_tops = {(index.top(p.id) or p).id for p in found}
    if not found_tops or found_tops & tops:
        return None
    sources = {index.provisions[t].source for t in tops}
    if not any((index.top(p.id) or p).source in sources for p in found):
        return None  # another instrument's provision: other_instrument judges that
    if verdict.kind == "figure":
        quoted = " ".join(e.get("quote") or "" for e in verdict.evidence)
        if any(re.search(rf"\b(?:Article|Section|section|article)\s+{re.escape(index.provisions[t].number)}\b", quoted)
               for t in tops):
            return None
    return _cited_as(found, index)


def _quoted(verdict: Claim, index: Index) -> list:
    """The provisions a verdict quotes."""
    return [index.provisions[e["id"]] for e in verdict.evidence if e.get("id") in index.provisions]


def _cited_as(found: list, index: Index) -> str:
    return ", ".join(dict.fromkeys((index.top(p.id) or p).citation for p in found))


def other_instrument(verdict: Claim, cited: set[str], index: Index) -> str | None:
    """"Pursuant to Article 74 (2) of the AI Act, the Commission can impose fines for incorrect … information": the
    power is Art. 74(2) DSA's. A sentence citing a provision of one instrument is not supported by another's words
    (a record's provision excepted: an event is checked against its record). Its citation, or None."""
    if verdict.kind in ("event", "status", "reference") or not verdict.evidence or not cited:
        return None
    sources = {index.provisions[t].source for t in cited if t in index.provisions}
    found = _quoted(verdict, index)
    if not sources or not found or any(p.source in sources for p in found):
        return None
    return _cited_as(found, index)


def same_law(verdict: Claim, cited: set[str], index: Index) -> bool:
    if not cited or not verdict.evidence:
        return True
    p = index.provisions.get(verdict.evidence[0].get("id", ""))
    return p is None or p.jurisdiction in cited or p.id.startswith("action/")


def per_reference(claim: str, index: Index, refs: list[dict]) -> Claim | None:
    """"article 226-1 … d'un an et de 45 000 €, … article 226-4-1 … d'un an et de 15 000 euros": a sentence that
    gives each provision it cites its own figures is checked reference by reference, each with the words from
    it to the next."""
    refs = [r for r in refs if r["status"] == RESOLVED and r.get("span")]
    refs = sorted({r["id"]: r for r in refs}.values(), key=lambda r: r["span"][0])
    if len(refs) < 2:
        return None
    starts = [r["span"][0] for r in refs] + [len(claim)]
    verdicts = []
    for i in range(len(refs)):
        part = claim[starts[i]:starts[i + 1]]
        top = index.top(refs[i]["id"])
        if claimed(part) and top is not None:
            verdicts.append(provision_check(part, top, index))
    if len(verdicts) < 2:
        return None
    wrong = next((v for v in verdicts if v and v.verdict == CONTRADICTED), None)
    if wrong is not None:
        return Claim(claim, CONTRADICTED, wrong.explanation, wrong.evidence, wrong.correction, kind="figure")
    if all(v and v.verdict == SUPPORTED for v in verdicts):
        return Claim(claim, SUPPORTED, " ".join(v.explanation for v in verdicts),
                     [e for v in verdicts for e in v.evidence[:2]], kind="figure")
    return Claim(claim, UNVERIFIABLE, "the corpus confirms the figures of some of the provisions the sentence cites, "
                                      "not all: " + " ".join(v.explanation for v in verdicts if v), kind="figure")
