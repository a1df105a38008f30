"""A question (or a claim) read once: its language, what it asks for, the jurisdictions, instruments and
references it names, its expanded queries and its subject words. Search, answer, compare and check all take
this one value instead of re-reading the text.

Reading a question needs no index: references are parsed here, and resolved by whoever holds the index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from .config import Config
from .glossary import concepts, contains, expand, fold, glossed, lay_said, lay_words, looks_french, translations
from .hints import committing, elsewhere, hints

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Question:
    text: str
    language: str  # "en" | "fr"
    kind: str  # maximum | penalty | deadline | threshold | age | definition | power | duty | yesno | procedure | general
    fact_kinds: tuple[str, ...]  # the facts an answer leads with
    jurisdictions: frozenset[str]
    sources: frozenset[str]  # registry ids of the instruments named
    references: tuple[str, ...]  # the reference strings found ("Art. 34 DSA"), parsed but not resolved
    en_query: str
    fr_query: str
    subject: frozenset[str]  # the question's own subject words (folded), generic words left out
    outside: tuple[str, ...]  # out-of-scope words it uses ("VAT", "GDPR")
    elsewhere: bool  # it is about a legal system the corpus does not hold
    absent: tuple[str, ...] = ()  # instruments it names that the corpus lacks ("Digital Markets Act", "loi SREN")
    held: tuple[str, ...] = ()  # provisions that carry what the corpus knows of an instrument it lacks (SREN -> 226-8-1)
    numbered: frozenset[str] = frozenset()  # sources it cites by number ("House Bill 4831", "18 U.S.C. 2256")
    phrases: tuple[tuple[str, tuple[str, ...]], ...] = ()  # subject word → the terms of the glossary phrase it is in
    instrument_names: tuple[str, ...] = ()  # the registry names of the instruments it names ("AI Act", "RIA" …)
    excluded: frozenset[str] = frozenset()  # qualities it rules out ("when it is not sexual": "sexual")

    def covers(self, word: str, folded_evidence: str) -> bool:
        """`covered`, and a word of a glossary phrase ("chiffre", "affaires" of "chiffre d'affaires mondial") is
        also covered by any term of the phrase's concept ("worldwide turnover")."""
        if covered(word, folded_evidence) or lay_said(word, folded_evidence):
            return True
        # a word of a lay phrase the question uses ("fuite" of "délit de fuite") is said by the phrase's law words
        if any(word in words and lay_said(p, folded_evidence) for p, words in self.lay_phrases):
            return True
        terms = dict(self.phrases).get(word, ())
        return any(contains(folded_evidence, fold(t)) for t in terms)

    @cached_property
    def lay_phrases(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """The glossary's French lay phrases the question uses ("délit de fuite"), folded, each with its words
        ("pots" of "pots-de-vin"); read once, since `covers` runs for every word against every quote."""
        return tuple((f, frozenset(re.findall(r"\w+", f))) for f in (fold(p) for p in lay_words(self.text)))

    @property
    def asked(self) -> str:
        """Both expanded queries' words, folded and space-delimited (" money laundering … blanchiment "): a term is
        asked when " term " is in it."""
        return " " + " ".join(re.findall(r"\w+", fold(self.en_query + " " + self.fr_query))) + " "

    def about(self, folded_text: str) -> bool:
        """The text uses one of the question's subject words, or a glossary term of one, other than the circumstances
        it names ("en ligne", "online"); so does any text when it has no other subject word."""
        core = self.subject - circumstances()
        return not core or any(self.covers(w, folded_text) for w in core)

    @property
    def french(self) -> bool:
        return self.language == "fr"


@lru_cache(maxsize=1)
def _kind_data() -> dict:
    return yaml.safe_load((DATA / "question_kinds.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _kinds() -> list[tuple[str, tuple[str, ...], re.Pattern]]:
    return [(k, tuple(v["facts"]), re.compile("|".join(f"(?:{p})" for p in v["patterns"]), re.I))
            for k, v in _kind_data().items()]


@lru_cache(maxsize=1)
def kind_headings() -> dict[str, re.Pattern]:
    """The headings of the provisions that answer each kind of question (kb/data/question_kinds.yaml)."""
    return {k: re.compile(v["headings"].strip(), re.I) for k, v in _kind_data().items() if v.get("headings")}


@lru_cache(maxsize=1)
def kind_units() -> dict[str, re.Pattern]:
    """The words of the units that answer each kind of question ("… shall be taken into account and … regard shall
    be given to the following:" for "what is taken into account …"), where a kind has them."""
    return {k: re.compile(v["units"].strip(), re.I) for k, v in _kind_data().items() if v.get("units")}


@lru_cache(maxsize=1)
def answered_by_heading() -> frozenset[str]:
    """Kinds of question that the named instrument's article with the kind's heading answers outright."""
    return frozenset(k for k, v in _kind_data().items() if v.get("in_named_instrument"))


@lru_cache(maxsize=1)
def over_named() -> frozenset[str]:
    """Kinds of question whose answering heading ("Tasks of the Board") answers before the heading the question
    names its subject by ("European Board for Digital Services"): the question names the body, and asks its tasks."""
    return frozenset(k for k, v in _kind_data().items() if v.get("over_named"))


@lru_cache(maxsize=1)
def _scope_data() -> dict:
    return yaml.safe_load((DATA / "scope.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def scope() -> tuple[list[tuple[str, re.Pattern]], frozenset[str]]:
    data = _scope_data()
    # A word with its inflections ("divorce" → "divorcer", "divorcé"; "landlord" → "landlords"), not any longer
    # word that starts with it ("visa" is not "visage").
    inflect = r"(?:e?s|e?r|ée?s?|ée|é|ed|ing)?"
    outside = [(field, re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) + ("" if " " in w else inflect)
                                                            for w in words) + r")(?!\w)"))
               for field, words in data["outside"].items()]
    from .quantities import WORD_NUMBERS

    # Number words ("deux", "eighteen") are figures, compared as such, never the subject.
    generic = frozenset(fold(w) for lang in data["generic"].values() for w in lang) | {fold(w) for w in WORD_NUMBERS}
    return outside, generic


@lru_cache(maxsize=1)
def describing() -> frozenset[str]:
    """The words a sentence says what an article does with (kb/data/scope.yaml `describing`), folded."""
    return frozenset(fold(w) for w in _scope_data().get("describing", []))


@lru_cache(maxsize=1)
def framing() -> frozenset[str]:
    """Words by which a sentence says what a cited provision is (kb/data/scope.yaml `framing`)."""
    return frozenset(fold(w) for lang in _scope_data()["framing"].values() for w in lang)


@lru_cache(maxsize=1)
def circumstances() -> frozenset[str]:
    return frozenset(fold(w) for lang in _scope_data()["circumstances"].values() for w in lang)


@lru_cache(maxsize=1)
def _failures() -> dict[str, tuple[re.Pattern, tuple[str, ...]]]:
    """Per kind, the failure a question may name ("… if a platform ignores an information notice?") and the facts
    that failure adds to what it asks for (kb/data/question_kinds.yaml `failure`, `failure_facts`)."""
    return {k: (re.compile("|".join(f"(?:{p})" for p in v["failure"]), re.I), tuple(v["failure_facts"]))
            for k, v in _kind_data().items() if v.get("failure")}


@lru_cache(maxsize=1)
def _named_facts() -> dict[str, dict[str, re.Pattern]]:
    """Per kind, the penalty each of its facts is named by in a question (kb/data/question_kinds.yaml `named_facts`)."""
    return {k: {f: re.compile("|".join(f"(?:{p})" for p in ps), re.I) for f, ps in v["named_facts"].items()}
            for k, v in _kind_data().items() if v.get("named_facts")}


@lru_cache(maxsize=1)
def _leads() -> list[tuple[str, re.Pattern]]:
    """Per kind, the openings that decide it before any other kind's words (kb/data/question_kinds.yaml `leads`)."""
    return [(k, re.compile("|".join(f"(?:{p})" for p in v["leads"]), re.I))
            for k, v in _kind_data().items() if v.get("leads")]


def kind_of(text: str) -> tuple[str, tuple[str, ...]]:
    lead = next((k for k, p in _leads() if p.search(text)), None)
    for kind, facts, pattern in _kinds():
        if kind == lead or (lead is None and pattern.search(text)):
            failure, more = _failures().get(kind, (None, ()))
            if failure is not None and failure.search(text):
                facts = (*facts, *more)
            named = [f for f, p in _named_facts().get(kind, {}).items() if p.search(text)]
            if len(named) == 1:
                facts = (named[0], *(f for f in facts if f != named[0]))
            return kind, facts
    return "general", ()


def blank(text: str, spans) -> str:
    """The text with each span replaced by as many spaces (offsets kept)."""
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def subject_words(text: str) -> frozenset[str]:
    """Content words of at least four letters, folded, without the generic ones."""
    _, generic = scope()
    return frozenset(w for w in re.findall(r"[^\W\d_]{4,}", fold(text)) if w not in generic)


def uses(word: str, folded_text: str) -> bool:
    """The text uses the word itself, by a crude stem: "users" matches "user", "publishers" "publisher"."""
    return word[:max(4, min(6, len(word) - 2))] in folded_text


def covered(word: str, folded_evidence: str) -> bool:
    """A subject word is covered when the evidence uses it, or a glossary term of the same concept (so an
    English question is covered by French law and the reverse)."""
    return uses(word, folded_evidence) or glossed(word, folded_evidence)


def _cited_sources(references: tuple[str, ...], config: Config) -> set[str]:
    from .grammar import parse_reference
    from .errors import CitationError

    out = set()
    for r in references:
        try:
            out.add(parse_reference(r, config).source.id)
        except CitationError:
            continue
    return out


# "when it is not sexual", "qui n'a pas de caractère sexuel", "non commercial": a quality the question rules out (an
# adjective by its ending — "is not established" is a state the question may be about, not a quality it excludes)
NEGATED_QUALITY = re.compile(r"\b(?:(?:is|are|was|were|be)\s+not\s+(?:of\s+an?\s+)?|isn['’]t\s+|aren['’]t\s+|non[-\s]|"
                             r"n['’](?:a|ont|est|sont)\s+pas\s+(?:de\s+|d['’])?(?:caract[eè]re\s+)?|"
                             r"(?:sans|pas\s+de)\s+caract[eè]re\s+)(?P<w>[^\W\d_]{3,}(?:al|ic|ous|el|elle|ique|if|ive))\b", re.I)


def rules_out(q: "Question", text: str) -> bool:
    """The text has a quality the question rules out, by a word start both languages share ("sexual", "sexuel":
    "sexu")."""
    folded = fold(text)
    return any(re.search(rf"\b{re.escape(w[:max(4, len(w) - 2)])}", folded) for w in q.excluded)


def analyse(text: str, config: Config | None = None) -> Question:
    from .grammar import find_references  # the grammar only: no index needed

    config = config or Config()
    jurisdictions, sources = hints(text, config)
    excluded = frozenset(fold(m.group("w")) for m in NEGATED_QUALITY.finditer(text))
    folded = fold(text)
    outside_pats, _ = scope()
    # as the question writes them ("contrôle technique"), when folding kept every character in place
    said = text if len(folded) == len(text) else folded
    outside = tuple(dict.fromkeys(said[m.start():m.end()] for _, pat in outside_pats for m in pat.finditer(folded)))
    references = tuple(find_references(text, config))
    numbered = _cited_sources(references, config)
    sources = set(sources) | numbered
    from .references import find as find_mentions

    mentions, names = find_mentions(text, config)
    unheld = [n for n in [*names, *(m.name for m in mentions if m.name is not None)]
              if n.source is None and n.absent is not None and not n.absent.get("held") and not n.absent.get("inserted_by")]
    absent = tuple(dict.fromkeys(n.text for n in unheld))
    # The quality ruled out is not searched for. A law the corpus lacks is a name, not words to translate ("What does
    # the Investigatory Powers Act say …": "investigatory powers" is no power of investigation the corpus's laws
    # give); its words are still searched.
    # "la commission du même délit" is no Commission to translate either
    unnamed_ = committing(blank(text, [n.span for n in names if n in unheld] + [m.span for m in mentions if m.name in unheld]))
    en_query, fr_query = expand(*(NEGATED_QUALITY.sub(" ", t) if excluded else t for t in (text, unnamed_)))
    held = tuple(dict.fromkeys(pid for n in [*names, *(m.name for m in mentions if m.name is not None)]
                               if n.source is None and n.absent is not None
                               for pid in [*(n.absent.get("held") or []), *(n.absent.get("inserted_by") or {}).values()]))
    # The subject is what the text is about, not the names of the instruments and provisions it cites.
    from .registry import load_sources

    named = [a for s in load_sources(config) if s.id in sources for a in (*s.aliases, s.short_name)]
    # Every name found in the text goes, as written ("Communications Decency Act" is 47 U.S.C. 230's name in
    # names.yaml, not an alias of its source), then the registry aliases.
    bare = blank(text, [*(n.span for n in names), *(m.span for m in mentions)])
    for name in sorted([*references, *named], key=len, reverse=True):
        bare = re.sub(re.escape(name), " ", bare, flags=re.I)
    subject = subject_words(NEGATED_QUALITY.sub(" ", bare))
    # What it asks for is read without the names it cites: "How does the ENFORCE Act clarify …" asks for no power.
    kind, fact_kinds = kind_of(bare)
    phrases: dict[str, list[str]] = {}
    for span, terms in concepts(text):
        for w in re.findall(r"[^\W\d_]{4,}", span):
            if w in subject:
                phrases.setdefault(w, []).extend(t for t in terms if fold(t) != span)
    return Question(
        text=text, language="fr" if looks_french(text) else "en", kind=kind, fact_kinds=fact_kinds,
        jurisdictions=frozenset(jurisdictions), sources=frozenset(sources),
        references=references, en_query=en_query, fr_query=fr_query,
        subject=subject, outside=outside,
        elsewhere=elsewhere(text) and not jurisdictions, absent=absent, held=held, numbered=frozenset(numbered),
        phrases=tuple((w, tuple(dict.fromkeys(ts))) for w, ts in phrases.items()),
        instrument_names=tuple(named), excluded=excluded,
    )


# "Must Ofcom warn a provider …?", "Can the Commission require …?", "Ofcom doit-elle avertir …?", "La Commission
# peut-elle exiger …?": who the question asks a duty or power of, when it opens with it
# "Must Ofcom warn …", "What authorities must each Member State designate …", "Quelles autorités chaque État membre
# doit-il désigner …"
# (after a time asked of the act: "How often must Ofcom publish …", "À quelle fréquence l'Ofcom doit-il publier …")
ASKED_SUBJECT = re.compile(r"^\W*(?:(?:(?:what|which)\s+\w+\s+|how\s+(?:often|frequently)\s+)?(?:must|can|may|shall|does|do|will)\s+"
                           r"(?P<en>(?:the\s+|each\s+)?[\w-]+(?:\s+[\w-]+)?)\s"
                           r"|(?:quel(?:le)?s?\s+\w+\s+|à\s+quelle\s+fr[ée]quence\s+)?"
                           r"(?P<fr>(?:l[’']|la\s+|le\s+|les\s+|chaque\s+)?[\w-]+(?:\s+[\w-]+)?)"
                           r"\s+(?:doit|doivent|peut|peuvent)-)"
                           # "What must a market surveillance authority do …", "Que doit faire une autorité de …"
                           # (not "What can Ofcom do if …": what follows a failure is more than Ofcom's own acts — the
                           # offence the failure is, s. 109(1), among them)
                           r"|what\s+(?:must|should|shall)\s+"
                           r"(?P<en_do>(?:the\s+|an?\s+|each\s+)?[\w-]+(?:\s+[\w-]+){0,7}?)"
                           r"\s+do\b"
                           r"|que\s+(?:doit|doivent)(?:-(?:il|elle|ils|elles))?\s+faire\s+"
                           r"(?P<fr_do>(?:l[’']|la\s+|le\s+|les\s+|une?\s+|chaque\s+)?[\w-]+"
                           r"(?:\s+(?:de\s+|du\s+|des\s+)?[\w-]+){0,2})",
                           re.I)


def asked_subject(text: str) -> set[str]:
    """The words (folded, four letters or more) of who the question asks a duty or power of; empty if it opens
    otherwise ("What must …", "Is there …")."""
    m = ASKED_SUBJECT.match(text)
    said = (m.group("en") or m.group("fr") or m.group("en_do") or m.group("fr_do")) if m else ""
    # a French question about English law asks of "chaque État membre" what the law lays on "each Member State"
    said += " " + " ".join(translations(said)[0]) if m and (m.group("fr") or m.group("fr_do")) else ""
    return {w for w in re.findall(r"[^\W\d_]{4,}", fold(said))} - {"there", "this", "that", "they", "each", "chaque"}
