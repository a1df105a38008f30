"""Facts read at ingest, on the real corpus: typed, with the verbatim span they come from."""
from __future__ import annotations

from kb.units import outline, units


def _facts(index, pid, kind):
    return [f for f in index.facts.get(pid, []) if f.kind == kind]


def test_every_fact_span_is_verbatim_and_inside_its_provision(index):
    n = 0
    for top, facts in index.facts.items():
        p = index.provisions[top]
        for f in facts:
            assert p.text[f.start:f.end] == f.text
            holder = index.provisions[f.provision_id]
            assert f.text in holder.text and (holder.id == top or holder.id.startswith(top + "/"))
            n += 1
    assert n > 2000


def test_french_penalty_and_its_aggravated_variant(index):
    prison = _facts(index, "fr/code-penal/article/226-8-1", "prison")
    fines = _facts(index, "fr/code-penal/article/226-8-1", "fine")
    assert [(f.value, f.aggravated) for f in prison] == [(2.0, False), (3.0, True)]
    assert [(f.value, f.unit) for f in fines] == [(60000.0, "EUR"), (75000.0, "EUR")]
    assert "service de communication au public en ligne" in prison[1].condition
    assert prison[1].provision_id == "fr/code-penal/article/226-8-1/al/3"


def test_one_year_in_words_is_a_prison_term(index):
    # "Est puni d'un an d'emprisonnement et de 15 000 euros d'amende": "un an" is singular.
    prison = _facts(index, "fr/code-penal/article/226-8", "prison")
    assert [(f.value, f.unit) for f in prison][:2] == [(1.0, "years"), (2.0, "years")]


def test_a_fine_in_words_and_millions(index):
    # questions75 (end run): "sept ans d'emprisonnement et à un million d'euros d'amende" (art. 223-15-3 III) had no
    # fine read, and the answer gave the seven years with II's €750,000
    fines = _facts(index, "fr/code-penal/article/223-15-3", "fine")
    assert [(f.value, f.provision_id.rsplit("/", 1)[1]) for f in fines] == [(375000.0, "1"), (750000.0, "3"),
                                                                             (1000000.0, "8")]


def test_caps_with_what_they_are_of(index):
    ofcom = _facts(index, "uk/ukpga/2023/50/schedule/13/paragraph/4", "cap")
    assert {(f.value, f.unit) for f in ofcom} >= {(18e6, "GBP"), (10.0, "%")}
    assert any("qualifying worldwide revenue" in f.of for f in ofcom)
    dsa = {f.value: f for f in _facts(index, "eu/reg/2022/2065/art/74", "cap")}
    assert set(dsa) == {6.0, 1.0} and dsa[6.0].provision_id == "eu/reg/2022/2065/art/74/par/1"
    assert {f.value for f in _facts(index, "eu/reg/2022/2065/art/76", "cap")} == {5.0}


def test_ranges_deadlines_thresholds_ages_definitions_powers(index):
    ranges = [(f.low, f.value) for f in _facts(index, "us/usc/t18/s2251", "prison") if f.low is not None]
    assert ranges[0] == (15.0, 30.0) and (25.0, 50.0) in ranges
    repeat = next(f for f in _facts(index, "us/usc/t18/s2251", "prison") if f.low == 25.0)
    assert "one prior conviction" in repeat.condition
    assert [(f.value, f.unit) for f in _facts(index, "us/usc/t47/s223a", "deadline")] == [(48.0, "hours")]
    assert [f.value for f in _facts(index, "eu/reg/2022/2065/art/33", "threshold")] == [45e6]
    assert 18.0 in [f.value for f in _facts(index, "us/usc/t18/s2256", "age")]
    assert "minor" in [f.term for f in _facts(index, "us/usc/t18/s2256", "definition")]
    assert any(f.subject == "OFCOM" for f in _facts(index, "uk/ukpga/2023/50/section/130", "power"))


def test_units_keep_a_lead_in_with_its_items(index):
    p = index.provisions["uk/ukpga/2023/50/schedule/13/paragraph/4"]
    first = units(p.text)[0]
    assert first.lead_in and first.text.endswith("(subject to sub-paragraph (5)).")
    assert "(a) £18 million, and" in first.text and "(b) 10%" in first.text
    depths = [d for d, _ in outline(p.text)[:3]]
    assert depths == [0, 1, 1]


def test_each_amount_of_a_fined_list_keeps_its_own_condition(index):
    # 18 U.S.C. 2258A(e): two amounts per item, each for providers above or below 100,000,000 monthly users
    fines = {(f.value, f.condition) for f in _facts(index, "us/usc/t18/s2258a", "fine")}
    assert (600000.0, "in the case of a provider with less than 100,000,000 monthly active users") in fines
    assert (850000.0, "in the case of a provider with not less than 100,000,000 monthly active users") in fines
    assert 1000000.0 in {v for v, _ in fines}
    assert {f.value for f in _facts(index, "us/usc/t18/s2258a", "threshold")} == {100000000.0}


def test_an_exception_to_a_penalty_is_read_with_its_sauf(index):
    # art. 322-1: two years and €30,000 "sauf s'il n'en est résulté qu'un dommage léger" — without its "sauf" the
    # case reads the other way round; II's €3,750 is "lorsqu'il n'en est résulté qu'un dommage léger"
    conditions = {(f.kind, f.value): f.condition for f in _facts(index, "fr/code-penal/article/322-1", "prison")
                  + _facts(index, "fr/code-penal/article/322-1", "fine")}
    assert conditions[("prison", 2.0)] == conditions[("fine", 30000.0)] == "sauf s'il n'en est résulté qu'un dommage léger"
    assert conditions[("fine", 3750.0)] == "lorsqu'il n'en est résulté qu'un dommage léger"


def test_a_share_of_the_population_is_not_a_cap(index):
    # DSA Art. 33(2): "10 % of the Union's population" adjusts a threshold; caps are shares of money
    assert not _facts(index, "eu/reg/2022/2065/art/33", "cap")
    assert [f.value for f in _facts(index, "eu/reg/2022/2065/art/43", "cap")] == [0.05]


def test_periods_beginning_with_an_event_and_days_by_which_to_act(index):
    # OSA Sch. 3 para. 1(2): "within the period of three months beginning with the day on which that guidance …"
    assert 3.0 in {f.value for f in _facts(index, "uk/ukpga/2023/50/schedule/3/paragraph/1", "deadline")}
    # AI Act Art. 57(1): a sandbox "which shall be operational by 2 August 2026" (not a day the Act applies from)
    assert [f.of for f in _facts(index, "eu/reg/2024/1689/art/57", "due")] == ["2 August 2026"]
    assert not _facts(index, "eu/reg/2024/1689/art/57", "date")
    # DSA Art. 93(2): the exception to the day of application, whole from "However"
    assert any(f.text.startswith("However, Article 24(2)") for f in _facts(index, "eu/reg/2022/2065/art/93", "date"))


def test_a_term_the_section_defines_and_a_period_a_right_lasts(index):
    # OSA s. 179(5)(a): "imprisonment for a term not exceeding the maximum term for summary offences", which s. 179(6)
    # defines case by case: each case is a prison fact quoted from the definition, with its condition
    terms = {(f.value, f.unit): f for f in _facts(index, "uk/ukpga/2023/50/section/179", "prison")}
    assert (51.0, "weeks") in terms and terms[(51.0, "weeks")].condition.startswith("if the offence is committed after")
    assert terms[(51.0, "weeks")].provision_id == "uk/ukpga/2023/50/section/179/6/b"
    # DSA Art. 20(1): complaints "for a period of at least six months following the decision" — how long a right
    # lasts, not a deadline ("VLOPs have six months to comply" is not supported by it)
    assert [f.text for f in _facts(index, "eu/reg/2022/2065/art/20", "period")] == [
        "for a period of at least six months following the decision referred to in this paragraph"]
    assert not _facts(index, "eu/reg/2022/2065/art/20", "deadline")


def test_a_duty_with_a_phrase_between_shall_and_its_verb(index):
    # "providers established in third countries shall, by written mandate, appoint an authorised representative"
    duties = _facts(index, "eu/reg/2024/1689/art/22", "duty")
    assert any(f.text.startswith("providers established in third countries shall, by written mandate, appoint")
               for f in duties), [f.text[:80] for f in duties]


def test_a_period_ending_after_an_event_and_a_review_due_before_a_period_ends(index):
    # AI Act Art. 18(1): "for a period ending 10 years after the high-risk AI system has been placed on the market"
    periods = _facts(index, "eu/reg/2024/1689/art/18", "period")
    assert [(f.value, f.unit) for f in periods] == [(10.0, "years")]
    assert periods[0].text.startswith("for a period ending 10 years after the high-risk AI system")
    # OSA s. 178(2): "(a) must not be carried out before the end of the period of two years …, but (b) must be
    # carried out before the end of the period of five years": the five years is the time limit, the two a floor
    assert [(f.value, f.unit) for f in _facts(index, "uk/ukpga/2023/50/section/178", "deadline")] == [(5.0, "years")]


def test_a_case_said_with_si_right_after_the_figures_and_an_element_said_far_after_them(index):
    # art. 222-17 al. 2: "… portée à trois ans … et à 45 000 euros d'amende s'il s'agit d'une menace de mort"
    raised = [f for f in _facts(index, "fr/code-penal/article/222-17", "prison") if f.aggravated]
    assert raised and raised[0].condition == "s'il s'agit d'une menace de mort"
    # art. 226-8 al. 1: "…, s'il n'apparaît pas à l'évidence qu'il s'agit d'un montage" is the offence's element,
    # which its prison term and its fine share: neither is a variant
    base = [f for f in index.facts["fr/code-penal/article/226-8"] if f.kind in ("prison", "fine") and not f.aggravated]
    assert [(f.kind, f.value, f.condition) for f in base] == [("prison", 1.0, ""), ("fine", 15000.0, "")]


def test_how_long_a_report_is_preserved_is_a_period(index):
    # 18 U.S.C. 2258A(h)(1): "a request to preserve the contents provided in the report for 1 year after the
    # submission" (questions30, first run: no direct line); (h)(5)'s "for longer than 1 year" sets no period
    periods = _facts(index, "us/usc/t18/s2258a", "period")
    assert [(f.value, f.unit, f.provision_id) for f in periods] == [(1.0, "years", "us/usc/t18/s2258a/h/1")]


def test_a_failure_made_an_offence(index):
    # "A person commits an offence if the person fails to comply with a requirement of an information notice"
    said = [f.what.strip() for f in _facts(index, "uk/ukpga/2023/50/section/109", "offence")]
    assert any(w.startswith("the person fails to comply with a requirement of an information notice") for w in said), said
    # a power is not an offence
    assert not _facts(index, "uk/ukpga/2023/50/section/130", "offence")


def test_the_code_penal_defines_by_constitue_and_est(index):
    # questions46, end run: "How does French criminal law define rape?" found no definition: the Code pénal says
    # "Constitue une agression sexuelle toute atteinte …" and "Tout acte de pénétration sexuelle … est un viol."
    assert [f.term for f in _facts(index, "fr/code-penal/article/222-22", "definition")] == ["agression sexuelle"]
    assert [f.term for f in _facts(index, "fr/code-penal/article/222-23", "definition")] == ["viol"]
    # "au sens de la loi" is not part of the term
    assert [f.term for f in _facts(index, "fr/code-penal/article/132-71", "definition")] == ["bande organisée"]
    # a penalty article defines nothing
    assert _facts(index, "fr/code-penal/article/226-8-1", "definition") == []


def test_a_list_of_where_duties_are_is_no_duty_and_a_case_opened_by_en_cas_de_is_a_condition(index):
    # s. 7 OSA: "All providers … must comply with the following duties … (a) the duties … set out in section 9" points
    # to the sections holding the duties; read as a duty it answered "What records must providers … keep?" (s. 23)
    duties = [f for f in index.facts.get("uk/ukpga/2023/50/section/7", []) if f.kind == "duty"]
    assert not any(f.what.startswith("comply with the following duties") for f in duties), duties
    assert any(f.kind == "duty" and "written record" in f.text for f in index.facts["uk/ukpga/2023/50/section/23"])
    # art. 221-6 al. 2: "En cas de violation manifestement délibérée …, les peines encourues sont portées à cinq ans"
    heavier = [f for f in index.facts["fr/code-penal/article/221-6"] if f.kind == "prison" and f.value == 5]
    assert heavier and heavier[0].condition.startswith("En cas de violation manifestement délibérée") and heavier[0].aggravated


def test_an_offence_defined_by_the_act_it_is(index):
    # "Le fait de donner volontairement la mort à autrui constitue un meurtre." (art. 221-1); "… la mort d'autrui
    # constitue un homicide involontaire puni de trois ans …" (art. 221-6); "Le blanchiment est le fait de …"
    for pid, term in [("fr/code-penal/article/221-1", "meurtre"), ("fr/code-penal/article/221-6", "homicide involontaire"),
                      ("fr/code-penal/article/324-1", "blanchiment")]:
        assert any(f.kind == "definition" and f.term == term for f in index.facts[pid]), pid



def test_a_lead_in_ending_with_its_figures_gives_them_for_its_listed_cases(index):
    # art. 324-2: "Le blanchiment est puni de dix ans … et de 750 000 euros d'amende : 1° Lorsqu'il est commis de façon
    # habituelle … ; 2° Lorsqu'il est commis en bande organisée." — the figures are for those cases, not for any
    # laundering (art. 324-1's five years)
    penalties = [f for f in index.facts["fr/code-penal/article/324-2"] if f.kind in ("prison", "fine")]
    assert penalties and all("bande organisée" in f.condition and f.condition.startswith("1°") for f in penalties)
    # a list longer than a condition can carry is left to the quote (art. 222-24, the aggravated rapes)
    assert all(not f.condition for f in index.facts["fr/code-penal/article/222-24"] if f.kind == "prison")


def test_a_case_named_in_the_subject_an_exception_kept_with_its_case_and_life_terms(index):
    # art. 433-7: "La rébellion commise en réunion est punie de trois ans …" after "La rébellion est punie de deux ans":
    # the words the second subject adds are its case; the first sentence's penalty has none
    facts = [f for f in index.facts["fr/code-penal/article/433-7"] if f.kind == "prison"]
    assert sorted((f.value, f.condition) for f in facts) == [(2.0, ""), (3.0, "commise en réunion")]
    # art. 521-1: "Lorsqu'ils sont commis avec circonstance aggravante, sauf lorsque les faits ont entraîné la mort
    # de l'animal, … quatre ans": the case is the aggravating circumstance, the death its exception (not the case)
    four = [f for f in index.facts["fr/code-penal/article/521-1"] if f.kind == "prison" and f.value == 4]
    assert four and all(f.condition.startswith("Lorsqu'ils sont commis avec circonstance aggravante, sauf")
                        for f in four)
    # art. 221-3: "la réclusion criminelle à perpétuité", a term with no number, is the longest there is
    life = _facts(index, "fr/code-penal/article/221-3", "prison")
    assert [f.value for f in life] == [float("inf")] and "perpétuité" in life[0].text


def test_a_fine_in_francs_is_read_in_francs(index):
    # art. 223-12 still gives its fines in francs ("25 000 F d'amende"): facts in FRF, never euros
    fines = _facts(index, "fr/code-penal/article/223-12", "fine")
    assert {(f.value, f.unit) for f in fines} >= {(25000.0, "FRF"), (300000.0, "FRF")}
    assert all(f.unit == "FRF" and f.text.endswith("F") for f in fines)


def test_a_penalty_named_in_the_case_a_sentence_opens_with_is_the_cases(index):
    # art. 450-1 al. 2: "Lorsque l'infraction préparée est un crime pour lequel la loi prévoit une peine de réclusion
    # criminelle à perpétuité ou une répression aggravée en cas de commission en bande organisée, la participation …
    # est punie de quinze ans": no life term, and the case is the whole clause (not its inner "en cas de …")
    prison = _facts(index, "fr/code-penal/article/450-1", "prison")
    assert sorted(f.value for f in prison) == [5.0, 10.0, 15.0], [(f.value, f.text) for f in prison]
    fifteen = next(f for f in prison if f.value == 15.0)
    assert fifteen.condition.startswith("Lorsque l'infraction préparée est un crime") and "bande organisée" in fifteen.condition


def test_a_fine_written_amende_de_before_its_amount(index):
    # the probity offences since 2013: "… et d'une amende de 1 000 000 €, dont le montant peut être porté au double
    # du produit tiré de l'infraction" (questions83, end run: art. 432-11's million was no fact, nor 432-12's 500 000)
    for pid, amount in [("432-11", 1000000.0), ("432-12", 500000.0), ("432-14", 200000.0), ("445-1", 500000.0)]:
        fines = _facts(index, f"fr/code-penal/article/{pid}", "fine")
        assert (amount, "EUR") in {(f.value, f.unit) for f in fines}, (pid, [(f.value, f.text) for f in fines])


def test_the_cases_an_article_punishes_by_reference_to_another(index):
    from kb.crossrefs import cases_by_reference

    cases = cases_by_reference(index)
    assert "fr/code-penal/article/225-16-2" in cases["fr/code-penal/article/225-16-1"]
    assert "fr/code-penal/article/322-3" in cases["fr/code-penal/article/322-1"]  # "définie au I de l'article 322-1"
    # art. 225-16-1 punishes an offence of its own, no other article's
    assert not any("fr/code-penal/article/225-16-1" in v for v in cases.values())


def test_a_reduced_term_and_the_term_it_reduces_are_no_penalty(index):
    # art. 221-5-3: "Lorsque la peine encourue est la réclusion criminelle à perpétuité, elle est ramenée à quinze ans
    # de réclusion criminelle" (a repentant offender's reduction; questions84 led "meurtre" to it and quoted both)
    assert _facts(index, "fr/code-penal/article/221-5-3", "prison") == []
    assert [f.value for f in _facts(index, "fr/code-penal/article/221-1", "prison")] == [30.0]


def test_an_offences_other_forms_by_reference_and_by_its_name(index):
    from kb.forms import forms_of

    def forms(n):
        return [p.id.rsplit("/", 1)[1] for p in forms_of(index.provisions[f"fr/code-penal/article/{n}"], index)]
    assert forms("222-7") == ["222-8"]  # "L'infraction définie à l'article 222-7 est punie de vingt ans …"
    assert forms("221-1") == ["221-2", "221-4"]  # "Le meurtre … est puni de la réclusion criminelle à perpétuité"
    assert forms("221-6") == []


def test_a_contravention_fine_takes_its_amount_from_its_class(index):
    # claims123's first run: "Selon l'article R645-1 du Code pénal, … encourt 1 500 euros d'amende" was contradicted
    # by another article's 7 500 euros, art. R645-1 stating only "l'amende prévue pour les contraventions de la 5e
    # classe"; the amount is art. 131-13's 5°, and the repeat's 3 000 euros applies where the article says so
    fines = _facts(index, "fr/code-penal/article/r645-1", "fine")
    assert [(f.value, f.unit, f.condition) for f in fines] == [(1500.0, "EUR", ""), (3000.0, "EUR", "en cas de récidive")]
    assert fines[0].via == "fr/code-penal/article/131-13/al/7"
    assert fines[0].via_text == "1 500 euros au plus pour les contraventions de la 5e classe"
    assert fines[1].via_text.startswith("montant qui peut être porté à 3 000 euros")
    # a fourth-class contravention, in the regulatory part and in the legislative one; no repeat where none is said
    assert [f.value for f in _facts(index, "fr/code-penal/article/r634-2", "fine")] == [750.0]
    assert [f.value for f in _facts(index, "fr/code-penal/article/226-4-3", "fine")] == [750.0]
    for facts in index.facts.values():
        for f in facts:
            if f.via:
                assert f.via_text in index.provisions[f.via].text and f.value is not None


def test_the_scale_states_each_class_and_a_sentence_is_time_barred_by_its_years(index):
    # art. 131-13's own items are facts, one per class (what a sentence giving a class's amount is checked against)
    fines = _facts(index, "fr/code-penal/article/131-13", "fine")
    assert [(f.value, f.condition) for f in fines] == [(38.0, ""), (150.0, ""), (450.0, ""), (750.0, ""), (1500.0, ""),
                                                        (3000.0, "en cas de récidive")]
    assert fines[1].provision_id == "fr/code-penal/article/131-13/al/4" and fines[1].what == "contraventions de la 2e classe"
    # art. 133-3: "Les peines prononcées pour un délit se prescrivent par six années révolues …" (questions94)
    periods = _facts(index, "fr/code-penal/article/133-3", "deadline")
    assert [(f.value, f.unit, f.provision_id.rsplit("/", 2)[-2:]) for f in periods] == [(6.0, "years", ["al", "1"]),
                                                                                        (20.0, "years", ["al", "2"])]


def test_recidivism_is_read_as_its_windows_and_its_raised_fine_not_as_penalties(index):
    # claims127, questions96: "déjà condamnée … pour un crime ou pour un délit puni de dix ans d'emprisonnement" is the
    # earlier conviction recidivism starts from, not art. 132-9's penalty; the time within which a new offence is a
    # repeat is read, and so is a repeated fifth-class contravention's 3 000 euros
    assert not _facts(index, "fr/code-penal/article/132-9", "prison")
    assert [f.value for f in _facts(index, "fr/code-penal/article/132-9", "period")] == [10.0, 5.0]
    assert [(f.value, f.unit) for f in _facts(index, "fr/code-penal/article/132-10", "period")] == [(5.0, "years")]
    assert [f.value for f in _facts(index, "fr/code-penal/article/132-11", "fine")] == [3000.0]
    # a window, not a time bar: no deadline a sentence's "se prescrivent par …" could be held to
    assert [f.value for f in _facts(index, "fr/code-penal/article/132-11", "period")] == [1.0, 3.0]
    assert not _facts(index, "fr/code-penal/article/132-11", "deadline")
    # art. 122-1 names the crimes punished by life imprisonment whose reduced term is thirty years: no penalty of its own
    assert not _facts(index, "fr/code-penal/article/122-1", "prison")
    # art. 132-8: a recidivist's crime punished by twenty or thirty years carries life (claims128's END run)
    assert sorted(f.value for f in _facts(index, "fr/code-penal/article/132-8", "prison")) == [30.0, float("inf")]


def test_a_penalty_given_by_reference_and_the_general_parts_definitions(index):
    # questions98, first run: art. 121-6 had no penalty read from it, so a question on the accomplice's penalty led
    # with another article's figures; art. 121-5's "La tentative est constituée dès lors que" defined nothing
    referred = _facts(index, "fr/code-penal/article/121-6", "referred")
    assert [f.text for f in referred] == ["Sera puni comme auteur"]
    # an attempt article or an alinéa taking the one before's penalty is carried to the figures by kb/covering.py,
    # not read as a penalty of its own (read so, it displaced art. 223-6's figures from their answer)
    assert not _facts(index, "fr/code-penal/article/311-13", "referred")
    assert not _facts(index, "fr/code-penal/article/223-6", "referred")
    assert [f.of for f in _facts(index, "fr/code-penal/article/131-38", "referred")] == ["quintuple"]
    assert [f.term for f in _facts(index, "fr/code-penal/article/121-5", "definition")] == ["tentative"]
    assert "complice" in [f.term for f in _facts(index, "fr/code-penal/article/121-7", "definition")]
