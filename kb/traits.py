"""What a claim is, beyond the figures it gives, that decides how far a check's finding reaches: a law it does
not name ("under the new legislation"), a decision's deadline or a court's sentence rather than the law's, a count
of services passing a threshold, a restriction of whom the law applies to, an age tied to a word the law defines,
an instrument given another's abbreviation. kb/check.py asks; nothing here reads the corpus but the facts."""
from __future__ import annotations

import re

from . import events
from .framing import imposed_amount
from .glossary import fold
from .hints import jurisdiction_words
from .index import Index
from .names import find_names
from .question import Question, analyse
from .stated import claimed
from .verdicts import SUPPORTED, UNVERIFIABLE, Claim


# "Under the laws", "under the new legislation", "selon cette loi": a law named elsewhere in the article.
UNNAMED_LAW = re.compile(r"\b(?:under|by|in)\s+(?:the|these|those|this|that)\s+(?:new\s+|proposed\s+)?"
                         r"(?:laws?|legislation|rules|bill|reforms?)\b(?!\s+of\b)|"
                         r"\b(?:selon|en vertu de|avec)\s+(?:cette|ces|la nouvelle)\s+(?:loi|législation|réforme)s?\b", re.I)
# A sentence that is a quotation and nothing else: « … », “ … ”.
WHOLLY_QUOTED = re.compile(r"^\W{0,3}[«“\"][^«»“”\"]{20,}[»”\"]\W{0,3}$")
# "applies only to", "ne doit s'appliquer qu'aux", "ne concerne que": a restriction of whom the law applies to.
RESTRICTS = re.compile(r"\b(?:appl(?:y|ies)\s+only|only\s+appl(?:y|ies)|s.appliqu\w*\s+qu.(?:aux?|à)|ne\s+concern\w*\s+que|"
                       r"uniquement\s+aux?|seulement\s+aux?|exclusivement\s+aux?)\b", re.I)

# "more than double the maximum under the GDPR", "exceeding GDPR's €20M / 4% maximum", "plus du double de …": a
# comparison, which a figure found does not make when it is with another law (not "more than 45 million", a bound;
# not "reduced sentences compared to actual publication", the same law's)
COMPARES = re.compile(r"\b(?:more\s+than\s+(?:double|twice|triple|half)|(?:higher|lower|greater|smaller|larger|more|less|"
                      r"stricter|tougher|heavier)\s+than|twice|double|compared\s+(?:with|to)|(?<!not\s)exceed(?:s|ing)?|"
                      r"plus\s+du\s+double|deux\s+fois\s+plus|par\s+rapport\s+(?:à|au|aux)|dépass\w*)\b", re.I)


def compares_with_another_law(text: str) -> bool:
    """A comparison whose other term names a law, a field or a country ("… than under the GDPR", "the DSA's")."""
    for m in COMPARES.finditer(text):
        tail = text[m.end():m.end() + 100]
        if re.match(r"\W*(?:[€$£]|\d)", tail):
            continue  # "exceeding 45 million": a bound
        r = analyse(tail)
        if r.sources or r.absent or r.outside or r.jurisdictions:
            return True
    return False


def miscalled(claim: str, found: list[dict]) -> tuple[str, str] | None:
    """A held instrument's name followed by another held instrument's name in brackets, as its abbreviation."""
    names = [r for r in found if r["kind"] == "instrument" and r.get("resolved")]
    for a, b in zip(names, names[1:]):
        between = claim[a["span"][1]:b["span"][0]]
        if a["id"] != b["id"] and re.fullmatch(r"(?:['’]s)?\s*\(\s*", between) \
                and claim[b["span"][1]:b["span"][1] + 3].lstrip().startswith(")"):
            return a["text"], b["text"]
    return None


def misplaced(claim: str, config) -> tuple[str, str] | None:
    """(the name, the word placing it) when a held instrument's name follows a word of another legal system: "the
    EU Online Safety Act" (the UK's), "the US Digital Services Act" — which law is meant cannot be told."""
    places = {w: j for j, ws in jurisdiction_words().items() for w in ws if " " not in w}
    for n in find_names(claim, config):
        if n.source is None:
            continue
        m = re.search(r"(\S+?)(?:['’]s)?\s+$", claim[max(0, n.span[0] - 30):n.span[0]])
        word = m.group(1) if m else ""
        place = places.get(word) or (places.get(word.lower()) if len(word) > 3 else None)
        if place and place != n.source.jurisdiction:
            return n.text, word
    return None


# "Regulation (EU) 2022/1689 — the EU AI Act — …": an EU act's number given with another year than the held act of
# that number and that name
EU_NUMBER = re.compile(r"\b(?:Regulation|Règlement|Directive)\s*\((?:EU|UE)\)\s*(?:No\.?\s*|n°\s*)?(\d{4})/(\d{1,4})\b", re.I)


def misnumbered(claim: str, found: list[dict]) -> tuple[str, str] | None:
    """(the number the sentence gives, the held act's own) when it names a held EU act by its name and gives it a
    number of another year, or glosses the name with another number in brackets: the act the name says, numbered
    wrongly."""
    named = {r["id"] for r in found if r["kind"] == "instrument" and r.get("resolved") and r.get("id")}
    for r in found:
        m = EU_NUMBER.search(r["text"]) if not r.get("resolved") else None
        if m is None:
            continue
        same = [sid for sid in named if re.fullmatch(rf"eu/(?:reg|dir)/(\d{{4}})/{m.group(2)}", sid)
                and not sid.endswith(f"/{m.group(1)}/{m.group(2)}")]
        # "the Artificial Intelligence Act (Regulation (EU) 2024/1680)": a number in brackets glossing a held act's
        # name is that act's number, given wrongly
        glossed = [x["id"] for x in found if x["kind"] == "instrument" and x.get("resolved") and x.get("span")
                   and r.get("span") and re.fullmatch(r"\s*\(\s*", claim[x["span"][1]:r["span"][0]])
                   and re.fullmatch(r"eu/(?:reg|dir)/\d{4}/\d+", x["id"])]
        same = same or glossed
        if same:
            year, number = same[0].split("/")[2:4]
            return m.group(0), f"{m.group(0).split('(')[0].strip()} ({'UE' if 'UE' in m.group(0) else 'EU'}) {year}/{number}"
    return None


AGE_WORDS = re.compile(r"\b(?:age|years?\s+old|âgée?s?|ans)\b", re.I)


def defines_its_word(q: Question, verdict: Claim, index: Index) -> bool:
    """The provision whose age contradicts the sentence defines a word the sentence uses ("minor", "child")."""
    for e in verdict.evidence:
        p = index.provisions.get(e["id"])
        top = index.top(p.id) if p is not None else None
        for pid in {x.id for x in (p, top) if x is not None}:
            holder = index.provisions[pid]
            if any(f.kind == "definition" and any(q.covers(w, fold(f.term)) for w in q.subject)
                   and AGE_WORDS.search(holder.text[f.unit_start:f.unit_end]) for f in index.facts.get(pid, [])):
                return True  # (the definition of a word the sentence uses sets an age: not "consent"'s)
    return False


def counts_a_group(claim: str) -> bool:
    """"Quatorze plateformes dépassent les 45 millions d'utilisateurs": a count of services said to pass a
    threshold is about them, not about the threshold."""
    return events.about_a_group(claim) and set(claimed(claim)) == {"threshold"}


def about_a_decision(claim: str, q: Question) -> bool:
    """"X must submit a plan within 60 days": a deadline set for the target by a decision, not by the law; "the
    £1 million fine imposed by Ofcom on a telecommunications company": an amount a decision set; a sentence a
    court imposed."""
    figures = set(claimed(claim))
    return ((figures == {"deadline"} and not q.sources and events.names_target(claim))
            or (figures == {"money"} and imposed_amount(claim))
            or (bool(figures) and figures <= {"prison", "money", "limit"} and SENTENCED.search(claim) is not None))


# "Koch was sentenced to 20 years in prison on federal charges …": the term a court imposed on someone, not the
# law's penalty (which it may be below)
SENTENCED = re.compile(r"\b(?:was|were|been|is|being|got|gets)\s+sentenced\s+to\b|\bsentenced\s+\w+\s+to\b|"
                       # (an aside between: "il a été condamné, le 11 octobre dernier, à la réclusion criminelle à
                       # perpétuité assortie d'une période de sûreté de vingt-deux ans", claims134's END run)
                       r"\b(?:a|ont|avait|avaient)\s+été\s+condamnée?s?\s*(?:,[^,.;]{1,60},\s*)?à\b|\bécop\w+\s+de\b|\bjailed\s+for\b|"
                       # "… la cour d'appel …, qui, pour provocation publique à la haine …, l'a condamné à quatre mois"
                       r"\b(?:l['’]\s?|les\s+)(?:a|ont|avait|avaient)\s+condamnée?s?\s+à\b", re.I)


def figures_beyond(claim: str, verdict: Claim | None) -> Claim | None:
    """A sentence its figures support saying more than figures show: a comparison ("EU AI Act fines can reach 7 % …
    — more than double the maximum under the GDPR"), or a restriction of whom the law applies to ("un règlement
    qui ne doit s'appliquer qu'aux Very Large Online Platforms … 45 millions")."""
    if verdict is None or verdict.verdict != SUPPORTED or verdict.kind != "figure":
        return None
    if compares_with_another_law(claim):
        return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} The sentence also compares it with something else, "
                                          f"which the figures do not show.", verdict.evidence, kind="figure")
    if RESTRICTS.search(claim):
        return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} The sentence also restricts whom the law applies to, "
                                          f"which its figures do not show.", verdict.evidence, kind="figure")
    return None
