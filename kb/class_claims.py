"""A sentence giving what a class of contravention is fined ("L'amende maximale pour une contravention de deuxième
classe est de 150 €", "Les contraventions de la quatrième catégorie peuvent être punies d'une amende allant jusqu'à
150 euros") is checked against the scale that sets each class's amount (art. 131-13, read at ingest: kb/scales.py),
not against whichever provision happens to punish with that amount: 750 euros is a fourth-class fine, whatever
class the sentence names."""
from __future__ import annotations

import re

from .facts import scales
from .glossary import fold
from .index import Index
from .stated import claimed
from .verdicts import CONTRADICTED, SUPPORTED, Claim, quote

_ORDINALS = {"premiere": 1, "1re": 1, "1ere": 1, "1er": 1, "first": 1, "1st": 1,
             "deuxieme": 2, "seconde": 2, "2e": 2, "2eme": 2, "second": 2, "2nd": 2,
             "troisieme": 3, "3e": 3, "3eme": 3, "third": 3, "3rd": 3,
             "quatrieme": 4, "4e": 4, "4eme": 4, "fourth": 4, "4th": 4,
             "cinquieme": 5, "5e": 5, "5eme": 5, "fifth": 5, "5th": 5}
_ORD = r"(?P<o>premiere|1re|1ere|1er|deuxieme|seconde|2e|2eme|troisieme|3e|3eme|quatrieme|4e|4eme|cinquieme|5e|5eme|" \
       r"first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)"
# On folded text ("4ᵉ" is read as "4e" first). "contravention(s) de (la) 2e classe", "de la deuxième catégorie",
# "contraventions de classe 5", "a fifth-class contravention", "contraventions of the fifth class".
_CLASS = re.compile(r"\bcontraventions?\s+(?:de\s+)?(?:la\s+)?" + _ORD + r"\s+(?:classe|categorie)\b"
                    r"|\bcontraventions?\s+de\s+(?:classe|categorie)\s+(?P<d>[1-5])\b"
                    r"|\b" + _ORD.replace("?P<o>", "?P<o2>") + r"[- ]class\s+(?:contravention|petty\s+offence)s?\b"
                    r"|\bcontraventions?\s+of\s+the\s+" + _ORD.replace("?P<o>", "?P<o3>") + r"\s+class\b")
_REPEAT = re.compile(r"\b(?:r[ée]cidive|repeat|reoffend|second\s+offence)", re.I)


# What may come before a class the sentence is about: articles and the words for its fine ("L'amende maximale pour
# une contravention de deuxième classe", "Les contraventions de la quatrième catégorie", "The maximum fine for a
# fifth-class contravention"); an offence before it ("Wearing Nazi insignia in public is a fifth-class contravention")
# makes the sentence about the offence, whose class the generic check reads.
_TOPIC = re.compile(r"^\W*(?:(?:les?|la|l|une?|des|cette|ces|pour|the|a|an|for|of|de|d|du|maximale?s?|maximum|maximal|"
                    r"amendes?|montants?|fines?|peines?|penalty|penalties)\W+)*$")
# legal persons are fined five times the class's amount (art. 131-41): not the scale's figure, nor wrong; nor is a
# fixed penalty notice's amount ("une amende forfaitaire de 35€", the Code de procédure pénale's: claims126's END run)
_LEGAL_PERSONS = re.compile(r"\b(?:personnes?\s+morales?|legal\s+persons?|companies|corporations?|entreprises?)\b", re.I)
_FIXED = re.compile(r"\b(?:forfaitaires?|minorées?|majorées?|fixed[- ]penalt\w*|on-the-spot)\b", re.I)


def _folded(text: str) -> str:
    return fold(text.replace("ᵉ", "e").replace("ème", "eme"))


def _mentions(folded: str) -> list[tuple[int, int]]:
    """(level, start) of each class a folded text names."""
    out = []
    for m in _CLASS.finditer(folded):
        word = m.group("o") or m.group("o2") or m.group("o3")
        out.append((_ORDINALS[word] if word else int(m.group("d")), m.start()))
    return out


def levels_said(text: str) -> set[int]:
    return {level for level, _ in _mentions(_folded(text))}


def _about_the_class(text: str) -> bool:
    folded = _folded(text)
    mentions = _mentions(folded)
    return bool(mentions) and bool(_TOPIC.match(folded[:mentions[0][1]]))


def class_check(claim: str, index: Index) -> Claim | None:
    """The amounts a sentence gives one class of contravention, against the scale's amount for that class (and its
    repeat's, when the sentence says it is one): supported by the scale's words, or contradicted with them. None
    when the sentence names no class, or several, or gives no amount."""
    levels = levels_said(claim)
    amounts = claimed(claim).get("money", set())
    if len(levels) != 1 or not amounts or _LEGAL_PERSONS.search(claim) or _FIXED.search(claim):
        return None
    level = levels.pop()
    for scale in scales():
        top = index.provisions.get(scale["provision"])
        if top is None:
            continue
        refer = re.compile(scale["refer"], re.I)
        own = [f for f in index.facts_of(top.id) if f.kind == "fine" and (m := refer.search(f.what))
               and int(m.group("level")) == level]
        if not own:
            continue
        base = [f for f in own if not f.condition]
        repeat = _REPEAT.search(claim)
        allowed = [f for f in own if not f.condition or repeat]
        evidence = [quote(index.provisions.get(f.provision_id, top), f.text) for f in (allowed or base)]
        if all(any(f.value == a and f.unit == cur for f in allowed) for a, cur in amounts):
            if not _about_the_class(claim):
                return None  # an offence given that class and amount: whether it is that class is its own article's
            return Claim(claim, SUPPORTED, f"{top.citation} sets the fine for that class: “{base[0].text}”.",
                         evidence, kind="figure")
        if any(any(f.value == a and f.unit == cur for f in own) for a, cur in amounts):
            return None  # the repeat's amount, the sentence saying no repeat: not the class's own fine, nor wrong
        said = ", ".join(f"{a:,.0f} {cur}".replace(",", " ") for a, cur in sorted(amounts))
        nth = f"{level}{'re' if level == 1 else 'e'}"
        return Claim(claim, CONTRADICTED, f"the sentence gives {said} for a contravention of the {nth} classe; "
                                          f"{top.citation} sets “{base[0].text}”.", evidence,
                     correction=f"{base[0].text} ({top.citation}).", kind="figure")
    return None
