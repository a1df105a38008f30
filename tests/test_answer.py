"""Answers on the real index: verbatim quotes, resolvable citations, abstention, follow-ups."""
from __future__ import annotations

import re
import pytest

from kb.answer import Conversation, ask
from kb.question import analyse


def _norm(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture(scope="module")
def answers(index, questions):
    return [(q, ask(q["q"], index=index)) for q in questions]


def test_every_quote_is_verbatim_and_every_citation_resolves(index, answers):
    for q, a in answers:
        for c in a.citations:
            p = index.provisions[c.provision.id]
            assert _norm(c.quote) in _norm(p.text), (q["q"], c.quote)
            d = c.to_dict()
            resolved = index.provision(d["id"])
            assert resolved is not None and d["url"] and d["as_of"] and d["status"]


def test_answers_cite_the_provision_that_answers(answers):
    inscope = [(q, a) for q, a in answers if q.get("scope") != "out"]
    on_target = sum(1 for q, a in inscope if {c.top.id for c in a.citations} & set(q["expect"]))
    assert on_target / len(inscope) >= 0.8


def test_answers_whose_point_is_a_figure_state_it(answers):
    """The tuned set marks the figures an answer must give; each is in the answer (direct line or quotes)."""
    from kb.evaluate import _figure_present

    figure_qs = [(q, a) for q, a in answers if q.get("figures")]
    assert len(figure_qs) >= 8
    missing = [(q["q"], f) for q, a in figure_qs for f in q["figures"] if not _figure_present(f, a.answer)]
    assert not missing


@pytest.mark.parametrize("question, must", [
    ("What is the maximum fine the European Commission can impose on a very large online platform?", ["6 %"]),
    ("What is the maximum penalty Ofcom can impose?", ["£18 million", "10%"]),
    ("What penalty applies in France for publishing a sexual deepfake?", ["€60,000", "€75,000", "3 years"]),
    ("Quelle peine pour un deepfake sexuel publié en ligne ?", ["60 000 euros", "75 000 euros"]),
    # "d'un an d'emprisonnement": one year, in the singular
    ("What is the penalty in France for publishing a montage of someone without their consent?",
     ["1 year's imprisonment", "€15,000"]),
])
def test_the_direct_answer_comes_first_with_the_figures_asked_for(index, question, must):
    from kb.direct import verified

    a = ask(question, index=index)
    assert a.direct and a.answer.startswith(a.direct)
    for m in must:
        assert m in a.direct, a.direct
    assert verified(a.direct, a.citations)  # every figure in the line is in a quote it cites


def test_a_lead_in_is_quoted_with_its_list(index):
    a = ask("What is the maximum penalty Ofcom can impose?", index=index)
    lead = next(c for c in a.citations if c.provision.id == "uk/ukpga/2023/50/schedule/13/paragraph/4/1")
    assert lead.quote.rstrip().endswith("(subject to sub-paragraph (5)).") and "(a) £18 million" in lead.quote


def test_which_offences_an_attempt_article_covers_is_read_from_its_words_and_the_code(index):
    from kb.covering import covering
    attempt_for = lambda pid, ix: covering("attempt", pid, ix)  # noqa: E731

    art = "fr/code-penal/article/"
    # "par la présente section": every article of its section (226-1 to 226-4-1); the next section's 226-8 through
    # art. 226-9 ("Les articles 226-5 et 226-7 sont applicables à la présente section"); not the false accusation
    # of section 3, which no attempt article covers
    assert attempt_for(art + "226-1", index) == art + "226-5" and attempt_for(art + "226-4-1", index) == art + "226-5"
    assert attempt_for(art + "226-8", index) == art + "226-5"
    assert attempt_for(art + "226-10", index) is None
    # "aux articles 227-25, 227-26 et 227-27", "par les articles 323-1 à 323-3-1": a list, a range
    assert attempt_for(art + "227-25", index) == art + "227-27-2"
    assert attempt_for(art + "323-3", index) == art + "323-7"


def test_an_attempt_question_is_answered_by_the_attempt_article_then_the_offence(index):
    # questions24, first run: the publication of a montage (226-8) was cited and its penalties given
    a = ask("Is an attempt to secretly record someone's private conversation punishable in France?", index=index)
    ids = [e.top.id for e in a.citations]
    assert ids[:2] == ["fr/code-penal/article/226-5", "fr/code-penal/article/226-1"], ids
    assert not a.citations[0].related
    assert a.direct.startswith("France: 1 year's imprisonment and a fine of €45,000 [2]"), a.direct


def test_a_maximum_term_is_the_highest_and_quoted_with_the_list_it_belongs_to(index):
    # s. 183(10): the general limit, 6 months (Northern Ireland, summary), 5 years (on indictment). 6 months must
    # not be read as more than 5 years, nor the Northern Ireland item quoted alone.
    a = ask("What is the maximum prison sentence in the UK for sending flashing images to a person with epilepsy?",
            index=index)
    assert a.direct.startswith("United Kingdom: 5 years' imprisonment or a fine (or both) [1]"), a.direct
    lead = a.citations[0]
    assert lead.provision.id == "uk/ukpga/2023/50/section/183/10" and "(c) on conviction on indictment" in lead.quote


@pytest.mark.parametrize("question", ["What is the penalty for involuntary manslaughter in France?",
                                      "Quelle est la peine encourue pour un homicide involontaire ?"])
def test_the_article_punishing_an_offence_answers_before_its_aggravated_case(index, question):
    # questions54: art. 221-6-2 (the homicide "prévu par l'article 221-6" caused by a dog, 10 years) led on its
    # higher penalty, and "manslaughter", a word the glossary did not know, was refused as out of scope
    a = ask(question, index=index)
    assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/221-6", a.citations[:2]
    assert re.search(r"3 (?:years|ans)\b.*45[ , ]000", a.direct), a.direct
    # the second alinéa's heavier penalty comes with its case
    assert "En cas de violation manifestement délibérée" in a.direct
    dog = ask("Quelle est la peine encourue pour un homicide involontaire causé par un chien ?", index=index)
    assert dog.citations[0].top.id == "fr/code-penal/article/221-6-2"


@pytest.mark.parametrize("question, first, figures", [
    # the case a lead-in's item lists (art. 314-2 4°, art. 321-2 1° and 2°) answers before the article
    # punishing the offence itself, which leads without it
    ("Quelle est la peine pour un abus de confiance commis au préjudice d'une personne vulnérable ?",
     "fr/code-penal/article/314-2", r"7 ans d'emprisonnement et 750 000 euros"),
    ("What penalty does habitual or organised-gang receiving of stolen goods carry in France?",
     "fr/code-penal/article/321-2", r"10 years' imprisonment and a fine of €750,000"),
    ("Quelle peine est prévue pour un abus de confiance ?", "fr/code-penal/article/314-1", r"5 ans"),
])
def test_the_case_a_list_names_answers_first(index, question, first, figures):
    a = ask(question, index=index)
    assert a.citations[0].top.id == first, [c.top.id for c in a.citations]
    assert re.search(figures, a.direct.split(";")[0]), a.direct


@pytest.mark.parametrize("question, first", [
    # questions72 (first run): a penalty for letting out someone else's home (art. 313-6-1) was refused as a housing
    # question; "coopérer" had no English counterpart, and s. 105's duty to co-operate was missed in French
    ("What is the penalty in France for renting out a property that belongs to someone else without the owner's "
     "permission?", "fr/code-penal/article/313-6-1"),
    ("Quelle peine encourt celui qui loue le logement d'autrui sans l'autorisation du propriétaire ?",
     "fr/code-penal/article/313-6-1"),
    ("Un fournisseur de service en ligne doit-il coopérer à une enquête de l'Ofcom sur le respect de l'Online Safety "
     "Act ?", "uk/ukpga/2023/50/section/105"),
    # questions73 (end run): "officier de … police" in art. 226-10 outweighed art. 432-8 ("contre le gré de celui-ci"
    # had no English); s. 120 OSA in French ("utilisées comme preuve") was missed
    ("What penalty does a French police officer face for entering someone's home against their will without legal "
     "authority?", "fr/code-penal/article/432-8"),
    ("Les informations fournies à l'Ofcom en réponse à une demande d'information peuvent-elles être utilisées comme "
     "preuve dans une procédure pénale ?", "uk/ukpga/2023/50/section/120"),
])
def test_a_housing_offence_and_a_duty_to_co_operate(index, question, first):
    assert not _leads(index, question, first).abstained


@pytest.mark.parametrize("question, first", [
    ("What is the penalty for money laundering in France?", "fr/code-penal/article/324-1"),
    ("What is the penalty for murder in France?", "fr/code-penal/article/221-1"),
    ("What is the penalty for kidnapping in France?", "fr/code-penal/article/224-1"),
    ("What is the penalty for breach of trust in France?", "fr/code-penal/article/314-1"),
    ("What is the penalty for forgery in France?", "fr/code-penal/article/441-1"),
    ("What is the penalty for human trafficking in France?", "fr/code-penal/article/225-4-1"),
    ("What is the penalty for insulting a police officer in France?", "fr/code-penal/article/433-5"),
    ("What is the penalty for assault causing injury in France?", "fr/code-penal/article/222-11"),
])
def test_english_names_of_french_offences(index, question, first):
    # Found while probing after questions54 ("manslaughter" was refused): the Code pénal's names for offences people
    # ask about in English were missing from the glossary (money laundering was answered by art. 434-11, murder
    # refused); and of an offence's articles, the one saying what it is and punishing it comes first (art. 324-1,
    # not art. 324-2's aggravated ten years)
    a = ask(question, index=index)
    assert not a.abstained and a.citations[0].top.id == first, [c.top.id for c in a.citations[:3]]


@pytest.mark.parametrize("question, first", [
    # questions55, after its end run: theft and "filouterie" were words the glossary lacked (the French "vol simple"
    # was refused, then led by art. 311-7's fifteen years "lorsqu'il est précédé … de violences"); "magasins
    # d'applications" and "accessibilité" did not reach the English law
    ("What is the penalty for theft in France?", "fr/code-penal/article/311-3"),
    ("Quelle est la peine encourue pour un vol simple ?", "fr/code-penal/article/311-3"),
    ("Quelle est la peine encourue pour un vol commis avec violences ?", "fr/code-penal/article/311-6"),
    ("What is the penalty in France for eating at a restaurant knowing you cannot pay?", "fr/code-penal/article/313-5"),
    ("Le secrétaire d'État peut-il étendre l'Online Safety Act à la régulation des magasins d'applications ?",
     "uk/ukpga/2023/50/section/215"),
    ("Que prévoit le DSA sur les codes de conduite pour l'accessibilité ?", "eu/reg/2022/2065/art/47"),
])
def test_questions55_after_its_end_run(index, question, first):
    a = ask(question, index=index)
    assert not a.abstained and a.citations[0].top.id == first, [c.top.id for c in a.citations[:3]]


@pytest.mark.parametrize("question, first", [
    # questions53, after its end run: s. 7 OSA lists where each kind of service's duties are; the section it points
    # to whose heading the question names answers before every subsection of s. 7
    ("What records must providers of user-to-user services keep under the Online Safety Act?",
     "uk/ukpga/2023/50/section/23"),
    ("Quels registres les fournisseurs de services d'utilisateur à utilisateur doivent-ils tenir selon l'Online "
     "Safety Act ?", "uk/ukpga/2023/50/section/23"),
    # an English question about French law: the Code pénal's words, through the glossary, far ahead on the French
    # lexical list ("se soustraire … à ses obligations légales au point de compromettre …")
    ("What penalty does a parent face in France for neglecting their legal obligations to the point of endangering "
     "their child's health or education?", "fr/code-penal/article/227-17"),
    ("Quelles exigences les coordinateurs pour les services numériques doivent-ils respecter selon le DSA ?",
     "eu/reg/2022/2065/art/50"),
])
def test_questions53_after_its_end_run(index, question, first):
    assert ask(question, index=index).citations[0].top.id == first


@pytest.mark.parametrize("question, out", [
    # none of these is among the scope examples (kb/data/scope_examples.yaml), and no word list names their field
    ("How do I renew my passport in the UK?", True),
    ("Quel est le délai pour déclarer une naissance à la mairie ?", True),
    ("What are the opening hours rules for shops on Sundays in France?", True),
    ("Can Ofcom require a service to use age verification to protect children?", False),
    # nearer the corpus than any outside example, but about a word neither the corpus nor the glossary uses
    ("Can a UK online casino accept bets from children?", True),
    ("Une plateforme peut-elle être sanctionnée si elle ne retire pas un contenu illicite signalé ?", False),
    # the Code pénal is held whole: common offences asked in English are inside, an offence of another code is not
    ("What is the penalty for receiving stolen goods in France?", False),
    ("Quelle est la peine pour conduite sans permis en France ?", True),
])
def test_the_semantic_scope_test_refuses_other_fields_not_the_corpus_own(index, question, out):
    from kb.question import analyse
    from kb.scope import outside

    assert outside(analyse(question, index.config), index.config, index) is out


def test_the_scope_examples_are_embedded_once_per_index(index, tmp_path):
    # a process reads the examples' vectors kept beside the index instead of re-embedding them (seconds each time);
    # the key holds what they derive from, so another model's index gets its own
    import numpy as np
    from kb import scope

    inside, outside_ = scope._examples(index.config)
    kept = list((index.config.index_dir / "cache").glob("scope-examples-*.npz"))
    assert kept, "no vectors kept beside the index"
    scope._examples.cache_clear()
    again = scope._examples(index.config)
    assert np.allclose(again[0], inside) and np.allclose(again[1], outside_)
    # an index directory it cannot write to still answers
    blocked = tmp_path / "ro"
    blocked.write_text("a file, not a directory")
    scope._examples.cache_clear()
    assert scope._examples(index.config.with_(index_dir=blocked))[0].shape == inside.shape


def test_abstains_on_out_of_scope_questions(answers):
    out = [(q, a) for q, a in answers if q.get("scope") == "out"]
    inscope = [(q, a) for q, a in answers if q.get("scope") != "out"]
    abstained_out = sum(a.abstained for _, a in out)
    abstained_in = sum(a.abstained for _, a in inscope)
    assert abstained_out >= len(out) - 1  # calibration: at most one out-of-scope question slips through
    assert abstained_in == 0
    vat = next(a for q, a in out if "TVA" in q["q"])
    assert vat.abstained and "TVA" in vat.reason  # it says why, in the question's words
    for _, a in out:
        if a.abstained:
            assert "does not support" in a.answer and a.nearest and not a.citations


def test_json_shape(index):
    d = ask("What is the penalty in France for sharing a sexual deepfake?", index=index).to_dict()
    assert set(d) >= {"question", "answer", "abstained", "citations"}
    for c in d["citations"]:
        assert set(c) >= {"n", "id", "citation", "quote", "url", "as_of", "status"}
    assert any(c["id"].startswith("fr/code-penal/article/226-8-1") for c in d["citations"])


def test_a_bill_is_never_presented_as_law(index):
    a = ask("What would the ENFORCE Act change about producing morphed child pornography?", index=index)
    bills = [c for c in a.citations if c.provision.source.startswith("us-bill")]
    assert bills
    for c in bills:
        assert "not law" in a.answer.split(f"[{c.n}]")[1].split("\n")[0]


def test_follow_up_keeps_the_question_and_changes_the_jurisdiction(index):
    conv = Conversation()
    first = conv.ask("What is the penalty for sharing a sexual deepfake?", index=index)
    assert not first.abstained
    second = conv.ask("and in France?", index=index)
    assert second.citations and {c.provision.jurisdiction for c in second.citations} == {"FR"}
    assert any(c.top.id == "fr/code-penal/article/226-8-1" for c in second.citations)


def test_named_provision_is_answered_from_itself(index):
    a = ask("What does Art. 34 DSA require?", index=index)
    assert a.citations[0].top.id == "eu/reg/2022/2065/art/34"


def test_when_an_instrument_applies_is_read_from_its_entry_into_force_article(index):
    """"From when …" questions: the named instrument's "Entry into force and application" article, and the date
    read from it at ingest (a `date` fact), lead the answer."""
    a = ask("When does the AI Act start to apply?", index=index)
    assert a.citations[0].top.id == "eu/reg/2024/1689/art/113"
    assert "2 February 2025" in a.direct and "2 August 2026" in a.direct


@pytest.mark.parametrize("question", [
    "From when do the AI Act's prohibited practices apply?",
    "À partir de quand s'appliquent les interdictions du règlement sur l'intelligence artificielle ?",
])
def test_the_date_of_the_chapter_asked_about_is_the_one_given(index, question):
    """"(a) Chapters I and II shall apply from 2 February 2025": Chapter II is "Prohibited AI practices", so that
    point answers, not "(c) Article 6(1) … 2 August 2027"; in French too, where "Prohibited AI practices" (Art. 5)
    names the subject word for word but does not say when."""
    a = ask(question, index=index)
    assert a.citations[0].top.id == "eu/reg/2024/1689/art/113"
    assert "2 February 2025" in a.direct and "2027" not in a.direct


def test_french_plurals_inside_glossary_phrases_and_risk_is_not_a_penalty(index):
    """"les très grandes plateformes en ligne face aux risques systémiques": both phrases reach their English
    terms, and "risques" (risks) does not make a penalty question."""
    from kb.question import analyse

    q = analyse("Que doivent faire les très grandes plateformes en ligne face aux risques systémiques selon le DSA ?")
    assert q.kind == "duty" and "very large online platform" in q.en_query and "systemic risk" in q.en_query
    assert analyse("Quelle peine risque-t-on pour un hypertrucage sexuel ?").kind == "penalty"


def test_defined_terms_are_an_index_for_definition_questions(index):
    """"définit-il un mineur … pédopornographie": no channel retrieves 18 U.S.C. 2256 for the French wording, but
    it defines both "minor" and "child pornography", which the question uses through the glossary."""
    a = ask("Comment le droit fédéral américain définit-il un mineur pour les infractions de pédopornographie ?",
            index=index)
    assert a.citations[0].top.id == "us/usc/t18/s2256"


def test_who_enforces_is_read_as_a_power(index):
    """"the Commission shall enforce this section …" (TAKE IT DOWN Act § 3(b)(2)): the direct line says who."""
    a = ask("Who enforces the notice and removal obligations of the TAKE IT DOWN Act?", index=index)
    assert "Commission shall enforce this section" in a.direct
    assert any(c.provision.id.startswith("us/pl/119/12/sec/3/b") for c in a.citations)


def test_penalty_variants_in_the_order_and_with_the_case_the_law_gives(index):
    """18 U.S.C. 2252A(b)(2): "not more than 10 years", "but, if any image … involved a prepubescent minor …
    not more than 20 years", "or if such person has a prior conviction … 10 … 20 years": the base term first,
    and each variant with its own case, not the next one's."""
    a = ask("What is the maximum prison sentence for possessing child pornography under US federal law?", index=index)
    assert a.direct.startswith("United States: 10 years' imprisonment")
    # "shall be fined under this title or imprisoned not more than 10 years, or both", then "shall be fined … and
    # imprisoned for not more than 20 years": each variant joined as the law joins it.
    assert a.direct.startswith("United States: 10 years' imprisonment or a fine (or both) [1]")
    assert "20 years' imprisonment and a fine (“but, if any image" in a.direct


def test_a_question_about_an_instrument_the_corpus_lacks_is_refused_unless_it_holds_part_of_it(index):
    a = ask("Does the Cyber Resilience Act require manufacturers to report actively exploited vulnerabilities?",
            index=index)
    assert a.abstained and "Cyber Resilience Act" in a.reason
    # A US bill whose name contains the UK Act's is not the UK Act.
    k = ask("Does the Kids Online Safety Act impose a duty of care on platforms?", index=index)
    assert k.abstained and "Kids Online Safety Act" in k.reason
    # The SREN law is not in the corpus, but the article it inserted (226-8-1) is: answered from it.
    b = ask("Que prévoit la loi SREN pour les montages à caractère sexuel ?", index=index)
    assert not b.abstained and any("226-8" in c.provision.id for c in b.citations)


@pytest.mark.parametrize("question, unknown", [
    ("What are the rules on timeshare cancellations in Spain's Canary Islands?", True),
    ("Quelle peine encourt celui qui aperçoit les parties intimes d'une personne à son insu ?", False),  # apercevoir
])
def test_words_the_corpus_never_uses_mark_another_field(index, question, unknown):
    from kb.question import analyse
    from kb.scope import unknown_words

    assert bool(unknown_words(analyse(question, index.config), index)) is unknown


def test_an_interpretation_section_does_not_outrank_the_duty_it_interprets(index):
    # OSA s. 70 ("Interpretation of this Chapter") shares every word with s. 66, which imposes the duty.
    a = ask("Do UK platforms have to report child sexual exploitation and abuse content to the National Crime "
            "Agency?", index=index)
    assert a.citations[0].provision.id.startswith("uk/ukpga/2023/50/section/66")
    # s. 182 ("Interpretation of sections 179 to 181") against the offence itself, s. 181.
    from kb.search import search

    b = search("Qu'est-ce que l'infraction de communications menaçantes au Royaume-Uni ?", k=3, index=index)
    assert b[0].provision.id == "uk/ukpga/2023/50/section/181"


def test_a_direct_line_with_figures_of_several_provisions_names_each(answers):
    import re

    mixed = 0
    for q, a in answers:
        by_n = {c.n: c for c in a.citations}
        for part in re.split(r"(?<=\.) (?=[A-ZÉ][\w-]+(?: [\w-]+)? ?:)", a.direct):  # one sentence per jurisdiction
            tops = {by_n[int(n)].top.id: by_n[int(n)].top.citation for n in re.findall(r"\[(\d+)\]", part)
                    if int(n) in by_n}
            if len(tops) > 1:
                mixed += 1
                assert all(citation in part for citation in tops.values()), (q["q"], part)
    assert mixed >= 1  # the tuned questions include lines drawing on two provisions of one jurisdiction


def test_an_age_question_takes_the_age_a_definition_sets(index):
    # § 2256(1): "minor" means any person under the age of eighteen years; § 2252A's "12 years" is an aggravation.
    a = ask("Who counts as a minor under US child pornography law?", index=index)
    assert "18" in a.direct and "12" not in a.direct


def test_quotes_beside_the_governing_provision_are_labelled_related(index):
    a = ask("What is the penalty in France for sharing a sexual deepfake?", index=index)
    governing = [c for c in a.citations if not c.related]
    assert governing and all(c.top.id == "fr/code-penal/article/226-8-1" for c in governing)
    assert any(c.related for c in a.citations)  # the sexual-exhibition and assault articles retrieved beside it


def test_a_glossary_phrase_reaches_the_offence_it_names(index):
    # "corruption" and "mineur" are each common in the Code pénal; "corruption d'un mineur" is art. 227-22
    a = ask("What is the penalty in France for encouraging the corruption of a minor?", index=index)
    assert a.citations[0].provision.id.startswith("fr/code-penal/article/227-22")
    assert "75,000" in a.direct


def test_a_french_question_on_ofcom_powers_is_not_refused(index):
    # MiniLM alone put it nearer the outside examples; the multilingual encoder does not
    a = ask("L'Ofcom peut-il obliger un fournisseur à produire des informations qu'il ne détient pas encore ?", index=index)
    assert not a.abstained and a.citations[0].provision.source == "uk-osa"


def test_a_provisions_quotes_are_numbered_together(index):
    a = ask("What is the penalty in France for sharing a sexual deepfake?", index=index)
    cited = [int(n) for n in re.findall(r"\[(\d+)\]", a.direct)]
    assert cited == [1, 2] and {e.top.id for e in a.citations[:2]} == {"fr/code-penal/article/226-8-1"}
    assert [e.n for e in a.citations] == list(range(1, len(a.citations) + 1))


@pytest.mark.parametrize("question, first", [
    # a section whose heading is the quoted term the question asks about defines it
    ("What kinds of content are primary priority content that is harmful to children under the Online Safety Act?",
     "uk/ukpga/2023/50/section/61"),
    ("Quels contenus sont des contenus prioritaires primaires préjudiciables aux enfants au sens de l'Online Safety Act ?",
     "uk/ukpga/2023/50/section/61"),
    # whether rules apply to someone is answered by the scope or exclusion article, not by a duty
    ("Les obligations du DSA pour les plateformes en ligne s'appliquent-elles aux micro et petites entreprises ?",
     "eu/reg/2022/2065/art/19"),
    # the provision every retrieval channel puts far ahead leads the answer, though a duty of hosting providers
    # shares more of the question's words
    ("Do hosting providers have a general obligation to monitor content under the DSA?", "eu/reg/2022/2065/art/8"),
    # the article binds, the recital explains: Art. 87 before Recital 172's "should be protected"
    ("Are people who report infringements of the AI Act protected as whistleblowers?", "eu/reg/2024/1689/art/87"),
    # "is it an offence …?" asks for the provision making it one: "Confirmation decisions: offences", its plural
    # heading word asked in the singular, not the general "Confirmation decisions" sections before it
    ("Is it a criminal offence to fail to comply with an Ofcom confirmation decision about children's online safety "
     "duties?", "uk/ukpga/2023/50/section/138"),
    # questions74 (first run): OSA s. 192 ("Providers' judgements about the status of content") asked with a verb
    ("Sur quelle base un fournisseur doit-il juger si un contenu est illégal au sens de l'Online Safety Act ?",
     "uk/ukpga/2023/50/section/192"),
])
def test_definition_and_applicability_questions_find_their_article(index, question, first):
    a = ask(question, index=index)
    assert a.citations[0].provision.id.startswith(first), [c.provision.id for c in a.citations]


def test_a_named_body_is_not_the_field_its_name_contains(index):
    # the European Data Protection Supervisor fines EU institutions under the AI Act (Art. 100)
    for q in ("What fines can the European Data Protection Supervisor impose on EU institutions that use "
              "prohibited AI practices?",
              "Quelles amendes le Contrôleur européen de la protection des données peut-il infliger aux "
              "institutions de l'Union qui recourent à des pratiques d'IA interdites ?"):
        a = ask(q, index=index)
        assert not a.abstained and a.citations[0].provision.id.startswith("eu/reg/2024/1689/art/100"), q
    # a data-protection question is still out of scope, and so is an Act the corpus only names in passing
    assert ask("What does the GDPR require of data protection officers?", index=index).abstained
    ipa = ask("What powers does the Investigatory Powers Act 2016 give the police over internet connection records?",
              index=index)
    assert ipa.abstained and "Investigatory Powers Act 2016" in ipa.reason
    assert ask("What must websites do under the Children's Online Privacy Protection Act before collecting data "
               "from children?", index=index).abstained


def test_an_aggravated_penalty_comes_with_the_base_one_it_raises(index):
    a = ask("Quelle peine pour un chantage exercé en ligne au moyen d'images à caractère sexuel ?", index=index)
    assert "5 ans d'emprisonnement et 75 000 euros d'amende" in a.direct
    assert "7 ans d'emprisonnement et 100 000 euros d'amende" in a.direct
    assert a.direct.index("75 000") < a.direct.index("100 000")


@pytest.mark.parametrize("question, first", [
    ("Who can a person complain to if they think an AI system infringes the AI Act?", "eu/reg/2024/1689/art/85"),
    ("Can users claim compensation from a platform for damage caused by its breach of the DSA?",
     "eu/reg/2022/2065/art/54"),
    ("Can victims complain to a platform about content moderation decisions in the EU?", "eu/reg/2022/2065/art/20"),
    # questions23 (first run): a procedural right asked about before a fine, not the fine (Art. 74)
    ("Does a very large online platform have the right to be heard before the Commission fines it under the DSA?",
     "eu/reg/2022/2065/art/79"),
    ("Une très grande plateforme en ligne a-t-elle le droit d'être entendue avant que la Commission ne lui inflige "
     "une amende au titre du DSA ?", "eu/reg/2022/2065/art/79"),
    # ... and an order to keep documents, in French words for the English article
    ("La Commission peut-elle ordonner à une très grande plateforme en ligne de conserver des documents pour "
     "contrôler le respect du DSA ?", "eu/reg/2022/2065/art/72"),
])
def test_complaint_and_compensation_questions_find_the_remedy_article(index, question, first):
    a = ask(question, index=index)
    assert a.citations[0].provision.id.startswith(first), [c.provision.id for c in a.citations]


def test_french_amounts_in_millions(index):
    from kb.direct import _amount
    assert _amount(1.5e6, "EUR", "fr") == "1,5 million d'euros"
    assert _amount(18e6, "GBP", "fr") == "18 millions de livres sterling"
    assert _amount(60000, "EUR", "fr") == "60 000 euros"


def test_dates_of_application_and_dates_by_which_to_act(index):
    # "from what date": the entry-into-force article, its exception whole (Article 24(2) was cut off before)
    a = ask("From what date does the Digital Services Act apply in full?", index=index)
    assert a.citations[0].provision.id.startswith("eu/reg/2022/2065/art/93")
    assert "17 February 2024" in a.direct and "Article 24(2)" in a.direct
    # "by what date must …": the day the law sets for it, not the first duty quoted
    a = ask("By what date must each Member State have an AI regulatory sandbox operational?", index=index)
    assert a.citations[0].provision.id.startswith("eu/reg/2024/1689/art/57")
    assert "2 August 2026" in a.direct.split("[")[0], a.direct


def test_a_lay_word_and_a_cross_reference_to_a_section_reach_their_provision(index):
    a = ask("What is cyberflashing under the Online Safety Act?", index=index)
    assert a.citations[0].provision.id.startswith("uk/ukpga/2023/50/section/187")
    # "exclusive powers to supervise and enforce Section 5 of Chapter III": the section's title is in the chunk
    a = ask("Who has exclusive powers to supervise and enforce the systemic-risk obligations of very large online "
            "platforms?", index=index)
    assert a.citations[0].provision.id.startswith("eu/reg/2022/2065/art/56"), [c.provision.id for c in a.citations]


@pytest.mark.parametrize("question, first", [
    # "for how long": the article named for a limitation period (questions14, Art. 78 DSA), in both languages
    ("For how long can the Commission enforce a decision imposing a fine on a very large online platform?",
     "eu/reg/2022/2065/art/78"),
    ("Pendant combien de temps la Commission peut-elle faire exécuter une décision infligeant une amende à une très "
     "grande plateforme en ligne ?", "eu/reg/2022/2065/art/78"),
    # the glossary's "droit à une explication" reaches Art. 86 AI Act from French
    ("Une personne concernée par une décision prise sur la base d'un système d'IA à haut risque a-t-elle droit à une "
     "explication ?", "eu/reg/2024/1689/art/86"),
    # a spouse or civil partner (conjoint, PACS) in the harassment question: art. 222-33-2-1
    ("What penalty does French law provide for harassing one's spouse or partner?", "fr/code-penal/article/222-33-2-1"),
    # the article said almost word for word, far ahead on the question's own words, though no English channel
    # reads them (227-25 states the same 7 years and €100,000 for another act)
    ("Quelle peine encourt un majeur qui incite un mineur, par un moyen de communication électronique, à commettre un "
     "acte de nature sexuelle ?", "fr/code-penal/article/227-22-2"),
    # … while a lead on a few shared words is no lead ("retire … contenu": art. 227-18-2)
    ("L'article 230 protège-t-il une plateforme qui retire de bonne foi un contenu choquant ?", "us/usc/t47/s230"),
    # questions20 (untouched run: s. 56 first): "cannot commit an offence under section 179" is read with section
    # 179's heading, "False communications offence", in both languages
    ("Can a recognised news publisher commit the false communications offence under the Online Safety Act?",
     "uk/ukpga/2023/50/section/180"),
    ("Un éditeur de presse reconnu peut-il commettre l'infraction de fausses communications prévue par l'Online "
     "Safety Act ?", "uk/ukpga/2023/50/section/180"),
    # questions14: "classified as high-risk" is what Art. 6 is called ("Classification rules for high-risk AI
    # systems"), not Art. 9's "Risk management system", which shares "risk" and "system"
    ("When is an AI system classified as high-risk under the AI Act?", "eu/reg/2024/1689/art/6"),
    # questions25 (first run: on target 0.583, twins EN 0.83 / FR 0.33): "providers established in third countries
    # shall, by written mandate, appoint …" is a duty, a phrase between "shall" and its verb
    ("Must a provider of a high-risk AI system established outside the EU appoint an authorised representative in "
     "the Union?", "eu/reg/2024/1689/art/22"),
    # "mandataire", "abrogé", "photographies sexuelles privées": French words for law held in English only
    ("Un fournisseur de système d'IA à haut risque établi hors de l'Union doit-il désigner un mandataire dans "
     "l'Union ?", "eu/reg/2024/1689/art/22"),
    ("L'Online Safety Act a-t-il abrogé l'infraction de divulgation de photographies sexuelles privées dans "
     "l'intention de causer une détresse ?", "uk/ukpga/2023/50/section/190"),
])
def test_questions14_after_its_first_run(index, question, first):
    a = ask(question, index=index)
    assert a.citations and a.citations[0].provision.id.startswith(first), [c.provision.id for c in a.citations]


def test_another_countrys_law_is_out_of_scope(index):
    a = ask("What sentence does South Korea impose for possessing or viewing sexual deepfakes?", index=index)
    assert a.abstained and "legal system" in a.reason


def test_an_everyday_verb_is_no_sign_of_another_field(index):
    # questions17 (its untouched run refused it): "bought" is the corpus's "purchased" (glossary), so the DSA's
    # right to information (Art. 32) answers, in both languages
    for q in ("What must an online marketplace tell consumers who bought an illegal product through it?",
              "Que doit indiquer une plateforme de vente en ligne aux consommateurs qui y ont acheté un produit illégal ?"):
        a = ask(q, index=index)
        assert not a.abstained and a.citations[0].provision.id.startswith("eu/reg/2022/2065/art/32"), (q, a.reason)


def test_a_french_question_far_from_the_corpus_about_a_word_it_never_uses_is_out(index):
    # questions16 (its untouched run answered it from art. 112-2): the multilingual margin (+0.07) does not save
    # a question the index's model places far outside (-0.17) about a word the corpus never uses ("drone")
    from kb.question import analyse
    from kb.scope import outside
    assert outside(analyse("Faut-il une formation pour piloter un drone de loisir en France ?", index.config),
                   index.config, index)
    assert not outside(analyse("Quelle peine encourt celui qui aperçoit les parties intimes d'une personne à son insu ?",
                               index.config), index.config, index)


def test_a_question_in_a_provisions_own_words_is_in_scope(index):
    # questions18 (its untouched run refused it): "… à un tiers qui n'a pas qualité pour les recevoir" is art.
    # 226-22 word for word, though the scope examples place personal data outside (the GDPR)
    a = ask("Quelle est la peine pour avoir divulgué des données personnelles d'une personne à un tiers qui n'a pas "
            "qualité pour les recevoir ?", index=index)
    assert not a.abstained and a.citations[0].provision.id.startswith("fr/code-penal/article/226-22"), a.reason
    assert "300 000" in a.direct


def test_the_section_a_list_points_to_answers_before_the_list(index):
    # questions18: s. 24(2) lists where the search services' duties are set out ("(d) … complaints procedures set
    # out in section 32"); s. 32, search services' twin of s. 21 (same heading, user-to-user), answers
    for q in ("What complaints procedure must a regulated search service operate?",
              "Quelle procédure de plainte un service de recherche réglementé doit-il mettre en place ?"):
        a = ask(q, index=index)
        assert a.citations[0].provision.id.startswith("uk/ukpga/2023/50/section/32"), (q, a.direct)


def test_a_base_penalty_comes_before_the_penalty_that_raises_it(index):
    # "Les peines sont portées à dix ans …" (al. 3) is read after the offence's own penalty (al. 1), and the line
    # states both, its figures checked against the quotes, numbers in words included ("trente ans")
    a = ask("What penalty does French law provide for harassing one's spouse or partner?", index=index)
    assert a.citations[0].provision.id == "fr/code-penal/article/222-33-2-1/al/1", [c.provision.id for c in a.citations]
    assert "3 years' imprisonment and a fine of €45,000" in a.direct and "10 years" in a.direct, a.direct


def test_an_offence_named_by_its_section_is_read_with_its_heading(index):
    from kb.crossrefs import cited_headings

    osa = "uk/ukpga/2023/50/section/180"
    assert cited_headings("(1) A recognised news publisher cannot commit an offence under section 179.", osa,
                          index.provisions, offences_only=True) == ["False communications offence"]
    # another Act's section is not this Act's
    assert cited_headings("an offence under section 1(1) of the Protection of Children Act 1978", osa,
                          index.provisions, offences_only=True) == []
    # a US Code section cites its title's sections ("an offense under section 2252A of this title")
    assert cited_headings("an offense under section 2252A of this title", "us/usc/t18/s2256", index.provisions,
                          offences_only=True) == [index.provisions["us/usc/t18/s2252a"].heading]


def test_a_subsections_own_heading_named_by_the_question_answers(index):
    # questions21: "sue for damages" is 2252A(f) "Civil Remedies" (the glossary's civil action) or its paragraph on
    # relief, not the affirmative defences of (c) and (d) that share more of the question's words; not the ENFORCE
    # Act's bill sections either, when the question names no bill
    for q in ("Can a victim of child pornography sue for damages under US federal law?",
              "Une victime de pédopornographie peut-elle obtenir des dommages-intérêts devant un tribunal fédéral "
              "américain ?"):
        a = ask(q, index=index)
        assert a.citations[0].provision.id.startswith("us/usc/t18/s2252a/f"), (q, [c.provision.id for c in a.citations])


def test_a_question_about_a_french_law_named_by_its_subject_is_refused(index):
    a = ask("Quelles obligations la loi française sur l'influence commerciale impose-t-elle aux influenceurs ?",
            index=index)
    assert a.abstained and "loi française sur l'influence commerciale" in a.reason, a.reason


def test_questions26_after_its_first_run(index):
    # (first run: on target 0.667, abstention 3/6, twins EN 0.83 / FR 0.5)
    # a French question far nearer the outside examples is out, though the multilingual encoder put it inside
    for q in ("Un commerçant peut-il refuser un paiement en espèces en France ?",
              "Un maire peut-il interdire la mendicité dans le centre-ville ?",
              # an EU act named by its acronym that crosslex does not hold
              "Quelles obligations le règlement MiCA impose-t-il aux émetteurs de jetons se référant à un ou des actifs ?"):
        assert ask(q, index=index).abstained, q
    # a period in the question's language, with the provision's words; the provision stating it leads
    a = ask("How long must a provider of a high-risk AI system keep its technical documentation at the disposal of "
            "national authorities?", index=index)
    assert a.citations[0].provision.id.startswith("eu/reg/2024/1689/art/18/"), [c.provision.id for c in a.citations]
    fr = ask("Pendant combien de temps le fournisseur d'un système d'IA à haut risque doit-il tenir sa documentation "
             "technique à la disposition des autorités nationales ?", index=index)
    assert fr.direct.startswith("Union européenne : pendant 10 ans (« for a period"), fr.direct
    # the time limit of the provision ranked first, not a time limit of another section whose quote scored higher
    for q in ("When must the Secretary of State review the operation of the Online Safety Act's regulatory framework?",
              "Quand le secrétaire d'État doit-il réexaminer le fonctionnement du cadre réglementaire de l'Online "
              "Safety Act ?"):
        a = ask(q, index=index)
        assert a.citations[0].provision.id.startswith("uk/ukpga/2023/50/section/178/"), q
        assert "five years" in a.direct and "45" not in a.direct, a.direct


def test_questions27_after_its_first_run(index):
    # (first run: on target 0.583, abstention 6/6, twins EN 0.83 / FR 0.33)
    # a period with its floor, in the question's language; the provision stating it leads, not the logging duty
    # (Art. 12) that ranked above it
    fr = ask("Pendant combien de temps les fournisseurs de systèmes d'IA à haut risque doivent-ils conserver les "
             "journaux générés automatiquement par leurs systèmes ?", index=index)
    assert fr.citations[0].provision.id.startswith("eu/reg/2024/1689/art/19/"), [c.provision.id for c in fr.citations]
    assert fr.direct.startswith("Union européenne : pendant au moins 6 mois (« for a period appropriate"), fr.direct
    # the day by which GPAI models already on the market must comply (Art. 111(3)), read as the providers' own: not
    # the large-scale IT systems of Art. 111(1), whose "Without prejudice to … Article 113(3), point (a)" is no subject
    for q in ("By when must providers of general-purpose AI models placed on the market before 2 August 2025 comply "
              "with the AI Act?",
              "D'ici quand les fournisseurs de modèles d'IA à usage général mis sur le marché avant le 2 août 2025 "
              "doivent-ils se conformer au règlement sur l'IA ?"):
        a = ask(q, index=index)
        assert a.citations[0].provision.id.startswith("eu/reg/2024/1689/art/111/"), q
        assert "2 August 2027" in a.direct and "Article 113(3)" not in a.direct, a.direct
    # "at work": the article on the degradation of working conditions, not school bullying
    for q in ("What is the penalty in France for moral harassment at work?",
              "Quelle est la peine encourue pour harcèlement moral au travail ?"):
        a = ask(q, index=index)
        assert a.citations[0].provision.id.startswith("fr/code-penal/article/222-33-2/"), \
            [c.provision.id for c in a.citations]


def test_questions28_after_its_first_run(index):
    # (first run: on target 0.417, abstention 5/6, twins EN 0.67 / FR 0.17)
    # the unit using the question's own phrase ("not in conformity") leads, and the line says the duty from its verb
    for q in ("What must the provider of a high-risk AI system do if it considers that a system it has placed on the "
              "market is not in conformity with the AI Act?",
              "Que doit faire le fournisseur d'un système d'IA à haut risque qui estime qu'un système qu'il a mis sur "
              "le marché n'est pas conforme au règlement sur l'IA ?"):
        a = ask(q, index=index)
        assert a.citations[0].provision.id.startswith("eu/reg/2024/1689/art/20/"), [c.provision.id for c in a.citations]
        assert "shall immediately take the necessary corrective actions" in a.direct, a.direct
    # a named directive the corpus does not hold is refused
    a = ask("Does the proposed EU AI Liability Directive create a presumption of causality for damage caused by AI "
            "systems?", index=index)
    assert a.abstained and "AI Liability Directive" in a.reason, a.reason
    # "combien de coordinateurs" counts people: not a question about a maximum fine
    assert analyse("Combien de coordinateurs pour les services numériques de destination doivent saisir le comité ?",
                   index.config).kind != "maximum"
    # blackmail carried out: art. 312-11's aggravation, not extortion's penalty
    a = ask("What is the penalty in France for blackmail when the blackmailer carries out the threat?", index=index)
    assert a.citations[0].provision.id.startswith("fr/code-penal/article/312-11"), [c.provision.id for c in a.citations]


def _leads(index, question: str, prefix: str):
    """The answer to `question`, whose first citation is the provision `prefix` names."""
    a = ask(question, index=index)
    assert a.citations[0].provision.id.startswith(prefix), [c.provision.id for c in a.citations]
    return a


def test_questions29_after_its_first_run(index):
    # (first run: on target 0.833, abstention 5/6, twins EN 1.0 / FR 0.67)
    # "hébergeur", "infraction pénale", "soupçonner" carry a French question to DSA Art. 18
    _leads(index, "Que doit faire un hébergeur qui a connaissance d'informations laissant soupçonner qu'une infraction "
           "pénale menaçant la vie ou la sécurité d'une personne a eu lieu ?", "eu/reg/2022/2065/art/18")
    # a sexual image is not a sexual deepfake: art. 226-2-1, not 226-8-1
    _leads(index, "Quelle peine encourt celui qui diffuse sans son accord des images à caractère sexuel d'une personne "
           "prises avec son consentement ?", "fr/code-penal/article/226-2-1")
    # a French question tied to no jurisdiction whose subject no quote uses, in either language, is refused
    a = ask("Quelles sont les obligations d'un syndic de copropriété envers les copropriétaires ?", index=index)
    assert a.abstained, a.direct


def test_questions30_after_its_first_run(index):
    # (first run: on target 0.5, twins EN 0.67 / FR 0.33)
    # "fournisseur de services intermédiaires", "État membre": the Member States' caps of DSA Art. 52, as in English
    _leads(index, "Quel est le montant maximal des amendes qu'un État membre peut prévoir pour un fournisseur de "
           "services intermédiaires qui enfreint le règlement sur les services numériques ?", "eu/reg/2022/2065/art/52")
    # "incident grave": a serious incident (AI Act Art. 73), reported within 15 days
    a = _leads(index, "Selon le règlement sur l'IA, dans quel délai un fournisseur doit-il signaler un incident grave "
               "impliquant un système d'IA à haut risque ?", "eu/reg/2024/1689/art/73")
    assert "15 jours" in a.direct, a.direct
    # a period the law's words do not open with is said first, then quoted
    a = ask("How long must a provider preserve the contents of a report it made to the CyberTipline?", index=index)
    assert a.direct.startswith("United States: 1 year (“preserve the contents"), a.direct
    # what a question asks for is read without the names it cites: the ENFORCE Act asks for no power
    assert analyse("How does the ENFORCE Act clarify what it means to produce child pornography?").kind != "power"


def test_the_caps_of_the_named_instrument_answer_how_much(index):
    # "How much can Ofcom fine X …" shares no word with Sch. 13 para. 4 ("The maximum amount of a penalty …"): the
    # caps read at ingest from the instrument named are candidates (before: s. 160, a report, with no figure)
    a = ask("How much can Ofcom fine X if it finds the platform broke the Online Safety Act?", index=index)
    assert a.citations[0].provision.id.startswith("uk/ukpga/2023/50/schedule/13/paragraph/4"), \
        [c.provision.id for c in a.citations]
    assert "the greater of £18 million and 10%" in a.direct, a.direct
    # a question about prison is not answered with caps
    a = ask("What is the maximum prison sentence for sending a false communication under the Online Safety Act?",
            index=index)
    assert not a.citations[0].provision.id.startswith("uk/ukpga/2023/50/schedule/13"), a.citations[0].provision.id


def test_a_cap_whichever_is_higher_is_one_cap(index):
    # "up to EUR 35000000 or … up to 7 % …, whichever is higher": the amount (read as a fine) and the share together
    a = ask("What is the maximum fine for engaging in prohibited AI practices under the AI Act?", index=index)
    assert a.direct.startswith("European Union: the greater of €35 million and 7 %"), a.direct
    a = ask("What is the maximum fine the Commission can impose on a provider of a general-purpose AI model?", index=index)
    assert "the greater of €15 million and 3 %" in a.direct, a.direct


def test_questions32_after_its_first_run(index):
    # (first run: on target 0.917, twins EN 1.0 / FR 0.83)
    # "modifier de manière significative la conception ou le fonctionnement": OSA s. 9(4)'s "significant change to
    # any aspect of a service's design or operation", as in English (before: s. 12)
    _leads(index, "Selon l'Online Safety Act, que doit faire un service d'utilisateur à utilisateur avant de modifier de "
           "manière significative la conception ou le fonctionnement de son service ?", "uk/ukpga/2023/50/section/9")


def test_what_a_regulator_can_do_about_a_failure_includes_the_offence_it_is(index):
    # the brief's question: Ofcom's enforcement power and, beside it, the offence a person commits by failing to
    # comply with an information notice (s. 109(1)), both in the direct line
    a = ask("What can Ofcom do if a platform ignores an information notice?", index=index)
    cited = [c.provision.id for c in a.citations if f"[{c.n}]" in a.direct]
    assert "uk/ukpga/2023/50/section/109/1" in cited, (a.direct, cited)
    assert any(c.startswith("uk/ukpga/2023/50/section/130") for c in cited), (a.direct, cited)
    # a question naming no failure asks for the powers alone
    assert "offence" not in analyse("What powers does Ofcom have over regulated services?").fact_kinds


def test_a_field_word_in_an_unrelated_quote_does_not_answer(index):
    # OSA s. 84(5) lets OFCOM refund fees: it says nothing of a cancelled concert (questions34, first run) …
    a = ask("Am I entitled to a refund if a concert is cancelled in the UK?", index=index)
    assert a.abstained and "refund" in a.reason
    # … while a question about those fees is answered from it
    b = ask("Must Ofcom refund fees that a provider has overpaid?", index=index)
    assert not b.abstained and any(c.provision.id.startswith("uk/ukpga/2023/50/section/84") for c in b.citations)
    # the field is named as the question writes it
    c = ask("Le vendeur d'une voiture d'occasion doit-il fournir un contrôle technique de moins de six mois ?",
            index=index)
    assert c.abstained and "contrôle technique" in c.reason


def test_a_duty_stated_as_a_lead_in_comes_with_its_items(index):
    # "… must notify OFCOM in relation to a charging year which is—" says what is owed in its items: the fact read
    # at ingest is the lead-in with them, and the direct line quotes them on its one line
    duty = next(f for f in index.facts["uk/ukpga/2023/50/section/83"]
                if f.kind == "duty" and "must notify OFCOM" in f.text)
    assert "(a) the first fee-paying year in relation to that provider" in duty.text
    a = ask("Must a provider notify Ofcom about its fees?", index=index)
    assert "\n" not in a.direct and "which is— (a) the first fee-paying year" in a.direct
    # asked of OFCOM, the line is what OFCOM may do, not the provider's duty in the same section
    a = ask("Must Ofcom refund fees that a provider has overpaid?", index=index)
    assert a.direct.startswith("United Kingdom: OFCOM may refund all or part of a fee"), a.direct
    assert not re.search(r"[—:]\s*\[\d+\]", a.direct)  # no lead-in left before its citation marker


def test_questions35_after_its_first_run(index):
    # (first run: on target 0.6 as labelled, 0.7 with the TAKE IT DOWN Act's s. 2 accepted as in earlier sets)
    # an authority asked whether it can do something is asked for a power, whatever penalty its condition names …
    assert analyse("Can Ofcom ask a court to restrict a service whose provider has not paid a penalty?").kind == "power"
    assert analyse("Can Ofcom fine a provider that has not paid its fee?").kind == "penalty"
    # … and the French twin finds the service restriction order ("restreindre un service")
    _leads(index, "L'Ofcom peut-il demander au tribunal de restreindre un service dont le fournisseur n'a pas payé une "
           "pénalité ?", "uk/ukpga/2023/50/section/144")
    # a prison term the question names leads what it asks for: the threats offence's 18 months, not a definition
    assert analyse("What is the maximum prison term for threatening to publish a digital forgery?").fact_kinds[0] == "prison"
    a = ask("What is the maximum prison term in the US for threatening to publish a digital forgery of an adult?",
            index=index)
    assert a.citations[0].provision.id.startswith(("us/usc/t47/s223", "us/pl/119/12/sec/2")), a.citations[0].provision.id
    assert "18 months" in a.direct, a.direct


def test_a_company_is_answered_by_the_article_making_legal_persons_liable(index):
    from kb.covering import chain_of
    art = "fr/code-penal/article/"
    # "des infractions définies à la présente section" (226-7), carried to the next section by art. 226-9
    assert chain_of("legal_persons", art + "226-8-1", index) == (art + "226-7", art + "226-9")
    assert chain_of("legal_persons", art + "226-1", index) == (art + "226-7",)
    # "des infractions définies aux articles 227-18 à 227-26": a range
    assert chain_of("legal_persons", art + "227-23", index) == (art + "227-28-1",)
    # questions15 (before: 226-8-1 first): the article making companies liable, the one carrying it to the deepfake
    # offence's section and art. 121-2 lead; no prison term of the offence is given as the company's
    a = ask("Can a company be held criminally liable in France for a sexual deepfake or for identity theft?", index=index)
    ids = [c.provision.id for c in a.citations]
    assert ids[0] == art + "226-7" and any(i.startswith(art + "226-9") for i in ids) \
        and any(i.startswith(art + "121-2") for i in ids), ids
    a = ask("What penalties does a company face in France for publishing a sexual deepfake?", index=index)
    assert "imprisonment" not in a.direct, a.direct
    # an offence no article of its part covers so (online harassment, 222-33-2-2): the code's general articles, the
    # fine's rule first for a question about penalties (art. 131-38: five times a natural person's), not its prison terms
    a = ask("What penalties does a company face in France for harassment online?", index=index)
    ids = [c.provision.id for c in a.citations]
    assert ids[0].startswith(art + "131-38") and any(i.startswith(art + "121-2") for i in ids), ids
    assert "imprisonment" not in a.direct, a.direct
    # a company named in a question about something else (corporate tax) is no reason to answer it
    assert ask("Quel est le taux de l'impôt sur les sociétés en France ?", index=index).abstained


def test_the_unit_denying_the_duty_asked_about_answers(index):
    # questions3 (before: Art. 16(1) first): "No general obligation to monitor … shall be imposed" answers whether
    # there is one, in French as in English
    _leads(index, "Les hébergeurs ont-ils une obligation générale de surveillance des contenus selon le DSA ?",
           "eu/reg/2022/2065/art/8")


def test_questions36_after_its_first_run(index):
    # "how long after being notified …" asks for a time counted from the notification (Art. 33(6): four months),
    # not the day the regulation applies (before: Art. 93 first); in French, "après", not "dans un délai de"
    a = ask("How long after being notified of its designation do the extra DSA obligations start to apply to a very "
            "large online platform?", index=index)
    assert a.citations[0].provision.id.split("/par/")[0] in ("eu/reg/2022/2065/art/33", "eu/reg/2022/2065/art/92") \
        and "four months after the notification" in a.direct, a.direct
    a = ask("Combien de temps après la notification de sa désignation les obligations supplémentaires du DSA "
            "s'appliquent-elles à une très grande plateforme en ligne ?", index=index)
    assert "4 mois après" in a.direct and "dans un délai" not in a.direct, a.direct
    # the penalty unit of s. 187 ("an offence under this section") is read with its heading, "Sending etc photograph
    # or film of genitals" (before: s. 183's five years first); the fine of summary conviction is not joined to the
    # two years on indictment, which the law gives alone
    a = ask("What is the maximum prison sentence for cyberflashing in England and Wales?", index=index)
    assert a.citations[0].provision.id.startswith("uk/ukpga/2023/50/section/187"), a.direct
    assert "2 years' imprisonment" in a.direct and "fine" not in a.direct.split("[1]")[0], a.direct
    # Northern Ireland's fine ("a fine not exceeding the statutory maximum") is read, and joined as the law joins it
    a = ask("What is the penalty for sending a threatening communication under the Online Safety Act?", index=index)
    assert "6 months' imprisonment or a fine (or both)" in a.direct, a.direct
    # "shall be fined under title 18, imprisoned not more than 2 years, or both" (47 U.S.C. 223(h)(4)(A)): the closing
    # "or both" makes the two alternatives (before: "2 years' imprisonment and a fine")
    a = ask("What is the penalty in the US for publishing a sexual deepfake of an adult?", index=index)
    assert "and a fine" not in a.direct and "or a fine (or both)" in a.direct, a.direct
    # what is weighed in setting a fine: the article listing it, not the fines (before: Art. 100(2))
    _leads(index, "What must be taken into account when deciding the amount of a fine under the AI Act?",
           "eu/reg/2024/1689/art/99")
    # the corpus holds the Crossbows Act 1987 only as a priority offence listed in Schedule 7: not an answer to
    # whether owning one needs a licence (before: Sch. 7 para. 16 quoted as the answer); the OSA's question is answered
    a = ask("Do I need a licence to own a crossbow in England?", index=index)
    assert a.abstained and "Crossbows Act 1987" in a.reason, a.answer
    assert not ask("Is selling a crossbow to a child a priority offence under the Online Safety Act?", index=index).abstained


@pytest.mark.parametrize("question", [
    "What is the penalty in France for publishing a deepfake of someone without their consent when it is not sexual?",
    "Quelle est la peine en France pour la publication sans son consentement d'un hypertrucage d'une personne qui "
    "n'a pas de caractère sexuel ?",
])
def test_a_quality_the_question_rules_out(index, question):
    # questions37, first run: "when it is not sexual" searched for "sexual" and led with art. 226-8-1 (a montage "à
    # caractère sexuel"); art. 226-8, of the same section, lacks the quality ruled out and answers first
    assert analyse(question).excluded
    a = ask(question, index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/226-8"
    assert "15" in a.direct.split(";")[0]
    # the direct line gives 226-8's penalties, not 226-8-1's (€60,000), which the quotes may still show, nor art.
    # 441-3's (€30,000, "faux documents": the dense channel's match for "digital forgery"), which says nothing of it
    assert "60" not in a.direct
    assert "30,000" not in a.direct and "30 000" not in a.direct


def test_a_state_negated_is_not_a_quality_ruled_out():
    assert not analyse("What if a provider is not established in the Union?").excluded
    assert not analyse("What happens if a platform does not comply with an information notice?").excluded


@pytest.mark.parametrize("question, lead", [
    # questions38, first run: "en ligne" / "sur internet" matched art. 421-2-5 (online terrorism, seven years) and
    # art. 226-8-1 (a sexual montage online), whose higher penalties led; they use none of the question's subject words
    ("Quelle est la peine encourue en France pour du harcèlement en ligne ?", "fr/code-penal/article/222-33-2-2"),
    ("Quelle peine encourt l'usurpation d'identité sur internet en France ?", "fr/code-penal/article/226-4-1"),
])
def test_the_subject_not_its_circumstance(index, question, lead):
    q = analyse(question)
    assert not q.about("service de communication au public en ligne")
    a = ask(question, index=index)
    assert a.citations[0].top.id == lead, [c.top.id for c in a.citations]


def test_a_mandatory_minimum_is_a_floor(index):
    # issue 10 ("also missing: 15-year minimum (18 U.S.C. 2251)"): "mandatory minimum" led with 2252A(b)(2)'s "not
    # more than 10 years, or both", which sets no floor for the offence itself
    assert analyse("What is the mandatory minimum sentence for producing child sexual abuse material?").kind == "minimum"
    en = ask("What is the mandatory minimum sentence for producing child sexual abuse material under federal law?",
             index=index)
    assert "10 years' imprisonment or a fine" not in en.direct, en.direct
    # 2251(e) punishes "this section", whose (a) is the production the question names ("for the purpose of producing
    # any visual depiction"); in French, "production de pédopornographie" names it too
    assert en.citations[0].provision.id == "us/usc/t18/s2251/e", [c.provision.id for c in en.citations]
    assert "15 to 30 years" in en.direct.split(";")[0], en.direct
    fr = ask("Quelle est la peine minimale obligatoire pour la production de pédopornographie en droit fédéral "
             "américain ?", index=index)
    assert fr.citations[0].provision.id == "us/usc/t18/s2251/e", [c.provision.id for c in fr.citations]
    assert "15 à 30 ans" in fr.direct.split(";")[0] and "35 ans à la perpétuité" in fr.direct, fr.direct
    assert "35 years to life imprisonment" in en.direct, en.direct


def test_questions39_after_its_first_run(index):
    # "dark patterns" is the press's word for what Art. 25 DSA calls the design of an "online interface" (only
    # Recital 67 says "dark patterns"): the article answers (before: the recital alone)
    _leads(index, "Does the DSA ban dark patterns on online platforms?", "eu/reg/2022/2065/art/25")
    # 47 U.S.C. 223 says the term "has the meaning provided in section 230(f)(2)": the definition itself answers
    a = ask("What counts as an interactive computer service under Section 230?", index=index)
    assert a.citations[0].provision.id == "us/usc/t47/s230/f/2", [c.provision.id for c in a.citations]
    # French as people ask it: "un majeur qui demande à un mineur de lui envoyer …" is art. 227-23-1's "solliciter
    # auprès d'un mineur" (before: art. 227-23 first); "généré artificiellement" is Art. 50(4)'s "artificially
    # generated" (before: Art. 26, deployers of high-risk systems)
    _leads(index, "Quelle peine encourt un majeur qui demande à un mineur de lui envoyer des images pornographiques de "
                  "lui-même ?", "fr/code-penal/article/227-23-1")
    _leads(index, "Qui doit indiquer qu'un hypertrucage a été généré artificiellement selon le règlement sur l'IA ?",
           "eu/reg/2024/1689/art/50")


def test_when_obligations_apply_counted_from_an_event(index):
    # questions38: "… have before the DSA's extra obligations apply": the unit saying they "shall apply … from four
    # months after the notification" (Art. 33(6)) answers, not Art. 40's "within 15 days" for another request
    a = ask("How long does a newly designated very large online platform have before the DSA's extra obligations "
            "apply to it?", index=index)
    assert a.citations[0].provision.id.startswith("eu/reg/2022/2065/art/33"), [c.provision.id for c in a.citations]
    assert "four months after the notification" in a.direct, a.direct


@pytest.mark.parametrize("question", [
    "Quelle est la peine pour le cyberharcèlement en France ?",
    "What is the penalty for cyberbullying in France?",
])
def test_cyberharassment_is_the_harassment_of_a_person(index, question):
    # online harassment is a case of harassing a person (art. 222-33-2-2, 4°), not sexual harassment (art. 222-33,
    # whose "harcèlement" recurs more often: before, it led)
    _leads(index, question, "fr/code-penal/article/222-33-2-2")


def test_a_lead_in_granting_listed_powers_is_a_power(index):
    # "Digital Services Coordinators shall have the following powers of investigation, …:" (Art. 51(1) DSA) is read
    # at ingest as a power, so it answers what powers they have (before: Art. 60's joint investigations, in French
    # and in English)
    assert any(f.kind == "power" for f in index.facts["eu/reg/2022/2065/art/51"])
    _leads(index, "De quels pouvoirs d'enquête disposent les coordinateurs pour les services numériques à l'égard des "
                  "fournisseurs de services intermédiaires ?", "eu/reg/2022/2065/art/51")


def test_a_long_subject_is_said_by_its_ends(index):
    # questions40: Art. 50(4) AI Act's deep-fake duty was not read at ingest (its subject lists "image, audio or
    # video" and ends on a comma), and a long subject was cut after its first words ("Deployers of an AI system that
    # generates or …"), dropping what says which deployers
    duties = [f.text for f in index.facts["eu/reg/2024/1689/art/50"] if f.kind == "duty"]
    assert any("constituting a deep fake" in d for d in duties), duties
    a = ask("Selon le règlement sur l'IA, qui doit indiquer qu'un hypertrucage a été généré artificiellement ?",
            index=index)
    assert a.citations[0].top.id == "eu/reg/2024/1689/art/50" and "deep fake, shall disclose" in a.direct, a.direct


def test_forcing_an_occupant_out_of_their_home(index):
    # questions41, end run: "quitter son logement" read as housing law (a field the corpus lacks) refused an in-scope
    # question; art. 226-4-2 says "quitter le lieu qu'il habite" (glossary)
    for q in ("Quelle est la peine pour avoir forcé quelqu'un à quitter son logement par des menaces ?",
              "What is the penalty in France for forcing someone to leave their home with threats?"):
        a = ask(q, index=index)
        assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/226-4-2", (q, a.direct)


def test_a_duty_laid_on_the_holder_of_a_where_clause(index):
    # questions41, end run: "Where a provider of hosting services becomes aware of … a threat to the life or safety of
    # a person …, it shall promptly inform the law enforcement or judicial authorities" (Art. 18(1) DSA) was read as no
    # duty, and Art. 36's crisis duties led; French needed the glossary's "soupçonne", "alerter les autorités"
    assert any(f.kind == "duty" and "provider of hosting services" in f.subject
               for f in index.facts["eu/reg/2022/2065/art/18"])
    for q in ("Under the DSA, must a platform alert the authorities when it suspects a threat to someone's life?",
              "Selon le DSA, une plateforme doit-elle alerter les autorités lorsqu'elle soupçonne une menace pour la "
              "vie d'une personne ?"):
        assert ask(q, index=index).citations[0].top.id == "eu/reg/2022/2065/art/18", q


def test_an_alinea_reads_what_its_first_one_describes(index):
    # questions42, first run: "Le fait de diffuser l'enregistrement de telles images est puni …" is word for word in
    # art. 222-33-3 (images of an assault on a person) and art. 521-1-2 (of cruelty to an animal); the animal's two
    # years led. The penalty alinéa now reads its first alinéa's "atteintes volontaires à l'intégrité de la personne".
    for q, line in (("What is the penalty in France for sharing a video of someone being assaulted?", "€75,000"),
                    ("Quelle est la peine pour la diffusion de la vidéo d'une agression ?", "75 000 euros")):
        a = ask(q, index=index)
        assert a.citations[0].top.id == "fr/code-penal/article/222-33-3" and line in a.direct, (q, a.direct)
        assert "521-1-2" not in a.direct and "30,000" not in a.direct and "30 000" not in a.direct, a.direct


def test_a_heading_said_with_words_between_and_a_lead_in_with_its_list(index):
    # questions42, first run: "What obligations do providers of high-risk AI systems have?" says Art. 16's heading
    # with "do" between (and the French question in French); "Providers of high-risk AI systems shall:" was read as
    # no duty, so Art. 20's corrective actions were the answer line
    assert any(f.kind == "duty" and "(a) ensure" in f.text for f in index.facts["eu/reg/2024/1689/art/16"])
    for q in ("What obligations do providers of high-risk AI systems have under the AI Act?",
              "Quelles sont les obligations des fournisseurs de systèmes d'IA à haut risque selon le règlement sur l'IA ?"):
        a = ask(q, index=index)
        assert a.citations[0].top.id == "eu/reg/2024/1689/art/16" and "shall: (a) ensure" in a.direct, (q, a.direct)


def test_a_city_of_another_country_is_its_law(index):
    # questions44, first run: electric scooters on Madrid's pavements were answered from a Code pénal contravention
    a = ask("Les trottinettes électriques sont-elles autorisées sur les trottoirs à Madrid ?", index=index)
    assert a.abstained and "legal system" in a.reason, a.reason


def test_when_in_french_is_not_a_yes_or_no_question(index):
    # questions44, first run: "Quand un service est-il considéré comme …" was read as yes/no ("est-il") and found
    # s. 12's duties; it asks when, as "When is a service treated as …" does (OSA s. 37); "considéré comme" is the
    # law's "treated as"
    assert analyse("Quand un service est-il considéré comme susceptible d'être consulté par des enfants ?",
                   index.config).kind != "yesno"
    assert analyse("Un service est-il soumis au DSA ?", index.config).kind == "yesno"
    a = ask("Quand un service est-il considéré comme susceptible d'être consulté par des enfants selon l'Online "
            "Safety Act ?", index=index)
    assert a.citations[0].top.id == "uk/ukpga/2023/50/section/37", [c.top.id for c in a.citations]


def test_a_threat_made_with_an_order_and_a_discriminatory_refusal(index):
    # questions44, first run: no glossary for "threatening to commit" (art. 222-18) nor for refusing a service
    # because of a person's origin (art. 225-2), whose penalty line quoted the lead-in "lorsqu'elle consiste :"
    # as its condition, cut before its list
    a = ask("What is the penalty in France for threatening to commit an offence against someone unless they meet a "
            "condition?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/222-18" and "€45,000" in a.direct, a.direct
    a = ask("What is the penalty in France for refusing to provide a service to someone because of their origin?",
            index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/225-2" and "€45,000" in a.direct, a.direct
    assert "consiste :" not in a.direct, a.direct
    assert not any(f.condition.rstrip().endswith(":") for fs in index.facts.values() for f in fs)


def test_a_question_in_the_laws_words_reordered_is_in_scope(index):
    # questions43, end run: "Must Ofcom produce a report on children's use of app stores?" was refused by the
    # semantic scope test; every word of its subject is in s. 161(1) OSA ("OFCOM must produce a report about the use
    # of app stores by children"), in another order
    a = ask("Must Ofcom produce a report on children's use of app stores?", index=index)
    assert not a.abstained and a.citations[0].top.id == "uk/ukpga/2023/50/section/161", a.reason


def test_what_an_importer_must_verify(index):
    # questions43, end run: Art. 23(1) AI Act ("importers shall ensure … by verifying that:") was read as no duty
    for q in ("What must an importer check before placing a high-risk AI system on the EU market?",
              "Que doit vérifier un importateur avant de mettre sur le marché un système d'IA à haut risque ?"):
        assert ask(q, index=index).citations[0].top.id == "eu/reg/2024/1689/art/23", q


def test_a_definition_answered_with_what_the_term_means(index):
    # questions45, first run: "provider pornographic content" (s. 79(2) OSA: "“Provider pornographic content”, in
    # relation to an internet service, means …") was not read as a definition, and the line gave s. 236's
    # "“pornographic content” means"; a line ending at "means" says nothing
    a = ask('What is "provider pornographic content" under the Online Safety Act?', index=index)
    assert a.citations[0].top.id == "uk/ukpga/2023/50/section/79", [c.top.id for c in a.citations]
    assert a.direct.startswith("United Kingdom: “Provider pornographic content”, in relation to an internet service, "
                               "means pornographic content that is published"), a.direct
    # "what does X mean" and "what is a X under …" are definition questions, and the line is the term's own item
    a = ask("What does 'minor' mean under 18 U.S.C. 2256?", index=index)
    assert "“minor” means any person under the age of eighteen years [1]" in a.direct, a.direct
    assert analyse("What is an online platform under the DSA?", index.config).kind == "definition"
    assert analyse("What are the duties of platforms under the OSA?", index.config).kind != "definition"
    # questions48, first run: "“Content that is harmful to children” means— [1]": a definition by list is its list
    a = ask("What counts as content that is harmful to children under the Online Safety Act?", index=index)
    assert "means— (a) primary priority content that is harmful to children (see section 61), (b) priority" in a.direct, \
        a.direct


def test_a_question_asking_what_an_authority_must_do_answers_with_its_power(index):
    # questions48, first run: "Must Ofcom warn a provider …?" gave "the provider must take each of those steps," — a
    # relative clause of s. 123(3)(d) read as a duty, and the provider's at that; s. 123(1) is OFCOM's power
    a = ask("Must Ofcom warn a provider before giving it a notice to deal with terrorism or child sexual abuse content?",
            index=index)
    assert a.direct.startswith("United Kingdom: OFCOM may give a notice under section 121(1) to a provider"), a.direct


def test_the_longest_heading_the_question_says_leads(index):
    # after a re-ingest the dense channel put s. 60 ("Content that is harmful to children") before s. 61 ("Primary
    # priority content that is harmful to children") for a question saying s. 61's whole heading
    a = ask("What kinds of content are primary priority content that is harmful to children under the Online Safety "
            "Act?", index=index)
    assert a.citations[0].top.id == "uk/ukpga/2023/50/section/61", [c.top.id for c in a.citations]


def test_two_words_the_corpus_never_uses_put_a_french_question_out(index):
    # questions45, first run: hens in a Brussels garden were answered (Brussels is EU; the multilingual encoder
    # placed the question inside); two subject words no law of the corpus or the glossary uses put it out
    a = ask("Puis-je élever des lapins dans mon jardin à Lyon ?", index=index)
    assert a.abstained, a.direct
    assert not ask("Quelle peine encourt l'auteur d'une agression sexuelle autre que le viol ?", index=index).abstained


def test_what_the_law_does_with_a_term_before_its_definition(index):
    # questions43, end run: "when is a provider that caches information not liable?" led with Art. 3(g)(ii)'s
    # "‘caching’ service, consisting of …" (the same words as Art. 5(1)); the definitions article says what a term
    # means, Art. 5 ("Caching") when the provider is not liable
    a = ask("Under the DSA, when is a provider that caches information not liable for it?", index=index)
    assert a.citations[0].top.id == "eu/reg/2022/2065/art/5", [c.top.id for c in a.citations]
    # a question asking what the term means still gets the definition
    a = ask("What is a caching service under the DSA?", index=index)
    assert a.citations[0].top.id == "eu/reg/2022/2065/art/3", [c.top.id for c in a.citations]


def test_what_a_document_must_contain_is_asked_of_its_subject(index):
    # questions45, first run: "What must the instructions for use … tell deployers?" quoted Art. 26 (deployers act
    # "in accordance with the instructions for use") and never Art. 13(3) ("The instructions for use shall contain at
    # least the following information:"), whose subject is what the question asks about
    for q in ("What must the instructions for use of a high-risk AI system tell deployers?",
              "Que doit contenir la notice d'utilisation d'un système d'IA à haut risque destinée aux déployeurs ?"):
        a = ask(q, index=index)
        assert "eu/reg/2024/1689/art/13" in [c.top.id for c in a.citations], (q, [c.top.id for c in a.citations])
    # an actor's duties are the facts' business: Art. 55 for providers "with systemic risk", not Art. 53's
    a = ask("What must providers of general-purpose AI models with systemic risk do?", index=index)
    assert a.citations[0].top.id == "eu/reg/2024/1689/art/55", [c.top.id for c in a.citations]


def test_a_french_definition_question_on_the_code_penal(index):
    # questions46, end run: the Code pénal's definitions ("… est un viol") were no facts, and a short French
    # definition question sat nearer the outside examples than the inside ones
    a = ask("Comment le code pénal définit-il le viol ?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/222-23", [c.top.id for c in a.citations]
    assert a.direct.startswith("France : Tout acte de pénétration sexuelle"), a.direct
    a = ask("Qu'est-ce qu'un viol en droit pénal français ?", index=index)
    assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/222-23"


def test_the_tasks_of_a_body_the_question_names(index):
    # questions50, first run: "What are the tasks of the European Board for Digital Services?" led with Art. 61, whose
    # heading is the Board's name; Art. 63 ("Tasks of the Board") answers, in both languages
    for q in ("What are the tasks of the European Board for Digital Services?",
              "Quelles sont les missions du comité européen des services numériques ?"):
        a = ask(q, index=index)
        assert a.citations[0].top.id == "eu/reg/2022/2065/art/63", (q, [c.top.id for c in a.citations])
    a = ask("What are the tasks of the AI Board?", index=index)
    assert a.citations[0].top.id == "eu/reg/2024/1689/art/66", [c.top.id for c in a.citations]


def test_a_class_of_offences_is_no_penalty(index):
    # questions50, first run: art. 113-8-2's "tout délit puni d'au moins cinq ans d'emprisonnement" was read as a
    # penalty and answered "France: 5 years' imprisonment"
    assert not [f for pid, fs in index.facts.items() if pid.startswith("fr/code-penal/article/113-8-2")
                for f in fs if f.kind == "prison"]
    a = ask("What is the penalty in France for not complying with a protection order?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/227-4-2", [c.top.id for c in a.citations]
    assert "3 years" in a.direct and "45,000" in a.direct, a.direct


def test_an_english_definition_question_on_a_french_term(index):
    # questions49 (the thirty-ninth session's end set): "How does French criminal law define sexual assault?" was
    # answered with the definition of rape (art. 222-23): "sexua" does not start "sexuelle"; the glossary says it
    a = ask("How does French criminal law define sexual assault?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/222-22", [c.top.id for c in a.citations]
    assert a.direct.startswith("France: Constitue une agression sexuelle"), a.direct


def test_end_run_readings_of_the_fortieth_session(index):
    # questions51, end run: what a confirmation decision may say was answered with OFCOM's power to give a
    # provisional notice (s. 130): the heading's words after its colon ("Confirmation decisions: risk assessments")
    # pick s. 134 among the five "Confirmation decisions: …", and "what can a decision say" asks its contents
    for q in ("What can an Ofcom confirmation decision say when a provider has failed to carry out a proper risk "
              "assessment?",
              "Que peut prévoir une décision de confirmation de l'Ofcom lorsqu'un fournisseur n'a pas respecté son "
              "obligation d'évaluation des risques ?"):
        a = ask(q, index=index)
        assert a.citations[0].top.id == "uk/ukpga/2023/50/section/134", (q, [c.top.id for c in a.citations])


def test_first_runs_of_the_forty_first_session(index):
    # questions52, first run: "What authorities must each Member State designate" led with Art. 82(2)'s duty of the
    # provider, and its French twin's direct line said it; the duty asked is the Member State's (Art. 70(1))
    for q in ("What authorities must each Member State designate under the AI Act?",
              "Quelles autorités chaque État membre doit-il désigner en application du règlement sur l'intelligence "
              "artificielle ?"):
        a = ask(q, index=index)
        assert a.citations[0].top.id == "eu/reg/2024/1689/art/70", (q, [c.top.id for c in a.citations])
        assert "corrective action" not in a.direct, (q, a.direct)
    # "non-assistance à personne en danger" is the law's "personne en péril"; the raised penalty (al. 3) brings the
    # one it raises (al. 1) before other articles' variants fill the answer
    a = ask("Quelle est la peine encourue pour non-assistance à personne en danger ?", index=index)
    assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/223-6"
    assert "5 ans d'emprisonnement et 75 000 euros" in a.direct, a.direct
    # the subject matter of an instrument is its "Subject matter" article, not what shares the question's words
    for q, want in (("What is the subject matter of the Digital Services Act?", "eu/reg/2022/2065/art/1"),
                    ("Quel est l'objet du règlement sur les services numériques ?", "eu/reg/2022/2065/art/1")):
        assert ask(q, index=index).citations[0].top.id == want, q


def test_first_runs_of_the_forty_third_session(index):
    # questions56, first run: French words the glossary did not know ("normes", "volontaires", "promeut") left DSA
    # Art. 44 second to the review article sharing the question's other words
    a = ask("Quelles normes volontaires la Commission promeut-elle au titre du DSA ?", index=index)
    assert a.citations[0].top.id == "eu/reg/2022/2065/art/44", [c.top.id for c in a.citations]
    # an English question on a French offence the glossary did not name ("mise en danger de la personne") was refused
    a = ask("What is the penalty in France for deliberately exposing someone to a risk of death by breaching a safety "
            "obligation?", index=index)
    assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/223-1"
    assert "1 year's imprisonment" in a.direct and "€15,000" in a.direct, a.direct
    # questions52 (a miss left since its first run): art. 221-18 names the failure to help a person in danger only
    # in its 7°, one case of road homicide; art. 223-6 punishes it in an alinéa of its own
    a = ask("What is the penalty in France for failing to help a person in danger?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/223-6", [c.top.id for c in a.citations]
    # (the line gave art. 223-6 alone from that session; since the fifty-ninth session's re-embedding art. 225-12-2
    # scores within 0.03 of it and the line names it too — a known miss, in that session's note. The governing
    # article and its own figures still come first.)
    assert a.direct.startswith(("France: 5 years' imprisonment and a fine of €75,000 [1]",
                                "France: Code pénal, art. 223-6 — 5 years' imprisonment and a fine of €75,000 [1]")), \
        a.direct
    assert a.citations[0].provision.id.startswith("fr/code-penal/article/223-6"), a.citations[0].provision.id


def test_end_runs_of_the_forty_third_session(index):
    # questions57, end run: English and French words the glossary did not know ("decryption key", "codes de bonne
    # pratique", "damaging someone else's property") led to other articles
    a = ask("What is the penalty in France for refusing to give the authorities the decryption key of an encrypted "
            "phone?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/434-15-2", [c.top.id for c in a.citations]
    assert "3 years' imprisonment and a fine of €270,000" in a.direct, a.direct
    a = ask("Que sont les codes de bonne pratique pour les modèles d'IA à usage général dans le règlement sur l'IA ?",
            index=index)
    assert a.citations[0].top.id == "eu/reg/2024/1689/art/56", [c.top.id for c in a.citations]
    # art. 322-6 opens on art. 322-1's offence and adds its case (an explosive, a fire): the offence itself first,
    # its penalty with its exception read whole ("sauf s'il …", not the case the other way round), and a fine the
    # law gives only in a case shown with that case
    for q, line in (("What is the penalty in France for damaging someone else's property?",
                     "France: 2 years' imprisonment and a fine of €30,000 (“sauf s'il n'en est résulté qu'un dommage "
                     "léger”) [1]; a fine of €3,750 (“lorsqu'il n'en est résulté qu'un dommage léger”)"),
                    # (art. 322-6's fire, a case the question does not name, no longer follows in the French line
                    # since the highest-penalty boost goes to the case asked: as in English)
                    ("Quelle est la peine encourue pour la dégradation du bien d'autrui ?",
                     "France : 2 ans d'emprisonnement et 30 000 euros d'amende (« sauf s'il n'en est résulté qu'un "
                     "dommage léger ») [1] ; 3 750 euros d'amende (« lorsqu'il n'en est résulté qu'un dommage léger »)")):
        a = ask(q, index=index)
        assert a.citations[0].top.id == "fr/code-penal/article/322-1", (q, [c.top.id for c in a.citations])
        assert a.direct.startswith(line), a.direct
    # … unless the question says the case: setting fire is art. 322-6's
    a = ask("What is the penalty in France for setting fire to someone else's property?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/322-6", [c.top.id for c in a.citations]


def test_end_runs_of_the_forty_fourth_session(index):
    # questions59, end run: "… a prostitute who is a minor?" is a penalty question, not "Who is a minor?" (its line
    # gave an age); the paying customer's offence is art. 225-12-1, found through the glossary's words for it
    for q, line in (("What is the penalty in France for paying for sex with a prostitute who is a minor?",
                     "France: 5 years' imprisonment and a fine of €75,000"),
                    ("Quelle peine encourt celui qui obtient, contre rémunération, des relations sexuelles avec une "
                     "personne prostituée mineure ?", "France : 5 ans d'emprisonnement et 75 000 euros d'amende")):
        a = ask(q, index=index)
        assert a.citations[0].top.id == "fr/code-penal/article/225-12-1", (q, [c.top.id for c in a.citations])
        assert a.direct.startswith(line), a.direct
    # a question naming the GDPR is answered by the article that names it by its number ("en violation du chapitre V
    # du règlement (UE) 2016/679"), and "outside the EU" is a place, not the law asked about
    for q in ("What is the penalty in France for transferring personal data to a country outside the EU in breach of "
              "the GDPR?", "Quelle peine encourt le transfert de données personnelles vers un État hors de l'Union "
                          "européenne en violation du RGPD ?"):
        a = ask(q, index=index)
        assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/226-22-1", (q, a.answer[:200])
    # … while a question about the GDPR itself is still refused
    assert ask("Is it legal to process health data under the GDPR?", index=index).abstained


def test_first_runs_of_the_forty_fifth_session(index):
    # questions60: a one-word heading is named in the singular ("a certificate": Art. 44 AI Act, "Certificates"),
    # and the period a certificate is valid for is read at ingest ("shall not exceed five years")
    for q in ("How long is a certificate issued by a notified body for a high-risk AI system valid under the AI Act?",
              "Quelle est la durée de validité d'un certificat délivré par un organisme notifié pour un système d'IA "
              "à haut risque selon le règlement sur l'IA ?"):
        a = ask(q, index=index)
        assert a.citations[0].top.id == "eu/reg/2024/1689/art/44", (q, [c.top.id for c in a.citations])
    assert "five years" in ask("How long is a certificate issued by a notified body for a high-risk AI system valid "
                               "under the AI Act?", index=index).direct
    # … but a longer heading is not named by the circumstance a question gives ("in response to an information
    # notice": the offence of s. 109, not s. 102 "Information notices")
    a = ask("What is the maximum prison sentence for giving Ofcom false information in response to an information "
            "notice?", index=index)
    assert a.citations[0].top.id == "uk/ukpga/2023/50/section/109", [c.top.id for c in a.citations]
    # the time limit asked of Ofcom's own act is the one the law gives Ofcom (s. 194(1): 18 months), not a
    # provider's in the same words (Sch. 3: three months)
    for q, said in (("Within what period must Ofcom publish its first guidance on illegal content risk assessments "
                     "under the Online Safety Act?", "18 months"),
                    ("Dans quel délai l'Ofcom doit-il publier ses premières lignes directrices sur l'évaluation des "
                     "risques liés aux contenus illégaux au titre de l'Online Safety Act ?", "18 mois")):
        a = ask(q, index=index)
        assert a.citations[0].top.id == "uk/ukpga/2023/50/section/194", (q, [c.top.id for c in a.citations])
        assert said in a.direct, a.direct
    # provoking a minor to commit a crime is art. 227-21 (five years, 150 000 euros), reached from English
    a = ask("What is the penalty in France for directly inciting a minor to commit a crime or an offence?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/227-21", [c.top.id for c in a.citations]
    assert a.direct.startswith("France: 5 years' imprisonment and a fine of €150,000"), a.direct
    # questions59: a list the question names as what the Commission reports on adding to (Annex III) does not lead;
    # the article giving the Commission that report does (Art. 112(2): "By 2 August 2028")
    a = ask("By when must the Commission first report on whether to add new high-risk areas to Annex III of the AI "
            "Act?", index=index)
    assert a.citations[0].top.id == "eu/reg/2024/1689/art/112", [c.top.id for c in a.citations]
    # … while a question about the list itself is answered by it
    a = ask("What does Annex III of the AI Act list?", index=index)
    assert a.citations[0].top.id == "eu/reg/2024/1689/anx/3", [c.top.id for c in a.citations]


def test_end_runs_of_the_forty_fifth_session(index):
    # questions61, end run: diverting personal data from its purpose (art. 226-21) asked in English; the offence of
    # failing to attend Ofcom's interview (s. 112) and the AI Office's evaluations (Art. 92 AI Act) asked in French
    for q, pid in (("What is the penalty in France for using personal data for a purpose other than the one for which "
                    "it was collected?", "fr/code-penal/article/226-21"),
                   ("Est-ce une infraction de ne pas se présenter à un entretien exigé par l'Ofcom au titre de l'Online "
                    "Safety Act ?", "uk/ukpga/2023/50/section/112"),
                   ("Le Bureau de l'IA peut-il procéder à des évaluations d'un modèle d'IA à usage général ?",
                    "eu/reg/2024/1689/art/92")):
        a = ask(q, index=index)
        assert a.citations[0].top.id == pid, (q, [c.top.id for c in a.citations])


@pytest.mark.parametrize("question, first", [
    # questions62: a special case the question names by words the general provision never uses ("microenterprises",
    # "simplified": Art. 63(1) AI Act) leads the provision its heading words point to (Art. 17, quality management);
    # a frequency asked of Ofcom's act is answered by where Ofcom must do it (s. 159(4)), not a provider's duty
    ("Can microenterprises comply with the AI Act's quality management system requirements in a simplified manner?",
     "eu/reg/2024/1689/art/63"),
    ("Les microentreprises peuvent-elles respecter de manière simplifiée le système de gestion de la qualité exigé par "
     "le règlement sur l'IA ?", "eu/reg/2024/1689/art/63"),
    ("À quelle fréquence l'Ofcom doit-il publier son propre rapport de transparence après le premier, au titre de "
     "l'Online Safety Act ?", "uk/ukpga/2023/50/section/159"),
    # … while a unit listing an offence in another Act's schedule is no special case of it
    ("What is the maximum prison sentence for cyberflashing in England and Wales?", "uk/ukpga/2023/50/section/187"),
    # questions63, end run: a platform operator knowingly allowing the sale of manifestly illicit products (art.
    # 323-3-2) in both languages, and the Commission's common specifications (Art. 41 AI Act) asked in French
    ("What penalty does an online platform operator face in France for knowingly allowing the sale of manifestly "
     "illegal products?", "fr/code-penal/article/323-3-2"),
    ("Quelle peine encourt l'opérateur d'une plateforme en ligne qui permet sciemment la cession de produits "
     "manifestement illicites ?", "fr/code-penal/article/323-3-2"),
    ("Quand la Commission peut-elle adopter des spécifications communes pour les exigences applicables aux systèmes "
     "d'IA à haut risque ?", "eu/reg/2024/1689/art/41"),
])
def test_runs_of_the_forty_sixth_session(index, question, first):
    a = ask(question, index=index)
    assert a.citations[0].top.id == first, [c.top.id for c in a.citations]


@pytest.mark.parametrize("question, first", [
    # questions64, first run: the category the question names (s. 39 OSA, Category 2A) over the same duty for another
    # category (s. 38, Category 1); a French question on the AI Act's national procedure for AI systems presenting a
    # risk (Art. 79), in the Regulation's own words ("raisons suffisantes de considérer"); the TAKE IT DOWN Act's
    # severability clause, which the French question had been refused on
    ("What must the provider of a Category 2A search service do about fraudulent advertisements?",
     "uk/ukpga/2023/50/section/39"),
    ("Que doit faire une autorité de surveillance du marché lorsqu'elle a des raisons suffisantes de considérer qu'un "
     "système d'IA présente un risque pour la santé, la sécurité ou les droits fondamentaux ?", "eu/reg/2024/1689/art/79"),
    ("What happens to the rest of the TAKE IT DOWN Act if one of its provisions is held unconstitutional?",
     "us/pl/119/12/sec/5"),
    ("Que devient le reste du TAKE IT DOWN Act si l'une de ses dispositions est jugée inconstitutionnelle ?",
     "us/pl/119/12/sec/5"),
    # questions65, end run: services provided from outside the UK (s. 204 OSA, not s. 205 on offences), in French
    ("L'Online Safety Act s'applique-t-il aux services fournis depuis l'étranger, hors du Royaume-Uni ?",
     "uk/ukpga/2023/50/section/204"),
])
def test_runs_of_the_forty_seventh_session(index, question, first):
    a = ask(question, index=index)
    assert not a.abstained and a.citations[0].top.id == first, [c.top.id for c in a.citations]


@pytest.mark.parametrize("question, first", [
    # questions66, first run: who supervises and enforces is the authority given those acts (Art. 88(1) AI Act), not
    # the providers whose obligations the question names (Art. 53)
    ("Who supervises and enforces the obligations of providers of general-purpose AI models under the AI Act?",
     "eu/reg/2024/1689/art/88"),
    ("Qui surveille et fait respecter les obligations des fournisseurs de modèles d'IA à usage général en vertu du "
     "règlement sur l'IA ?", "eu/reg/2024/1689/art/88"),
    # the risk assessment a search service must carry out (s. 26 OSA), not its safety duties about illegal content
    ("What illegal content risk assessment must a search service carry out under the Online Safety Act?",
     "uk/ukpga/2023/50/section/26"),
    ("Quelle évaluation des risques de contenus illégaux un service de recherche doit-il réaliser en vertu de "
     "l'Online Safety Act ?", "uk/ukpga/2023/50/section/26"),
    # investigatory powers before proceedings are opened (Art. 65(1) DSA), not the opening of proceedings (Art. 66)
    ("La Commission peut-elle exercer ses pouvoirs d'enquête à l'égard d'une très grande plateforme en ligne avant "
     "d'ouvrir une procédure au titre du DSA ?", "eu/reg/2022/2065/art/65"),
    # questions68: what the Commission must do when a Member State objects to another's measure (Art. 81(1) AI
    # Act), not an operator's duty the same provisions give (Art. 82(2): "The provider … shall ensure …")
    ("What must the Commission do under the AI Act when a Member State objects to another market surveillance "
     "authority's measure against an AI system?", "eu/reg/2024/1689/art/81"),
    # … while a question about an operator still takes the operator's duty (Art. 32(1) DSA)
    ("What must an online marketplace tell consumers who bought an illegal product through it?",
     "eu/reg/2022/2065/art/32"),
])
def test_runs_of_the_forty_eighth_and_forty_ninth_sessions(index, question, first):
    a = ask(question, index=index)
    assert not a.abstained and a.citations[0].top.id == first, [c.top.id for c in a.citations]


def test_no_direct_line_from_another_actors_duty(index):
    # "Que doit faire une autorité de surveillance du marché …": the provider's liability to fines (Art. 80(7)) is not
    # what the authority must do; with no quote stating the authority's duty as a fact, no line rather than that one
    a = ask("Que doit faire une autorité de surveillance du marché lorsqu'elle a des raisons suffisantes de considérer "
            "qu'un système d'IA présente un risque pour la santé, la sécurité ou les droits fondamentaux ?", index=index)
    assert "provider shall be subject to fines" not in a.direct


def test_a_field_word_inside_a_phrase_the_law_uses(index):
    # questions68: "housing" names a field the corpus lacks, but "working or housing conditions incompatible with
    # human dignity" is art. 225-14's "conditions de travail ou d'hébergement": answered, with its figures
    a = ask("What is the penalty in France for subjecting a vulnerable person to working or housing conditions "
            "incompatible with human dignity?", index=index)
    assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/225-14", a.direct
    assert "200,000" in a.direct or "200 000" in a.direct, a.direct
    # the field itself is still outside
    assert ask("Can my landlord increase the rent on social housing?", index=index).abstained
    # ... and an employer whose act no quote punishes (questions82: one who refuses to hire on a ground of art. 225-1
    # is answered by art. 225-2)
    assert ask("What is the penalty for an employer who does not pay overtime?", index=index).abstained


@pytest.mark.parametrize("question, first, figure", [
    # questions69, end run: unpaid maintenance is punished by art. 227-3 ("une pension, une contribution, des
    # subsides"), so "la pension alimentaire" names the criminal side of a family-law field here
    ("Quelle peine encourt celui qui ne paie pas pendant plus de deux mois la pension alimentaire fixée par une "
     "décision de justice ?", "fr/code-penal/article/227-3", "15 000"),
    ("What is the penalty in France for failing to pay court-ordered child maintenance for more than two months?",
     "fr/code-penal/article/227-3", "15,000"),
    # questions74 (first run): "un policier" is a "personne dépositaire de l'autorité publique" (art. 433-5 al. 2), not
    # a magistrate (art. 434-24)
    ("Quelle peine encourt une personne qui outrage un policier dans l'exercice de ses fonctions ?",
     "fr/code-penal/article/433-5", "15 000"),
    # questions75 (end run, every English twin missed): the organised gang is a circumstance, laundering the subject
    # (not art. 225-4-3's trafficking); a judge at a hearing (not art. R621-2's insult); psychological subjection
    ("What is the penalty in France for money laundering committed by an organised gang?",
     "fr/code-penal/article/324-2", "750,000"),
    ("What is the penalty in France for insulting a judge during a court hearing?", "fr/code-penal/article/434-24",
     "30,000"),
    ("What is the penalty in France for placing someone in a state of psychological subjection that seriously harms "
     "their health?", "fr/code-penal/article/223-15-3", "375,000"),
    # questions27, after the million euros of art. 223-15-2 al. 3 were read: the case asked (online) leads, not the
    # organised gang's higher penalty (art. 421-2-5's online terrorism offence led the French twin)
    ("Quelle est la peine encourue pour abus frauduleux de la faiblesse d'une personne vulnérable commis par un "
     "service de communication au public en ligne ?", "fr/code-penal/article/223-15-2", "750 000"),
    # questions80, first run: "bizutage", a word art. 225-16-1 never uses, is its "actes humiliants ou dégradants"
    # (both twins were refused as outside the corpus); art. 223-14's means of suicide, not art. 223-13
    ("Quelle est la sanction du bizutage ?", "fr/code-penal/article/225-16-1", "6 mois d'emprisonnement et 7 500 euros"),
    ("What is the penalty for hazing in France?", "fr/code-penal/article/225-16-1", "6 months' imprisonment and a fine of €7,500"),
    ("Is it a crime in France to advertise methods of committing suicide, and what is the penalty?",
     "fr/code-penal/article/223-14", "3 years' imprisonment and a fine of €45,000"),
    # questions82, first run: "délit de fuite" (art. 434-10 never says it: "ne pas s'arrêter" after "un accident")
    # led to art. 227-28-3; a criminal conspiracy to art. 421-3; an employer refusing to hire was refused as employment
    # law, though art. 225-2 punishes refusing to hire on a discriminatory ground (the employer is the doer)
    ("Quelle est la peine pour un délit de fuite ?", "fr/code-penal/article/434-10", "75 000 euros"),
    ("What is the penalty in France for taking part in a criminal conspiracy to prepare an offence punishable by five "
     "years in prison?", "fr/code-penal/article/450-1", "France: 5 years' imprisonment and a fine of €75,000"),
    # ... the case the question states leading the line (art. 450-1 al. 4, not al. 2's fifteen years)
    ("Quelle peine pour la participation à une association de malfaiteurs en vue de préparer un délit puni de cinq "
     "ans d'emprisonnement ?", "fr/code-penal/article/450-1", "France : 5 ans d'emprisonnement et 75 000 euros"),
    ("What is the penalty in France for an employer who refuses to hire someone because of their origin?",
     "fr/code-penal/article/225-2", "45,000"),
    # questions79's twins, end run: "plus de huit jours" made them deadline questions, with no direct line; "unable to
    # work" and "ITT" are the incapacité totale de travail of art. 222-11
    ("Quelle est la peine pour des violences ayant entraîné une ITT de plus de huit jours ?",
     "fr/code-penal/article/222-11", "3 ans d'emprisonnement et 45 000 euros"),
    ("What is the penalty in France for an assault that leaves the victim unable to work for more than eight days?",
     "fr/code-penal/article/222-11", "3 years' imprisonment and a fine of €45,000"),
    # questions83, end run (prise illégale d'intérêts refused as outside the corpus): art. 432-12 never says it; its
    # fine is written "d'une amende de 500 000 €"
    ("Quelle peine pour une prise illégale d'intérêts par un adjoint au maire ?", "fr/code-penal/article/432-12",
     "5 ans d'emprisonnement et 500 000 euros"),
    # questions81, end run (French twins): the article punishing the offence found in the case the question names, by
    # reference to it ("L'infraction définie à l'article 225-16-1 …", "… au I de l'article 322-1 …"), answers
    ("Quelle peine pour un bizutage commis sur une personne particulièrement vulnérable ?",
     "fr/code-penal/article/225-16-2", "1 an d'emprisonnement et 15 000 euros"),
    ("Quelle peine encourt une dégradation du bien d'autrui commise par plusieurs personnes ?",
     "fr/code-penal/article/322-3", "5 ans d'emprisonnement et 75 000 euros"),
])
def test_a_penalty_question_answered_by_what_it_names(index, question, first, figure):
    a = ask(question, index=index)
    assert not a.abstained and a.citations[0].top.id == first and figure in a.direct, (a.direct, a.citations[:2])


def test_family_law_itself_stays_outside(index):
    assert ask("Comment est calculée la pension alimentaire après un divorce ?", index=index).abstained


def test_questions71_after_its_end_run(index):
    # the association law of 1901, named by its year: a law the corpus lacks (it was answered with art. 226-16-1)
    a = ask("Combien coûte l'inscription d'une association loi 1901 ?", index=index)
    assert a.abstained and "loi 1901" in a.reason, a.reason
    # "organised-gang", "receiving of stolen goods", "habitual": the question was refused as outside the corpus
    a = ask("What penalty does habitual or organised-gang receiving of stolen goods carry in France?", index=index)
    assert not a.abstained and "fr/code-penal/article/321-2" in [c.top.id for c in a.citations]


def test_a_term_comes_with_the_fine_of_its_own_alinea(index):
    # questions75 (end run): art. 223-15-3 III's seven years were given with II's €750,000 (its "un million d'euros"
    # was not read)
    a = ask("What is the penalty in France for placing someone in a state of psychological subjection that seriously "
            "harms their health?", index=index)
    assert "7 years' imprisonment and a fine of €1 million" in a.direct, a.direct
    assert "7 years' imprisonment and a fine of €750,000" not in a.direct


def test_a_penalty_comes_with_the_cases_its_lead_in_lists(index):
    # art. 324-2's ten years are for laundering "1° … de façon habituelle … ; 2° … en bande organisée", items after a
    # lead-in ending with the figures: the direct line gave them as if for any laundering
    a = ask("Quelle est la peine pour un blanchiment commis de façon habituelle ?", index=index)
    assert a.citations and a.citations[0].provision.id.startswith("fr/code-penal/article/324-2"), a.citations
    assert "10 ans d'emprisonnement et 750 000 euros d'amende" in a.direct, a.direct
    assert "de façon habituelle" in a.direct and "en bande organisée" in a.direct, a.direct


def test_who_is_liable_under_an_act_is_no_definition_question(index):
    # questions76 (first run: s. 235's and s. 236's definitions): "au sens de l'Online Safety Act," set off by commas
    # names the Act; the question is who answers for a service several individuals provide together (s. 196)
    a = ask("Qui est responsable, au sens de l'Online Safety Act, lorsqu'un service réglementé est fourni par "
            "plusieurs personnes physiques ensemble ?", index=index)
    assert a.citations and a.citations[0].provision.id.startswith("uk/ukpga/2023/50/section/196"), a.citations


def test_indecent_exposure_is_the_exhibition_sexuelle(index):
    # questions77 (end run): "indecent" led to art. 222-33-1-1's €3,750 fine for sexist outrage
    a = ask("What is the penalty for indecent exposure in France?", index=index)
    assert a.citations and a.citations[0].provision.id.startswith("fr/code-penal/article/222-32"), a.citations
    assert "1 year's imprisonment and a fine of €15,000" in a.direct, a.direct


def test_questions78_after_its_first_run(index):
    # art. 434-14 opens on the shorter phrase ("Le témoignage mensonger est puni …") but punishes only the cases it
    # lists: art. 434-13, the offence itself, answers first
    a = ask("What is the penalty in France for lying under oath as a witness in court?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/434-13", [c.top.id for c in a.citations]
    assert a.direct.startswith("France: 5 years' imprisonment and a fine of €75,000"), a.direct
    # "rébellion", one word, and "resisting a police officer" (glossary): arts 433-6 to 433-8, not an abstention
    for q in ("Quelle est la peine encourue pour rébellion ?",
              "What penalty does someone face in France for violently resisting a police officer carrying out an arrest?"):
        a = ask(q, index=index)
        assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/433-7", (q, [c.top.id for c in a.citations])


def test_rape_and_life_terms_in_both_languages(index):
    # "viol" (the glossary now knows it as rape, by the words of arts 222-23 to 222-26): answered, not refused as
    # outside the corpus, with art. 222-23 first and the French term of a crime, "réclusion criminelle"
    a = ask("Quelle est la peine pour un viol ?", index=index)
    assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/222-23", [c.top.id for c in a.citations]
    assert a.direct.startswith("France : Code pénal, art. 222-23 — 15 ans de réclusion criminelle"), a.direct
    a = ask("What is the penalty for rape in France?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/222-23", [c.top.id for c in a.citations]
    # a life term is a penalty the answer states (art. 221-3 was "punishing nothing" before)
    a = ask("Quelle est la peine encourue pour un assassinat ?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/221-3", [c.top.id for c in a.citations]
    assert a.direct == "France : réclusion criminelle à perpétuité [1].", a.direct


def test_questions84_and_the_roles_a_provision_leaves_out(index):
    # questions84 (first run): the drunk driver who kills is the 2025 homicide routier (art. 221-18); "meurtre" was
    # answered from art. 221-5-3's reduction for a repentant offender
    for q in ("What penalty does a drunk driver who kills someone face in France?",
              "Quelle peine pour un conducteur ivre qui cause la mort d'un piéton ?"):
        a = ask(q, index=index)
        assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/221-18", (q, [c.top.id for c in a.citations])
    a = ask("Quelle peine encourt l'auteur d'un meurtre ?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/221-1" and a.direct == "France : 30 ans de réclusion criminelle [1].", a.direct
    # art. 445-1 and 445-2 name "dépositaire de l'autorité publique" only to leave it out ("sans être …"): private
    # corruption answers after the articles that punish a public official
    a = ask("What is the penalty in France for a public official who accepts a bribe?", index=index)
    ids = [c.top.id for c in a.citations]
    assert ids[0] not in ("fr/code-penal/article/445-1", "fr/code-penal/article/445-2"), ids
    assert ids.index("fr/code-penal/article/432-11") < ids.index("fr/code-penal/article/445-2"), ids
    # a mayor, an elected official: "investie d'un mandat électif public" (questions83's refusals)
    for q in ("Quelle peine encourt le maire qui a accepté des pots-de-vin ?", "Quelle peine pour un élu qui accepte un pot-de-vin ?"):
        a = ask(q, index=index)
        assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/432-11", (q, [c.top.id for c in a.citations])


def test_violences_mortelles_in_lay_words(index):
    # questions85 (end run: refused): "coups mortels" are art. 222-7's "violences ayant entraîné la mort sans intention
    # de la donner"
    a = ask("Quelle peine pour des coups mortels portés sans intention de tuer ?", index=index)
    assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/222-7", [c.top.id for c in a.citations]
    assert a.direct == "France : 15 ans de réclusion criminelle [1].", a.direct


def test_questions92_and_contravention_fines(index):
    # questions92 (first run: 1 of 6 on target, three refusals): buying an organ (art. 511-2), a mercenary (art. 436-1,
    # whose chapter alone says "mercenaire")
    for q, pid in (("What is the penalty in France for buying an organ from someone?", "511-2"),
                   ("Quelle peine encourt un mercenaire en France ?", "436-1")):
        a = ask(q, index=index)
        assert not a.abstained and a.citations[0].top.id == f"fr/code-penal/article/{pid}", (q, [c.top.id for c in a.citations])
    # a fine named by its class is stated with its amount, the unit of art. 131-13 setting it quoted and cited beside
    a = ask("What is the fine for dumping rubbish transported in a vehicle in France?", index=index)
    assert a.direct.startswith("France: a fine of €1,500 (“l'amende prévue pour les contraventions de la 5e classe”) [1][2]"), a.direct
    assert [c.provision.id for c in a.citations[:2]] == ["fr/code-penal/article/r635-8/al/1", "fr/code-penal/article/131-13/al/7"]
    assert "3 000 euros en cas de récidive" in a.citations[1].quote


def test_questions94_time_bars_bounds_and_the_state_seal(index):
    # questions94 (first run: 1 of 6 on target): "after how many years" is a period, not a maximum; the rule (art.
    # 133-3 al. 1, six years) before the délits its al. 2 sets apart (twenty)
    for q in ("After how many years is a sentence for a délit time-barred in France?",
              "Au bout de combien d'années la peine prononcée pour un délit se prescrit-elle ?"):
        a = ask(q, index=index)
        assert analyse(q).kind == "deadline"
        assert a.citations[0].provision.id == "fr/code-penal/article/133-3/al/1", (q, a.citations[0].provision.id)
        assert re.search(r"\b(6 years|six années)\b", a.direct.split(";")[0]), a.direct
        # the twenty years say whose they are: the délits al. 2 lists
        assert "délits mentionnés au livre IV bis" in a.direct.split(";")[1], a.direct
    # violence of eight days or less is art. R625-1's (a fifth-class fine), not art. 222-11's "plus de huit jours"
    for q in ("What fine applies in France for violence causing no more than eight days' total incapacity for work?",
              "Quelle amende pour des violences ayant entraîné une ITT de huit jours au plus ?"):
        a = ask(q, index=index)
        assert analyse(q).kind == "penalty"
        assert a.citations[0].top.id == "fr/code-penal/article/r625-1", (q, [c.top.id for c in a.citations])
        assert "1,500" in a.direct or "1 500" in a.direct, a.direct
        assert "222-11" not in a.direct and "45" not in a.direct
    # a French line quotes in French quotation marks, its conditions too
    a = ask("Quelle amende pour des violences ayant entraîné une ITT de huit jours au plus ?", index=index)
    assert "“" not in a.direct and "« en cas de récidive »" in a.direct, a.direct


def test_questions95_after_its_end_run(index):
    # questions95's END run (2 of 6 on target, two in-scope refusals): a contravention's time bar is art. 133-4's,
    # not art. 133-3's délit; the French twin was refused as nearer the outside examples on rent debts
    for q in ("Within how many years is a sentence for a contravention time-barred in France?",
              "En combien d'années se prescrit la peine prononcée pour une contravention ?"):
        a = ask(q, index=index)
        assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/133-4", (q, [c.top.id for c in a.citations])
        assert re.search(r"\b(3 years|trois années)\b", a.direct), a.direct
    # child soldiers in English: art. 461-7, not art. 227-7
    a = ask("What is the penalty in France for enlisting children under eighteen in armed groups?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/461-7" and "20 years" in a.direct, a.direct
    # the limitation of prosecutions stays outside (the Code de procédure pénale's)
    assert ask("Quel est le délai de prescription de l'action publique pour un délit ?", index=index).abstained


def test_questions96_recidivism_and_a_disorder_that_abolished_judgement(index):
    # questions96 (first run: 1 of 6 on target): the window of recidivism for the same délit is art. 132-10's five
    # years, not the DSA's limitation periods
    a = ask("Within how many years does committing the same délit again count as legal recidivism in France?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/132-10" and "5 years" in a.direct, a.direct
    # a repeated fifth-class contravention: art. 132-11's 3 000 euros, not the class scale's 38, 150 and 450
    for q in ("What is the maximum fine for repeating a fifth-class contravention in France?",
              "Quelle amende maximale en cas de récidive d'une contravention de la 5e classe ?"):
        a = ask(q, index=index)
        assert a.citations[0].top.id == "fr/code-penal/article/132-11", (q, [c.top.id for c in a.citations])
        assert re.search(r"3,000|3 000", a.direct) and "38" not in a.direct, a.direct
    # "a psychiatric disorder abolished their judgement": art. 122-1, not the offences of persons once declared
    # irresponsible (art. 221-5-6)
    a = ask("Is a person criminally liable in France if a psychiatric disorder abolished their judgement at the time "
            "of the offence?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/122-1", [c.top.id for c in a.citations]
    # "la commission du même délit" is the committing of an offence, not the European Commission
    q = analyse("Dans quel délai la commission du même délit constitue-t-elle une récidive ?")
    assert "EU" not in q.jurisdictions and not any("Commission" in t for t in q.fr_query.split(" ? ")[1:]), q


def test_questions97_after_its_end_run(index):
    # questions97's END run: "by how much … reduced" asks for a share taken off a penalty, not for a penalty (art.
    # 221-5-6's ten years answered it); the European health insurance card is no field of the corpus
    for q in ("By how much is a prison sentence reduced in France when a mental disorder altered the offender's judgement?",
              "De combien la peine privative de liberté est-elle réduite en cas d'altération du discernement ?"):
        a = ask(q, index=index)
        assert analyse(q).kind == "reduction" and a.citations[0].top.id == "fr/code-penal/article/122-1", \
            (q, [c.top.id for c in a.citations])
        assert "réduite du tiers" in a.citations[0].quote
    assert ask("Comment obtenir une carte européenne d'assurance maladie ?", index=index).abstained



def test_questions98_after_its_first_run(index):
    # questions98, first run: the accomplice's penalty led with art. 221-6-1's figures (EN) or was refused (FR);
    # "Qu'est-ce qui constitue une tentative" was answered with art. 221-6's homicide; a town hall's formalities for a
    # dangerous dog were answered with art. R622-2's fine
    for q in ("What penalty does an accomplice incur under French criminal law?",
              "Quelle peine encourt le complice d'une infraction ?"):
        a = ask(q, index=index)
        assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/121-6", (q, a.direct)
        assert "Sera puni comme auteur" in a.direct and "[1]" in a.direct, a.direct
    a = ask("Qu'est-ce qui constitue une tentative d'infraction selon le code pénal ?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/121-5" and "La tentative est constituée" in a.direct, a.direct
    a = ask("What constitutes an attempted offence under the French Penal Code?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/121-5"
    assert ask("Comment déclarer un chien dangereux en mairie ?", index=index).abstained



def test_a_legal_persons_fine_by_reference_answers_only_when_the_fine_is_asked(index):
    # questions98 first run: art. 131-38's quintuple was read nowhere; the line now gives it, in the law's words
    a = ask("In French criminal law, how does the maximum fine for a company compare with the fine for an individual?",
            index=index)
    assert a.direct.startswith("France: five times the fine set for natural persons (“Le taux maximum de l'amende "
                               "applicable aux personnes morales est égal au quintuple"), a.direct
    # … not for the penalties besides a fine (art. 131-39's), nor for the CNIL's sanctions, which the corpus lacks
    for q in ("Besides a fine, what penalties can a company face in France, such as dissolution or a ban on an activity?",
              "Outre l'amende, quelles peines une personne morale encourt-elle en France, comme la dissolution ou "
              "l'interdiction d'exercer une activité ?"):
        assert "quintuple" not in ask(q, index=index).direct
    assert ask("Quelles sanctions la CNIL peut-elle prononcer contre une entreprise qui ne respecte pas la loi "
               "Informatique et Libertés ?", index=index).abstained


def test_hijacking_a_plane_is_a_word_of_the_glossary_and_art_224_6(index):
    # questions91: refused, "hijacking" being a word neither the corpus nor the glossary used
    a = ask("What is the penalty in France for hijacking a plane?", index=index)
    assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/224-6"
    assert a.direct.startswith("France: Code pénal, art. 224-6 — 20 years")


def test_questions106_after_its_first_run(index):
    # first run: 122-9 and then art. 322-13's threats for the hoax; art. 226-4-1 (identity) for "usurpation de titre";
    # s. 170 (the procedure) for who may make a super-complaint, with no direct line
    a = ask("What is the penalty in France for a hoax bomb alert?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/322-14" and "€30,000" in a.direct
    a = ask("Quelle est la peine pour usurpation de titre ?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/433-17" and "15 000 euros" in a.direct
    a = ask("Who can make a super-complaint to Ofcom under the Online Safety Act?", index=index)
    assert a.citations[0].top.id == "uk/ukpga/2023/50/section/169" and "eligible entity may make a complaint" in a.direct
    # who fines is still a penalty's question, and who can appeal the appeal section's (questions54 in the regression
    # run: s. 139, OFCOM's power to give the notice, led)
    from kb.question import kind_of
    assert kind_of("Who can fine a very large online platform under the DSA?")[0] == "penalty"
    a = ask("Qui peut faire appel d'un avis de pénalité ou d'une décision de confirmation de l'Ofcom selon l'Online "
            "Safety Act, et devant quel tribunal ?", index=index)
    assert a.citations[0].top.id == "uk/ukpga/2023/50/section/168"
