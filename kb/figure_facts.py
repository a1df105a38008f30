"""How a claimed figure meets the facts read from the provisions (kb/facts.py): whether a prison term, an amount,
a cap, a deadline, an age or a threshold is the one a fact states, and how facts and claims are described and
quoted in a verdict. kb/figures.py decides; this module only compares and words."""
from __future__ import annotations

import math
import re

from .facts import Fact
from .glossary import fold
from .index import Index
from .question import Question, subject_words
from .types import Provision
from .units import units
from .verdicts import quote as _quote


def fact_value(f: Fact) -> float | None:
    if f.value is None:
        return None
    if f.kind == "deadline":
        return f.value * {"hours": 1, "days": 24, "working days": 24, "months": 720, "years": 8760}.get(f.unit, 1)
    if f.kind in ("prison", "bound") and f.unit == "months":
        return f.value / 12
    return f.value


def limits_another_measure(f: Fact) -> bool:
    """A limit on a measure other than a prison term, which names it (kb/data/facts.yaml `what`): the période de
    sûreté's eighteen years are no fact for a sentence's penalty."""
    return f.kind == "bound" and bool(f.what)


def matches(kind: str, claimed, facts: list[Fact]) -> bool:
    if kind == "money":
        amount, cur = claimed
        return any(f.value == amount and f.unit == cur for f in facts if f.kind in ("fine", "cap", "bound"))
    wanted = {"prison": ("prison", "bound"), "limit": ("bound",), "cap": ("cap",), "deadline": ("deadline",),
              "age": ("age",), "threshold": ("threshold",)}[kind]
    for f in facts:
        if f.kind not in wanted:
            continue
        if f.kind == "bound" and f.unit not in ("years", "months"):
            continue  # (a term in years is a limit's only when the limit is in years or months: not 400 hours)
        if kind == "prison" and limits_another_measure(f):
            continue
        if kind == "cap" and f.unit != "%":
            continue
        if kind in ("prison", "limit") and f.low is not None and claimed in (f.low, f.value):
            return True
        if fact_value(f) == claimed:
            return True
    return False


def all_match(figures: list[tuple[str, object]], facts: list[Fact]) -> bool:
    """Every figure is the law's — and a prison term with a fine are one penalty: both from one variant ("deux
    ans … 45 000 euros" is not art. 226-1, whose two years come with 60 000 euros)."""
    if not all(matches(k, v, facts) for k, v in figures):
        return False
    capped = [(k, v) for k, v in figures if k in ("cap", "money")]
    if {k for k, _ in capped} == {"cap", "money"} and not any(k == "prison" for k, _ in figures):
        # An amount and a percentage are one cap: both from one unit ("€15 million or 3 %", Art. 99(4) AI Act; not
        # €15 million with Art. 99(3)'s 7 %).
        # Several tiers in one sentence ("€35M or 7 % …, €15M or 3 %") pair off unit by unit: each figure shares a
        # unit with a figure of the other kind the sentence gives.
        units: dict[int, list[Fact]] = {}
        for f in facts:
            if f.kind in ("fine", "cap"):
                units.setdefault(f.unit_start, []).append(f)
        return all(any(matches(k, v, fs) and any(matches(k2, v2, fs) for k2, v2 in capped if k2 != k)
                       for fs in units.values()) for k, v in capped)
    penalty = [(k, v) for k, v in figures if k in ("prison", "money")]
    if sorted(k for k, _ in penalty) != ["money", "prison"]:
        return True  # one penalty stated ("2 years and €45,000"); a scale ("from 1 to 2 years and €15,000 to €30,000") is compared figure by figure
    variants: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.kind in ("prison", "fine"):
            variants.setdefault((f.provision_id, f.unit_start, f.condition), []).append(f)
    return any(all(matches(k, v, fs) for k, v in penalty) for fs in variants.values()) or not variants


def kinds_of(kind: str) -> set[str]:
    # (a limit on a measure, "bound": the terms a suspension may go with, a probation period, a day-fine's amount)
    return {"money": {"fine", "cap", "bound"}, "prison": {"prison", "bound"}, "limit": {"bound"}, "cap": {"cap"},
            "deadline": {"deadline"}, "age": {"age"}, "threshold": {"threshold"}}[kind]


def stating(figures: list[tuple[str, object]], index: Index, jurisdictions: set[str],
            period: str | None = None) -> list[tuple[Provision, list[Fact]]]:
    """The facts as an index: every provision (of these jurisdictions) that states all the claimed figures."""
    out = []
    for pid, fs in index.facts.items():
        if pid not in index.provisions or (jurisdictions and index.provisions[pid].jurisdiction not in jurisdictions):
            continue
        fs = [f for f in fs if same_base(f, period)]
        if all(matches(k, v, fs) for k, v in figures):
            out.append((index.provisions[pid], fs))
    return out


# The period a share of turnover is reckoned over: "5 % of the average daily worldwide turnover" (a periodic
# penalty, Art. 52(4) DSA) is not "5 % of annual turnover" (a fine, whose cap is 6 %).
PERIOD = re.compile(r"\b(?:(?P<day>daily|per day|a day|each day|par jour|journali[eè]re?s?|quotidiens?|quotidiennes?)|"
                    r"(?P<year>annual|annually|yearly|per year|a year|annuels?|annuelles?|par an)|"
                    r"(?P<month>monthly|per month|mensuels?|mensuelles?|par mois))\b", re.I)


def period_of(text: str) -> str | None:
    """The period a text reckons in: the shortest it names, since a daily share of an annual turnover ("5 % of the
    average daily income or worldwide annual turnover … per day", Art. 76 DSA) is paid by the day."""
    found = {m.lastgroup for m in PERIOD.finditer(text)}
    return next((p for p in ("day", "month", "year") if p in found), None)


def claimed_base(claim: str) -> str | None:
    """The period of the base a sentence's percentage is a share of, read in the words just after each "%" ("5%
    global of annual turnover"), or None unless every share names the same one."""
    marks = list(re.finditer(r"%|\bper ?cent\b|\bpour ?cent\b", claim))
    # each share's own words, up to the next figure ("6% on their global annual turnover plus 5% of the average
    # daily …": one of each, or "6% of global turnover …, and 5% daily": one said, one not; then no period is read)
    spans = [re.split(r"[;\d]", claim[m.end():m.end() + 60])[0] for m in marks]
    periods = {period_of(s) for s in spans}
    return periods.pop() if len(periods) == 1 else None


def same_base(f: Fact, period: str | None) -> bool:
    """A share-of-turnover cap can support or contradict a sentence's only if both reckon the base over the same
    period, when both say one."""
    if period is None or f.kind != "cap" or f.unit != "%":
        return True
    own = period_of(f.of or f.text)
    return own is None or own == period


PENALTY = {"prison", "money"}


def family(kind: str) -> str:
    return "penalty" if kind in PENALTY else kind


def only(stated: dict, facts: list[Fact]) -> dict:
    """The claimed figures these facts state."""
    return {k: {v for v in vals if matches(k, v, facts)} for k, vals in stated.items() if any(matches(k, v, facts) for v in vals)}


def describe(f: Fact) -> str:
    if f.kind == "prison" and f.low is not None:
        return f"{f.low:g} to {'life' if f.value == float('inf') else f'{f.value:g} years'} in prison"
    if f.kind == "threshold" and f.unit == "FLOP" and f.value:
        return f"more than 10^{round(math.log10(f.value))} floating point operations"
    if f.kind == "threshold" and f.value is not None and len(f.text) > 80:
        # the figure, which the cut would lose: "… equal to or higher than 45 million"
        return f"{f.value / 1e6:g} million {f.unit or 'users'} ({f.text[:50].rsplit(' ', 1)[0]} …)"
    if f.kind == "bound" and len(f.text) > 80:
        # a limit's figure closes its words ("s'il s'agit d'une condamnation à la réclusion criminelle à perpétuité,
        # de dix-huit ans"): cut from the middle, so that the figure is said
        return f.text[:36].rsplit(" ", 1)[0] + " … " + f.text[-44:].split(" ", 1)[-1]
    said = f.text if len(f.text) <= 80 else f.text[:80].rsplit(" ", 1)[0] + " …"
    # a fine named by its class: the amount, and where the law states it
    return f"{said} (“{f.via_text}”, {f.via_citation})" if f.via_text else said


def describe_claimed(claimed: dict) -> str:
    parts = []
    for k, vals in claimed.items():
        for v in sorted(vals, key=str):
            if k == "money":
                parts.append(f"{v[0]:,.0f} {v[1]}")
            elif k == "cap":
                parts.append(f"{v:g} %")
            elif k == "deadline":
                parts.append(f"{v / 8760:g} year{'s' if v != 8760 else ''}" if v >= 8760 and v % 8760 == 0 else
                             f"{v / 720:g} months" if v >= 720 and v % 720 == 0 else
                             f"{v / 24:g} days" if v >= 72 and v % 24 == 0 else f"{v:g} hours")
            elif k == "threshold" and v >= 1e12:  # training compute, not users
                parts.append(f"10^{round(math.log10(v))} floating point operations")
            elif k == "threshold":
                parts.append(f"{v / 1e6:g} million users")
            elif k == "age":
                parts.append(f"under {v:g}")
            else:
                parts.append("life imprisonment" if v == float("inf") else f"{v * 12:g} months" if v < 1
                             else "1 year" if v == 1 else f"{v:g} years")
    return ", ".join(parts)


def fact_quotes(p: Provision, facts: list[Fact], index: Index) -> list[dict]:
    out, seen = [], set()
    for f in facts:
        key = (f.unit_start, f.unit_end)
        if key in seen:
            continue
        seen.add(key)
        holder = index.provisions.get(f.provision_id, p)
        out.append(_quote(holder if p.text[f.unit_start:f.unit_end] in holder.text else p, p.text[f.unit_start:f.unit_end]))
        via = index.provisions.get(f.via)
        if via is not None and f.via_text in via.text and (f.via, f.via_text) not in seen:
            seen.add((f.via, f.via_text))
            out.insert(1, _quote(via, f.via_text))  # the amount the unit names, beside it
    return out[:3]


def variants(p: Provision, facts: list[Fact], claimed: dict, index: Index) -> list[str]:
    """A true claim that leaves out an aggravated variant of the penalty is supported with a caveat."""
    out = []
    units_said = {(f.unit_start, f.unit_end) for f in facts if matches_fact(f, claimed)}
    for f in facts:
        if (f.aggravated or f.condition) and not matches_fact(f, claimed):
            holder = index.provisions.get(f.provision_id)
            cite = holder.citation if holder else p.citation
            cond = f" ({_clipped(f.condition)})" if f.condition else ""
            if not f.aggravated and units_said and (f.unit_start, f.unit_end) not in units_said:
                # Art. 99(4) AI Act is another case than 99(3)'s, not 99(3) "if the offender is an undertaking"
                cond = f" for another case (“{p.text[f.unit_start:f.unit_end][:100].strip()}…”)"
            out.append(f"also {describe(f)}{cond}: {cite}")
    return list(dict.fromkeys(out))[:2]


CONDITION = re.compile(r"(?:\bsi\b|\blorsqu|\bquand\b|\bwhen\b|\bif\b|\bwhere\b)([^.;]+)", re.I)


SAME_CASE = 0.5  # share of the words of the sentence's condition the law's condition must use


def _case_words(claim: str) -> list[str]:
    """The words of the case a sentence states ("si l'usurpation est commise sur internet", "when published
    online"), [] when it states none or too little of one."""
    said = CONDITION.search(claim)
    # a case stated before the figures ends at its comma: "si l'usurpation est commise sur internet, la peine …"
    case = said.group(1).split(",", 1)[0] if said else ""
    words = [w for w in subject_words(case) if len(w) >= 4]
    return words if len(words) >= 2 else []


# A verb denied ("is not", "shall not", "isn't", "n'est pas", "ne peut pas", "not found"): what a sentence states as
# a negation, not what it paraphrases as one ("immunity from liability").
VERB_NOT = re.compile(r"\b(?:is|are|was|were|does|do|did|has|have|shall|may|must|will|can|could|would)\s+not\b|"
                      r"\b\w+n['’]t\b|\bn['’]\w+\s+pas\b|\bne\s+\w+\s+pas\b|\bnot\s+(?:found|held|committed|made)\b", re.I)


# The law's negated case said another way: "n'ayant entraîné aucune incapacité", "inférieure ou égale à huit jours"
# (what "n'ont pas entraîné d'ITT supérieure à huit jours" says)
AT_MOST = re.compile(r"\bn['’]\w+\s+(?:\w+\s+)?aucune?\b|\binf[ée]rieure?s?\s+ou\s+[ée]gale?s?\b|"
                     r"\bnot\s+(?:more\s+than|exceeding)\b|\bor\s+less\b", re.I)


# "si ce n'est pas autorisé par la loi", "unless authorised by law": the offence's unlawfulness ("sans ordre des
# autorités constituées et hors les cas prévus par la loi", art. 224-1), never a case its figures are given for
UNLAWFUL = re.compile(r"\b(?:par|by)\s+(?:la\s+)?(?:loi|law)\b|\b(?:autoris|authori[sz])\w*|\b(?:il)?l[ée]ga(?:l|ux|le)\w*|"
                      r"\b(?:un)?lawful\w*", re.I)


def negated_case(claim: str, conditions: list[str]) -> str:
    """The case the sentence gives the figures for, when it is a negation the law's conditions for them do not make
    ("If X is not found to have breached UK law, Ofcom could impose fines of up to 10 %"; "lorsque le harcèlement
    n'est pas commis en ligne, les peines sont doublées"): "" otherwise."""
    said = CONDITION.search(claim)
    case = said.group(0).split(",", 1)[0] if said else ""
    if not VERB_NOT.search(case) or UNLAWFUL.search(case):
        return ""
    words = [w for w in re.findall(r"[a-z]{4,}", fold(case)) if w not in ("lorsque", "lorsqu", "where", "when")]
    # the law's own negated case, in the sentence's words ("if the person does not have an accounting period" is
    # not "if X is not found to have violated UK law")
    if any((VERB_NOT.search(c) or AT_MOST.search(c)) and sum(1 for w in words if w in fold(c)) >= max(1, len(words) / 2)
           for c in conditions):
        return ""
    return case.strip()


def other_condition(claim: str, q: Question, facts: list[Fact]) -> str:
    """The law's condition for these figures, when the sentence states the figures for a case that shares few of
    its words; "" when the sentence gives no condition or the same one."""
    # Only an aggravated variant's case ("portées à … lorsque …"), and only when every figure matched is that
    # variant's: "If the platform is found in breach, it could face fines of 10 %" matches no aggravated variant.
    conditional = [f for f in facts if f.condition and f.aggravated]
    if not conditional or len(conditional) < len([f for f in facts if f.kind in ("fine", "prison")]):
        return ""
    words = _case_words(claim)
    if not words:
        return ""
    law = fold(" ".join(f.condition for f in conditional))
    share = sum(1 for w in words if q.covers(w, law)) / len(words)
    return "" if share >= SAME_CASE else conditional[0].condition


# "Lorsque le bien … est un registre … ou lorsque la destruction est commise à raison de l'appartenance … à une
# race": a second case the sentence gives the same figures
OR_CASE = re.compile(r"\b(?:ou|or)\s+(?:lorsque\b|lorsqu['’]|quand\b|si\b|when\b|if\b|where\b)([^.;]+)", re.I)


def alternative_unsaid(claim: str, q: Question, p: Provision) -> str:
    """A case the sentence joins to the first with "ou lorsque" ("or when") that the provision giving the figures
    does not speak of (half its words absent: art. 322-2 kept the register, the racial ground moved out of it);
    "" when every case is the provision's."""
    said = fold(p.heading + " " + p.text)
    for m in OR_CASE.finditer(claim):
        case = m.group(1).split(",", 1)[0]
        words = [w for w in subject_words(case) if len(w) >= 4]
        if len(words) >= 3 and sum(1 for w in words if q.covers(w, said)) / len(words) < SAME_CASE:
            return m.group(0).split(",", 1)[0].strip()
    return ""


SAME_PENALTIES = re.compile(r"\bdes\s+m[êe]mes\s+peines\b|\bthe\s+same\s+(?:penalt|punishment|sentence)", re.I)


def same_penalties(claim: str, q: Question, p: Provision) -> str:
    """The unit of `p` that gives the sentence's case the offence's own penalties ("Cette infraction est punie des
    mêmes peines lorsqu'elle est commise sur un réseau de communication au public en ligne", art. 226-4-1 al. 2),
    or "": the law says that case is not aggravated."""
    words = _case_words(claim)
    if not words:
        return ""
    for u in units(p.text):
        unit = fold(u.text)
        if SAME_PENALTIES.search(unit) and sum(1 for w in words if q.covers(w, unit)) / len(words) >= SAME_CASE:
            return u.text.strip()
    return ""


def matches_fact(f: Fact, claimed: dict) -> bool:
    return any(matches(k, v, [f]) for k, vals in claimed.items() for v in vals)


def _clipped(text: str, limit: int = 160) -> str:
    """A condition shown whole, or cut at a word with an ellipsis ("… au public en ligne", never "… en lign")."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"


# The figure's words, not the subject's: a penalty's vocabulary ("carries a maximum custodial sentence of two years")
# is in every penalty provision, so it says nothing of which offence a sentence means ("… the existing sentence for
# upskirting", an offence the corpus does not hold, is not s. 188's two years).
FIGURE_WORDS = {"months", "month", "hours", "days", "jours", "heures", "semaines", "weeks",
                "sentence", "sentences", "sentenced", "imprisonment", "custodial", "carry", "carries", "carrying",
                "maximum", "prison", "penalty", "penalties", "punishable", "emprisonnement", "amende", "amendes",
                "peine", "peines", "passible", "passibles", "maximale", "encourt", "encourue", "encourues", "encourus",
                # "Les peines principales encourues sont …": the main penalties, of whatever offence
                "principal", "principale", "principales", "principaux"}
# "… de vingt ans de réclusion criminelle": the term's own name, which names no offence ("Le viol est puni de vingt
# ans de réclusion criminelle" was art. 222-23-3's, which uses no word of it but these) — though beside the offence's
# words it tells the crimes from the délits ("la réclusion à perpétuité … d'un incendie volontaire …")
TERM_WORDS = {"reclusion", "criminelle"}
ABOUT = 0.5  # share of a sentence's subject words a provision must use before its figures can contradict it
