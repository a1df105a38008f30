"""Re-weighing the candidate units of an answer to a penalty question (kb/evidence.py), by the rules of how criminal
provisions are drafted: the highest penalty for a "maximum" question, the floor for a "minimum" one, a penalty
quoted with its whole list, the offence's own article before those punishing its cases (the rules turning on the
offence named: kb/penalty_offence.py). Each adjusts scores in place (kb/rerank.py holds the other rules and the
candidate type)."""
from __future__ import annotations

import re

from .facts import EXCEPTING, PENALTY_KINDS
from .glossary import fold
from .index import Index
from .penalty_offence import _asks_more_of, base_before_variant, defining_first, said
from .question import Question, covered, uses
from .rerank import Candidate, best_per_provision, score_after
from .units import units


def favour_highest(cands: list[Candidate], q: Question | None = None) -> None:
    """For "what is the maximum …", the unit stating a provision's highest cap or penalty leads it — of the units
    whose case the question names, when it names one ("… commis par un service de communication au public en ligne":
    art. 223-15-2 al. 2, not al. 3's organised gang, whose penalty is higher)."""
    # a word the offence's own penalty says too names no case ("animal" in art. 521-1's "… sauf lorsque les faits
    # ont entraîné la mort de l'animal")
    plain = {c.hit.provision.id: said(c.unit.text) for c in cands
             if any(f.kind in PENALTY_KINDS and not (f.condition or f.aggravated) for f in c.facts)}

    def asked(c: Candidate) -> int:
        cases = " ".join(dict.fromkeys(fold(f.condition) for f in c.facts if f.condition))
        own = plain.get(c.hit.provision.id, "")
        return sum(1 for w in q.subject if len(w) >= 4 and q.covers(w, cases) and not q.covers(w, own)) \
            if q is not None and cases else 0

    def key(c: Candidate) -> tuple[int, float, bool]:
        # On one scale (6 months < 5 years); of two units stating it, the lead-in with its items, which says
        # on what conviction the highest applies.
        values = [f.magnitude for f in c.facts if f.kind in PENALTY_KINDS and f.magnitude is not None]
        return (asked(c), max(values) if values else -1.0, c.unit.lead_in)

    keys = {id(c): key(c) for c in cands}
    best: dict[str, Candidate] = {}
    for c in cands:
        if keys[id(c)][1] < 0:
            continue
        top = c.hit.provision.id
        if top not in best or keys[id(c)] > keys[id(best[top])]:
            best[top] = c
    for c in best.values():
        c.score += 0.06


def favour_floor(cands: list[Candidate]) -> None:
    """For "what is the mandatory minimum …", the unit stating a floor for the offence itself ("imprisoned not less
    than 15 years", not only a repeat offender's) leads its provision, and a unit stating none (2252A(b)(2)'s "not more
    than 10 years", whose floor is for a prior conviction) answers after one that does."""
    def base_floor(c: Candidate) -> bool:
        return any(f.kind in PENALTY_KINDS and f.low and not (f.condition or f.aggravated) for f in c.facts)
    best: dict[str, Candidate] = {}
    for c in cands:
        pid = c.hit.provision.id
        if base_floor(c) and (pid not in best or c.score > best[pid].score):
            best[pid] = c
    for c in best.values():
        c.score += 0.06
    score_after(cands, base_floor)


# "Lorsque l'homicide involontaire prévu par l'article 221-6 résulte de l'agression commise par un chien, …" (art.
# 221-6-2): a case of another article's offence, punished more heavily
def lists_whole(dense: list[Candidate], pool: list[Candidate]) -> None:
    """A penalty stated in one item of a list ("(b) on summary conviction in Northern Ireland, … 6 months") is
    quoted with its lead-in and the other items ("is liable— (a) … (b) … (c) on conviction on indictment, … 5
    years"): the item alone misstates the penalty."""
    for c in list(dense):
        if c.unit.lead_in or not any(f.kind in PENALTY_KINDS for f in c.facts):
            continue
        whole = next((o for o in pool if o.hit is c.hit and o.unit.lead_in and not o.unit.cut
                      and o.unit.start <= c.unit.start and c.unit.end <= o.unit.end), None)
        if whole is None:
            continue
        whole.score = max(whole.score, c.score + 0.001) if whole in dense else c.score + 0.001
        if whole not in dense:
            dense.append(whole)


# "Le vol est puni de …": the offence a unit punishes, as its opening words name it
PUNISHES = re.compile(r"^\W*(?:L[ea]\s+|L['’]\s*)([^\W\d_]+)\s+est\s+punie?\b", re.I)


def unconditioned_first(cands: list[Candidate], q: Question) -> None:
    """"Quelle est la peine encourue pour un vol simple ?": of the articles that open "Le vol est puni de …", the one
    punishing the offence itself (art. 311-3, three years) answers before those punishing it in a case (art. 311-7,
    fifteen years "lorsqu'il est précédé … de violences"), unless the question uses a word of that case."""
    best = best_per_provision(cands)
    def offence(c: Candidate) -> str | None:
        m = PUNISHES.match(c.unit.text)
        return fold(m.group(1)) if m else None
    def penalties(c: Candidate) -> list:
        return [f for f in c.facts if f.kind in PENALTY_KINDS]
    for c in best.values():
        said = offence(c)
        if said is None or not penalties(c) or not all(f.condition or f.aggravated for f in penalties(c)):
            continue
        case = fold(" ".join(f.condition for f in penalties(c)))
        for b in best.values():
            if (b is c or offence(b) != said or b.hit.provision.source != c.hit.provision.source
                    or b.score >= c.score or not penalties(b) or any(f.condition or f.aggravated for f in penalties(b))):
                continue
            if any(q.covers(w, case) for w in q.subject if len(w) >= 4 and w != said):
                continue
            b.score = c.score + 0.001



# A numbered item of a list ("7° Le conducteur, sachant qu'il vient de causer … un accident, … n'a pas porté secours",
# "a) …", "(b) …"): one case among those a lead-in sets out
ITEM = re.compile(r"^\s*(?:\d+°|[a-z]\)|\(\w{1,4}\))")


def named_in_its_own_words(cands: list[Candidate], q: Question) -> None:
    """"What is the penalty in France for failing to help a person in danger?": art. 221-18 says it only in its 7°,
    one case of road homicide ("… n'a pas porté secours ou prêté assistance à une personne en danger"); art. 223-6
    punishes it in an alinéa of its own, and answers first."""
    words = [w for w in q.subject if len(w) >= 4]
    best = best_per_provision(cands)

    def reach(c: Candidate) -> tuple[int, int]:
        """The most of the question's words one item covers, and one unit that is no item."""
        scored = [(bool(ITEM.match(u.text)), sum(1 for w in words if q.covers(w, said(u.text))))
                  for u in units(c.hit.provision.text)]
        return (max((n for item, n in scored if item), default=0), max((n for item, n in scored if not item), default=0))

    reached = {pid: reach(c) for pid, c in best.items() if any(f.kind in PENALTY_KINDS for f in c.facts)}
    for pid, (in_item, elsewhere) in reached.items():
        if not in_item or elsewhere:
            continue
        c = best[pid]
        own = [b for b in best.values() if b is not c and b.hit.provision.id in reached and b.score < c.score
               and b.hit.provision.source == c.hit.provision.source and reached[b.hit.provision.id][1] >= in_item]
        if own:
            top = max(own, key=lambda b: b.score)
            top.score = c.score + 0.001


# The offence an article opens on, up to the verb punishing it: "La destruction, la dégradation ou la détérioration
# d'un bien appartenant à autrui" (art. 322-1, after its "I. -")
OPENS_ON = re.compile(r"^\W*(?:[IVX]+\.?\s*[-–]\s*)?(.{12,300}?)\s+(?:est|sont)\s+punie?s?\b", re.S)


def _says(q: Question, word: str, case: str) -> bool:
    """The case's words include the question's word: by a stem at a word's start ("autrui" is not "autre", which
    `Question.covers`'s four letters would take it for), or by a glossary term of its concept."""
    return bool(re.search(rf"(?<!\w){re.escape(word[:max(5, len(word) - 2)])}", case)) or (
        q.covers(word, case) and not uses(word, case))


CASE_GAP = 0.04  # below the offence itself, a case of it the question does not name


def general_before_specific(cands: list[Candidate], q: Question) -> None:
    """"What is the penalty in France for damaging someone else's property?": art. 322-6 opens on the offence of art.
    322-1 and adds its case ("… par l'effet d'une substance explosive, d'un incendie …", ten years); art. 322-1,
    the offence itself, answers first unless the question uses a word of that case."""
    best = best_per_provision(cands)
    opening = {pid: m.group(1) for pid, c in best.items() if (m := OPENS_ON.match(c.hit.provision.text))}

    def only_in_cases(pid: str) -> bool:
        # "Le témoignage mensonger est puni de sept ans … : 1° Lorsqu'il est provoqué …" (art. 434-14) opens on the
        # shorter phrase but punishes only the cases it lists: no general article for art. 434-13's offence
        # ("… est punie de deux ans …, sauf s'il n'en est résulté qu'un dommage léger", art. 322-1: an exception, the
        # offence's own penalty)
        found = [f for c in cands if c.hit.provision.id == pid for f in c.facts if f.kind in PENALTY_KINDS]
        return bool(found) and all(f.condition and not EXCEPTING.match(f.condition) or f.aggravated for f in found)

    for pid, phrase in opening.items():
        c = best[pid]
        if only_in_cases(pid):
            continue
        for other, longer in opening.items():
            b = best[other]
            if (other == pid or b.hit.provision.source != c.hit.provision.source
                    or not longer.startswith(phrase) or len(longer) <= len(phrase) + 5):
                continue
            if any(_says(q, w, fold(longer[len(phrase):])) for w in q.subject if len(w) >= 4):
                continue
            # (nor when its case is said after the opening: "Le proxénétisme prévu à l'article 225-7 est puni de vingt
            # ans … lorsqu'il est commis en bande organisée", art. 225-8, for "… commis en bande organisée ?")
            if _asks_more_of(q, said(b.hit.provision.text), said(c.hit.provision.text)):
                continue
            # (the case, an offence the question does not name, drops out of the answer's line: kb/direct.py takes
            # the provisions scoring within 0.03 of the first)
            c.score = max(c.score, b.score + 0.001)
            b.score = min(b.score, c.score - CASE_GAP)


def listed_case_first(cands: list[Candidate], q: Question) -> None:
    """"Quelle est la peine pour un abus de confiance commis au préjudice d'une personne vulnérable ?": art. 314-1
    punishes the offence; art. 314-2, in the same section, raises the penalty in the cases its items list, the 4°
    "Au préjudice d'une personne dont la particulière vulnérabilité …". A question using a word (five letters or
    more) that one item alone covers, and neither the article's other words nor the other article, asks about that
    case: its article answers first (the converse of `named_in_its_own_words`, where the item is another offence's)."""
    words = [w for w in q.subject if len(w) >= 5]
    best = best_per_provision(cands)
    folded = {pid: said(c.hit.provision.text) for pid, c in best.items()}
    for c in sorted(best.values(), key=lambda c: c.score):
        p = c.hit.provision
        if not any(f.kind in PENALTY_KINDS for f in c.facts):
            continue
        listed = [u for u in units(p.text) if ITEM.match(u.text)]
        if not listed:
            continue
        items = [said(u.text) for u in listed]
        # the article's words outside its items (a lead-in unit holds its items too)
        own = p.text
        for u in listed:
            own = own[:u.start] + " " * (u.end - u.start) + own[u.end:]
        own = fold(own)
        for b in best.values():
            other = b.hit.provision
            if (b is c or b.score <= c.score or other.source != p.source or other.path != p.path
                    or not any(f.kind in PENALTY_KINDS for f in b.facts)):
                continue
            text = folded[other.id]
            # one item's word: a word several items share ("commises", "contre") names no case
            if any(not q.covers(w, own) and not q.covers(w, text) and sum(q.covers(w, i) for i in items) == 1
                   for w in words):
                c.score = b.score + 0.001


# The noun an article's punished subject opens on: "La rébellion", "La provocation directe …" ("Le fait de …" is the
# offence's verb to come, "En cas de …" a case: no head)
HEAD_NOUN = re.compile(r"(?:l[ea]\s+|l'\s*|les\s+)([^\W\d_]{4,})")


def own_subject_first(cands: list[Candidate], q: Question) -> None:
    """"Quelle est la peine encourue pour rébellion ?": art. 433-7 punishes "La rébellion"; art. 433-10 punishes "La
    provocation directe à la rébellion", another offence naming the one asked as its complement. The article whose
    punished subject is headed by the word asked answers before one whose subject is headed by another word, or
    that punishes nothing."""
    best = best_per_provision(cands)
    heads = {}
    for pid, c in best.items():
        m = OPENS_ON.match(c.hit.provision.text)
        head = HEAD_NOUN.match(fold(m.group(1))) if m else None
        if head and head.group(1) != "fait" and any(f.kind in PENALTY_KINDS for f in c.facts):
            heads[pid] = head.group(1)
    punishing = {c.hit.provision.id for c in cands if any(f.kind in PENALTY_KINDS for f in c.facts)}
    asked = q.asked.split()

    def is_asked(head: str) -> bool:  # "Les viols définis …" (art. 222-23-3) are the "viol" asked
        return any(w[:len(head)] == head[:len(w)] and abs(len(w) - len(head)) <= 2 for w in asked if len(w) >= 4)

    for pid, head in heads.items():
        b = best[pid]
        if not is_asked(head):
            continue
        # (and before an article saying what the offence is but punishing nothing: art. 433-6 defines "rébellion")
        for other, c in best.items():
            another = other in heads and not is_asked(heads[other])
            if (other == pid or c.hit.provision.source != b.hit.provision.source
                    or not (another or other not in punishing) or head not in said(c.hit.provision.text)):
                continue
            # (another offence drops out of the answer's line, as a case does in `general_before_specific`)
            b.score = max(b.score, c.score + 0.001)
            if another:
                c.score = min(c.score, b.score - CASE_GAP)


def offence_before_its_cases(cands: list[Candidate], q: Question, index: Index) -> None:
    """For a penalty question: the article punishing the offence asked about before those punishing a case of it,
    or naming it only as one of their cases (the rules above, in this order)."""
    base_before_variant(cands, q)
    own_subject_first(cands, q)
    general_before_specific(cands, q)
    unconditioned_first(cands, q)
    defining_first(cands, q, index)
    named_in_its_own_words(cands, q)
    listed_case_first(cands, q)
    says_all_asked(cands, q)


ALL_ASKED_WORDS = 3  # subject words a question needs before one unit using them all tells its offence apart
ALL_ASKED_GAP = 0.15  # how far below the leading unit such a unit may score and still lead


def says_all_asked(cands: list[Candidate], q: Question) -> None:
    """"Quelle peine pour l'organisation d'une manifestation non déclarée ?": art. 431-9 punishes having organised a
    demonstration not declared — every word of the question's subject; art. 431-9-1, hiding one's face in a
    demonstration, uses one. A punishing unit using every subject word leads a punishing unit using half of them or
    fewer, when it scores near it."""
    words = [w for w in q.subject if len(w) >= 4]
    if len(words) < ALL_ASKED_WORDS:
        return
    punishing = [c for c in cands if any(f.kind in PENALTY_KINDS for f in c.facts)]
    if not punishing:
        return
    top = max(punishing, key=lambda c: c.score)
    if top.score < max(c.score for c in cands):
        return  # (the answer is led by another kind of unit: not this rule's to reorder)
    def used(c: Candidate) -> int:  # (by its own words or a glossary term: not a lay phrase's, said by its topic)
        return sum(1 for w in words if covered(w, said(c.unit.text)))
    if used(top) * 2 > len(words):
        return  # (the leading unit uses most of them: it is about the subject, and the rules above placed it)
    full = [c for c in punishing if used(c) == len(words)]
    if not full or any(c.hit.provision.id == top.hit.provision.id for c in full):
        return  # (another unit of the leading provision says it all: art. 313-2's list, after its organised gang)
    best = max(full, key=lambda c: c.score)
    if top.score - best.score <= ALL_ASKED_GAP:
        best.score = top.score + 0.001
