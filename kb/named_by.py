"""The article a sentence names by what it says of it, when that is not the article it cites: by its heading
("risk assessments (Article 35)": Art. 34 DSA is "Risk assessment"), by its words ("L'article 222-33-2-1 du
Code pénal définit le harcèlement moral comme le fait de harceler une personne par des propos …": those are art.
222-33-2-2's words; art. 222-33-2-1 is about harassing one's spouse or partner) or by the glossary concept it
names the offence by ("Le cyber harcèlement … réprimé par l'article 222-33-2": harassment at work)."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from .glossary import concepts, fold
from .index import Index
from .question import covered
from .quotes import normal
from .search import search
from .types import Provision

# "undertaking risk assessments (Article 35)": the words just before a bracketed reference name the provision.
BRACKETED = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)\s*\(\s*$")
HEADING_STOP = {"of", "the", "and", "for", "on", "to", "in", "a", "an", "by", "with", "de", "des", "du", "la", "le", "les", "et"}


def _heading_words(heading: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", fold(heading)) if w not in HEADING_STOP]


def _names_heading(phrase: list[str], heading: str) -> bool:
    """Every word of a heading is among the phrase's words, plurals aside ("risk assessments" names "Risk
    assessment")."""
    words = _heading_words(heading)
    return bool(words) and all(any(x == w or x.rstrip("s") == w.rstrip("s") for x in phrase) for w in words)


def by_heading(claim: str, r: dict, top: Provision, index: Index) -> Provision | None:
    """The article a bracketed reference's noun phrase names by its heading, when that is another article of the
    same instrument than the one cited. Only a heading named word for word counts."""
    span = r.get("span")
    m = BRACKETED.search(claim[:span[0]]) if span else None
    if m is None or not top.heading:
        return None
    phrase = re.findall(r"[^\W\d_]+", fold(m.group(1)))
    if _names_heading(phrase, top.heading):
        return None
    if phrase and any(phrase[-1].rstrip("s") == w.rstrip("s") for w in _heading_words(top.heading)):
        return None  # the phrase's head word is the cited heading's: a near name of the same article
    others = [x for x in index.top_level(top.source) if x.id != top.id and x.kind == top.kind and x.heading
              and "/dup/" not in x.id and _names_heading(phrase, x.heading)]
    return others[0] if len(others) == 1 else None


# "… définit le harcèlement moral comme le fait de …", "… defines a deepfake as AI-generated …": what follows is
# the definition the sentence gives the article, most often in the law's own words without quotation marks.
DEFINES = re.compile(r"\b(?:d[ée]finit|d[ée]finissent|defines?|qualifie)\b[^.;:]{0,80}?\b(?:comme|as)\s+(?P<words>[^;]{40,})",
                     re.I)
OWN_RUN = 10  # consecutive words of a definition found in an article: the article's own words, not a paraphrase
CLEARER = 4  # … and this many more of them than the cited article holds: that article, not the one cited


def _run(words: list[str], text: str) -> int:
    """The longest run of the definition's words, in order, that the text holds."""
    law = normal(text).split()
    return max((b.size for b in SequenceMatcher(None, words, law, autojunk=False).get_matching_blocks()), default=0)


def by_words(claim: str, r: dict, top: Provision, index: Index) -> Provision | None:
    """The article of the same instrument whose words the definition the sentence gives the cited one is, when
    the cited article holds clearly fewer of them (a neighbour's definition put under the wrong number)."""
    span = r.get("span")
    m = DEFINES.search(claim, span[1]) if span else None
    if m is None or m.start() - span[1] > 40:
        return None
    words = normal(m.group("words")).split()
    if len(words) < OWN_RUN:
        return None
    cited = _run(words, top.text)
    hits = [h.provision for h in search(m.group("words"), k=8, index=index, phrases=False)]
    tops = {p.id: p for p in (index.top(h.id) or h for h in hits)}
    others = [(run, p) for p in tops.values()
              if p.source == top.source and p.id != top.id and "/dup/" not in p.id
              and (run := _run(words, p.text)) >= OWN_RUN and run >= cited + CLEARER]
    return max(others, key=lambda x: x[0])[1] if others else None


# "… réprimé par l'article 222-33-2", "… is criminalised under section …": the sentence says what the article punishes
PUNISHED_BY = re.compile(r"\b(?:r[ée]prim[ée]e?s?|punie?s?|sanctionn[ée]e?s?|incrimin[ée]e?s?|d[ée]finie?s?|"
                         r"pr[ée]vue?s?|punish(?:ed|able)|criminali[sz]ed|defined|prohibited|an\s+offence)\s+"
                         r"(?:par|à|au|aux|dans|under|by|in)\s*$", re.I)


# "… coupable du délit de non représentation d'enfant (article 227-7 du code pénal)": an offence named, its article
# given in brackets just after it
OFFENCE_BRACKETED = re.compile(r"\b(?:d[ée]lit|infraction|crime|offen[cs]e)\s+(?:de\s+|d['’]\s*|of\s+)?[^()\d]{3,80}\(\s*$",
                               re.I)


FEW_HOLDERS = 12  # an offence's own word is in a few articles ("rébellion": arts 433-6 to 433-10), "peine" in hundreds


def _own_word(terms: list[str], cited: str, others: list[str]) -> bool:
    """The cited article holds, as a word, a one-word term of the concept ("rébellion", "outrage") that few other
    articles hold: it is the offence's own name, not a generic "peine" or "infraction"."""
    for t in {fold(t) for t in terms if " " not in t and len(t) >= 5}:
        word = re.compile(rf"(?<!\w){re.escape(t)}(?!\w)")
        if word.search(cited) and sum(1 for o in others if t in o and word.search(o)) < FEW_HOLDERS:
            return True
    return False


def by_concept(claim: str, r: dict, top: Provision, index: Index) -> Provision | None:
    """The one article beside the cited one (same part of the instrument) holding a term of the most specific
    glossary concept the sentence names what it punishes by, when the cited article holds none of the sentence's
    concepts ("En tant que forme de harcèlement moral, le cyberharcèlement est défini par l'article 222-33-2-2":
    that article holds "harceler une personne", one of the cyberharassment concept's terms, and is not contradicted
    for the aside's "harcèlement moral")."""
    span = r.get("span")
    if not span:
        return None
    bracketed = OFFENCE_BRACKETED.search(claim[:span[0]])
    punished = PUNISHED_BY.search(claim[max(0, span[0] - 40):span[0]].rstrip(" ’'l"))
    if not (punished or bracketed):
        return None
    cited = fold(top.heading + " " + top.text)
    # an offence named just before the bracket is named by its own words, not by the rest of the sentence's
    named_in = claim[:span[0]] if punished else bracketed.group(0)
    found = [(terms, {fold(t) for t in terms if " " in t or len(t) >= 10}) for _, terms in concepts(named_in)]
    found = [(terms, keys) for terms, keys in found if keys]
    if not found or any(k in cited for _, keys in found for k in keys):
        return None
    folded = index.derived("folded_top_text", lambda ix: {p.id: fold(p.text) for p in ix.top_level()})
    provisions = [p for p in index.top_level(top.source) if p.id != top.id and "/dup/" not in p.id]
    holding = [([p for p in provisions if any(k in folded[p.id] for k in keys)], terms) for terms, keys in found]
    # the concept fewest articles hold ("cyber harcèlement": one) says what the sentence means, not "harcèlement"
    holders, terms = min(((h, t) for h, t in holding if h), key=lambda ht: len(ht[0]), default=([], []))
    if _own_word(terms, cited, [folded[p.id] for p in provisions]):
        return None  # … and the cited article names it by a word of its own ("rébellion", art. 433-7)
    near = [p for p in holders if p.path == top.path]
    return near[0] if len(near) == 1 else None


# The rest of the clause after a reference: "Article 100 … establishes the penalty regime specifically applicable to
# providers of general-purpose AI models (…)" says what the sentence takes the article to be.
CLAUSE_END = re.compile(r"[.;:]\s|[.;:]$")
PROVIDES_THAT = re.compile(r"\b(?:que|qu['’]|that)\b")
NAMED_HEADING_WORDS = 3  # a sibling's heading named by the clause has this many words at least: "Penalties" is anyone's


def by_clause(claim: str, r: dict, top: Provision, index: Index) -> Provision | None:
    """The one other article of the instrument whose whole heading (of three words or more) the clause after the
    reference names, the glossary aside ("penalty regime … applicable to providers of general-purpose AI models":
    Art. 101 AI Act is "Fines for providers of general-purpose AI models"), when the clause names no more than a
    word of the cited article's own heading (Art. 100 is "Administrative fines on Union institutions, bodies,
    offices and agencies")."""
    span = r.get("span")
    if not span or not top.heading:
        return None
    rest = claim[span[1]:]
    end = CLAUSE_END.search(rest)
    clause = fold(rest[:end.start()] if end else rest)
    if len(clause.split()) < 4:
        return None
    said = lambda heading: [w for w in _heading_words(heading) if covered(w, clause)]
    own, own_said = _heading_words(top.heading), len(said(top.heading))
    if own_said > 1 or (own and own_said * 2 >= len(own)):
        return None
    # "L'article 35.2 du DSA prévoit que le comité européen des services numériques … publie des rapports": a clause
    # saying what the article provides names its subjects (the Board, whose article's heading that is), not the
    # article
    if PROVIDES_THAT.search(clause[:80]):
        return None
    others = [x for x in index.top_level(top.source) if x.id != top.id and x.kind == top.kind and x.heading
              and "/dup/" not in x.id and len(words := _heading_words(x.heading)) >= NAMED_HEADING_WORDS
              and len(said(x.heading)) == len(words)]
    return others[0] if len(others) == 1 else None
