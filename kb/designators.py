"""Provision designators in running text, English and French: "articles 34 et 35", "ss. 144–148", "l'alinéa 3 de
l'article 226-4", "art. 441-2, al 1 et 2", "Article 19 bis" — the grammar of a designator's label and numbers, and
its reading into parts (kb.mentions.Part) once the instrument it belongs to is known (kb/references.py attaches it).
"""
from __future__ import annotations

import re

from .grammar import code_article, ordinal_first
from .mentions import Mention, Part
from .names import Name

# A French code number is hyphenated ("226-8-1"); typesetting swaps in other dashes ("226‑8‑1", "226-8–1"),
# which count as hyphens once the number has one (a bare "144–148" stays a range); "322–3", a code's three digits
# and one or two after an en dash, is the article 322-3 (a range never runs backwards).
# "Article 19 bis" is another article than 19: the Latin suffix stays part of the number (and then does not
# resolve where the instrument has no such article), never silently dropped. "articles 408 ancien et 432-15 du Code
# pénal": "ancien" marks the former code's article (kb.extract reports it as not in the corpus).
# "l'article L. 761-1 du code de justice administrative", "article R. 625-1 du code pénal": a French code's
# legislative (L), regulatory (R) and decree (D) articles, the letter with a dot or stuck to the number ("L 1155-2", with a
# space, before a hyphenated number only).
# "article 227-31-1du Code pénal": a typo glues "du" to the number; it is no letter of the number ("2252A", "66B").
# "Section 230s protections": a possessive without its apostrophe, no section "230s".
NUMBER = (r"(?:(?-i:[LRD])\.\s?|(?-i:[LRD])(?=\d)|(?-i:[LRD])\s(?=\d{3,4}-\d))?"
          r"(?:\d{3}\u2013\d{1,2}(?!\d)(?:[-\u2010\u2011\u2013]\d{1,3}){0,3}|\d{1,4}(?:[-\u2010\u2011]\d{1,3}(?:[-\u2010\u2011\u2013]\d{1,3}){0,3})?)"
          r"(?:(?!(?-i:du|de)\s|(?-i:s)(?![A-Za-z]))[A-Za-z]{1,2}"
          # "article 224-1 A du code pénal", "224-1-A": a code article's capital after a hyphenated number — not the
          # old capital "A l'égard" opening an item, nor the "C." of "434-9 C. pén."
          r"|(?:(?<=-\d)|(?<=-\d\d)|(?<=-\d\d\d))[\s\u00a0-](?-i:[A-D])(?![\w'’.])(?!\s+l['’]))?"
          r"(?:\s(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies|ancien)\b)?")
# "l'article 35.2 du règlement": French writers' dotted paragraph, Art. 35(2).
PINS = r"(?:\.\d{1,3}(?![\d.,]\d))?(?:\s?\((?:\d{1,3}[A-Za-z]?|[a-z]{1,4}|[A-Z])\))*"
PIN = r"\((?:\d{1,3}[A-Za-z]?|[a-z]{1,4})\)"  # "34(1) and (2)": another paragraph of the same article
# ("Art. 222-34 / 222-43": a slash between two code articles, spaced — never an act's "2022/2065")
# "sections 169 - 170": a hyphen between spaces is a range's dash
JOIN = (r"\s*(?:[,;]\s*(?:and|or|et|ou)\b|,|;|\band\b|\bor\b|\bet\b|\bou\b|\bto\b|\bà\b|–|—|\bthrough\b|(?<=\s)-(?=\s)|"
        r"(?<=\s)/(?=\s+(?:[LRD]\.?\s?)?\d{1,3}-\d))\s*")
LABELS = {
    # "en vertu 222-33-2-3 du code pénal", "(R624-1 du Code pénal)": a code's article number is its own label
    # "… items 323-1 to 323-7 of the French Penal Code" (a translation), "Code Pénal 311-8": so is it next to the code
    # "L’article suivant - 411-5 - sanctionne …": the next article, its number in dashes
    "article": r"articles?|arts?\.|art\b|article\s+(?:suivant|précédent)\s*[-–—(]\s*"
               r"|(?=(?:(?-i:[LRD])\.?\s?)?\d{3}-\d{1,3}(?:-\d{1,2})*\s+du\s+[Cc]ode\b)"
               r"|(?=\d{3}-\d{1,3}(?:-\d{1,2})*(?:\s*(?:to|and|à|et|,)\s*\d{3}-\d{1,3}(?:-\d{1,2})*)*"
               r"\s+of\s+the\s+(?:French\s+)?(?:Penal|Criminal)\s+Code\b)"
               r"|(?<=\b[Cc]ode\s[Pp][ée]nal\s)(?=\d{3}-\d)"
               # "… le maximum légal le plus élevé 132-4 CP" (references125's END run): the code's abbreviation after it
               r"|(?=\d{3}-\d{1,3}(?:-\d{1,2})*\s+(?-i:CP|C\.\s?P\.|C\.\s?pén\.?)(?!\w))",
    # "s 187": UK style without the dot; not a possessive's "s" ("the Commission’s 5 December 2025 decision")
    "section": r"sections?|secs?\.|ss\.|(?<![’'])s\.|(?<![’'])s(?=\s\d)|§§?",
    "schedule": r"schedules?|sch\.|sch\b|annexes?|annex\b",
    "recital": r"recitals?|considérants?|cons\.",
    "paragraph": r"paragraphs?|paragraphes?|paras?\.|para\b",
}
COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "two": 2, "three": 3, "four": 4, "five": 5}
ORDINAL_AL = {"premier": "1", "deuxième": "2", "second": "2", "troisième": "3", "quatrième": "4", "cinquième": "5",
              "first": "1", "third": "3", "fourth": "4", "fifth": "5"}
CODE_NUMBER = r"\d{3}-\d{1,3}(?:-\d{1,2})*"
TAIL = r"(?:\s*(?:,|\bet\b|\band\b)\s*" + CODE_NUMBER + r"(?![\d-]))+"  # more code articles after a list's first
DESIGNATOR = re.compile(
    # "l'alinéa 3 de l'article 226-4", "le deuxième alinéa de l'article 226-8": the alinéa before its article
    r"(?:(?<![\w.])(?:alinéa\s(?P<al_first>\d{1,2})(?:er)?|(?P<al_word>premier|deuxième|second|troisième|quatrième|"
    r"cinquième)\s+alinéa)\s+de\s+l['’]\s*(?=articles?\b)"
    # "Les deux premiers alinéas de l'article 132-23" (art. 225-7 and its kin), "the first two paragraphs of article
    # 132-23 of the penal code": alinéas 1 to N
    r"|(?<![\w.])(?P<al_count>deux|trois|quatre|cinq)\s+premiers\s+alinéas\s+de\s+l['’]\s*(?=articles?\b)"
    r"|(?<![\w.])first\s+(?P<al_count_en>two|three|four|five)\s+(?:paragraphs|subsections)\s+of\s+(?=art(?:icles?\b|\.)\s?\d)"
    # "The first subsection of art. 121-2 Penal Code" (references125's END run): the alinéa, in English
    r"|(?<![\w.])(?:the\s+)?(?P<al_word_en>first|second|third|fourth|fifth)\s+(?:paragraph|subsection)\s+of\s+"
    r"(?=art(?:icles?\b|\.)\s?\d))?"
    r"(?<![\w.])(?P<label>" + "|".join(f"(?P<{k}>{v})" for k, v in LABELS.items()) + r")\s?"
    r"(?P<nums>" + NUMBER + PINS + r"(?:" + JOIN + r"(?:(?!(?:19|20)\d{2}\b|\d{1,2}°|\d{1,4}\s?(?:ans?|années?|years?|mois|months?|jours?|days?|euros?|€|%)(?![A-Za-z]))" + NUMBER + PINS + r"|" + PIN + r"))*)"
    r"(?:,?\s(?:para(?:graph|\.)?|par\.|paragraphe|§)\s?(?P<para>\d{1,3})"
    r"(?:\s?\((?P<point>[a-z]{1,4})\)|,?\s(?:point|pt\.?)\s\(?(?P<point2>[a-z]{1,4})(?![\w(])\)?)?)?"
    r"(?:,?\s{1,2}(?:al(?:inéas?|\.)?)\s?(?P<alinea>\d{1,2}(?:er)?(?:\s*(?:,|et|à)\s*\d{1,2}(?:er)?(?![\d°-]))*)|,?\s(?P<item>\d{1,2})°|\s\((?P<item_b>\d{1,2})°\))?"
    # "les articles 441-7 alinéa 1 et 441-10 du Code pénal": the list goes on after an alinéa or an item
    r"(?(alinea)(?P<tail>" + TAIL + r")?|(?(item)(?P<tail_i>" + TAIL + r")?))",
    re.I)


def numbers(nums: str, ranges: bool = True) -> list[tuple[str, list[str]]]:
    """'34 et 35' -> [34, 35]; '144–148' -> 144 … 148; '12(3)(a)' -> (12, [3, a]). `ranges` False: a range
    is one reference, its first number (the articles of an instrument crosslex does not hold are unknown)."""
    items = re.findall(r"(" + NUMBER + r"|(?<=[\s,\u2013\u2014])(?=\())(" + PINS + r")", nums)
    joins = re.findall(JOIN, nums)
    out: list[tuple[str, list[str]]] = []
    for i, (n, pins) in enumerate(items):
        pin_list = [a or b for a, b in re.findall(r"^\.(\d+)|\(([^()]+)\)", pins)]
        if not n:  # "(2)" after "34(1) and": the same article, its own first-level pin
            join = joins[i - 1].strip().lower() if i and i - 1 < len(joins) else ""
            if join in ("to", "à", "–", "—", "-", "through"):
                continue  # "66B(1)–(4)": subsections 1 to 4 of one section, one reference
            if out:
                out.append((out[-1][0], pin_list[:1] if len(out[-1][1]) <= 1 else out[-1][1][:-1] + pin_list[:1]))
            continue
        n = ordinal_first(code_article(re.sub(r"[\u2010\u2011\u2013]", "-", n)))
        join = joins[i - 1].strip().lower() if i and i - 1 < len(joins) else ""
        if not ranges and join in ("to", "à", "–", "—", "-", "through") and out:
            continue
        if join in ("to", "à", "–", "—", "-", "through") and out and out[-1][0].isdigit() and n.isdigit() \
                and 0 < int(n) - int(out[-1][0]) <= 50:
            out += [(str(k), []) for k in range(int(out[-1][0]) + 1, int(n))]
        out.append((n, pin_list))
    return out


def reparts(mention: Mention, name: Name) -> list[Part]:
    """The mention's parts as they read against another instrument (a short form's next candidate)."""
    return parts(DESIGNATOR.match(mention.text), name)


def numbers_for(nums: str, name: Name) -> list[tuple[str, list[str]]]:
    """Outside French codes (whose numbers are hyphenated, "226-8-1") "121-129" is a range."""
    out = []
    for number, pins in numbers(nums, ranges=name.absent is None):
        r = re.fullmatch(r"(\d+)-(\d+)", number)
        french = name.source is not None and name.source.jurisdiction == "FR"
        if r and not french and 0 < int(r.group(2)) - int(r.group(1)) <= 50:
            out += [(str(k), []) for k in range(int(r.group(1)), int(r.group(2)) + 1)]
        elif french and number.isdigit() and out and "-" in out[-1][0]:
            # "articles 226-1 et 2 du Code pénal": a code's articles are all hyphenated, so a bare number after
            # one is its sibling, 226-2; siblings are listed upwards, so "433-1, 1" and "432-11, 1" (English
            # writers' 1°) name an item of the article, already counted
            if int(number) > int(re.sub(r"\D.*", "", out[-1][0].rsplit("-", 1)[1]) or 0):
                out.append((out[-1][0].rsplit("-", 1)[0] + "-" + number, pins))
        else:
            out.append((number, pins))
    return out


def parts(m: re.Match, name: Name) -> list[Part]:
    src = name.source
    label = next(k for k in LABELS if m.group(k) is not None)
    out = []
    if label == "section" and src is not None and src.jurisdiction == "FR":
        return out  # "code pénal, section 2 du chapitre VI": a division of the code (kb.divisions), not an article
    for number, pins in numbers_for(m.group("nums"), name):
        if m.group("para"):
            point = m.group("point") or m.group("point2")  # "paragraph 2 (a)", "paragraphe 2, point a)"
            pins = pins + [m.group("para")] + ([point] if point else [])
        first = m.group("al_first") or ORDINAL_AL.get((m.group("al_word") or m.group("al_word_en") or "").lower())
        count = COUNTS.get((m.group("al_count") or m.group("al_count_en") or "").lower(), 0)
        if m.group("alinea") or first or count:
            # "(art. 441-2, al 1 et 2, C. pén)": one reference per alinéa named
            named = _alineas(m.group("alinea")) if m.group("alinea") else [first] if first else \
                [str(k) for k in range(1, count + 1)]
            for al in named:
                out += _part(label, number, pins + [al], name, m)
            continue
        if m.group("item") or m.group("item_b"):  # "art. 212-1, 7°", "l'article 212-1 (7°)"
            pins = pins + [(m.group("item") or m.group("item_b")) + "°"]
        out += _part(label, number, pins, name, m)
    for number in re.findall(CODE_NUMBER, m.group("tail") or m.group("tail_i") or ""):
        out += _part(label, number, [], name, m)
    return out


def _alineas(text: str) -> list[str]:
    """'1 et 2' -> [1, 2]; '1er à 3' -> [1, 2, 3]."""
    nums = [int(n) for n in re.findall(r"\d+", text)]
    if "à" in text and len(nums) == 2 and 0 < nums[1] - nums[0] <= 20:
        return [str(k) for k in range(nums[0], nums[1] + 1)]
    return [str(n) for n in nums]


def _part(label: str, number: str, pins: list[str], name: Name, m: re.Match) -> list[Part]:
    src = name.source
    if name.title:
        return [Part("usc", number, pins, schedule=name.title)]
    if src is None:
        return [Part(label, number, pins)]
    if label == "schedule":
        return [Part("schedule", schedule=number)]
    if label == "paragraph" and src.jurisdiction == "UK":
        return [Part("schedule-paragraph", number, pins)]
    if label == "recital":
        return [Part("recital", number)]
    if src.kind == "usc-section":
        return [Part("usc", number, pins)]
    if src.kind in ("bill", "public-law"):
        return [Part("bill-section", number, pins)]
    if src.jurisdiction == "UK" or label == "section":
        return [Part("section" if src.jurisdiction == "UK" else "article", number, pins)]
    # "les articles 226-1 à 226-7 du code pénal": the articles between are the code's to list (kb.extract)
    # "435-1 to 4" (an English writer's short end): the range ends on the sibling 435-4
    # (typeset dashes as the law's "-": "articles 132‑35 à 132‑39", non-breaking)
    nums = re.sub(r"[\u2010\u2011]", "-", m.group("nums"))
    ends = [(a, b) for a, b in CODE_RANGE.findall(nums)] + \
        [(a, a.rsplit("-", 1)[0] + "-" + b) for a, b in SHORT_RANGE.findall(nums)]
    through = next((a for a, b in ends if b == number), "") if src.jurisdiction == "FR" else ""
    return [Part("article", number, pins, through=through)]


CODE_RANGE = re.compile(r"(\d+(?:-\d+)+)\s*(?:à|to|au|–|—)\s*(?:l.article\s+)?(\d+(?:-\d+)+)")
SHORT_RANGE = re.compile(r"(\d+(?:-\d+)+)\s*(?:à|to|au|–|—)\s*(\d{1,3})(?![\d-])")




def fits(label: str, name: Name) -> bool:
    """A short form takes the last instrument named only when the label suits it (no "article" of an Act)."""
    if name.absent is not None:
        return True
    if name.title:
        return label in ("section", "article")
    j = name.source.jurisdiction
    return {"article": j in ("EU", "FR"), "recital": j == "EU", "schedule": j == "UK",
            "section": j in ("UK", "US"), "paragraph": j in ("UK", "EU")}[label]
