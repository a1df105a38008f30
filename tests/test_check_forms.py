"""An offence's other forms and what a sentence cites beside its figures (fifty-ninth session: trafic de
stupéfiants, art. 222-34 to 222-39; meurtre, art. 221-1 to 221-4; évasion, art. 434-27; manifestations, art. 431-9)."""
from __future__ import annotations

import pytest

from kb.answer import ask
from kb.check import check_claim
from kb.stated import claimed


def test_a_life_term_is_a_figure_the_sentence_gives():
    assert claimed("Le meurtre est puni de la réclusion criminelle à perpétuité.")["prison"] == {float("inf")}
    assert claimed("He faces life in prison.")["prison"] == {float("inf")}
    # (an aside in brackets gives no penalty: claims115's "(… eligible for life in prison)")
    assert float("inf") not in claimed("… are punished by 15 years' imprisonment (which are the same as those that "
                                       "would make a murderer eligible for life in prison).")["prison"]


@pytest.mark.parametrize("claim, verdict, where", [
    # the meurtre's life term is art. 221-2's and 221-4's, in their cases; art. 221-1 gives the offence thirty years
    ("Le meurtre est puni de la réclusion criminelle à perpétuité.", "contradicted", "221-1/al/1"),
    ("Le meurtre d'un mineur de quinze ans est puni de la réclusion criminelle à perpétuité.", "supported",
     "221-4"),
    ("L'assassinat est puni de la réclusion criminelle à perpétuité.", "supported", "221-3"),
])
def test_a_forms_figures_given_as_the_offences_own(index, claim, verdict, where):
    c = check_claim(claim, index, context=True)
    assert c.verdict == verdict and where in " ".join(e["id"] for e in c.evidence), c


def test_a_sentence_of_the_laws_words_cut_before_its_case_is_not_the_law(index):
    # art. 311-4 says these words, then lists the cases they are for ("1° Lorsqu'il est commis …")
    c = check_claim("Le vol est puni de cinq ans d'emprisonnement et de 75 000 euros d'amende.", index, context=True)
    assert c.verdict != "supported", c
    c = check_claim("Le vol est puni de trois ans d'emprisonnement et de 45 000 euros d'amende.", index, context=True)
    assert c.verdict == "supported" and "311-3" in c.evidence[0]["id"], c


def test_a_cited_articles_figures_only_its_variant_states(index):
    # claims119 (first run: supported): thirty years is art. 222-35's organised-gang case, production twenty years
    c = check_claim("Seules la direction effective d'un réseau de distribution ainsi que la production de stupéfiants "
                    "constituent des crimes (articles 222-34 et 222-35 CP, punis, respectivement, de la réclusion "
                    "criminelle à perpétuité et à 30 ans, assorties, dans l'un comme dans l'autre cas, de 7,5 M_ "
                    "d'amende).", index, context=True)
    assert c.verdict != "supported", c
    c = check_claim("La production de stupéfiants est punie de trente ans de réclusion criminelle (article 222-35 du "
                    "code pénal).", index, context=True)
    assert c.verdict == "contradicted" and "222-35" in c.evidence[0]["id"], c


@pytest.mark.parametrize("claim, verdict", [
    # claims119, first run: contradicted ("45.000" was not the law's "45 000")
    ("À noter qu’en France, «l’évasion est punie de trois ans d’emprisonnement et de 45.000 euros d’amende», pose "
     "l’article 434-27 du Code pénal.", "supported"),
    # first run: contradicted by art. 222-34, read in a clause without the code it cites
    ("The simple use of narcotics is punishable by a prison sentence of one year and a fine of 25,000 francs "
     "(Art.628 of the Code of Public Health).", "unverifiable"),
    # first run: unverifiable, the negation being the circulaire's, quoted as another's
    ("Seuls les organisateurs s’exposent à une peine de six mois d’emprisonnement et 7 500 euros d’amende selon "
     "l’article 431-9 du code pénal, rappelle Libération, qui précise aussi que la circulaire du 20 septembre 2016 "
     "indique que \"la simple participation à une manifestation non déclarée ou interdite n’est pas réprimée par ces "
     "dispositions qui ne visent que les organisateurs\".", "supported"),
])
def test_first_run_of_claims119(index, claim, verdict):
    c = check_claim(claim, index, context=True)
    assert c.verdict == verdict, c


@pytest.mark.parametrize("question, top", [
    ("What is the penalty in France for escaping from prison?", "434-27"),
    ("Quelle peine encourt un détenu qui s'évade ?", "434-27"),
    # (art. 431-9-1, hiding one's face in a demonstration, led: it uses one of the question's three subject words)
    ("What is the penalty in France for organising a demonstration that was not declared?", "431-9"),
    ("Quelle peine pour l'organisation d'une manifestation non déclarée ?", "431-9"),
])
def test_first_run_of_questions88(index, question, top):
    a = ask(question, index=index)
    assert not a.abstained and a.citations[0].top.id.endswith("/" + top), (a.reason, [c.top.id for c in a.citations])


def test_an_article_cited_by_number_alone_is_not_contradicted_by_a_list_naming_its_offence(index):
    # claims118 (END run: unverifiable; with a glossary entry for slavery, contradicted by art. 212-1, which lists
    # "la réduction en esclavage" among crimes against humanity): "Article 224-1 A" is art. 224-1 A, not 224-1
    c = check_claim("Article 224-1 A and B created by law n°2013-711 of 5 August 2013 concern reduction to slavery "
                    "which is punishable by twenty years in prison.", index, context=True)
    assert c.verdict != "contradicted", c


def test_the_penalty_of_an_offence_a_quote_punishes_in_the_questions_words(index):
    # questions87 (END run: refused as closer to questions outside the corpus)
    a = ask("Quelle peine encourt la réduction en esclavage ?", index=index)
    assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/224-1-a", a.reason
    assert "20 ans" in a.direct, a.direct


def test_after_the_end_run_of_claims120(index):
    # a case the sentence rules out ("sans violence, effraction ou corruption") is not its subject (was contradicted
    # by art. 434-27 al. 3)
    c = check_claim("Depuis cette loi, l'évasion simple (commise sans violence, effraction ou corruption) est "
                    "réprimée, par l'article 434-27 du code pénal[5], de trois ans de prison et 45 000 euros d'amende, "
                    "la peine pouvant être aggravée si l'usage de la violence, d'armes, de produits incendiaires, "
                    "toxiques, explosifs ou de corruption est avéré[3].", index, context=True)
    assert c.verdict == "supported", c
    # art. 132-23 sets no life term: "s'il s'agit d'une condamnation à la réclusion criminelle à perpétuité" is a
    # sentence already passed (a tortures sentence was contradicted by it)
    assert not [f for f in index.facts.get("fr/code-penal/article/132-23", []) if f.kind == "prison"]
    c = check_claim("A titre de peine principale, l’auteur encoure quinze ans de réclusion criminelle pouvant être "
                    "assorti d’une période de sûreté.", index, context=True)
    assert c.verdict != "contradicted", c


@pytest.mark.parametrize("question, top, figure", [
    ("Quelle peine encourt la contrefaçon de billets de banque ?", "442-1", "450 000"),
    ("What is the penalty in France for selling drugs to someone for their personal use?", "222-39", "75,000"),
])
def test_after_the_end_run_of_questions89(index, question, top, figure):
    a = ask(question, index=index)
    assert not a.abstained and a.citations[0].top.id.endswith("/" + top), [c.top.id for c in a.citations]
    assert figure in a.direct, a.direct
