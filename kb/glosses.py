"""What a text adds to a reference it has just made, which is no other reference: the instrument's abbreviation or
name in brackets ("Section 230 of the Communications Decency Act (CDA)"), its number restated as people call it ("18
U.S.C. § 2257 (“Section 2257”)"), a bill's number saying which bill a name is ("the DEFIANCE Act (S.1837)")."""
from __future__ import annotations

import re

from .mentions import Mention
from .names import GLOSS, Name, _closes, fold1


# the act's title words, then its name in brackets: "relatif aux services numériques (dit « Digital Services Act",
# "on a Single Market For Digital Services (the “Digital Services Act", "sur l'intelligence artificielle (Loi sur l'IA"
TITLE_THEN_NAME = re.compile(r"^\s+(?:relati\w+\s+(?:aux?|à)\s+|on\s+|sur\s+|laying\s+down\s+|établissant\s+)"
                             r"[^()]{3,80}?\s*\(\s*(?:dite?s?\s+|so-called\s+|known\s+as\s+)?"
                             r"(?:the\s+|le\s+|la\s+)?['‘\"“«]?\s*(?:the\s+|le\s+|la\s+)?$", re.I)
GLOSS_OPEN = re.compile(r"\s*\(\s*[“\"'‘]?\s*")
# The instrument a provision reference belongs to, named after a few words of the same clause.
PART_OF = re.compile(r"^[^.;:()]{0,60}\b(?:(?:as\s+)?part\s+of|partie\s+d[eu])\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$")


def restates(text: str, before: Mention, m: Mention) -> bool:
    """"18 U.S.C. § 2257 (“Section 2257”)": the number of the reference before, restated in brackets as people
    call it, is that reference again, not another."""
    if not m.parts or not GLOSS_OPEN.fullmatch(text[before.span[1]:m.span[0]]):
        return False
    numbers = re.findall(r"\d+[A-Za-z]?", before.text)
    return bool(numbers) and numbers[-1].lower() == m.parts[0].number.lower()


def numbers_a_name(text: str, m: Mention, names: list[Name], sources: list) -> bool:
    """"The DEFIANCE Act (S.1837)", "the ENFORCE Act (S. 3021)": a bill's number in brackets just after a name says
    which bill the name is — a name the corpus lacks, or one of the bills of that name. Another bill's number ("the
    ENFORCE Act (S. 146)": the TAKE IT DOWN Act's) is a reference of its own."""
    if m.citeurl is None or m.citeurl.template.name != "US bill":
        return False
    number = re.search(r"\d+", m.text).group(0)
    for n in names:
        if n.span[1] > m.span[0] or not GLOSS_OPEN.fullmatch(text[n.span[1]:m.span[0]]):
            continue
        if n.source is None:
            return True
        called = fold1(n.text)
        return any(s.extra.get("bill_number") == number and called in {fold1(a) for a in s.aliases} for s in sources)
    return False


def glosses_mention(text: str, n: Name, mentions: list[Mention], names: list[Name]) -> bool:
    """"Section 230 of the Communications Decency Act (CDA)": the abbreviation in brackets names the instrument
    the provision reference just named; it is not another mention."""
    for m in mentions:
        if m.unknown and m.span[1] <= n.span[0] and GLOSS.match(text[m.span[1]:n.span[0]]) and "(" in \
                text[m.span[1]:n.span[0]] and set(fold1(n.text).split()) <= set(fold1(m.unknown).split()):
            return True  # "… of the Criminal Code Act 1995 (Criminal Code)": the writer's short name for that Act
        if m.name is not None and m.name.source is None and m.name.absent is not None and n.source is None \
                and n.absent is not None and n.absent.get("note") == m.name.absent.get("note") \
                and m.span[1] <= n.span[0] and TITLE_TO_NAME.fullmatch(text[m.span[1]:n.span[0]]):
            # "l'article 15 de la Loi n° 2024-449 « Sécuriser et réguler l'espace numérique » (loi SREN)": the law
            # the corpus lacks that the reference names, its title, then its nickname in brackets — one mention
            return True
        if m.name is None or m.name.source is None or m.name.source is not n.source or m.span[1] > n.span[0]:
            continue
        between = text[m.span[1]:n.span[0]]
        # A bracket of several names is one name by now ("(digital services act, DSA)"): it closes itself.
        if "(" in between and GLOSS.match(between) and (n.text.endswith(")") or _closes(text, n, names)):
            return True
        if TITLE_THEN_NAME.match(between):
            return True  # "… du Règlement (UE) 2022/2065 relatif aux services numériques (dit « Digital Services Act »)"
        if PART_OF.search(between):
            return True  # "Section 230 passed by Congress in 1996 as part of the Communications Decency Act"
    return False


def glosses_unknown(text: str, n: Name, unknown: list[Name]) -> bool:
    """"the Enhancing Online Safety Act 2015 (Online Safety Act)": the writer's short name, in brackets, for the
    Act the corpus lacks — not the UK Act of that name."""
    return n.source is not None and any(
        u.span[1] <= n.span[0] and "(" in text[u.span[1]:n.span[0]] and GLOSS.match(text[u.span[1]:n.span[0]])
        and set(fold1(n.text).split()) <= set(fold1(u.text).split()) for u in unknown)


def expands(text: str, n: Name, absent: list[Name]) -> bool:
    """"la LCEN (Loi sur la Confiance dans l'Economie Numérique du 21 juin 2004)": a name in brackets right after a
    name of an instrument the corpus lacks is that name written out, one mention."""
    if n.source is not None or re.search(r"n°|\d{4}-\d+", text[n.span[0]:n.span[0] + 40]):
        return False  # "la loi dite SREN (loi n° 2024-449 du 21 mai 2024)": a citation by number, a second mention
    return any(u is not n and u.span[1] <= n.span[0] and (
        re.fullmatch(r"\s*\(\s*", text[u.span[1]:n.span[0]])
        # … or the same one again, after its number: "E-Commerce Directive 2000/31/EC (the EU E-Commerce Directive)"
        or (u.absent is not None and u.absent == n.absent and AGAIN.fullmatch(text[u.span[1]:n.span[0]])))
        for u in absent)


# its number, then a bracket opening on the name again: " 2000/31/EC (the EU ", " (UE) 2000/31 (la "
AGAIN = re.compile(r"[^().;]{0,25}\(\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:EU\s+|UE\s+|European\s+)?", re.I)


# the rest of a law's title, then a bracket opening on the name it is called by: "… et à réguler l'espace numérique
# (dite ", "… (the so-called "
TITLE_TO_NAME = re.compile(r"[^().;:]{0,90}?\(\s*(?:dite?s?\s+|so-called\s+|known\s+as\s+|ci-après\s+)?"
                           r"(?:la\s+|le\s+|the\s+)?[«“\"'‘]?\s*", re.I)


def named_in_brackets(text: str, u: Name, absent: list[Name]) -> bool:
    """"la loi du 21 mai 2024 visant à sécuriser et à réguler l'espace numérique (dite loi SREN)": a law the corpus
    lacks, read by its date and title, then called in brackets by a name crosslex knows for it — one mention, the
    name's (which says what crosslex knows of that law)."""
    return u.absent is not None and u.absent.get("unknown") is not None and any(
        n is not u and n.source is None and n.absent is not None and not n.absent.get("unknown")
        and n.span[0] >= u.span[1] and TITLE_TO_NAME.fullmatch(text[u.span[1]:n.span[0]]) for n in absent)
