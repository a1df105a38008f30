"""What a question says about where to look: jurisdictions and instruments it names ("in France", "Ofcom",
"the DSA"). Search uses these to restrict and boost; nothing here is guessed from the answer."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .config import Config
from .glossary import fold
from .registry import load_sources


@lru_cache(maxsize=1)
def jurisdiction_words() -> dict[str, list[str]]:
    """The words that place a question or sentence in a legal system ("in France", "Ofcom", "Bruxelles"):
    kb/data/names.yaml `jurisdictions`, read once with the rest of that file."""
    from .names import _names_data

    return _names_data()["jurisdictions"]


@lru_cache(maxsize=1)
def elsewhere_pattern() -> re.Pattern:
    """Legal systems the corpus does not hold (kb/data/scope.yaml): a question or claim about them is out of scope."""
    import yaml

    words = yaml.safe_load((Path(__file__).parent / "data" / "scope.yaml").read_text(encoding="utf-8"))["elsewhere"]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")


def elsewhere(text: str) -> bool:
    return bool(elsewhere_pattern().search(fold(text)))


def _pattern(words: list[str]) -> tuple[re.Pattern, re.Pattern]:
    """Short all-caps words (US, UK, DSA) match case-sensitively so 'us' and 'uk' in prose do not."""
    exact = [w for w in words if len(w) <= 4 and w.replace(".", "").isupper()]
    folded = [fold(w) for w in words if w not in exact]
    b = lambda ws: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + r")(?!\w)") if ws else re.compile(r"(?!x)x")
    return b(exact), b(folded)


@lru_cache(maxsize=1)
def held_terms() -> list[str]:
    """The Code pénal's own names for the measures a court may order (kb/data/scope.yaml `held_terms`): a question
    naming "jour-amende" or "sursis probatoire" is about the code (kb/scope.py) and, asking a limit, about that
    measure's (kb/measures.py, kb/search.py, kb/direct.py). They place no question in French law: "réclusion
    criminelle" read so took claims127's sentence out of the "names no law" reading."""
    from .question import _scope_data  # the one reader of kb/data/scope.yaml

    return _scope_data().get("held_terms", [])


@lru_cache(maxsize=1)
def _held_pattern() -> re.Pattern:
    terms = sorted({fold(t) for t in held_terms()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![\w-])")


@lru_cache(maxsize=256)
def held_terms_in(text: str) -> tuple[str, ...]:
    """The held terms `text` uses, folded, in its order (asked once per unit a question's evidence weighs: cached)."""
    return tuple(m.group(0) for m in _held_pattern().finditer(fold(text)))


@lru_cache(maxsize=4)
def _tables(config: Config):
    sources = load_sources(config)
    juris = {j: _pattern(ws) for j, ws in jurisdiction_words().items()}
    instruments = {s.id: _pattern([*s.aliases, s.short_name]) for s in sources}
    return juris, instruments, {s.id: s.jurisdiction for s in sources}


def _hit(pats: tuple[re.Pattern, re.Pattern], text: str, folded: str) -> bool:
    return bool(pats[0].search(text) or pats[1].search(folded))


def places(text: str, jurisdiction: str, config: Config) -> bool:
    """The text names `jurisdiction`'s place, people or authorities (names.yaml `jurisdictions`)."""
    pats = _tables(config)[0].get(jurisdiction)
    return pats is not None and _hit(pats, text, fold(text))


OUTSIDE = re.compile(r"\b(?:outside(?:\s+of)?|beyond|hors\s+de|en\s+dehors\s+de|n['’]appartenant\s+pas\s+à)\s+"
                     r"(?:the\s+|l['’]\s*|la\s+)?(?:EU|UE|European\s+Union|Union(?:\s+européenne)?|Europe)\b|\bnon-EU\b", re.I)


# "la commission du même délit", "dans la commission d'une infraction": the act of committing, not the Commission
# (questions96, first run: a French question on recidivism was read as the EU's and answered from the DSA)
COMMITTING = re.compile(r"\bcommission\s+(?:d['’]une?\s+|du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|de\s+(?:ces|ses|leurs?)\s+)"
                        r"(?:même\s+|nouvelle?s?\s+|autres?\s+|premi[eè]re?\s+)?(?:infraction|délit|crime|contravention|"
                        r"faits?|actes?|meurtre|viol|vol|attentat)s?\b", re.I)


def committing(text: str) -> str:
    """`text` with "la commission d'une infraction" blanked out, its length kept."""
    return COMMITTING.sub(lambda m: " " * len(m.group(0)), text)


def hints(text: str, config: Config | None = None) -> tuple[set[str], set[str]]:
    """(jurisdictions named, source ids named) in `text`."""
    config = config or Config()
    juris, instruments, juris_of = _tables(config)
    from .names import find_names  # one reader of instrument names (aliases and kb/data/names.yaml)

    names = find_names(text, config)
    for n in names:
        if n.absent is not None:  # "Kids Online Safety Act" names no instrument of the corpus, whatever it contains
            text = text[:n.span[0]] + " " * (n.span[1] - n.span[0]) + text[n.span[1]:]
    # "to a country outside the EU", "vers un État hors de l'Union européenne": a place, not the law asked about
    text = committing(OUTSIDE.sub(lambda m: " " * len(m.group(0)), text))
    folded = fold(text)
    sources = {sid for sid, pats in instruments.items() if _hit(pats, text, folded)}
    sources |= {n.source.id for n in names if n.source is not None
                and not (n.text[:1].islower() and n.text.lower().startswith("section"))}  # "section 230 of the OSA"
    jurisdictions = {j for j, pats in juris.items() if _hit(pats, text, folded)}
    jurisdictions |= {juris_of[s] for s in sources}
    return jurisdictions, sources
