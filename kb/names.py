"""Instrument names in running text, English and French, with no index: the corpus's instruments by their
aliases and popular names (sources/*.toml, kb/data/names.yaml), the instruments it lacks that names.yaml lists
(`absent`), one mention per instrument however many of its names the text gives ("Digital Services Act (DSA)"); any
other named Act, "loi n° …" or EU act is kb/unknown_names.py's. kb.references attaches provision designators to them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .config import Config
from .registry import load_sources
from .types import Source

NAMES = Path(__file__).parent / "data" / "names.yaml"


def fold1(text: str) -> str:
    """Case and accents removed, one character for one, so offsets into the folded text are offsets into
    the original."""
    out = []
    for c in text:
        d = unicodedata.normalize("NFKD", c.casefold())
        base = "".join(x for x in d if not unicodedata.combining(x))
        out.append(base[:1] if len(base) >= 1 else c)
    return "".join(out).replace("’", "'").replace("\u2011", "-").replace("\u2010", "-")


@dataclass
class Name:
    text: str
    span: tuple[int, int]
    source: Source | None  # an instrument of the corpus
    title: str = ""  # a U.S. Code title ("18") for a code name
    absent: dict | None = None  # an instrument the corpus lacks (names.yaml `absent`)


@lru_cache(maxsize=1)
def _names_data() -> dict:
    return yaml.safe_load(NAMES.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def _names(config: Config) -> tuple[re.Pattern, re.Pattern, dict]:
    data = _names_data()
    sources = {s.id: s for s in load_sources(config)}
    table: dict[str, tuple] = {}

    def add(name: str, value: tuple) -> None:
        key = fold1(" ".join(name.split()))
        table.setdefault(key, value)
        table.setdefault(name, value)
        if " " in key and re.fullmatch(r"[\w ]+", key):
            table.setdefault("#" + key.replace(" ", ""), value)  # "#OnlineSafetyAct": a name as a hashtag

    for sid, names in (data.get("instruments") or {}).items():
        for n in names:
            add(n, ("source", sid))
    for s in sources.values():
        for n in (*s.aliases, s.short_name, s.citation):
            if not re.match(r"^\d+\s+U\.?S\.?C|^(Pub|Public|P\.)\s?L|^\d+ Stat", n):
                add(n, ("source", s.id))  # bill numbers too: "S.146" names the TAKE IT DOWN Act
    for code in data.get("codes") or []:
        for n in code["names"]:
            add(n, ("code", code["title"]))
    for i, rec in enumerate(data.get("absent") or []):
        for n in rec["names"]:
            add(n, ("absent", i))
    exact = [n for n in table if len(n) <= 5 and n.replace(".", "").isupper()]
    folded = [n for n in table if n == fold1(n) and n not in exact]
    pat = lambda ns: re.compile(r"(?<![\w])(?:" + "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(ns, key=len, reverse=True)) + r")(?:(?![\w])|(?<=\d)(?=s\b))")
    # ("Section 230s protections": a name ending in a number, with a possessive's "s" and no apostrophe)
    return pat(exact), pat(folded), {"table": table, "sources": sources, "absent": data.get("absent") or [],
                                     "organisations": set(data.get("organisations") or [])}


QUOTED_SHORT_TITLE = re.compile(r"\(\s*[“\"‘']([^”\"’'()]{2,40})[”\"’']\s*\)\s+(Act|Bill)\b")
# "the ‘Take It Down’ Act", "the \"Kids Online Safety\" Act": a short title in quotes, then the word "Act"
QUOTED_ACT = re.compile(r"[‘“\"']([A-Z][^’”\"'()]{1,40}?)[’”\"']\s+(Act|Bill)\b")
QUOTED_LOI = re.compile(r"\b[Ll]oi\s+(?:[«“\"]\s*([^»”\"]{2,60}?)\s*[»”\"]|[‘']([^’']{2,60}?)[’'](?!\w))")


def implied(text: str) -> set[str]:
    """The instrument whose terms of art the text uses (names.yaml `terms`), when they are one instrument's."""
    said = f" {fold1(text)} "
    found = {src for src, terms in (_names_data().get("terms") or {}).items()
             if any(re.search(rf"(?<!\w){re.escape(fold1(t))}(?!\w)", said) for t in terms)}
    return found if len(found) == 1 else set()


# The authority a sentence opens on, after an introductory "Under the OSA," / "Selon le DSA,".
LEAD_IN = r"^(?:(?:under|in|according\s+to|pursuant\s+to|selon|en\s+vertu\s+d[eu']|au\s+titre\s+d[eu'])\b[^,]{0,100},\s*)?"


def actors() -> dict:
    """names.yaml `actors`: each authority's names in sentences (`said`) and in the law (`law`)."""
    return _names_data().get("actors") or {}


GENERIC_ACTORS = {"the commission", "la commission", "the government", "le gouvernement"}


def actor_entry(text: str, specific: bool = False) -> dict | None:
    """names.yaml's entry for the authority that is the sentence's subject, or None when it opens on none.
    `specific`: by a name only that authority bears ("the European Commission", not "the Commission", which the
    TAKE IT DOWN Act also calls the FTC)."""
    folded = fold1(text).strip()
    for entry in actors().values():
        names = [n for n in entry["said"] if not specific or n not in GENERIC_ACTORS]
        if not names:
            continue
        said = "|".join(re.escape(fold1(n)) for n in sorted(names, key=len, reverse=True))
        if re.match(LEAD_IN + r"(?:the\s+|la\s+|le\s+|l['’])?(?:" + said + r")(?!\w)", folded):
            return entry
    return None


def actor_entries(text: str, by_role: bool = False) -> list[dict]:
    """names.yaml's entries for every authority the sentence names by a name only it bears, wherever it stands
    ("The OSA currently provides the European Commission with the ability to impose …"); `by_role`: or, naming
    none, by its role in the one legal system the sentence names (`_by_role`)."""
    folded = fold1(text)
    out = []
    for entry in actors().values():
        names = [n for n in entry["said"] if n not in GENERIC_ACTORS]
        if names and re.search(r"(?<!\w)(?:" + "|".join(re.escape(fold1(n)) for n in names) + r")(?!\w)", folded):
            out.append(entry)
    return out or (_by_role(text, folded) if by_role else [])


@lru_cache(maxsize=256)
def role_actor(text: str) -> tuple[str, ...] | None:
    """For a sentence that opens on an authority's role ("The regulator can …"): the law's words for the authority
    holding that role in the one legal system the sentence names, or () when it names none or several; None when
    the sentence does not open on a role. Cached: the checks ask it once per power or duty they weigh."""
    folded = fold1(text).strip()
    role = _role_pattern()
    if role is None or not re.match(LEAD_IN + role.pattern, folded):
        return None
    entries = _by_role(text, folded)
    return tuple(fold1(w) for w in entries[0]["law"]) if entries else ()


def role_words() -> list[str]:
    return (_names_data().get("regulators") or {}).get("words") or []


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern | None:
    words = role_words()
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold1(w)) for w in words) + r")(?!\w)") if words else None


def _by_role(text: str, folded: str) -> list[dict]:
    """The authority a sentence names by its role only ("the regulator … in the UK"): the one names.yaml
    `regulators` gives for the single legal system the sentence names, marked as named so."""
    from .hints import hints

    role = _role_pattern()
    if role is None or not role.search(folded):
        return []
    where, _ = hints(text)
    of = (_names_data().get("regulators") or {}).get("of", {})
    key = of.get(next(iter(where))) if len(where) == 1 else None
    return [actors()[key] | {"by_role": True}] if key in actors() else []


def actor_jurisdictions(text: str) -> frozenset[str]:
    """The legal systems of the authorities the sentence names, or none when it names none that belongs to one:
    "Ofcom" is British; "the Commission" the European Commission or, in the TAKE IT DOWN Act's words, the FTC; "the
    government" names no one in particular."""
    from .hints import committing

    text = committing(text)
    out = {e["jurisdiction"] for e in actor_entries(text) if e.get("jurisdiction")}
    if re.search(r"(?<!\w)(?:the|la) commission(?!\w)", fold1(text)):
        out |= {e["jurisdiction"] for e in actors().values() if "commission" in e.get("law", []) and e.get("jurisdiction")}
    return frozenset(out)


def actor(text: str) -> tuple[str, ...] | None:
    """The words the law uses for the authority that is the sentence's subject, or None when the sentence does
    not open on one."""
    entry = actor_entry(text)
    return tuple(fold1(w) for w in entry["law"]) if entry else None


# "l'article 22 du Réglement (UE) 2022/20651 relatif aux services numériques (dit « Digital Services Act »)": a held
# act's number with a footnote's call glued to it, when the act is named again just after
FOOTNOTED_EU = re.compile(r"\b(?:Regulation|[Rr][èé]glement)\s*\((?:EU|UE)\)\s*(?:No\s*|n°\s*)?(\d{4}/\d{3,4})\d\b")
FOOTNOTE_REACH = 150


def _organisation(text: str, name: Name, data: dict) -> bool:
    """The name begins an organisation's ("the DSA Observatory"): the next word is one of `organisations`; or it
    is part of a publication's title ("J.-Cl. Pénal Code, Enlèvement …", the JurisClasseur): the words before it
    are one of `publications`."""
    nxt = re.match(r"\s+([A-Z][a-z]+)\b", text[name.span[1]:])
    before = text[max(0, name.span[0] - 20):name.span[0]]
    return (nxt is not None and nxt.group(1) in data["organisations"]) or any(
        before.rstrip().endswith(p) for p in _names_data().get("publications", []))


def find_names(text: str, config: Config) -> list[Name]:
    exact, folded_pat, data = _names(config)
    folded = fold1(text)
    found = []
    for pat, hay in ((exact, text), (folded_pat, folded)):
        for m in pat.finditer(hay):
            key = " ".join(m.group(0).split())
            kind, value = data["table"].get(key) or data["table"].get(fold1(key))
            name = Name(text[m.start():m.end()], m.span(), None)
            if kind == "source":
                name.source = data["sources"].get(value)
            elif kind == "code":
                name.title = value
            else:
                name.absent = data["absent"][value]
            found.append(name)
    # "la loi « Take It Down »", "la loi 'Take It Down'": a French writer's way of naming an Act by its short
    # title in quotes.
    for m in QUOTED_LOI.finditer(text):
        key = fold1(" ".join((m.group(1) or m.group(2)).split()))
        hit = data["table"].get(key + " act") or data["table"].get(key)
        if hit and hit[0] == "source":
            found.append(Name(m.group(0), m.span(), data["sources"].get(hit[1])))
    for m in QUOTED_ACT.finditer(text):
        key = fold1(" ".join(m.group(1).split()))
        hit = data["table"].get(key + " " + m.group(2).lower())
        if hit and hit[0] == "source":
            found.append(Name(m.group(0), m.span(), data["sources"].get(hit[1])))
    # "the “Tools to Address Known Exploitation … Networks” (“TAKE IT DOWN”) Act": a quoted long title, then the
    # quoted short title in brackets before the word "Act".
    for m in QUOTED_SHORT_TITLE.finditer(text):
        key = fold1(" ".join(m.group(1).split()))
        hit = data["table"].get(key + " " + m.group(2).lower()) or data["table"].get(key)
        if hit and hit[0] == "source":
            title = re.search(r"[“\"][^”\"]{10,200}[”\"]\s*$", text[:m.start()])
            start = title.start() if title else m.start()
            found.append(Name(text[start:m.end()], (start, m.end()), data["sources"].get(hit[1])))
    for m in FOOTNOTED_EU.finditer(text):
        hit = data["table"].get(m.group(1))
        source = data["sources"].get(hit[1]) if hit and hit[0] == "source" else None
        if source is not None and any(n.source is source and 0 <= n.span[0] - m.end() <= FOOTNOTE_REACH for n in found):
            found.append(Name(m.group(0), m.span(), source))
    from .homonyms import foreign, other_year

    found = [foreign(text, other_year(text, n), config) for n in found if not _organisation(text, n, data)]
    # Longest first where two names overlap ("Online Safety Act 2023" over "Online Safety Act").
    from .grammar import longest_first

    return longest_first(found)


# "Digital Services Act (DSA)", "loi sur les services numériques (Digital Services Act – DSA)": one mention of one
# instrument, however many of its names it gives.
# "the Digital Services Act Regulation (“DSA”)": the kind of act may come between the name and its abbreviation
GLOSS = re.compile(r"^\s*(?:Regulation\s+|Directive\s+)?['’\"”»]?\s*(?:[(\[,]|[–—-])?\s*"
                   # "aussi connu sous le nom de DSA" (references29, end run: two mentions)
                   r"(?:(?:aussi|également)\s+(?:appel\w*|nomm\w*|dite?|connue?\s+sous\s+(?:le\s+nom\s+de|l.acronyme))|"
                   r"also\s+(?:known\s+as|called)|"
                   # "(en anglais Online Safety Act)" (references83: two mentions)
                   r"en\s+anglais\s*:?|in\s+English\s*[:,]?)?\s*"
                   # "(RSN, ou Digital Services Act)": the bracket's names joined by "ou" / "or"
                   r"(?:[(\[,]|[–—-])?\s*(?:(?:ou|or)\s+)?(?:en\s+anglais\s*:)?\s*['‘\"“«]?\s*"
                   # "(“the OSA”)", "– ci-après DSA", ", plus connu sous son acronyme DSA", "hereinafter the DSA"
                   r"(?:(?:hereinafter(?:\s+the)?|ci-après(?:\s+(?:le|la|l['’]))?|"
                   r"(?:plus|mieux)\s+connue?\s+sous\s+(?:son|le)\s+(?:acronyme|sigle|nom)(?:\s+de)?|"
                   # '"Tools to Address … Act," commonly known as the TAKE IT DOWN Act' (references36: two mentions)
                   r"(?:better|commonly|popularly|generally|usually)\s+known\s+as(?:\s+the)?)\s*['‘\"“«]?\s*)?$"
                   r"|^\s*\(\s*(?:['‘\"“«]\s*)?(?:the\s+|le\s+|la\s+|l['’]\s*)$"
                   # "Regulation (EU) 2024/1689 — the EU AI Act —": its number, then its name set off by dashes
                   # (the "le Digital Services Act — le règlement sur les services numériques, le DSA —"
                   # counts its names one by one)
                   r"|^\s*[–—]\s*the\s+$")


# What closes a bracketed gloss after a name: "(DSA)", "(“the OSA”)", "(« DSA »)" (French quotation marks, with their
# spaces), "(AI Act, 2024)".
CLOSING = re.compile(r"(?:,\s*\d{4})?\s?['’\"“”»]?\s?\)")


def _closes(text: str, n: Name, names: list[Name]) -> bool:
    """The bracket opened before `n` closes after it, with only other names of its instrument between
    ("(Digital Services Act – DSA)"), so the whole bracket is a gloss."""
    pos = n.span[1]
    while True:
        if CLOSING.match(text[pos:pos + 9]):
            return True
        nxt = next((m for m in names if m.span[0] >= pos and m.source is n.source
                    and GLOSS.match(text[pos:m.span[0]])), None)
        if nxt is None:
            return False
        pos = nxt.span[1]


NUMBER_GLOSS = re.compile(r"^\s*\(\s*(?:(?:[Rr][èe]glement|Regulation)\s+)?(?:\(?(?:UE|EU)\)?\s*)?(?:n[°o]\s*)?$")
ABBREVIATION_AFTER = re.compile(r"\s*(?:\([A-Za-z.]{1,6}\)\s*)?\(\s*['‘’\"“]?\s*")


def _abbreviation(name: str) -> bool:
    """"OSA", "OS Act", "DMA": a short name of capitals, not a title."""
    return len(name) <= 12 and all(w[:1].isupper() for w in name.split()) and sum(c.isupper() for c in name) >= 2


ALSO_KNOWN = re.compile(r"\s*[\"”»]?\s*,?\s*(?:also\s+known\s+as|known\s+as|a\.?k\.?a\.?)\s+"
                        r"(?:the\s+|la\s+|le\s+|l['’])?[\"“«]?\s*", re.I)


def _one_per_mention(text: str, names: list[Name]) -> list[Name]:
    out: list[Name] = []
    for n in sorted(names, key=lambda n: n.span):
        prev = out[-1] if out else None
        between = text[prev.span[1]:n.span[0]] if prev is not None else ""
        same = prev is not None and (
            (n.source is not None and prev.source is n.source and GLOSS.match(between)
             and ("(" not in between or _closes(text, n, names)))
            # "the Stop Enabling Sex Traffickers Act (SESTA)": an unknown Act and its acronym in brackets
            or (n.absent is not None and prev.absent is not None and between.strip() == "(" and n.text.isupper())
            # "(Digital Markets Act, DMA)": an absent instrument's name, then its abbreviation
            or (n.absent is not None and prev.absent is n.absent and n.text.isupper() and GLOSS.match(between))
            # "the Online Safety Act 2021 (Cth) (OSA)", "(‘OS Act‘)": an absent Act's name, then its abbreviation in
            # brackets (a jurisdiction's bracket may come between), whatever that abbreviation names on its own
            or (prev.absent is not None and ABBREVIATION_AFTER.fullmatch(between) and _abbreviation(n.text)
                and re.match(r"\s*['‘’\"”]?\s*\)", text[n.span[1]:n.span[1] + 4]))
            # "la loi n° 2024-449 du 9 mai 2024 visant à … numérique (SREN)": its title, then its nickname
            or (n.absent is not None and prev.absent is n.absent and n.text.isupper()
                and re.fullmatch(r"[^.;()]{3,160}\(\s*", between))
            # "le règlement (UE) 2022/2065 sur les services numériques (DSA)": a held instrument's number, the rest of
            # its title, then its abbreviation closing the bracket (references30: two mentions)
            or (n.source is not None and prev.source is n.source and _abbreviation(n.text)
                and re.fullmatch(r"[^.;()]{3,80}\(\s*", between) and _closes(text, n, names))
            # "la loi d'orientation … de la sécurité intérieure « Loppsi 2 »": its title, then its nickname in quotes
            or (n.absent is not None and prev.absent is n.absent and re.fullmatch(r"\s*[«“\"]\s*", between))
            # "The “Revising Existing Procedures On Reporting via Technology Act”, also known as the “REPORT Act”":
            # two names of one Act crosslex does not know
            or (n.absent is not None and prev.absent is not None and prev.absent.get("unknown") and n.absent.get("unknown")
                and ALSO_KNOWN.fullmatch(between))
            # "AI Act (UE 2024/1689)": its name, then its number in brackets
            or (n.source is not None and prev.source is n.source and NUMBER_GLOSS.match(between)
                and re.fullmatch(r"\d{4}/\d+", n.text) and _closes(text, n, names)))
        if same and not between.strip():
            same = False  # two names side by side, nothing between, are two mentions
        if same:
            close = CLOSING.match(text[n.span[1]:n.span[1] + 9])
            end = n.span[1] + (close.end() if close else 0)
            out[-1] = Name(text[prev.span[0]:end], (prev.span[0], end), prev.source, prev.title, prev.absent)
            continue
        out.append(n)
    return out
