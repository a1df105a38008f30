"""How a penalty fact is said in a direct line (kb/direct.py), in English or French: an amount with its currency, a
prison term with the fine beside it, a cap at the greater of an amount and a share, each variant with the case it
applies in, quoted as the law words it."""
from __future__ import annotations

import re

from .facts import Fact
from .units import short

SYMBOL = {"EUR": "€", "GBP": "£", "USD": "$"}
FR_CURRENCY = {"EUR": "euros", "GBP": "livres sterling", "USD": "dollars"}
CONDITION_CHARS = 160
MAX_VARIANTS = 3


def said_amount(value: float, unit: str, lang: str) -> str:
    millions = value >= 1e6 and value % 1e5 == 0
    if lang == "en":
        n = f"{value / 1e6:g} million" if millions else f"{value:,.0f}"
        return f"{SYMBOL.get(unit, unit + ' ')}{n}"
    # French writes "1,5 million d'euros", "18 millions de livres sterling", "60 000 euros".
    if millions:
        m = value / 1e6
        n = f"{m:g}".replace(".", ",") + (" million" if m < 2 else " millions")
    else:
        n = f"{value:,.0f}".replace(",", " ")
    currency = FR_CURRENCY.get(unit)
    if currency is None:
        return f"{n} {unit}"
    joint = ("d'" if currency[0] in "aeiou" else "de ") if millions else ""
    return f"{n} {joint}{currency}"


def _years(f: Fact, lang: str) -> str:
    unit = f.unit if f.unit in ("years", "months", "weeks", "days") else "years"
    if f.low is not None:
        if f.value == float("inf"):  # "not less than 35 years nor more than life"
            return f"{f.low:g} {unit} to life imprisonment" if lang == "en" else f"{f.low:g} ans à la perpétuité"
        if lang == "en":
            return f"{f.low:g} to {f.value:g} {unit}' imprisonment"
        return f"{f.low:g} à {f.value:g} ans d'emprisonnement"
    if f.value is None:
        return ("imprisonment up to " + f.what) if lang == "en" else f"emprisonnement ({f.what})"
    # a crime's term is "réclusion criminelle" (or "détention criminelle"), a délit's "emprisonnement"
    criminal = CRIMINAL.search(f.text or "")
    if f.value == float("inf"):
        return "life imprisonment" if lang == "en" else (
            f"{criminal.group(0).lower()} à perpétuité" if criminal else "emprisonnement à perpétuité")
    if lang == "en":
        return f"{f.value:g} {unit}' imprisonment" if f.value != 1 else f"1 {unit[:-1]}'s imprisonment"
    word = {"months": "mois", "weeks": "semaines", "days": "jours"}.get(unit, "an" if f.value == 1 else "ans")
    return f"{f.value:g} {word} de {criminal.group(0).lower()}" if criminal else f"{f.value:g} {word} d'emprisonnement"


CRIMINAL = re.compile(r"(?:réclusion|détention)\s+criminelle", re.I)


def _fine(f: Fact, lang: str) -> str:
    if f.value is None:
        return "a fine" if lang == "en" else "une amende"
    amount = said_amount(f.value, f.unit, lang)
    # a fine named by its class says so: "a fine of €1,500 (“l'amende prévue pour les contraventions de la 5e classe”)"
    named = (f" (“{f.text}”)" if lang == "en" else f" (« {f.text} »)") if f.via and not f.condition else ""
    if lang == "en":
        return f"a fine of {amount}{named}"
    return (f"une amende de {amount}" if "million" in amount else f"{amount} d'amende") + named


def _percent(f: Fact) -> str:
    """The percentage as the text writes it ("0,05 %", "10%")."""
    m = re.match(r"[\d.,]+\s?%|[\d.,]+\s?per\s?cent", f.text)
    return m.group(0) if m else f"{f.value:g} %"


def _cap(f: Fact, lang: str) -> str:
    if f.unit == "%":
        # in French, what the percentage is of is quoted as the (English) law words it, like a condition
        of = f" of {f.of}" if f.of and lang == "en" else f" (de « {f.of} »)" if f.of else ""
        return (f"up to {_percent(f)}{of}") if lang == "en" else f"jusqu'à {_percent(f)}{of}"
    amount = said_amount(f.value, f.unit, lang)
    return f"up to {amount}" if lang == "en" else f"jusqu'à {amount}"


LISTED = re.compile(r"(?:^|\s)(?=\d+°\s)")  # "1° Lorsqu'il est commis … ; 2° Lorsqu'il est commis en bande organisée."
ITEM_CHARS = 70


def condition(text: str, lang: str) -> str:
    if not text:
        return ""
    # The condition is quoted as the law words it, whatever the answer's language; a list of cases keeps each case's
    # opening words, so the last ("2° Lorsqu'il est commis en bande organisée") is not cut off
    # (in the quotation marks of the line's language: « » in a French line, as its other quotes)
    opening, closing = ("« ", " »") if lang == "fr" else ("“", "”")
    items = [x.strip(" ;") for x in LISTED.split(text) if x.strip(" ;")]
    if len(text) > CONDITION_CHARS and len(items) > 1:
        return f" ({opening}" + " ; ".join(short(x, ITEM_CHARS) for x in items) + f"{closing})"
    return f" ({opening}{short(text, CONDITION_CHARS)}{closing})"


def _joined(p: Fact, fine: Fact, text: str, lang: str) -> tuple[str, str]:
    """(connector, tail) as the law joins the term and the fine: "5 years' imprisonment or a fine (or both)" (UK:
    "… not exceeding 5 years or a fine (or both)"), "shall be fined … or imprisoned not more than 10 years, or both",
    "shall be fined … and imprisoned for not more than 20 years"."""
    first, second = (p, fine) if p.start <= fine.start else (fine, p)
    between = text[first.end:second.start] if second.start - first.end <= 60 else ""
    either = bool(re.search(r"\b(or|ou)\b", between)) and not re.search(r"\b(and|et)\b", between)
    after = text[second.end:second.end + 14]
    # "shall be fined under title 18, imprisoned not more than 2 years, or both" (47 U.S.C. 223(h)(4)): alternatives
    # the closing "or both" says, whatever joins the two
    both = bool(re.match(r"\s*(\((or both|ou les deux)\)|,\s*or both\b)", after) or "(or both)" in second.text)
    either = either or both
    if lang == "en":
        return (" or " if either else " and "), (" (or both)" if both else "")
    return (" ou " if either else " et "), (" (ou les deux)" if both else "")


# A cap at the higher of an amount and a share of turnover: "whichever is the greater of" (OSA Sch. 13),
# "whichever is higher" (AI Act Arts 99 and 101)
GREATER = re.compile(r"greater\s+of|whichever\s+is\s+(?:the\s+)?(?:higher|greater)", re.I)


ITEM_BREAK = re.compile(r"[;\n]\s*\(\w{1,4}\)")


def _items_apart(a: Fact, b: Fact, text: str) -> bool:
    """Two facts in different items of a list ("…; (b) …")."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return bool(text) and bool(ITEM_BREAK.search(text[first.end:second.start]))


def variants(facts: list[Fact], lang: str, greater: bool = False, highest: bool = False,
                      text: str = "") -> list[tuple[str, str]]:
    """(figures, condition) per variant stated in one quote: a prison term with the fine beside it, or a cap.
    `greater`: the quote caps at "whichever is the greater of" its amount and its percentage. `highest`: a
    "maximum" question, answered by the highest term first ("5 years" on indictment, not "6 months" summarily)."""
    caps = [f for f in facts if f.kind == "cap"]
    if caps:
        # "administrative fines of up to EUR 35000000 or … up to 7 % …, whichever is higher" (AI Act Art. 99(3)):
        # the amount is read as a fine, the share as a cap; together they are one cap
        money = [f for f in caps if f.unit != "%"] or \
            ([f for f in facts if f.kind == "fine" and f.value and f.unit != "%"] if greater else [])
        pct = [f for f in caps if f.unit == "%"]
        if money and pct and greater:
            joined = (f"the greater of {said_amount(money[0].value, money[0].unit, lang)} and {_percent(pct[0])}"
                      + (f" of {pct[0].of}" if pct[0].of else "")) if lang == "en" else (
                f"le plus élevé de {said_amount(money[0].value, money[0].unit, lang)} et {_percent(pct[0])}"
                + (f" ({pct[0].of})" if pct[0].of else ""))
            return [(joined, "")]
        ranked = sorted(caps, key=lambda f: (f.unit != "%", -(f.value or 0)))
        return [(_cap(f, lang), "") for f in ranked[:MAX_VARIANTS]]
    out = []
    # In the order the law states them: the base term first, then its "but if …" variants (the patterns find
    # ranges before plain terms, so the facts' own order is not the text's).
    prisons = sorted((f for f in facts if f.kind == "prison"), key=lambda f: f.start)
    if highest and any(f.magnitude is not None for f in prisons) and not any(f.condition or f.aggravated for f in prisons):
        # Alternatives by mode of trial (summary, on indictment): the highest answers. Variants under conditions
        # (an aggravated case) keep the law's order, each with its case.
        prisons = sorted(prisons, key=lambda f: -(f.magnitude if f.magnitude is not None else -1))[:1]
    fines = sorted((f for f in facts if f.kind == "fine"), key=lambda f: f.start)
    for i, p in enumerate(prisons[:MAX_VARIANTS]):
        # … and in its own item: "(a) on summary conviction, … a fine (or both); (b) on conviction on indictment,
        # … two years" (OSA s. 187) gives the fine on summary conviction only, never with the two years.
        # … and in its own unit: art. 223-15-3 III's seven years come with its own million euros, never with II's
        # €750,000 (a fine read in another alinéa is another variant's).
        same = [f for f in fines if f.condition == p.condition and not _items_apart(p, f, text)
                and f.unit_start == p.unit_start]
        # The fine stated with this term: the one right after it ("… 5 years or a fine"), else the first of its case.
        fine = min(same, key=lambda f: min(abs(f.start - p.end), abs(p.start - f.end)), default=None)
        if fine is None:
            figures = _years(p, lang)
        else:
            sep, tail = _joined(p, fine, text, lang)
            figures = _years(p, lang) + sep + _fine(fine, lang) + tail
        # The first variant is the base term, shown bare, unless every variant has its case (a term the law
        # defines case by case: "6 months" before a day, "51 weeks" after it).
        cased = i or p.aggravated or all(x.condition for x in prisons)
        out.append((figures, p.condition if cased else ""))
    if not prisons:
        # (a fine the law gives only in its case is shown with it: art. 322-1 II's €3,750 "lorsqu'il n'en est résulté
        # qu'un dommage léger", not as the offence's penalty)
        cased = all(f.condition for f in fines)
        out += [(_fine(f, lang), f.condition if i or cased else "") for i, f in enumerate(fines[:MAX_VARIANTS])]
    return out
