"""References in running text, English and French: find, then resolve, then annotate (after eyecite).

- find (no index): instrument names (kb.names: kb/data/names.yaml and the registry aliases, including instruments the
  corpus lacks), provision designators ("articles 34 et 35", "ss. 144–148", "l'annexe 13", "para 1"; their grammar
  and reading into parts: kb/designators.py), each
  designator attached to the instrument named right after it ("… of the Digital Services Act", "… de
  l'Online Safety Act 2023", "… dans le code pénal"), right before it ("DSA, art 16(5)"), or, for a short
  form, to the instrument named last ("Article 73" after "Article 74(1) of the DSA"; "la même loi"). U.S.
  Code and bill forms come from citeurl's grammar (kb.citation).
- resolve (index): every part to a provision id, or a reason: not in the corpus, not recognised.
- annotate: the text with each span marked, offsets into the original text.

Nothing found is dropped: a designator with no instrument is reported as not recognised.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .config import Config
from .designators import DESIGNATOR, LABELS, fits, numbers, parts as read_parts
from .quantities import roman
from .mentions import SENTENCE_END, Mention, Part, mended
from .glosses import expands, glosses_mention, glosses_unknown, named_in_brackets, numbers_a_name, restates
from .names import Name, _names_data, _one_per_mention, find_names, fold1
from .registry import load_sources
from .shortforms import (a_division, alinea_short_forms, past_division, bare_pinpoints, division_short_forms,
                         pin_short_forms, subsection_short_forms, usc_list_tail,
                         code_list_tail)
from .unknown_names import (UNKNOWN, UNKNOWN_CODE, UNKNOWN_LOI, eu_acts_elsewhere, in_longer_acts, quoted_titles,
                            unknown_acts, unknown_ahead)
# Between a designator and the instrument it belongs to: "of the", "du", "de l'", "dans le", up to four words.
# A quoting author's cut ("l'article 227-22 […] du même code pénal") stands for words between them too, and so does
# a gloss in brackets ("les articles 222-37 (transport, détention, offre, cession …) du Code pénal").
BETWEEN = re.compile(r"^,?\s*(?:(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\([^()\d]{3,100}\))\s*)?(?:(?:of|du|de|des|d['’]|in|dans|to|under|from|sous)\s+)?(?:(?:the|le|la|les|l['’])\s*)?"
                     r"(?:[\w’'.,«»“\"-]+\s*){0,5}?$", re.I)  # « la loi « SREN » »: quotes around a name
SAME = re.compile(r"^(?:,?\s*point\s+\([a-z]{1,3}\))?,?\s*(?:thereof\b|de\s+celui-ci\b)|^,?\s*(?:de\s+)?(?:la\s+même\s+loi|du\s+même\s+(?:texte|règlement|code)|of\s+(?:that|the\s+same|the|this)\s+Act\b|"
                  r"of\s+the\s+same\s+Regulation|ibid\.?|id\.)", re.I)


DIVISION_BEFORE = re.compile(r"\b(?:sub)?(?:chapters?|parts?|chapitres?|parties)\s*$", re.I)


def find(text: str, config: Config | None = None) -> tuple[list[Mention], list[Name]]:
    """(provision references, instrument names) in `text`, in order; no index needed."""
    from .grammar import _all_cites, case_spans

    config = config or Config()
    original, text = text, mended(text)
    names = find_names(text, config)
    # "section 474.17 of the Criminal Code Act 1995": the Act named is an unknown one, not the Code pénal
    longer = in_longer_acts(text, names)
    names = [n for n in names if n not in longer]
    titles = quoted_titles(text, DESIGNATOR)
    names = [n for n in names if not any(a <= n.span[0] < b for a, b in (t.span for t in titles))] + titles
    names = sorted(names + eu_acts_elsewhere(text, names), key=lambda n: n.span)
    us = [c for c in _all_cites(text, config) if c.template.name in (
        "U.S. Code", "US Code section of title", "US bill", "U.S. Public Laws", "US public law section")
        # citeurl's "110 of Title 18 of the U.S. Code" wants no "§": in "Chapter 110 of Title 18" it is a chapter
        and not DIVISION_BEFORE.search(text[:c.span[0]])]
    # a court decision's reporter citation ("492 U. S. 115, 126") holds no designator ("S. 115")
    taken = [c.span for c in us] + case_spans(text) + [t.span for t in titles]
    mentions = [Mention(text[c.span[0]:c.span[1]], c.span, [], None, citeurl=c) for c in us]
    mentions += usc_list_tail(text, us, taken)
    for m in DESIGNATOR.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if re.match(r"S\.\d", m.group(0)):
            continue  # "S.146": a Senate bill number, not a section
        label = next(k for k in LABELS if m.group(k) is not None)
        after, before = _attached(text, m.start(), m.end(), names)
        if not m.group("label") and before is not None and not UNLABELLED_AFTER.search(text[:m.start()]):
            # a number with no label is a code's article by the code after it ("…, L. 215-6 du code rural"), not
            # by one named before a comma ("code pénal, L. 215-6"), unless written "Code pénal 311-8"
            before = None
        # "Section 230" (or "§ 230(c)(1)") as US writers use it: the popular name of a code section, unless an
        # instrument is attached ("section 230 of the Online Safety Act").
        # Lower case ("critics say section 230 protects …") only where no instrument named before could own it
        # (after the Online Safety Act, "section 230" is its own).
        popular = next((n for n in names if n.span[0] == m.start() and n.source is not None
                        and n.source.kind == "usc-section"
                        and (m.group(0)[:1].isupper() or m.group(0)[:1] == "§"
                             or not any(e.span[1] <= m.start() and fits(label, e) for e in names))), None)
        if popular is not None and after is not None and after is not popular:
            popular = None
        if popular is not None:
            before, after = popular, None
        same = SAME.match(text[m.end():])
        earlier = [n for n in names if n.span[1] <= m.start() and fits(label, n)]
        name, short, end = None, False, m.end()
        # "section 102(8) of the Act" after "the Online Safety Act 2023": the Act just named, not an unknown one.
        # The longest reading: "de la loi n° 2019-574 du 26 juin 2019 portant Code pénal" is one law, its title
        # and all, not a law ending at its year and then the Code pénal.
        unknown = (UNKNOWN_CODE.match(text[m.end():]) or max(
            (u for r in (UNKNOWN, UNKNOWN_LOI) if (u := r.match(text[m.end():]))), key=lambda u: u.end(), default=None)) \
            if not same and (after is None or after.span[0] > m.end() + 60) else None
        free = after is None and before is None and not unknown
        # "Article 14 (3) and Article 28 (1) DSA": the instrument the last of the list names
        shared = _shared_after(text, m, names) if free else None
        # "the Coroners and Justice Act 2009, sections 62-68": the sections of the unknown Act just before
        ahead = unknown_ahead(text, m.start()) if free and shared is None else None
        start = m.start()
        if after is not None and not same and not unknown:
            name, end = after, after.span[1]
        elif before is not None:
            name, start = before, before.span[0]
            if "(" in text[before.span[1]:m.start()] and text[end:end + 1] == ")":
                end += 1  # "the French Civil code (article 102)": the bracket closed with it
        elif shared is not None:
            name = shared
        elif unknown:
            end = m.end() + unknown.end()
        elif ahead is not None:
            start = ahead[0]
        elif earlier:
            name, short = earlier[-1], True
            if same:
                end = m.end() + same.end()
        elif (later := _named_later(text, m, names, label)) is not None:
            # "failure to comply with Article 50 may be fined … under Article 99 AI Act": no instrument before it,
            # the one a later designator of the sentence names
            name, short, earlier = later, True, [later]
        end = max(end, name.span[1]) if name is popular and name is not None else end
        parts = read_parts(m, name) if name is not None else [Part(label, n, p) for n, p in numbers(m.group("nums"))]
        unknown_name = unknown.group("name") if unknown else ahead[1] if ahead else ""
        if name is None and not unknown_name and ID_BEFORE.search(text[:m.start()]):
            # "(Loi n° 2016-444 du 13 avril 2016, art. 15.) … (Id. art. 5.)": the law cited just before, which the
            # corpus lacks (references131's END run: not recognised)
            unknown_name = next((mm.unknown for mm in reversed(mentions) if mm.unknown), "")
        mentions.append(Mention(text[start:end], (start, end), parts, name, short,
                                candidates=list(reversed(earlier)) if short else [],
                                unknown=unknown_name if name is None else ""))
        taken.append((start, end))
    # "clause 86 of the Online Safety Bill": a bill's clause as it stood, numbered otherwise than the Act it became
    # (references131's END run: read as the Online Safety Act 2023 itself); a reference to a text the corpus lacks
    for m in CLAUSE_OF.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            became = next((n.source for n in names if n.span == m.span("name") and n.source is not None), None)
            note = (f"a clause of the {m.group('name')} as it stood, before it became the {became.short_name}, whose "
                    f"sections are numbered otherwise; the bill's text is not in the corpus" if became is not None
                    else f"{m.group('name')} is not in the corpus")
            bill = Name(m.group("name"), m.span("name"), None, absent={"note": note})
            mentions.append(Mention(text[m.start():m.end()], m.span(), [Part("section", m.group("num"))], bill))
            taken.append(m.span())
    tails = code_list_tail(text, mentions, names, taken)
    mentions = [mm for mm in mentions if not any(a <= mm.span[0] < b for a, b in (t.span for t in tails))] + tails
    mentions += _annexes(text, names, taken)
    mentions += pin_short_forms(text, mentions, taken)
    mentions += alinea_short_forms(text, mentions, taken)
    mentions += subsection_short_forms(text, mentions, taken)
    mentions += bare_pinpoints(text, mentions, taken)
    # A title of the U.S. Code is not itself held: "Title 18 > Part I > Chapter 110 > Section 2256" is one reference.
    used = {id(mm.name) for mm in mentions if mm.name is not None and (not mm.short or mm.name.title)}
    mentions.sort(key=lambda mm: mm.span)
    mentions = [mm for i, mm in enumerate(mentions) if i == 0 or not restates(text, mentions[i - 1], mm)]
    bare = [n for n in names if id(n) not in used and not any(a <= n.span[0] < b for a, b in taken)]
    unknown = unknown_acts(text, names, taken, config)  # drops from `names` the corpus names inside a longer unknown one
    bare = sorted([n for n in bare if n in names] + unknown + titles, key=lambda n: n.span)
    held = load_sources(config)
    mentions = [mm for mm in mentions if not numbers_a_name(text, mm, [*names, *unknown], held)
                and not (mm.name is None and a_division(text, mm.span))]
    absent = unknown + [x for x in names if x.source is None]
    said = [n for n in _one_per_mention(text, bare) if not glosses_mention(text, n, mentions, names)
            and not glosses_unknown(text, n, absent) and not expands(text, n, absent)
            and not named_in_brackets(text, n, absent)]
    mentions = [replace(mm, text=original[mm.span[0]:mm.span[1]]) for mm in mentions]
    return mentions, sorted(said + division_short_forms(text, names, taken), key=lambda n: n.span)


ID_BEFORE = re.compile(r"(?<!\w)(?:Id|Ibid)\.?,?\s*$")
CLAUSE_OF = re.compile(r"\b[Cc]lauses?\s+(?P<num>\d{1,3}[A-Z]?)(?:\(\d+\))*\s+of\s+the\s+(?P<name>(?:[A-Z][\w’'-]*\s+){1,6}Bill)\b")
COORDINATED = re.compile(r"\s*(?:,|and|or|et|ou)\s*")


def _shared_after(text: str, m: re.Match, names: list[Name]) -> Name | None:
    """The instrument named after the last designator of a list of the same kind ("Article 14 (3) and Article 28 (1)
    DSA", "Article 5, Article 6 and Article 7 of the AI Act"); not across kinds ("Article 3 and Section 5 of …")."""
    label = next(k for k in LABELS if m.group(k) is not None)
    while (nxt := DESIGNATOR.search(text, m.end())) is not None and COORDINATED.fullmatch(text[m.end():nxt.start()]):
        if next(k for k in LABELS if nxt.group(k) is not None) != label:
            return None
        after, _ = _attached(text, nxt.start(), nxt.end(), names)
        if after is not None:
            return after
        m = nxt
    return None


def _named_later(text: str, m: re.Match, names: list[Name], label: str) -> Name | None:
    """The held instrument a later designator of the same kind names in the same sentence, when nothing before the
    designator names one ("Article 50 … under Article 99 AI Act")."""
    stop = SENTENCE_END.search(text, m.end())
    limit = stop.start() if stop else len(text)
    for nxt in DESIGNATOR.finditer(text, m.end(), limit):
        if next(k for k in LABELS if nxt.group(k) is not None) != label:
            continue
        after, _ = _attached(text, nxt.start(), nxt.end(), names)
        if after is not None and after.source is not None and after.span[1] <= limit and fits(label, after):
            return after
    # "While public data access under Article 40(12) remains outside the scope, … a DSA Data Access Portal": the
    # one held instrument the rest of the sentence names, when it names no other
    later = [n for n in names if m.end() <= n.span[0] < limit]
    if len({id(n.source) for n in later}) == 1 and later[0].source is not None and fits(label, later[0]):
        return later[0]
    return None


UNLABELLED_AFTER = re.compile(r"\b[Cc]ode\s[Pp][ée]nal\s$")


def _attached(text: str, start: int, end: int, names: list[Name]) -> tuple[Name | None, Name | None]:
    """The instrument named just after a designator ("Article 5 of the AI Act") and just before it ("Code pénal :
    Article 227-23")."""
    after = next((n for n in names if n.span[0] >= end and BETWEEN.match(text[end:n.span[0]])
                  and not DESIGNATOR.search(text[end:n.span[0]])  # not past another designator
                  and not past_division(text[end:n.span[0]])
                  # nor into the next sentence (read in place: "224-1 s. du Code pénal" is "and following")
                  and not SENTENCE_END.search(text, end, n.span[0])), None)
    before = next((n for n in reversed(names) if n.span[1] <= start
                   and (re.fullmatch(r"[^\S\n]?(?:\.?,|[:–—(-])?[^\S\n]?", text[n.span[1]:start])  # "(CP., art. 323-1)",
                        or _heading(text, n, start))), None)  # "the French Civil code (article 102)"
    return after, before


def _heading(text: str, name: Name, start: int) -> bool:
    """A name alone on its line heads the article on the next ("CODE PENAL\nArticle R633-6")."""
    return (re.fullmatch(r"[^\S\n]*\n[^\S\n]*", text[name.span[1]:start]) is not None
            and (name.span[0] == 0 or text[name.span[0] - 1] == "\n")
            and re.match(r"art(?:icle|\.)", text[start:], re.I) is not None)


# "Annex III to the AI Act", "Annexes I and III", "annexe III, point 4": EU annexes are numbered in Roman numerals
ANNEX = re.compile(r"(?<![\w.])[Aa]nnex(?:es?)?\s(?P<nums>[IVX]{1,5}(?:\s*(?:,|\band\b|\bor\b|\bet\b|\bou\b)\s*[IVX]{1,5})*)"
                   r"(?![\w(])(?:,?\s(?:point|pt\.?)\s(?P<point>\d{1,2})(?!\d))?")


def _annexes(text: str, names: list[Name], taken: list[tuple[int, int]]) -> list[Mention]:
    out = []
    eu = [n for n in names if n.source is not None and n.source.jurisdiction == "EU"]
    for m in ANNEX.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        after, before = _attached(text, m.start(), m.end(), eu)
        earlier = [n for n in eu if n.span[1] <= m.start()]
        name = after or before or (earlier[-1] if earlier else None)
        short = name is not None and name is not after and name is not before
        pins = [m.group("point")] if m.group("point") else []
        parts = [Part("annex", str(roman(x)), pins) for x in re.findall(r"[IVX]+", m.group("nums"))]
        start = before.span[0] if name is before and before is not None else m.start()
        end = after.span[1] if name is after and after is not None else m.end()
        out.append(Mention(text[start:end], (start, end), parts, name, short))
        taken.append((start, end))
    return out


@lru_cache(maxsize=1)
def _anaphora() -> re.Pattern:
    words = _names_data().get("anaphora", [])
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold1(w)) for w in words) + r")(?!\w)")


@lru_cache(maxsize=1)
def _pronoun_lead() -> re.Pattern:
    data = _names_data()
    alt = lambda key: "|".join(re.escape(fold1(w)) for w in data.get(key, []))
    return re.compile(rf"^\W*(?:{alt('anaphora_pronoun')})\s+(?:also\s+|aussi\s+|egalement\s+)?(?:{alt('anaphora_verbs')})(?!\w)")


def pointing_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence names an instrument by a word that points back ("Cette loi, promulguée en octobre 2023")."""
    folded = fold1(sentence)
    return [m.span() for m in (*_anaphora().finditer(folded), *_pronoun_lead().finditer(folded))]


def points_back(sentence: str) -> bool:
    """The sentence refers to an instrument by a word that points back ("the Act", "cette législation"), or opens
    with a pronoun doing what only law does ("It criminalizes …", "Elle impose …")."""
    folded = fold1(sentence)
    return bool(_anaphora().search(folded) or _pronoun_lead().search(folded))
