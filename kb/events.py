"""Sentences about what an authority did, matched to the regulatory-action records (*-actions.json).

A record matches when the sentence names its kind of authority (and not another authority of that kind),
says what kind of action it was, and is about the records' target; its date, amount and words then pick
the record among those. kb.event_check gives the verdict.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from .actions import Action, amounts_of
from .dates import When
from .event_days import confirmed_in_passing, days_described, fresh_for, in_passing, on_day
from .framing import CAP_WORDS, duty_framed, law_framed, rule_clause
from .glossary import fold, glossed
from .quantities import WORD_NUMBERS

DATA = Path(__file__).parent / "data" / "events.yaml"


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def act_words(kind: str) -> list[str]:
    """events.yaml's words for one kind of act ("proceedings-opened": "formal proceedings", "opened proceedings" …)."""
    return (_data().get("actions") or {}).get(kind, [])


def _esc(word: str) -> str:
    # "…" in a phrase stands for a few words of the sentence ("saisi … le parquet": "saisi vendredi en fin de
    # journée le parquet").
    # An apostrophe is either one ("saisi l'Arcom", "saisi l’Arcom").
    return re.sub(r"['’]", "['’]", re.escape(fold(word)).replace(re.escape("..."), r"[^.;]{0,60}?"))


def _prefixes(words: list[str]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(_esc(w) for w in words) + r")", re.I)


@lru_cache(maxsize=1)
def _phrase_patterns() -> dict[str, list[re.Pattern]]:
    """Each kind of action's phrases, one pattern each."""
    return {k: [_prefixes([w]) for w in words] for k, words in (_data().get("actions") or {}).items()}


@lru_cache(maxsize=1)
def _later() -> re.Pattern | None:
    words = _data().get("later")
    return _prefixes(words) if words else None


@lru_cache(maxsize=1)
def _background() -> re.Pattern | None:
    words = _data().get("background")
    return re.compile(r"(?:" + "|".join(_esc(w) for w in words) + r")\W*$", re.I) if words else None


@lru_cache(maxsize=1)
def _vocab():
    data = _data()
    whole = lambda words: re.compile(r"(?<!\w)(?:" + "|".join(_esc(w) for w in words) + r")(?!\w)", re.I)
    return ({k: _prefixes(v) for k, v in data["authorities"].items()}, [fold(n) for n in data["names"]],
            {k: _prefixes(v) for k, v in data["actions"].items()}, whole(data["targets"]),
            {j: _prefixes(v) for j, v in data["countries"].items()}, whole(data["others"]))


@dataclass
class Match:
    action: Action
    score: float
    date_ok: bool | None  # None: the sentence states no date
    amount_ok: bool | None  # None: no amount claimed (or the record has none)
    claimed_dates: list[When]
    action_said: bool = True  # the sentence names the kind of action the record is (not only its words)
    overlap: float = 0.0  # share of the sentence's words the record uses
    period_ok: bool | None = None  # "60 working days": a period the sentence states is one the record gives
    in_passing: tuple = ()  # dates of an earlier event the record's description confirms ("that began in January 2025")
    said_actions: frozenset[str] = frozenset()  # the kinds of action the sentence names
    fresh: bool = False  # undated, in an article published a day or two after the record: that act, of that day


# "X now has 60 working days to …", "X a 60 à 90 jours": periods set by a decision, read as the record words them.
# "60 days" is not "60 working days": the kind of day counts as much as the number.
PERIOD = re.compile(r"(\d+)(?:\s*(?:à|to|-|–)\s*(\d+))?\s*(\(?working\)?\s+)?(?:days|jours)(\s+ouvr[ée]s|\s+ouvrables)?",
                    re.I)


# "… jusqu'à la fin de l'année 2026", "through 2026", "until the end of 2026": how long an order runs, a period too.
UNTIL = re.compile(r"(?:until|through|till|jusqu.(?:à|a)|d.ici)\s+(?:(?:the\s+)?end\s+of\s+|la\s+fin\s+(?:de\s+)?)?"
                   r"(?:l.ann[ée]e\s+)?(20\d\d)\b", re.I)


def _periods(text: str) -> set[tuple[str, bool]]:
    return ({(n, bool(m.group(3) or m.group(4))) for m in PERIOD.finditer(text) for n in m.groups()[:2] if n}
            | {("until " + m.group(1), True) for m in UNTIL.finditer(text)})


def _same_end(sentence: str, periods: set[tuple[str, bool]], description: str, unsaid: set[str]) -> bool:
    """The period the sentence gives is for what the record's is for: a word of the sentence is in the record's
    clause giving that period ("within 60 working days to address the misleading blue checkmark" / "60 working days
    to set out measures on the blue checkmark"), not "60 working days to appeal"."""
    numbers = {n for n, _ in periods}
    said = {w[:5] for w in re.findall(r"[^\W\d_]{5,}", fold(sentence)) if w[:6] not in unsaid}
    for clause in re.split(r"[;.]\s", description):
        if any(numbers & {n for n in m.groups()[:2] if n} for m in PERIOD.finditer(clause)):
            words = {w[:5] for w in re.findall(r"[^\W\d_]{5,}", fold(clause))}
            if said & (words - {"worki", "withi"}):
                return True
    return False


def _words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[^\W\d_]{5,}", fold(text))}


def _announced(folded: str, kind: re.Pattern | None) -> bool:
    """The sentence reports what the record announces for a later day, not what was done on the record's day."""
    later = _later()
    if later is None or not later.search(folded):
        return False
    return kind is None or not kind.search(later.sub(" ", folded))


def _parts_said(folded: str, a: Action, recorded: set[float]) -> set[float]:
    """The amounts a sentence may give of a fine: the total and, of the parts its record splits it into, those the
    sentence names ("… accès aux données pour les chercheurs, ce qui a ajouté 45 millions d'euros": the researchers'
    part, EUR 40 million) — all of them when it names none."""
    parts = a.extra.get("amount_breakdown_eur") or {}
    said = parts_named(folded, a)
    return {float(a.amount_eur), *(float(parts[k]) for k in said)} if said else recorded


def parts_named(folded: str, a: Action) -> list[str]:
    """The parts of a record's split fine (amount_breakdown_eur keys) a sentence (folded) names by what they are for."""
    parts = a.extra.get("amount_breakdown_eur") or {}
    return [k for k, words in (_data().get("breakdown") or {}).items() if k in parts and _prefixes(words).search(folded)]


def about_target(sentence: str) -> bool:
    return bool(_vocab()[3].search(fold(sentence)))


@lru_cache(maxsize=1)
def _target_names() -> re.Pattern:
    names = _data().get("target_names", [])
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


PERSON = re.compile(r"\b[A-Z][a-zéèë]+(?:\s+[A-Z][a-zéèë]+)+\b")


@lru_cache(maxsize=256)
def _people(target: str) -> re.Pattern | None:
    """The persons a record's target names ("Elon Musk and Linda Yaccarino as de facto and de jure managers"), as
    one pattern: not an authority ("European Commission decision of …"), nor the target's own names (X, Musk), which
    are in too many records to single one out."""
    authorities = _vocab()[0]
    names = [fold(n) for n in PERSON.findall(target) if not any(p.search(fold(n)) for p in authorities.values())
             and not _target_names().search(n)]
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None


def names_target(sentence: str) -> bool:
    """The sentence names the records' target (X, Grok), not merely "the platform"."""
    return bool(_target_names().search(sentence))


@lru_cache(maxsize=1)
def _group() -> re.Pattern:
    data = _data()
    # "Quatorze plateformes", "nineteen platforms": number words count too (not "one", "un", "une")
    words = [w for w in WORD_NUMBERS if w not in ("one", "un", "une")]
    counts = "|".join([*(c if c.startswith("\\") else re.escape(c) for c in data["group_counts"]),
                       *(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))])
    nouns = "|".join(re.escape(fold(n)) for n in data["group_nouns"])
    # up to three words between: "19 very large online platforms", "17 plateformes"
    return re.compile(rf"(?<!\w)(?:{counts})\s+(?:[^\W\d]+\s+){{0,3}}?(?:{nouns})(?!\w)", re.I)


@lru_cache(maxsize=1)
def _unsaid_words() -> tuple[set[str], set[str]]:
    """Filler words and the target's names, as `_words` stems: they say nothing of what an authority did."""
    data = _data()
    return _words(" ".join(data.get("filler", []))), _words(" ".join(data.get("targets", [])))


def about_a_group(sentence: str) -> bool:
    """It is about a number of services or companies, not about one ("19 platforms", "plusieurs plateformes")."""
    return bool(_group().search(fold(sentence)))


@lru_cache(maxsize=1)
def _reported_act() -> re.Pattern:
    data = _data()
    who = "|".join(re.escape(fold(w)) for ws in data["authorities"].values() for w in ws)
    did = "|".join(re.escape(fold(w)) for w in sorted(data.get("reported_acts", []), key=len, reverse=True))
    # the authority, a few words (an apposition, "the AI Office of DG CONNECT"), then what it did
    return re.compile(rf"(?<!\w)(?:{who})(?!\w)[^.;:]{{0,60}}?(?<!\w)(?:{did})(?!\w)", re.I)


@lru_cache(maxsize=1)
def _acted() -> re.Pattern:
    did = "|".join(re.escape(fold(w)) for w in sorted(_data().get("reported_acts", []), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{did})(?!\w)", re.I)


def reports_a_dated_act(sentence: str, dates: list[When]) -> bool:
    """"The UK Information Commissioner's Office announced on February 3 that …": someone did something on a
    day, whoever it is (an authority the records do not know about included)."""
    return bool(dates) and bool(_acted().search(fold(sentence)))


def reports_an_act(sentence: str) -> bool:
    """"The European Commission has published a draft delegated act …": an authority is said to have done
    something, which a record may show, never the words of a provision."""
    return bool(_reported_act().search(fold(sentence)))


def about_another(sentence: str) -> bool:
    """It names another company and not the records' target."""
    return bool(_vocab()[5].search(fold(sentence))) and not about_target(sentence)


def _apposed(sentence: str, dates: list[When]) -> list[When]:
    """"last Monday, April 5": a day named by words set beside one given in figures names the same day, and the
    figures say which; the reading of the words (from the publication date) is dropped."""
    explicit = [(sentence.find(w.text), w) for w in dates if w.text and re.search(r"\d", w.text)]
    out = []
    for w in dates:
        i = sentence.find(w.text) if w.text else -1
        if w.text and not re.search(r"\d", w.text) and i >= 0 and any(0 <= j - (i + len(w.text)) <= 3 or 0 <= i - (j + len(x.text)) <= 3
                                         for j, x in explicit if j >= 0):
            continue
        out.append(w)
    return out


def _acted_on_unrecorded(folded: str, kind: re.Pattern | None, a: Action) -> bool:
    """The act is said to be done to one of the target's products (named just after the words naming the act)
    which the record never names."""
    if kind is None:
        return False
    record = fold(a.description + " " + " ".join(ex["text"] for ex in a.excerpts))
    for product in (fold(p) for p in _data().get("products", [])):
        if product in record:
            continue
        if any(re.search(r"(?<!\w)" + re.escape(product) + r"(?!\w)", folded[m.end():m.end() + 40])
               for m in kind.finditer(folded)):
            return True
    return False


# Quotation marks a report puts around the law's or the authority's words ("ouvre une « enquête formelle »") do
# not change what it says was done.
QUOTE_MARKS = re.compile(r"[«»“”\"]\s?")


def said_action_kinds(sentence: str) -> set[str]:
    """The kinds of action the sentence names (events.yaml `actions`). "La Commission européenne enquête sur Grok":
    an investigation, in the press's words, is how the Commission's formal proceedings are reported (`reported_as`)."""
    folded = fold(QUOTE_MARKS.sub("", sentence))
    said = {k for k, p in _vocab()[2].items() if p.search(folded)}
    return said | {k for k, words in (_data().get("reported_as") or {}).items() if said & set(words)}


def match(sentence: str, actions: list[Action], dates: list[When], amounts: set[float],
          context: bool = False, published: date | None = None) -> Match | None:
    """The record the sentence reports, or None. `context`: the article around it is about the records'
    target, so the sentence need not name it again ("a spokesperson called this decision an insult").
    `published`: the article's day, which dates an act the sentence reports without a date of its own."""
    authorities, names, kinds, _, countries, _ = _vocab()
    folded = fold(QUOTE_MARKS.sub("", sentence))
    said_actions = said_action_kinds(sentence)
    # "L'amende de 120 millions EUR est la première décision de non-conformité …": a recorded fine's own total,
    # called a fine, is that fine even when the sentence leaves its target unnamed.
    totals = {float(a.amount_eur) for a in actions if a.amount_eur and a.extra.get("action_kind") in said_actions}
    own_total = bool(amounts & totals) and not CAP_WORDS.search(sentence)
    if about_another(sentence) or not (context or about_target(sentence) or own_total):
        return None
    if not dates and (law_framed(sentence, amounts) or duty_framed(sentence) and not names_target(sentence)) \
            and not reports_an_act(sentence):
        # "Providers of general-purpose AI models face fines of up to 3 % … or EUR 15 000 000": undated, what the
        # law allows is not what an authority did, even in an article about the target — unless an authority is
        # said to have done something ("The Commission has initiated formal proceedings … after discovering that
        # Grok could generate …": the modal is the tool's, not the law's)
        return None
    rule = rule_clause(sentence)
    if not dates and rule is not None and not reports_an_act(rule):
        return None  # "Une fois que la Commission a désigné …, le service dispose de quatre mois …": a rule
    if about_a_group(sentence) and not names_target(sentence):
        return None  # "the Commission designated 19 platforms on 25 April 2023": X's record is one of them, not all
    said_kinds = {k for k, p in authorities.items() if p.search(folded)}
    said_names = {n for n in names if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", folded)}
    said_countries = {j for j, p in countries.items() if p.search(folded)}
    words = _words(sentence)
    filler, target_words = _unsaid_words()
    same_as = {fold(k)[:6]: fold(v)[:6] for k, v in (_data().get("same_as") or {}).items()}
    # every phrase of the kind the sentence uses, overlapping ones too ("ouvre une enquête formelle": both "ouvre une
    # enquête" and "enquête formelle")
    kind_words = {k: _words(" ".join(m.group(0) for p in pats for m in p.finditer(folded)))
                  for k, pats in _phrase_patterns().items()}
    full = {w[:6]: w for w in re.findall(r"[^\W\d_]{5,}", folded)}
    periods = _periods(sentence)
    best: Match | None = None
    # Without a named authority, only the action itself on a specific date (a day, or a month) identifies a
    # record: "les locaux de X ont été perquisitionnés le 3 février 2026".
    specific = bool(dates) and all((w.end - w.start).days <= 31 for w in dates)
    passing = in_passing(sentence, dates, _background())
    for a in actions:
        confirmed = confirmed_in_passing(passing, a, actions)
        own_dates = [w for w in dates if w not in confirmed]
        kind = a.extra.get("authority_kind", "")
        recorded = amounts_of(a, actions)
        described = days_described(a.description) if _announced(folded, kinds.get(a.extra.get("action_kind", ""))) else ()
        dated = (specific and any(on_day(w, day, bool(described)) for w in own_dates for day in (a.date, *described))
                 and a.extra.get("action_kind", "") in said_actions)
        # … or the action named with the date of the event it followed, as its record gives it ("cette
        # perquisition fait suite à un signalement effectué en janvier 2025")
        dated = dated or (bool(confirmed) and not own_dates and a.extra.get("action_kind", "") in said_actions)
        # …or an amount it records ("le premier volet, sanctionné à hauteur de 45 millions d'euros"), in a sentence
        # about the target itself: €35 million is also a cap in the AI Act.
        priced = bool(amounts & recorded) and (about_target(sentence) or own_total)
        # … or the period it set, as its record gives it ("X is required to propose specific remedial measures within
        # 60 working days"), in a sentence about the target itself
        timed = (bool(periods) and periods <= _periods(a.description) and about_target(sentence)
                 and _same_end(sentence, periods, a.description, filler | target_words))
        # Unnamed, the authority is identified by a date only when that date pins the record down: "vendredi"
        # (2 January) does not identify a record dated to its month, which may be any day of January.
        pinned = dated and (bool(described) or not own_dates or any(w.holds(a.date) for w in own_dates))
        # … or by the person it was done to, as its record names them, with the act itself ("Linda Yaccarino … est
        # également convoquée")
        people = _people(a.target or "")
        personal = a.extra.get("action_kind", "") in said_actions and people is not None and bool(people.search(folded))
        # … or, in an article of the record's day, by the act alone, undated ("Elon Musk … est convoqué en audition
        # libre", published on 3 February 2026)
        fresh = not dates and a.extra.get("action_kind", "") in said_actions and fresh_for(a.date, published)
        if kind not in said_kinds and not (not said_kinds and (pinned or priced or timed or personal or fresh)):
            continue
        if _acted_on_unrecorded(folded, kinds.get(a.extra.get("action_kind", "")), a):
            continue
        own = fold(a.authority + " " + a.description)
        # "Ofcom" in the sentence rules out an Arcom record, "britannique" a French one.
        if said_names and not any(n in own for n in said_names):
            continue
        named = bool(said_names) and any(n in own for n in said_names)
        if said_countries and a.jurisdiction not in said_countries and not named:
            continue
        score = 2.0
        action_kind = a.extra.get("action_kind", "")
        if action_kind in said_actions:
            score += 2.0
        text = " ".join(ex["text"] for ex in a.excerpts) + " " + a.description
        # Nor do the authority's own name, the target's names and filler words; nor the words naming the kind of
        # action ("lancé une procédure formelle"), which `action_kind` already scores.
        said = {same_as.get(w, w) for w in words - _words(a.authority) - filler - target_words
                - kind_words.get(action_kind, set())}
        # A French sentence against an English record: a word counts when the record uses it or a glossary term
        # of its concept ("manquements" ~ "failures").
        record = _words(text)
        folded_record = fold(text)
        # A sentence that says only who did what to whom ("La Commission européenne ouvre une « enquête formelle »
        # contre X") says nothing the record leaves out.
        overlap = (sum(1 for w in said if w in record or glossed(full.get(w, w), folded_record)) / len(said)
                   if said else 1.0)
        score += 2.0 * overlap
        date_ok = True if confirmed and not own_dates else None
        own_dates = _apposed(sentence, own_dates)
        if own_dates:
            # The record's own day, or a day its description gives ("summoned … on 20 April 2026").
            days = [a.date, *described]
            date_ok = any(on_day(w, day, bool(described)) for w in own_dates for day in days)
            score += 2.0 if date_ok else 0.0
        amount_ok = None
        if amounts and recorded:
            amount_ok = bool(amounts & (recorded if a.amount_eur is None else _parts_said(folded, a, recorded)))
            score += 1.0 if amount_ok else 0.0
        period_ok = (periods <= _periods(text)) if periods else None
        score += 2.0 if period_ok else 0.0
        score += 2.0 if fresh else 0.0
        if action_kind not in said_actions and not date_ok and not amount_ok and not period_ok:
            continue  # the authority's name and a few shared words do not make a sentence report this action
        if action_kind not in said_actions and not amount_ok and not period_ok and own_dates \
                and all(w.yearless for w in own_dates):
            # "… devaient publier leurs premiers rapports … avant le 5 décembre": a day of no year, with another
            # action than the record's, is not the Commission's decision of 5 December 2025.
            continue
        if len(said_kinds) > 1 and action_kind not in said_actions:
            continue  # "ministers reported … to the prosecutor": the prosecutor is named, but did not act
        if best is None or score > best.score:
            best = Match(a, score, date_ok, amount_ok, dates, action_kind in said_actions, overlap, period_ok,
                         tuple(confirmed), frozenset(said_actions), fresh)
    return best if best and best.score >= 4.0 else None
