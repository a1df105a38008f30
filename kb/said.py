"""What a sentence says a provision says, checked against the provision's own words: who lays a rule down, a duty
or liability the law denies, what a provision expressly includes, and which authority a law's word for one stands for
(`names_holder`). Quoted law: kb/quote_check.py; a power: kb/powers.py; a restatement of one provision:
kb/restates.py. These checks support or contradict only on the text in front of them; whatever they cannot tell is
left to `unverifiable`."""
from __future__ import annotations

import re

from .evidence import most_specific
from .stated import claimed
from .glossary import fold
from .index import Index
from .names import actor, actor_entries, actors as _actors, fold1, role_actor
from .question import Question
from .search import search
from .units import denies, units
from .verdicts import CONTRADICTED, Claim, quote as _quote

# What a negated duty denies: liability, treatment as publisher, an obligation, a permission.
PREDICATE = re.compile(r"\b(liable|liability|treated|responsible|responsables?|responsabilit\w*|must|required|obliged|"
                       r"obligation|duty|prohibited|illegal|allowed|permitted|exempt|immune|publisher|éditeur)\b", re.I)
# "immunity from being held liable", "shields platforms from liability", "à l'abri de poursuites", "without being
# treated as the publisher": a denial in other words ("without consent" denies nothing).
NEGATION = re.compile(r"\b(no|not|never|nothing|shall not|may not|cannot|\w+n['’]t|n.est pas|ne peut|aucun|aucune|ni|"
                      # "qui ne réprime pas le fait …", "n'impose jamais": a French verb denied between "ne" and "pas"
                      r"ne\s+\w+\s+(?:pas|jamais|point)|n['’]\w+\s+(?:pas|jamais|point)|"
                      r"without\s+being\s+(?:treated|held|considered|regarded|deemed)|"
                      r"sans\s+être\s+(?:tenu|traité|considéré|regardé)e?s?|"
                      r"immun\w*|shield\w*\s+(?:\w+\s+){0,3}from|protect\w*\s+(?:\w+\s+){0,3}from\s+(?:being\s+held\s+)?liab\w*|"
                      r"exempt\w*\s+from|free\s+from\s+liab\w*|exon[ée]r\w*|à\s+l.abri)\b", re.I)
# An exception limits a duty the unit has just laid down ("This obligation shall not apply where …"); it does
# not deny it, so a sentence asserting the duty is not contradicted by it.
NOT_APPLY = re.compile(r"\b(?:not|nor)\s+(?:apply|applies)\b|ne s.appliqu\w+ pas", re.I)
# … and saving clauses: "This Article shall not affect other regulatory sandboxes established under Union or national
# law" denies nothing the article lays down
EXCEPTION = re.compile(NOT_APPLY.pattern + r"|\bexcept\b|\bunless\b|\blimited to\b|\bnot\s+(?:affect|prejudice)\b", re.I)
RELATIVE_NOT = re.compile(r"\b(?:that|which|who)\s+(?:does|do|is|are|shall|may|will|can)\s+not\b", re.I)
SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")
ASIDE = re.compile(r"\(([^()]{12,})\)")


def denials(text: str) -> list[str]:
    """The sentences of a unit that deny something (not the exceptions that limit what it lays down)."""
    # A negation inside a relative clause describes a manner ("in a manner that does not hamper …"), it denies
    # nothing the sentence lays down.
    # A bracketed aside is its own statement: "… must report all UK-linked content (and does not report content
    # which is not UK-linked)" lays down the duty; only the aside denies.
    out = []
    for s in SENTENCE.split(text):
        if EXCEPTION.search(s):
            continue
        out += [part for part in [ASIDE.sub(" ", s)] + [m.group(1) for m in ASIDE.finditer(s)]
                if denies(RELATIVE_NOT.sub(" ", part).strip())]
    return out


def definitions(index: Index) -> dict[str, set[str]]:
    """Each term the corpus defines (folded) -> the top-level provisions defining it, read once per index."""
    def build(ix: Index) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for top, facts in ix.facts.items():
            for f in facts:
                if f.kind == "definition" and f.term:
                    out.setdefault(fold(f.term), set()).add(top)
        return out
    return index.derived("definitions", build)


def names_holder(claim: str, holder: str, source: str, index: Index, by_role: bool = False) -> bool:
    """The sentence names the law's holder of a power or duty: by the law's own word ("Ofcom"), or by the authority
    that word is defined as in the same instrument — "the Commission" of the TAKE IT DOWN Act is, by its § 4(1), the
    Federal Trade Commission, which a sentence calls "the FTC"; the "Commission" of 47 U.S.C. 223 is not."""
    holder = fold(holder).replace("the ", "").strip()
    opens_on_role = role_actor(claim) is not None
    named = [e for e in actor_entries(claim, by_role or opens_on_role) if holder in (fold1(w) for w in e["law"])]
    # "The regulator can seek a court order …": the subject is the regulator, whatever else the sentence names ("a
    # court order" does not name the court that makes it as the one acting)
    said = bool(named) if opens_on_role else holder in fold(claim) or any(e.get("by_role") for e in named)
    # "the Federal Trade Commission" says "Commission" too, but is the Commission only of an instrument defining it so
    if holder and said and not any(e.get("defined") for e in named):
        return True
    if not named:
        return False
    said = {fold1(n) for e in named for n in e["said"]}
    for top_id in definitions(index).get(holder, ()):
        top = index.provisions[top_id]
        if top.source != source:
            continue
        for d in index.facts.get(top_id, []):
            if d.kind == "definition" and fold(d.term) == holder:
                unit = fold1(top.text[d.unit_start:d.unit_end])
                if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", unit) for n in said):
                    return True
    return False




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


# the verb of a duty a sentence asserts: "must comply", "are required to remove", "doivent retirer"
DUTY_VERB = re.compile(r"\b(?:must|shall|(?:are|is)\s+(?:required|obliged)\s+to|doi(?:t|vent)|(?:est|sont)\s+tenue?s?\s+de)"
                       r"\s+(?:also\s+|aussi\s+)?(?P<verb>[^\W\d_]{4,})", re.I)


# a negation that denies doing something ("shall not disclose", "No general obligation to monitor", "ne peut pas"), not
# one that describes a state inside a condition ("When … the system … has not been registered …, they shall not use
# it": Art. 26(8) AI Act does not deny that providers must register)
DENIES_DOING = (r"\b(?:(?:shall|may|must|need|is|are|does|do|will|can|could|should)\s+not|cannot|no|never|ne|n['’])"
                r"\b\W+(?:\w+\W+){0,6}?")  # then the verb denied


def negation_check(claim: str, q: Question, index: Index) -> Claim | None:
    """"Section 230 makes platforms liable as publishers" against "No provider … shall be treated as the
    publisher …": a claim that asserts what the provision denies is contradicted (never supported here)."""
    if NEGATION.search(claim) or not q.subject or not PREDICATE.search(claim):
        return None
    best = None
    # "must comply …": a duty is denied only by a sentence that denies doing that ("shall not prevent the
    # Commission from designating" shares the words of "must comply with the DSA … after their designation")
    duty = DUTY_VERB.search(claim)
    done = fold(duty.group("verb"))[:5] if duty else None
    if done is None and any(claimed(claim).values()):
        # "… have a 4-month deadline to comply with the obligation": what a sentence with figures asserts is its
        # figures; a denial sharing its other words ("The failure … to comply … shall not prevent …") denies none
        return None
    hits = search(claim, k=5, index=index, question=q, phrases=False)
    hits = [h for h in hits if not q.sources or h.provision.source in q.sources][:3]  # the instrument it names
    for h in hits:
        for u in units(h.provision.text):
            # The sentence that denies must itself carry the claim's words: a unit that lays down a duty and
            # then an exception to it denies nothing the claim asserts.
            for sentence in denials(u.text):
                if done and not re.search(DENIES_DOING + re.escape(done), fold(sentence)):
                    continue
                shared = [w for w in q.subject if q.covers(w, fold(sentence))]
                if len(shared) >= 2 and len(shared) / len(q.subject) >= 0.6 and (best is None or len(shared) > best[0]):
                    best = (len(shared), h.provision, u)
    if best is None:
        return None
    _, top, u = best
    holder = most_specific(u.text, top, index)
    return Claim(claim, CONTRADICTED, f"{holder.citation} says the opposite: “{u.text[:200]}”.",
                 [_quote(holder, u.text)], f"{holder.citation}: {u.text[:160]}", kind="duty")


# ---------------------------------------------------------------- the verb a sentence gives an authority

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



# ---------------------------------------------------------------- what a provision expressly includes

# "Federal prohibitions on these images does not include visual depictions that are drawings, cartoons, paintings,
# sculptures, or computer-generated images": the kinds a sentence says the law leaves out …
EXCLUDES = re.compile(r"\b(?:(?:does|do|did|shall|will)\s+not\s+(?:include|cover|extend\s+to|apply\s+to|reach)|"
                      r"(?:excludes?|excluding|exempts?)|n['’]\s*(?:inclu\w+|englob\w+|vis\w+|couvr\w+)\s+pas|"
                      r"ne\s+(?:comprend|concerne|vise|couvre)\s+pas|exclu\w*)\b(?P<what>[^.;]{5,200})", re.I)
# … and the kinds it names as included ("a visual depiction of any kind, including a drawing, cartoon, sculpture,
# or painting": 18 U.S.C. 1466A(a))
INCLUDES = re.compile(r"\b(?:including|includes|y\s+compris|notamment)\b(?P<what>[^.;:()]{5,200})", re.I)


def _kinds(phrase: str) -> set[str]:
    """The list's items by their stems ("drawings, cartoons, paintings" → draw…, cartoo…, painti…)."""
    items = re.split(r",|\bor\b|\band\b|\bou\b|\bet\b", fold(phrase))
    words = [re.findall(r"[a-z]{4,}", i)[-1:] for i in items]
    return {w[0][:6] for w in words if w}


def inclusion_check(claim: str, q: Question, index: Index) -> Claim | None:
    """A sentence saying the law does not include kinds of thing that a provision expressly includes, two or more
    of them by name, is contradicted by that provision (never supported here)."""
    m = EXCLUDES.search(claim)
    if m is not None and re.match(r"\s*from\b", m.group("what"), re.I):
        # "Law enforcement agencies are exempt from transparency obligations when using AI systems for detecting,
        # preventing, or investigating crimes": what is exempt is the sentence's subject, from duties; the list after
        # is what they do, no kinds of thing the law leaves out
        return None
    said = _kinds(m.group("what")) if m else set()
    if len(said) < 2:
        return None
    hits = search(claim, k=5, index=index, question=q, phrases=False)
    for h in [h for h in hits if not q.sources or h.provision.source in q.sources][:3]:
        for u in units(h.provision.text):
            for inc in INCLUDES.finditer(u.text):
                both = said & _kinds(inc.group("what"))
                if len(both) >= 2 and not denials(u.text):
                    holder = most_specific(u.text, h.provision, index)
                    shown = u.text[max(0, inc.start() - 80):inc.end()].strip()
                    return Claim(claim, CONTRADICTED, f"{holder.citation} expressly includes them: “…{shown}”.",
                                 [_quote(holder, u.text)], f"{holder.citation} includes {inc.group('what').strip()[:120]}.",
                                 kind="duty")
    return None


# "Bien que cette pratique ne soit pas nouvelle, elle est clairement illégale …": a concession denies nothing of
# what the sentence says the article is about
CONCESSIVE = re.compile(r"\b(?:bien\s+qu[e']|quoiqu[e']|même\s+si|although|even\s+though|though)\b[^,;]*[,;]|"
                        # "equally if not more important": a hedged comparison, no denial
                        r"\bif\s+not\s+(?:more|less|even|most|better|worse)\b|\bsinon\s+plus\b", re.I)
