"""A sentence's figures against one provision's facts, once kb/figures.py has chosen the provision: supported
(with the variants it leaves out, or the provision's other case), contradicted by the variant it restates or by the
figure paired with the one it gives, or — for a provision the sentence cites — held to that provision's own
facts (`provision_check`)."""
from __future__ import annotations

import re

from .facts import Fact, bases
from .figure_cases import AT_MOST, case_of_subject, case_unsaid, category_case, only_in_case, stems
from .forms import defining_of, forms_of, own_penalty
from .glossary import fold
from .figure_facts import all_match as _all_match, describe as _describe, describe_claimed as _describe_claimed
from .figure_facts import fact_quotes as _fact_quotes, fact_value as _fact_value, kinds_of as _kinds
from .figure_facts import matches as _matches, matches_fact as _matches_fact, only as _only
from .figure_facts import OR_CASE, alternative_unsaid, other_condition as _other_condition
from .figure_facts import same_penalties as _same_penalties
from .figure_facts import variants as _variants
from .index import Index
from .quantities import NUM, amounts_at, number, percents_at
from .question import Question, analyse, subject_words
from .stated import claimed, floors
from .types import Provision
from .verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Claim, quote as _quote


def supported(claim: str, q: Question, p: Provision, facts: list[Fact], stated: dict, index: Index) -> Claim:
    subject_case = case_of_subject(claim, stated, facts, index) or category_case(claim, p, facts, stated, index)
    if subject_case:
        return subject_case
    matched = [f for f in facts if _matches_fact(f, stated)]
    same = _same_penalties(claim, q, p) if matched and all(f.condition or f.aggravated for f in matched) else ""
    base = [f for f in facts if not f.condition and not f.aggravated]
    if same and base:
        # "Si l'usurpation est commise sur internet, la peine passe à deux ans et 30 000 euros": the figures are
        # the spouse's case (art. 226-4-1 al. 3); online, al. 2 says, the penalties are the offence's own.
        said = "; ".join(dict.fromkeys(_describe(f) for f in base))[:300]
        return Claim(claim, CONTRADICTED, f"{p.citation}: “{same[:200]}” — that is, {said}; the sentence gives "
                                          f"{_describe_claimed(_only(stated, matched))} for that case.",
                     [_quote(p, same), *_fact_quotes(p, base, index)][:3], f"{p.citation}: {said} (“{same[:120]}”).",
                     kind="figure")
    unsaid = case_unsaid(claim, q, matched, facts)
    if unsaid:
        # "L'usurpation d'identité est punie de deux ans d'emprisonnement et de 30 000 euros d'amende": those are
        # the spouse's case (art. 226-4-1 al. 3); the offence's own penalty is lower, and the sentence gives the
        # figures as the offence's, neither stating the case nor framing them as the most it can cost
        return only_in_case(claim, p, unsaid, stated, matched, facts, index)
    other_case = _other_condition(claim, q, matched)
    if other_case:
        # "3 years and €75,000 if the images come from a photo posted on social media": the figures are the
        # law's, the case they are said to apply in is not.
        return Claim(claim, UNVERIFIABLE, f"{p.citation} states these figures {other_case[:200]}; the sentence "
                                          f"gives them for another case.", _fact_quotes(p, facts, index), kind="figure")
    alternative = alternative_unsaid(claim, q, p)
    if alternative:
        return _alternative_unsaid(claim, p, facts, alternative, index)
    said = "; ".join(dict.fromkeys(_describe(f) for f in facts))[:300]
    ceiling = _floor_for_ceiling(claim, matched, p)
    if ceiling:
        # "… or a minimum fine of £18 million": Sch. 13 para. 4 makes £18 million a maximum
        return Claim(claim, CONTRADICTED, f"{p.citation} states {ceiling} as a maximum, not a minimum: {said}.",
                     _fact_quotes(p, facts, index), f"{p.citation}: at most {ceiling} ({said}).", kind="figure")
    measure = _other_measure(claim, matched)
    if measure:
        # "… up to £18m or 10% of qualifying worldwide expenditure": Sch. 13 para. 4's 10 % is of revenue
        f, word = measure
        return Claim(claim, CONTRADICTED, f"{p.citation} states {_describe(f)}; the sentence gives the share of "
                                          f"{word}, another measure.", _fact_quotes(p, facts, index),
                     f"{p.citation}: {_describe(f)}, not of {word}.", kind="figure")
    return _not_the_most(claim, p, stated, facts, said, index) or form_unsaid(claim, q, p, stated, index) or \
        Claim(claim, SUPPORTED, f"{p.citation} states it: {said}.", _fact_quotes(p, facts, index),
              caveats=_variants(p, facts, stated, index), kind="figure")


FORM_WORDS = 5  # letters a word of a form's case needs before the sentence using it names that case


def form_unsaid(claim: str, q: Question, p: Provision, stated: dict, index: Index) -> Claim | None:
    """"Le meurtre est puni de la réclusion criminelle à perpétuité": that is art. 221-2's and 221-4's meurtre, in
    the cases they name; art. 221-1 punishes the offence itself by thirty years. The figures of an article punishing
    another form of an offence, given as the offence's own — neither naming the form's case nor framed as the most
    it can cost — are contradicted by the article that defines it. When the sentence names the case of another form
    stating them ("le meurtre d'un mineur de quinze ans": art. 221-4, 1°), that form supports it."""
    if AT_MOST.search(claim):
        return None
    figures = [(k, v) for k, vals in stated.items() for v in vals]
    said = fold(claim)
    for d in defining_of(p, index):
        holder = own_penalty(d, index)  # art. 311-3 punishes the vol art. 311-1 defines
        own = [f for f in index.facts.get(holder.id, []) if f.kind in ("prison", "fine") and not f.condition
               and not f.aggravated]
        if not own or _all_match(figures, own) or not {f.kind for f in own} >= {k for k, _ in figures if k != "money"}:
            continue
        # (any form stating these figures whose case the sentence names: "le meurtre d'un mineur de quinze ans" is
        # art. 221-4's, whichever form was found first)
        named = [x for x in [p, *forms_of(d, index)]
                 if _all_match(figures, index.facts.get(x.id, [])) and _names_case(said, x, d, index)]
        if named and named[0].id != p.id:
            x, fs = named[0], index.facts.get(named[0].id, [])
            said_x = "; ".join(dict.fromkeys(_describe(f) for f in fs if _matches_fact(f, stated)))[:300]
            return Claim(claim, SUPPORTED, f"{x.citation} states it: {said_x}.", _fact_quotes(x, fs, index),
                         kind="figure")
        if named:
            continue
        aggravated = [x for x in forms_of(d, index) if _all_match(figures, index.facts.get(x.id, []))] \
            if AGGRAVATED_CASE.search(claim) else []
        if aggravated:
            # "Quant au proxénétisme aggravé, la loi ramène la peine à 10 ans … et 1 500 000 euros": the sentence
            # says it is about an aggravated form, and one of the offence's forms (art. 225-7) states every figure
            # (claims136's END run: unverifiable)
            x, fs = aggravated[0], index.facts.get(aggravated[0].id, [])
            said_x = "; ".join(dict.fromkeys(_describe(f) for f in fs if _matches_fact(f, stated)))[:300]
            return Claim(claim, SUPPORTED, f"{x.citation} states it for an aggravated form of the offence {d.citation} "
                                           f"defines: {said_x}.", _fact_quotes(x, fs, index), kind="figure")
        base = "; ".join(dict.fromkeys(_describe(f) for f in own))[:300]
        return Claim(claim, CONTRADICTED, f"{holder.citation} states {base}; {_describe_claimed(stated)} is what "
                                          f"{p.citation} states for a form of the offence the sentence does not name.",
                     _fact_quotes(holder, own, index) + _fact_quotes(p, index.facts.get(p.id, []), index)[:2],
                     f"{holder.citation}: {base}.", kind="figure")
    return None


def _names_case(said: str, x: Provision, d: Provision, index: Index) -> bool:
    """The sentence (folded) uses a word of the case form `x` punishes — a word of its opening that the defining
    article `d` and its penalty's own words do not use — or the form names no such word."""
    penalty = subject_words(" ".join(f.text for f in index.facts.get(x.id, []) if f.kind in ("prison", "fine")))
    # (the whole article: art. 311-4's sixth case, "dans un local d'habitation", is far into its list)
    case = [w for w in subject_words(x.text) - subject_words(d.text) - penalty if len(w) >= FORM_WORDS]
    return not case or any(re.search(rf"\b{re.escape(w[:max(FORM_WORDS, len(w) - 2)])}", said) for w in case)


# the first figure a sentence gives: what comes before it is what the figures are said of
# "jusqu'à dix ans", "up to 10 years", "au maximum": the most a penalty can be
CEILING = re.compile(r"\b(?:up\s+to|jusqu['’]\s*(?:à|a)|au\s+maximum|a\s+maximum\s+of|at\s+most|au\s+plus|peut\s+atteindre|"
                     r"can\s+reach|maximum\s+(?:penalty|sentence|term|peine)|peine\s+maximale)\b", re.I)


def _not_the_most(claim: str, p: Provision, stated: dict, facts: list[Fact], said: str, index: Index) -> Claim | None:
    """The sentence gives as the most a provision provides one of its cases' terms, when its cases are alternatives
    (art. 450-1's, by the offence prepared), none an aggravation of another, and the sentence states no case: "…
    l'article 450-1 du Code pénal qui prévoit une peine allant jusqu'à dix ans" — ten years is al. 3's case, the
    article goes up to fifteen (al. 2)."""
    if not CEILING.search(claim):
        return None
    matched = [f for f in facts if _matches_fact(f, stated)]
    terms = [f for f in matched if f.kind == "prison" and f.magnitude is not None]
    if not terms or not all(f.condition and not f.aggravated for f in terms):
        return None
    if any(len(stems(f.condition) & stems(claim)) >= 2 for f in terms):
        return None  # the case is said
    cases = [f for f in facts if f.kind == "prison" and f.magnitude is not None and f.condition and not f.aggravated]
    top = max(cases, key=lambda f: f.magnitude)
    if top.magnitude <= max(f.magnitude for f in terms):
        return None
    return Claim(claim, CONTRADICTED, f"{p.citation} goes up to {_describe(top)} ({top.condition[:160]}); "
                                      f"{_describe_claimed(_only(stated, matched))} is one case's term, not the most it "
                                      f"provides: {said}.", _fact_quotes(p, facts, index),
                 f"{p.citation}: up to {_describe(top)} (“{top.condition[:120]}”).", kind="figure")


SHARE = re.compile(NUM + r"\s?(?:%|per\s?cent|pour\s?cent)\s+(?:of\s+|du\s+|des\s+|de\s+(?:la\s+|l['’]\s*|leur\s+|son\s+|sa\s+|ses\s+)?)?"
                   r"([^,;:.()]{0,60})", re.I)


def _other_measure(claim: str, matched: list[Fact]) -> tuple[Fact, str] | None:
    """A share the law gives of turnover or revenue, which the sentence gives of another measure (spending,
    profit, assets — kb/data/facts.yaml `bases`); a sentence naming both measures is not read."""
    b = bases()
    for m in SHARE.finditer(claim):
        words = m.group(2)
        other = b["other"].search(words)
        if not other or b["turnover"].search(words):
            continue
        for f in matched:
            if f.unit == "%" and f.value == number(m.group(1)) and b["turnover"].search(f.of or f.text):
                return f, other.group(0)
    return None


# "peut être puni de", "encourt", "jusqu'à", "up to", "can face": the most an offence can cost, which an aggravated
# variant is
def _floor_for_ceiling(claim: str, matched: list[Fact], p: Provision) -> str:
    """A penalty the sentence calls a minimum that the law states only as a maximum (no lower bound of that value).
    A floor the law's own words state is the law's condition, not the sentence's framing: art. 450-1's "délits punis
    d'au moins cinq ans d'emprisonnement" are the offences prepared, not the conspiracy's penalty."""
    said = floors(p.text)
    for kind, values in floors(claim).items():
        for v in values:
            if v in said.get(kind, ()):
                continue
            facts = [f for f in matched if _matches(kind, v, [f])]
            if facts and not any(f.low is not None and f.low == v for f in facts):
                return _describe_claimed({kind: {v}})
    return ""


def _alternative_unsaid(claim: str, p: Provision, facts: list[Fact], case: str, index: Index) -> Claim:
    return Claim(claim, UNVERIFIABLE, f"{p.citation} states these figures, but says nothing of one case the sentence "
                                      f"gives them for (“{case[:200]}”).", _fact_quotes(p, facts, index), kind="figure")


def _own_facts(claim: str, p: Provision, index: Index) -> tuple[dict, list[Fact]]:
    """The figures a sentence gives, and the provision's facts of those kinds."""
    stated = claimed(claim)
    needed = set().union(*(_kinds(k) for k in stated)) if stated else set()
    return stated, [f for f in index.facts.get(p.id, []) if f.kind in needed]


def states_all(claim: str, p: Provision, index: Index) -> bool:
    """The provision states every figure the sentence gives (whatever else it then says of them)."""
    stated, facts = _own_facts(claim, p, index)
    return bool(facts) and _all_match([(k, v) for k, vals in stated.items() for v in vals], facts)


def subject_case(claim: str, p: Provision, index: Index) -> Claim | None:
    """`case_of_subject` against the provision's own facts."""
    stated, facts = _own_facts(claim, p, index)
    return case_of_subject(claim, stated, facts, index) if facts else None


def provision_check(claim: str, p: Provision, index: Index) -> Claim | None:
    """The figures a sentence gives the provision it cites ("article 226-4-1 …, puni d'un an d'emprisonnement et de
    15 000 euros d'amende") against that provision's own facts."""
    stated, facts = _own_facts(claim, p, index)
    if not facts:
        return None
    said = "; ".join(dict.fromkeys(_describe(f) for f in facts))[:300]
    subject_case = case_of_subject(claim, stated, facts, index) or category_case(claim, p, facts, stated, index)
    if subject_case:
        return subject_case
    if _all_match([(k, v) for k, vals in stated.items() for v in vals], facts):
        matched = [f for f in facts if _matches_fact(f, stated)]
        if matched and (all(f.condition for f in matched) or any(f.via and f.condition for f in matched)):
            # "articles 222-34 et 222-35 CP, punis, respectivement, de la réclusion criminelle à perpétuité et à 30
            # ans": thirty years is art. 222-35's organised-gang case; production alone is punished by twenty
            unsaid = case_unsaid(claim, analyse(claim, index.config), matched, facts)
            if unsaid:
                return only_in_case(claim, p, unsaid, stated, matched, facts, index)
        # (the claim is analysed again only when it joins a second case: most cited figures have none)
        alternative = alternative_unsaid(claim, analyse(claim, index.config), p) if OR_CASE.search(claim) else ""
        if alternative:
            return _alternative_unsaid(claim, p, facts, alternative, index)
        return _not_the_most(claim, p, stated, facts, said, index) or \
            Claim(claim, SUPPORTED, f"{p.citation} states it: {said}.", _fact_quotes(p, facts, index), kind="figure")
    return with_forms(claim, p, stated, facts, index) or Claim(
        claim, CONTRADICTED, f"{p.citation} states {said}; the sentence gives it {_describe_claimed(stated)}.",
        _fact_quotes(p, facts, index), f"{p.citation}: {said}.", kind="figure")


# "… or 20 years if aggravating circumstances exist", "… en cas de circonstances aggravantes": the sentence gives
# its other figures for another form of the offence
AGGRAVATED_CASE = re.compile(r"\b(?:aggravat\w*|aggrav[ée]e?s?|aggravantes?|circonstances?)\b", re.I)


def with_forms(claim: str, p: Provision, stated: dict, facts: list[Fact], index: Index) -> Claim | None:
    """SUPPORTED when the figures the provision lacks are those of the offence's other forms, set by the articles
    after it (kb/forms.py), and the sentence says they are for aggravated cases; None otherwise."""
    if not AGGRAVATED_CASE.search(claim):
        return None
    figures = [(k, v) for k, vals in stated.items() for v in vals]
    kinds = {f.kind for f in facts}
    forms = [(x, [f for f in index.facts.get(x.id, []) if f.kind in kinds]) for x in forms_of(p, index)]
    if not _all_match(figures, facts + [f for _, fs in forms for f in fs]):
        return None
    used = [(x, fs) for x, fs in forms if any(_matches(k, v, fs) and not _matches(k, v, facts) for k, v in figures)]
    said = "; ".join(dict.fromkeys(_describe(f) for f in facts))[:200]
    more = "; ".join(f"{x.citation}, for its aggravated forms: "
                     + ", ".join(dict.fromkeys(_describe(f) for f in fs if _matches_fact(f, stated))) for x, fs in used)
    return Claim(claim, SUPPORTED, f"{p.citation} states {said}; {more}.",
                 _fact_quotes(p, facts, index) + [e for x, fs in used for e in _fact_quotes(x, fs, index)][:3],
                 kind="figure")


def paired_contradiction(claim: str, figures: list, holders: list, index: Index) -> Claim | None:
    """"Up to €7.5 million or 1.5 %": the amount is the law's (Art. 99(5) AI Act), and the paragraph that states
    it pairs it with another percentage (1 %): the percentage claimed is contradicted by the one stated beside
    the amount, as one penalty. A figure the corpus simply lacks is not."""
    for (k, v), h in zip(figures, holders):
        if k != "money" or h is None:
            continue
        p, facts = h
        amount, cur = v
        # the same unit of the provision: a paragraph with its lettered items ("the greater of— (a) £18 million;
        # (b) 10% …")
        units_ = {f.unit_start for f in facts if f.kind in ("fine", "cap") and f.value == amount and f.unit == cur}
        beside = [f for f in facts if f.kind == "cap" and f.unit == "%" and f.unit_start in units_]
        # (a percentage the sentence pairs with another of its amounts is that amount's: "EUR 15 million or 3% …, and
        # EUR 7.5 million or 1.5%" holds 1.5 % against Art. 99(5)'s €7.5 million, not Art. 99(4)'s €15 million)
        wrong = [(k2, v2) for (k2, v2), h2 in zip(figures, holders) if k2 == "cap" and h2 is None
                 and _paired_amount(claim, v2) in (None, amount)]
        if beside and wrong:
            said = ", ".join(f"{_fact_value(f):g} %" for f in beside)
            holder = index.provisions.get(beside[0].provision_id, p)
            return Claim(claim, CONTRADICTED, f"{holder.citation} pairs {amount:,.0f} {cur} with {said}, not "
                                              f"{', '.join(f'{x:g} %' for _, x in wrong)}.",
                         _fact_quotes(p, beside, index), f"{holder.citation}: {amount:,.0f} {cur} or {said}.", kind="figure")
    return None


def _paired_amount(claim: str, percent: float) -> float | None:
    """The amount the sentence states last before the percentage ("EUR 7.5 million or 1.5%"), or None."""
    at = next((start for start, value in percents_at(claim) if value == percent), None)
    if at is None:
        return None
    before = [a for start, a, _ in amounts_at(claim) if start < at]
    return before[-1] if before else None
