"""Terms, shared penalties, the former code and penalties paired "respectivement" (sixtieth session: trahison et
espionnage, art. 411-1 to 411-11; enlèvement, séquestration et prise d'otage, art. 224-1 to 224-5-2; détournement
d'aéronef, art. 224-6 to 224-8; sévices et abandon d'animaux, art. 521-1; blanchiment, art. 324-1 to 324-6)."""
from __future__ import annotations

import pytest

from kb.answer import ask
from kb.check import check_claim
from kb.glossary import fold
from kb.question import analyse


def test_a_term_of_detention_criminelle_is_a_prison_fact(index):
    # art. 411-6: "quinze ans de détention criminelle" (the political crimes' term) was no fact, and LCI's quotation
    # of it was contradicted for want of it
    terms = {f.value for f in index.facts.get("fr/code-penal/article/411-6", []) if f.kind == "prison"}
    assert terms == {15.0}, terms
    c = check_claim("Le fait de livrer ou de rendre accessibles à une puissance étrangère ces informations est ainsi "
                    "passible de quinze ans de détention criminelle et de 225.000 euros d’amende.", index, context=True)
    assert c.verdict == "supported" and "411-6" in c.evidence[0]["id"], c


@pytest.mark.parametrize("claim", [
    # art. 521-1: "Est également puni des mêmes peines l'abandon d'un animal domestique …" (three years, 45 000 euros
    # since 2021): the abandonment unit states no figure of its own, but gives it the offence's
    "La loi punit sévèrement, les propriétaires d’animaux qui abandonnent ces derniers avec 30 000 euros d’amende et "
    "2 ans d’emprisonnement.",
    "L’article 521-1 du Code pénal établit que « exercer des sévices graves, ou de nature sexuelle, ou de commettre un "
    "acte de cruauté envers un animal domestique, ou apprivoisé, ou tenu en captivité, est puni de deux ans "
    "d’emprisonnement et de 30 000 euros d’amende.",
])
def test_the_pre_2021_penalties_for_animals_are_contradicted(index, claim):
    c = check_claim(claim, index, context=True)
    assert c.verdict == "contradicted" and "521-1" in c.evidence[0]["id"], c


def test_the_former_codes_article_in_a_sentence_about_the_law_as_it_was(index):
    # the 1810 code's art. 307, before the law of 15 July 1970: neither a misnumbering of the code in force nor
    # figures held to art. 224-6's hijacking
    c = check_claim("Avant la loi du 15 juillet 1970, le détournement d'aéronef n'était pas punissable en droit "
                    "français : à la rigueur, l'article 307 du Code pénal, ayant trait aux mesures verbales faites avec "
                    "ordre sous conditions, était applicable ; mais la sanction prévue, une peine d'emprisonnement de "
                    "six mois à deux ans et une amende de 500 à 1 800 francs, ne semblait pas appropriée au "
                    "détournement d'aéronef.", index, context=True)
    assert c.verdict == "unverifiable" and not c.evidence, c
    # … while the same number said of the code in force is a misnumbering
    c = check_claim("L'article 307 du Code pénal punit le détournement d'aéronef de vingt ans de réclusion "
                    "criminelle.", index, context=True)
    assert c.verdict == "contradicted" and "224-6" in " ".join(e["id"] for e in c.evidence), c


@pytest.mark.parametrize("years, verdict", [("30", "contradicted"), ("20", "supported")])
def test_penalties_paired_respectivement_with_the_articles_cited(index, years, verdict):
    # art. 222-35 al. 1 punishes production by twenty years; thirty is al. 2's organised gang
    c = check_claim("Seules la direction effective d'un réseau de distribution ainsi que la production de stupéfiants "
                    f"constituent des crimes (articles 222-34 et 222-35 CP, punis, respectivement, de la réclusion "
                    f"criminelle à perpétuité et à {years} ans, assorties, dans l'un comme dans l'autre cas, de 7,5 M_ "
                    f"d'amende).", index, context=True)
    assert c.verdict == verdict and "222-35" in " ".join(e["id"] for e in c.evidence), c


def test_an_article_defining_what_another_cited_one_punishes_is_no_misnaming(index):
    # art. 121-5 defines the attempt, art. 324-6 gives it money laundering's penalties (was contradicted, "the
    # provision about it is art. 324-5", on recidivism)
    c = check_claim("Attempted money laundering is sanctioned and subject to the same penalties as money laundering "
                    "(Art. 121-5 and 324-6 of the Criminal Code).", index, context=True)
    assert c.verdict != "contradicted", c


def test_unlawfulness_is_no_case_of_the_figures(index):
    # "si ce n'est pas autorisé par la loi" is art. 224-1's "hors les cas prévus par la loi", not a case the
    # twenty years are given for
    c = check_claim("Enlever, détenir, ou séquestrer une personne, si ce n’est pas autorisé par la loi (pour la police "
                    "ou autres forces de l’ordre) est puni de 20 ans de réclusion criminelle assorti d’une période de "
                    "sûreté.", index, context=True)
    assert c.verdict == "supported" and "224-1" in c.evidence[0]["id"], c


def test_a_short_glossary_word_is_read_whole(index):
    # "vol" (theft) is no part of "involontaire": "Theft is punishable by five years …" was contradicted by art. 221-6
    # (homicide involontaire)
    q = analyse("Theft is punishable by five years' imprisonment and a fine of 75,000 euros.", index.config)
    assert not q.covers("theft", fold(index.provisions["fr/code-penal/article/221-6"].text))
    c = check_claim("Theft is punishable by five years' imprisonment and a fine of 75,000 euros.", index, context=True)
    assert "221-6" not in " ".join(e["id"] for e in c.evidence), c
    assert c.verdict == "contradicted" and "311-3" in c.evidence[0]["id"], c
    # art. 311-4's five years are theft in its cases, its sixth "dans un local d'habitation" far into the list
    c = check_claim("Le vol commis dans un local d'habitation est puni de cinq ans d'emprisonnement et de 75 000 euros "
                    "d'amende.", index, context=True)
    assert c.verdict == "supported" and "311-4" in c.evidence[0]["id"], c


def test_the_terms_name_is_no_offence(index):
    # "réclusion criminelle" was the only word art. 222-23-3 shared with "Le viol est puni de vingt ans …" (rape is
    # fifteen years, art. 222-23; twenty are its aggravated forms'), and it supported the sentence
    c = check_claim("Le viol est puni de vingt ans de réclusion criminelle.", index, context=True)
    assert c.verdict != "supported", c


@pytest.mark.parametrize("question, top, figure", [
    ("What is the penalty in France for taking someone hostage to obtain a ransom?", "224-4", "30 years"),
    ("What is the penalty in France for handing information to a foreign power that harms the nation's fundamental "
     "interests?", "411-6", "225,000"),
    ("What is the penalty in France for giving false information that endangers an aircraft in flight?", "224-8",
     "75,000"),
])
def test_questions90_in_english(index, question, top, figure):
    # first run: the outrage sexiste's fine, art. 411-10 twice
    a = ask(question, index=index)
    assert not a.abstained and a.citations[0].top.id.endswith("/" + top), [c.top.id for c in a.citations]
    assert figure in a.direct, a.direct


def test_a_percentage_is_held_to_the_amount_the_sentence_pairs_it_with(index):
    # "EUR 7.5 million or 1.5%": Art. 99(5) AI Act pairs €7.5 million with 1 % (the explanation named Art. 99(4)'s
    # €15 million and 3 %, or Art. 99(3), from one run to the next)
    c = check_claim("The fines are tiered, EUR 35 million or 7% for prohibited AI applications, EUR 15 million or 3% "
                    "for violations of the Act's obligations, and EUR 7.5 million or 1.5% for supplying incorrect "
                    "information.", index, context=True)
    assert c.verdict == "contradicted" and c.evidence[0]["id"] == "eu/reg/2024/1689/art/99/par/5", c
    assert "1 %" in c.explanation, c.explanation


def test_cases_of_an_offence_by_reference_after_their_own_case(index):
    # art. 224-3: "L'infraction prévue par l'article 224-1 est punie de trente ans …"; art. 224-4: "Si la personne
    # … l'a été comme otage …, l'infraction prévue par l'article 224-1 est punie de trente ans"
    from kb.crossrefs import cases_by_reference
    assert {"fr/code-penal/article/224-3", "fr/code-penal/article/224-4"} <= set(
        cases_by_reference(index)["fr/code-penal/article/224-1"])
    # the séquestration itself answers before the hostage-taking ("l'auteur" asks for no case: art. 224-4 names
    # "l'auteur ou du complice" whose impunity a hostage may be taken for)
    a = ask("Quelle peine encourt l'auteur d'une séquestration ?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/224-1", [c.top.id for c in a.citations]


def test_a_list_of_penalties_is_not_supported_by_a_provision_stating_them_for_other_cases(index):
    # claims122 (END, a wrong "supported"): art. 222-20-2 (injuries caused by a dog) states 2 years/€30,000, 3 years
    # and 5 years/€75,000 in three alinéas; the sentence lists the old penalties for cruelty to animals
    c = check_claim("La peine maximale est de deux ans de prison et trente mille euros d’amende, cinq ans de prison et "
                    "soixante quinze mille euros d’amende pour la mort d’un animal, ainsi qu’une amende et trois ans "
                    "de prison pour mauvais traitements .", index, context=True)
    assert c.verdict != "supported", c
