"""What a question asks of whom: the thing it asks a duty of ("What must the instructions for use contain?"), the
actor it asks for ("Who supervises and enforces …?"), an actor's act it asks the time of ("By when must the
Commission report …?"), the thing it asks an actor to produce ("What risk assessment must a search service carry
out?"). Each rule lets the units saying it lead (kb/rerank.score_after); kb/evidence.py applies them."""
from __future__ import annotations

import re

from .glossary import fold, translations, words as folded_words
from .question import Question, covered
from .rerank import Candidate, score_after


# "What must the instructions for use of a high-risk AI system tell deployers?", "Que doit contenir la notice
# d'utilisation …?": the thing the question asks a duty of, which the unit answering it has as the subject of its
# "shall" ("The instructions for use shall contain …", Art. 13(3) AI Act), not as an object (Art. 26's deployers
# act "in accordance with the instructions for use").
# "What must the notice contain?", "What authorities must each Member State designate?" (the duty is the Member
# State's, not a provider's: Art. 70(1) AI Act, not Art. 82(2)), "Quelles autorités chaque État membre doit-il désigner ?"
ASKED_OF = re.compile(r"^\s*(?:what|which)(?:\s+\w+)?\s+(?:must|shall|should|has\s+to|have\s+to)\s+(?P<np>.+?)\s+"
                      r"(?:tell|contain|include|say|(?<!member\s)state|set\s+out|specify|provide|give|show|cover|list|do|"
                      r"(?P<act>designate|establish|appoint|keep|publish|verify|check|notify))\b"
                      r"|^\s*que\s+(?:doi(?:t|vent)|devra(?:it)?)\s+(?:\w+\s+)?(?P<np_fr>(?:la|le|les|l['’]|un|une)\s*.+?)"
                      r"(?:\s+(?:lorsqu|quand\b|si\b|s['’]il|en\s+cas|avant|après|pour\b|selon)|\s*\??$)"
                      r"|^\s*quel(?:le)?s?\s+\w+\s+(?P<np_fr2>(?:chaque|la|le|les|l['’]|un|une)\s*[^?]+?)\s+"
                      r"doi(?:t|vent)-(?:il|elle|ils|elles)\s+(?P<act_fr>\w+)",
                      re.I)
SUBJECT_OF = re.compile(r"^\W*(?:\(?[0-9a-z]{1,4}[.)]\s+)?(?P<subject>[^.;:\n]{3,90}?)\s+(?:shall|must)\b", re.I)
# "Where a market surveillance authority of a Member State makes one of the following findings, it shall require …"
# (Art. 83(1) AI Act): the duty is the authority's, named in the clause its "it" stands for
WHERE_IT = re.compile(r"^\W*(?:\(?[0-9a-z]{1,4}[.)]\s+)?(?:where|if|when)\s+(?P<subject>(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?)"
                      r"(?:\s+of\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:makes|has|finds|considers|is|are|becomes|receives|"
                      r"takes|establishes|concludes)\b[^.;:\n]{0,300}?,\s+(?:it|they)\s+(?:shall|must)\b", re.I)
GLUE_WORDS = {"the", "a", "an", "of", "for", "to", "and", "or", "any", "such", "that", "this", "those", "each", "every", "chaque",
              "la", "le", "les", "l", "un", "une"}


def asked_of(q: Question) -> tuple[set[str], set[str], set[str]] | None:
    """The words (English, folded) of what a "what must X contain?" question asks a duty of, those of its head, and
    the act asked of it when the question names one ("designate", "désigner": the unit that is the duty says it);
    None if it asks none."""
    m = ASKED_OF.match(q.text)
    if m is None:
        return None
    french = m.group("np_fr") or m.group("np_fr2")
    # a comma closes the noun phrase: "Que doit faire la Commission, au titre du règlement sur l'IA, lorsqu'…"
    np_ = (m.group("np") or french or "").split(",")[0]
    # its head, before what qualifies it ("instructions for use" of "… of a high-risk AI system")
    head = re.split(r"\s+(?:of|d['’]\s*une?|du|des|de)\s+", np_, maxsplit=1)[0]
    words = set(folded_words(np_))
    heads = set(folded_words(head))
    if french:
        words |= {w for t in translations(np_)[0] for w in folded_words(t)}
        heads |= {w for t in translations(head)[0] for w in folded_words(t)}
    words, heads = words - GLUE_WORDS, heads - GLUE_WORDS
    act = m.group("act") or m.group("act_fr") or ""
    acts = set(folded_words(act)) | {w for t in translations(act)[0] for w in folded_words(t)} if act else set()
    return (words, heads, acts) if heads else None


def duty_of(unit_text: str, asked: tuple[set[str], set[str], set[str]]) -> bool:
    """The unit's "shall" has the asked thing as its subject: two content words at least, all of them asked, one
    of them its head (not "High-risk AI systems shall be designed …" for the instructions for use of one); and it
    says the act asked, when the question names one (`asked_of`)."""
    words, heads, acts = asked
    m = WHERE_IT.match(unit_text) or SUBJECT_OF.match(unit_text)
    if m is None:
        # an actor asked alone ("What must the Commission do …?") is the subject of a "shall" wherever the unit puts
        # it: "Where, within three months of receipt of the notification …, the Commission shall without undue
        # delay enter into consultation …" (Art. 81(1) AI Act)
        # (two words at most: "la Commission" is also "European Commission")
        return (len(words) <= 2 and not acts
                and any(re.search(rf"\b{re.escape(w)}\s+(?:shall|must)\b", fold(unit_text)) for w in words))
    subject = set(folded_words(m.group("subject"))) - GLUE_WORDS
    return (len(subject) >= 2 and subject <= words and bool(subject & heads)
            and (not acts or any(covered(a, fold(unit_text)) for a in acts)))


# The public bodies a question may ask the duties of ("What must the Commission do …?"): an operator's duty (the
# provider's, the platform's) is not theirs. An operator asked of ("an online marketplace") is not told apart here.
AUTHORITIES = {"commission", "european", "ofcom", "board", "office", "authority", "authorities", "coordinator",
               "coordinators", "member", "state", "states", "secretary", "court", "courts", "agency"}


def other_holder(subject: str, asked: tuple[set[str], set[str], set[str]]) -> bool:
    """A duty's holder ("The provider or other relevant operator") is not the public body the question asks the
    duty of (by a head word's stem)."""
    heads = asked[1]
    return bool(heads) and heads <= AUTHORITIES and not any(w[:5] == h[:5] for w in folded_words(subject) for h in heads)


# "Within what period must Ofcom publish its first guidance …?", "Dans quel délai l'Ofcom doit-il publier …?": the
# time limit asked is the one the law gives that actor for that act ("OFCOM must publish guidance … within the period
# of 18 months", s. 194(1) OSA), not another's in the same words (a provider's first risk assessment "must be
# completed within the period of three months", Sch. 3).
ACTOR_ACT = re.compile(r"\b(?:must|shall|should|has\s+to|have\s+to)\s+(?:the\s+|an?\s+)?(?P<actor>[\w-]{3,})\s+(?P<verb>[a-z]{4,})\b"
                       r"|(?:\bl['’]|\b(?:la|le|les|un|une)\s+)(?P<actor_fr>[\w-]{3,})\s+doi(?:t|vent)-(?:il|elle|ils|elles)\s+"
                       r"(?P<verb_fr>[a-zé]{4,})\b", re.I)
# "How often must Ofcom publish …", "À quelle fréquence l'Ofcom doit-il publier …": a time asked of an actor's act too
HOW_OFTEN = re.compile(r"\bhow\s+(?:often|frequently)\b|\bà\s+quelle\s+fr[ée]quence\b|\btous\s+les\s+combien\b", re.I)
MODAL_GAP = re.compile(r"\W+(?:[\w’'-]+\W+){0,3}?(?:must|shall|may|doit|doivent|peut)\W+(?:[\w’'-]+\W+){0,2}?")


# "Who supervises and enforces the obligations of providers of general-purpose AI models?", "Qui surveille et fait
# respecter …?": the actor asked for is the one the law gives those acts ("The Commission shall have exclusive powers
# to supervise and enforce Chapter V", Art. 88(1) AI Act), not the providers whose obligations the question names.
WHO_DOES = re.compile(r"^\W*(?:who|which\s+(?:authority|authorities|body|bodies))\s+(?P<en>(?!(?:is|has|does|was)\b)"
                      r"[a-z]{4,}s(?:\s+(?:and|or)\s+[a-z]{4,}s)?)\b"
                      r"|^\W*qui\s+(?P<fr>(?!(?:est|peut|doit|sont|était)\b)[a-zéèêû]{4,}(?:\s+et\s+(?:fait\s+)?[a-zéèêû]{4,})?)\b",
                      re.I)


def who_acts(cands: list["Candidate"], q: Question) -> None:
    """For "who does X?", a unit that says the acts asked leads (when one does)."""
    m = WHO_DOES.match(q.text)
    if m is None:
        return
    if m.group("en"):
        verbs = [w for w in folded_words(m.group("en")) if w not in ("and", "or")]
        phrases: list[str] = []
    else:
        verbs, phrases = [], [fold(t) for t in translations(m.group("fr"))[0]]
        if not phrases:
            return
    folded = {id(c): fold(c.unit.text) for c in cands}
    score_after(cands, lambda c: all(covered(v, folded[id(c)]) for v in verbs) if verbs
                else any(t in folded[id(c)] for t in phrases))


def actor_acts(cands: list["Candidate"], q: Question) -> None:
    """For a deadline, a day or a frequency asked of a named actor's act ("By when must the Commission first report
    …?", "How often must Ofcom publish …?"), a unit where that actor must do that act leads (when one does)."""
    m = ACTOR_ACT.search(q.text)
    if m is None or (q.kind not in ("deadline", "by_date") and not HOW_OFTEN.search(q.text)):
        return
    actor, verb = fold(m.group("actor") or m.group("actor_fr")), fold(m.group("verb") or m.group("verb_fr"))
    folded = {id(c): fold(c.unit.text) for c in cands}

    def acts(c) -> bool:
        text = folded[id(c)]
        at = [x.end() for x in re.finditer(rf"\b{re.escape(actor[:max(4, len(actor) - 2)])}\w*", text)]
        return any(covered(verb, text[a:a + 80]) and MODAL_GAP.match(text[a:a + 80]) for a in at)
    score_after(cands, acts)


# "What illegal content risk assessment must a search service carry out?", "Quelle évaluation des risques de contenus
# illégaux un service de recherche doit-il réaliser ?": the unit where that thing is what is to be done ("A duty to
# carry out a suitable and sufficient illegal content risk assessment", s. 26(2) OSA), not a sibling duty of the same
# service in nearby words (s. 27's statement about illegal content).
WHAT_MUST = re.compile(r"^\W*(?:what|which)\s+(?P<en>(?:[\w-]+\s+){1,5}?)(?:must|shall|should|has\s+to|have\s+to)\s+"
                       r"(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:carry\s+out|conduct|prepare|produce|complete|keep|"
                       r"publish|submit|draw\s+up|make)\b"
                       r"|^\W*quel(?:le)?s?\s+(?P<fr>[^?]{4,80}?)\s+(?:un|une|le|la|les|l['’]|chaque)\s*[^?]{2,60}?\s+"
                       r"doi(?:t|vent)-(?:il|elle|ils|elles)\s+\w+", re.I)


def asked_object(cands: list["Candidate"], q: Question) -> None:
    """For "what X must Y do?", a unit using every word of X (through the glossary: a French question) leads."""
    m = WHAT_MUST.match(q.text)
    if m is None:
        return
    wanted = [w for w in folded_words(m.group("en") or m.group("fr")) if len(w) >= 4 and w not in GLUE_WORDS]
    if len(wanted) < 2:
        return
    folded = {id(c): fold(c.unit.text) for c in cands}
    score_after(cands, lambda c: all(q.covers(w, folded[id(c)]) for w in wanted))
