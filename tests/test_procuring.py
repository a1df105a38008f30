"""The proxénétisme (Code pénal art. 225-5 to 225-12) asked about in English and French and checked, on the real
corpus: the article defining the offence answers its penalty first, a case of it is answered by the article naming
it, the exemption of one who warned the authorities by the section's own article, the chapter a sentence places the
articles in. Questions and sentences from questions104 and claims135 (the sixty-seventh session's tuning sets)."""
from __future__ import annotations

from kb.answer import ask
from kb.check import check_claim
from kb.glossary import translations

ART = "fr/code-penal/article/"


def test_the_defining_article_reads_est_le_fait_before_a_comma(index):
    # "Le proxénétisme est le fait, par quiconque, …" (the trigger wanted a space after "le fait")
    terms = {f.term for f in index.facts[ART + "225-5"] if f.kind == "definition"}
    assert any("proxénétisme" in t for t in terms), terms
    assert any(f.kind == "definition" for f in index.facts[ART + "313-1"])  # "L'escroquerie est le fait, …"


def test_the_penalty_of_pimping_is_the_defining_articles_first(index):
    a = ask("What is the penalty for pimping in France?", index=index)
    assert a.citations[0].top.id == ART + "225-5"
    assert a.direct.startswith("France: Code pénal, art. 225-5 — 7 years' imprisonment and a fine of €150,000")
    fr = ask("Quelle peine encourt un proxénète ?", index=index)
    assert not fr.abstained and fr.citations[0].top.id == ART + "225-5"


def test_a_case_of_pimping_is_answered_by_the_article_naming_pimping(index):
    a = ask("What penalty applies in France when pimping involves a child under fifteen?", index=index)
    assert a.citations[0].top.id == ART + "225-7-1"
    assert "20 years" in a.direct and "227-5" not in a.direct and "227-7" not in a.direct


def test_escaping_punishment_by_warning_the_authorities_is_the_sections_exemption(index):
    for question in ("Can someone who tried to commit a pimping offence in France escape punishment by warning the "
                     "authorities?",
                     "Celui qui a tenté de commettre un proxénétisme est-il exempt de peine s'il a averti l'autorité "
                     "judiciaire ?"):
        a = ask(question, index=index)
        ids = [c.top.id for c in a.citations]
        assert ids[:2] == [ART + "225-11-1", ART + "132-78"], ids
        assert a.direct == ""  # no penalty is what it asks
    # "escape" inside "escape punishment" is no prison escape; alone it still is
    assert "évasion" not in translations("… escape punishment by warning the authorities?")[1]
    assert "évasion" in translations("What is the penalty for escaping from prison in France?")[1]


def test_the_articles_placed_in_their_chapter_by_its_heading(index):
    said = ("Le proxénétisme est réprimé par les articles 225-5 à 225-12 du Code pénal, au chapitre des « atteintes à "
            "la dignité de la personne ».")
    assert check_claim(said, index).verdict == "supported"
    # another division's words, or the right chapter for another offence, support nothing
    for wrong in ("Le proxénétisme est réprimé par les articles 225-5 à 225-12 du Code pénal, au chapitre des "
                  "« atteintes à la personne ».",
                  "Le vol est réprimé par l'article 225-5 du Code pénal, au chapitre des « atteintes à la dignité de "
                  "la personne »."):
        assert check_claim(wrong, index).verdict != "supported"


def test_buying_a_sexual_act_is_the_contravention_of_art_611_1(index):
    c = check_claim("The French media put the emphasis on the penalization of the customers-prostituters: indeed, buying "
                    "a sexual act is from now on punished with a fine of 1 500 €.", index)
    assert c.verdict == "supported" and c.evidence[0]["id"].startswith(ART + "611-1")


def test_a_wrong_penalty_of_the_offence_is_corrected_by_its_defining_article(index):
    # not by art. 225-7-1's twenty years for a minor under fifteen, a case the sentence does not give
    for said in ("In France, pimping is punishable by five years in prison.",
                 "Le proxénétisme est puni de cinq ans de prison."):
        c = check_claim(said, index)
        assert c.verdict == "contradicted" and c.explanation.startswith("Code pénal, art. 225-5 states sept ans"), c


def test_a_company_liable_for_offences_in_general_is_the_general_rule(index):
    # questions99: art. 433-26 (itself on legal persons) was found by "criminally liable … offences" and its section's
    # art. 433-25 answered; no offence is named, so art. 121-2 does
    a = ask("Can a company be held criminally liable in France for offences committed by its representatives?",
            index=index)
    assert a.citations[0].top.id == ART + "121-2"
    # an offence named still brings its own section's article first
    b = ask("Can a company be held criminally liable in France for a sexual deepfake?", index=index)
    assert b.citations[0].top.id == ART + "226-7"


def test_procuration_is_how_english_writers_name_the_proxenetisme(index):
    # claims118 (an earlier END set, tuned here): unverifiable, art. 225-5 "not clearly what the sentence is about"
    c = check_claim("The crime of procuration (Article 225-5 modified by Law 2003-239 2003-03-18 art. 50 1° JORF 19 March "
                    "2003) is punishable by 7 years in prison and a fine of €150,000 and covers inter alia enabling or "
                    "receiving a profit from prostitution.", index)
    assert c.verdict == "supported" and c.evidence[0]["id"].startswith(ART + "225-5")


def test_questions105_after_its_end_run(index):
    # (tuned after the END run) a brothel is art. 225-10's "établissement de prostitution"; the organised gang is
    # art. 225-8's case, not art. 225-7's, whose 9° names it only to exclude it
    for question, first in (("What is the penalty in France for running a brothel?", "225-10"),
                            ("Quelle peine encourt celui qui dirige un établissement de prostitution ?", "225-10"),
                            ("What penalty does pimping by an organised gang carry in France?", "225-8"),
                            ("Quelle est la peine du proxénétisme aggravé commis en bande organisée ?", "225-8")):
        a = ask(question, index=index)
        assert a.citations[0].top.id == ART + first, (question, [c.top.id for c in a.citations])
    # a prison sentence asked for, and only a regulator's caps found: refused, not answered with £18 million
    oos = ask("What is the maximum sentence for controlling prostitution for gain in England?", index=index)
    assert oos.abstained and "prison sentence" in oos.reason


def test_an_aggravated_form_named_is_supported_by_the_form_and_a_cut_lead_in_is_not(index):
    for said in ("Quant au proxénétisme aggravé, la loi ramène la peine à 10 ans d'emprisonnement et 1 500 000 euros "
                 "d'amende.", "Aggravated pimping carries ten years in prison and a fine of €1.5 million in France."):
        c = check_claim(said, index)
        assert c.verdict == "supported" and c.evidence[0]["id"].startswith(ART + "225-7"), c
    # the same figures as the offence's own: contradicted by the article that defines and punishes it
    plain = check_claim("Le proxénétisme est puni de 10 ans d'emprisonnement et 1 500 000 euros d'amende.", index)
    assert plain.verdict == "contradicted" and plain.explanation.startswith("Code pénal, art. 225-5 states sept ans")
    # art. 225-7's opening up to its prison term, its cases cut off ("… et de 1 500 000 euros d'amende lorsqu'il est
    # commis : …"), is no quotation of the law: it was "supported" as one
    for cut in ("Le proxénétisme est puni de dix ans d'emprisonnement.", "Le vol est puni de cinq ans d'emprisonnement."):
        assert check_claim(cut, index).verdict != "supported"
