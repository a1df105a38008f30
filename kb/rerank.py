"""Re-weighing the candidate units of an answer after they are scored (kb/evidence.py): the rules a statute's
drafting implies — the general case before the special one, the provision a pointer names before the pointer, an
operative article before a definitions article (penalty questions' own rules: kb/penalty_rank.py). Each adjusts
scores in place; none chooses. Also the weight the facts a unit states carry for the kind of question asked
(`fact_bonus`), which scoring adds."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .bounds import bounds, opposite
from .facts import Fact
from .offence_classes import classes as offence_classes
from .glossary import WITHOUT_BEING, fold, role_phrases, says_whole, translations, words as folded_words
from .measures import asked_unit, in_unit, limit_bonus
from .index import Index
from .rarity import rarity
from .question import Question, covered, rules_out
from .types import Hit, Provision
from .units import Unit


def fact_bonus(q: Question, facts: list[Fact], whole: str = "") -> float:
    """What the facts a unit states add for the kind of question asked: the kind it asks for first most. `whole`:
    the unit's provision, folded."""
    if not q.fact_kinds or not facts:
        return 0.0
    kinds = {f.kind for f in facts}
    limit = limit_bonus(q, facts, whole)
    if limit:
        return limit
    # (the term by a question word's first letters, or by a glossary term of its concept: "sexual assault" for the
    # Code pénal's "agression sexuelle", which "sexua" is not the start of)
    if q.kind in ("age", "definition", "threshold") and any(
            f.kind == "definition" and any(w[:5] in fold(f.term) or q.covers(w, fold(f.term)) for w in q.subject)
            for f in facts):
        # "who counts as a minor": the unit that defines "minor" settles it; of terms the question says whole, the
        # longest ("primary priority content that is harmful to children", not "content that is harmful to children")
        said = [len(folded_words(f.term)) for f in facts if f.kind == "definition" and says_whole(f.term, q.text)]
        return 0.3 + 0.02 * min(10, max(said, default=0))
    if q.kind == "elapsed" and any(_same_start(q.text, f.text) for f in facts if f.kind in ("deadline", "period")):
        return 0.3  # "how long after being notified …": the time counted from the notification (Art. 33(6) DSA)
    unit = asked_unit(q.text)
    if unit and unit != "money" and any(f.kind in q.fact_kinds and in_unit(f, unit) for f in facts):
        # "Pour combien d'heures un travail d'intérêt général …?": art. 131-8's "vingt à quatre cents heures", not art.
        # 131-22's "dix-huit mois" within which the hours are worked (questions100, first run)
        return 0.3
    if q.fact_kinds[0] in kinds or q.kind == "penalty" and "referred" in kinds:
        # (a penalty given by reference, "Sera puni comme auteur le complice", answers "what penalty" as a figure does)
        return 0.2
    return 0.12 if kinds & set(q.fact_kinds) else 0.0


# "after being notified of its designation", "four months after the notification", "après la notification": the
# event a time is counted from, in a few words.
FROM_EVENT = re.compile(r"\b(?:after|following|après|suivant)\s+((?:[^\W\d]+(?:\W+|$)){0,5})", re.I)


def _same_start(question: str, fact: str) -> bool:
    """The question's time and the fact's are counted from the same event: a word (by its first five letters)
    of at least five letters after "after" in both."""
    def starts(text: str) -> set[str]:
        return {w[:5] for m in FROM_EVENT.finditer(fold(text)) for w in re.findall(r"[^\W\d_]{5,}", m.group(1))}
    return bool(starts(question) & starts(fact) - {"being", "which", "their"})


@dataclass
class Candidate:
    hit: Hit
    rank: int
    unit: Unit
    facts: list[Fact]
    score: float = 0.0


def _distinct_words(p: Provision, other: Provision) -> set[str]:
    """The words of p's heading and headings above it that `other`'s lack ("search services", "group of
    entities"): what makes p the special case."""
    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z0-9-]{4,}", fold(text)))
    # Level by level: "CHAPTER 3 — Providers of search services" differs from "CHAPTER 2 — Providers of
    # user-to-user services" by "search", though the Part title above both names search services too.
    levels = [(p.heading, other.heading), *zip(p.path, other.path), *((x, "") for x in p.path[len(other.path):])]
    return set().union(*(words(a) - words(b) for a, b in levels if a != b))


def best_per_provision(cands: list["Candidate"]) -> dict[str, "Candidate"]:
    best: dict[str, Candidate] = {}
    for c in cands:
        pid = c.hit.provision.id
        if pid not in best or c.score > best[pid].score:
            best[pid] = c
    return best


def general_first(cands: list["Candidate"], q: Question, index: Index) -> None:
    """Two provisions of one instrument with the same heading (s. 10 and s. 27 OSA, "Safety duties about
    illegal content", for user-to-user and for search services; Sch. 13 paras 4 and 5, "Maximum amount of
    penalties" and "…: group of entities"): unless the question uses the words that set the later one apart,
    the earlier — the general case, as statutes are drafted — answers first."""
    best = best_per_provision(cands)
    asked = fold(" ".join([q.text, q.en_query, q.fr_query]))
    order = index.order
    for a in best.values():
        for b in best.values():
            pa, pb = a.hit.provision, b.hit.provision
            if (pa.source != pb.source or order.get(pa.id, 0) >= order.get(pb.id, 0) or b.score <= a.score
                    or fold(pa.heading.split(":")[0]).strip() != fold(pb.heading.split(":")[0]).strip()):
                continue
            # a plural heading word is asked in the singular ("Confirmation decisions: offences": "is it an offence")
            if not any(w in asked or (w.endswith("s") and re.search(rf"\b{re.escape(w[:-1])}\b", asked))
                       for w in _distinct_words(pb, pa)):
                a.score = b.score + 0.001


# A unit that sets a time apart for some cases ("Par dérogation au premier alinéa, les peines prononcées pour les
# crimes mentionnés aux articles 214-1 à 214-4 … se prescrivent par trente années", art. 133-2; "Les peines prononcées
# pour les délits mentionnés au livre IV bis …", art. 133-3 al. 2): the words before its time name which cases.
SPECIAL_CASE = re.compile(r"\b(?:par\s+dérogation|by\s+way\s+of\s+derogation|notwithstanding|mentionnée?s?\s+(?:au|aux|à)\s)",
                          re.I)
TIME_KINDS = {"deadline", "period"}


def rule_before_special_case(cands: list["Candidate"], q: Question) -> None:
    """Two units of one provision that state the kind of time asked for: the one that sets it apart for the cases
    it names answers after the provision's own rule ("after how many years is a sentence for a délit time-barred":
    art. 133-3's six years, then its twenty for the délits it lists), unless the question names those cases."""
    if not TIME_KINDS & set(q.fact_kinds):
        return
    asked = fold(" ".join([q.text, q.fr_query]))

    def special(c: "Candidate") -> bool:
        times = [f for f in c.facts if f.kind in TIME_KINDS]
        return bool(times) and bool(SPECIAL_CASE.search(c.unit.text[:max(0, times[0].start - c.unit.start)]))
    specials = [c for c in cands if special(c)]
    rules = [c for c in cands if c not in specials and any(f.kind in TIME_KINDS for f in c.facts)]
    for b in specials:
        for a in rules:
            if (a.hit is b.hit and a.score <= b.score and a.unit.start < b.unit.start
                    and not _names_cases(b.unit.text, a.unit.text, asked)):
                a.score = b.score + 0.001


def _names_cases(special: str, general: str, asked: str) -> bool:
    """The question uses a word (of six letters or more) the special case has and the rule has not: "terrorisme"."""
    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z]{6,}", fold(text)))
    return any(re.search(rf"\b{w}", asked) for w in words(special) - words(general))


def class_asked(cands: list["Candidate"], q: Question) -> None:
    """A time limit asked for one class of offence ("a sentence for a contravention"): a unit setting one for another
    class only (art. 133-3's "pour un délit") answers after the units that do not (art. 133-4)."""
    asked = offence_classes(q.text)
    if len(asked) != 1 or not TIME_KINDS & set(q.fact_kinds):
        return
    score_after(cands, lambda c: not (named := offence_classes(c.unit.text)) or bool(named & asked))


def not_the_other_side(cands: list["Candidate"], q: Question) -> None:
    """A provision bounding the length the question asks about the other way ("plus de huit jours" for "eight days
    or less") falls below every candidate that does not."""
    if not bounds(q.text):
        return
    provisions = {c.hit.provision.id: c.hit.provision.text for c in cands}
    other = {pid for pid, text in provisions.items() if opposite(q.text, text)}
    rest = [c.score for c in cands if c.hit.provision.id not in other]
    if other and rest:
        floor = min(rest)
        for c in cands:
            if c.hit.provision.id in other:
                c.score = min(c.score, floor - 0.001)


def same_bound(cands: list["Candidate"], q: Question) -> None:
    """A provision bounding it the same way ("d'une durée inférieure ou égale à huit jours", art. R625-1, for "no
    more than eight days") gains as a heading the question names would; not one that bounds it both ways, a case
    each (art. 222-14-5). Before the units are cut to those the model reads, so that it is read."""
    asked = bounds(q.text)
    if not asked:
        return
    flipped = {("more" if side == "at_most" else "at_most", n, u) for side, n, u in asked}
    theirs = {c.hit.provision.id: bounds(c.hit.provision.text) for c in cands}
    for c in cands:
        said = theirs[c.hit.provision.id]
        if asked & said and not flipped & said:
            c.score += SAME_BOUND_WEIGHT


SAME_BOUND_WEIGHT = 0.2


POINTS_TO = re.compile(r"\bset out in (?:section|Article) (\d+[A-Z]?)\b")
# "In addition to the requirements set out in Article 27, providers … shall" adds to the article it cites: it is
# the law asked about, not a pointer to it.
ADDS_TO = re.compile(r"\b(?:in addition to|without prejudice to|as well as)\b[^.;]{0,60}$", re.I)


def cited_over_pointer(cands: list["Candidate"], q: Question) -> None:
    """A unit that says where a duty is set out ("(d) the duties about complaints procedures set out in section
    32", "the registration obligation set out in Article 49(2)") points to the law: the provision it points to,
    when it is a candidate and its heading names what the question asks about, answers before it."""
    best = best_per_provision(cands)
    asked = fold(" ".join([q.text, q.en_query]))
    for c in cands:
        cited = [m.group(1) for m in POINTS_TO.finditer(c.unit.text) if not ADDS_TO.search(c.unit.text[:m.start()])]
        prefix = c.hit.provision.id.rsplit("/", 1)[0]
        # A list of where things are set out (s. 7 OSA: the duties of each kind of service, one subsection each) is
        # a table of contents: the section it points to answers before every unit of it ("What records must
        # providers … keep?" is s. 23's, not s. 7(4)'s). One pointer in a provision about the question itself
        # (s. 37's "… set out in section 36") only yields to it over that unit.
        lead = best[c.hit.provision.id].score if c.unit.lead_in and len(cited) >= 2 else c.score
        for n in cited:
            b = best.get(f"{prefix}/{n.lower()}")
            if b is None or b.score > lead:
                continue
            head = {w for w in re.findall(r"[a-z]{5,}", fold(b.hit.provision.heading)) if w not in ("duties", "about")}
            if head and any(covered(w, asked) for w in head):
                b.score = lead + 0.001


# "The term “interactive computer service” has the meaning provided in section 230(f)(2)": a definition by reference.
REFERS_FOR_MEANING = re.compile(r"\bha(?:s|ve) the meanings? (?:given|provided|assigned)(?: (?:to )?(?:that|such|the) terms?)?"
                                r"(?: by| in)? section (\d+[A-Za-z]?)\b")


def defined_over_reference(cands: list["Candidate"]) -> None:
    """A term that "has the meaning provided in section 230(f)(2)" is defined there: when that section is a
    candidate, it answers before the unit that points to it (47 U.S.C. 223(h)(1)(D) and (i)(2) name the term as
    often as 230(f)(2) does)."""
    best = best_per_provision(cands)
    for c in cands:
        m = REFERS_FOR_MEANING.search(c.unit.text)
        if m is None:
            continue
        p = c.hit.provision
        targets = [b for b in best.values() if b.hit.provision.number.lower() == m.group(1).lower()
                   and b.hit.provision.jurisdiction == p.jurisdiction and b.hit.provision.id != p.id]
        if targets:
            lead = max(targets, key=lambda b: b.score)
            lead.score = max(lead.score, c.score + 0.001)


RECITAL_REACH = 0.25  # an article this close below a recital of its act answers before it


def articles_over_recitals(cands: list["Candidate"]) -> None:
    """A recital explains why; the article binds: "Are people who report infringements of the AI Act protected?"
    is answered by Art. 87 ("Directive (EU) 2019/1937 shall apply …"), not by Recital 172's "should be protected",
    which shares more of the question's words. The best article of the recital's act, when it scores nearly as
    well, comes first."""
    best = best_per_provision(cands)
    for r in [c for c in best.values() if c.hit.provision.kind == "recital"]:
        source = r.hit.provision.source
        articles = [c for c in best.values() if c.hit.provision.source == source and c.hit.provision.kind != "recital"
                    and r.score - RECITAL_REACH <= c.score <= r.score]
        if articles:
            lead = max(articles, key=lambda c: c.score)
            lead.score = r.score + 0.001


# (an act's list of definitions: "Definitions", "Interpretation", "Definitions for chapter"; not "Meaning of “likely
# to be accessed by children”", s. 37 OSA, which is the provision about that one term)
DEFINITIONS = re.compile(r"^\s*(?:definitions?|interpretation|d[ée]finitions?)\b(?!\s+of\b)", re.I)
DEFINITION_REACH = 0.15  # an operative provision this close below a definitions article answers before it


def operative_over_definitions(cands: list["Candidate"], q: Question) -> None:
    """A definitions article says what a term means; what the law does with it is elsewhere: "when is a provider
    that caches information not liable?" is Art. 5 DSA ("Caching"), though Art. 3(g)(ii)'s "‘caching’ service,
    consisting of …" repeats its words. Unless the question asks what a term means."""
    if q.kind in ("definition", "age", "threshold"):
        return
    best = best_per_provision(cands)
    for d in [c for c in best.values() if DEFINITIONS.match(c.hit.provision.heading)]:
        source = d.hit.provision.source
        others = [c for c in best.values() if c.hit.provision.source == source and c.hit.provision.kind != "recital"
                  and not DEFINITIONS.match(c.hit.provision.heading) and d.score - DEFINITION_REACH <= c.score <= d.score]
        if others:
            lead = max(others, key=lambda c: c.score)
            lead.score = d.score + 0.001


def not_what_is_excluded(cands: list["Candidate"], q: Question) -> None:
    """"… a deepfake … when it is not sexual": of two provisions of one section of an instrument (art. 226-8 and
    226-8-1 C. pén.), the one whose text lacks the quality the question rules out answers before the one that has it."""
    if not q.excluded:
        return
    best = best_per_provision(cands)
    having = {pid for pid, c in best.items() if rules_out(q, c.hit.provision.text)}
    for a in [best[pid] for pid in having]:
        pa = a.hit.provision
        others = [b for pid, b in best.items() if pid not in having
                  and b.hit.provision.source == pa.source and b.hit.provision.path == pa.path]
        if others:
            lead = max(others, key=lambda c: c.score)
            lead.score = max(lead.score, a.score + 0.001)


def not_whom_it_excludes(cands: list["Candidate"], q: Question) -> None:
    """"… a public official who accepts a bribe": a provision naming the role the question asks ("dépositaire de
    l'autorité publique", a glossary `fr_asked` phrase) only to leave it out (art. 445-2, private corruption) answers
    after every provision of its instrument that names it (art. 432-11, 433-1)."""
    asked = fold(q.fr_query)
    roles = [r for r in role_phrases() if r in asked]
    if not roles:
        return
    best = best_per_provision(cands)
    texts = {pid: fold(c.hit.provision.text) for pid, c in best.items()}
    spans = {pid: [m.span() for m in WITHOUT_BEING.finditer(t)] for pid, t in texts.items()}
    for role in roles:
        leaving_out, naming = [], []
        for pid, c in best.items():
            hits = [m.start() for m in re.finditer(re.escape(role), texts[pid])]
            if hits and all(any(a <= h < b for a, b in spans[pid]) for h in hits):
                leaving_out.append(c)
            elif hits:
                naming.append(c)
        for a in leaving_out:
            others = [b for b in naming if b.hit.provision.source == a.hit.provision.source]
            if others:
                a.score = min(a.score, min(b.score for b in others) - 0.001)


# A word the corpus hardly uses ("microenterprises", "simplified"; not "minors" or "transparency")
RARE_WORD = 6.0


def special_case_asked(cands: list["Candidate"], q: Question, index: Index) -> None:
    """"Can microenterprises comply with the AI Act's quality management system … in a simplified manner?": a unit
    that names the leading provision's subject by its heading ("certain elements of the quality management system
    required by Article 17", Art. 63(1)) and uses rare words of the question that provision never does
    ("microenterprises", "simplified") is the special case asked about; it answers before the general rule the
    question's heading words point to (the converse of `general_first`)."""
    best = best_per_provision(cands)
    if len(best) < 2:
        return
    lead = max(best.values(), key=lambda c: c.score)
    general = lead.hit.provision
    subject = fold(general.heading).strip()
    if len(subject.split()) < 2:
        return  # a one-word heading names too little to be a subject another unit refers to
    rare = rarity(index)
    said = fold(general.heading + " " + general.text)
    unsaid = [w for w in dict.fromkeys(re.findall(r"[^\W\d_]{6,}", fold(q.text + " " + q.en_query)))
              if rare.of(w) >= RARE_WORD and not q.covers(w, said)]
    for c in best.values():
        p = c.hit.provision
        unit = fold(c.unit.text)
        if p.source != general.source or p.id == general.id or subject not in unit:
            continue
        # two such words at least: one ("sentence") may come with a unit merely listing the provision elsewhere
        # (Sch. 14 para. 20 OSA adds s. 66A's offence to the Sentencing Act's list)
        if sum(1 for w in unsaid if q.covers(w, unit)) >= 2:
            c.score = lead.score + 0.001


# "a Category 2A search service": a unit naming only another category of services ("A provider of a Category 1
# service must …", s. 38 OSA) states the rule for that category, not for the one asked about (s. 39)
CATEGORY = re.compile(r"\b(?:category|catégorie)\s+(\d[A-Z]?)\b", re.I)
OTHER_CATEGORY = 0.1


def asked_category(cands: list["Candidate"], q: Question) -> None:
    asked = {m.upper() for m in CATEGORY.findall(q.text)}
    if not asked:
        return
    for c in cands:
        named = {m.upper() for m in CATEGORY.findall(c.unit.text)}
        if named and not named & asked:
            c.score -= OTHER_CATEGORY


def on_the_subject(cands: list["Candidate"], q: Question) -> None:
    """"Quelle est la peine encourue … pour du harcèlement en ligne ?": a provision using none of the question's
    subject words but the circumstance ("en ligne": art. 421-2-5's online terrorism offence, whose penalty is higher)
    answers after one that uses them."""
    best = best_per_provision(cands)
    about = {pid for pid, c in best.items() if q.about(fold(c.hit.provision.heading + " " + c.hit.provision.text))}
    score_after(cands, lambda c: c.hit.provision.id in about)


def greatest_limit(cands: list["Candidate"], q: Question) -> None:
    """"For how many hours can a court order community service?": of the units limiting a measure in the unit the
    question counts in, the greatest limit answers first (art. 131-8's four hundred hours for a délit before art.
    131-17's hundred and twenty for a contravention, which the question does not name); the others follow it."""
    unit = asked_unit(q.text)
    if not unit or "bound" not in q.fact_kinds:
        return
    limits = {id(c): max((f.value for f in c.facts if f.kind == "bound" and in_unit(f, unit) and f.value is not None),
                         default=None) for c in cands}
    best = max((v for v in limits.values() if v is not None), default=None)
    if best is not None:
        score_after(cands, lambda c: limits[id(c)] in (None, best))


def score_after(cands: list["Candidate"], leads) -> None:
    """Every candidate `leads` rejects scores just below the best one it accepts (none moves when it accepts all or
    none)."""
    leading = [c.score for c in cands if leads(c)]
    if not leading or len(leading) == len(cands):
        return
    for c in cands:
        if not leads(c):
            c.score = min(c.score, max(leading) - 0.001)
