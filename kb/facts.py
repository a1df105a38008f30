"""Typed facts read from every provision once, at ingest: penalties (prison, fine) with the condition of each
variant, caps (an amount, or a percentage of something), deadlines, periods a right lasts, thresholds, ages, definitions, powers
and duties. Each fact keeps the verbatim span it comes from, so answer, compare and check can quote it and
never re-read the text at query time.

The patterns are data (kb/data/facts.yaml); this module is the one mechanism that reads them.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .chunk import SENTENCE_END
from .glossary import fold
from .quantities import AMOUNT_NUM, FRANCS, NUM, SCALE_RE, money_of, number
from .types import Provision
from .units import LEAD_IN, units

PATTERNS = Path(__file__).parent / "data" / "facts.yaml"
KINDS = ("prison", "fine", "cap", "deadline", "period", "threshold", "age", "definition", "power", "duty", "offence",
         "date", "due", "referred", "bound")
PENALTY_KINDS = {"prison", "fine", "cap"}
CONSEQUENCE_KINDS = {"offence"}  # asked for besides a question's own kind (kb/data/question_kinds.yaml `failure`)
FIGURE_KINDS = {"prison", "fine", "cap", "deadline", "period", "threshold", "age", "bound"}
_CUR = r"(?:€|euros?|EUR|£|GBP|pounds|\$|USD|dollars|" + FRANCS + ")"
MONEY = (r"(?:(?:€|£|\$|EUR|GBP|USD)\s?" + AMOUNT_NUM + SCALE_RE + "|" + AMOUNT_NUM + SCALE_RE +
         r"\s*(?:d['’]|de\s+|of\s+)?" + _CUR + r"(?!\w))")


@dataclass
class Fact:
    kind: str
    provision_id: str  # the most specific provision holding the span
    top_id: str  # its top-level provision
    start: int  # span in the top-level provision's text
    end: int
    text: str  # the words of the span, verbatim
    value: float | None = None
    unit: str = ""  # years, months, EUR, GBP, USD, %, hours, days, users ...
    low: float | None = None  # a range's lower bound ("not less than 15 years nor more than 30")
    of: str = ""  # what a percentage or a count is of
    term: str = ""  # a defined term
    subject: str = ""  # who may or must
    what: str = ""  # what they may or must do
    condition: str = ""  # the clause a variant applies under, verbatim
    aggravated: bool = False
    unit_start: int = 0  # the quotable unit the fact sits in
    unit_end: int = 0
    # the provision stating the amount a reference names ("l'amende prévue pour les contraventions de la 5e classe":
    # art. 131-13, 5°), its citation and its words there, verbatim
    via: str = ""
    via_citation: str = ""
    via_text: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def magnitude(self) -> float | None:
        """The value on one scale per kind, so that "5 years" outranks "6 months" and "48 hours" outranks "1 day"."""
        if self.value is None:
            return None
        per = {"months": 1 / 12, "weeks": 1 / 52, "days": 1 / 365, "hours": 1 / 8760}.get(self.unit, 1.0)
        return self.value * per


_OF_END = re.compile(r"\s+(?:where|if|when|which|for\s+the\s+person.s)\s|,|\s\(|\s+or\s+(?=EUR|€|£|\$|GBP|USD)")
# The figure itself, where the pattern names it, is the span an answer quotes ("£18 million", not the lead-in).
_FIGURE_GROUPS = ("money",)


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(PATTERNS.read_text(encoding="utf-8"))


def scales() -> list[dict]:
    """The scales amounts named by reference are read from (kb/scales.py)."""
    return _data().get("scales") or []


def fill(pattern: str) -> str:
    count = r"(?:\d{1,3}(?:[,\u202f\u00a0]\d{3})+(?!\d)|" + NUM.replace("(", "(?:", 1) + ")"
    return pattern.replace("{NUM}", NUM.replace("(", "(?:", 1)).replace("{COUNT}", count).replace("{MONEY}", MONEY)


@lru_cache(maxsize=1)
def _compiled() -> dict[str, list[re.Pattern]]:
    data = _data()
    out = {kind: (re.compile(data[kind]["trigger"], re.I), [re.compile(fill(p), re.I) for p in data[kind]["patterns"]])
           for kind in KINDS}
    out["_conditions"] = {k: re.compile(v, re.I) for k, v in data["conditions"].items()}
    out["_not"] = {kind: re.compile(data[kind]["not"], re.I) for kind in KINDS if data[kind].get("not")}
    return out


@lru_cache(maxsize=1)
def bases() -> dict[str, re.Pattern]:
    """What a share may be of, as a sentence words it: `turnover` (the law's measure) and `other` measures."""
    return {k: re.compile(v, re.I) for k, v in _data()["bases"].items()}


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of the unit text holding [start, end)."""
    s = 0
    for m in SENTENCE_END.finditer(text):
        if m.start() >= end:
            return s, m.start()
        if m.end() <= start:
            s = m.end()
    return s, len(text)


# "sauf s'il n'en est résulté qu'un dommage léger": a condition opening on an exception, and the word just before
# the clause it opens
_EXCEPTION = r"(?:sauf|except|excepté|hormis|unless)"
EXCEPTING = re.compile(_EXCEPTION + r"\b", re.I)
EXCEPTED_BEFORE = re.compile(r"\b" + _EXCEPTION + r"\s+$", re.I)


# "… portées à deux ans … dans le cas prévu par le premier alinéa, et à trois ans … dans le cas prévu par le deuxième
# alinéa" (art. 322-5): the case each pair of figures is for, after them
CASE_AFTER = re.compile(r"\bdans\s+le\s+cas\s+prévu\s+(?:par|à|au)\s+(?:le\s+|l['’]\s*)?\w+\s+alinéa\b")
NEXT_FIGURES = re.compile(r",\s+et\s+à\b|;|\.(?:\s|$)")


def _condition(unit: str, start: int, end: int, conds: dict) -> tuple[str, bool]:
    condition, aggravated = _condition_around(unit, start, end, conds)
    stop = NEXT_FIGURES.search(unit, end)
    case = CASE_AFTER.search(unit, end, stop.start() if stop else len(unit))
    if case is None:
        return condition, aggravated
    if condition:
        main = MAIN_PUNISHING.search(condition)
        condition = condition[:main.start()] if main else condition
        return f"{condition.strip(' ,')} … {case.group(0)}", aggravated
    return case.group(0), aggravated


RESERVING = re.compile(r"\bsous\s+réserve\b|\bsubject\s+to\b", re.I)


def _condition_around(unit: str, start: int, end: int, conds: dict) -> tuple[str, bool]:
    s, e = _sentence_bounds(unit, start, end)
    before = unit[max(s, start - 700):start]
    aggravated = bool(conds["aggravated"].search(unit[max(s, start - 120):start]))
    after = conds["after"].search(unit, end, e)
    # "… not more than 20 years, or if such person has a prior conviction …": an "or if" opens the next variant.
    if after and re.search(r"\bor\s*$", unit[max(end, after.start() - 8):after.start()]):
        after = None
    # "… 45 000 euros d'amende s'il s'agit d'une menace de mort": a "si" right after the figures is their case; far
    # after them ("… le fait de porter … le montage …, s'il n'apparaît pas à l'évidence …") it is the offence's own
    # element, which every penalty of the sentence shares.
    if after and after.group(0).lower() in ("si", "s'il", "s’il") and after.start() - end > 40:
        after = None
    # "… dans un délai de quatre mois …, sous réserve des délais plus courts prévus … quand la personne est placée en
    # détention provisoire" (art. 132-70-1): the case of the reservation's other times, not of the figure's
    if after and RESERVING.search(unit[end:after.start()]):
        after = None
    if after and after.start() - end < 200:
        # Up to the next alternative amount or item: "in the case of a provider with … users or $600,000 in the
        # case of …; and (2) …" is two conditions.
        # "… est punie de deux ans … et de 30 000 euros d'amende, sauf s'il n'en est résulté qu'un dommage léger" (art.
        # 322-1): the exception is the clause, its "sauf" with it — without it the case reads the other way round
        at = after.start()
        unless = EXCEPTED_BEFORE.search(unit[max(end, at - 12):at])
        at -= len(unless.group(0)) if unless else 0
        clause = re.split(r";|\s+or\s+(?=[$€£]|EUR\b|GBP\b|USD\b)", unit[at:e], maxsplit=1)[0]
        if clause.rstrip().endswith(":"):
            # "… 45 000 euros d'amende lorsqu'elle consiste :" and its cases 1° to 6° (art. 225-2): a lead-in is no
            # condition without its list, which the quote shows whole
            return "", aggravated
        return clause.strip(" ,;.—"), aggravated
    found = list(conds["before"].finditer(before))
    # "Lorsqu'ils sont commis avec circonstance aggravante, sauf lorsque les faits ont entraîné la mort de l'animal,
    # les délits … sont punis de quatre ans" (art. 521-1): an exception's "lorsque" belongs to the case it excepts from
    while len(found) > 1 and EXCEPTED_BEFORE.search(before[max(0, found[-1].start() - 12):found[-1].start()]):
        found.pop()
    # "Lorsque l'infraction préparée est un crime pour lequel la loi prévoit … une répression aggravée en cas de
    # commission en bande organisée, la participation … est punie de quinze ans" (art. 450-1): an opener inside the
    # clause another opened, no comma between them, is part of that clause
    while len(found) > 1 and "," not in before[found[-2].end():found[-1].start()]:
        found.pop()
    if found:
        m = found[-1]
        clause = before[m.start():]
        # "but if such person has one prior conviction ..., such person shall be ...": up to the comma.
        cut = clause.find(", such person")
        clause = clause[:cut] if cut > 0 else clause.rsplit(",", 1)[0]
        if len(clause) > 12:
            return clause.strip(" ,;—"), aggravated
    return "", aggravated


# the main clause punishing, after a condition's comma: "…, la participation à une association de malfaiteurs est punie de"
MAIN_PUNISHING = re.compile(r",[^,;:]{0,160}?\b(?:est|sont)\s+(?:punie?s?|portée?s?|ramenée?s?)\s+(?:de|à)\b|,[^,;:]{0,160}?\bshall\s+be\s+"
                            r"(?:fined|imprisoned|punished|liable)\b", re.I)


def _in_condition(unit: str, start: int, end: int, conds: dict) -> bool:
    """A penalty named in the condition a sentence opens with is the case's, not the sentence's penalty: "Lorsque
    l'infraction préparée est un crime pour lequel la loi prévoit une peine de réclusion criminelle à perpétuité …,
    la participation … est punie de quinze ans" (art. 450-1) sets no life term."""
    s, e = _sentence_bounds(unit, start, end)
    opener = conds["before"].search(unit, s, start)
    return opener is not None and not unit[s:opener.start()].strip() and "," not in unit[opener.end():start] \
        and MAIN_PUNISHING.search(unit, end, e) is not None


LISTED_CASES_CHARS = 400  # a longer list of cases (art. 225-7's ten) is no condition to repeat beside a figure


def _listed_cases(unit: str, end: int) -> str:
    """The numbered cases a lead-in ending with its figures gives them for ("Le blanchiment est puni de dix ans …
    et de 750 000 euros d'amende : 1° Lorsqu'il est commis de façon habituelle … ; 2° Lorsqu'il est commis en bande
    organisée."): the items, whitespace aside, as the condition — a lead-in alone states the figures for no case."""
    line_end = unit.find("\n")
    if line_end < 0 or end > line_end or not re.fullmatch(r"[\s\w',’]{0,40}:\s*", unit[end:line_end + 1]):
        return ""
    cases = " ".join(unit[line_end:].split())
    # numbered cases, as the Code pénal lists aggravations ("1° Lorsqu'il est commis …"); lettered items after a cap
    # ("where it finds that the provider …: (a) infringes …", Art. 74(1) DSA) are what is fined, said in every case
    return cases if re.match(r"\d+°\s", cases) and len(cases) <= LISTED_CASES_CHARS else ""


def _value(kind: str, m: re.Match) -> dict:
    g = {k: v for k, v in m.groupdict().items() if v}
    out: dict = {}
    if "money" in g:
        found = money_of(g["money"])
        if found:
            out["value"], out["unit"] = found
    if "value" in g:
        try:
            out["value"] = number(g["value"])
        except ValueError:
            pass
        unit = (g.get("unit") or "").lower()
        out["unit"] = {"ans": "years", "an": "years", "années": "years", "year": "years", "month": "months", "mois": "months", "heures": "hours",
                       "hour": "hours", "jours": "days", "day": "days", "week": "weeks"}.get(unit, unit) or (
            "%" if kind == "cap" else "years" if kind in ("prison", "age") else "")
        if kind == "threshold":
            out["unit"] = "FLOP" if "floating" in (g.get("of") or "").lower() else "users"
    if "low" in g:
        try:
            out["low"] = number(g["low"])
        except ValueError:
            pass
        else:
            if g.get("lowunit", "").lower() == "mois" and out.get("unit") == "years":
                out["low"] /= 12  # "inférieur à douze mois ni supérieur à trois ans": one year to three
    if "fixed" in g and "value" in out:
        out["low"] = out["value"]  # a length the law fixes ("… est de dix-huit ans"): no range, both ends the value
    if "life" in g:
        out["value"], out["unit"] = float("inf"), "years"
    if "max" in g:
        out["unit"] = "years"
        out["value"] = float("inf") if g["max"].lower() == "life" else number(g["max"].split()[0])
        out["low"] = number(g["min"])
    for key in ("of", "term", "subject", "what"):
        if key in g:
            out[key] = " ".join(g[key].split())
    if out.get("of"):
        out["of"] = _OF_END.split(out["of"], 1)[0]
    if out.get("unit") == "months" and kind == "prison":
        pass  # kept as stated: "18 months" is not rewritten as 1.5 years
    return out


LISTED_KINDS = ("duty", "power", "offence")
# A term defined as the offence an act is ("Le blanchiment est le fait de …", "… constitue un meurtre"), not as what a
# word means ("'minor' means any individual under the age of 18")
TERM_MEANS = re.compile(r"\bmeans\b|\bmeaning\b|\bincludes?\b|\bs['’]entend\b|\bdésigne\b", re.I)


# a class of offences, no one offence's name ("… si cette infraction constitue un délit", art. 227-28-3)
CLASSES = {"delit", "delits", "crime", "crimes", "contravention", "contraventions", "infraction", "infractions",
           "offence", "offences", "offense", "offenses"}


def defines_offence(f: Fact) -> bool:
    return f.kind == "definition" and bool(f.term) and not TERM_MEANS.search(f.text) \
        and fold(f.term).strip() not in CLASSES


def defines_asked_offence(facts: list[Fact], asked: str) -> bool:
    """The facts punish an offence and define it by a term (four letters or more) the question asks (`asked`:
    Question.asked) whole."""
    return any(f.kind in PENALTY_KINDS for f in facts) and any(
        defines_offence(f) and len(fold(f.term)) >= 4 and f" {fold(f.term)} " in asked for f in facts)


def read(p: Provision, children: list[Provision] | None = None) -> list[Fact]:
    """Every fact in a top-level provision, each with its span and the most specific provision holding it."""
    pats = _compiled()
    conds = pats["_conditions"]
    facts: list[Fact] = []
    seen: set[tuple] = set()
    kids = located(p, children or [])
    for u in units(p.text):
        for kind in KINDS:
            trigger, patterns = pats[kind]
            if not trigger.search(u.text):
                continue
            for pat in patterns:
                for m in pat.finditer(u.text):
                    start, end = u.start + m.start(), u.start + m.end()
                    key = (kind, start)
                    if key in seen or any(f.kind == kind and f.start <= start < f.end for f in facts):
                        continue
                    seen.add(key)
                    fields = _value(kind, m)
                    if kind in FIGURE_KINDS and fields.get("value") is None and not fields.get("what"):
                        continue
                    if kind in pats["_not"] and pats["_not"][kind].search(fields.get("what") or m.group(0)):
                        continue
                    if m.groupdict().get("of") and fields.get("of"):
                        # the span ends with what the figure is of, so a figure after it in the clause is read too
                        # ("3 % of their annual total worldwide turnover … or EUR 15000000, whichever is higher")
                        end = min(end, u.start + m.start("of") + len(fields["of"]))
                    if kind in PENALTY_KINDS and _in_condition(u.text, m.start(), m.end(), conds):
                        continue
                    condition, aggravated = ("", False)
                    if kind in PENALTY_KINDS or kind in ("deadline", "bound"):
                        condition, aggravated = _condition(u.text, m.start(), m.end(), conds)
                    if m.groupdict().get("case"):
                        condition = " ".join(m.group("case").split())  # the case the pattern reads with the figure
                        if m.start("case") < m.start("value"):
                            # ("s'il s'agit d'une condamnation à la réclusion criminelle à perpétuité, de dix-huit
                            # ans": the case and its figure are the span, not the length it is an alternative to)
                            start = u.start + m.start("case")
                    if kind in PENALTY_KINDS and not condition and u.lead_in:
                        condition = _listed_cases(u.text, m.end())
                    # (a limit is quoted with what it limits: "il ne peut excéder 1 000 euros", not the amount alone)
                    group = next((g for g in _FIGURE_GROUPS if m.groupdict().get(g)), None) if kind != "bound" else None
                    if group:
                        start, end = u.start + m.start(group), u.start + m.end(group)
                    elif kind in LISTED_KINDS and u.lead_in and LEAD_IN.search(p.text[start:end]) and end < u.end:
                        # "… must notify OFCOM in relation to a charging year which is—": what is owed is in the
                        # items, so the fact is the lead-in with them, as the unit quotes it
                        end = u.end
                    span = p.text[start:end]
                    holder = holding(p, kids, start, end)
                    facts.append(Fact(kind, holder.id, p.id, start, end, span, condition=condition,
                                      aggravated=aggravated, unit_start=u.start, unit_end=u.end, **fields))
    facts += _defined_terms(p, facts, kids)
    from .fact_cases import antecedent_cases, subject_cases  # they read the facts this module types

    return antecedent_cases(p.text, subject_cases(p.text, facts))


# In a definition's items, each term with its case: "(a) if the offence is committed before the time when …, 6
# months; (b) if the offence is committed after that time, 51 weeks."
_DEFINED_TERM = re.compile(r"\(\w{1,3}\)\s+(?P<condition>(?:if|where|when|in\s+the\s+case\s+of)\b[^;:]{5,240}?),\s+"
                           r"(?P<value>" + NUM.replace("(", "(?:", 1) + r")\s+(?P<unit>years?|months?|weeks?|days?)\s*[;.]", re.I)


def located(p: Provision, children: list[Provision]) -> list[tuple[Provision, int]]:
    """The children found in a top-level provision's text, with their offsets, most specific first."""
    kids = sorted(((c, p.text.find(c.text)) for c in children if c.text), key=lambda cs: -cs[0].id.count("/"))
    return [(c, cs) for c, cs in kids if cs >= 0]


def holding(p: Provision, kids: list[tuple[Provision, int]], start: int, end: int) -> Provision:
    """The most specific provision holding the span [start, end) of p's text (`kids`: `located`)."""
    return next((c for c, cs in kids if cs <= start and end <= cs + len(c.text)), p)


def _defined_terms(p: Provision, facts: list[Fact], kids: list[tuple[Provision, int]]) -> list[Fact]:
    """A prison term set by a term the provision itself defines ("imprisonment for a term not exceeding the maximum
    term for summary offences"; "(6) … “the maximum term for summary offences” means— (a) if …, 6 months; (b) if
    …, 51 weeks"): each case of the definition is a prison fact of its own, quoted from the definition."""
    out = []
    for f in facts:
        if f.kind != "prison" or f.value is not None or not f.what:
            continue
        d = next((x for x in facts if x.kind == "definition" and x.term and x.term.lower() in f.what.lower()), None)
        if d is None:
            continue
        unit = p.text[d.unit_start:d.unit_end]
        for m in _DEFINED_TERM.finditer(unit, d.end - d.unit_start):
            start, end = d.unit_start + m.start("value"), d.unit_start + m.end("unit")
            holder = holding(p, kids, start, end)
            fields = _value("prison", m)
            fields.pop("what", None)
            out.append(Fact("prison", holder.id, p.id, start, end, p.text[start:end],
                            condition=" ".join(m.group("condition").split()), unit_start=d.unit_start,
                            unit_end=d.unit_end, **fields))
    return out


def read_all(provisions: list[Provision]) -> list[Fact]:
    """Facts of every indexable top-level provision (children only locate the spans)."""
    from .chunk import indexable, top_ancestor

    by_id = {p.id: p for p in provisions}
    children: dict[str, list[Provision]] = {}
    for p in provisions:
        if p.parent:
            children.setdefault(top_ancestor(p, by_id), []).append(p)
    from .scales import scaled  # it completes the facts this module reads

    facts = [f for p in provisions if indexable(p) and p.kind != "action" for f in read(p, children.get(p.id, []))]
    return facts + scaled(facts, by_id, children)


def by_top(facts: list[Fact]) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for f in facts:
        out.setdefault(f.top_id, []).append(f)
    return out
