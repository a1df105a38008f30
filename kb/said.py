"""What a sentence says a provision says, checked against the provision's own words: quoted law (word for
word), a restatement of one provision (its words, its negation, its modality), a power an authority is said to
have, and a duty or liability the law denies. These checks support or contradict only on the text in front of
them; whatever they cannot tell is left to `unverifiable`."""
from __future__ import annotations

import re

from . import quotes
from .application import applies_from
from .dates import find as find_dates
from .events import reports_an_act
from .evidence import most_specific
from .figure_support import provision_check
from .stated import claimed
from .glossary import fold
from .index import Index
from .names import actor, actors as _actors, fold1
from .question import Question
from .search import search
from .units import units
from .verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Claim, quote as _quote

# What a negated duty denies: liability, treatment as publisher, an obligation, a permission.
PREDICATE = re.compile(r"\b(liable|liability|treated|responsible|responsables?|responsabilit\w*|must|required|obliged|"
                       r"obligation|duty|prohibited|illegal|allowed|permitted|exempt|immune|publisher|éditeur)\b", re.I)
# "immunity from being held liable", "shields platforms from liability", "à l'abri de poursuites", "without being
# treated as the publisher": a denial in other words ("without consent" denies nothing).
NEGATION = re.compile(r"\b(no|not|never|nothing|shall not|may not|cannot|\w+n['’]t|n.est pas|ne peut|aucun|aucune|ni|"
                      r"without\s+being\s+(?:treated|held|considered|regarded|deemed)|"
                      r"sans\s+être\s+(?:tenu|traité|considéré|regardé)e?s?|"
                      r"immun\w*|shield\w*\s+(?:\w+\s+){0,3}from|protect\w*\s+(?:\w+\s+){0,3}from\s+(?:being\s+held\s+)?liab\w*|"
                      r"exempt\w*\s+from|free\s+from\s+liab\w*|exon[ée]r\w*|à\s+l.abri)\b", re.I)
# A provision that denies something: a negated verb ("shall not be treated", "No provider … shall be"), not a
# limit ("not later than 48 hours", "not more than 2 years").
# "does not, in any case, exceed 0,05 %" caps a figure; it denies nothing
DENIES = re.compile(r"\b(?:shall|may|must|is|are|does|do|will|can)\s+not\b(?!(?:,[^,]{0,25},)?\s+(?:later|more|less|exceed))|"
                    r"\bno\b[^.;]{0,100}\bshall\b|n.est pas|ne peut|ne sont pas|ne doit pas", re.I)
# An exception limits a duty the unit has just laid down ("This obligation shall not apply where …"); it does
# not deny it, so a sentence asserting the duty is not contradicted by it.
NOT_APPLY = re.compile(r"\b(?:not|nor)\s+(?:apply|applies)\b|ne s.appliqu\w+ pas", re.I)
# … and saving clauses: "This Article shall not affect other regulatory sandboxes established under Union or national
# law" denies nothing the article lays down
EXCEPTION = re.compile(NOT_APPLY.pattern + r"|\bexcept\b|\bunless\b|\blimited to\b|\bnot\s+(?:affect|prejudice)\b", re.I)
RELATIVE_NOT = re.compile(r"\b(?:that|which|who)\s+(?:does|do|is|are|shall|may|will|can)\s+not\b", re.I)
SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")


def denials(text: str) -> list[str]:
    """The sentences of a unit that deny something (not the exceptions that limit what it lays down)."""
    # A negation inside a relative clause describes a manner ("in a manner that does not hamper …"), it denies
    # nothing the sentence lays down.
    return [s for s in SENTENCE.split(text)
            if DENIES.search(RELATIVE_NOT.sub(" ", s)) and not EXCEPTION.search(s)]


# ---------------------------------------------------------------- powers

ASSERTS_POWER = re.compile(r"\b(can|may|has the power to|have the power to|(?:is|are|will\s+be|would\s+be)\s+able\s+to|peut|peuvent|a le pouvoir de|"
                           r"est habilitée? à)\b", re.I)


def power_check(claim: str, q: Question, index: Index) -> Claim | None:
    """"Ofcom can seek a court order …": supported when a provision gives that authority that power in the
    claim's own terms (most of its subject words in the power's unit); never contradicted from here, as a power
    the corpus does not state may exist elsewhere."""
    if not ASSERTS_POWER.search(claim) or NEGATION.search(claim) or WITHOUT.search(claim) or len(q.subject) < 3:
        return None
    folded_claim = fold(claim)
    best = None
    for h in search(claim, k=5, index=index, question=q, phrases=False):
        for f in index.facts.get(h.provision.id, []):
            if f.kind != "power" or fold(f.subject).replace("the ", "") not in folded_claim:
                continue
            unit = h.provision.text[f.unit_start:f.unit_end]
            share = sum(1 for w in q.subject if q.covers(w, fold(unit))) / len(q.subject)
            if share >= 0.6 and (best is None or share > best[0]):
                best = (share, h.provision, unit)
    if best is None:
        return None
    _, top, unit = best
    holder = most_specific(unit, top, index)
    return Claim(claim, SUPPORTED, f"{holder.citation} gives that power.", [_quote(holder, unit)], kind="power")


# "can block access … without a court order": a power said free of a condition the law may set (s. 146: Ofcom
# applies to the court) is more than a unit giving the power can show
WITHOUT = re.compile(r"\b(?:without|sans)\b", re.I)


# ---------------------------------------------------------------- who lays a rule down

# "Ofcom sets …", "the Commission defines …": a sentence saying which authority lays a rule down.
LAYS_DOWN = re.compile(r"^(?:sets?|setting|specif(?:y|ies|ying)|determines?|defines?|decides?|fixes|lays?\s+down|"
                       r"fixe|fixent|définit|définissent|détermine|déterminent)\b", re.I)
# …and the law giving that to an authority: "The Secretary of State must make regulations specifying conditions
# (“Category 1 threshold conditions”) …"
LAW_LAYS_DOWN = (r"\s+(?:must|may|shall)\s+(?:by\s+regulations\s+|make\s+regulations\s+|adopt\s+\w+\s+acts\s+)?"
                 r"(?:specify|specifying|set|setting|determine|determining|define|defining|lay\s+down|laying\s+down)\b"
                 r"([^.;]{0,160})")


def actor_check(claim: str, q: Question, index: Index) -> Claim | None:
    """"Ofcom sets the threshold conditions" against "The Secretary of State must make regulations specifying
    conditions (“Category 1 threshold conditions”)": the law gives the rule to another authority. Contradicted
    only when a provision found has that other authority lay down the very thing the sentence names, and none
    has the sentence's authority do it; anything less is left to the other checks."""
    who = actor(claim)
    if who is None:
        return None
    # The authority's own clause carries its negation ("Ofcom sets the threshold conditions; services meeting them
    # cannot opt out": Ofcom's clause is not negated).
    clause = next((c for c in re.split(r";|\.\s", claim) if any(re.search(r"(?<!\w)" + re.escape(w), fold(c)) for w in who)),
                  claim)
    if NEGATION.search(clause):
        return None
    said = _predicate(claim, who)
    predicate = " ".join(said) if said else ""
    verb = LAYS_DOWN.match(predicate)
    if not verb:
        return None
    what = re.split(r"[;,.:(]", predicate[verb.end():], maxsplit=1)[0]
    object_words = [w for w in re.findall(r"[a-z]{4,}", what) if w not in ("that", "which", "with", "their", "them")]
    if not object_words:
        return None
    laws = [tuple(fold1(w) for w in e["law"]) for e in _actors().values()]  # the sentence's authority among them
    found = None
    for h in search(claim, k=5, index=index, question=q, phrases=False):
        for u in units(h.provision.text):
            ufold = fold1(u.text)  # one character for one: the authority's name is cut from the text itself
            for law in laws:
                for m in re.finditer(r"(?<!\w)(?:the\s+)?(" + "|".join(re.escape(w) for w in law) + r")" + LAW_LAYS_DOWN, ufold):
                    if all(w[:6] in m.group(2) for w in object_words):
                        if law == who:
                            return None  # the sentence's authority lays it down too
                        found = found or (h.provision, u, u.text[m.start(1):m.end(1)])
    if found is None:
        return None
    top, u, by = found
    holder = most_specific(u.text, top, index)
    return Claim(claim, CONTRADICTED, f"{holder.citation} gives that to the {by}, not to the authority the sentence "
                                      f"names.", [_quote(holder, u.text)], f"{holder.citation}: {u.text.strip()}",
                 kind="duty")


# ---------------------------------------------------------------- negated duties


def negation_check(claim: str, q: Question, index: Index) -> Claim | None:
    """"Section 230 makes platforms liable as publishers" against "No provider … shall be treated as the
    publisher …": a claim that asserts what the provision denies is contradicted (never supported here)."""
    if NEGATION.search(claim) or not q.subject or not PREDICATE.search(claim):
        return None
    best = None
    hits = search(claim, k=5, index=index, question=q, phrases=False)
    hits = [h for h in hits if not q.sources or h.provision.source in q.sources][:3]  # the instrument it names
    for h in hits:
        for u in units(h.provision.text):
            # The sentence that denies must itself carry the claim's words: a unit that lays down a duty and
            # then an exception to it denies nothing the claim asserts.
            for sentence in denials(u.text):
                shared = [w for w in q.subject if q.covers(w, fold(sentence))]
                if len(shared) >= 2 and len(shared) / len(q.subject) >= 0.6 and (best is None or len(shared) > best[0]):
                    best = (len(shared), h.provision, u)
    if best is None:
        return None
    _, top, u = best
    holder = most_specific(u.text, top, index)
    return Claim(claim, CONTRADICTED, f"{holder.citation} says the opposite: “{u.text[:200]}”.",
                 [_quote(holder, u.text)], f"{holder.citation}: {u.text[:160]}", kind="duty")


# ---------------------------------------------------------------- what a provision says

MODAL = {"must": "duty", "shall": "duty", "required": "duty", "obliged": "duty", "doit": "duty", "doivent": "duty",
         "may": "power", "can": "power", "peut": "power", "peuvent": "power"}
EXAMPLES = re.compile(r"\((?:for\s+example|for\s+instance|e\.g\.|such\s+as|par\s+exemple|notamment)\b[^()]*\)", re.I)
RESTATES = 0.75  # share of a sentence's subject words one provision must use for the sentence to restate it
# A short phrase the sentence puts in quotation marks ("defines a “digital depiction”") is a term it attributes to
# the law: a provision that does not use it is not the one restated, whatever else they share.
FROM_DAY = re.compile(r"\b(from|as of|since|starting|beginning|à (?:compter|partir) du|dès le|depuis le)\b", re.I)
TERM = re.compile(r"[“\"«‘]\s*([^”\"«»’]{3,60}?)\s*[”\"»’]")


ACTS = r"(?:\s*\([^)]{0,80}\))?\s+(?:\w+\s+){0,2}?(?:must|may|shall|will|can|are|is|has|have|consider|" \
       r"doit|doivent|peut|peuvent)\b((?:\W+\w+){0,8})"
# Words between an authority and what it does ("Ofcom was required to research", "the Commission can also
# impose"): the verb the sentence attributes comes after them.
AUXILIARY = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "shall", "must", "may",
             "can", "could", "also", "now", "then", "alone", "itself", "required", "obliged", "able", "power", "the", "to", "not",
             "authorised", "authorized", "empowered", "entitled", "competent", "allowed", "permitted", "expected",
             "doit", "doivent", "peut", "peuvent", "est", "sont", "aussi", "tenu", "tenue", "de", "d"}


def _predicate(claim: str, who: tuple[str, ...]) -> tuple[str, str] | None:
    """The verb the sentence gives its authority, past the auxiliaries, and the words after it ("Ofcom was
    required to research and advise …" -> ("research", "and advise …"))."""
    folded = fold(claim)
    for w in who:
        m = re.search(r"(?<!\w)" + re.escape(w) + r"s?(?:\s*\([^)]{0,80}\))?\s+", folded)
        if m:
            for word in re.finditer(r"\w+", folded[m.end():]):
                if word.group(0) not in AUXILIARY:
                    return word.group(0), folded[m.end() + word.end():].lstrip()
            return None
    return None


def _verb(claim: str, who: tuple[str, ...]) -> str | None:
    """The stem of the verb the sentence gives its authority ("Ofcom sets …" -> "set")."""
    said = _predicate(claim, who)
    if said is None:
        return None
    word = said[0]
    return re.sub(r"(?:ing|ed|es|s)$", "", word) if len(word) > 4 else word.rstrip("s")


def _acting(who: tuple[str, ...], provision: str) -> list[str]:
    """The clauses in which the provision has that authority act ("If OFCOM consider …, they may give a notice",
    "OFCOM must carry out research"), not merely name it ("references to OFCOM assessing a service")."""
    folded = fold(provision)
    return [m.group(0) for w in who for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"s?" + ACTS, folded)]


def _does(acting: list[str], verb: str | None, unit: str) -> bool:
    """The authority acts in the provision, and the unit restated, or the authority's own words, do what the
    sentence says it does ("requiring", "research"): "OFCOM must establish a register" of services meeting
    threshold conditions does not say Ofcom sets those conditions."""
    if not acting:
        return False
    if verb is None:
        return True
    stem = verb[:max(3, min(len(verb), 5))]
    return any(x.startswith(stem) for x in re.findall(r"\w+", fold(unit) + " " + " ".join(acting)))


def _modal_agrees(said_modal: set[str], text: str) -> bool:
    law_modal = {MODAL[w] for w in re.findall(r"[a-z]+", text.lower()) if w in MODAL}
    return not (said_modal and law_modal and not said_modal & law_modal)


def _uses_term(term: str, folded_text: str) -> bool:
    """The provision uses the term the sentence attributes to it, as a phrase, in any inflection of its words
    ("digital forgeries" / "digital forgery"; not "digital … depiction" scattered through the text)."""
    words = term.split()
    pattern = r"\W+".join(re.escape(w[:max(4, len(w) - 2)]) + r"\w*" for w in words)
    return re.search(r"(?<!\w)" + pattern, folded_text) is not None


DENIED_CLAUSE_SHARE = 2 / 3  # of the denying clause's words in the unit's denial (§ 3(a)(4) shares 3 of 5 with
# "it does not impose notice-and-removal duties on covered platforms", and denies liability, not duties)
# A sentence's clauses: "It criminalizes …, and it does not impose notice-and-removal duties …"
DENIAL_CLAUSE = re.compile(r"[,;:]\s*|\s(?:and|but|while|whereas|et|mais|tandis\s+que)\s")


def _denial_restates(words: list[str], text: str, q: Question, claim: str = "") -> bool:
    """A sentence that denies something is restated by a unit only where the unit's own denial says it: half its
    words at least in the sentences of the unit that deny ("must not disclose …" is not Art. 50(4)'s "shall
    disclose", whatever else the article denies) — and half the words of the clause that denies, when the
    sentence has one ("… and it does not impose notice-and-removal duties" is not § 3(a)(4)'s "shall not be liable")."""
    denied = fold(" ".join(denials(text)))
    if not denied:
        return False
    clauses = DENIAL_CLAUSE.split(claim)
    negated = [c for c in clauses if NEGATION.search(c)]
    own = [w for w in words if any(w in fold(c) for c in negated)] if len(negated) == 1 else []
    if own and len(clauses) > 1 and len(own) < 3:
        # "… meets or exceeds the threshold figure and the provider is not exempt": the clause that denies is
        # held to the unit's denial ("the provider is not exempt"), the rest of the sentence to the unit as a whole
        return all(q.covers(w, denied) for w in own)
    if sum(1 for w in words if q.covers(w, denied)) / max(1, len(words)) < 0.5:
        return False
    return len(own) < 3 or sum(1 for w in own if q.covers(w, denied)) / len(own) >= DENIED_CLAUSE_SHARE


# "The qualifying period is the second calendar year before …": a sentence that says what a term is
DEFINES = re.compile(r"^(?:The|A|An)\s+(?:term\s+)?[“\"‘]?(?P<term>[a-z][a-z\-‑]+(?:\s+[a-z][a-z\-‑]+){1,3})[”\"’]?"
                     r"\s+(?:is|means|refers\s+to)\s+(?:the|a|an|any)\b")


def _defined_in(claim: str, index: Index) -> set[str] | None:
    """The provisions defining the term a sentence defines (None when it defines none): only they can restate it.
    Other provisions using the term say nothing of what it is — s. 83 OSA uses "qualifying period", which s. 85
    leaves OFCOM to define by regulations."""
    m = DEFINES.match(claim.strip())
    if m is None:
        return None
    term = fold(m.group("term"))
    return {top for top, facts in index.facts.items()
            if any(f.kind == "definition" and f.term and fold(f.term) == term for f in facts)}


def _negates_said(words: list[str], text: str, claim: str) -> bool:
    """The unit says "not" of a word the sentence affirms, and nowhere says it without: "… and the provider is
    exempt" against s. 83(2)'s "(b) the provider is not exempt"."""
    folded, said = fold(text), fold(claim)
    for w in words:
        stem = re.escape(w[:max(4, len(w) - 2)]) + r"\w*"
        negated = list(re.finditer(r"\bnot\s+(?:be\s+)?(" + stem + ")", folded))
        if negated and len(negated) == len(re.findall(r"\b" + stem, folded)) \
                and not re.search(r"\bnot\s+(?:be\s+)?" + stem, said):
            return True
    return False


def content_check(claim: str, q: Question, index: Index, unnamed: tuple[str, ...] = ()) -> Claim | None:
    """A sentence that restates one provision — nearly all its subject words in that provision, in the
    instrument it names, with the same negation and the same modality — is supported by it. Never
    contradicted from here: a paraphrase that differs may still be true of another provision. `unnamed`: the
    numbers of the articles it cites without an instrument ("Article 50(1) requires …"); the provision restated
    must be one of them, or the sentence puts its words under another number."""
    dates = find_dates(claim, None)
    said_day = fold(" ".join(w.text for w in dates))
    # "(for example offences relating to terrorism, hate, … suicide)": what the sentence gives as examples
    # illustrates the rule; the provision stating the rule need not list them.
    bare = fold(EXAMPLES.sub(" ", claim))
    words = [w for w in q.subject if len(w) >= 4 and w not in said_day and w in bare]
    if len(words) < 5 or claimed(claim) or reports_an_act(claim):
        # Figures are compared as such: a sentence with the right words and a wrong figure is not supported
        # by its words.
        return None
    # A day is checked as the day the restated provision applies from ("From 2 August 2026, deployers must
    # disclose …"); any other day ("On 19 May 2025 the President signed …") leaves the words unable to support.
    days = {w.start for w in dates if w.start == w.end}
    if dates and (len(days) != len(dates) or not FROM_DAY.search(claim)):
        return None
    # "the transparency obligation does not apply where …" states an exception, as "This obligation shall not apply
    # to AI systems authorised by law …" does: the unit restating it must make that exception, not deny.
    said_exception = bool(NOT_APPLY.search(claim))
    said_neg = bool(NEGATION.search(claim)) and not said_exception

    def negation_agrees(text: str) -> bool:
        return bool(NOT_APPLY.search(text)) if said_exception else bool(denials(text)) == said_neg
    said_modal = {MODAL[w] for w in re.findall(r"[a-z]+", claim.lower()) if w in MODAL}
    terms = [fold(t).strip(" ,;:.") for t in TERM.findall(claim) if len(t.split()) <= 5]
    # "Ofcom sets the threshold conditions": the unit restated must name Ofcom, not a rule the Secretary of
    # State makes that Ofcom's register then applies.
    who = actor(claim)
    verb = _verb(claim, who) if who else None
    defining = _defined_in(claim, index)
    if defining is not None and not defining:
        return None
    # a term's definitions are read whatever the search ranks first ("A search service means …": s. 3(4))
    candidates = [index.provisions[t] for t in sorted(defining)] if defining else \
        [h.provision for h in search(claim, k=3, index=index, question=q, phrases=False)]
    for p in candidates:
        if q.sources and p.source not in q.sources:
            continue
        if unnamed and (index.top(p.id) or p).number not in unnamed:
            continue
        text = fold(p.heading + " " + p.text)
        if sum(1 for w in words if q.covers(w, text)) / len(words) < RESTATES:
            continue
        if any(not _uses_term(t, text) for t in terms):
            continue
        # The unit that says most of it with the sentence's negation and modality: "are required to report …,
        # which then shares the information" is 2258A(a)'s duty to report, not (c)'s power to disclose, though the
        # latter shares a few more of its words — unless it says much less.
        acting = _acting(who, p.text) if who else []
        scored = sorted(((sum(1 for w in words if q.covers(w, fold(u.text))), i, u) for i, u in enumerate(units(p.text))),
                        key=lambda t: (-t[0], t[1]))
        top_share = scored[0][0] if scored else 0
        best = next((u for n, _, u in scored if n >= 0.6 * top_share and negation_agrees(u.text)
                     and (not said_neg or _denial_restates(words, u.text, q, claim))
                     and _modal_agrees(said_modal, u.text)
                     and (who is None or _does(acting, verb, u.text))
                     and (said_neg or not _negates_said(words, u.text, claim))), None)
        if best is None:
            continue
        holder = most_specific(best.text, p, index)
        evidence = [_quote(holder, best.text)]
        # Another unit of the provision that restates the sentence as well, with the same negation, is shown
        # too: "immunity … from being held liable for the content published by their users" is 230(c)(1)'s
        # publisher rule as much as (c)(2)'s good-faith removal.
        for u in units(p.text):
            if u is not best and u.text != best.text and negation_agrees(u.text) \
                    and sum(1 for w in words if q.covers(w, fold(u.text))) / len(words) >= RESTATES:
                evidence.insert(0, _quote(most_specific(u.text, p, index), u.text))
                break
        said = f"{p.citation} says this (“{p.heading or best.text[:80]}”)"
        if days:
            found = applies_from(index.top(p.id) or p, index)
            if found is None or {found[0]} != days:
                continue
            _, f, at = found
            at = index.provisions.get(f.provision_id, at)
            evidence.append(_quote(at, f.text))
            said += f", and applies from the day {at.citation} gives (“{f.text}”)"
        return Claim(claim, SUPPORTED, said + ".", evidence, kind="text")
    return None


# ---------------------------------------------------------------- quoted law


def _misquote_check(claim: str, index: Index) -> Claim | None:
    """A quotation of a provision with a figure changed is contradicted by the provision's own words."""
    wrong = quotes.misquoted(claim, index)
    if not wrong:
        return None
    x = wrong[0]
    said = "; ".join(f"“{a}” where it says “{b}”" for a, b in x.changes)
    return Claim(claim, CONTRADICTED, f"the quotation is {x.quoted.provision.citation} but for {said}.",
                 [_quote(x.quoted.provision, x.quoted.unit)],
                 correction=f"{x.quoted.provision.citation} reads: “{x.quoted.unit.strip()}”", kind="quote")


# The number of the section or article a sentence attributes a quotation to ("Section 223(c)(1) states: “…”")
NUMBERED = re.compile(r"(?<!\w)(?:sections?|§§?|articles?|art\.|s\.)\s*(\d+[A-Za-z]?(?:-\d+)*)(?![\d-])", re.I)


def quote_check(claim: str, q: Question, index: Index) -> Claim | None:
    """A sentence that quotes a provision word for word says what the law says — unless it denies it, or puts
    the words in another instrument than the one they are in."""
    found = quotes.find(claim, index)
    if not found:
        return _misquote_check(claim, index)
    outside = claim
    for x in found:
        outside = outside.replace(claim[x.span[0]:x.span[1]], " ")
    if NEGATION.search(outside):
        return None
    where = [x for x in found if not q.sources or x.provision.source in q.sources]
    if not where:
        x = found[0]
        return Claim(claim, UNVERIFIABLE, f"the quoted words are in {x.provision.citation}, not in the instrument the "
                                          f"sentence names.", [_quote(x.provision, x.unit)], kind="quote")
    named = {m.group(1).lower(): m.group(0) for m in NUMBERED.finditer(outside)}
    own = {(index.top(x.provision.id) or x.provision).number.lower() for x in where}
    if named and not set(named) & own:
        # "Section 223(c)(1) states: “No provider or user …”": the words are § 230(c)(1)'s
        x = where[0]
        return Claim(claim, UNVERIFIABLE, f"the quoted words are in {x.provision.citation}; the sentence attributes "
                                          f"them to {', '.join(dict.fromkeys(named.values()))}.",
                     [_quote(x.provision, x.unit)], kind="quote")
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
