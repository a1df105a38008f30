"""A sentence's figures held to the provision it cites (kb/cited.py), on the real corpus."""
from __future__ import annotations

import pytest

from kb.check import check_claim


@pytest.mark.parametrize("claim, verdict, where", [
    # claims101: art. 441-4 (forgery of public writings, ten years) is nearer the words "faux en écriture"; the
    # article cited states the three years and 45 000 euros
    ("L’usage de faux en écriture privée est puni de trois ans d'emprisonnement et de 45 000 euro d'amende "
     "(art. 441-1 C. pén.).", "supported", "441-1"),
    # … and the same sentence with the figures of another article is contradicted by the one it cites
    ("L’usage de faux en écriture privée est puni de dix ans d'emprisonnement et de 150 000 euro d'amende "
     "(art. 441-1 C. pén.).", "contradicted", "441-1"),
    # claims101: the ten years and 150 000 euros are art. 311-4's own (three circumstances together), not only
    # art. 311-6's (violence causing incapacity)
    ("Le vol peut être puni jusqu’à 10 ans d’emprisonnement et 150 000 euros d’amende eu égard à certaines "
     "circonstances aggravantes : lorsqu’il est procédé accompagné ou suivi de violences ou de destruction, lorsqu’il "
     "est commis en réunion, ou encore par une personne dissimulant son visage, etc. (art. 311-4 du Code pénal).",
     "supported", "311-4"),
])
def test_the_provision_cited_decides_its_figures(index, claim, verdict, where):
    c = check_claim(claim, index, context=True)
    assert c.verdict == verdict, c
    assert where in c.explanation, c


def test_a_contravention_fine_is_its_class_amount(index):
    # claims123 (first run: contradicted by art. 433-21-1's 7 500 euros): art. R645-1 punishes with "l'amende prévue
    # pour les contraventions de la 5e classe", 1 500 euros by art. 131-13, which the evidence quotes beside it
    c = check_claim("Selon l'article R645-1 du Code pénal, toute personne qui enfreint cette loi encourt 1 500 euros "
                    "d'amende et la confiscation des objets.", index, context=True)
    assert c.verdict == "supported" and "R645-1" in c.explanation, c
    assert any(e["id"] == "fr/code-penal/article/131-13/al/7" for e in c.evidence), c.evidence
    c = check_claim("Selon l'article R645-1 du Code pénal, toute personne qui enfreint cette loi encourt 3 500 euros "
                    "d'amende.", index, context=True)
    assert c.verdict == "contradicted", c
    # the repeat's 3 000 euros is no penalty of the offence itself, however the sentence frames it (the figure probe
    # of the tuned sets found both), and stated with its case it is
    for s in ("Selon l'article R645-1 du Code pénal, toute personne qui enfreint cette loi encourt 3000 euros d'amende.",
              "A judge can issue fines of up to €1500, and up to €3000 and confiscation of your vehicle, if the waste "
              "was transported in a vehicle."):
        c = check_claim(s, index, context=True)
        assert c.verdict == "contradicted" and "3,000 EUR only en cas de récidive" in c.explanation, c
    c = check_claim("Le port d'un insigne nazi en public est puni de 1 500 euros d'amende, 3 000 euros en cas de "
                    "récidive.", index, context=True)
    assert c.verdict == "supported", c
    # the fourth class (art. R634-2) and the fifth (art. R635-8) in one English sentence
    c = check_claim("A judge can issue fines of up to €750, and up to €1,500 and confiscation of your vehicle, if the "
                    "waste was transported in a vehicle.", index, context=True)
    assert c.verdict == "supported", c


def test_articles_naming_what_a_sentence_speaks_of_do_not_support_what_it_asserts(index):
    # claims124 (end run: supported): the articles say which crimes are meant; their imprescriptibility is in the Code
    # de procédure pénale, which the corpus lacks
    c = check_claim("L'action pénale du crime de génocide et des autres crimes contre l'humanité mentionnés aux articles "
                    "211-1 à 212-3 du code pénal est imprescriptible.", index, context=True)
    assert c.verdict == "unverifiable", c
    # … while a sentence saying where an offence is stays supported
    c = check_claim("Le génocide est prévu à l'article 211-1 du code pénal.", index, context=True)
    assert c.verdict == "supported" and "211-1" in c.explanation, c
    # figures given under a code the corpus lacks as much as under the Code pénal, no article named: no contradiction
    # (claims124, end run: contradicted by art. 322-5)
    c = check_claim("Pour rappel : Le dépôt de déchets en forêt constitue une infraction à la loi et les contrevenants "
                    "s’exposent à des sanctions au titre du Code forestier et du Code pénal, avec une amende pouvant aller "
                    "jusqu’à 1 500 € pour les particuliers et à 7 500 € pour les entreprises (personnes morales).",
                    index, context=True)
    assert c.verdict == "unverifiable", c


def test_a_miscited_article_with_too_little_said_names_no_other(index):
    # claims101: art. 311-2 (theft of energy) holds no "exceptions"; one word of the sentence in art. 311-14's
    # "à l'exception des objets" was named as the provision meant (it is art. 311-12, family immunity)
    c = check_claim("Des exceptions existent et sont prévues à l’article 311-2 du Code pénal.", index, context=True)
    assert c.verdict == "contradicted", c
    assert "311-14" not in c.explanation + c.correction and "311-2" in c.correction, c


def test_an_article_number_alone_with_its_figures(index):
    # claims102 (end run): "Article 311-3 :" names no code; the only article 311-3 the corpus holds states both
    # figures (a vol of three letters gave the figure check no word to go on)
    c = check_claim("Article 311-3 : La peine de base pour le vol est de trois ans d’emprisonnement et de 45 000 euros "
                    "d’amende.", index, context=True)
    assert c.verdict == "supported" and "311-3" in c.explanation, c
    # one figure alone is in too many articles to say which
    c = check_claim("Article 311-3 : le vol est puni de trois ans d’emprisonnement.", index, context=True)
    assert c.verdict != "supported", c
    # claims102 (end run): "Code Pénal 311-8" is the article its twenty years are held to, not art. 311-7's fifteen
    c = check_claim("Le vol avec arme : Code Pénal 311-8, 20ans de réclusion criminelle.", index, context=True)
    assert c.verdict == "supported" and "311-8" in c.explanation, c


def test_figures_given_to_a_provision_the_corpus_lacks_are_not_checked_against_another(index):
    # claims103 (first run): the 3,750 euros the sentence gives art. 381 of the Code de procédure pénale were
    # "supported" by the Code pénal's art. 446-1, another rule that happens to share the amount
    c = check_claim("Quant aux délits, ce sont infractions passibles d’une peine d’emprisonnement ou d’une amende "
                    "d’un montant égal ou supérieur à 3 750 euros (article 381 code procédure pénale).", index,
                    context=True)
    assert c.verdict == "unverifiable" and not c.evidence, c



def test_the_cited_article_decides_figures_other_articles_share(index):
    # claims104 (end run): art. 225-12-1 and art. 322-6-1 also state three years and 45,000 euros, which left the
    # figures unsettled; the sentence cites art. 313-6-1, which states them
    c = check_claim("Quant à ceux qui permettent à une tierce personne cette occupation illicite en échange d’une "
                    "rémunération, la peine encourue est portée à 3 années d’emprisonnement et à 45 000 euros d’amende "
                    "(article 313-6-1 du Code pénal).", index, context=True)
    assert c.verdict == "supported" and "313-6-1" in c.explanation, c
    # claims104 (end run): squatting is the offence of art. 226-4, in English too (it was "contradicted")
    c = check_claim("Squatting refers to the offence of trespassing under Article 226-4 of the Criminal Code.", index,
                    context=True)
    assert c.verdict == "supported", c


def test_a_quotation_that_writes_a_number_without_its_space_is_no_misquotation(index):
    # claims105: "45000" for the law's "45 000" was "the quotation is art. 222-18, al. 1 but for “45000”"
    c = check_claim("L’article 222-18 du Code pénal dispose que : « la menace, par quelque moyen que ce soit, de "
                    "commettre un crime ou un délit contre les personnes, est punie de trois ans d’emprisonnement et de "
                    "45000 euros d’amende, lorsqu’elle est faite avec l’ordre de remplir une condition. »", index,
                    context=True)
    assert c.verdict == "supported", c
    # … while another number in its place is still a misquotation
    c = check_claim("L’article 222-18 du Code pénal dispose que : « la menace, par quelque moyen que ce soit, de "
                    "commettre un crime ou un délit contre les personnes, est punie de trois ans d’emprisonnement et de "
                    "30000 euros d’amende, lorsqu’elle est faite avec l’ordre de remplir une condition. »", index,
                    context=True)
    assert c.verdict == "contradicted", c


def test_a_case_the_cited_article_no_longer_holds_is_not_supported_by_its_figures(index):
    # claims105 (first run: supported): art. 322-2 keeps the register case; the racial ground the sentence adds
    # with "ou lorsque" is no longer in it, though the figures are
    claim = ("Lorsque le bien détruit, dégradé ou détérioré est un registre, une minute ou un acte original de "
             "l'autorité publique ou lorsque la destruction est commise à raison de l'appartenance ou de la "
             "non-appartenance, vraie ou supposée, de la personne propriétaire ou utilisatrice de ce bien à une ethnie, "
             "une nation, une race ou une religion déterminée, les deux délits sont, respectivement, puni de trois ans "
             "d'emprisonnement et 45 000 euros d'amende, pour le premier, et de 7 500 euros d'amende d'une peine de "
             "travail d'intérêt général pour le second, (C. pén., art. 322-2 N° Lexbase : L7883LCX).")
    assert check_claim(claim, index, context=True).verdict != "supported"
    # the register case alone is art. 322-2's
    c = check_claim("Lorsque le bien détruit, dégradé ou détérioré est un registre, une minute ou un acte original de "
                    "l'autorité publique, l'infraction est punie de trois ans d'emprisonnement et 45 000 euros d'amende "
                    "(C. pén., art. 322-2).", index, context=True)
    assert c.verdict == "supported", c


def test_figures_of_no_named_law_partly_in_a_long_provision_are_not_its(index):
    # claims105 (first run: contradicted by 47 U.S.C. 223, whose two years and $50,000 are for indecent calls): New
    # Zealand's offence, no law named — nor by 18 U.S.C. 2251 from the clause "is punishable by …" alone
    c = check_claim("The offence – causing harm by posting digital communication – is punishable by up to 2 years' "
                    "imprisonment or a maximum fine of $50,000 for individuals and a fine of up to $200,000 for "
                    "companies.", index, context=True)
    assert c.verdict == "unverifiable" and not c.evidence, c


def _published(name: str, n: int) -> str:
    """A sentence of a held-out set, read from it (the sets hold published text; the tests copy none of it)."""
    from pathlib import Path

    import yaml
    path = Path(__file__).parent / "data" / "heldout" / f"{name}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))[n]["claim"]


def test_figures_inside_the_laws_own_words_are_the_laws(index):
    # claims107 (first run: contradicted — the quoted "plus de deux mois" was read as a claimed term): art. 227-3
    # al. 1 quoted whole, figures and all
    quoted = _published("claims107", 0)
    c = check_claim(quoted, index, context=True)
    assert c.verdict == "supported" and "227-3" in c.explanation, c
    # a term the sentence gives around the same quotation is still held to the article
    around = quoted.replace("En effet le premier alinéa de l’article 227-3 prévoit que",
                            "L’article 227-3 punit de trois ans d’emprisonnement")
    assert around != quoted
    assert check_claim(around, index, context=True).verdict == "contradicted"


def test_an_article_cited_with_its_own_penalty_is_the_one_meant(index):
    # claims107 (first run: contradicted, "is about … not what the sentence says"): "ce délit" says nothing of the
    # offence; the article cited states the very penalty
    said = _published("claims107", 8)
    c = check_claim(said, index, context=True)
    assert c.verdict == "supported" and "227-5" in c.explanation, c
    assert check_claim(said.replace("d'un an d'emprisonnement", "de deux ans d'emprisonnement"), index,
                       context=True).verdict == "contradicted"


def test_each_article_cited_for_its_own_case(index):
    # claims107 (first run: unverifiable): fifteen years for rape (art. 222-23), twenty for the aggravated case the
    # sentence places in art. 222-24 — whose twenty years do not contradict the fifteen
    said = _published("claims107", 14)
    c = check_claim(said, index, context=True)
    assert c.verdict == "supported" and "222-23" in c.explanation, c
    # neither article states twelve years
    assert check_claim(said.replace("15 ans", "12 ans"), index, context=True).verdict != "supported"


def test_an_offence_named_before_the_bracketed_article_that_does_not_hold_it(index):
    # claims107 (first run: unverifiable): non-représentation is art. 227-5; art. 227-7 is the removal of a child
    c = check_claim(_published("claims107", 7), index, context=True)
    assert c.verdict == "contradicted" and "227-5" in c.correction, c



def test_a_definition_placed_in_an_article_before_a_quotation_it_does_not_give(index):
    # claims108 (end run: unverifiable): "défini juridiquement dans" places the definition in the article; ", qui
    # dispose que :" opens a quotation the sentence does not give, and says nothing of the article
    said = _published("claims108", 7)
    c = check_claim(said, index, context=True)
    assert c.verdict == "supported" and "225-5" in c.explanation, c
    assert check_claim(said.replace("225-5", "226-1"), index, context=True).verdict == "contradicted"


def test_claims109_after_its_first_run(index):
    # a negation in a French condition ("S'il n'y a pas d'I.T.T alors …", "si" elided) is not the sentence's
    c = check_claim(_published("claims109", 4), index, context=True)
    assert c.verdict == "supported" and "R624-1" in c.explanation and "“Article R624-1”" not in c.explanation, c
    # "rébellion", one word of the offence's own that few articles hold, is in the article cited: art. 433-9's
    # mention of it names no other article
    c = check_claim(_published("claims109", 5), index, context=True)
    assert c.verdict == "supported" and "433-7" in c.explanation, c
    # "… pour outrage, délit prévu et réprimé par l'article 433-5": "délit" in apposition names the outrage
    said = _published("claims109", 8)
    c = check_claim(said, index, context=True)
    assert c.verdict == "supported" and "433-5" in c.explanation, c
    assert check_claim(said.replace("433-5", "433-10"), index, context=True).verdict != "supported"
    # a penalty's words many articles share, quoted with the article that states them, are that article's …
    said = _published("claims109", 9)
    c = check_claim(said, index, context=True)
    assert c.verdict == "supported" and "434-13" in c.explanation, c
    # … and other figures quoted are held to the article cited, not to the first article saying them
    c = check_claim(said.replace("cinq ans", "sept ans").replace("75 000", "100 000"), index, context=True)
    assert c.verdict == "contradicted" and "434-13" in c.explanation and "511-19" not in c.explanation, c
    # a law the corpus lacks gives its own figures, whatever held statute shares the words it quotes
    c = check_claim(_published("claims109", 15), index, context=True)
    assert c.verdict == "unverifiable" and not c.evidence, c


def test_claims111_after_its_first_run(index):
    # a year the sentence gives dates what it describes: "une infraction récente, créée par le Code pénal de 1992" is
    # not art. 121-3's "délit en cas de mise en danger délibérée", which bears no year
    c = check_claim(_published("claims111", 1), index, context=True)
    assert c.verdict == "unverifiable", c
    # "bizutage", a word art. 225-16-1 never uses (only its section's heading does), names its offence
    c = check_claim(_published("claims111", 3), index, context=True)
    assert c.verdict == "supported" and "225-16-1" in c.explanation, c
    assert check_claim(_published("claims111", 3).replace("7500", "15000"), index, context=True).verdict == "contradicted"
    # what one cited article (225-16-1) is not about, another the sentence cites (225-16-3) is: no misnaming
    c = check_claim(_published("claims111", 5), index, context=True)
    assert c.verdict == "supported" and "225-16-3" in c.explanation, c


def test_claims110_after_its_end_run(index):
    # a litotes judging what follows ("n'est pas négligeable puisque …") is no denial of the penalty it gives
    c = check_claim(_published("claims110", 2), index, context=True)
    assert c.verdict == "supported" and "224-1" in c.explanation, c
    # sharing the actor's words ("dépositaire de l'autorité publique", in hundreds of articles) and none of the act's
    # does not make art. 432-3 what the sentence says it is
    assert check_claim(_published("claims110", 4), index, context=True).verdict != "supported"


def test_a_fine_in_francs_is_no_euro_fine(index):
    # claims112's end run: art. 225-16-1's 1998 text ("six mois d'emprisonnement et de 50 000 F d'amende") was
    # supported by the article's six months, the francs unread; a fine in francs is the law as it was, not as it is
    c = check_claim(_published("claims112", 3), index, context=True)
    assert c.verdict == "contradicted" and "225-16-1" in c.explanation and "7 500" in c.explanation, c
    # a euro figure with its former francs beside it is read by its euros
    c = check_claim(_published("claims110", 0), index, context=True)
    assert c.verdict == "contradicted" and "521-1" in c.explanation, c


def test_the_law_quoted_with_a_clause_it_no_longer_has_is_contradicted(index):
    # claims129 (first run: supported): art. 121-2 as it read before 2005, "… selon les distinctions des articles
    # 121-4 à 121-7 et dans les cas prévus par la loi ou le règlement, des infractions commises …"
    c = check_claim("L’article 121-2 du Code pénal dispose que : “Les personnes morales, à l’exclusion de l’Etat, sont "
                    "responsables pénalement, selon les distinctions des articles 121-4 à 121-7 et dans les cas prévus "
                    "par la loi ou le règlement, des infractions commises, pour leur compte, par leurs organes ou "
                    "représentants.”", index, context=True)
    assert c.verdict == "contradicted" and "et dans les cas prévus par la loi ou le règlement" in c.explanation, c
    assert c.correction and "121-2" in c.correction
    # the article quoted as it reads now is supported
    c = check_claim("L’article 121-2 du Code pénal dispose que : “Les personnes morales, à l’exclusion de l’Etat, sont "
                    "responsables pénalement, selon les distinctions des articles 121-4 à 121-7, des infractions "
                    "commises, pour leur compte, par leurs organes ou représentants.”", index, context=True)
    assert c.verdict == "supported", c


def test_a_short_quotation_of_the_cited_article_with_a_word_changed_is_contradicted(index):
    # claims129 (first run: supported as "art. 121-6 exists and is about this"): art. 121-6 punishes the accomplice
    # "au sens de l'article 121-7", which says "la préparation ou la consommation"
    c = check_claim("Ainsi est complice et sera « puni comme auteur » (art. 121-6), l’individu qui sciemment a « facilité "
                    "la préparation ou la commission » de l’infraction, ou encore l’« a provoqué ».", index, context=True)
    assert c.verdict == "contradicted" and "consommation" in c.explanation and "121-7" in c.explanation, c
    # a slip of the same word is no misquotation
    c = check_claim("Ainsi est complice et sera « puni comme auteur » (art. 121-6), l’individu qui sciemment a « facilité "
                    "la préparation ou la consomation » de l’infraction.", index, context=True)
    assert c.verdict != "contradicted", c


def test_a_rule_given_to_the_wrong_article_by_selon_is_contradicted(index):
    # claims130's END run (unverifiable, though the explanation named art. 121-2): "Selon l'article 121-1 …" says
    # whose rule it states, as "l'article 121-1 dispose que" does
    c = check_claim("Selon l’article 121-1 du Code pénal, les personnes morales sont responsables des infractions "
                    "commises pour leur compte par leur organe ou représentant.", index, context=True)
    assert c.verdict == "contradicted" and "121-2" in c.explanation and "Nul n'est responsable" in c.explanation, c
    c = check_claim("Selon l’article 121-2 du Code pénal, les personnes morales sont responsables des infractions "
                    "commises pour leur compte par leur organe ou représentant.", index, context=True)
    assert c.verdict == "supported", c


def test_what_an_article_is_said_to_punish_after_words_of_praise_is_checked(index):
    # claims137's first run (unverifiable): art. 433-17's words given to art. 433-13 as the sentence's subject
    text = ("L’article 433-13 du Code pénal constitue la pierre angulaire de ce dispositif répressif en sanctionnant "
            "spécifiquement l’usage sans droit d’un titre attaché à une profession réglementée par l’autorité publique "
            "ou d’un diplôme officiel ou d’une qualité dont les conditions d’attribution sont fixées par l’autorité "
            "publique.")
    c = check_claim(text, index, context=True)
    assert c.verdict == "contradicted" and "433-17" in c.correction, c
    assert check_claim(text.replace("433-13", "433-17"), index, context=True).verdict == "supported"


def test_a_scheme_an_act_creates_is_supported_by_the_section_headed_by_it(index):
    # claims137's first run (unverifiable): the super-complaints of ss. 169-171 OSA
    c = check_claim("The Online Safety Act 2023 established the basis for creation of an online safety "
                    "super-complaints regime.", index, context=True)
    assert c.verdict == "supported" and c.evidence[0]["id"].startswith("uk/ukpga/2023/50/section/169"), c
    # a scheme no heading of the Act names is not confirmed from here
    assert check_claim("The Online Safety Act creates a licensing regime for platforms.", index,
                       context=True).verdict == "unverifiable"
    assert check_claim("The Online Safety Act does not create a super-complaints regime.", index,
                       context=True).verdict != "supported"


def test_the_law_quoted_without_a_clause_it_now_has_is_contradicted(index):
    # claims138's END run (supported): art. 225-17 al. 2 as it read before "d'urnes cinéraires" was added
    text = ("Selon l’art. 225-17, alinéa 2 du Code pénal : \"La violation ou la profanation, par quelque moyen que ce "
            "soit, de tombeaux, de sépultures{} ou de monuments édifiés à la mémoire des morts est punie d’un an "
            "d’emprisonnement et de 15 000 € d’amende.\"")
    c = check_claim(text.format(""), index, context=True)
    assert c.verdict == "contradicted" and "d'urnes cinéraires" in c.explanation, c
    # the article as it reads now (its euros written "€") is supported
    assert check_claim(text.format(", d’urnes cinéraires"), index, context=True).verdict == "supported"


def test_an_amount_with_cents_is_that_amount(index):
    # claims138's END run: "15.000,00 €" was read as "00 €" and the sentence contradicted
    from kb.quantities import extract as quantities
    assert quantities("45.000,00 € d’amende").money == {(45000.0, "EUR")}
    assert quantities("a $1,500.00 fine").money == {(1500.0, "USD")}
    c = check_claim("La non-représentation d’enfant est punie au maximum d’un an d’emprisonnement et de 15.000,00 € "
                    "d’amende.", index, context=True)
    assert c.verdict == "supported", c
