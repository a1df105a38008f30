"""Cross-language query expansion from the bilingual glossary (kb/data/glossary.toml)."""
from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

GLOSSARY = Path(__file__).parent / "data" / "glossary.toml"
FRENCH_HINTS = re.compile(
    r"\b(le|la|les|des|du|une|est|sont|quelle?s?|quels?|peut|pour|dans|sur|qui|que|avec|en france|puni|"
    r"amende|peine|loi|droit|article|code|sans|ou|et|au|aux|d'|l')\b|[éèêàçùôî]", re.I)


def fold(text: str) -> str:
    """Case and accents removed, so 'Pénal' matches 'penal'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # the typographic hyphen (and the non-breaking one, which NFKD makes it) is the law's "-": "fee‑paying year";
    # the typographic apostrophe the law's "'" ("non représentation d’enfant"); each one character for one, so
    # positions in the folded text are the original's
    return unligature("".join(c for c in decomposed if not unicodedata.combining(c))
                      .replace("\u2010", "-").replace("\u2019", "'"))


# "œ" and "æ" have no decomposition: "mettre en œuvre" is the "mettre en oeuvre" of art. 226-17 (the Code pénal writes
# both), for the lexical index's tokens as for folded text
LIGATURES = str.maketrans({"œ": "oe", "Œ": "Oe", "æ": "ae"})


def unligature(text: str) -> str:
    return text.translate(LIGATURES)


WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The text's words, folded."""
    return WORD.findall(fold(text))


def says_whole(term: str, text: str) -> bool:
    """The term's words, in a row, are among the text's ("provider pornographic content" in a question)."""
    said = " ".join(words(term))
    return bool(said) and f" {said} " in f" {' '.join(words(text))} "


@lru_cache(maxsize=1)
def _terms() -> list[dict]:
    return tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))["term"]


def _pattern(terms: list[str]) -> re.Pattern:
    """Any of the terms, case and accents aside; a trailing s/x on each word lets plurals match ("hypertrucages",
    "risques systémiques", "très grandes plateformes en ligne")."""
    if not terms:
        return re.compile(r"(?!)")  # an entry whose law words are in one language only
    words = lambda x: r"[sx]?\s+".join(re.escape(w) for w in fold(x).split())  # noqa: E731
    return re.compile(r"(?<!\w)(?:" + "|".join(words(x) for x in terms) + r")[sx]?(?!\w)")


@lru_cache(maxsize=1)
def _entries() -> list[tuple[list[str], list[str], re.Pattern, re.Pattern]]:
    # `lay` words (how people ask: "ignores a notice") expand like the entry's English legal terms. `fr_asked`: French
    # legal words a question's concept adds to its French query and counts as saying, never matched in the law's
    # text — "un policier" asks about a "personne dépositaire de l'autorité publique", a phrase in hundreds of
    # articles whose English terms, read at ingest, would reach them all.
    return [(t["en"], t["fr"] + t.get("fr_asked", []), _pattern(t["en"] + t.get("lay", [])), _pattern(t["fr"]))
            for t in _terms()]


@lru_cache(maxsize=1)
def _french_lay() -> list[tuple[list[str], re.Pattern]]:
    """French words people ask with that the law does not use ("interroger" for the Commission's interviews):
    they give a French question the entry's English terms, and are never read in the law's own text, whose
    English terms (and so its embeddings) they would change."""
    return [(t["en"], _pattern(t["fr_lay"]), t.get("fr_asked", [])) for t in _terms() if t.get("fr_lay")]


# "par une personne qui, sans être dépositaire de l'autorité publique, ni chargée d'une mission de service public …"
# (art. 445-1, 445-2: private corruption): the roles named after it are those the provision leaves out
# (up to the first comma that starts no other "ni …": "…, exerce, dans le cadre d'une activité professionnelle" is the
# provision's own)
WITHOUT_BEING = re.compile(r"\bsans\s+(?:etre|avoir\s+la\s+qualite\s+d)[^,.;:]*(?:,\s*ni\b[^,.;:]*)*")


@lru_cache(maxsize=1)
def role_phrases() -> tuple[str, ...]:
    """The `fr_asked` phrases, folded: roles hundreds of articles name ("dépositaire de l'autorité publique")."""
    return tuple(fold(p) for t in _terms() for p in t.get("fr_asked", []))


def looks_french(text: str) -> bool:
    words = max(1, len(text.split()))
    return len(FRENCH_HINTS.findall(text)) / words > 0.15


def lay_words(text: str) -> list[str]:
    """The French lay words of the glossary the text uses (known words, though the law does not use them)."""
    folded = fold(text)
    return [m.group(0) for _, lay, _ in _french_lay() for m in lay.finditer(folded)]


def translations(text: str, per_term: int = 3, asked: bool = True) -> tuple[list[str], list[str]]:
    """(English terms for French words found, French terms for English words found). `asked`: the text is a
    question or a claim, so French lay words count too; the law's own text is read without them."""
    folded = fold(text)
    to_en, to_fr = [], []
    if asked:
        for en, lay, fr in _french_lay():
            if lay.search(folded):
                to_en += en[:per_term]
                to_fr += fr[:per_term]
    covered = _lay_not_meant(folded) if asked else set()  # (the law's own text is read as before)
    for i, (en, fr, en_pat, fr_pat) in enumerate(_entries()):
        if fr_pat.search(folded):
            to_en += en[:per_term]
            # French law words the concept the other way: "hypertrucage" finds "montage à caractère sexuel".
            to_fr += [t for t in fr[:per_term] if not re.search(r"(?<!\w)" + re.escape(fold(t)) + r"(?!\w)", folded)]
        m = en_pat.search(folded) if i not in covered else None
        if m:
            to_fr += fr[:per_term]
            if not any(fold(x) in folded for x in en):
                to_en += en[:per_term]  # a lay word: add the legal terms it stands for
    return to_en, to_fr


@lru_cache(maxsize=1)
def _lay_patterns() -> list[tuple[re.Pattern, re.Pattern, re.Pattern | None]]:
    return [(_pattern(t["en"]), _pattern(t.get("lay", [])),
             re.compile(r"\s+(?:" + "|".join(re.escape(fold(w)) for w in t["not_before"]) + r")\b")
             if t.get("not_before") else None) for t in _terms()]


def _lay_not_meant(folded: str) -> set[int]:
    """The entries a question says only by lay words followed by a word of their `not_before` list: "escape
    punishment" is not a prison "escape" (the repenti's exemption, questions104)."""
    out = set()
    for i, (law, lay, not_before) in enumerate(_lay_patterns()):
        if not_before is None or law.search(folded):
            continue
        found = list(lay.finditer(folded))
        if found and all(not_before.match(folded, m.end()) for m in found):
            out.add(i)
    return out


def expand(text: str, read: str | None = None) -> tuple[str, str]:
    """The query as seen by English law and by French law (lay words also get their legal terms); `read`: the
    words whose terms are added, when not all the text's are (the names of laws blanked out of it)."""
    to_en, to_fr = translations(text if read is None else read)
    en_query = " ".join([text, *dict.fromkeys(to_en)]) if to_en else text
    fr_query = " ".join([text, *dict.fromkeys(to_fr)]) if to_fr else text
    return en_query, fr_query


def concepts(text: str) -> list[tuple[str, list[str]]]:
    """Each glossary phrase the text uses (folded, as written) with every term, in both languages, of its concept:
    the words of "chiffre d'affaires mondial" are covered by "worldwide turnover"."""
    folded = fold(text)
    return [(m.group(0), en + fr) for en, fr, en_pat, fr_pat in _entries()
            for pat in (en_pat, fr_pat) for m in pat.finditer(folded)]


def lay_said(word: str, folded_text: str) -> bool:
    """A French lay word is said by its concept's law words: "bizutage" by art. 225-16-1's "actes humiliants ou
    dégradants" (the article never says "bizutage")."""
    return any(lay.fullmatch(word) and any(contains(folded_text, x) for x in law) for lay, law in _lay_law())


@lru_cache(maxsize=1)
def _lay_law() -> list[tuple[re.Pattern, list[str]]]:
    # the law words read in the law's text, and those only asked ("investie d'un mandat électif public" for "maire")
    return [(_pattern(t["fr_lay"]), [fold(x) for x in [*t["fr"], *t.get("fr_asked", [])]]) for t in _terms()
            if t.get("fr_lay") and (t["fr"] or t.get("fr_asked"))]


def counterparts(text: str) -> list[tuple[str, list[str]]]:
    """Each glossary phrase the text uses (folded) with the terms of its concept in the other language only:
    "high-risk AI systems" with "système d'IA à haut risque", not with another English way to say it."""
    folded = fold(text)
    return french_counterparts(text) + [(m.group(0), en) for en, _, _, fr_pat in _entries() for m in fr_pat.finditer(folded)]


def french_counterparts(text: str) -> list[tuple[str, list[str]]]:
    """Each English glossary phrase the text uses (folded), with its concept's French terms."""
    folded = fold(text)
    return [(m.group(0), fr) for en, fr, en_pat, _ in _entries() for m in en_pat.finditer(folded)]


def glossed(word: str, folded_text: str) -> bool:
    """A glossary term of `word`'s concept is in the (folded) text: a one-word term by its stem, a phrase whole
    ("photograph or film of genitals", not just "photograph")."""
    return any(contains(folded_text, t if " " in t else t[:6]) for t in (fold(t) for t in related(word)))


def contains(folded_text: str, term: str) -> bool:
    """The (folded) text uses the (folded) term: a short word only whole ("vol" is no part of "involontaire", nor
    "viol" of "violences"), anything longer as it stands."""
    if len(term) <= 4 and " " not in term:
        return re.search(rf"(?<![a-z]){re.escape(term)}[sx]?(?![a-z])", folded_text) is not None
    return term in folded_text


def related(text: str) -> list[str]:
    """Every term, in both languages, of each glossary concept `text` mentions."""
    folded = fold(text)
    out = []
    for en, fr, en_pat, fr_pat in _entries():
        if en_pat.search(folded) or fr_pat.search(folded):
            out += en + fr
    return out
