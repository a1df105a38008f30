"""Instruments crosslex does not hold, named in running text: an Act by its capitalised title ("the Equality Act
2010"), a French statute by its number, date, title or subject ("la loi n° 2016-1321", "la loi sur l'influence
commerciale"), an EU act by its number or acronym ("Regulation (EU) 2016/679", "le règlement MiCA"), a bill's
quoted title. Each is a Name with no source, reported as not in the corpus; the names crosslex knows are
kb/names.py's.
"""
from __future__ import annotations

import re

from .config import Config
from .homonyms import YEAR_AFTER
from .names import Name, find_names


# "the Adam Walsh Child Protection and Safety Act": a named Act crosslex does not know is reported, not dropped.
NAMED_ACT = re.compile(r"\b(?:[A-Z][\w'’-]+\s+(?:(?:and|of|for|on|the|to|&)\s+)?(?:\([A-Z][^()]{2,60}\)\s+)?){1,8}"
                       r"(?:Act|Bill|Directive)(?:\s+(?:of\s+)?\d{4})?\b")  # "the AI Liability Directive"


# One capitalised word before "Act" names one ("the Telecommunications Act", "the Equality Act 2010") unless it
# points back at an Act already named, or is a kind of EU act ("a draft delegated act (Delegated Act)").
NOT_A_NAME = {"This", "That", "These", "Such", "Each", "Any", "Every", "Same", "Principal", "Relevant", "Other", "An",
              "A", "Our", "Its", "Their", "New", "Whole", "Entire", "Said", "Cet", "Ce", "Delegated", "Implementing",
              "Proposed", "Draft"}


# "la loi n° 2016-1321 du 7 octobre 2016 pour une République numérique", "la loi du 7 mars 2016", "dite loi Lemaire":
# a French statute crosslex does not hold, by its number, its date, its title or its nickname.
MONTHS_EN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTHS_FR = r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)"
# … up to its date when it is given after the title ("la loi pour une République numérique du 7 octobre 2016")
TITLE_FR = (r"(?:pour|relative|relatif|visant|portant|tendant)\s+[^,.;:()«»\d]{3,80}?(?=\s*[,.;:()«»]|"
            r"\s+(?:et|qui|a|est|dont|signée?s?|adoptée?s?)\s|\s+du\s+\d{1,2}(?:er)?\s+" + MONTHS_FR + r"\s+\d{4}|$)"
            r"(?:\s+du\s+\d{1,2}(?:er)?\s+" + MONTHS_FR + r"\s+\d{4})?")
# "la loi (française) sur l'influence commerciale": a law named by its subject, up to the verb of the sentence
SUBJECT_FR = (r"(?:française\s+)?sur\s+(?:la\s+|le\s+|les\s+|l['’]\s?)?[a-zéèêàçôîû'’-]+"
              r"(?:\s+(?!(?:impose|imposent|prévoit|oblige|interdit|punit|exige|dispose|dit|est|sont|a|et|qui|de|du|des|en|au|aux|à|par|pour)\b)"
              r"[a-zéèêàçôîû'’]+(?![\w-]*-t-)){0,4}")
# "la loi n° 86-1067 du 30 septembre 1986" (a law numbered before 2000; "nº", the ordinal sign, as some sites print
# it), "la convention relative aux droits de l'enfant", "le décret n° 2024-…": French instruments named by number or
# title ("LOI n° 2018-703", as Légifrance heads them).
# "le règlement MiCA", "la directive NIS2": an EU act by its acronym (two capitals or a digit: "MiCA", "eIDAS"),
# when it is not one crosslex names (règlement DSA, règlement IA) — "Règlement UE 2022/2065" is the DSA by number.
NAMED_LOI = re.compile(r"\b(?:(?:[Ll]oi|LOI|[Cc]onvention|[Dd]écret|DÉCRET|[Oo]rdonnance|ORDONNANCE)\s+(?:(?:n[°º˚]|no|n\.)\s?\d{2,4}-\d+(?:\s+du\s+\d{1,2}(?:er)?\s+" + MONTHS_FR + r"\s+\d{4})?"
                       r"|du\s+\d{1,2}(?:er)?\s+" + MONTHS_FR + r"\s+\d{4}|" + TITLE_FR + r"|" + SUBJECT_FR
                       + r"|[A-Z][\w'’-]+(?!\s+Act))"
                       r"(?:\s+" + TITLE_FR + r")?"
                       r"|(?:[Rr]èglement|[Dd]irective)\s+(?:européen(?:ne)?\s+)?(?!(?:UE|EU|CE|CEE)\b)[a-z]?[A-Z][A-Za-z]*[A-Z0-9][\w-]*"
                       # "Law No. 88-19 of 5 January 1988": a French law by its number, in English
                       r"|(?:Law|Decree|Ordinance)\s+No\.?\s?\d{2,4}-\d+(?:\s+of\s+\d{1,2}\s+" + MONTHS_EN + r"\s+\d{4})?)")


# Capitalised at the head of a sentence, not part of a name: "Does the EU Data Act …" names the EU Data Act.
LEADING = re.compile(r"(?:(?:The|Does|Do|Did|Is|Are|Was|Were|What|Which|Who|How|Can|Could|Would|Will|Should|Under|In|"
                     r"If|When|Why|Has|Have|Must|May|And|But|Also|Only|While|Whilst|Although|Though|Because|Since|"
                     r"As|Where|Whereas|Unlike|Like|After|Before|Once|Until|Unless|For|With|Without)\s+(?:the\s+)?)+")


# "Regulation (EU) 2016/679", "directive (UE) 2019/790": an EU act by its number. Named before the provision
# references are read, so that "Article 5(1), point (c), thereof" takes it as its instrument.
EU_ACT = re.compile(r"\b(?:Regulation|Directive|[Rr][èé]glement|[Dd]irective)\s*(?:\((?:EU|UE|EC|CE|EEC|CEE)\)\s*)?"
                    r"(?:No\s*|n°\s*)?(\d{2,4}/\d+(?:/(?:EU|UE|EC|CE|EEC|CEE)\b)?)")


# "published in OJ C 2025/5519": a text of the Official Journal's C series (communications, guidelines, notices),
# never an act the corpus holds.
OJ_C = re.compile(r"\b(?:OJ|JO)\s+C\s*,?\s*(\d{4}/\d+)\b")


def eu_acts_elsewhere(text: str, names: list[Name]) -> list[Name]:
    out = [Name(m.group(0), m.span(), None, absent={
        "note": f"{m.group(0)} is a text of the Official Journal's C series (a communication or guidelines), not in "
                f"the corpus"}) for m in OJ_C.finditer(text)]
    for m in EU_ACT.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in (n.span for n in names)):
            continue  # the DSA, the AI Act: held
        out.append(Name(m.group(0), m.span(), None, absent={
            "note": f"{m.group(0)} is not in the corpus (of EU law it holds the DSA and the AI Act)"}))
    return out


def _inside(text: str, n: Name, start: int, end: int) -> bool:
    """A name of the corpus is part of a longer one when the longer goes on past it with capitalised words
    ("Criminal Code Amendment (Deepfake Sexual Material) Bill 2024", "Criminal Code Act 1995": not the Code pénal)."""
    return (start <= n.span[0] and n.span[1] < end and bool(re.match(r"\s+[A-Z(]", text[n.span[1]:end]))
            and not YEAR_AFTER.fullmatch(text[n.span[1]:end]))


# "the Online Safety Act 2023 (Fees) (Threshold Figure) Regulations 2025", "the Online Safety (Restricted Access
# Systems) Declaration 2022" (Australia's): an instrument made under an Act, named after it with bracketed words, is
# not the Act
NAMED_SI = re.compile(r"\b(?:[A-Z][\w'’-]+\s+(?:(?:and|of|for|on|the|to|&)\s+)?){1,8}(?:\d{4}\s+)?"
                      r"(?:\([A-Z][^()]{1,120}\)\s+)+(?:Regulations|Order|Rules|Declaration|Determination)(?:\s+\d{4})?\b")

# "the Categorisation Regulations of the Online Safety Act": regulations named by their subject, without a year
SHORT_SI = re.compile(r"(?<![\w)])((?:[A-Z][a-z][\w'’-]*\s+){1,4})(?:Regulations|Rules)\b(?:\s+(?:19|20)\d{2})?(?!\s*\()")
NOT_AN_SI = {"European", "National", "Government", "Commission", "Ofcom", "Federal", "State", "Community", "Union",
             "Data", "General"}


def in_longer_acts(text: str, names: list[Name]) -> list[Name]:
    """The corpus names that begin or sit inside a longer Act's or instrument's name (above)."""
    out = []
    for m in [*NAMED_ACT.finditer(text), *NAMED_SI.finditer(text)]:
        lead = LEADING.match(m.group(0))
        start = m.start() + (lead.end() if lead else 0)
        out += [n for n in names if _inside(text, n, start, m.end())]
    return out


# "the “No Section 230 Immunity for AI Act,”", "the “Section 230 Sunset Act”": a bill's title in quotation marks that
# holds a section number and another Act's name is one name, of a law the corpus does not hold, not a reference
# to section 230 of the AI Act.
QUOTED_TITLE = re.compile(r"[“\"]\s*(?P<title>[A-Z][^”\"]{2,100}?\b(?:Act|Bill)(?:\s+(?:of\s+)?\d{4})?)\s*[,.]?\s*[”\"]")


def quoted_titles(text: str, designator: re.Pattern) -> list[Name]:
    """Quoted Act or Bill titles with a provision designator inside them (above)."""
    out = []
    for m in QUOTED_TITLE.finditer(text):
        if designator.search(m.group("title")):
            out.append(Name(m.group("title"), m.span("title"), None, absent={
                "note": f"{m.group('title')} is not in the corpus (crosslex does not know it)", "unknown": True}))
    return out


def unknown_acts(text: str, names: list[Name], taken: list[tuple[int, int]], config: Config | None = None) -> list[Name]:
    out = []
    for m in NAMED_LOI.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in [*taken, *(n.span for n in names)]):
            continue  # a law crosslex names (loi SREN, loi Take It Down), or the instrument of a provision reference
        out.append(Name(m.group(0), m.span(), None, absent={
            "note": f"{m.group(0)} is not in the corpus (crosslex does not know it; of French law it holds the Code pénal)",
            "unknown": True}))
    for m in [*NAMED_SI.finditer(text), *SHORT_SI.finditer(text)]:
        # "The Regulations establish …": "The" capitalised at a sentence's start names no regulations
        named = [w for w in m.group(1).split() if w != "The"] if m.re is SHORT_SI else []
        if m.re is SHORT_SI and (not named or named[0] in NOT_A_NAME or named[0] in NOT_AN_SI):
            continue
        lead = LEADING.match(m.group(0))
        start = m.start() + (lead.end() if lead else 0)
        if any(a < m.end() and start < b for a, b in [*taken, *(n.span for n in out)]):
            continue
        for n in [n for n in names if start <= n.span[0] and n.span[1] <= m.end()]:
            names.remove(n)
        words = text[start:m.end()]
        out.append(Name(words, (start, m.end()), None, absent={
            "note": f"{words} is not in the corpus (it holds Acts, not the instruments made under them)",
            "unknown": True}))
    taken = taken + [n.span for n in out]
    for m in NAMED_ACT.finditer(text):
        lead = LEADING.match(m.group(0))
        start = m.start() + (lead.end() if lead else 0)
        inside = [n for n in names if _inside(text, n, start, m.end())]
        if any(a < m.end() and start < b for a, b in [*taken, *(n.span for n in names if n not in inside)]):
            continue
        for n in inside:
            names.remove(n)
        words = text[start:m.end()]
        if len(words.split()) < 2 or words.split()[0] in NOT_A_NAME:
            continue  # "The Act", "This Act": the Act just named, not another
        known = _short_title_in_brackets(words, config)
        if known is not None:
            out.append(Name(words, (start, m.end()), known.source, known.title, known.absent))
            continue
        out.append(Name(words, (start, m.end()), None, absent={
            "note": f"{words} is not in the corpus (crosslex does not know it)", "unknown": True}))
    return out + _abbreviated(text, out, [*taken, *(n.span for n in names)])


# "the Malicious Communications Act 1988 (the MCA 1988) … the provisions of the MCA 1988": an abbreviation the text
# defines in brackets after an Act crosslex does not hold names that Act wherever the text uses it again.
DEFINED = re.compile(r"\s*\((?:the\s+|la\s+|le\s+)?(?P<abbr>[A-Z][A-Z0-9]{1,7}(?:\s+(?:19|20)\d{2})?)\)")


def _abbreviated(text: str, unknown: list[Name], taken: list[tuple[int, int]]) -> list[Name]:
    out = []
    for n in unknown:
        d = DEFINED.match(text, n.span[1])
        if d is None:
            continue
        for m in re.finditer(rf"\b{re.escape(d.group('abbr'))}\b", text[d.end():]):
            span = (d.end() + m.start(), d.end() + m.end())
            if any(a < span[1] and span[0] < b for a, b in [*taken, *(x.span for x in [*unknown, *out])]):
                continue
            out.append(Name(m.group(0), span, None, absent={
                "note": f"{m.group(0)} ({n.text}) is not in the corpus (crosslex does not know it)", "unknown": True}))
    return out


# "the Tool to Address Known Exploitation by Immobilizing Technological Deepfakes … (TAKE IT DOWN) Act": a long
# title, however misspelt, whose bracketed short title with the word after it is a name crosslex knows.
SHORT_TITLE = re.compile(r"\(([^()]{2,40})\)\s+(Act|Bill)\b")


def _short_title_in_brackets(words: str, config: Config | None) -> Name | None:
    m = SHORT_TITLE.search(words)
    if m is None or config is None:
        return None
    short = f"{m.group(1)} {m.group(2)}"
    found = [n for n in find_names(short, config) if n.span == (0, len(short))]
    return found[0] if found else None


# "… of the Criminal Justice and Courts Act 2015", "… du code de commerce": an instrument named but unknown
# (a bracketed part of its name too: "Section 138 of the Data (Use and Access) Act 2025").
UNKNOWN = re.compile(r"^,?\s*(?:of|du|de\s+la|de\s+l['’]|des|de|to|into)\s+(?:the\s+|la\s+|le\s+|l['’])?"
                     # (not into the next reference: "s.1(1) of the MCA and s.127(2) of the CA")
                     r"(?P<name>(?:[A-Z][\w'’-]*|code|loi|r[èe]glement|directive)(?:\s+(?!(?:ss?|arts?|sch|paras?|sections?|articles?)\.?\s?\d)(?:[A-Z][\w'’-]*|\([A-Z][^()]{2,60}\)|of|and|de|du|des|d['’]\w+|\d{4}|"
                     r"n[°º˚]\s?\d{4}-\d+|\d{1,2}(?:er)?|[a-zé]+)){0,7}?"
                     r"(?:\s+(?:Act|Code|Regulation|Directive)(?:\s+Act)?(?:\s+(?:of\s+)?\d{4})?\b|\s+(?:\(\w+\)\s+)?\d{4}/\d+(?:/\w+)?|\s+\d{4}\b|(?=[,;.)]|$|\s+(?:and|et|or|ou)\s+(?:ss?|arts?|sch|paras?|sections?|articles?)\.?\s?\d)))")
# "l'article 2 de la loi relative à la lutte contre la fraude fiscale …": a French law named by its title.
# "art. 38 loi du 5 mars 2007", "article 381 code procédure pénale": a list of sources drops the "de la" / "du".
UNKNOWN_LOI = re.compile(r"^,?\s*(?:(?:de\s+la|de\s+l['’])\s+)?(?P<name>" + NAMED_LOI.pattern + ")")
# "l'article L. 454-1 du Code de la consommation prévoit une peine de base de deux ans …": a French code named by
# its field, whatever the sentence says after it (the code pénal is a name crosslex knows, found before this).
UNKNOWN_CODE = re.compile(r"^,?\s*(?:(?:du|de\s+la|de\s+l['’])\s+)?(?P<name>[Cc]ode\s+(?!(?:of|for|and|to|in)\b)(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+)?"
                          r"[^\W\d_]+(?:\s+et\s+(?:de\s+la\s+|des\s+|du\s+|de\s+l['’]\s*)?[^\W\d_]+)?)")
# "the Coroners and Justice Act 2009, sections 62-68": an unknown Act just before the designator, a comma between
UNKNOWN_BEFORE = re.compile(r"(?P<name>" + NAMED_ACT.pattern + r"),\s?$"
                            # Légifrance's "Modifié par LOI n°2018-703 du 3 août 2018 - art. 11": the law's article;
                            # also without the dash ("inséré par Loi n° 96-392 du 13 mai 1996 art. 1") or with a comma
                            r"|(?P<loi>" + NAMED_LOI.pattern + r")(?:\s[-–]|,)?\s$")


def unknown_ahead(text: str, start: int) -> tuple[int, str] | None:
    """An Act crosslex does not know named just before a designator, with a comma between ("Under the Coroners and
    Justice Act 2009, sections 62-68 made it …"): where its name starts, and the name."""
    m = UNKNOWN_BEFORE.search(text[:start])
    if m is None:
        return None
    if m.group("loi"):
        return m.start("loi"), m.group("loi")
    lead = LEADING.match(m.group("name"))
    skip = lead.end() if lead else 0
    words = m.group("name")[skip:]
    if len(words.split()) < 2 or words.split()[0] in NOT_A_NAME:
        return None
    return m.start("name") + skip, words
