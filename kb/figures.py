"""Claims about figures — prison terms, fines, caps, deadlines, thresholds, ages — compared with the facts
read from the provisions at ingest (kb/facts.py). A claim is supported when one provision states every figure
it claims, with a caveat for the aggravated variants it leaves out; contradicted, with what the provision
states, otherwise."""
from __future__ import annotations

import re
from functools import cache

from .facts import Fact
from .figure_facts import PENALTY, all_match as _all_match, describe as _describe, describe_claimed as _describe_claimed
from .figure_facts import fact_quotes as _fact_quotes, family as _family
from .figure_facts import matches as _matches, matches_fact as _matches_fact, only as _only
from .figure_facts import stating as _stating, variants as _variants
from .figure_facts import ABOUT, FIGURE_WORDS, SAME_PENALTIES, TERM_WORDS
from .figure_words import ASIDE, CAP_ONLY_WORDS, PURPOSE, figure_clause as _figure_clause
from .rarity import rarity
from .figure_cases import repeat_only
from .figure_nearest import nearest
from .figure_support import AGGRAVATED_CASE, form_unsaid, paired_contradiction, supported, with_forms
from .forms import forms_of
from .copied import CLEARLY_MORE, quoted_run, said_of
from .glossary import fold
from .hints import held_terms_in
from .measures import naming_measure
from .index import Index
from .stated import PENALTY_TALK, RECIDIVISM, claimed
from .question import Question, subject_words, uses
from .types import Provision
from .units import units
from .verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Claim


def figures_against_facts(claim: str, q: Question, index: Index) -> Claim | None:
    """The figures `claim` states, against the facts of the provisions nearest it (kb/figure_claims.py guards it)."""
    stated = claimed(claim)
    if not stated:
        return None
    if set(stated) == {"money"} and not PENALTY_TALK.search(claim):
        # "the cost of its work on Online Safety amounted to £54m": amounts no penalty's, which the law's caps
        # neither confirm nor contradict
        return Claim(claim, UNVERIFIABLE, "the amounts the sentence gives are not said to be fines or penalties; the "
                                          "corpus's figures are penalties and caps.", kind="figure")

    if set(stated) == {"limit"} and sum(len(v) for v in stated.values()) < 2 and not held_terms_in(claim):
        # One limit alone ("… dans un certain délai (5 ans)") is in several articles of the general part for different
        # measures (art. 132-31's five-year terms a suspension may go with, art. 132-35's five years without a new
        # offence): the value tells none apart — unless the sentence names the measure ("la période de sûreté est de
        # 18 ans", claims133), which the provisions naming it are read for
        return None
    n = nearest(claim, q, index, stated)
    stated, figures, jurisdictions, found = n.stated, n.figures, n.jurisdictions, n.found
    with_facts, needed, period = n.with_facts, n.needed, n.period
    folded_claim = fold(claim)

    @cache
    def stating_all() -> list[tuple[Provision, list[Fact]]]:
        """Every provision (of the jurisdictions in question) stating all the claimed figures: the facts walked once
        per claim, however many of the checks below ask."""
        return _stating(figures, index, jurisdictions, period)
    if not with_facts and len(figures) >= 2:
        # The sentence's other words led search elsewhere ("These Codes comprise over 40 safety measures … avoid
        # penalties of up to £18 million or 10 %"): a cap's figures together are looked up in the facts themselves.
        with_facts = [(x, [f for f in fs if f.kind in needed]) for x, fs in stating_all()
                      if (not q.sources or x.source in q.sources) and _all_match(figures, fs)]
        with_facts.sort(key=lambda xf: -sum(1 for w in q.subject if q.covers(w, fold(xf[0].heading + " " + xf[0].text))))
    # "… a sentence of up to five years, in order to “better capture online threats to rape, kill …”": why the
    # offence was made, not what it is — the purpose's words are not held to the provision
    kept = subject_words(ASIDE.sub(" ", PURPOSE.sub(" ", claim)))
    # (and a shorter word that is a glossary lay term the sentence uses and the law does not: "nazi" tells art.
    # R645-1's emblems of an "organisation déclarée criminelle" from art. 433-15's police insignia; "viol", the law's
    # own word for rape and its special cases, tells nothing apart)
    unseen = rarity(index).unseen
    lay = {w for _, ws in q.lay_phrases for w in ws if rarity(index).of(w) >= unseen}
    words = [w for w in q.subject if (len(w) >= 5 or w in lay) and w not in FIGURE_WORDS and w in kept]

    shares: dict[str, float] = {}  # provision id -> its share, read once per provision (asked many times below)
    same_units: dict[str, list[tuple[int, int]]] = {}  # provision id -> its "des mêmes peines" units

    def about(x: Provision) -> float:
        if x.id not in shares:
            text = said_of(x.heading + " " + x.text)
            shares[x.id] = sum(1 for w in words if q.covers(w, text)) / max(1, len(words))
        return shares[x.id]

    def unit_about(x: Provision, fs: list[Fact]) -> float:
        """The share of the sentence's words in the one unit (alinéa, subsection) of `x` that states a figure: an
        article about the sentence as a whole may set these figures for another case than the sentence's."""
        spans = [(f.unit_start, f.unit_end) for f in fs]
        if any(not f.condition and not f.aggravated for f in fs):
            # "Est également puni des mêmes peines l'abandon d'un animal domestique …" (art. 521-1): a unit giving
            # other conduct the offence's own penalties states them for that conduct (read once per provision)
            if x.id not in same_units:
                same_units[x.id] = [(u.start, u.end) for u in units(x.text) if SAME_PENALTIES.search(u.text)]
            spans += same_units[x.id]
        return max((sum(1 for w in words if q.covers(w, fold(x.text[s:e]))) / max(1, len(words))
                    for s, e in spans), default=0.0)

    nearest_says = bool(with_facts) and _all_match(figures, with_facts[0][1])
    if not nearest_says and [k for k, _ in figures] == ["deadline"] and words:
        # "ont quatre mois pour se conformer … ou risquer des amendes": the fine led search astray (or to another
        # duty's three months). A provision stating that very period, and about the sentence, supports it; found
        # by its figure, it contradicts nothing.
        for x, fs in stating_all():
            # two of the sentence's words at least: "Les plateformes ont trois mois pour se conformer" says too little
            # … and the unit stating the period must be about it too: AI Act Art. 52's "six months after the
            # designation" is not an illegal content risk assessment's time limit
            stating_units = [f for f in fs if f.kind in needed and _matches_fact(f, stated)]
            if (not q.sources or x.source in q.sources) and about(x) >= ABOUT and about(x) * len(words) >= 2 \
                    and unit_about(x, stating_units) >= PERIOD_UNIT:
                return supported(claim, q, x, [f for f in fs if f.kind in needed], stated, index)
    if not with_facts:
        return None
    p, facts = with_facts[0]  # the provision most about the claim decides
    said = "; ".join(dict.fromkeys(_describe(f) for f in facts))[:300]

    if not q.sources and (not words or (not set(words) - TERM_WORDS and len(figures) < 2)):
        # "Les faits mentionnés au premier alinéa sont punis de …": no offence, no instrument named — any article
        # with these figures would be a guess. (The term's name with one figure says no more: "… vingt ans de
        # réclusion criminelle"; with a term and a fine together — "20 ans de réclusion criminelle et de
        # 7.500.000€ d'amende" — the pair may be one article's.)
        return Claim(claim, UNVERIFIABLE, "the sentence names neither the offence nor the instrument its figures "
                                          "belong to.", kind="figure")
    if len(figures) == 1 and "money" in stated and not q.sources and len(words) < 2:
        # "Pour une personne morale, l'acte est passible de 75 000 € d'amende": one amount the Code pénal sets in
        # dozens of articles, and one word of the sentence about what it is for.
        return Claim(claim, UNVERIFIABLE, f"the sentence says too little of what its amount is for to tell which of "
                                          f"the provisions stating {_describe_claimed(stated)} it means.", kind="figure")
    rare = rarity(index)
    # words that tell an offence apart: used by the corpus, but rarely ("danger", not "autrui"; "revenge porn" is no
    # word of the Code pénal's)
    telling = [w for w in words if DISTINCT <= rare.of(w) < rare.unseen]
    common_penalty = ("prison" in stated and not q.sources and bool(telling)
                      and len([x for x, fs in stating_all() if _all_match(figures, fs)]) > 1)

    def told_apart(x: Provision) -> bool:
        """"Le nouveau délit de mise en danger de la vie d'autrui est puni de trois ans … et de 45 000 euros": no law
        named, and a penalty dozens of articles set; art. 313-6-1 (lodging people in another's property) shares
        "autrui", a word many articles use, and lacks "danger" — it is not told apart as the article meant."""
        said = fold(x.heading + " " + x.text)
        return not common_penalty or any(q.covers(w, said) for w in telling)

    # A prison term, or one amount alone ("75 000 euros"), is in many articles: the provision must be about the
    # sentence. A cap's figures together ("£18 million or 10 %") or a percentage identify their provision.
    distinctive = "prison" not in stated and (len(figures) >= 2 or "money" not in stated)
    # One figure, no instrument named, and another legal system's provision as much about the sentence setting
    # another figure of that kind: the sentence does not say which law it describes ("Within 24 hours, the
    # platform must delete the content": AI Act Art. 5(3) says 24 hours, for biometric identification; the
    # TAKE IT DOWN Act 48 hours, for removal).
    supporters = [(x, fs) for x, fs in with_facts[:4] if _all_match(figures, fs)]
    rival = False
    if len(figures) == 1 and "cap" not in stated and not q.sources and supporters:
        x0, fs0 = supporters[0]
        units0 = {f.unit for f in fs0}
        rival = any(y.jurisdiction != x0.jurisdiction and about(y) >= about(x0) and not _all_match(figures, fy)
                    and any(f.unit in units0 for f in fy) for y, fy in with_facts[:4])
    # … and, with no instrument named, the unit stating a lone figure too: 47 U.S.C. 223 as a whole uses the
    # words of "penalties of roughly $50,000 per violation"; its $50,000 is for indecent telephone calls.
    lone = (len(figures) == 1 and "money" in stated and p.source not in q.sources
            and unit_about(p, [f for f in facts if _matches_fact(f, stated)]) < UNIT_SUPPORT)
    if lone and _all_match(figures, facts):
        unit = max((f for f in facts if _matches_fact(f, stated)), key=lambda f: unit_about(p, [f]))
        return Claim(claim, UNVERIFIABLE, f"{p.citation} states {_describe_claimed(stated)} for other conduct than the "
                                          f"sentence's (“{p.text[unit.unit_start:unit.unit_end][:120]}…”).", kind="figure")
    def other_duty(x: Provision, fs: list[Fact]) -> Claim | None:
        """A lone period in a unit that uses none of the sentence's words ("were given four months to comply with
        the OSA": s. 83(5)'s four months are for notifying OFCOM of a fee-paying year) is another duty's period."""
        matching = [f for f in fs if _matches_fact(f, stated)]
        if len(figures) != 1 or set(stated) != {"deadline"} or not words or not matching or unit_about(x, matching):
            return None
        return Claim(claim, UNVERIFIABLE, f"{x.citation} states {_describe_claimed(stated)} for another duty than the "
                                          f"sentence's (“{x.text[matching[0].unit_start:matching[0].unit_end][:120]}…”).",
                     kind="figure")
    if _all_match(figures, facts) and (another := other_duty(p, facts)):
        return another
    if _all_match(figures, facts) and not rival and (about(p) >= SUPPORT_ABOUT or p.source in q.sources
                                                     or distinctive):
        if not told_apart(p):
            return Claim(claim, UNVERIFIABLE, f"the sentence names no law; {p.citation} states "
                                              f"{_describe_claimed(stated)}, as other provisions do, but none of "
                                              f"{', '.join(f'“{w}”' for w in telling)}: which one the sentence means "
                                              f"cannot be told.", kind="figure")
        return supported(claim, q, p, facts, stated, index)
    if "prison" not in stated:
        # A fine's amount and percentage together ("€15 million or 3 %") found together in a provision about the
        # sentence: that one. Not prison terms: "3 years and €45,000" is in many articles of the Code pénal.
        # The facts are an index: every provision of the instruments in question that states all these figures.
        stating = [(x, [f for f in fs if f.kind in needed]) for x, fs in stating_all()
                   if not q.sources or x.source in q.sources]
        if len(figures) == 1 and len({x.source for x, _ in stating}) != 1:
            # One figure ("6 % of worldwide turnover") identifies a provision only when a single instrument
            # states it at all.
            stating = []
        if rival:
            stating = []  # … nor while another legal system's provision sets another figure (above)
        rank = {h.provision.id: i for i, h in enumerate(found)}
        stating.sort(key=lambda xf: (-about(xf[0]), rank.get(xf[0].id, len(rank))))
        # An amount and a percentage that one provision alone states together ("35 millions d'euros ou 7 % du
        # chiffre d'affaires mondial": Art. 99(3) AI Act) name it, however few of the sentence's (French) words
        # its (English) text uses.
        # (or that provisions of one instrument alone state: €15 million or 3 % is Art. 99(4) AI Act's and Art. 101's)
        pair = {x.id for x, fs in stating if _all_match(figures, fs)}
        unique_pair = (len({index.provisions[x].source for x in pair}) == 1 and {"cap", "money"} <= stated.keys()
                       and not rival)
        # So does a share of turnover that one provision alone in the corpus states ("fines up to 6 % of its global
        # annual revenue": Art. 74(1) DSA), when the sentence names no other legal system.
        unique_share = (len(figures) == 1 and set(stated) == {"cap"} and len(pair) == 1 and not rival
                        and all(index.provisions[x].jurisdiction in (q.jurisdictions or {index.provisions[x].jurisdiction})
                                for x in pair))
        def outdone(x: Provision) -> bool:
            """One figure found by its value, while a provision search found for the sentence says more of it and
            states another figure of that kind: "Le fait de refuser de répondre à une réquisition d'un magistrat est
            puni de 1 500 euros d'amende" is art. R642-1's (150 euros), not art. R625-11's "ne pas répondre" of a
            data controller, one of the 89 articles whose fine comes to 1 500 euros."""
            return len(figures) == 1 and set(stated) == {"money"} and any(
                about(y) > about(x) and not _all_match(figures, fy) and any(f.kind in needed for f in fy)
                for y, fy in with_facts[:5])
        for x, fs in (with_facts[1:5] if len(figures) >= 2 else []) + stating:
            # One figure found this way must also be in a unit about the sentence: 47 U.S.C. 223 alone states
            # "$50,000 for each violation" — of the indecent-call offences, not of a takedown duty.
            stray = len(figures) == 1 and (unit_about(x, [f for f in fs if _matches_fact(f, stated)]) < UNIT_SUPPORT
                                           or outdone(x))
            need = 0.0 if (unique_pair or unique_share) and x.id in pair else ABOUT
            if _all_match(figures, fs) and about(x) >= need and not stray and told_apart(x):
                said_x = "; ".join(dict.fromkeys(_describe(f) for f in fs if _matches_fact(f, stated)))[:300]
                also = [index.provisions[y].citation for y in sorted(pair - {x.id})] if unique_pair else []
                unsaid = form_unsaid(claim, q, x, stated, index) or repeat_only(claim, q, x, fs, stated, index)
                if unsaid:
                    return unsaid
                return Claim(claim, SUPPORTED, f"{x.citation} states it: {said_x}.", _fact_quotes(x, fs, index),
                             caveats=_variants(x, fs, stated, index)
                             + ([f"also stated by {', '.join(also)}"] if also else []), kind="figure")
    near = with_facts[:3]
    holders = [next(((q, fs) for q, fs in near if _matches(k, v, fs)), None) for k, v in figures]
    if all(holders) and len(holders) == 1 and (another := other_duty(*holders[0])):
        return another
    # (one figure alone, with no law named, from a provision lacking the words that tell the sentence's subject apart
    # while another legal system's provision has them, is a coincidence of numbers: "… a CyberTipline report,
    # providers must preserve the reported content for 90 days" is not s. 160(10) OSA's three months for a statement
    # responding to Ofcom's report; 18 U.S.C. 2258A is about CyberTipline reports)
    def coincidence(x: Provision) -> bool:
        return (len(figures) == 1 and not q.sources and bool(telling) and not _uses_any(telling, x)
                and any(y.jurisdiction != x.jurisdiction and _uses_any(telling, y) for y, _ in with_facts[:5]))
    if all(holders) and not stated.keys() & PENALTY and not rival and not coincidence(holders[0][0]):
        # Each figure stated by a provision of its own ("6 % … plus 5 % a day": Arts. 74 and 76 DSA). A prison term
        # and a fine are one penalty: they must come from one provision.
        pairs = list({q.id: (q, fs) for q, fs in holders}.values())
        return Claim(claim, SUPPORTED, "; ".join(f"{q.citation} states {_describe_claimed(_only(stated, fs))}"
                                                 for q, fs in pairs) + ".",
                     [x for q, fs in pairs for x in _fact_quotes(q, fs, index)][:4], kind="figure")
    found = {_family(k) for (k, _), h in zip(figures, holders) if h}
    missing = {_family(k) for (k, _), h in zip(figures, holders) if not h}
    paired = paired_contradiction(claim, figures, holders, index)
    if paired is not None:
        return paired
    if found and missing and not found & missing:
        # "within 48 hours … or face civil penalties of $53,088": the deadline is in the corpus, the penalty may come
        # from law it does not hold (the FTC Act), so this is no contradiction.
        have = [f"{_describe_claimed({k: {v}})} ({h[0].citation})" for (k, v), h in zip(figures, holders) if h]
        lack = [_describe_claimed({k: {v}}) for (k, v), h in zip(figures, holders) if not h]
        return Claim(claim, UNVERIFIABLE, f"the corpus states {', '.join(have)}, but not {', '.join(lack)}.",
                     kind="figure")
    # (of the instrument the sentence names, when it names one: "€15 million or 3 % … Digital Services Act
    # obligations" is not Art. 99(4) AI Act's)
    exact = [(x, fs) for x, fs in stating_all()
             if x.id != p.id and (not q.sources or x.source in q.sources)] if len(figures) >= 2 else []
    # the most about the sentence first, and of those the nearest in the code: "Theft is punishable by five years …
    # and … 75,000 euros" is art. 311-4's (beside art. 311-3), not art. 224-8's "aéronef en vol"
    exact.sort(key=lambda xf: (-about(xf[0]), -unit_about(*xf), -xf[0].divisions_shared(p)))
    # A provision stating exactly the claimed figures and about as much about the sentence (three quarters of the
    # nearest one's share) may be what it means: no contradiction from the nearest.
    # Its unit too: art. 227-23 al. 4 says the sentence word for word (5 years); art. 521-1-2, on images of
    # cruelty to animals, has the claimed 2 years and €30,000 in a unit that says half of it.
    # … unless a near provision that states other figures of these kinds says more of the sentence in its unit:
    # art. 226-8-1 on sexual montages (2 years, €60,000) against art. 521-1-2's images of sexual abuse of animals
    # (2 years, €30,000) for "vidéos mensongères à orientation sexuelle … deux années … 30 000 euros". That one is
    # what the sentence is about, and it contradicts.
    rivals = [(y, fy) for y, fy in with_facts[:5] if not _all_match(figures, fy)]
    best = max(rivals, key=lambda yf: (about(yf[0]), unit_about(*yf)), default=None)

    def beaten(x: Provision, fs: list[Fact]) -> bool:
        # A neighbour in the same section (art. 226-8 beside 226-8-1) may be the variant the sentence means; a
        # provision from another part of the code stating the same figures is a coincidence of numbers.
        return (best is not None and best[0].path != x.path and about(best[0]) >= about(x)
                and unit_about(*best) > unit_about(x, fs))

    # (not when the sentence copies the nearest provision's words more than the other's: "Les violences ayant
    # entraîné une incapacité totale de travail pendant plus de huit jours sont punies de cinq ans …" quotes art.
    # 222-11, whose three years correct it; art. 222-14's five years are for habitual violence on a child)
    copied = cache(lambda: quoted_run(folded_claim, p))  # read only when another provision is in question
    other = next((x for x, fs in with_facts[1:5] + exact if all(_matches(k, v, fs) for k, v in figures)
                  and about(x) >= 0.75 * about(p) and unit_about(x, fs) >= 0.75 * unit_about(p, facts)
                  and not beaten(x, fs) and quoted_run(folded_claim, x) > copied() - CLEARLY_MORE), None)
    facts_of = {x.id: fs for x, fs in with_facts[1:5] + exact}
    if other is None and best is not None and best[0].id != p.id and beaten(p, facts):
        p, facts = best
        said = "; ".join(dict.fromkeys(_describe(f) for f in facts))[:300]
    # (one variant: the figures in one unit, or a provision of the nearest one's chapter — art. 222-20-2, on injuries
    # by a dog, states 2 years/€30,000, 3 years/€45,000 and 5 years/€75,000 in three alinéas, and "supported" a list
    # of the old penalties for cruelty to animals)
    one_variant = other is not None and (other.divisions_shared(p) >= len(p.path) - 1 or any(
        _all_match(figures, [f for f in facts_of[other.id] if f.unit_start == f0.unit_start]) for f0 in facts_of[other.id]))
    if other is not None and len(figures) >= 2 and _all_match(figures, facts_of[other.id]) and about(other) >= ABOUT \
            and told_apart(other) and one_variant:
        # A penalty's figures together, stated as one variant by a provision nearly as much about the sentence as
        # the nearest ("2 years and €45,000 … montage": art. 226-8, not the harassment article that has 2 years and
        # €45,000 in different variants). One figure ("6 months") is in too many provisions to pick one.
        return supported(claim, q, other, facts_of[other.id], stated, index)
    if other is not None and AGGRAVATED_CASE.search(claim) and _all_match(figures, facts_of[other.id]) \
            and other.id in {x.id for x in forms_of(p, index)}:
        # "Quant au proxénétisme aggravé, la loi ramène la peine à 10 ans …": the sentence says it is about an
        # aggravated form, and the other provision is one of the offence's forms (art. 225-7 of art. 225-5's), stating
        # every figure (claims136's END run: unverifiable, "does not say which")
        return supported(claim, q, other, facts_of[other.id], stated, index)
    if other is not None:
        # Another provision near the sentence states exactly these figures ("2 years and €45,000": art. 226-8, not
        # 226-8-1): the sentence may be about that one, so this is no contradiction.
        return Claim(claim, UNVERIFIABLE, f"{p.citation} states {said}, but {other.citation} states the figures "
                                          f"claimed; the sentence does not say which it is about.", kind="figure")
    # (an article setting two or more of the very limits the sentence gives is found by them: a third of its words
    # then say it is the one — "The probationary period … 18 months to 3 years, raised to 5 … and 7" is art. 132-42's)
    by_limits = set(stated) == {"limit"} and sum(_matches("limit", v, facts) for _, v in figures) >= 2
    if about(p) < (LIMIT_ABOUT if by_limits else ABOUT) and not (q.sources and p.source in q.sources):
        # The provision with these kinds of figure is not clearly what the sentence is about ("les faits mentionnés
        # au premier alinéa …" with no offence named): a contradiction would be a guess.
        return Claim(claim, UNVERIFIABLE, f"the nearest provision stating such figures, {p.citation}, is not clearly "
                                          f"what the sentence is about.", kind="figure")
    # The duty is the clause the period is given in ("…, which requires platforms to take away … inside 48 hours of
    # receiving a request"), not the sentence's other clauses (who signed the law, and when).
    duty_words = [w for w in words if w in fold(_figure_clause(claim))] if set(stated) == {"deadline"} else words
    duty_words = duty_words if len(duty_words) >= 2 else words
    if set(stated) == {"deadline"} and duty_words and max(
            (sum(1 for w in duty_words if q.covers(w, fold(p.text[f.unit_start:f.unit_end]))) / len(duty_words)
             for f in facts), default=0) < ABOUT:
        # A provision holds deadlines for many duties ("three months after the receipt" of an audit report): only
        # the one whose own sentence is about the claim's duty can contradict it.
        return Claim(claim, UNVERIFIABLE, f"the deadlines {p.citation} states ({said}) are for other duties than the "
                                          f"sentence's.", kind="figure")
    if not q.sources and words and max(unit_about(p, [f]) for f in facts) < (LIMIT_ABOUT if by_limits else ABOUT) \
            and ((MINIMUM_SAID.search(claim) and "prison" in stated) or (not q.jurisdictions and len(figures) >= 2)):
        # No law named, and no unit of the nearest provision stating such figures about the sentence: 47 U.S.C. 223
        # as a whole shares the words of "the mandatory minimum penalties required for receipt of child pornography
        # (5 years; 15 years …)", and of New Zealand's "causing harm by posting digital communication … 2 years' …
        # $50,000 for individuals … $200,000 for companies", but its terms and fines are for obscene or harassing
        # calls. (With a legal system named, or one figure, the nearest provision's unit may be briefer than the
        # sentence's subject: "platforms have 7 days to remove" is still the 48 hours'.)
        return Claim(claim, UNVERIFIABLE, f"the figures {p.citation} states ({said}) are for other conduct than "
                                          f"the sentence's.", kind="figure")
    by_reference = next((f for f in facts if f.kind == "prison" and f.value is None), None)
    if by_reference is not None and "prison" in stated:
        # "imprisonment for a term not exceeding the general limit in a magistrates' court": a term set by other
        # law, which the corpus does not give in years.
        return Claim(claim, UNVERIFIABLE, f"{p.citation} sets the term by reference (“{by_reference.text[:100]}”), "
                                          f"which the corpus does not state in figures.", _fact_quotes(p, facts, index),
                     kind="figure")
    unlimited = next((f for f in facts if f.kind == "fine" and f.value is None), None)
    if unlimited is not None and set(stated) == {"money"}:
        # "liable … to a fine" with no maximum (an unlimited fine on indictment): no amount contradicts it, and a
        # sum a regulator imposed is not what the law states.
        return Claim(claim, UNVERIFIABLE, f"{p.citation} sets no maximum for the fine (“{unlimited.text[:100]}”).",
                     kind="figure")
    if set(stated) == {"deadline"} and all(v >= 720 and v % 720 == 0 for v in stated["deadline"]):
        # Periods in months ("three months after the receipt" of an audit report, "four months after the
        # notification") are set for many duties of one instrument: the nearest is no proof of another.
        return Claim(claim, UNVERIFIABLE, f"{p.citation} states {said}, for a duty the sentence may not mean.",
                     kind="figure")
    # The unit that says what the sentence says, when one does (art. 227-23 al. 4 of its seven alinéas), is the
    # correction; the article's other penalties are for other acts.
    share = {id(f): unit_about(p, [f]) for f in facts}
    best = max(share.values())
    if best >= ABOUT and any(v < best for v in share.values()):
        facts = [f for f in facts if share[id(f)] == best]
        said = "; ".join(dict.fromkeys(_describe(f) for f in facts))[:300]
    if not (q.jurisdictions or q.sources) and set(stated) <= {"cap", "money"}:
        # "Platforms can be fined up to 10 % of their turnover": no law named, and another jurisdiction's law states
        # that very cap (the OSA's 10 % of qualifying worldwide revenue): the nearest provision's 6 % is no proof —
        # nor is it when another instrument of the same system states the amount ("Fines of up to €750,000 … for
        # providing such misleading information": the AI Act's cap on Union institutions, Art. 100(3), not the
        # DSA's 1 % for misleading answers)
        elsewhere = next((x for x, _ in _stating(figures, index, set())
                          if x.jurisdiction != p.jurisdiction or x.source != p.source), None)
        if elsewhere is not None:
            return Claim(claim, UNVERIFIABLE, f"{p.citation} states {said}, but {elsewhere.citation} states the "
                                              f"figures claimed; the sentence names no law.", kind="figure")
        # "It has the power to impose fines on X as large as 4 percent of global annual turnover" (the GDPR's cap,
        # of a data-protection regulator): no law named, no legal system, and nothing but a cap's own words shared
        # with the nearest provision — a share no provision of the corpus states may be a law's it does not hold.
        # ("The fee shall not exceed 0.1 percent of the global annual net income of the provider of very large
        # online platforms" says the DSA's own words: its Art. 43 corrects it.)
        cap_units = [f for f in facts if f.kind == "cap"]
        own = [w for w in words if w not in CAP_ONLY_WORDS]
        if set(stated) == {"cap"} and not any(q.covers(w, fold(p.text[f.unit_start:f.unit_end]))
                                              for w in own for f in cap_units):
            return Claim(claim, UNVERIFIABLE, f"the sentence names no law, and no provision of the corpus states "
                                              f"{_describe_claimed(stated)} (the nearest, {p.citation}, states {said}).",
                         kind="figure")
    measures = held_terms_in(claim) if "limit" in stated else ()
    if measures:
        # A limit of a measure the sentence names that another provision naming it states ("… la décision sur la peine
        # …, qui devra intervenir dans un délai de 4 mois": art. 132-70-1's ajournement, not art. 132-70-3's one year
        # for another kind of ajournement, claims133): the sentence may be about that one.
        alt = naming_measure(stated["limit"], measures, p, index)
        if alt is not None:
            return Claim(claim, UNVERIFIABLE, f"{p.citation} states {said}, but {alt.citation} states the figures "
                                              f"claimed; the sentence does not say which it is about.", kind="figure")
    if RECIDIVISM.search(claim) and not RECIDIVISM.search(" ".join(p.path) + " " + p.text):
        # "Pour un délit puni de 5 ans, la récidive autorise 10 ans": the figures of the rules of recidivism (art.
        # 132-8 to 132-11), which no one offence's penalty corrects (claims127: art. 434-26's six months)
        return Claim(claim, UNVERIFIABLE, f"the sentence speaks of recidivism; {p.citation} states {said} for an "
                                          f"offence, not for a repeat.", kind="figure")
    if "cap" in stated and not any(f.kind == "cap" and f.unit == "%" for f in facts):
        # "Jusqu'à 15 millions € ou 3 % du CA": a share of turnover is a regulator's cap; a criminal fine with no
        # such share (Code pénal, art. 227-23-1's 150 000 euros) is another kind of penalty, no correction of it.
        return Claim(claim, UNVERIFIABLE, f"{p.citation} states {said}, with no share of turnover; the sentence "
                                          f"gives a cap of another kind.", kind="figure")
    return with_forms(claim, p, stated, facts, index) or \
        Claim(claim, CONTRADICTED, f"{p.citation} states {said}; the claim says {_describe_claimed(stated)}.",
              _fact_quotes(p, facts, index), f"{p.citation}: {said}.", kind="figure")


SUPPORT_ABOUT = 0.34  # the same for support by a prison term: "3 years and €45,000" is in many articles, while
# "£18 million or 10 %" is in one
DISTINCT = 5.0  # a word's rarity (kb/rarity.py) from which it tells an offence apart ("danger" 5.5, "autrui" 4.5)
# "mandatory minimum penalties", "minimum sentence", "peine plancher": terms said as floors
MINIMUM_SAID = re.compile(r"\b(?:mandatory\s+minimums?|minimum\s+(?:sentences?|terms?|penalt(?:y|ies))|peines?\s+planchers?)\b",
                          re.I)
LIMIT_ABOUT = 0.34  # … or of an article found by the limits it sets
UNIT_SUPPORT = 0.25  # … and the unit that states a lone figure found by its value
PERIOD_UNIT = 0.75  # … and of the unit a period found only by its value is stated in (periods are in many units)


def _uses_any(words: list[str], p: Provision) -> bool:
    """The provision uses one of `words` itself, not a glossary term of its concept: the glossary makes
    "CyberTipline" a kind of "report", which every reporting duty would then say."""
    said = fold(p.heading + " " + p.text)
    return any(uses(w, said) for w in words)
