"""Lists and short forms of provision references, resolved against the citations before them as eyecite resolves
"Id." and "supra": the further sections of a U.S. Code list ("§§ 2251, 2252 and 2252A", "2252/2252A"), bare
subsections after a section ("(d)(1)(B) & (e)"), a section number with its pinpoints after the section was named
("… under 40(1)"), "Subsection (a)(4)" after the section cited last, and a division ("as part of Chapter IV")
of the instrument named before it."""
from __future__ import annotations

import re
from dataclasses import replace

from .mentions import SENTENCE_END, Mention, Part
from .names import Name


# "18 U.S.C. § 2252 & § 2252A", "§§ 2251, 2252 and 2252A": the sections after the first are in its title.
USC_TAIL = re.compile(r"\s*(?:,|&|/|\band\b|\bor\b|\bet\b|\bou\b)\s*(?:,\s*)?(?:§{1,2}\s?)?(?P<num>\d{2,5}[A-Za-z]?)"
                      r"(?P<pins>(?:\([0-9A-Za-z]{1,4}\))*)(?![\w/(-]|\.\d|\s?U\.?S\.?C)")


PIN_TAIL = re.compile(r"\s*(?:,|&|\band\b|\bor\b|\bet\b|\bou\b)\s*(?P<pins>(?:\([0-9A-Za-z]{1,4}\))+)(?![\w(])")


def _designator(pin: str) -> str:
    return "digit" if pin.isdigit() else "upper" if pin.isupper() else "lower"


def _sibling_pins(prev: list[str], item: list[str]) -> list[str]:
    """"§ 2256(8)(A), (B) or (C)": a bare item is a sibling of the deepest pin of its kind before it, under the same
    parents — (8)(B), not (B)."""
    kind = _designator(item[0])
    at = next((i for i in range(len(prev) - 1, -1, -1) if _designator(prev[i]) == kind), None)
    if at is None:
        # "Section 230(c) … subsection (2)": a kind the pins before it do not use sits under the deepest of them
        return prev + item
    return prev[:at] + item


def usc_list_tail(text: str, us: list, taken: list[tuple[int, int]]) -> list[Mention]:
    from .grammar import ACRONYM  # as find imports the grammar: lazily
    out = []
    for c in us:
        title = (c.tokens or {}).get("title") if c.template.name == "U.S. Code" else None
        end = c.span[1]
        section = (c.tokens or {}).get("section")
        prev = [x for x in re.findall(r"\(([0-9A-Za-z]{1,4})\)", (c.tokens or {}).get("subsection") or "")
                if not ACRONYM.fullmatch(x)]
        while title:
            more = PIN_TAIL.match(text, end) if section and re.search(r"\)\s*$", text[:end]) else None
            if more:
                # "§§ 2251(a), (b), (c), (d)(1)(B) & (e)": further subsections of the section just cited
                pins = _sibling_pins(prev, re.findall(r"\(([0-9A-Za-z]{1,4})\)", more.group("pins")))
                prev = pins
                start = more.start("pins")
                name = Name(c.text, c.span, None, title=title)
                out.append(Mention(text[start:more.end()], (start, more.end()), [Part("usc", section, pins)], name))
                taken.append((start, more.end()))
                end = more.end()
                continue
            m = USC_TAIL.match(text, end)
            # A bare number joins the list only after "§§" ("§§ 2251, 2252 and 2252A", not "§ 2256 and 2024 law"),
            # or when it is the section's neighbour in form: "18 USC 2258A and 2258B", "18 USC 2252/2252A"
            sibling = m is not None and section and re.fullmatch(r"\d+[A-Za-z]", m.group("num")) is not None \
                and m.group("num")[:-1] == re.sub(r"[A-Za-z]$", "", section)
            if not m or ("§" not in m.group(0) and "§§" not in text[c.span[0]:end] and "§§" not in c.text and not sibling):
                break
            start = text.rfind("§", m.start(), m.start("num")) if "§" in m.group(0) else m.start("num")
            pins = re.findall(r"\(([0-9A-Za-z]{1,4})\)", m.group("pins"))
            name = Name(c.text, c.span, None, title=title)
            out.append(Mention(text[start:m.end()], (start, m.end()), [Part("usc", m.group("num"), pins)], name))
            taken.append((start, m.end()))
            end, section, prev = m.end(), m.group("num"), pins
    return out


# "Section 230 … protects … (230(c)(1))", "Article 40 of the DSA … under 40(1)": a section or article number with
# its pinpoints, after that section or article was named in the same sentence.
BARE_PIN = re.compile(r"(?<![\w§.])(?P<num>\d+[A-Za-z]?)(?P<pins>(?:\([0-9A-Za-z]{1,4}\))+)")


def pin_short_forms(text: str, mentions: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    out = []
    for m in BARE_PIN.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        # … or an article of the instrument just named ("Article 40 of the DSA …: … under 40(1), … under 40(12)")
        prior = [mm for mm in mentions if mm.span[1] <= m.start() and mm.name is not None and mm.parts
                 and mm.name.source is not None
                 and (mm.name.source.kind == "usc-section" or mm.parts[0].kind in ("article", "section"))
                 and mm.parts[0].number.lower() == m.group("num").lower()
                 and not SENTENCE_END.search(text[mm.span[1]:m.start()])]
        if not prior:
            continue
        last = prior[-1]
        pins = re.findall(r"\(([0-9A-Za-z]{1,4})\)", m.group("pins"))
        out.append(Mention(m.group(0), m.span(), [Part(last.parts[0].kind, last.parts[0].number, pins)], last.name,
                           True))
        taken.append(m.span())
    return out


# "18 U.S.C. § 2252(a)(3) establishes … Subsection (a)(4) makes it …": a subdivision of the section cited last,
# as eyecite resolves "Id." against the citation before it — in another sentence too, since the word says which.
SUBDIVISION = re.compile(r"(?<![\w(])(?P<word>[Ss]ub-?section|[Ss]ub-?paragraph|[Pp]aragraph)s?\s+"
                         r"(?P<pins>(?:\([0-9A-Za-z]{1,4}\))+)(?!\s*(?:of|du|de)\b)")


FIRST_LEVEL = {"usc": "lower", "section": "digit"}  # how a section's first subdivisions are lettered


def _section_of(mm: Mention) -> tuple[str, str, list[str], Name | None] | None:
    """(kind, number, pins, name) of a section a mention cites: a U.S. Code section or a UK Act's section."""
    if mm.citeurl is not None and mm.citeurl.template.name == "U.S. Code":
        tokens = mm.citeurl.tokens or {}
        pins = re.findall(r"\(([0-9A-Za-z]{1,4})\)", tokens.get("subsection") or "")
        return "usc", tokens.get("section") or "", pins, Name(mm.text, mm.span, None, title=tokens.get("title"))
    if mm.parts and mm.name is not None and mm.parts[0].kind in ("usc", "section") and mm.parts[0].number:
        return mm.parts[0].kind, mm.parts[0].number, list(mm.parts[0].pins), mm.name
    return None


def subsection_short_forms(text: str, mentions: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    out = []
    for m in SUBDIVISION.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        prior = [x for x in (_section_of(mm) for mm in sorted(mentions + out, key=lambda mm: mm.span)
                             if mm.span[1] <= m.start()) if x is not None and x[1]]
        if not prior:
            continue
        kind, number, prev, name = prior[-1]
        item = re.findall(r"\(([0-9A-Za-z]{1,4})\)", m.group("pins"))
        # a subsection is the section's first level ((a) in the U.S. Code, (1) in a UK Act); a paragraph sits under
        # the subsection just cited, and so does a "subsection (2)" of a Code section whose subsections are letters
        subsection = m.group("word").lower().startswith("sub") and "section" in m.group("word").lower()
        pins = item if subsection and _designator(item[0]) == FIRST_LEVEL.get(kind, _designator(item[0])) \
            else _sibling_pins(prev, item)
        out.append(Mention(m.group(0), m.span(), [Part(kind, number, pins)], name, True))
        taken.append(m.span())
    return out


# "(c)(2)(A) says, basically, that …": a chain of pinpoints standing alone, with no section, article or instrument
# before it in the text — a reference to something the text does not say, reported as not recognised (#12: nothing
# silently dropped). One bracket alone is a list marker ("(a) and (b)"), never this.
BARE_PINS = re.compile(r"(?<![\w)\]§])\((?:[a-z]|\d{1,3})\)(?:\((?:[a-z]{1,4}|\d{1,3}|[A-Z])\)){1,3}(?![\w(])")


def bare_pinpoints(text: str, mentions: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    if mentions:
        return []  # pins after a reference are short forms of it (subsection_short_forms, pin_short_forms)
    out = []
    for m in BARE_PINS.finditer(text):
        if any(a - 3 <= m.start() < b + 3 for a, b in taken):
            continue
        out.append(Mention(m.group(0), m.span(), [Part("subsection", "", re.findall(r"\(([0-9A-Za-z]{1,4})\)", m.group(0)))],
                           None))
        taken.append(m.span())
    return out


# A division of an instrument: "Chapter IV", "Part 10", "chapitre III", "Title V"
DIVISION = re.compile(r"(?<![\w-])(?:[Cc]hapters?|[Cc]hapitres?|[Pp]arts?|[Pp]artie|[Tt]itles?|[Tt]itre)\s+"
                      r"(?:[IVXLC]{1,6}|\d{1,3})(?![\w(])")
# … with its instrument (named or not) after it: "Chapter IV of the AI Act", "chapitre II du titre II"
OF_AFTER = re.compile(r"\s*,?\s*(?:of|du|de|des|d['’]|in|to|under|within)\b", re.I)
# … or as the division holding another just named ("section 2 du chapitre VI", "Section 1 of Chapter III")
CONTAINED = re.compile(r"(?:sections?|articles?|chapters?|chapitres?|parts?|partie|titles?|titres?|paragraphs?|paragraphes?)"
                       r"\s+[\w.-]+\s*,?\s*(?:of|du|de\s+la|de|des)\s*$", re.I)
# … or as a word of a term: "Part 3 services", "Chapter 2 duties", "Part 5 providers"
ATTRIBUTIVE = re.compile(r"\s+(?:services?|providers?|dut(?:y|ies)|offences?|obligations?|requirements?|"
                         r"regulations?|notices?)\b", re.I)


def division_short_forms(text: str, names: list[Name], taken: list[tuple[int, int]]) -> list[Name]:
    """A division with no instrument after it ("Article 50 of Regulation (EU) 2024/1689 applies … as part of
    Chapter IV"): a mention of the instrument the sentence named before it, as "Chapter IV of the AI Act" is. Not
    the U.S. Code's chapters, whose sections are the instruments ("Title 18 > Part I > Chapter 110 > Section 2256")."""
    out = []
    for m in DIVISION.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken) or any(a <= m.start() < b for a, b in
                                                                        (n.span for n in names)):
            continue
        aliased = _aliased(text, m, names)
        if aliased is not None:
            out.append(aliased)
            continue
        if OF_AFTER.match(text, m.end()) or ATTRIBUTIVE.match(text, m.end()):
            continue
        if any(b <= m.start() and re.fullmatch(r"[\s,]*", text[b:m.start()]) for _, b in [*taken, *(n.span for n in names)]):
            continue  # "Article 49 of DSA Chapter IV Section 1": where the article just cited sits, no other mention
        if CONTAINED.search(text, 0, m.start()):
            continue  # "section 2 du chapitre VI", "Section 1 of Chapter III": the chapter holds a division, one reference
        held = [n for n in names if n.span[1] <= m.start() and n.source is not None and n.source.kind != "usc-section"]
        before = [n for n in held if not SENTENCE_END.search(text, n.span[1], m.start())]
        if not before:
            # "Le Règlement sur l'IA … entre en vigueur progressivement. À partir du 2 février 2025, le Chapitre II …
            # sera appliqué": with none named in its own sentence, the one instrument the sentence before names
            ends = [e.end() for e in SENTENCE_END.finditer(text, 0, m.start())]
            start = ends[-2] if len(ends) >= 2 else 0
            previous = {n.source.id for n in held if ends and start <= n.span[0] and n.span[1] <= ends[-1]}
            before = [n for n in held if len(previous) == 1 and n.source.id in previous]
        if before:
            out.append(replace(before[-1], text=m.group(0), span=m.span()))
    return out


# "Part 7 of the Act" after "the Online Safety Act 2023 (‘the Act’)": the short name the text gave the instrument
ALIAS_OF = re.compile(r"\s*,?\s*(?:of|du|de)\s+(?P<alias>the\s+Act|the\s+Regulation|la\s+loi|du\s+règlement|le\s+règlement)\b",
                      re.I)


def _aliased(text: str, m: re.Match, names: list[Name]) -> Name | None:
    """The division of an instrument named earlier with the short name it is given after it ("the Act")."""
    a = ALIAS_OF.match(text, m.end())
    if a is None:
        return None
    alias = re.escape(a.group("alias")).replace(r"\ ", r"\s+")
    for n in reversed([n for n in names if n.span[1] <= m.start() and n.source is not None]):
        if re.match(rf"\s*\(\s*[‘'\"“«]\s*{alias}\s*[’'\"”»]\s*\)", text[n.span[1]:], re.I):
            return replace(n, text=text[m.start():a.end()], span=(m.start(), a.end()))
    return None


def a_division(text: str, span: tuple[int, int]) -> bool:
    """"Chapter IV Section 1", "Section 2 of Chapter III": a section of a chapter is a division (kb.divisions),
    not a provision; so is a "Sous-section 1 : Des peines applicables en cas de concours d'infractions" of the Code
    pénal."""
    return bool(re.match(r"(?i)sections?\b", text[span[0]:span[1]])) and bool(
        re.search(r"(?i)\bsous-$", text[max(0, span[0] - 5):span[0]])
        or re.search(r"(?i)\b(?:chapter|chapitre)\s+[IVXLC\d]+\s*,?\s*$", text[:span[0]])
        or re.match(r"(?i)\s+(?:of|du|de\s+la)\s+(?:chapter|chapitre)\b", text[span[1]:]))


def past_division(between: str) -> bool:
    """A division named between a designator and an instrument, after other words than "of": "Art.50 closes
    Chapter IV of the EU AI Act" (the article is not attached through the chapter), not "Sections 100 to 103 of
    Chapter 4 of the Communications Act 2003"."""
    d = DIVISION.search(between)
    return d is not None and not re.fullmatch(r"\s*,?\s*(?:of|in|under|du|de|de\s+la|des)?\s*", between[:d.start()], re.I)


# "L'article 132-3 alinéa 1er du Code pénal prévoit que … De plus, l'alinéa 2 de cette disposition prescrit que …": an
# alinéa of the article cited last, in another sentence too, since the words say which ("Id." in eyecite's terms).
SAME_ARTICLE_ALINEA = re.compile(r"(?<!\w)(?:l[’'])?alin[ée]a\s+(?P<al>\d{1,2})(?:er)?\s+(?:de\s+cette\s+disposition|de\s+cet\s+"
                                 r"article|du\s+même\s+article|dudit\s+article|of\s+(?:that|the\s+same)\s+article)(?!\w)",
                                 re.I)


# "L'article 132-23 du code pénal fixe dans ses alinéas 1 et 2 …": the alinéas of the article the sentence cites,
# which the mention of the whole article then stands for (one reference per alinéa); "… L'alinéa 3 précise …" opening
# the next sentence: an alinéa of the same article (references129's END run: both read as the article alone)
OWN_ALINEAS = re.compile(r"(?<!\w)(?:ses|son)\s+alin[ée]as?\s+(?P<al>\d{1,2}(?:er)?(?:\s*(?:,|et|à)\s*\d{1,2}(?:er)?)*)"
                         r"(?![\d°\w])", re.I)
# ("Son alinéa 3 …" opens it the same way)
OPENING_ALINEA = re.compile(r"(?:^|(?<=[.!?]\s))(?:L[’']|Son\s+)alin[ée]a\s+(?P<al>\d{1,2})(?:er)?(?!\w)(?!\s+(?:de|du|des|of)\b)")


def alinea_short_forms(text: str, mentions: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    from .designators import _alineas  # (designators reads the grammar, which imports this module)

    out = []
    for m in OWN_ALINEAS.finditer(text):
        at = next((i for i in range(len(mentions) - 1, -1, -1) if mentions[i].span[1] <= m.start()), None)
        if at is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        whole = mentions[at]
        last = whole.parts[-1] if whole.parts else None
        if whole.name is None or last is None or last.kind != "article" or last.pins or len(whole.parts) != 1 \
                or SENTENCE_END.search(text, whole.span[1], m.start()):
            continue  # (only the article the same sentence cites, named whole)
        als = _alineas(m.group("al"))
        mentions[at] = replace(whole, parts=[Part("article", last.number, [als[0]])])
        out += [Mention(m.group(0), m.span(), [Part("article", last.number, [al])], whole.name, True) for al in als[1:]]
        taken.append(m.span())
    for m in OPENING_ALINEA.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        prior = _articles_before([*mentions, *out], m.start())
        cited = max(prior, key=lambda mm: mm.span[1]) if prior else None
        if cited is None or len(list(SENTENCE_END.finditer(text, cited.span[1], m.start()))) != 1:
            continue  # (the sentence right after the one citing the article)
        out.append(_alinea_of(cited, m))
        taken.append(m.span())
    for m in SAME_ARTICLE_ALINEA.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        prior = _articles_before(mentions, m.start())
        if not prior:
            continue
        out.append(_alinea_of(prior[-1], m))
        taken.append(m.span())
    return out


def _articles_before(mentions: list[Mention], at: int) -> list[Mention]:
    """The mentions of a numbered article of a known instrument ending before `at`, in their order."""
    return [mm for mm in mentions if mm.span[1] <= at and mm.name is not None and mm.parts
            and mm.parts[-1].kind == "article" and mm.parts[-1].number]


def _alinea_of(cited: Mention, m: re.Match) -> Mention:
    """The alinéa `m` names (group "al") of the article `cited` names, as a short form resolved against it."""
    return Mention(m.group(0), m.span(), [Part("article", cited.parts[-1].number, [m.group("al")])], cited.name, True)


# "des articles 225-10 du code pénal, 591 et 593 du code de procédure pénale": a plural label reaches the numbers
# listed after the first code, which are the articles of the code named after them (the Cour de cassation's way of
# citing two codes in one breath)
CODE_TAIL = re.compile(r",\s*(?P<nums>\d+(?:-\d+)*(?:\s*(?:,|\bet\b)\s*\d+(?:-\d+)*)*)"
                       r"(?P<of>\s+(?:du|de\s+la|de\s+l['’])\s*)(?=[Cc]ode\b)")


def code_list_tail(text: str, mentions: list[Mention], names: list[Name],
                   taken: list[tuple[int, int]]) -> list[Mention]:
    from .designators import numbers, numbers_for  # as find imports the grammar: lazily
    from .unknown_names import UNKNOWN_CODE

    out = []
    for mm in mentions:
        if not re.match(r"(?i)(?:des\s+|les\s+)?articles\s", text[mm.span[0]:mm.span[1]]) \
                or (mm.name is None and not mm.unknown):
            continue
        m = CODE_TAIL.match(text, mm.span[1])
        start = m.start("nums") if m is not None else 0
        # a number hyphenated as a code's ("226-1 et 226-2 du code pénal") was read alone: the tail holds it
        if m is None or any(a < m.end() and m.start() < b and not start <= a for a, b in taken):
            continue
        code = next((n for n in names if n.span[0] == m.end()), None)
        if code is not None:
            parts = [Part("article", n, p) for n, p in numbers_for(m.group("nums"), code)]
            found = Mention(text[start:code.span[1]], (start, code.span[1]), parts, code)
        elif (u := UNKNOWN_CODE.match(text[m.end():])) is not None:
            parts = [Part("article", n, p) for n, p in numbers(m.group("nums"), ranges=False)]
            end = m.end() + u.end()
            found = Mention(text[start:end], (start, end), parts, None, unknown=u.group("name"))
        else:
            continue
        out.append(found)
        taken[:] = [t for t in taken if not found.span[0] <= t[0] < found.span[1]] + [found.span]
    return out
