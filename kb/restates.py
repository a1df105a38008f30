"""A sentence that restates one provision — nearly all its subject words in that provision, in the instrument it
names, with the same negation and the same modality, a term defined only by its definition — is supported by it
(`content_check`). Never contradicted from here: a paraphrase that differs may still be true of another provision.
"""
from __future__ import annotations

import re
from functools import lru_cache

import yaml

from .applies import applies_from
from .dates import MONTH_ONLY, find as find_dates
from .events import reports_an_act
from .evidence import most_specific
from .glossary import fold, translations
from .index import Index
from .names import actor, role_actor
from .question import DATA, Question
from .figure_facts import VERB_NOT
from .references import find as find_mentions
from .registry import load_sources
from .said import NEGATION, NOT_APPLY, _predicate, definitions, denials, names_holder
from .search import search
from .stated import claimed, every
from .units import DENIES, OPENS_DENYING, short, units
from .pinpoint import restated_elsewhere
from .quantities import YEAR
from .restated_quantities import around as _around, differs as _quantity_differs
from .verdicts import CONTRADICTED, SUPPORTED, Claim, opening, quote as _quote


MODAL = {"must": "duty", "shall": "duty", "required": "duty", "obliged": "duty", "doit": "duty", "doivent": "duty",
         "may": "power", "can": "power", "peut": "power", "peuvent": "power"}
EXAMPLES = re.compile(r"\((?:for\s+example|for\s+instance|e\.g\.|such\s+as|par\s+exemple|notamment)\b[^()]*\)", re.I)
# "a federal statute that, subject to some exceptions, immunizes …": what the sentence says of the law itself (what
# kind of law it is, that its rule has exceptions) describes the instrument, not the rule a provision must restate.
DESCRIBES_LAW = re.compile(r",\s*an?\s+(?:[a-z]+\s+){0,2}(?:statute|law|regulation)\s+(?:that|which)\b"
                           r"|\b(?:subject\s+to|with)\s+(?:some|certain|limited|a\s+few)\s+exceptions\b"
                           r"|\bsauf\s+exceptions?\b|\bsous\s+réserve\s+de\s+(?:quelques|certaines)\s+exceptions\b"
                           # "… constitue la pierre angulaire de ce dispositif répressif en sanctionnant …": the praise
                           # before what the law punishes
                           r"|\b(?:constitue|est)\s[^,;:]{0,60}?\ben\s(?=(?:sanctionnant|punissant|réprimant|incriminant)\b)",
                           re.I)
# "Platforms should do more to protect children …": a call for more (or better) than is done is a judgement no provision
# restates, whatever words it shares with one (47 U.S.C. 223(h)(3)(B) protects minors; it asks no one to "do more").
JUDGES = re.compile(r"\b(?:should|must|need\s+to|ought\s+to|have\s+to|doi(?:t|vent)|devrai(?:t|ent)|faut)\s+"
                    r"(?:do|faire|go|aller)\s+(?:much\s+|far\s+|bien\s+)?(?:more|better|further|plus|mieux|davantage)\b", re.I)
RESTATES = 0.75  # share of a sentence's subject words one provision must use for the sentence to restate it
# A year the sentence gives, not as part of an instrument's name ("the Online Safety Act 2023", "the Communications
# Act of 1934", "Regulation (EU) 2022/2065"): "une infraction récente, créée par le Code pénal de 1992" dates what it
# describes, and a provision that bears no such year does not say it
GIVEN_YEAR = re.compile(r"(?<!\bAct )(?<!\bAct of )(?<!\bActs )(?<!\bn° )" + YEAR.pattern)
COMMENCED = re.compile(r"\b(?:in|into)\s+(?:force|effect)\b|\btook\s+effect\b|\ben\s+vigueur\b", re.I)
FROM_DAY = re.compile(r"\b(from|as of|since|starting|beginning|à (?:compter|partir) du|dès le|depuis le)\b", re.I)
# A short phrase the sentence puts in quotation marks ("defines a “digital depiction”") is a term it attributes to
# the law: a provision that does not use it is not the one restated, whatever else they share.
TERM = re.compile(r"[“\"«‘]\s*([^”\"«»’]{3,60}?)\s*[”\"»’]")


ACTS = r"(?:\s*\([^)]{0,80}\))?\s+(?:\w+\s+){0,2}?(?:must|may|shall|will|can|are|is|has|have|consider|" \
       r"doit|doivent|peut|peuvent)\b((?:\W+\w+){0,8})"
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


@lru_cache(maxsize=1)
def _contrasts() -> list[tuple[re.Pattern, re.Pattern]]:
    data = yaml.safe_load((DATA / "contrasts.yaml").read_text(encoding="utf-8"))
    return [(re.compile(e["said"], re.I), re.compile(e["law"], re.I)) for e in data]


def _contrasted(claim: str, text: str) -> bool:
    """The sentence says of the rule what the provision says the other way round (kb/data/contrasts.yaml): "content they
    create themselves" against "information provided by another information content provider"."""
    return any(said.search(claim) and law.search(text) for said, law in _contrasts())


def _modal_agrees(said_modal: set[str], text: str) -> bool:
    law_modal = {MODAL[w] for w in re.findall(r"[a-z]+", text.lower()) if w in MODAL}
    return not (said_modal and law_modal and not said_modal & law_modal)


def _uses_term(term: str, folded_text: str, language: str = "en") -> bool:
    """The provision uses the term the sentence attributes to it, as a phrase, in any inflection of its words
    ("digital forgeries" / "digital forgery"; not "digital … depiction" scattered through the text), hyphens
    or not ("notice-and-removal" / "Notice and removal"); failing that, in a sentence of `language`, the other
    language's glossary words for it."""
    words = re.findall(r"\w+", term)
    if not words:
        return True
    if _as_phrase(words, folded_text):
        return True
    # a French quote of English law ("« signaleurs de confiance »", Art. 22 DSA's "trusted flaggers"), or the
    # reverse: the law's own words for the same glossary concept
    en, fr = translations(term)
    return any(_as_phrase(re.findall(r"\w+", fold(t)), folded_text) for t in (en if language == "fr" else fr))


def _as_phrase(words: list[str], folded_text: str) -> bool:
    if not words:
        return False
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
    said = denials(text)
    denied = fold(" ".join(said))
    if not denied:
        return False
    # What the sentence denies is what follows its negation ("is not a criminal offence under the Sexual Offences
    # Act"); a unit denying something else ("B does not consent", a condition of the offence) does not say it.
    # "… does not commit an offence under subsection (1) if— (a) …": a denial the unit makes only under a
    # condition does not say the sentence's unconditional one
    verbal = VERB_NOT.search(claim) is not None  # "immunity from liability" paraphrases a denial; "is not" states one
    if verbal and not DENIAL_CONDITION.search(claim) and all(_conditional(d) for d in said):
        return False
    scope = [w for w in re.findall(r"[a-z]{4,}", fold(_after(VERB_NOT, claim))) if w not in FILLER] if verbal else []
    if len(scope) >= 2:
        theirs = fold(" ".join(_after(NEGATED, d) for d in said))
        if sum(1 for w in scope if q.covers(w, theirs)) / len(scope) < 0.5:
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


def _after(negation: re.Pattern, text: str, n: int = 8) -> str:
    """The words a negation governs: the few after it, within its clause and before the law it is said under
    ("is not a criminal offence under the Sexual Offences Act 2003": "a criminal offence")."""
    out = []
    for m in negation.finditer(text):
        rest = re.split(r"[,;:.]|\b(?:under|pursuant to|in accordance with|au titre|en vertu|selon)\b", text[m.end():],
                        maxsplit=1)[0]
        out.append(" ".join(rest.split()[:n]))
    return " ".join(out)


# where a unit's denial starts: a negated verb, or the "No …" it opens on ("No general obligation to monitor …")
NEGATED = re.compile(DENIES.pattern + r"|^\s*" + OPENS_DENYING.pattern, re.I)
DUTY_SAID = re.compile(r"\b(?:must|shall|required|requires?|obliged|obligations?|duty|duties|have\s+to|has\s+to|"
                       r"doivent|doit|tenue?s?\s+de|obligée?s?|obligation)\b", re.I)
DENIAL_CONDITION = re.compile(r"\b(?:if|where|unless|provided\s+that|except|si|lorsque|sauf)\b", re.I)


def _conditional(denial: str) -> bool:
    """Each negation of the unit's denial is followed, in its sentence, by the condition it holds under."""
    return all(DENIAL_CONDITION.search(denial[m.end():m.end() + 160]) for m in NEGATED.finditer(denial))


FILLER = {"that", "this", "these", "those", "with", "from", "have", "been", "being", "their", "there", "which", "will",
          "shall", "must", "more", "than", "such", "also", "only", "into", "what", "where", "when", "they", "them",
          "pour", "dans", "avec", "leur", "leurs", "sont", "être", "cette"}


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
    return definitions(index).get(fold(m.group("term")), set())


# "Category 1 applies to user-to-user services exceeding …": the sentence's subject, before its verb
SUBJECT_TERM = re.compile(r"^\s*(?:the\s+|an?\s+)?(?P<term>[^\W\d_][\w‑-]*(?:\s+[\w‑-]+){0,3}?)\s+"
                          r"(?:applies|apply|covers|includes)\b", re.I)


def _subject_term(claim: str, index: Index) -> str | None:
    """The defined term of two words or more (or a defined term's first words, "Category 1" of "Category 1 service")
    a sentence says applies to or covers something: the unit restating what it says of the term must name it."""
    m = SUBJECT_TERM.match(claim)
    if m is None:
        return None
    term = fold(m.group("term"))
    # a one-word subject ("The Act applies to …") names the instrument or a general word, no term of art
    named = len(term.split()) >= 2 and any(t == term or t.startswith(term + " ") for t in definitions(index))
    return term if named else None


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


# "Amends title 18 …", "The act specifically amends Section 223 …", "modifie l'article 226-8": an amendment described
AMENDS = re.compile(r"\b(?:amends?|amending|would\s+amend|modifie|modifiant|modifiera)\b", re.I)


# "The bill would amend a federal law (18 USC § 2258A) requiring interactive service providers to report …": what the
# amended law already requires is said of that law, not of the bill; the words after the frame are read
AMENDED_LAW_SAYS = re.compile(r"^[^.;]*?\b(?:would\s+amend|amends?)\s+(?:an?\s+|the\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:law|statute)\b"
                              r"(?=[^.;]{0,60}?\b(?:requiring|which\s+requires|that\s+requires)\b)", re.I)


def _names_an_amending_act(q: Question, index: Index) -> bool:
    """The sentence names a bill or an Act of the corpus, whose own words do the amending."""
    return any(s.id in q.sources and s.kind in ("bill", "public-law") for s in load_sources(index.config))


def _after_lead_in(claim: str, index: Index) -> str:
    """"The answer likely depends in part on an existing legal framework: Section 230 … immunizes …": a lead-in that
    names no law, before a colon, frames what follows; the law named after it is what the sentence says."""
    head, sep, tail = claim.partition(": ")
    if not sep or len(tail.split()) < 6:
        return claim
    named = lambda t: any(find_mentions(t, index.config))  # noqa: E731
    return tail if named(tail) and not named(head) else claim


def content_check(claim: str, q: Question, index: Index, unnamed: tuple[str, ...] = (),
                  cited: tuple[str, ...] = ()) -> Claim | None:
    """A sentence that restates one provision — nearly all its subject words in that provision, in the
    instrument it names, with the same negation and the same modality — is supported by it. A paraphrase that
    differs is never contradicted from here (it may still be true of another provision); only a miscited paragraph
    is (`cited`, below). `unnamed`: the
    numbers of the articles it cites without an instrument ("Article 50(1) requires …"); the provision restated
    must be one of them, or the sentence puts its words under another number. `cited`: the ids it cites; a paragraph
    of the provision restated that does not hold the unit restated miscites it (contradicted: "(Art. 28(4), DSA)" for
    Art. 28(3)'s words)."""
    dates = find_dates(claim, None)
    said_day = fold(" ".join(w.text for w in dates))
    # "(for example offences relating to terrorism, hate, … suicide)": what the sentence gives as examples
    # illustrates the rule; the provision stating the rule need not list them.
    described = AMENDED_LAW_SAYS.match(claim)
    bare = fold(DESCRIBES_LAW.sub(" ", EXAMPLES.sub(" ", _after_lead_in(claim[described.end():] if described else claim,
                                                                       index))))
    words = [w for w in q.subject if len(w) >= 4 and w not in said_day and w in bare]
    if len(words) < 5 or claimed(claim) or reports_an_act(claim) or JUDGES.search(claim):
        # Figures are compared as such: a sentence with the right words and a wrong figure is not supported
        # by its words.
        return None
    if AMENDS.search(claim) and not described and not _names_an_amending_act(q, index):
        # "Amends title 18, United States Code, to prohibit child pornography produced using artificial intelligence
        # by …" (a summary of H.R. 1283): what a bill would change in a statute is not what the statute says.
        return None
    # A day is checked as the day the restated provision applies from ("From 2 August 2026, deployers must
    # disclose …"); any other day ("On 19 May 2025 the President signed …") leaves the words unable to support.
    days = {w.start for w in dates if w.start == w.end}
    if dates and (len(days) != len(dates) or not FROM_DAY.search(claim)):
        return None
    if COMMENCED.search(claim) and MONTH_ONLY.search(claim):
        # "Illegal content duties under the Act came into force in March, and children's safety duties came into force
        # in July": when duties began is a commencement the corpus does not hold, not what the section naming those
        # duties (s. 51 OSA) says
        return None
    # "the transparency obligation does not apply where …" states an exception, as "This obligation shall not apply
    # to AI systems authorised by law …" does: the unit restating it must make that exception, not deny.
    said_exception = bool(NOT_APPLY.search(claim))
    said_neg = bool(NEGATION.search(claim)) and not said_exception

    def negation_agrees(text: str) -> bool:
        return bool(NOT_APPLY.search(text)) if said_exception else bool(denials(text)) == said_neg
    said_modal = {MODAL[w] for w in re.findall(r"[a-z]+", claim.lower()) if w in MODAL}
    # "at least once a year": how often is a figure too; the unit restated must say as often (Art. 24(2) DSA's
    # "at least once every six months", not a yearly duty's words)
    said_every = every(claim)
    terms = [fold(t).strip(" ,;:.") for t in TERM.findall(claim) if len(t.split()) <= 5]
    # "Ofcom sets the threshold conditions": the unit restated must name Ofcom, not a rule the Secretary of
    # State makes that Ofcom's register then applies.
    who = actor(claim)
    role = None if who else role_actor(claim)
    if role is not None and not role:
        return None  # "The regulator can seek a court order …" of no one legal system: whose power is unknown
    who = who or role
    verb = _verb(claim, who) if who else None
    defining = _defined_in(claim, index)
    subject_term = _subject_term(claim, index)
    if defining is not None and not defining:
        return None
    # a term's definitions are read whatever the search ranks first ("A search service means …": s. 3(4))
    candidates = [index.provisions[t] for t in sorted(defining)] if defining else \
        [h.provision for h in search(claim, k=3, index=index, question=q, phrases=False)]
    years = {y for y in GIVEN_YEAR.findall(claim) if not any(y in w.text for w in dates)}  # "From 2 August 2026": a day
    for p in candidates:
        if q.sources and p.source not in q.sources:
            continue
        if any(y not in p.text for y in years):
            continue
        if p.kind == "recital" and DUTY_SAID.search(claim):
            # a recital explains; it binds no one ("Within this framework, providers of very large online platforms
            # … are obliged to assess …": Recital 118 AI Act describes the DSA's duty, which the AI Act does not lay down)
            continue
        if unnamed and (index.top(p.id) or p).number not in unnamed:
            continue
        if who and not any(names_holder(claim, w, p.source, index) for w in who):
            # "The FTC has powers to enforce the Act, like imposing fines …": the "Commission" acting in 47 U.S.C.
            # 223 is the FCC; the sentence's authority is the law's only where that law names it so
            continue
        text = fold(p.heading + " " + p.text)
        if sum(1 for w in words if q.covers(w, text)) / len(words) < RESTATES or _contrasted(claim, p.text):
            continue
        if any(not _uses_term(t, text, q.language) for t in terms):
            continue
        # The unit that says most of it with the sentence's negation and modality: "are required to report …,
        # which then shares the information" is 2258A(a)'s duty to report, not (c)'s power to disclose, though the
        # latter shares a few more of its words — unless it says much less.
        acting = _acting(who, p.text) if who else []
        scored = sorted(((sum(1 for w in words if q.covers(w, fold(u.text))), i, u) for i, u in enumerate(units(p.text))),
                        key=lambda t: (-t[0], t[1]))
        top_share = scored[0][0] if scored else 0

        def restating(n: int, u) -> bool:
            return (n >= 0.6 * top_share and negation_agrees(u.text) and (not said_every or said_every & every(u.text))
                    and (not said_neg or _denial_restates(words, u.text, q, claim))
                    and _modal_agrees(said_modal, u.text)
                    and (who is None or _does(acting, verb, u.text))
                    and (said_neg or not _negates_said(words, u.text, claim)))
        best = next(((n, u) for n, _, u in scored if restating(n, u)), None)
        if best is None:
            continue
        # A lead-in with its items and the alinéas after it holds each of them: the one of those that says nearly
        # as much is the unit restated (226-1's last alinéa on presumed consent, not its penalty).
        inner = [(n, u) for n, _, u in scored if u.text != best[1].text and u.text in best[1].text
                 and n >= 0.75 * best[0] and restating(n, u)]
        best_n = best[0]
        best = (inner[0] if inner else best)[1]
        # Among units saying nearly as much, the one in the paragraph the sentence cites (2252(a)(4)(B) for
        # "Under 18 U.S.C. § 2252(a)(4) … knowingly possesses …", though (a)(3)(B) shares a word more)
        pinned = [index.provisions[c].text for c in cited if c.startswith(p.id + "/") and c in index.provisions]
        own = next((u for n, _, u in scored if pinned and n >= 0.8 * best_n and any(u.text in t for t in pinned)
                    and restating(n, u)), None)
        best = own if own is not None and not any(best.text in t for t in pinned) else best
        if subject_term and subject_term not in fold(best.text) and subject_term.rstrip("s") not in fold(best.text):
            # "Category 1 applies to user-to-user services exceeding certain user numbers …" is not restated by s. 14's
            # user-empowerment assessment items, which share its other words but not the term it is about
            continue
        holder = most_specific(best.text, p, index)
        evidence = [_quote(holder, best.text)]
        # "… que le condamné accomplira pour une durée de 40 à 210 heures": art. 131-8's words but for its "vingt à
        # quatre cents heures" (claims131, first run: supported). A quantity the sentence gives is the unit's, or the
        # unit restated says otherwise; one the provision does not state at all is not restated by it.
        other = _quantity_differs(claim, best.text, p.text)
        if other == "absent":
            continue
        if other:
            words = _around(best.text)
            return Claim(claim, CONTRADICTED, f"{holder.citation} says {other[1]}, not {other[0]} (“{words}”).",
                         evidence, f"{holder.citation}: “{words}”", kind="figure")
        miscited = restated_elsewhere(holder, p, best.text, cited, index)
        if miscited is not None:
            return Claim(claim, CONTRADICTED, f"{holder.citation} says this, not {miscited.citation} "
                                              f"(“{opening(miscited, 100)}”), which the sentence cites.", evidence,
                         f"It is {holder.citation}, not {miscited.citation}.", kind="reference")
        # Another unit of the provision that restates the sentence as well, with the same negation, is shown
        # too: "immunity … from being held liable for the content published by their users" is 230(c)(1)'s
        # publisher rule as much as (c)(2)'s good-faith removal.
        for u in units(p.text):
            if u is not best and best.text not in u.text and negation_agrees(u.text) \
                    and sum(1 for w in words if q.covers(w, fold(u.text))) / len(words) >= RESTATES:
                evidence.insert(0, _quote(most_specific(u.text, p, index), u.text))
                break
        # (an article's heading that is only its number, "Article 121-2", says nothing of what it says)
        named = p.heading if p.heading and not re.fullmatch(r"(?:Article|Art\.)\s*\S+", p.heading.strip()) else ""
        said = f"{p.citation} says this (“{named or short(best.text, 80)}”)"
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

