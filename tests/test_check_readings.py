"""Fact-check readings added after claims17's first run (2026-12-02): each sentence is a published one, checked
against the real corpus as the claim sets check it (as part of an article about the records' target)."""
from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from kb.check import check_claim
from kb.stated import claimed


def _assert_verdict(index, claim: str, verdict: str, published: str | None = None):
    """The sentence, read in an article (published that day, when given), gets this verdict; its reading returned."""
    from datetime import date
    c = check_claim(claim, index, published=date.fromisoformat(published) if published else None, context=True)
    assert c.verdict == verdict, c
    return c


HELDOUT = Path(__file__).parent / "data" / "heldout"


@pytest.mark.parametrize("claim, verdict, where", [
    # a number of years a report is kept for is not a prison term, whatever penalty words are near it
    ("The law also extends the timeframe for preserving reports of child exploitation images to the CyberTipline "
     "for one year, and it imposes stricter fines on companies that fail to report child exploitation, with fines "
     "depending on their user base size.", "supported", "2258A"),
    # an aggravation by a spouse or civil partner (PACS), its figures stated exactly by art. 226-4-1 al. 3: not
    # contradicted by the violence article that also names spouses
    ("Par ailleurs, lorsque l’infraction est commise par un conjoint ou un partenaire lié par un PACS, les peines "
     "sont portées à 2 ans d’emprisonnement et 30 000 € d’amende.", "supported", "226-4-1"),
    # an act an authority is said to have done is a record's to show, never the law's words
    ("The European Commission has published a draft delegated act (Delegated Act) specifying the rules for "
     "applications for the status of vetted researcher under Article 40 of the DSA.", "unverifiable", ""),
    # the AI Act's fines (Chapter XII) apply from 2 August 2025 (Art. 113(b)): not yet in February 2025
    ("As of February 2025, companies using prohibited AI practices face fines up to €35 million or 7% of global "
     "annual revenue.", "contradicted", "2 August 2025"),
    # short quotations, all in one unit of one provision
    ("However, the statute also defines an “information content provider” as any entity responsible, “in whole or "
     "in part,” for the “creation or development” of information.", "supported", "230(f)(3)"),
    # a threshold's share of the population is read in the provision that sets the threshold
    ("The transparency and reporting obligations in the DSA create opportunities for stronger public oversight of "
     "online intermediaries, with a special set of obligations for those online platforms and search engines that "
     "reach an average of more than 45 million monthly users, which corresponds to around 10% of the EU’s "
     "population.", "supported", "Art. 33"),
    ("Very large online platforms are those with more than 45 million monthly users, around 15% of the EU "
     "population.", "unverifiable", ""),
    # a duty restated in the unit that states it (2258A(a)), not in the unit sharing a few more words ((c))
    ("Under federal law, electronic communication service providers (ECSPs) and remote computing service providers "
     "(RCSPs) are required to report apparent instances of child sexual abuse material (CSAM) and related crimes to "
     "NCMEC, which then shares the information to appropriate law enforcement agencies.", "supported", "2258A"),
    # a French restatement of an English article it cites (Art. 22 DSA, trusted flaggers)
    ("L'article 22 du Règlement sur les services numériques (RSN) prévoit que les fournisseurs de plateformes en "
     "ligne prennent les mesures nécessaires pour garantir que les notifications soumises par les signaleurs de "
     "confiance, agissant dans leur domaine(s) d'expertise désigné(s), soient traités en priorité et fassent "
     "l'objet d'une décision dans les plus brefs délais.", "supported", "Art. 22"),
])
def test_claims17_readings(index, claim, verdict, where):
    c = check_claim(claim, index, context=True)
    assert c.verdict == verdict and where in c.explanation + c.correction, (c.verdict, c.explanation)


@pytest.mark.parametrize("sentence, prison", [
    ("Cette durée est portée à un an en cas de récidive légale", set()),
    ("The platforms were given one year to comply with the takedown rules", set()),
    ("Records must be kept and the offender faces 5 years imprisonment", {5.0}),
    ("Creates criminal penalties for sharing nonconsensual intimate images (up to 2 years for adults, 3 years for "
     "minors)", {2.0, 3.0}),
])
def test_years_kept_or_given_are_not_prison_terms(sentence, prison):
    assert claimed(sentence).get("prison", set()) == prison


@pytest.mark.parametrize("claim, verdict, where", [
    # training compute as a power of ten, however written (claims16)
    ("Models exceeding a computational threshold of 10^23 FLOPs (floating point operations) are now classified as "
     "posing systemic risks, necessitating thorough evaluations and reporting of serious incidents to the European "
     "Commission.", "contradicted", "10^25"),
    ("A general-purpose AI model is classified as having systemic risk if it has 'high-impact capabilities' — "
     "presumed where the cumulative training compute exceeds 10²⁵ floating-point operations — or by Commission "
     "decision based on Annex XIII criteria.", "supported", "Art. 51"),
    # "fully" is the instrument's general day, not an earlier part's (claims16)
    ("The Digital Services Act (DSA) has been fully operational since August 25, 2023.", "contradicted",
     "17 February 2024"),
    ("The DSA became fully applicable on 17 February 2024.", "supported", "Art. 93"),
])
def test_claims16_readings(index, claim, verdict, where):
    c = check_claim(claim, index, context=True)
    assert c.verdict == verdict and where in c.explanation + c.correction, (c.verdict, c.explanation)


def test_a_rank_among_laws_is_not_on_record(index):
    # claims18 (its one false "supported", after its untouched run): that the Act is law is on record, that it is
    # the first of its kind is not
    c = check_claim("The Take It Down Act is the first federal law to require internet companies to address the "
                    "presence of sensitive content.", index, context=True)
    assert c.verdict == "unverifiable" and "first or only" in c.explanation
    assert check_claim("The TAKE IT DOWN Act is a federal law signed in May 2025.", index).verdict == "supported"


@pytest.mark.parametrize("claim, verdict, where", [
    # claims19 (its two false "supported", after its untouched run): the spouse's 2 years and €30,000 (art.
    # 226-4-1 al. 3) said of the online case, which al. 2 punishes with the offence's own penalties
    ("Si l'usurpation est commise sur internet, la peine maximale passe à deux ans d'emprisonnement et 30 000 euros "
     "d'amende.", "contradicted", "mêmes peines"),
    # one amount found in dozens of articles, for "une personne morale" and nothing about the offence
    ("Pour une personne morale, l'acte est passible de 75 000 € d'amende.", "unverifiable", "too little"),
    # an aggravation said without figures, for the case the article punishes with the same penalties
    ("La loi prévoit des peines aggravées lorsque l'usurpation est commise de manière habituelle ou sur un réseau de "
     "communication au public en ligne.", "contradicted", "226-4-1"),
    # the case the law does aggravate, by its own words (al. 3)
    ("La sanction est portée à 30 000 € d'amende et 2 ans d'emprisonnement si l'usurpateur est l'époux, le concubin "
     "ou le partenaire de Pacs de la victime ;", "supported", "226-4-1"),
    # figures inside a quotation are read with the quoted words, not the reporting clause around them (claims8)
    ("En France, « le délit de montage à caractère sexuel d'une personne sans son consentement est puni de deux ans "
     "d'emprisonnement et de 60.000 euros », a rappelé le parquet, confirmant une information du site Politico.",
     "supported", "226-8-1"),
])
def test_claims19_readings(index, claim, verdict, where):
    c = check_claim(claim, index, context=True)
    assert c.verdict == verdict and where in c.explanation + c.correction, (c.verdict, c.explanation)


def test_a_section_of_an_act_crosslex_does_not_know_is_no_wrong_act(index):
    # claims20 (its one wrong "contradicted", after its untouched run): "section 223 of the Communications Act" is
    # 47 U.S.C. 223 itself, not a provision misattributed; a known absent Act still is ("… of the Communications
    # Act 2003" for Ofcom's information powers, which the OSA holds)
    c = check_claim("The TAKE IT DOWN Act amends section 223 of the Communications Act to make it a federal offense "
                    "to publish nonconsensual intimate visual depictions — including AI-generated “digital forgeries” "
                    "— and to threaten their use for coercive purposes.", index, context=True)
    assert c.verdict != "contradicted", c.explanation
    c = check_claim("Sections 100 to 103 of Chapter 4 of the Communications Act 2003 contain the following powers.",
                    index, context=True)
    assert c.verdict == "contradicted" and "Online Safety Act 2023" in c.explanation


@pytest.mark.parametrize("claim, verdict, where", [
    # claims21 (after its untouched run, 0.458): entry into force, counted from the Official Journal issue the
    # registry dates (Art. 113 AI Act, Art. 93(1) DSA: "the twentieth day following that of its publication")
    ("Regulation (EU) 2024/1689 — the EU AI Act — entered into force on 1 August 2024.", "supported", "1 August 2024"),
    ("The EU AI Act is now published in the official journal and will finally come into force in August 2024.",
     "supported", "twentieth day"),
    ("Entré en vigueur le 1er août 2024, l'EU AI Act s'applique progressivement sur trois ans.", "supported",
     "Art. 113"),
    ("Le DSA est entré en vigueur le 16 novembre 2022.", "supported", "27 October 2022"),
    # a day that is neither the day of entry into force nor a day the instrument applies from
    ("The DSA entered into force on 12 March 2023.", "contradicted", "16 November 2022"),
    # claims65 (first run: unverifiable): a month that holds neither that day nor any day the act applies from
    ("The Digital Services Act came into force in August 2023, and is designed to keep people safe online.",
     "contradicted", "16 November 2022"),
    # … but a month holding a day it applies from (17 February 2024) may be what "came into force" means
    ("The DSA came into force in February 2024.", "unverifiable", ""),
    # a part the sentence names applies from its own point's day: fines (Chapter XII, "Penalties") from 2 August 2025,
    # not from the day Chapters I and II apply (a false "supported" found while reading claims49's miss)
    ("The AI Act's fines apply from 2 February 2025.", "unverifiable", ""),
    ("The AI Act's fines apply from 2 August 2025.", "supported", "Art. 113"),
    # "Chapter III Section 4" (notified bodies) names no day for the high-risk rules (Chapter III's title); and a part
    # no point names ("high-risk AI systems") is not dated by a day of another part
    ("The AI Act's rules on high-risk AI systems apply from 2 August 2025.", "unverifiable", ""),
    ("The AI Act's rules on high-risk AI systems apply from 2 February 2025.", "unverifiable", ""),
    # claims77: a month holds the day the part applies from, and a ban said to start then is the prohibitions'
    ("The AI Act bans certain uses of AI from February 2025.", "supported", "Art. 113"),
    ("The AI Act's prohibitions apply from February 2025.", "supported", "Art. 113"),
    ("Le règlement sur l'IA interdit certains usages de l'IA depuis février 2025.", "supported", "Art. 113"),
    ("The AI Act bans emotion recognition at work from August 2026.", "unverifiable", ""),
    ("The AI Act applies from February 2025.", "unverifiable", ""),
    ("The AI Act's obligations for general-purpose AI models apply from 2 August 2025.", "supported", "Art. 113"),
    ("The Digital Services Act (DSA) entered into full application on 17 February 2024.", "supported", "Art. 93"),
    # a day people give for a part of the act or of its addressees is not held to the whole act's day
    ("The DSA entered into force for very large platforms on 25 August 2023.", "unverifiable", ""),
    # "10% or more of the total EU consumers" is a share of people, not the supervisory fee's 0.05 % (Art. 43)
    ("An online platform will qualify as a very large online platform or very large online search engine if the "
     "number of average monthly users is 10% or more of the total EU consumers (for the time being 45 million "
     "people).", "supported", "Art. 33"),
    # the words before a bracketed reference name another article of the same act by its heading
    ("As mentioned, the first DSA obligation VLOPs & VLOSEs will need to comply with is undertaking risk "
     "assessments(Article 35).", "contradicted", "Art. 34 DSA"),
    ("Providers must put in place mitigation measures (Article 35 DSA).", "supported", "Art. 35"),
    # claims22/claims23 (their untouched runs' false "supported"): the Act named with a year it does not bear
    ("The Online Safety Act 2003 inserted section 66A into the Sexual Offences Act 2003.", "contradicted", "s. 187"),
    ("Section 66A(1) of the Sexual Offences Act 2003, as introduced by section 187 of the Online Safety Act 2023, "
     "makes it an offence for a person (A) to intentionally send or give a photograph or film of any person's "
     "genitals to another person (B), if:", "supported", "s. 187"),
    # a cap's figures given to a case another unit of the same article fines differently (Art. 99(3) and (4))
    ("Infractions les plus graves — Jusqu'à 35 millions € ou 7 % du chiffre d'affaires mondial — Utilisation de "
     "systèmes d'IA interdits, non-respect des obligations de systèmes à haut risque", "contradicted", "15000000"),
    ("Les violations peuvent entraîner des amendes allant jusqu'à 35 millions d'euros ou 7% du chiffre d'affaires "
     "mondial.", "supported", "Art. 99"),
    # a company's cap and a manager's prison term are not one provision's penalty: item by item, never contradicted
    ("The Online Safety Act grants Ofcom unprecedented enforcement powers including fines up to £18 million or 10% "
     "of global revenue (potentially £16 billion for Meta), criminal prosecution of senior managers with up to two "
     "years imprisonment, and business disruption orders forcing payment providers and advertisers to cut ties with "
     "non-compliant platforms.", "unverifiable", "senior managers"),
    # when an act was adopted: an EU regulation's own date, which it quotes; a UK Act's year, in its short title
    ("The European Regulation on Artificial Intelligence (the \"AI Act\"), adopted on June 13, 2024, marks a decisive "
     "advancement in the regulatory framework governing AI technologies within the EU.", "supported", "13 June 2024"),
    ("Cette décision historique s'inscrit dans le cadre de l'Online Safety Act, une loi adoptée en 2023 qui impose "
     "des obligations strictes aux plateformes numériques en matière de protection des enfants.", "supported",
     "s. 241"),
    ("The Digital Services Act, adopted in 2020, regulates online platforms.", "contradicted", "19 October 2022"),
    # claims24 (its untouched run's two wrong "contradicted"): 99(5)'s case said in full is not 99(4)'s for one
    # shared word; a French law's article 51 is not the DSA's Art. 51, and the DSA article cited beside it does
    # not support what the sentence says of the absent law
    ("The lowest penalties for AI operators are for providing incorrect, incomplete, or misleading information, up "
     "to €7,500,000 or 1% of total worldwide annual turnover for the preceding financial year, whichever is higher.",
     "supported", "Art. 99"),
    ("L’article 51 de la loi « SREN » du 21 mai 2024 (modifiant la loi « LCEN » du 21 juin 2004) a désigné l’ARCOM "
     "comme le coordinateur pour les services numériques pour la France mais a également prévu que la CNIL et la "
     "DGCCRF soient désignées autorités compétentes au sens de l’article 49 du DSA.", "unverifiable", ""),
    # claims25 (after its untouched run, 0.8): the law quoted with a figure changed is contradicted by its words —
    # a cross-reference ("226-0" for "226-1", the quotation left open as the sentence was cut) or a term
    ("Enfin, l’article 226-2-1 énonce que « lorsque les délits prévus aux articles 226-0 et 226-2 portent sur des "
     "paroles ou des images présentant un caractère sexuel prises dans un lieu public ou privé, les peines sont "
     "portées à deux ans d’emprisonnement et à 60 000 € d’amende.", "contradicted", "226-1"),
    ("L'article 226-2-1 prévoit que « Lorsque les délits prévus aux articles 226-1 et 226-2 portent sur des paroles "
     "ou des images présentant un caractère sexuel prises dans un lieu public ou privé, les peines sont portées à "
     "trois ans d’emprisonnement et à 60 000 € d’amende ».", "contradicted", "deux"),
    # the same quotation word for word is the law's
    ("L'article 226-2-1 prévoit que « Lorsque les délits prévus aux articles 226-1 et 226-2 portent sur des paroles "
     "ou des images présentant un caractère sexuel prises dans un lieu public ou privé, les peines sont portées à "
     "deux ans d’emprisonnement et à 60 000 € d’amende ».", "supported", "226-2-1"),
    # "entered into full application": the day the act applies from (Art. 93(2) DSA)
    ("The Digital Services Act (DSA) entered into full application on 17 February 2024.", "supported", "Art. 93(2)"),
    # claims19: no instrument named, but an article's heading only the AI Act's articles bear names it (Art. 5)
    ("The first provisions — covering prohibited AI practices — became enforceable on 2 February 2025.", "supported",
     "Art. 113(a)"),
    # claims24: "the European legislation" unnamed, but its terms of art ("très grandes plateformes") are the DSA's;
    # a day without a year is the act's day and month
    ("Pour rappel, la législation européenne entrée en vigueur le 16 novembre dernier entend imposer des obligations "
     "renforcées aux “très grandes plateformes et très grands moteurs de recherche”.", "supported", "16 November 2022"),
    ("La législation européenne entrée en vigueur le 12 novembre dernier impose des obligations aux très grandes "
     "plateformes.", "unverifiable", ""),
    # claims27 (untouched run: a false "supported" from s. 94's words): an authority the sentence makes act must
    # do that in the unit — the Secretary of State, not Ofcom, makes the threshold regulations (Sch. 11 para. 1)
    ("Ofcom sets the threshold conditions; services meeting them cannot opt out of categorisation.", "contradicted",
     "Sch. 11, para. 1(1) gives that to the Secretary of State"),
    ("The Secretary of State sets the threshold conditions.", "unverifiable", ""),
    ("Under the OSA, Ofcom (the UK regulator appointed by the OSA) was required to research and advise the UK "
     "Secretary of State on the threshold conditions for each of the Categorised Services within 6 months of the OSA "
     "receiving Royal Assent (i.e. the process by which draft legislation becomes law).", "supported", "Sch. 11"),
    # Ofcom acts through its notice ("they may give a notice …", "a notice requiring the provider …") (claims2)
    ("OFCOM can require services to use specific technology to identify and remove terrorism or CSEA content if "
     "current measures are inadequate.", "supported", "s. 121"),
    # claims27: a day the record announces (the interviews of 20 April 2026) backs the sentence that reports the
    # summons, not one that puts the search (3 February 2026) on that day
    ("Les deux dirigeants sont appelés à se présenter le 20 avril 2026 à Paris pour des auditions libres.",
     "supported", "2026-02-03"),
    ("Le parquet de Paris a perquisitionné les locaux de X le 20 avril 2026.", "unverifiable", "2026-04-20"),
    # claims29 (untouched run: unverifiable): a date given in passing to an earlier event is the one the record's
    # description gives that event ("in the investigation opened in January 2025"), not the search's own day …
    ("French police's cybercrime unit, working alongside Europol, searched X's Paris headquarters as part of an "
     "investigation that began in January 2025.", "supported", "2026-02-03"),
    # … and a date the description does not give stays the action's own, which the record contradicts or not
    ("French police's cybercrime unit searched X's Paris headquarters as part of an investigation that began in "
     "March 2024.", "unverifiable", ""),
    # claims28 (end run: a wrong "contradicted"): "the laws" an Australian article named before; the sentence names
    # none, so the nearest law the corpus holds is a guess — while a sentence naming the Act is checked against it
    ("Under the laws, people found sharing the deepfakes without consent will face a maximum of six years behind "
     "bars.", "unverifiable", "does not name"),
    ("Platforms have 7 days to remove flagged content under the TAKE IT DOWN Act.", "contradicted", "48 hours"),
    # a cap with no law named, which another jurisdiction's law states (the OSA's 10 %), is not contradicted by the
    # nearest (DSA Art. 74's 6 %); named, it is
    ("Platforms can be fined up to 10% of their turnover.", "unverifiable", "names no law"),
    ("Very large online platforms can be fined up to 10% of their global turnover under the DSA.", "contradicted",
     "6 %"),
    # an exception restated ("does not apply where …") is an exception the provision makes ("This obligation shall
    # not apply to AI systems authorised by law …"), not a denial
    ("As a general rule, the transparency obligation does not apply where systems are authorised by law to detect, "
     "prevent, investigate or prosecute criminal offences.", "supported", "Art. 50 AI Act"),
])
def test_claims21_to_25_readings(index, claim, verdict, where):
    c = check_claim(claim, index, context=True)
    assert c.verdict == verdict and where in c.explanation + c.correction, (c.verdict, c.explanation)


def test_publication_dates_are_the_official_journals(index):
    # the registry's `published` is the Formex PUBLICATION.REF date of the act's own file, read from the corpus
    import re
    from pathlib import Path
    from kb.config import Config
    from kb.registry import load_sources
    corpus = Config().require_corpus()
    for src in load_sources():
        if "published" not in src.extra:
            continue
        doc = next(Path(corpus, src.corpus_path).parent.glob("*.doc*.xml"))
        m = re.search(r"<PUBLICATION\.REF[^>]*>.*?<DATE ISO=\"(\d{4})(\d\d)(\d\d)\"", doc.read_text(encoding="utf-8"), re.S)
        assert m and src.extra["published"] == "-".join(m.groups()), src.id
def test_a_date_said_of_something_else_is_not_the_acts_adoption(index):
    c = check_claim("Ofcom's codes, adopted in December 2024 under the Online Safety Act, set out measures.", index)
    assert c.verdict != "contradicted", c.explanation


def test_adoption_dates_are_the_acts_own(index):
    # the registry's `adopted`, `parliament` and `council` are the Formex title's date and the first citation's
    # footnote ("Position of the European Parliament of … and decision of the Council of …"), read from the corpus
    import re
    from pathlib import Path
    from kb.config import Config
    from kb.registry import load_sources
    corpus = Config().require_corpus()
    iso = lambda m: "-".join((m[:4], m[4:6], m[6:]))
    for src in load_sources():
        if "adopted" not in src.extra:
            continue
        act = Path(corpus, src.corpus_path).read_text(encoding="utf-8")
        title = re.search(r"<TITLE>.*?<DATE ISO=\"(\d{8})\"", act, re.S)
        steps = re.search(r"Position of the European Parliament of <DATE ISO=\"(\d{8})\">.*?decision of the Council of\s"
                          r"<DATE ISO=\"(\d{8})\">", act, re.S)
        assert title and steps, src.id
        assert (src.extra["adopted"], src.extra["parliament"], src.extra["council"]) == \
            (iso(title.group(1)), iso(steps.group(1)), iso(steps.group(2))), src.id


def test_a_supported_reference_says_what_it_leaves_unchecked_of_an_absent_law(index):
    # claims26 (its end run counted it a false "supported"): the article is checked, the law it is said to come
    # from is not in the corpus, and the verdict says so
    c = check_claim("L’article 226-4-1 du Code pénal, issu de la loi d’orientation et de programmation pour la "
                    "performance de la sécurité intérieure « Loppsi 2 » du 14 mars 2011, réprime le délit "
                    "d’usurpation d’identité.", index, context=True)
    assert c.verdict == "supported" and any("Loppsi 2" in x and "not checked" in x for x in c.caveats), c.caveats


def test_an_authoritys_reported_position_is_checked_against_its_record(index):
    # claims29: "Selon l'Arcom, …, il faut …" reports the regulator's communiqué (15 January 2026), not an opinion
    from kb.check_text import check_sentence

    c = check_sentence("Selon l’Arcom, ce n’est pas son rôle de faire cesser cette diffusion illicite et il faut pour "
                       "cela solliciter l’association Point de Contact qui a été désigné par le régulateur comme étant "
                       "un signaleur de confiance.", index, context=True)
    assert c.verdict == "supported" and c.evidence[0]["id"] == "action/x-grok-fr-2026-01-15-arcom-communique", c
    # one's own view, however introduced, stays an opinion
    c = check_sentence("Selon moi, il faut interdire ces outils sans attendre.", index, context=True)
    assert c.verdict == "not a claim"


CLAIMS31 = [
    # claims31 (first run: a false "supported"): two years is upskirting's, an offence the corpus does not hold; a
    # penalty's own words ("carries a maximum custodial sentence") say nothing of which offence is meant
    ("It is intended that this offence will carry a custodial sentence similar to the existing sentence for "
     "upskirting which carries a maximum sentence of two years imprisonment.", "unverifiable", ""),
    # "without being treated as the publisher" denies what 230(c)(1) denies; "websites" and "user-generated
    # content" are the glossary's lay words for its interactive computer service and another's information
    ("Section 230 allows websites to host user-generated content without being treated as the publisher of that "
     "content.", "supported", "230"),
]


def test_the_report_an_investigation_followed_is_dated_by_its_records_note(index):
    # claims31: the deputy's report of 12 January 2025 started the July 2025 investigation (its record's date note)
    from kb.check_text import check_sentence

    c = check_sentence("L’enquête trouve son origine dans un signalement adressé au parquet le 12 janvier 2025 par le "
                       "député Eric Bothorel.", index, context=True)
    assert c.verdict == "supported" and c.evidence[0]["id"] == "action/x-fr-2025-07-paris-prosecutor-investigation", c
    assert any("earlier event" in x for x in c.caveats), c.caveats
    # another day is no report the record knows of
    c = check_sentence("L’enquête trouve son origine dans un signalement adressé au parquet le 14 janvier 2025 par le "
                       "député Eric Bothorel.", index, context=True)
    assert c.verdict != "supported", c


def test_an_article_cited_without_its_code_is_the_one_its_figures_come_from(index):
    # claims32: "… (article 226-8)" names no instrument, and art. 226-8 of the Code pénal states the figures: not
    # "another offence"; the same figures under another number still are
    c = check_claim("La diffusion d'un montage réalisé avec les paroles ou l'image d'une personne à son insu est punie "
                    "d'un an d'emprisonnement et de 15 000 euros d'amende (article 226-8).", index, context=True)
    assert c.verdict == "supported" and c.evidence[0]["id"].startswith("fr/code-penal/article/226-8"), c
    # the aggravated variant's condition is shown whole, not cut inside a word
    assert any(x.count("au public en ligne)") for x in c.caveats), c.caveats
    c = check_claim("La diffusion d'un montage réalisé avec les paroles ou l'image d'une personne à son insu est punie "
                    "d'un an d'emprisonnement et de 15 000 euros d'amende (article 226-1).", index, context=True)
    assert c.verdict == "unverifiable", c


def test_an_action_named_with_the_date_of_the_report_it_followed(index):
    # claims32: "cette perquisition" (the search of 3 February 2026) "fait suite à un signalement effectué en janvier
    # 2025": the record's description dates the investigation it belongs to
    from kb.check_text import check_sentence

    c = check_sentence("Cette perquisition fait suite à un signalement effectué en janvier 2025 par le député Eric "
                       "Bothorel.", index, context=True)
    assert c.verdict == "supported" and c.evidence[0]["id"] == "action/x-fr-2026-02-03-search-and-summons", c
    c = check_sentence("Cette perquisition fait suite à un signalement effectué en mars 2024 par le député Eric "
                       "Bothorel.", index, context=True)
    assert c.verdict != "supported", c


CLAIMS33 = [
    # claims33 (first run: a false "supported"): art. 521-1-2 (images of sexual abuse of animals) has the claimed
    # two years and €30,000; art. 226-8-1, on sexual montages, says more of the sentence and states €60,000
    ("La production et la diffusion de vidéos mensongères à orientation sexuelle peuvent mener à une peine "
     "d’emprisonnement de deux années et à une amende de 30 000 euros.", "contradicted", "226-8-1"),
    # ... while a neighbour in the same section stating the figures is still the variant meant (claims3: art. 226-8)
    # Regressed in the forty-second session (c0910cf): after the glossary's new offence names were embedded, arts.
    # 222-33-2-2 and 225-4-13 outweigh art. 226-8 in the figure check's near-tie; now "unverifiable". Kept failing
    # (strict) so that the fix shows.
    pytest.param("Les alinéas 3 et 4 qualifient de circonstance aggravante l'utilisation d'un service de "
                 "communication au public en ligne, qui accentue les effets néfastes d'un tel montage ; les peines "
                 "encourues sont alors portées à deux ans d'emprisonnement et à 45 000 euros d'amende.", "supported",
                 "226-8", marks=pytest.mark.xfail(strict=True, reason="regressed at c0910cf: figure-check near-tie")),
    # the day duties start to bind is the day the Regulation applies from (Art. 93(2) DSA)
    ("Digital Services Act (DSA): from 17 February 2024 the DSA imposes new obligations on intermediary service "
     "providers to create a safer online environment for consumers and businesses.", "supported", "93"),
]


CLAIMS35 = [
    # claims35 (first run: a false "supported"): £18 million is one term of the maximum (Sch. 13 para. 4), no minimum
    ("The regulator holds significant powers, including the ability to seek court orders to block access or impose "
     "financial penalties, potentially up to ten per cent of a company’s global revenue or a minimum fine of £18 "
     "million.", "contradicted", "not a minimum"),
    ("Ofcom can impose fines of at least £18 million.", "contradicted", "maximum"),
    # ... while the same figure as a maximum is the law's
    ("The OSA currently provides Ofcom with the ability to impose a penalty of up to 10% of a provider’s QWR or £18 "
     "million (whichever is greater).", "supported", "Sch. 13"),
    # claims113 (first run): "au moins cinq ans" is art. 450-1's own condition (the délits prepared), not a floor the
    # sentence gives the conspiracy's penalty
    ("Lorsque les infractions préparées sont des délits punis d’au moins cinq ans d’emprisonnement, la participation à "
     "une association de malfaiteurs est punie de cinq ans d’emprisonnement et de 75 000 € d’amende.", "supported",
     "450-1"),
    # claims113 (first run: a wrong "supported"): ten years is one of art. 450-1's cases (al. 3), given as the most
    # it provides; it goes up to fifteen (al. 2) — its cases are alternatives, by the offence prepared
    ("Elle est définie à l’article 450-1 du Code pénal qui prévoit une peine allant jusqu’à dix ans et 150 000 euros "
     "d’amende.", "contradicted", "quinze ans"),
    # ... while a case's term given as that case's is the law's, and so is an aggravated case's ceiling (art.
    # 222-33-2-2 4°: two years; three only when two circumstances meet)
    ("Lorsque les infractions préparées sont des crimes, la participation à une association de malfaiteurs est punie "
     "de dix ans d'emprisonnement et de 150 000 euros d'amende (article 450-1 du Code pénal).", "supported", "450-1"),
    ("L’article 222-33-2-2 4° du Code pénal prévoit une sanction du cyberharcèlement qui peut aller jusqu’à 2 ans de "
     "prison et 30.000€ d’amende", "supported", "222-33-2-2"),
    # ... and an employer is the doer, no field the corpus lacks, when the sentence cites the article for its figures
    ("L’employeur qui refuse d’embaucher, qui sanctionne ou qui licencie de manière discriminatoire encourt à titre de "
     "peine principale trois ans d’emprisonnement et de 45000 euros d’amende (225-2 du Code pénal).", "supported",
     "225-2"),
]


def test_what_a_sentence_says_an_article_does_is_no_subject_it_lacks(index):
    # claims114 (end run: contradicted as "about something else"): "définit et sanctionne … accompagnée" are the
    # sentence's words for what art. 432-10 does, not a subject the article lacks (supported is the label; the
    # sentence says too little of the offence for more than "not contradicted" here)
    c = check_claim("Le Code pénal, en son article 432-10[2] définit et sanctionne ce délit d'une peine de prison "
                    "accompagnée d'une amende.", index)
    assert c.verdict != "contradicted", c


@pytest.mark.parametrize("claim, verdict, where", CLAIMS31 + CLAIMS33 + CLAIMS35)
def test_readings_after_a_sets_first_run(index, claim, verdict, where):
    """What each held-out set's first run showed, as it reads now (the verdict, and where it is found)."""
    c = _assert_verdict(index, claim, verdict)
    assert where in (c.explanation + " ".join(e.get("citation", "") for e in c.evidence)), c


WRONG_FIGURES = [
    # an amount and a percentage are one cap, from one unit: €15M is Art. 99(4)'s, with 3 %, not Art. 99(3)'s 7 %
    ("Les sanctions peuvent atteindre 15M€ ou 7% du CA mondial.", "unverifiable"),
    ("Prohibited AI practices remain the harshest tier at up to €35M or 7% of global annual turnover, while "
     "violations of high-risk system obligations (including most enterprise AI deployments) are capped at €15M or "
     "3%.", "supported"),
    # the quoted words are art. 226-1's; the figures around them are held to its own
    ("La loi punit de quatre ans d’emprisonnement et de 90 000 euros d'amende le fait de porter volontairement "
     "atteinte à la vie privée d'autrui \"en fixant, enregistrant ou transmettant, sans le consentement de celle-ci, "
     "l'image d'une personne se trouvant dans un lieu privé\" ( article 226-1).", "contradicted"),
    # the law's status is right, the period it is said to set is not
    ("US President Donald Trump signed into legislation laws on Monday nicknamed the Take It Down Act, which requires "
     "platforms to take away nonconsensual instances of “intimate visible depiction” inside 97 hours of receiving a "
     "request.", "contradicted"),
    # a period found only by its value must be stated in a unit about the sentence (AI Act Art. 52's six months
    # after a designation is no risk assessment's time limit)
    ("Providers now have six months to complete their illegal content risk assessment.", "unverifiable"),
]


def _perturbed(text: str) -> str:
    """Every figure of a sentence changed: a number doubled (plus one when small), a number word swapped."""
    def other(m):
        n = int(re.sub(r"\D", "", m.group(1)))
        return str(n * 2 + (1 if n < 100 else 0))
    out = re.sub(r"(?<![\w/.,-])(\d{1,3}(?:[ ,.\u202f\u00a0]\d{3})*|\d+)(?![\w/])", other, text)
    for a, b in {"deux": "quatre", "trois": "six", "cinq": "huit", "two": "four", "three": "six", "five": "eight"}.items():
        out = re.sub(rf"\b{a}\b", b, out)
    return out


def test_published_figure_claims_with_their_figures_changed_are_never_supported(index):
    # Precision probe (measured at 0 of 185 after the eighteenth session; 5 before): every supported published
    # sentence with figures, its figures changed, from the tuned sets (not the end-of-session ones).
    end = {"claims18", "claims20", "claims22", "claims24", "claims26", "claims28", "claims30", "claims32", "claims34", "claims36", "claims38", "claims40", "claims42", "claims44", "claims46", "claims48", "claims50", "claims52", "claims54", "claims56", "claims58", "claims60", "claims62", "claims64", "claims66", "claims68", "claims70", "claims73", "claims76", "claims79", "claims81", "claims83", "claims85", "claims87", "claims89", "claims91", "claims93", "claims95", "claims97", "claims98", "claims100", "claims102", "claims104", "claims106", "claims108", "claims110", "claims112", "claims114", "claims116", "claims118", "claims120", "claims122", "claims124", "claims126", "claims128", "claims130", "claims132", "claims134", "claims136", "claims138"}
    # Every other eligible sentence, in a fixed order: the whole probe (299 sentences, 0 supported at the start of
    # the fifty-eighth session) took a tenth of the suite's time; CROSSLEX_PROBE_STRIDE=1 runs it whole.
    stride = int(os.environ.get("CROSSLEX_PROBE_STRIDE", "2"))
    seen = eligible = 0
    for path in sorted(HELDOUT.glob("claims*.yaml")):
        if path.stem in end:
            continue
        for c in yaml.safe_load(path.read_text(encoding="utf-8")):
            if c["verdict"] != "supported" or not claimed(c["claim"]) or re.search(r"\b(?:19|20)\d\d\b", c["claim"]):
                continue
            wrong = _perturbed(c["claim"])
            if wrong == c["claim"]:
                continue
            eligible += 1
            if eligible % stride:
                continue
            seen += 1
            got = check_claim(wrong, index, context=True)
            assert got.verdict != "supported", (path.stem, wrong, got.explanation)
    assert seen >= 60


DENIALS = [
    # a sentence denying what a figure, a record or a status check finds is not supported by it (a probe negating
    # the tuned sets' supported sentences: 127 of 179 were, 28 after, most of those with the negation in a condition)
    ("The regulator cannot impose fines of up to £18 million or 10% of a company's global annual revenue, whichever "
     "is higher.", "unverifiable"),
    ("L'amende de 120 millions EUR n'est pas la première décision de non-conformité émise sur la base du DSA.",
     "unverifiable"),
    ("The bill does not require online platforms to remove nonconsensual intimate imagery (NCII) within 48 hours of "
     "a request.", "unverifiable"),
    # … while a negation in a condition, a concession or a restrictive relative is not the sentence's
    ("If Ofcom finds that X has broken the law, it can make it take steps to come into compliance, and if it does not "
     "it can fine it up to 10% of its qualifying worldwide revenue.", "supported"),
    ("And by August 2026, any company with high-risk AI systems that isn't compliant faces penalties up to €15 "
     "million.", "supported"),
    ("Bien que cette pratique ne soit pas nouvelle, elle est clairement illégale, contravenant à l'article 226-8-1 du "
     "code pénal, qui punit le montage à caractère sexuel sans consentement.", "supported"),
    # a denying clause is restated only by a unit denying what it denies (§ 3(a)(4) denies liability, not duties)
    ("The TAKE IT DOWN Act criminalizes knowingly publishing or threatening to publish such images, and it does not "
     "impose notice-and-removal duties on covered platforms.", "unverifiable"),
    ("The TAKE IT DOWN Act criminalizes knowingly publishing or threatening to publish such images, and it imposes "
     "notice-and-removal duties on covered platforms.", "supported"),
]


SWAPS = [
    # the record matches, the instrument named is not the one the action was taken under (the DSA) …
    ("The European Commission has fined X €120 million for breaching transparency rules under the Online Safety "
     "Act.", "unverifiable"),
    ("The European Commission has fined X €120 million for breaching transparency rules under the Digital Services "
     "Act.", "supported"),
    # … and the OSA's fines are Ofcom's, not the European Commission's (an instrument-swap probe over the tuned
    # sets: 57 of 169 swapped sentences came back supported, 40 after)
    ("The European Commission’s enforcement powers include fines of up to £18 million or 10% of global turnover—"
     "whichever is greater.", "unverifiable"),
    ("Ofcom’s enforcement powers include fines of up to £18 million or 10% of global turnover—whichever is greater.",
     "supported"),
    # one instrument given another's number: Pub. L. 119-12 is the TAKE IT DOWN Act, not the ENFORCE Act (a bill)
    ("The ENFORCE Act (Public Law 119-12, signed in May 2025) is a federal statute that addresses non-consensual "
     "intimate imagery (NCII), including realistic AI-generated images.", "unverifiable"),
    ("The TAKE IT DOWN Act (Public Law 119-12, signed in May 2025) is a federal statute that addresses non-consensual "
     "intimate imagery (NCII), including realistic AI-generated images.", "supported"),
    # (nineteenth session: 32 of 169 swapped sentences supported, 6 of 173 after) an authority named elsewhere than
    # as the subject, and in a condition read clause by clause
    ("The OSA currently provides the European Commission with the ability to impose a penalty of up to 10% of a "
     "provider’s QWR or £18 million (whichever is greater).", "unverifiable"),
    ("If the European Commission finds X in breach of the law, the penalties could be severe: fines of up to £18 "
     "million or 10% of global revenue, whichever is higher.", "unverifiable"),
    ("If Ofcom finds X in breach of the law, the penalties could be severe: fines of up to £18 million or 10% of "
     "global revenue, whichever is higher.", "supported"),
    # one instrument glossed by another's name, in a clause the record supports, or after a comma
    ("The EU regulator imposed a €120 million fine on X — the first of its kind under the Online Safety Act (DSA).",
     "unverifiable"),
    ("On 2 August 2026, Article 50 of Regulation (EU) 2024/1689, the EU DSA, becomes applicable.", "unverifiable"),
    ("On 2 August 2026, Article 50 of Regulation (EU) 2024/1689, the EU AI Act, becomes applicable.", "supported"),
    # a quotation put under another section's number
    ("Section 223(c)(1) states: “No provider or user of an interactive computer service shall be treated as the "
     "publisher or speaker of any information provided by another information content provider.”", "unverifiable"),
    ("Section 230(c)(1) states: “No provider or user of an interactive computer service shall be treated as the "
     "publisher or speaker of any information provided by another information content provider.”", "supported"),
]


DATE_SHIFTS = [
    # a date-shift probe over the tuned sets (a month moved on by three, or a year by one, in supported sentences):
    # 28 of 131 still supported, 18 after. A signing month, a "law since" day, a day far from the signing word
    ("The TAKE IT DOWN Act (Public Law 119-12, signed in August 2025) is a federal statute that addresses "
     "non-consensual intimate imagery (NCII), including realistic AI-generated images.", "contradicted"),
    ("The Take It Down Act has been federal law since August 19, 2025.", "contradicted"),
    ("The Take It Down Act has been federal law since May 19, 2025.", "supported"),
    ("On August 19, 2025, the Tools to Address Known Exploitation by Immobilizing Technological Deepfakes on Websites "
     "and Networks Act, or the Take It Down Act, was officially signed into law.", "contradicted"),
    # a day of publication in the Official Journal beside the right day of entry into force
    ("The DSA was published in the Official Journal of the EU on 27 January 2022 and entered into force on 16 "
     "November 2022.", "contradicted"),
    ("The DSA was published in the Official Journal of the EU on 27 October 2022 and entered into force on 16 "
     "November 2022.", "supported"),
    # a day a power must be exercised by, not the provision's
    ("Member States shall designate the Digital Services Coordinators by 17 May 2024.", "unverifiable"),
    ("Each Member State had to designate and empower a Digital Services Coordinator by 17 February 2024.", "supported"),
]


RENUMBERED = [
    # a renumbering probe (the first article or section number of the tuned sets' supported sentences moved on by
    # one: 28 of 86 still supported, 9 after): a provision cited is not supported by its neighbour's words …
    ("Article 17 of the DSA requires that providers of hosting services (i.e., a service provider which stores "
     "information provided by and at the request of a user) put mechanisms in place to allow any individual or entity "
     "to notify them of the presence of illegal content.", "unverifiable"),
    ("Article 16 of the DSA requires that providers of hosting services (i.e., a service provider which stores "
     "information provided by and at the request of a user) put mechanisms in place to allow any individual or entity "
     "to notify them of the presence of illegal content.", "supported"),
    # … nor by a penalties article's figures that do not name it (Art. 99(3) AI Act names Article 5, not 6) …
    ("The most serious infringements — violations of the prohibited AI practices listed in Article 6 — attract fines "
     "of up to €35 million or 7% of total worldwide annual turnover.", "unverifiable"),
    ("The most serious infringements — violations of the prohibited AI practices listed in Article 5 — attract fines "
     "of up to €35 million or 7% of total worldwide annual turnover.", "supported"),
    # … and the cited article's own figures come first (Art. 101: "3 % … or EUR 15000000, whichever is higher")
    ("Enforced under the separate GPAI regime in Article 101: up to €15M or 3% of worldwide annual turnover, "
     "whichever is higher.", "supported"),
    ("Enforced under the separate GPAI regime in Article 102: up to €15M or 3% of worldwide annual turnover, "
     "whichever is higher.", "unverifiable"),
    # claims92: an article's words attributed to an article about something else ("states that") is a wrong
    # citation whose right one is known (Art. 113, not Art. 109, which amends another regulation)
    ("Article 109 of the EU AI Act states that the regulation shall enter into force on the twentieth day following "
     "that of its publication in the Official Journal of the European Union.", "contradicted"),
    # claims92: no law named, a penalty dozens of articles set, and the nearest article stating it lacks the word
    # that tells the offence apart ("danger"); a rare word the law uses does tell it ("harcèlement")
    ("Le nouveau délit de mise en danger de la vie d'autrui est puni de trois ans d'emprisonnement et de 45 000 euros "
     "d'amende.", "unverifiable"),
    ("Le harcèlement est passible de 1 an de prison et de 15 000€ d'amende.", "supported"),
    # claims92: a duty the law lays on providers, in words near a record's ("statements", "the Commission"), is no
    # report of the record; a day written the European way ("02.08.2027") is a day, and a paragraph the application
    # article dates on its own (Art. 113(c): "Article 6(1) … shall apply from 2 August 2027") is dated by it
    ("Under Article 24(5) of the Digital Services Act (DSA), providers of online platforms must submit to the "
     "Commission “without undue delay [...] the decisions and statements of reasons referred to in Article 17(1) for "
     "the in a publicly accessible machine-readable database managed by the Commission”.", "supported"),
    ("the provisions of Article 6(1) concerning classification rules for high-risk AI systems and the related "
     "obligations will apply 36 months after AI Act´s entry into force (i.e. until 02.08.2027).", "supported"),
    ("Article 6(2) of the AI Act applies from 2 August 2027.", "unverifiable"),
    # claims93, end run: a number glossing a held act's name in brackets is that act's number, given wrongly …
    ("Executive briefing: On July 12, 2024, the European Union published the Artificial Intelligence Act (Regulation "
     "(EU) 2024/1680) in the Official Journal, setting August 1, 2024 as the entry-into-force date.", "contradicted"),
    # … and one period, no law named, is not supported by another legal system's provision that lacks the words
    # telling the subject apart ("CyberTipline": 18 U.S.C. 2258A's), however near its three months come to 90 days
    ("After making a CyberTipline report, providers must preserve the reported content for 90 days before deleting "
     "it.", "unverifiable"),
    # an amount and a share of turnover that provisions of one instrument alone state (Art. 99(4) and Art. 101 AI
    # Act) are that instrument's; before, a clause of this sentence was "contradicted" by a Code pénal fine
    ("Non-respect des obligations — Jusqu'à 15 millions € ou 3 % du CA — Défaut de documentation, absence "
     "d'évaluation de conformité, non-enregistrement", "supported"),
]


@pytest.mark.parametrize("claim, verdict", WRONG_FIGURES + DENIALS + SWAPS + DATE_SHIFTS + RENUMBERED)
def test_precision_probes_readings(index, claim, verdict):
    """Sentences the precision probes turned up: wrong figures beside right words, denials, another instrument's or
    authority's figures, records and numbers — none supported — and the right ones beside them, still supported."""
    assert check_claim(claim, index, context=True).verdict == verdict


def test_a_uk_act_is_dated_by_its_royal_assent(index):
    """The OSA's month of Royal Assent (26 October 2023), not only the year in its short title."""
    c = check_claim("The Online Safety Act received Royal Assent in March 2023.", index)
    assert c.verdict == "contradicted" and "26 October 2023" in c.explanation, c
    c = check_claim("L'Online Safety Act a été promulguée en octobre 2023.", index)
    assert c.verdict == "supported" and "26 October 2023" in c.explanation, c


def test_a_sentence_pointing_back_is_read_with_the_act_named_before(index):
    from kb.check_text import check
    from kb.references import points_back
    assert points_back("It criminalizes knowingly publishing such images.")
    assert not points_back("It responded by the deadline.")
    # claims35: "It criminalizes …" after the sentence naming the TAKE IT DOWN Act
    r = check("The TAKE IT DOWN Act, signed in May 2025 as Public Law 119-12, targets nonconsensual intimate imagery "
              "in two ways. It criminalizes knowingly publishing or threatening to publish such images, and it imposes "
              "notice-and-removal duties on covered platforms.", index)
    assert [c["verdict"] for c in r["claims"]] == ["supported", "supported"], r["claims"]
    # "Cette loi, promulguée en …" after the sentence naming the Online Safety Act: dated by its Royal Assent
    r = check("Les sites pornographiques doivent vérifier l'âge en application de l'Online Safety Act. Cette loi, "
              "promulguée en mars 2023, est britannique.", index)
    assert r["claims"][-1]["verdict"] == "contradicted", r["claims"]


@pytest.mark.parametrize("claim, published, verdict", [
    # "last Monday, April 5": the day in figures says which Monday; a record's clause is not the whole dated sentence
    ("For background, last Monday, April 5, Ofcom hinted it might launch an investigation into X over the images, "
     "adding it had made “urgent contact” with X and xAI.", "2026-01-09", "contradicted"),
    ("For background, last Monday, January 5, Ofcom hinted it might launch an investigation into X over the images, "
     "adding it had made “urgent contact” with X and xAI.", "2026-01-09", "supported"),
    ("Le 3 mai, la procureure de Paris, Laure Beccuau, a précisé dans un communiqué que cette perquisition a été "
     "menée par la section de lutte contre la cybercriminalité.", "2026-02-03", "unverifiable"),
    ("Le 19 août, le président Trump a officiellement signé la loi TAKE IT DOWN.", "2025-08-25", "contradicted"),
])
def test_dated_sentences_after_the_date_shift_probe(index, claim, published, verdict):
    from datetime import date
    assert check_claim(claim, index, published=date.fromisoformat(published), context=True).verdict == verdict


def test_a_figure_supported_sentence_names_the_day_it_does_not_check(index):
    c = check_claim("As of August 19, 2026, the Federal Trade Commission (FTC) has begun enforcing the Act's most "
                    "important provision: Section 3, which requires platforms to remove intimate images within 48 hours "
                    "of a valid request.", index, context=True)
    assert c.verdict == "supported" and any("August 19, 2026" in x and "not checked" in x for x in c.caveats), c


@pytest.mark.parametrize("claim, published, verdict", [
    # claims39 (first run 0.533): "aren't treated" is a negation, as the law's "No provider … shall be treated"
    ("Section 230(c)(1) states that online platforms generally aren't treated as the publisher or speaker of "
     "third-party content.", None, "supported"),
    # a bill's quoted title ("No Section 230 Immunity for AI Act") is no reference to the AI Act's article 230
    ("On June 14, 2023, Senators Richard Blumenthal and Josh Hawley introduced the “No Section 230 Immunity for AI "
     "Act,” bipartisan legislation that would expressly remove most immunity under the CDA.", None, "unverifiable"),
    # a share of turnover one provision alone states (6 %: Art. 74(1) DSA) names it; another law's cap contradicts
    ("According to the regulations, platforms that do not properly handle disinformation, especially AI-based "
     "disinformation or deepfake content, can face fines of up to 6 percent of their global sales.", None, "supported"),
    ("Ofcom can fine platforms up to 6% of global revenue.", None, "contradicted"),
    # the Commission's formal proceedings, reported as "une enquête"
    ("La Commission européenne enquête sur Grok, l’IA d’Elon Musk et sur les systèmes de recommandation du réseau "
     "social X en vertu de la loi sur les services numériques, le DSA (Digital Service Act).", "2026-01-27", "supported"),
    # a second date no record falls on: the sentence is not confirmed whole (date-shift probe)
    ("The social media platform was the first target of the DSA in December 2023, with a probe that escalated to "
     "charges in October for misleading users, lacking transparency, and failing to share some public data.", None,
     "unverifiable"),
    ("The social media platform was the first target of the DSA in December 2023, with a probe that escalated to "
     "charges in July for misleading users, lacking transparency, and failing to share some public data.", None,
     "supported"),
    # an authority's clause is not negated by the next clause's "cannot"
    ("Ofcom sets the threshold conditions; services meeting them cannot opt out of categorisation.", None,
     "contradicted"),
])
def test_claims39_readings_after_its_first_run(index, claim, published, verdict):
    _assert_verdict(index, claim, verdict, published)


@pytest.mark.parametrize("claim, verdict", [
    # claims41 (first run 0.733, 0.80 with its one label corrected): a threshold said with its bound after the number
    ("The Commission defines very large online platforms subject to the DSA as those with 45 million or more monthly "
     "active users.", "supported"),
    ("The Commission defines very large online platforms subject to the DSA as those with 40 million or more monthly "
     "active users.", "contradicted"),
    # days of application in a compliance writer's words, the instrument named by its terms of art; every day the
    # sentence gives must be one the instrument gives
    ("Les échéances clés débutent dès le 2 février 2025, la pleine conformité pour la plupart des systèmes à haut "
     "risque étant requise d'ici le 2 août 2026.", "supported"),
    ("Les échéances clés débutent dès le 2 février 2025, la pleine conformité pour la plupart des systèmes à haut "
     "risque étant requise d'ici le 2 août 2028.", "unverifiable"),
    # a cap ("does not, in any case, exceed 0,05 %") denies nothing: a negated duty is not restated by it
    ("Article 43 of the DSA does not require very large online platforms/search engines to pay the annual "
     "supervisory fee to cover the regulator costs.", "unverifiable"),
    ("Article 43 of the DSA requires very large online platforms/search engines to pay the annual supervisory fee to "
     "cover the regulator costs.", "supported"),
    # a power said free of the condition the law sets (s. 146: Ofcom applies to the court) is not supported by it
    ("Ofcom can block access to a service in the UK without a court order.", "unverifiable"),
    ("Ofcom can apply to the court for an order to block access to a service in the UK.", "supported"),
    # claims20: a day and month of no year, neither the act's entry into force (16 November 2022) nor a day it
    # applies from, said of its entry into force; the right day and a day of application are not contradicted
    ("Le 25 août dernier, le règlement européen sur les services numériques est entré en vigueur.", "contradicted"),
    ("Le 16 novembre dernier, le règlement européen sur les services numériques est entré en vigueur.", "supported"),
    ("Le 17 février dernier, le règlement européen sur les services numériques est entré en vigueur.", "unverifiable"),
    # claims21: an English heading named in French through the glossary ("les pratiques IA interdites": Art. 5 AI
    # Act, "Prohibited AI practices"), "sont effectives" said of the day it applies from
    ("Depuis le 2 février 2025, les pratiques IA interdites sont effectives :", "supported"),
    ("Depuis le 2 août 2026, les pratiques IA interdites sont effectives :", "unverifiable"),
])
def test_claims41_readings_after_its_first_run(index, claim, verdict):
    _assert_verdict(index, claim, verdict)


@pytest.mark.parametrize("claim, verdict", [
    # claims43 (first run 0.769 with 2 false "supported"): an act said to have entered into force on a day its
    # Article 4 applies from; the clause naming what entered into force is read, not the article named after it
    ("The EU Artificial Intelligence AI Act entered into force on 2 February 2025, and with it, Article 4 has "
     "introduced a new regulatory expectation: ensuring AI literacy among those who develop, deploy, or interact "
     "with AI systems in the EU.", "contradicted"),
    ("The EU Artificial Intelligence AI Act entered into force on 1 August 2024, and with it, Article 4 has "
     "introduced a new regulatory expectation.", "supported"),
    ("The DSA entered into force on 17 February 2024.", "contradicted"),
    # a sentence saying what a term is: only a definition of that term restates it; s. 83 OSA uses "qualifying
    # period", which s. 85 leaves OFCOM to define
    ("The qualifying period is the second calendar year before the calendar year in which the charging year "
     "begins.", "unverifiable"),
    ("A search service means an internet service that is, or includes, a search engine.", "supported"),
    # renumbering probe: a day to act by is the cited article's own (Art. 57(1) AI Act, not Art. 58), and that the
    # article cited is about sandboxes does not check the day; a saving clause ("This Article shall not affect
    # other regulatory sandboxes …") denies no duty
    ("According to Article 57 of the AI Act, each Member State must establish at least one AI regulatory sandbox at "
     "the national level by 2 August 2026.", "supported"),
    ("According to Article 58 of the AI Act, each Member State must establish at least one AI regulatory sandbox at "
     "the national level by 2 August 2026.", "unverifiable"),
    # a non-breaking hyphen is the law's hyphen; a denying clause is held to the unit's denial, the rest to the unit
    ("A provider enters a “fee‑paying year” if its qualifying worldwide revenue (QWR) for the qualifying period "
     "meets or exceeds the threshold figure and the provider is not exempt.", "supported"),
    # … and the condition flipped is what s. 83(2)(b) denies, never restated by the unit that says "not exempt"
    ("A provider enters a “fee‑paying year” if its qualifying worldwide revenue (QWR) for the qualifying period "
     "meets or exceeds the threshold figure and the provider is exempt.", "contradicted"),
])
def test_claims43_readings_after_its_first_run(index, claim, verdict):
    _assert_verdict(index, claim, verdict)


@pytest.mark.parametrize("claim, verdict", [
    # claims44 (the session's end set, run once: 0.556, 0 false "supported", 1 wrong "contradicted"): amounts not
    # said to be penalties are not held against the law's caps
    ("According to Ofcom’s Accounts, the cost of its work on Online Safety amounted to £54m in FY 2023/24, with £63m "
     "provided for FY 2024/25.", "unverifiable"),
    ("Ofcom can fine companies up to £18 million or 10% of qualifying worldwide revenue.", "supported"),
    # an article cited without its instrument, which the sentence's terms of art name ("providers and deployers of
    # AI systems"), is dated by its own day, not by any day of the instrument
    ("Article 4 applies to providers and deployers of AI systems and became applicable on 2025-02-02.", "supported"),
    ("Article 4 applies to providers and deployers of AI systems and became applicable on 2 August 2026.",
     "unverifiable"),
])
def test_claims44_readings_after_the_end_run(index, claim, verdict):
    _assert_verdict(index, claim, verdict)


@pytest.mark.parametrize("claim, verdict", [
    # claims45 (first run 0.600, 0 false "supported", 2 wrong "contradicted"): a bracketed aside denying something
    # ("(and does not report to the NCA CSEA content which is not UK-linked)") does not make s. 66 OSA's duty a denial
    ("UK-based providers must report all detected and unreported CSEA content present on their service, while for "
     "non-UK providers, the reporting obligation is limited to UK-linked detected and unreported CSEA content.",
     "supported"),
    ("Since 7 April 2026, regulated user-to-user (‘U2U’) services covered by the UK’s Online Safety Act (‘OSA’) must "
     "implement systems and processes to report, so far as possible, detected child sexual exploitation and abuse "
     "(‘CSEA’) content to the UK’s National Crime Agency (‘NCA’), with commencement for search services expected "
     "later.", "unverifiable"),
    # … while a sentence that makes an exception still denies nothing (s. 55(10) OSA; the negation probe)
    ("In outline, a user-to-user service is an internet service if content that is generated directly on the service "
     "by a user of the service, or uploaded to or shared on the service by a user of the service – may not be "
     "encountered by another user (or other users) of the service.", "unverifiable"),
    # "fully effective since" a month: the day the instrument applies in full from falls in it, or does not
    ("The DSA, which has been fully effective since February 2024, establishes a uniform regulatory framework across "
     "the EU, aiming to provide a safer digital space where users’ fundamental rights are protected.", "supported"),
    ("The DSA, which has been fully effective since February 2023, establishes a uniform regulatory framework across "
     "the EU.", "contradicted"),
    # an article named by its heading through the glossary ("prohibited practices": Art. 5 AI Act), dated by its own
    # day, not by any day of the instrument
    ("Prohibited practices took effect from 2 February 2025.", "supported"),
    ("Prohibited practices took effect from 2 August 2025.", "unverifiable"),
])
def test_claims45_readings_after_its_first_run(index, claim, verdict):
    _assert_verdict(index, claim, verdict)


@pytest.mark.parametrize("claim, verdict", [
    # claims46 (the session's end set, run once: 0.8, 0 false "supported", 0 wrong "contradicted"): an Act creates
    # the offence one of its sections is headed by — not another instrument, not another section than the one cited
    ("The Online Safety Act 2023 creates a new offence of encouraging or assisting serious self-harm.", "supported"),
    ("The Digital Services Act creates a new offence of encouraging or assisting serious self-harm.", "unverifiable"),
    # (unverifiable until the thirty-second session, as the heading is not word for word; the offence is s. 183's,
    # "Offences of sending or showing flashing images electronically", whose heading names each word)
    ("The Online Safety Act 2023 creates a new offence of sending flashing images.", "supported"),
    ("Section 185 of the Online Safety Act 2023 creates a new offence of encouraging or assisting serious self-harm.",
     "contradicted"),
])
def test_claims46_readings_after_the_end_run(index, claim, verdict):
    _assert_verdict(index, claim, verdict)


@pytest.mark.parametrize("claim, verdict", [
    # claims47 (first run 0.5, 0 false "supported", one wrong "contradicted"): a sentence that is only a quotation
    # (here of a 2016 amendment) quotes a text it does not name; the nearest law's figures do not contradict it
    ("« Est puni de 18 mois d’emprisonnement et de 60 000 euros d’amende le fait de transmettre ou de diffuser sans le "
     "consentement exprès de la personne, l’image ou la voix de celle-ci, prise dans un lieu public ou privé, dès lors "
     "qu’elle présente un caractère sexuel ».", "unverifiable"),
    # the alinéa that says it, not the penalty's lead-in that holds every alinéa after it
    ("Aux termes de l’article 226-1 du code pénal, le consentement est présumé si les personnes figurant sur les "
     "photographies ou vidéos ne se sont pas opposées alors qu’elles étaient en mesure de le faire.", "supported"),
    # an aside on who acted, between commas, denies nothing of what was done; "convocations" are the summons
    ("Le parquet, qui a annoncé qu’il ne publiera plus sur la plateforme, a aussi envoyé des convocations à Elon Musk "
     "lui-même ainsi qu’à Linda Yaccarino, « en leur qualité de gérants de fait et de droit de la plateforme X au "
     "moment des faits ».", "supported"),
    # "were given four months": a deadline (Art. 33(6) DSA)
    ("From that point, these designated entities were given four months to comply with the DSA.", "supported"),
    # … and a lone period in the named Act's unit about another duty is not this one (OSA s. 83(5): notifying
    # OFCOM of a fee-paying year; the swap probe)
    ("From that point, these designated entities were given four months to comply with the OSA.", "unverifiable"),
    # a reference in brackets vouches for the clause before it
    ("In order to address possible risks which are specific to GPAI models (such as undesirable results, copyright and "
     "data protection violations during development), providers are subject of documentation and information "
     "obligations (see Art. 53 AIA).", "supported"),
    # what a provision expressly includes is not excluded (18 U.S.C. 1466A(a): "including a drawing, cartoon,
    # sculpture, or painting")
    ("Importantly, Federal prohibitions on these images does not include visual depictions that are drawings, "
     "cartoons, paintings, sculptures, or computer-generated images.", "contradicted"),
    # a duty is denied only by a sentence denying that act: Art. 33(4)'s "shall not prevent the Commission from
    # designating" does not deny that designated platforms must comply
    ("Very large online platforms must comply with the DSA obligations four months after their designation.",
     "supported"),
])
def test_claims47_readings_after_its_first_run(index, claim, verdict):
    _assert_verdict(index, claim, verdict)


def test_the_alinea_restated_is_quoted_not_the_lead_in_holding_it(index):
    c = check_claim("Aux termes de l’article 226-1 du code pénal, le consentement est présumé si les personnes figurant "
                    "sur les photographies ou vidéos ne se sont pas opposées alors qu’elles étaient en mesure de le "
                    "faire.", index, context=True)
    assert [e["id"] for e in c.evidence] == ["fr/code-penal/article/226-1/al/5"], c.evidence


@pytest.mark.parametrize("claim, verdict", [
    # claims48 (the session's end set, run once: 0.636, 0 false "supported", one wrong "contradicted"): the term a
    # court imposed on someone is not the law's penalty
    ("Koch was sentenced to 20 years in prison on federal charges of extortion, exploitation of a minor, and receipt "
     "and distribution of child pornography.", "unverifiable"),
    # "under 18 U.S.C. 2252" cites a title of the U.S. Code; it is not an age
    ("Offenders face up to 20 years in prison under 18 U.S.C. 2252.", "supported"),
])
def test_claims48_readings_after_the_end_run(index, claim, verdict):
    _assert_verdict(index, claim, verdict)


# The twenty-sixth session's readings: claims49 after its first run, periods a recorded decision set, what the
# swap and negation probes found, claims50 after the end run.
@pytest.mark.parametrize("claim, verdict", [
    # claims49 (first run: 0.688, 0 false "supported"): an article named by its heading is the part whose day counts
    # ("the obligations for providers of general-purpose AI models": Art. 53, Chapter V, from 2 August 2025)…
    ("Finally, on 2 August 2025, the obligations for providers of general-purpose AI models will officially take "
     "effect.", "supported"),
    # … so the day the rest of the AI Act applies from does not support it
    ("The obligations for providers of general-purpose AI models under the AI Act apply from 2 August 2026.",
     "unverifiable"),
    ("The AI Act's prohibitions apply from 2 February 2025.", "supported"),
    # claims21 (tuned): the period a recorded decision set, in a sentence about its target that names no authority,
    # is that decision's when the record gives that period for that end ("60 working days to set out measures on the
    # blue checkmark")
    ("X is required to propose specific remedial measures within 60 working days to address the misleading blue "
     "checkmark issue.", "supported"),
    # … not a period for another end, nor another period
    ("X has 60 working days to appeal the decision.", "unverifiable"),
    ("X has 30 working days to set out measures on the blue checkmark.", "unverifiable"),
    # The swap probe (a supported published sentence with its instrument's name swapped for another's) found these
    # "supported" (17 of 196 this session; none introduced by its changes):
    # the inserter named is another Act than the one that inserted s. 66A (claims23, OSA → DSA)
    ("Section 66A(1) of the Sexual Offences Act 2003, as introduced by section 187 of the Digital Services Act 2023, "
     "makes it an offence for a person (A) to intentionally send or give a photograph or film of any person’s "
     "genitals to another person (B).", "contradicted"),
    ("Section 66A(1) of the Sexual Offences Act 2003, as introduced by section 187 of the Online Safety Act 2023, "
     "makes it an offence for a person (A) to intentionally send or give a photograph or film of any person’s "
     "genitals to another person (B).", "supported"),
    # a bill whose record shows no House vote (claims23, TAKE IT DOWN → ENFORCE)
    ("The ENFORCE Act, legislation that criminalizes the publication of nonconsensual sexually explicit deepfake "
     "videos and images, passed the House and is already on its way to President Trump’s desk.", "unverifiable"),
    # a law's chambers voted before it was enacted (claims3, ENFORCE → TAKE IT DOWN)
    ("The TAKE IT DOWN Act updates federal criminal law to better prosecute AI-generated child-sexual-abuse imagery; "
     "it passed the Senate on December 16, 2025 and is now awaiting action in the House.", "contradicted"),
    # figures the named instrument does not set are not supported by another instrument's (claims4, AI Act → DSA)
    ("A middle tier of up to €15 million or 3% applies to violations of other Digital Services Act obligations, "
     "including transparency requirements for generative AI systems (Article 50) and high-risk AI system "
     "requirements.", "contradicted"),
    # a held instrument's name with another's abbreviation in brackets (claims47, Digital Services Act → Online
    # Safety Act): which one the sentence means cannot be told
    ("In December 2025, the European Commission imposed a €120 million fine on X for breaching several of the Online "
     "Safety Act’s (DSA) core obligations.", "unverifiable"),
    ("In December 2025, the European Commission imposed a €120 million fine on X for breaching several of the "
     "Digital Services Act’s (DSA) core obligations.", "supported"),
    # an authority that does not act under the provision stating the figures (claims23, Ofcom → the Commission);
    # "the Commission" is also the FTC in the TAKE IT DOWN Act's words
    ("If X is found to have breached UK law, the Commission has the power to impose a fine of up to 10% of the "
     "company’s global annual revenue or £18 million, whichever is higher.", "unverifiable"),
    ("If X is found to have breached UK law, Ofcom has the power to impose a fine of up to 10% of the company’s "
     "global annual revenue or £18 million, whichever is higher.", "supported"),
    # The negation probe (a supported published sentence with a negation added) found quotations of § 230(c)(1)
    # "supported" with "not" inserted: a quotation the law holds but for a negation says the opposite of it
    ("Section 230(c)(1) states: “No provider or user of an interactive computer service shall not be treated as the "
     "publisher or speaker of any information provided by another information content provider.”", "contradicted"),
    ("Section 230(c)(1) states: “No provider or user of an interactive computer service shall be treated as the "
     "publisher or speaker of any information provided by another information content provider.”", "supported"),
    # the authority a sentence names is not dropped by reading it clause by clause (swap probe, claims6)
    ("If the Commission finds X in breach of the law, the penalties could be severe: fines of up to £18 million or "
     "10% of global revenue, whichever is higher.", "unverifiable"),
    # claims50 (the session's end set, run once: 0.727, one false "supported", one wrong "contradicted"): a summary
    # of what a bill the corpus lacks amends (H.R. 1283) is not what the statute amended says
    ("Amends title 18, United States Code, to prohibit child pornography produced using artificial intelligence by "
     "eliminating certain affirmative defenses and expanding the definition of \"sexually explicit conduct\" to "
     "include actual or simulated obscene exhibitions of specific body parts.", "unverifiable"),
    # an age no law named sets is not contradicted by an age the nearest provision gives for something else …
    ("A person under the age of 16 cannot give consent and offenders under the age of 16 may also be liable.",
     "unverifiable"),
    # … but a definition of the sentence's own word does contradict it
    ("A minor is anyone under 16.", "contradicted"),
    # The twenty-seventh session's: claims51 after its first run, what the session's tuning found, claims52 after
    # the end run.
    # claims51 (first run: 0.938, 0 false "supported"): a term the sentence puts in quotation marks is the law's
    # whether hyphenated or not (“notice-and-removal”: § 3's "Notice and removal")
    ("The Take It Down Act criminalizes the publication of revenge porn and requires social media platforms to "
     "establish “notice-and-removal” processes within one year.", "supported"),
    # … and a term the law does not use stays a reason not to support it
    ("The Take It Down Act requires social media platforms to establish “takedown-and-appeal” processes within one "
     "year.", "unverifiable"),
    # the provisions a recorded proceeding concerns, cited as its own (claims3, tuned): supported by the record …
    ("If proven, these failures would constitute infringements of Articles 34(1) and (2), 35(1) and 42(2) of the DSA.",
     "supported"),
    ("L'enquête porte sur les articles 34 et 35 du DSA.", "supported"),
    ("X was fined for breaching Articles 25, 39 and 40 of the DSA.", "supported"),
    # … not by a record of another kind of action, nor without a record naming them all; and the articles a
    # proceeding concerns are not held to what they are about (Art. 34 was "contradicted", Art. 24 "supported")
    ("X was fined for breaching Articles 34 and 35 of the DSA.", "unverifiable"),
    ("The investigation concerns Articles 16 and 24 of the DSA.", "unverifiable"),
    # one subject, two predicates joined by "and" (claims4, tuned): each judged with the subject; supported only
    # when both are, contradicted when one is
    ("The EU AI Act's prohibitions came into effect on 2 February 2025 and carry fines of 7% worldwide annual "
     "turnover for non-compliance.", "supported"),
    ("The EU AI Act's prohibitions came into effect on 2 February 2025 and carry fines of 9% worldwide annual "
     "turnover for non-compliance.", "contradicted"),
    # claims52 (the session's end set, run once: 0.727, 0 false "supported"): a denial the record makes itself
    # ("He said the move did not mean the Commission had opened a new formal investigation") supports the same
    # denial …
    ("The Commission said the retention order does not represent the opening of a new formal investigation under the "
     "Digital Services Act.", "supported"),
    # … not another one about the same record
    ("The Commission said the retention order does not require X to keep documents about Grok.", "unverifiable"),
])
def test_twenty_sixth_and_seventh_session_readings(index, claim, verdict):
    _assert_verdict(index, claim, verdict)


@pytest.mark.parametrize("claim, published, verdict", [
    # The twenty-eighth session's: claims53 after its first run (0.818, one false "supported").
    # a signing that only sets the scene of another person's act does not support that act …
    ("In an unprecedented move for a first lady, Melania Trump added her signature alongside President Donald Trump "
     "as he signed the Take It Down Act into law during a Rose Garden ceremony on Monday.", "2025-05-20",
     "unverifiable"),
    # … while a sentence whose own clause states the status is still judged on it
    ("The federal TAKE IT DOWN Act became law on May 19, 2025, when President Trump signed it.", None, "supported"),
    ("The federal TAKE IT DOWN Act became law on May 29, 2025, when President Trump signed it.", None, "contradicted"),
    # infringements "notified" to the target in a month are the preliminary findings of that month
    ("La sanction porte spécifiquement sur trois infractions notifiées à X en juillet 2024.", None, "supported"),
    ("La sanction porte spécifiquement sur trois infractions notifiées à X en juillet 2023.", None, "unverifiable"),
    # a power held by a defined term: "the Commission" of the TAKE IT DOWN Act is the FTC (§ 4(1)) …
    ("The FTC enforces the TAKE IT DOWN Act's notice-and-removal requirements.", None, "supported"),
    ("The Federal Trade Commission will enforce the Take It Down Act.", None, "supported"),
    # … which the European Commission is not
    ("The European Commission enforces the TAKE IT DOWN Act.", None, "unverifiable"),
    # what a sentence denies is what its negation governs: s. 188's "B does not consent" (a condition of the
    # offence) and its "does not commit an offence … if—" (an exemption under conditions) do not say "is not a
    # criminal offence" (negation probe on claims53) …
    ("The sharing of or threatening to share a deepfake intimate image without consent or reasonable belief in "
     "consent is not a criminal offence under the Sexual Offences Act 2003.", None, "unverifiable"),
    # … while a denial paraphrased as an immunity still reads as § 230(c)(1)'s
    ("Section 230 provides immunity to interactive computer services by saying they shall not be treated as the "
     "publisher or speaker of third-party content.", None, "supported"),
    # the fine on X's blue checkmark is not a fine on its chatbot
    ("The European Commission fined X's AI chatbot Grok under the Digital Services Act.", None, "unverifiable"),
    # figures the law gives, for the opposite of the case the sentence gives them for (negation probe) …
    ("If X is not found to have violated UK law, Ofcom could impose fines of up to 10% of the company's global "
     "revenue or £18 million-whichever is higher.", None, "unverifiable"),
    ("Lorsque le harcèlement n'est pas commis en ligne, les peines sont doublées : on passe de un an à deux ans "
     "d'emprisonnement et de 15 000€ à 30 000€ d'amende.", None, "unverifiable"),
    # … and for the case itself
    ("If X is found to have violated UK law, Ofcom could impose fines of up to 10% of the company's global revenue or "
     "£18 million-whichever is higher.", None, "supported"),
    # a law's figure, said of a statute signed on a day no law of the corpus was signed (date probe on claims6) …
    ("The statute — signed by President Trump on August 19, 2025, with criminal provisions effective immediately and a "
     "one-year platform-compliance grace period — requires covered online platforms to remove non-consensual intimate "
     "imagery and AI-generated \"digital forgeries\" within 48 hours of a valid takedown notice.", None, "unverifiable"),
    # … and on the day the TAKE IT DOWN Act was
    ("The statute — signed by President Trump on May 19, 2025, with criminal provisions effective immediately and a "
     "one-year platform-compliance grace period — requires covered online platforms to remove non-consensual intimate "
     "imagery and AI-generated \"digital forgeries\" within 48 hours of a valid takedown notice.", None, "supported"),
    # a recital binds no one: Recital 118 AI Act describes the DSA's risk duties, which the AI Act does not lay
    # down (swap probe on claims6); the DSA does
    ("Under the AI Act, very large online platforms (VLOPs) such as X are required to proactively identify, assess, "
     "and mitigate systemic risks stemming from their services.", None, "unverifiable"),
    ("Under the DSA, very large online platforms (VLOPs) such as X are required to proactively identify, assess, "
     "and mitigate systemic risks stemming from their services.", None, "supported"),
])
def test_twenty_eighth_session_readings(index, claim, published, verdict):
    _assert_verdict(index, claim, verdict, published)


@pytest.mark.parametrize("claim, published, verdict", [
    # a day ("vendredi", 2 January) does not identify a record dated only to its month when the sentence names no
    # authority: what xAI said is not the UK government's demand of January 2026 (claims55's first run) …
    ("Par ailleurs, xAI, l’entreprise qui édite Grok, fait savoir vendredi que des failles de sécurité ont conduit à "
     "la génération d’images sexualisées de mineurs sur X en réponse à la demande d’utilisateurs, violant ainsi sa "
     "propre politique d’utilisation qui interdit la sexualisation des enfants.", "2026-01-02", "unverifiable"),
    # … while a month, even without its year, holds a record's day
    ("Une procédure déjà élargie en novembre à des propos antisémites et négationnistes disséminés par Grok.", None,
     "supported"),
    # a lead-in naming no law, and what the sentence says of the law itself (a federal statute, with exceptions), frame
    # the rule the provision states (claims55)
    ("The answer likely depends in part on an existing legal framework: Section 230 of the Communications Act of 1934, "
     "a federal statute that, subject to some exceptions, immunizes interactive computer service providers from being "
     "sued as the publisher or speaker of information provided by another party.", None, "supported"),
    # a search and summons reported in French framing words ("a procédé à", "dans les locaux de", "ainsi que") is the
    # record of 3 February 2026 (claims3) …
    ("La Procureure de Paris a procédé à une perquisition dans les locaux de X à Paris, assistée par la gendarmerie et "
     "Europol, et a convoqué Elon Musk ainsi que Linda Yaccarino.", None, "supported"),
    # … but an arrest, which no record holds, is not reported by it
    ("La Procureure de Paris a procédé à une perquisition dans les locaux de X à Paris, assistée par la gendarmerie et "
     "Europol, et a arrêté Elon Musk ainsi que Linda Yaccarino.", None, "unverifiable"),
    # the day of an act's adoption may open the clause that names it (claims56, after its end run) …
    ("Today, the Online Safety Bill received Royal Assent and became law in the form of the Online Safety Act.",
     "2023-10-26", "supported"),
    # … and a wrong one there is contradicted as one after it is
    ("On 26 October 2022, the Online Safety Bill received Royal Assent.", None, "contradicted"),
])
def test_twenty_ninth_session_readings(index, claim, published, verdict):
    _assert_verdict(index, claim, verdict, published)


@pytest.mark.parametrize("claim, published, verdict", [
    # "regulators" in the plural are the Commission too: its fine of December 2025, described (claims57) …
    ("The penalty, announced in December 2025, focuses on what regulators described as serious transparency failures, "
     "including the platform’s handling of its paid verification system, advertising disclosures, and access to public "
     "data for researchers.", None, "supported"),
    # … which no record dates to March 2025
    ("The penalty, announced in March 2025, focuses on what regulators described as serious transparency failures, "
     "including the platform’s handling of its paid verification system, advertising disclosures, and access to public "
     "data for researchers.", None, "unverifiable"),
    # a person the record names, with the act done to them, identifies it without the authority (claims57) …
    ("Linda Yaccarino, ancienne directrice générale de X, est également convoquée à cette date.", "2026-02-03",
     "supported"),
    # … not with an act no record holds, nor with another authority
    ("Linda Yaccarino, ancienne directrice générale de X, a également été condamnée.", "2026-02-03", "unverifiable"),
    ("Linda Yaccarino, ancienne directrice générale de X, a également été convoquée par Ofcom.", "2026-02-03",
     "unverifiable"),
    # the section cited is about what the sentence says when its opening words are (s. 121 reaches "accredited
    # technology" after 450 characters; claims57) …
    ("Under OSA 2023, s 121, Ofcom is able to require a provider within the scope of the OSA 2023 to use a specific "
     "technology to tackle terrorism and/or CSEA content or develop such technology.", None, "supported"),
    # … and another section number is not supported by s. 123's words
    ("Under OSA 2023, s 64, Ofcom is able to require a provider within the scope of the OSA 2023 to use a specific "
     "technology to tackle terrorism and/or CSEA content or develop such technology.", None, "unverifiable"),
])
def test_thirtieth_session_readings(index, claim, published, verdict):
    _assert_verdict(index, claim, verdict, published)


@pytest.mark.parametrize("claim, verdict", [
    # a sentence naming no law whose prison terms another provision states is not contradicted by the nearest one
    # (the TAKE IT DOWN Act's 2 and 3 years, named sentences before; 18 U.S.C. 2251's 15 to 30 years are nearest)
    ("Those convicted face up to 2 years in prison and up to 3 years in prison if the images/videos involve minors.",
     "unverifiable"),
    # … while one that names its law still is
    ("Under the TAKE IT DOWN Act, those convicted face up to 5 years in prison and up to 7 years if the images "
     "involve minors.", "contradicted"),
])
def test_figures_of_an_unnamed_law_that_another_provision_states(index, claim, verdict):
    _assert_verdict(index, claim, verdict, None)


@pytest.mark.parametrize("sentence, verdict", [
    # "it should be noted that …" introduces a statement, it recommends nothing (claims56, after its end run) …
    ("It should be noted, however, that as a First Lady, Melania’s signature holds no legal weight since she holds no "
     "elected office and has no formal role in the signing of legislation.", "unverifiable"),
    # … while "should" recommending is an opinion, which no provision restates
    ("X should stop the spread of these images, which is disgusting.", "not a claim"),
    ("Platforms should do more to protect children from sexual deepfakes.", "not a claim"),
])
def test_a_statement_introduced_by_should_is_still_a_claim(index, sentence, verdict):
    from kb.actions import load_actions
    from kb.check_text import check_sentence

    actions, _ = load_actions(index.config)
    assert check_sentence(sentence, index, actions, None, context=True).verdict == verdict


@pytest.mark.parametrize("claim, verdict", [
    # claims60, end run (the one false "supported" there): the article cited is right and on the subject, but the
    # sentence reports guidelines published on a day no record or law of the corpus dates
    ("The Commission’s Guidelines on measures to ensure a high level of privacy, safety, and security for minors "
     "online, published in OJ C 2025/5519 on 10 October 2025, provide detailed non-binding guidance for providers of "
     "online platforms accessible to minors under Article 28(1) of the Digital Services Act (DSA).", "unverifiable"),
    # … while the law's own day of publication (the registry's) leaves the reference to support it
    ("The Digital Services Act, published in the Official Journal on 27 October 2022, obliges in its Article 28(1) "
     "providers of online platforms accessible to minors to ensure a high level of privacy, safety and security of "
     "minors.", "supported"),
])
def test_a_right_reference_does_not_support_an_act_reported_on_an_unrecorded_day(index, claim, verdict):
    _assert_verdict(index, claim, verdict, None)


@pytest.mark.parametrize("claim, verdict", [
    # claims61, first run (unverifiable): s. 189 repeals the Communications Act's false-messages provisions and
    # three of the Malicious Communications Act's, "in connection with offences under sections 179 and 181" — the
    # false and the threatening communications offences, which its heading names by section
    ("The OSA 2023 repealed the provisions of the Malicious Communications Act 1988 (the MCA 1988) and Communications "
     "Act 2003 (the CA 2003) dealing with false messages, and the provisions of the MCA 1988 relating to threatening "
     "communications.", "supported"),
    # what s. 189 does not say it repeals, or an Act it does not name
    ("The Online Safety Act 2023 repealed the provisions of the Malicious Communications Act 1988 dealing with grossly "
     "offensive messages.", "unverifiable"),
    ("The Online Safety Act 2023 repealed the provisions of the Computer Misuse Act 1990 on hacking.", "unverifiable"),
])
def test_a_repeal_is_read_from_the_repealing_section(index, claim, verdict):
    assert check_claim(claim, index).verdict == verdict


@pytest.mark.parametrize("claim, verdict", [
    # claims59, first run (unverifiable): the offences are named by what they are against; s. 188's heading names
    # the sharing and the threat, its text the intimate images, and the meaning of "photograph or film" it takes from
    # s. 66A (inserted by s. 187) includes an image "made or altered by computer graphics" — a deepfake
    ("The Online Safety Act 2023 introduced offences designed to stop both the sharing and threatening to share "
     "intimate images including ‘deepfakes’.", "supported"),
    # what no section's heading names: creating deepfakes (s. 188 is about sharing them), hate speech
    ("The Online Safety Act introduced offences designed to stop the creation of deepfakes.", "unverifiable"),
    ("The Online Safety Act 2023 introduced offences designed to stop hate speech and trolling.", "unverifiable"),
])
def test_offences_named_by_what_they_are_against(index, claim, verdict):
    assert check_claim(claim, index).verdict == verdict


def test_quoted_terms_do_not_vouch_for_the_figures_beside_them(index):
    # claims61, the figure probe (a false "supported"): the quoted "very large online platforms" are the DSA's
    # words, but the number of users beside them is checked as any figure is
    said = ("The Digital Services Act (DSA) introduces the concept of \"very large online platforms\" (VLOPs) and "
            "\"very large online search engines\" (VLOSEs), identifying them as digital platforms or search engines "
            "that have more than {} million monthly active users within the European Union.")
    assert check_claim(said.format(45), index, context=True).verdict == "supported"
    assert check_claim(said.format(91), index, context=True).verdict == "contradicted"


@pytest.mark.parametrize("claim, verdict", [
    # claims62, end run (run once at b987757: 0.8, one false "supported", one wrong "contradicted"): the AI Act's
    # 7 % is right, the comparison with a law the corpus does not hold (or with one it holds) is not checked by it
    ("EU AI Act fines can reach 7 % of global annual revenue — more than double the maximum under the GDPR.",
     "unverifiable"),
    ("EU AI Act fines can reach 7 % of global annual revenue — more than double the maximum under the DSA.",
     "unverifiable"),
    # … while a bound is not a comparison
    ("A very large online platform has more than 45 million monthly active users in the EU.", "supported"),
    # "a 4-month deadline" is a deadline (Art. 33(6) DSA: four months after the notification), not a sentence a
    # denial sharing its words contradicts ("The failure … to comply … shall not prevent the Commission …")
    ("Operators of very large platforms and search engines have a 4-month deadline to comply with the obligation.",
     "supported"),
    ("Operators of very large platforms and search engines have a 6-month deadline to comply with the obligation.",
     "unverifiable"),
])
def test_claims62_readings_after_the_end_run(index, claim, verdict):
    assert check_claim(claim, index, context=True).verdict == verdict


@pytest.mark.parametrize("claim, verdict", [
    # Art. 8 DSA opens on "No general obligation to monitor …" and lays it down 190 characters later ("shall be
    # imposed"): it was read as no denial at all, so the duty it denies was "supported" by it (found by hand in the
    # thirty-second session, in no set); it now contradicts that duty and supports its denial
    ("Under the DSA, online platforms must monitor all the information they store for illegal activity.",
     "contradicted"),
    ("Under the DSA, intermediary services do not have to monitor the information they transmit or store.",
     "supported"),
])
def test_a_provision_opening_on_no_denies_what_it_names(index, claim, verdict):
    assert check_claim(claim, index).verdict == verdict


def test_a_state_negated_inside_a_condition_denies_no_duty(index):
    # "When such deployers find that the high-risk AI system … has not been registered …, they shall not use that
    # system" (Art. 26(8) AI Act) contradicted that providers must register (found by hand in the thirty-second
    # session): only a negation denying the doing ("shall not register", "No obligation to …") denies a duty
    assert check_claim("Under the AI Act, providers must register high-risk AI systems in the EU database.",
                       index).verdict != "contradicted"


@pytest.mark.parametrize("claim, verdict", [
    # claims63, first run: a cap stated by the law ("up to 3 % … or EUR 15,000,000"), undated, in an article about
    # X, was held against the Commission's recorded €120 million fine on X and "contradicted"; it is the law's
    ("Providers of general-purpose AI models face fines of up to 3% of total worldwide annual turnover or EUR "
     "15,000,000 (whichever is higher) for intentional or negligent infringements, including failure to supply "
     "information, comply with requested measures, or grant the Commission access to the model.", "supported"),
    ("Providers of general-purpose AI models face fines of up to 6% of total worldwide annual turnover or EUR "
     "15,000,000 (whichever is higher) for intentional or negligent infringements.", "contradicted"),
    ("Pursuant to Article 74 (2) of the DSA, the Commission can impose fines for incorrect, incomplete, or "
     "misleading information in response to an RFI.", "supported"),
    # … while a fine said to be imposed on a day is still the record's
    ("On 5 December 2025 the Commission fined X EUR 150 million under the DSA.", "contradicted"),
])
def test_a_cap_the_law_sets_is_not_a_recorded_fine(index, claim, verdict):
    assert check_claim(claim, index, context=True).verdict == verdict


@pytest.mark.parametrize("claim, verdict", [
    # claims63, first run: offences named as people call them, one after another, each the heading of a section
    # of the Act that creates an offence (ss. 187, 188, 179 OSA)
    ("The measure, which has been dubbed “Zach’s law”, forms part of the new Online Safety Act which also "
     "criminalises cyber-flashing, revenge porn and fake news.", "supported"),
    ("The Online Safety Act criminalises epilepsy trolling.", "supported"),
    # one item no section is headed by leaves the sentence to the other checks
    ("The Online Safety Act criminalises cyber-flashing, revenge porn and tax evasion.", "unverifiable"),
    ("The DSA criminalises fake news.", "unverifiable"),
])
def test_a_list_of_offences_an_act_creates(index, claim, verdict):
    c = check_claim(claim, index)
    assert c.verdict == verdict
    if verdict == "supported":
        assert all(e["citation"].startswith("Online Safety Act 2023, s. 1") for e in c.evidence)


@pytest.mark.parametrize("claim", [
    # found by the swap probe on claims63: the power is Art. 74(2) DSA's, not the AI Act's article the sentence cites
    "Pursuant to Article 74 (2) of the AI Act, the Commission can impose fines for incorrect, incomplete, or "
    "misleading information in response to an RFI.",
    # … and the 48 hours a clause states are the TAKE IT DOWN Act's, not the ENFORCE Act's the sentence names
    "Le ENFORCE Act oblige toute plateforme hébergeant du contenu généré par les utilisateurs (comme X, Instagram, "
    "Reddit, ou OnlyFans) à retirer dans un délai de 48 heures tout contenu signalé comme intime et non consenti.",
    # found by the date probe: the day a law came into force is no section's
    "As of 31st April 2024, The Online Safety Act has brought into force laws criminalising behaviour known as "
    "Cyberflashing.",
])
def test_another_instruments_words_do_not_support_a_sentence(index, claim):
    assert check_claim(claim, index, context=True).verdict == "unverifiable"


@pytest.mark.parametrize("claim, verdict", [
    # claims64, end run (run once at 60dfbc0: 0.8, one false "supported"): what the Court "may" do is the law
    # (Art. 81 DSA, Art. 101(5) AI Act), not an act of the Commission's recorded fine on X …
    ("The Court of Justice of the European Union has unlimited jurisdiction to review Commission fine decisions and may "
     "cancel, reduce, or increase the fine imposed.", "supported"),
])
def test_claims64_readings_after_the_end_run(index, claim, verdict):
    assert check_claim(claim, index, context=True).verdict == verdict
    # the law's words with a denial they do not make are not supported by them
    denied = "The Court of Justice of the European Union may review Commission fine decisions but may not increase the fine."
    assert check_claim(denied, index, context=True).verdict != "supported"


@pytest.mark.parametrize("claim, verdict, where", [
    # claims65's sentence, read from the amending Act's own words (§ 2: "Section 223 of the Communications Act of 1934
    # (47 U.S.C. 223) is amended—")
    ("The TAKE IT DOWN Act amends Section 223 of the Communications Act of 1934 to add new criminal prohibitions and "
     "creates new obligations for online services that the Federal Trade Commission (FTC) will enforce.",
     "supported", "§ 2"),
    # the swap probe's false "supported": 47 U.S.C. 223 is about this, but the ENFORCE Act's bills never name it; the
    # FTC is not the "Commission" of 47 U.S.C. 223(e)(6) (the FCC)
    ("The ENFORCE Act amends Section 223 of the Communications Act of 1934 to add new criminal prohibitions and "
     "creates new obligations for online services that the Federal Trade Commission (FTC) will enforce.",
     "contradicted", "18 U.S.C. § 2252A"),
    ("The ENFORCE Act amends Section 2252A of title 18.", "supported", "§ 2"),
    ("The TAKE IT DOWN Act amends 18 U.S.C. 2252A.", "contradicted", "47 U.S.C. § 223"),
])
def test_an_amendment_is_read_from_the_amending_text(index, claim, verdict, where):
    c = check_claim(claim, index)
    assert c.verdict == verdict, c.explanation
    assert where in c.explanation + " ".join(e["citation"] for e in c.evidence)


def test_the_ftc_holds_only_the_powers_of_an_act_defining_it_as_the_commission(index):
    from kb.said import names_holder
    assert names_holder("The FTC will enforce it.", "the Commission", "us-pl-119-12", index)
    assert not names_holder("The Federal Trade Commission will enforce it.", "The Commission", "us-usc-47-223", index)
    assert names_holder("The Commission can fine X.", "the Commission", "eu-dsa", index)


@pytest.mark.parametrize("claim, verdict, published, says", [
    # claims67, first run (0.5, one false "supported"): the duty is s. 9 OSA's, the day to act by is Ofcom's
    # timetable, in no provision — a sentence whose point is that day is not supported by the duty alone
    ("Providers of services in scope of the UK’s Online Safety Act had until March 16th to carry out an illegal "
     "harms risk assessment – to understand how likely it is that users could encounter illegal content on their "
     "service, or, in the case of ‘user-to-user’ services, how they could be used to commit or facilitate certain "
     "criminal offences.", "unverifiable", "2025-03-17", "March 16th"),
    # the quoted words are art. 227-23-1's, the code named holds the article cited (227-31-1, a complementary
    # penalty): a wrong article, corrected
    ("La loi du 21 avril 2021 a introduit un nouveau délit (article 227-31-1du Code pénal) qui punit de 7 ans de "
     "prison \"le fait pour un majeur de solliciter auprès d'un mineur la diffusion ou la transmission d'images, "
     "vidéos ou représentations à caractère pornographique dudit mineur\".", "contradicted", None, "227-23-1"),
    # why an offence was made ("in order to “better capture online threats to rape, kill …”") is not what it is:
    # s. 181's five years on indictment support the sentence
    ("The government is introducing the offence of sending a genuinely threatening message, which would carry a "
     "sentence of up to five years, in order to “better capture online threats to rape, kill and inflict physical "
     "violence or cause people serious financial harm”.", "supported", None, "s. 181"),
    # how a sentence says what a cited provision is ("establishes", "constitue le fondement légal de", "désormais",
    # "nouvel") is not its subject
    ("Section 179 of the OSA establishes the criminal offence of sending false communications and seeks to target, "
     "among others, internet trolls.", "supported", None, "s. 179"),
    ("L’article 226-4-1 du Code pénal constitue le fondement légal de la répression de l’usurpation d’identité "
     "numérique.", "supported", None, "226-4-1"),
    ("Le harcèlement scolaire constitue désormais une infraction pénale autonome, prévue par le nouvel article "
     "222-33-2-3 du Code pénal.", "supported", None, "222-33-2-3"),
])
def test_claims67_readings_after_its_first_run(index, claim, verdict, published, says):
    c = _assert_verdict(index, claim, verdict, published)
    assert says in c.explanation + " ".join(e["citation"] for e in c.evidence) + (c.correction or ""), c


@pytest.mark.parametrize("claim, verdict", [
    # a variant's figures given as the offence's own, its case unsaid and not framed as the most it can cost: art.
    # 226-4-1 punishes identity theft with one year and €15,000, two years and €30,000 only when a spouse does it
    ("L'usurpation d'identité est punie de deux ans d'emprisonnement et de 30 000 euros d'amende.", "contradicted"),
    ("L'usurpation d'identité peut être punie de deux ans d'emprisonnement et de 30 000 euros d'amende.", "supported"),
    ("Lorsqu'elle est commise par le conjoint, l'usurpation d'identité est punie de deux ans d'emprisonnement et de "
     "30 000 euros d'amende.", "supported"),
])
def test_a_variant_given_as_the_offences_own_penalty(index, claim, verdict):
    c = check_claim(claim, index)
    assert c.verdict == verdict, c
    if verdict == "contradicted":
        assert "un an d'emprisonnement" in c.correction and "conjoint" in c.correction, c.correction


def test_a_persons_age_is_no_prison_term(index):
    # claims68, end run (run once at 922cc4f: 0.6, no false "supported", one wrong "contradicted"): "un mineur (18 ans
    # en France, …)" glosses the word; it was read as a prison term of 18 years against art. 227-24's three
    from kb.stated import claimed
    assert claimed("… s’il peut être vu ou perçu par un mineur (18 ans en France, à moins d’émancipation).") == {}
    assert claimed("puni de cinq ans d'emprisonnement lorsque la victime est un mineur de quinze ans") == {"prison": {5.0}}
    c = check_claim("Le Code Pénal en son article 227-24 interdit la mise en ligne de tout message à caractère violent, "
                    "pornographique ou qui porte gravement atteinte à la dignité humaine s’il peut être vu ou perçu "
                    "par un mineur (18 ans en France, à moins d’émancipation).", index, context=True)
    assert c.verdict == "supported", c


def test_what_a_named_article_says_is_a_claim(index):
    # claims68, end run: a sentence that gives, in quotation marks, what an article of a law says is a claim about
    # that article — unverifiable when the corpus lacks the law — not someone's quoted opinion ("not a claim")
    from kb.check_text import check_sentence
    c = check_sentence("La première disposition-clef est l'article 43-7 de la loi du 30 septembre 1986 relative à la "
                       "liberté de communication, selon lequel \"Les personnes physiques ou morales dont l'activité est "
                       "d'offrir un accès à des services de communication en ligne autres que de correspondance privée "
                       "sont tenues, d'une part, d'informer leurs abonnés de l'existence de moyens techniques permettant "
                       "de restreindre l'accès à certains services ou de les sélectionner, d'autre part, de leur proposer "
                       "au moins un de ces moyens\".", index)
    assert c.verdict == "unverifiable" and not c.evidence, c
    # a quoted opinion naming no provision stays one
    assert check_sentence("« C'est une insulte aux victimes de misogynie et de violences sexuelles », a déclaré un "
                          "porte-parole.", index).verdict == "not a claim"


def test_a_definition_in_a_neighbours_words_is_contradicted(index):
    # claims69, first run: the one false "supported" — "harcèlement moral … conditions de travail" is art. 222-33-2,
    # and the words given are art. 222-33-2-2's; art. 222-33-2-1 is about harassing one's partner
    c = check_claim("L’article 222-33-2-1 du Code pénal définit le harcèlement moral comme le fait de harceler une "
                    "personne par des propos ou comportements répétés ayant pour objet ou pour effet une dégradation de "
                    "ses conditions de travail.", index, context=True)
    assert c.verdict == "contradicted" and "222-33-2-2" in c.correction, c
    assert "conjoint" in c.explanation, c.explanation  # described by its words, not by its heading "Article …"
    # the right article given its own definition stays supported
    assert check_claim("L’article 222-33-2 du Code pénal français définit le harcèlement moral comme le fait de "
                       "harceler autrui par des propos ou comportements répétés ayant pour objet ou pour effet une "
                       "dégradation des conditions de travail.", index, context=True).verdict == "supported"
    # a wrong number's correction is the neighbour about the sentence, not the first provision sharing a word
    c = check_claim("De plus l’article 222-33-2-1 du Code pénal prévoit deux cas spécifiques où l’infraction est "
                    "constituée même sans répétition individuelle des faits", index, context=True)
    assert c.verdict == "contradicted" and "222-33-2-2" in c.correction, c


def test_a_power_given_to_the_regulator_of_the_country_named(index):
    # claims69: "the regulator … in the UK" is Ofcom; "could" asserts a power as "can" does
    c = check_claim("In the most severe scenario, the regulator could seek a court order to block access to X in the "
                    "UK altogether.", index, context=True)
    assert c.verdict == "supported" and c.evidence[0]["id"].startswith("uk/ukpga/2023/50/section/146"), c
    # "U.S. dollars" names a currency: the figures of Ofcom's cap still hold (claims3)
    assert check_claim("The regulator can also impose financial penalties of up to 18 million pounds (24.27 million "
                       "U.S. dollars), or 10 percent of the company's qualifying worldwide revenue.", index,
                       context=True).verdict == "supported"


def test_abbreviated_months_are_dates():
    from datetime import date

    from kb.dates import find
    assert [w.start for w in find("Ofcom said it had contacted X on Jan. 5, asking it", date(2026, 1, 12))] == [date(2026, 1, 5)]
    assert [w.start for w in find("le 5 janv. 2026", None)] == [date(2026, 1, 5)]
    # claims71: an ordinal day ("24th July 2025", "the 5th of January 2026") was read as its month alone
    assert [w.start for w in find("must complete their risk assessments by 24th July 2025", None)] == [date(2025, 7, 24)]
    assert [w.start for w in find("on the 5th of January 2026", None)] == [date(2026, 1, 5)]
    # claims92: the European numeric day, dotted; not a pinpoint ("35.2") nor a slashed day (American month first)
    assert [w.start for w in find("(i.e. until 02.08.2027)", None)] == [date(2027, 8, 2)]
    assert find("Art. 35.2.2024 of nothing", None) == [] and find("on 08/02/2027", None) == []


def test_a_recorded_contact_dated_with_an_abbreviated_month(index):
    # claims69, first run: "Jan. 5" was no date, so the record of Ofcom's 5 January enquiry could not be matched
    from datetime import date
    c = check_claim("Ofcom said it had contacted X on Jan. 5, asking it to explain the steps it has taken to protect "
                    "U.K. users.", index, published=date(2026, 1, 12), context=True)
    assert c.verdict == "supported" and c.evidence[0]["id"] == "action/x-grok-uk-2026-01-05-ofcom-contact", c


def test_how_a_penal_article_is_described_is_not_its_subject(index):
    # claims71, first run: "sanctionne l'auteur" says what any penal article does, not what this one is about
    c = check_claim("Le code pénal réprime le harcèlement numérique à l’article 222-33-2-2 et sanctionne l’auteur du "
                    "harcèlement.", index, context=True)
    assert c.verdict == "supported" and c.evidence[0]["id"] == "fr/code-penal/article/222-33-2-2", c


@pytest.mark.parametrize("claim, published", [
    # probes of this session's sets, each a supported sentence made false by one change (never "supported"):
    # a French verb denied between "ne" and "pas" (claims31)
    ("Ainsi, selon l'article 226-1 du code pénal, qui ne réprime pas le fait, au moyen d'un procédé quelconque, de "
     "porter volontairement atteinte à l'intimité de la vie privée d'autrui.", None),
    # a recorded act denied (claims8): the record reports the proceedings opened that Monday
    ("The European Union EU Commission will not open proceedings against Elon Musk's AI chatbot Grok under the "
     "Digital Services Act on Monday, January 26, 2026.", "2026-01-26"),
    # right sections, another system's authority (claims3)
    ("The Online Safety Act sets out the European Commission's enforcement powers in Chapter Six (Sections 130-151).",
     None),
    # the day of another act: 8 January is the retention order; the formal proceedings are of 26 January (claims)
    ("Le 8 janvier 2026, la Commission européenne a lancé une enquête formelle contre X concernant son IA Grok.", None),
    # "as of" a day that is not Art. 50's (Art. 113 AI Act: 2 August 2026) (claims29)
    ("Pursuant to Article 50 of the AI Act, as of 12 August 2026, providers and deployers of AI systems are subject to "
     "a transparency obligation.", None),
])
def test_a_denial_or_another_authority_is_not_supported(index, claim, published):
    from datetime import date
    c = check_claim(claim, index, published=date.fromisoformat(published) if published else None, context=True)
    assert c.verdict != "supported", c


def test_a_concession_denies_nothing_of_the_article(index):
    # claims2: "Bien que cette pratique ne soit pas nouvelle, …" stays supported now that "ne … pas" is a negation
    c = next(x for x in yaml.safe_load((HELDOUT / "claims2.yaml").read_text(encoding="utf-8"))
             if x["claim"].startswith("Bien que cette pratique ne soit pas nouvelle"))
    assert check_claim(c["claim"], index, context=True).verdict == "supported"


def test_a_held_act_named_with_another_number(index):
    # date probe: "Regulation (EU) 2022/1689 — the EU AI Act —" names the AI Act and numbers it wrongly
    c = check_claim("Regulation (EU) 2022/1689 — the EU AI Act — entered into force on 1 August 2024.", index)
    assert c.verdict == "contradicted" and "2024/1689" in c.correction, c
    assert check_claim("Regulation (EU) 2024/1689 — the EU AI Act — entered into force on 1 August 2024.",
                       index).verdict == "supported"


def test_an_offence_named_by_a_concept_its_cited_article_does_not_hold(index):
    # claims72, first run: cyberharassment put under art. 222-33-2 (harassment at work, "harceler autrui … conditions
    # de travail"); the article beside it holding the glossary's cyberharassment ("harceler une personne") corrects it
    c = check_claim("Le cyber harcèlement est une forme de harcèlement réprimé par l’article 222-33-2 du Code pénal.",
                    index, context=True)
    assert c.verdict == "contradicted" and "222-33-2-2" in c.correction, (c.verdict, c.explanation)
    # an aside's concept ("harcèlement moral", held by art. 222-33-2-3) is not what the cited article is held to
    c = check_claim("En tant que forme de harcèlement moral, le cyberharcèlement est défini par l’article 222-33-2-2 "
                    "du Code pénal.", index, context=True)
    assert c.verdict == "supported", c.explanation


def test_a_section_is_about_its_operative_part_not_its_findings(index):
    # claims72, first run: 47 U.S.C. 230 opens on findings and policy; what it is about is its (c)
    c = check_claim("Section 230 of the Communications Decency Act, known to its fans as \"the 26 words that created the "
                    "internet,\" shields social media and other digital platforms from legal liability for user-generated "
                    "content.", index, context=True)
    assert c.verdict == "supported" and "Treatment of publisher or speaker" in c.evidence[0]["quote"], c.evidence


def test_an_investigation_said_not_to_have_been_initiated(index):
    # negation probe of claims72: "has not initiated a new formal investigation" was supported by the record of it
    c = check_claim("The European Commission has not initiated a new formal investigation into social media platform X, "
                    "formerly known as Twitter, under the Digital Services Act (DSA), citing concerns over the spread of "
                    "sexual deepfakes and other illegal content.", index, context=True)
    assert c.verdict != "supported", c.explanation


def test_what_a_section_leaves_untouched_it_does_not_shield(index):
    # claims74: 47 U.S.C. 230(e)(1), "No effect on criminal law — Nothing in this section shall be construed to
    # impair the enforcement of … chapter … 110 (relating to sexual exploitation of children) of title 18"
    c = check_claim("Section 230 shields platforms from criminal prosecution for child pornography posted by their users.",
                    index, context=True)
    assert c.verdict == "contradicted" and "No effect on criminal law" in c.evidence[0]["quote"], c.explanation
    # not a civil liability, which the clause does not keep whole, nor a sentence that says what the clause says
    for claim in ("The problem is, Section 230 is a liability shield for when someone posts child porn on Facebook.",
                  "Section 230 does not shield platforms from criminal prosecution for child pornography."):
        assert check_claim(claim, index, context=True).verdict != "contradicted", claim


def test_a_year_given_to_act_from_enactment(index):
    # claims75, first run: "within one year of enactment, … covered platforms implement a notice-and-takedown
    # mechanism" stated no figure (years were prison terms or nothing) and the Act's "Not later than 1 year after the
    # date of enactment" was no deadline
    assert claimed("within one year of enactment, covered platforms implement a process") == {"deadline": {8760}}
    got = check_claim("Additionally, the law requires that, within one year of enactment, social media companies and "
                      "other covered platforms implement a notice-and-takedown mechanism that allows victims to report "
                      "NCII.", index)
    assert got.verdict == "supported" and got.evidence[0]["id"] == "us/pl/119/12/sec/3/a/1/A", got.explanation
    wrong = check_claim("Additionally, the law requires that, within three years of enactment, social media companies "
                        "and other covered platforms implement a notice-and-takedown mechanism that allows victims to "
                        "report NCII.", index)
    assert wrong.verdict != "supported", wrong.explanation


def test_the_article_breached_beside_the_article_fining_it(index):
    # claims75 after the fix above: "failure to comply with Article 50 … under Article 99 AI Act" was contradicted
    # ("Art. 50 is about transparency …; the provision about it is Art. 99"): the sentence cites the article
    # breached and the one fining the breach, and the figures are Art. 99's
    got = check_claim("Penalties: failure to comply with Article 50 may be fined up to €15M or 3% of global annual "
                      "turnover (whichever is higher), under Article 99 AI Act.", index)
    assert got.verdict == "supported" and got.evidence[0]["id"].startswith("eu/reg/2024/1689/art/99"), got.explanation


def test_a_relative_clause_denying_the_figure(index):
    # the negation probe after claims75: "une sanction … qui ne peut pas aller jusqu'à 2 ans de prison" was
    # supported — the relative clause was read as restrictive ("platforms that do not comply face fines …")
    denied = check_claim("L’article 222-33-2-2 4° du Code pénal prévoit une sanction du cyberharcèlement qui ne peut "
                         "pas aller jusqu’à 2 ans de prison et 30.000€ d’amende", index)
    assert denied.verdict != "supported", denied.explanation
    assert check_claim("Platforms that do not comply face fines of up to 6% of their global turnover under the DSA.",
                       index).verdict == "supported"


def test_days_of_incapacity_are_no_time_to_act(index):
    # claims77, first run: art. 222-33-2-2's first alinéa restated ("… est puni d'un an d'emprisonnement et de
    # 15 000 € d'amende lorsque ces faits ont causé une incapacité totale de travail inférieure ou égale à huit
    # jours …") was unverifiable: "huit jours" of incapacity was read as a deadline no provision gives
    assert "deadline" not in claimed("… lorsque ces faits ont causé une incapacité totale de travail inférieure ou "
                                     "égale à huit jours")
    got = check_claim("Selon l’article 222-33-2-2 du code pénal, le harcèlement consiste à harceler une personne par "
                      "des propos ou comportements répétés ayant pour objet ou pour effet une dégradation de ses "
                      "conditions de vie se traduisant par une altération de sa santé physique ou mentale est puni d'un "
                      "an d'emprisonnement et de 15 000 € d'amende lorsque ces faits ont causé une incapacité totale de "
                      "travail inférieure ou égale à huit jours ou n'ont entraîné aucune incapacité de travail.", index)
    assert got.verdict == "supported", got.explanation
    assert claimed("Platforms must remove it within 8 days.") == {"deadline": {192}}


def test_a_condition_with_an_aside_is_not_the_sentences_denial(index):
    # claims76, end run: "Si le fournisseur de services, c'est-à-dire Twitter, …, ne procède pas à ce bannissement,
    # il encourt une amende de 75 000 euros" was read as denying its own figure (the "si" clause stopped at the
    # aside's first comma); art. 131-35-1 punishes the provider that does not block the accounts with 75 000 euros
    got = check_claim("Si le fournisseur de services, c’est-à-dire Twitter, Meta ou TikTok particulièrement, ne procède "
                      "pas à ce bannissement, il encourt une amende de 75 000 euros.", index)
    assert got.verdict == "supported" and got.evidence[0]["id"].startswith("fr/code-penal/article/131-35-1"), \
        got.explanation
    assert check_claim("Ofcom cannot impose fines of up to £18 million.", index).verdict != "supported"


def test_a_named_law_said_to_say_quoted_words_is_a_claim(index):
    # claims76, end run: "Cependant, précise le Code pénal, la répétition n'est pas nécessaire « … »" was "not a
    # claim" (mostly quotation, no article number): what a law is said to say is a claim
    from kb.check_text import check_sentence
    got = check_sentence("Cependant, précise le Code pénal, la répétition n’est pas nécessaire « lorsque ces propos ou "
                         "comportements sont imposés à une même victime par plusieurs personnes, de manière concertée » "
                         "ou si elles « savent que ces propos ou comportements caractérisent une répétition », même en "
                         "l’absence de concertation.", index)
    assert got.verdict != "not a claim", got.explanation


def test_a_provision_placed_in_a_division_it_is_not_in(index):
    # claims78, first run: "supported" (Art. 53 exists and is about complaints) although the DSA puts it in Chapter
    # IV Section 1 (Arts 49-55), not Section 2 (Arts 56-60)
    c = _assert_verdict(index, "Article 53 of DSA Chapter IV Section 2 - grants users and representative organizations "
                               "the right to lodge complaints with Digital Services Coordinators alleging DSA violations, "
                               "with coordinated assessment and transmission mechanisms", "contradicted")
    assert "SECTION 1" in c.correction and "Competent authorities" in c.correction
    # the right division is no contradiction; a code's "section 2 du chapitre VI" is no article 2
    _assert_verdict(index, "Article 52 of DSA Chapter IV Section 1 - establishes penalty framework with maximum fines of "
                           "6% of global turnover for DSA violations, 1% for procedural violations, and 5% daily for "
                           "periodic penalties, requiring effectiveness, proportionality and dissuasiveness", "supported")
    c = check_claim("L'article 226-8-1 du code pénal, section 3 du chapitre VI, punit le fait de porter à la "
                    "connaissance du public un montage à caractère sexuel.", index, context=True)
    assert c.verdict == "contradicted" and "Section 2" in c.correction, c
    c = check_claim("L'article 226-8-1 du code pénal, section 2 du chapitre VI, punit le fait de porter à la "
                    "connaissance du public un montage à caractère sexuel.", index, context=True)
    assert c.verdict != "contradicted", c


def test_a_provision_placed_in_a_book_of_the_code(index):
    # claims127, first run: "supported" (art. 122-5 exists and is about self-defence) although the code puts the
    # causes of irresponsibility in its Livre Ier, not the Livre II the sentence names
    c = _assert_verdict(index, "L’article 122-5 du Code Pénal s’inscrit dans le livre II du code, qui traite des crimes "
                               "et délits contre les personnes.", "contradicted")
    assert "Livre Ier" in c.correction, c
    # placed where its headings place it, through several divisions, with nothing else said: supported
    c = _assert_verdict(index, "L'article 226-8-1 figure au chapitre VI du titre II du livre II du code pénal.", "supported")
    assert "Chapitre VI" in c.explanation and "Livre II" in c.explanation, c
    _assert_verdict(index, "L'article 226-8-1 du code pénal se trouve dans le livre III.", "contradicted")


def test_the_general_part_of_the_code_in_explainers(index):
    # claims127, first run: the class of offence recidivism starts from is no penalty, and a recidivism sentence is not
    # held to one offence's (art. 434-26's six months contradicted "la récidive autorise 10 ans")
    c = check_claim("Pour un délit puni de 5 ans, la récidive autorise 10 ans.", index, context=True)
    assert c.verdict != "contradicted", c
    # the Penal Code in a sentence about France, an article of the code's form in a sentence on self-defence
    _assert_verdict(index, "In France, self-defense is primarily governed by the Penal Code, specifically Article 122-5.",
                    "supported")
    c = _assert_verdict(index, "Il est complété par l’article 122-6 qui présume la légitime défense dans certains cas "
                               "spécifiques", "supported")
    assert c.evidence[0]["id"] == "fr/code-penal/article/122-6", c.evidence


def test_recidivism_summaries_after_claims128s_end_run(index):
    # claims128's END run: art. 132-8's summary was contradicted (its life term unread; "si le crime est puni de 15
    # ans" read as a penalty), and "le premier terme … le deuxième terme" drew art. 131-36-1 as the provision about it
    _assert_verdict(index, "Dans le cas où un individu, déjà condamné définitivement pour un crime ou pour un délit puni "
                           "de 10 ans d’emprisonnement, commet de nouveau un crime, le maximum de la peine encourue est "
                           "porté à 30 ans de réclusion criminelle si le crime est puni de 15 ans, ou est fixé à la "
                           "réclusion criminelle à perpétuité si le maximum fixé par la loi pour ce crime est de 20 ou 30 "
                           "ans (article 132-8 du Code pénal).", "supported")
    c = check_claim("Dans un second cas (art.132‑8 du code pénal), le premier terme de la récidive doit être un crime ou "
                    "un délit puni de 10 ans d’emprisonnement et le deuxième terme un crime sans limite de délai.", index,
                    context=True)
    assert c.verdict != "contradicted", c


def test_an_act_no_record_of_that_legal_system_holds_beside_one_it_does(index):
    # claims78, first run: "supported" by Ofcom's recorded contact of 5 January; the investigation of 12 January
    # the sentence reports is no UK record (investigations are recorded only in France)
    c = _assert_verdict(index, "The investigation, launched on Monday 12 January 2026, was prompted by an urgent review "
                               "of evidence, with the regulator having first made contact with X on 5 January.",
                        "unverifiable")
    assert "12 January 2026" in c.explanation


def test_a_section_named_by_the_part_it_is_in(index):
    # claims75: "Section 186 from Part 10, …" names no instrument; the one section 186 the corpus holds in a Part 10
    # is the Online Safety Act's; in a Part 9 there is none
    c = _assert_verdict(index, "Finally, Section 186 from Part 10, outlines the conditions under which corporate "
                               "officers, including directors, managers, and secretaries, can face criminal liability "
                               "if the body corporate commits offenses specified in Part 10 of the Act.", "supported")
    assert "divisions" in c.explanation
    _assert_verdict(index, "Section 186 from Part 9 outlines the conditions under which corporate officers can face "
                           "criminal liability.", "unverifiable")


def test_end_run_readings_of_the_thirty_ninth_session(index):
    # claims79, end run: the AI Act as a whole said to take effect on the day only its Chapters I and II apply from
    # was "supported" (Art. 113(a)); a part said to is still supported, and the Act on its general day
    c = check_claim("The European Union’s Artificial Intelligence Act (AI Act) came into effect on February 2, 2025, "
                    "establishing a comprehensive regulatory framework for the development and use of AI systems "
                    "across the EU.", index, context=True)
    assert c.verdict != "supported", c
    _assert_verdict(index, "On February 2, 2025, the first round of a lengthy series of long-awaited provisions of the "
                           "AI Act came into force.", "supported")
    _assert_verdict(index, "The AI Act will come into effect on 2 August 2026.", "supported")
    # … and a penalty Ofcom imposed one day (£20,000, £100 a day) was "contradicted" by the Act's £18 million cap
    c = check_claim("13 October 2025: Confirmation Decision of 4chan’s non-compliance was issued with a fixed penalty "
                    "of £20,000 and a daily non-compliance fine of £100 per day of up to 60 days.", index, context=True)
    assert c.verdict == "unverifiable", c
    _assert_verdict(index, "Ofcom can impose fines of up to £20 million under the Online Safety Act.", "contradicted")


def test_a_share_of_another_measure_and_a_law_of_another_place(index):
    # claims80, first run: "10% of qualifying worldwide expenditure" was "supported" by Sch. 13's 10 % — of revenue
    c = _assert_verdict(index, "Ofcom, the regulator under the Act, will have the power to impose large fines for the "
                               "most serious infringements (up to £18m or 10% of qualifying worldwide expenditure "
                               "(whichever is greater)) and certain infringements of the Act will amount to a criminal "
                               "offence, with the possibility of directors and senior managers facing personal "
                               "criminal liability.", "contradicted")
    assert "revenue" in c.correction and "expenditure" in c.correction, c.correction
    _assert_verdict(index, "Ofcom can fine companies up to £18 million or 10% of their global revenue.", "supported")
    # the swap probe: the DSA's Art. 28 given to "the EU Online Safety Act" was "supported" by OSA s. 28
    c = _assert_verdict(index, "Article 28 of the EU Online Safety Act is about online platforms accessible to minors.",
                        "unverifiable")
    assert c.kind == "miscalled", c
    _assert_verdict(index, "Article 28 of the EU Digital Services Act is about online platforms accessible to minors.",
                    "supported")


def test_an_act_said_adopted_without_a_day(index):
    # claims81, end run: "The Online Safety Act has received Royal Assent." was unverifiable (no day said)
    c = _assert_verdict(index, "The Online Safety Act has received Royal Assent.", "supported")
    assert "26 October 2023" in c.explanation
    for claim in ("The Online Safety Act has not yet received Royal Assent.",
                  "The Online Safety Act is expected to receive Royal Assent."):
        assert check_claim(claim, index, context=True).verdict != "supported", claim


def test_an_act_called_a_bill_after_its_adoption(index):
    # claims105 (first run: unverifiable): the OSA's offences came into force in January 2024, three months after
    # Royal Assent
    c = _assert_verdict(index, "The new offences will come into play as part of the Online Safety Act, a recently "
                               "introduced bill designed to protect people from illegal or “harmful” online content.",
                        "contradicted")
    assert "26 October 2023" in c.correction and c.evidence[0]["id"] == "uk/ukpga/2023/50/section/241"
    # its old name is no claim that it is a bill, nor is a sentence published before Royal Assent wrong to call it one
    _assert_verdict(index, "Section 183 of The Online Safety Bill 2023 (‘the Act’) creates two new offences committed "
                           "by the sending or showing of flashing images with the intention of causing harm to a person "
                           "with epilepsy.", "supported")
    early = check_claim("The Online Safety Bill is a proposal that would give Ofcom new powers.", index,
                        published=date(2022, 3, 17), context=True)
    assert early.verdict != "contradicted", early


def test_first_runs_of_the_forty_first_session(index):
    # claims82, first run: the duty a sentence describes, pinned to another paragraph of the article, was supported
    # by the article's heading ("Art. 24(4) DSA exists and is about this"); Art. 24(4) is the Digital Services
    # Coordinator informing the Commission, the duty to publish is Art. 24(2)
    c = _assert_verdict(index, "By then, providers of online platforms and inline search engines had to publish "
                               "information on the number of the monthly active recipients (MAR) that engaged with each "
                               "of their services on average during the last six months (Art. 24(4) DSA).", "contradicted")
    assert "Art. 24(2) DSA" in c.correction and c.evidence[0]["id"] == "eu/reg/2022/2065/art/24/par/2"
    assert check_claim("Providers of online platforms must publish information on their average monthly active "
                       "recipients at least once every six months (Art. 24(2) DSA).", index, context=True).verdict != "contradicted"
    # claims81: the employees heard as witnesses in the week of 20-24 April 2026 are in the Paris record
    _assert_verdict(index, "De plus des salariés de X seront interrogés en qualité de témoins à partir du 20 avril "
                           "jusqu’au 24 avril 2026.", "supported", "2026-02-03")
    # Section 230 protects against liability for what another provides, not for a platform's own content
    assert check_claim("Section 230 protects platforms from liability for content they create themselves.", index,
                       context=True).verdict != "supported"
    _assert_verdict(index, "Section 230 protects platforms from liability for content posted by their users.", "supported")
    # claims78: an action extending an earlier one, the earlier one dated in passing ("last year": the retention
    # order of 17 January 2025), is the record of the day; a year no such earlier record bears is not read so
    c = _assert_verdict(index, "The directive expands on a preservation requirement sent to X last year that focused "
                               "on algorithms and the spread of illegal content.", "supported", "2026-01-08")
    assert "retention order, 2026-01-08" in c.explanation
    # claims79: "traiter en priorité" is what Art. 22(1) DSA says of trusted flaggers' notices ("processed and decided
    # upon … with priority"); "notamment" singles nothing out
    _assert_verdict(index, "Le DSA a notamment imposé aux plateformes de traiter en priorité les notifications soumises "
                           "par les signaleurs de confiance.", "supported")
    assert check_claim("Le DSA a notamment imposé aux plateformes de traiter en priorité les notifications soumises par "
                       "les utilisateurs.", index, context=True).verdict != "supported"
    # the words it quotes, in French, of English law: « signaleurs de confiance » is Art. 22's "trusted flaggers",
    # « dans les meilleurs délais » its "without undue delay"; a time limit the law does not give is not its words
    _assert_verdict(index, "Le DSA a notamment imposé aux plateformes de traiter en priorité les notifications soumises "
                           "par les « signaleurs de confiance » et de le faire « dans les meilleurs délais ».", "supported")
    assert check_claim("Le DSA a notamment imposé aux plateformes de traiter en priorité les notifications soumises par "
                       "les « signaleurs de confiance » et de le faire « sous 24 heures ».", index,
                       context=True).verdict != "supported"


def test_end_run_readings_of_the_forty_first_session(index):
    # claims83, end run: an FBI charge (no record holds the acts of US law enforcement) was supported by the words
    # of 18 U.S.C. 2252A it shares
    c = check_claim("This marks one of the first known instances where the FBI has charged someone for using AI to "
                    "create child sexual abuse material.", index, context=True)
    assert c.verdict == "unverifiable", c
    # Musk and Yaccarino "devront se rendre à Paris" on 20 April 2026: the summons of the Paris record; another day is not
    _assert_verdict(index, "Le 20 avril 2026, Elon Musk et Linda Yaccarino, patronne de X à l'époque des faits, "
                           "devront se rendre à Paris.", "supported", "2026-02-03")
    from datetime import date
    assert check_claim("Le 20 mai 2026, Elon Musk et Linda Yaccarino, patronne de X à l'époque des faits, devront se "
                       "rendre à Paris.", index, published=date(2026, 2, 3), context=True).verdict != "supported"


@pytest.mark.parametrize("claim, verdict", [
    # claims84: a sentence about an offence citing "l'article 226-8-1" with no code named cites the Code pénal, the
    # only code of the corpus numbering its articles so
    ("Elle insère, par ailleurs, l'article 226-8-1, qui réprime les délits de montage à caractère sexuel.", "supported"),
    # … read so, it is never contradicted on what the sentence says it is about (another code may be meant)
    ("L'article 226-8 réprime les montages à caractère sexuel.", "unverifiable"),
    # a sentence naming another instrument says the article is that one's (the swap probe on claims71)
    ("Le Online Safety Act réprime le harcèlement numérique à l’article 222-33-2-2 et sanctionne l’auteur du "
     "harcèlement.", "unverifiable"),
    # nor is a number that sentence does not say is about an offence
    ("L'article 311-1 dispose que la filiation se prouve par l'acte de naissance de l'enfant.", "unverifiable"),
])
def test_a_code_article_cited_without_its_code(index, claim, verdict):
    c = check_claim(claim, index, context=True)
    assert c.verdict == verdict, c
    if verdict == "supported":
        assert c.evidence[0]["id"] == "fr/code-penal/article/226-8-1" and "names no code" in c.explanation


def test_first_runs_of_the_forty_third_session(index):
    # claims86: a committee's markup vote is no chamber's passage; the record's House vote (28 April, 409-2) does
    # not contradict it, and the enactment does not support it
    _assert_verdict(index, "WASHINGTON, April 8, 2025 – Despite passing by a 49-1 vote, the TAKE IT DOWN Act ignited "
                           "partisan tensions at Tuesday’s House Energy and Commerce Committee markup, where Democrats "
                           "offered five amendments to the bill.", "unverifiable", "2025-04-08")
    # a share of turnover with no law named and nothing but a cap's words shared with the nearest provision (the
    # GDPR's 4 %, of the Irish regulator) is no contradiction of the AI Act's 7 %; the DSA's own words are (Art. 43)
    _assert_verdict(index, "It has the power to impose fines on X as large as 4 percent of global annual turnover.",
                    "unverifiable")
    c = _assert_verdict(index, "The fee shall not exceed 0.1 percent of the global annual net income of the provider of "
                               "very large online platforms (or very large search engine) in the preceding financial "
                               "year.", "contradicted")
    assert "Art. 43" in c.explanation
    # an Act "passed" in a clause before its name, in the month of its Royal Assent (or not)
    _assert_verdict(index, "Originally passed in October 2023, the Online Safety Act 2023 is designed to make the "
                           "internet safer, especially for children.", "supported")
    _assert_verdict(index, "Originally passed in October 2021, the Online Safety Act 2023 is designed to make the "
                           "internet safer, especially for children.", "contradicted")
    # … but not codes adopted under it
    assert check_claim("Codes adopted in December 2024 under the Online Safety Act require platforms to act.", index,
                       context=True).kind != "status"
    # a definition placed in the section that gives it (read at ingest), or in one that does not
    c = _assert_verdict(index, "The legal definition of child pornography is established in 18 U.S.C. § 2256 and is "
                               "intentionally broad to cover various forms of prohibited material.", "supported")
    assert c.evidence[0]["id"] == "us/usc/t18/s2256/8"
    c = _assert_verdict(index, "The definition of child pornography is in 18 U.S.C. § 2252.", "contradicted")
    assert "18 U.S.C. § 2256(8)" in c.correction
    # … "defines anyone who …", "as defined by federal law" are not a definition placed there
    assert check_claim("18 U.S.C. § 2252(a)(2) defines anyone who knowingly receives or distributes any visual depiction "
                       "of minors using interstate or foreign commerce.", index, context=True).verdict != "contradicted"
    # the ministers' report "aux procureurs" (2 January) and the Commission's proceedings "initiated" on 26 January,
    # undated in an article of that day, whatever the tool "could" do
    _assert_verdict(index, "Des ministres français ont signalé aux procureurs des contenus sexuellement explicites générés "
                           "par Grok, le chatbot d'intelligence artificielle xAI d'Elon Musk, sur la plateforme X.",
                    "supported", "2026-01-02")
    c = _assert_verdict(index, "The European Commission has initiated formal proceedings against Elon Musk's X platform "
                               "under the EU's Digital Services Act (DSA) after discovering that its artificial "
                               "intelligence system Grok could generate sexually explicit deepfake imagery.", "supported",
                        "2026-01-26")
    assert c.evidence[0]["id"] == "action/x-grok-2026-01-26-formal-proceedings"


def test_end_run_readings_of_the_forty_third_session(index):
    # claims87, end run: when duties came into force is a commencement the corpus does not hold; the section that
    # names those duties (s. 51 OSA) supported it by its words
    _assert_verdict(index, "Illegal content duties under the Act came into force in March, and children’s safety "
                           "duties came into force in July.", "unverifiable", "2025-12-05")
    # the ministers' referral to Arcom "signalé … à l'autorité" (2 January); the Commission's proceedings as "une
    # action formelle" (26 January)
    _assert_verdict(index, "Les ministres ont indiqué qu'ils avaient également signalé le contenu à l'autorité française "
                           "de régulation des médias, l'Arcom, afin qu'elle vérifie si le contenu était conforme à la "
                           "loi sur les services numériques de l'Union européenne.", "supported", "2026-01-02")
    _assert_verdict(index, "Face à une série de dérives liées à l’IA Grok, déployée sur la plateforme X (anciennement "
                           "Twitter), l’Union européenne a décidé d’engager une action formelle contre l’outil "
                           "d’intelligence artificielle du milliardaire Elon Musk.", "supported", "2026-01-26")


def test_first_run_readings_of_the_forty_fourth_session(index):
    # claims88: the inserting section a sentence gives for a section of an Act the corpus lacks ("Section 287, to be
    # inserted as Section 66A into the Sexual Offences Act 2003") is not OSA s. 187, which inserted it
    c = _assert_verdict(index, "Since 31 January 2024, under the Act, it has been an offence to send a photograph or film "
                               "of genitals to another person with the intention to cause alarm, distress or humiliation, "
                               "or for the purpose of obtaining sexual gratification (Section 287, to be inserted as "
                               "Section 66A into the Sexual Offences Act 2003).", "contradicted", "2024-03-07")
    assert "s. 187" in c.correction
    # … what the sentence's subject is like ("which is particularly prevalent on dating apps, AirDrop and other
    # platforms") does not choose the law: 47 U.S.C. 223's two years are for obscene calls, the cyberflashing
    # offence's are OSA s. 187's
    c = _assert_verdict(index, "Cyberflashing, which is particularly prevalent on dating apps, AirDrop and other platforms, "
                               "is an either way offence and is punishable by up to two years in jail.", "supported",
                        "2024-03-07")
    assert c.evidence[0]["id"] == "uk/ukpga/2023/50/section/187"
    # a date probe (a sentence of claims88 with its day changed): quoted words of the law do not vouch for the day
    # the sentence gives the act
    quoted = ("This Declaration directly echoes the European Digital Services Act (DSA) - adopted on {} October 2022 - "
              "which states in its recital 71 that \"The protection of minors is an important policy objective of the "
              "Union\" and prohibits online platforms from showing targeted advertisements to minors based on the use "
              "of their personal data.")
    assert "19 October 2022" in _assert_verdict(index, quoted.format(1), "contradicted").correction
    _assert_verdict(index, quoted.format(19), "supported")
    # the DSA's "recipients of the service" are its users
    _assert_verdict(index, "Among other things, the DSA contains provisions relevant to online advertising, including rules "
                           "that ban online platform providers presenting ads to users if the ads are set with reference "
                           "to user profiling using special category data.", "supported")


def test_end_run_readings_of_the_forty_fourth_session(index):
    # claims89, end run: "last November" in an article of 25 April 2023 is November 2022, when the DSA entered into
    # force; "dispose de quatre mois pour" is a time to act; a rule opening on a condition ("Une fois que la Commission
    # a désigné …, le service … dispose de …") reports no act; the Commission's designations of 25 April 2023 "dans un
    # communiqué" are its recorded designation, announced
    _assert_verdict(index, "The Digital Services Act, which came into force last November, provides for four categories "
                           "of digital services to be subject to cumulative obligations.", "supported", "2023-04-25")
    _assert_verdict(index, "Une fois que la Commission a désigné une plateforme en tant que VLOP ou un moteur de recherche "
                           "comme vlose, le service en ligne désigné dispose de quatre mois pour se conformer à la DSA.",
                    "supported")
    _assert_verdict(index, "Dans un communiqué du 25 avril 2023, la Commission européenne notifie la désignation de très "
                           "grandes plateformes et moteurs de recherche en ligne.", "supported", "2023-05-19")
    _assert_verdict(index, "Dans un communiqué du 25 mars 2023, la Commission européenne notifie la désignation de très "
                           "grandes plateformes et moteurs de recherche en ligne.", "unverifiable", "2023-05-19")
    # how often is a figure too: the DSA's user numbers are published at least once every six months (Art. 24(2)),
    # and Art. 33's words do not restate "once a year"
    _assert_verdict(index, "Under the DSA, platforms must publish their user numbers at least once every six months.",
                    "supported")
    _assert_verdict(index, "Under the DSA, platforms must publish their user numbers at least once a year.", "unverifiable")


@pytest.mark.parametrize("claim, verdict", [
    # A population swap (a probe written at the end of the forty-third session: "minor(s)"/"children" replaced by
    # "adult(s)" in supported tuned sentences left 22 of 27 supported): what was found is the law's, for minors
    ("18 U.S.C. § 2256 defines child pornography as any visual depiction of an adult engaging in sexually explicit "
     "conduct.", "unverifiable"),
    ("18 U.S.C. § 2256 defines child pornography as any visual depiction of a minor engaging in sexually explicit "
     "conduct.", "supported"),
    # the TAKE IT DOWN Act's offences against adults say "not a minor": a sentence about adults is read as before
    ("The TAKE IT DOWN Act makes it a federal crime to knowingly publish intimate images of adults without their "
     "consent.", "supported"),
])
def test_a_sentence_about_adults_is_not_supported_by_the_law_for_minors(index, claim, verdict):
    c = check_claim(claim, index, context=True)
    assert c.verdict == verdict, c


@pytest.mark.parametrize("claim, verdict, where", [
    # claims90: the clause after the reference names another article by its whole heading (Art. 101, "Fines for
    # providers of general-purpose AI models"); the cited one (Art. 100) fines Union institutions
    ("Article 100 of Regulation (EU) 2024/1689 establishes the penalty regime specifically applicable to providers of "
     "general-purpose AI models (GPAI models), including those with systemic risk.", "contradicted", "Art. 101"),
    # … but a clause saying what the article provides names its subjects ("le comité européen des services
    # numériques" is Art. 61's heading; Art. 35(2) has the Board publish its reports)
    ("L’article 35.2 du règlement pour les services numériques (digital services act, DSA) prévoit que le comité "
     "européen des services numériques (ci-après le comité) composé des différents coordinateurs nationaux pour les "
     "services numériques (comme l’ARCOM pour la France) publie des « rapports exhaustifs » une fois par an, en "
     "coopération avec la Commission européenne.", "supported", "35"),
    # claims90: "applicables" (plural) says when the DSA applies (Art. 93(2))
    ("Le Règlement européen sur les services numériques dit « Digital Services Act » (DSA) dont les dispositions sont "
     "pleinement applicables depuis le 17 février 2024, introduit un cadre ambitieux visant à réguler les services "
     "numériques et à renforcer la lutte contre les contenus illicites en ligne.", "supported", "17 February 2024"),
    # "the main penalties" of no offence named: no article's figures can contradict them
    ("Les peines principales encourues sont d’un an d’emprisonnement et de 15.000 euros d’amende.", "unverifiable", ""),
    # "exempt from transparency obligations when …": the list after says what they do, not kinds the law leaves out
    ("Law enforcement agencies are exempt from transparency obligations when using AI systems for detecting, "
     "preventing, or investigating crimes.", "unverifiable", ""),
])
def test_readings_of_the_forty_fifth_session(index, claim, verdict, where):
    c = _assert_verdict(index, claim, verdict)
    assert where in c.explanation + " ".join(e["citation"] for e in c.evidence), c


def test_end_run_reading_of_the_forty_fifth_session(index):
    # claims91: an amount with no law named, which another instrument states (Art. 100(3) AI Act: EUR 750000 for Union
    # institutions), is not contradicted by the nearest provision's cap (Art. 74(2) DSA: 1 %)
    c = _assert_verdict(index, "Fines of up to €750,000 may be levied for providing such misleading information, "
                               "irrespective of the overall turnover threshold.", "unverifiable")
    assert "Art. 100 AI Act" in c.explanation, c


def test_a_term_of_art_the_restated_unit_does_not_name(index):
    # claims64 (supported by s. 14(5)(c) OSA on this session's index): a sentence about what "Category 1" applies to
    # is not restated by a unit that shares its other words but never names Category 1 …
    _assert_verdict(index, "Category 1 applies to user-to-user services exceeding certain user numbers and using "
                           "content recommender systems or offering content sharing functionalities.", "unverifiable")
    # … while a definition in the law's words is still restated by the unit defining the term
    _assert_verdict(index, "A search service means an internet service that is, or includes, a search engine.",
                    "supported")


@pytest.mark.parametrize("claim, verdict, where", [
    # claims94, first run: one article said to take effect on a day another part of the act applies from (Art. 113(b),
    # 2 August 2025); Art. 50 applies from the general day …
    ("AI Act Article 50 transparency obligations entered into force on 2 August 2025, earlier than most of the Act's "
     "other deployer requirements.", "contradicted", "2 August 2026"),
    # … Art. 4 from 2 February 2025 (Chapter I), and the day the article applies from is still supported
    ("Article 4 of the AI Act became applicable on 2 August 2025.", "contradicted", "2 February 2025"),
    ("Article 50 of the AI Act applies from 2 August 2026.", "supported", "2 August 2026"),
    # a sentence in Art. 28(3)'s words cited as Art. 28(4) (the Commission's guidelines)
    ("However, the DSA “does not oblige providers of online platforms to process additional personal data in order to "
     "assess whether the recipient of the service is a minor” in compliance with the GDPR’s principle of minimization "
     "(Art. 28(4), DSA).", "contradicted", "Art. 28(3)"),
    # one penalty with no law named for several offences, one of which another article punishes otherwise (the viol,
    # art. 222-23) …
    ("Si ces hommes ou certains d’entre eux sont reconnus coupables de détention et diffusion d’images à caractère "
     "pédopornographique, agression sexuelle et viol sur mineur de 15 ans, ils encourent une peine de cinq ans "
     "d’emprisonnement et de 75 000 € d’amende.", "unverifiable", "222-23"),
    # claims93: what the law a bill would amend already requires is said of that law …
    ("The bill would amend a federal law (18 USC § 2258A) requiring interactive service providers [1] to report child "
     "sexual abuse material (also referred to as CSAM) to the National Center for Missing and Exploited Children’s "
     "CyberTipline once a provider knows about the material.", "supported", "2258A"),
    # … not what a bill summary says it would change
    ("Amends title 18, United States Code, to prohibit child pornography produced using artificial intelligence.",
     "unverifiable", ""),
    # claims11: a share of turnover in French ("chiffre d'affaires annuel") finds the DSA's cap as the English does
    ("Les plateformes peuvent se voir infliger des amendes allant jusqu'à 6% de leur chiffre d'affaires annuel.",
     "supported", "Art. 74 DSA"),
    # claims75: a law the corpus lacks, named alone, gives its own figures: no held provision's cap contradicts them
    ("Le règlement sur les marchés numériques prévoit quant à lui une amende pouvant atteindre 10 % du chiffre "
     "d'affaires, portée à 20 % en cas de manquements répétés.", "unverifiable", ""),
    # claims95, end run: a period given for a case another unit of the provision gives another period (Art. 73(4) AI
    # Act: ten days for a death) — with no law named, not supported …
    ("When a high-risk AI system causes or contributes to a serious incident — defined as an unintended malfunction "
     "linked to death, serious health harm, fundamental rights violations, or major infrastructure disruption — the "
     "provider must report to national market surveillance authorities within 2 working days (death or health/safety "
     "risk) or 15 calendar days (other serious harm).", "unverifiable", "Art. 73(4)"),
    # … with the law named, contradicted
    ("Under Article 73 of the AI Act, providers must report a serious incident within 2 days (death of a person).",
     "contradicted", "10 days"),
    # the article cited as the subject that lays down what another article does (Art. 50, not Art. 52)
    ("Article 52 of Regulation (EU) 2024/1689 establishes the 'limited risk' transparency requirements: AI systems that "
     "interact with humans must disclose that fact; AI-generated content (deepfakes, synthetic audio, synthetic video) "
     "must be labeled; AI systems that infer emotions or perform biometric categorization must notify the individuals "
     "involved.", "contradicted", "Art. 50"),
])
def test_readings_of_the_forty_seventh_session(index, claim, verdict, where):
    c = _assert_verdict(index, claim, verdict)
    assert where in c.explanation + " " + c.correction, c


@pytest.mark.parametrize("claim, verdict, where", [
    # claims96, first run: a share of annual turnover is a fine's cap (6 %), not the periodic penalty's 5 % of daily
    # turnover (Art. 52(4) DSA) …
    ("DSA fines can reach 5% global of annual turnover.", "contradicted", "6 %"),
    # … which a sentence reckoning by the day still finds
    ("The Commission can impose periodic penalty payments of up to 5% of average daily worldwide turnover under the "
     "DSA.", "supported", "Art. 76"),
    # the offence the reference is placed after is what the article holds; suing on that basis is no word of it
    ("Si vous êtes une personnalité publique comme Brad Pitt, vous pouvez intenter une action en justice sur la base de "
     "l’infraction de montage, prévue à l’article 226-8 du Code pénal.", "supported", "226-8"),
    # "fines for infringements, as outlined in Art. 99(3)": the fines placed in the article, not an infringement of it
    ("The AI Act establishes graduated fines for infringements, as outlined in Art. 99(3) to (5) AI Act.",
     "supported", "Art. 99"),
    ("The AI Act establishes graduated fines for infringements, as outlined in Art. 50 AI Act.", "contradicted",
     "Art. 50"),
])
def test_readings_of_the_forty_eighth_session(index, claim, verdict, where):
    c = _assert_verdict(index, claim, verdict)
    assert where in c.explanation + " " + c.correction, c


@pytest.mark.parametrize("claim, verdict, where", [
    # claims99: the obligations placed under the section ("imposed … under 18 U.S.C. § 2258A") are what it is
    # about; "equally if not more important" hedges a comparison, it denies nothing
    ("Less well known, but equally if not more important, are the reporting obligations imposed on certain website "
     "operators under 18 U.S.C. § 2258A.", "supported", "2258A"),
])
def test_readings_of_the_forty_ninth_session(index, claim, verdict, where):
    c = _assert_verdict(index, claim, verdict)
    assert where in c.explanation + " " + c.correction, c


def test_a_connective_is_no_subject_word_of_a_restatement(index):
    # claims98, end run: "however" counted among the words 47 U.S.C. 223 shares with a sentence on federal
    # jurisdiction over sex offences, lifting it to a restatement
    _assert_verdict(index, "Federal law, however, outlaws sex offenses when they occur on federal lands or in federal "
                           "prisons, when they involve interstate or foreign travel, or when they involve child "
                           "pornography whose production or distribution is associated in some way with interstate "
                           "or foreign commerce.", "unverifiable")



def test_minimum_terms_against_another_conducts_maximums(index):
    # claims100, end run: a survey of judges on the minimums for receiving child pornography ("5 years; 15 years for
    # repeat offenders", no law named) was contradicted with 47 U.S.C. 223's maximum terms for obscene or harassing
    # communications — first by the bracket's second half read as a clause of its own, then by the whole sentence
    _assert_verdict(index, "Two-thirds of the federal trial judges responding to a U.S. Sentencing Commission survey "
                           "questioned the severity of the mandatory minimum penalties required for receipt of child "
                           "pornography (5 years; 15 years for repeat offenders).", "unverifiable")
    # a maximum the sentence gives is still compared: the TAKE IT DOWN Act's terms are not seven years
    _assert_verdict(index, "It also criminalizes distribution of such sensitive material with penalties of up to seven "
                           "years in prison and allows the Federal Trade Commission (FTC) to enforce compliance.",
                    "contradicted")


def test_a_clause_break_inside_brackets_cuts_nothing():
    from kb.parts import outside_brackets
    assert outside_brackets("penalties (5 years; 15 years for repeat offenders) apply; fines too") == [
        "penalties (5 years; 15 years for repeat offenders) apply", "fines too"]


@pytest.mark.parametrize("claim, verdict, where", [
    # claims115 (first run: supported by art. 222-14, the habitual violence on a child whose fourth case has these
    # figures): the sentence copies art. 222-11's words, whose three years correct it
    ("Les violences ayant entraîné une incapacité totale de travail pendant plus de huit jours sont punies de cinq ans "
     "d’emprisonnement et de 75 000 euros d’amende", "contradicted", "222-11"),
    # an offence's aggravated forms are the articles that punish it by reference (art. 222-8 for 222-7)
    ("Acts of violence causing an unintended death (Article 222-7 of the Penal Code -Les violences ayant entraîné la "
     "mort sans intention de la donner)[14][15][16][17] are punished by 15 years' imprisonment, or 20 years if "
     "aggravating circumstances exist[18] (which are the same as those that would make a murderer eligible for life "
     "in prison).[19][20][21]", "supported", "222-8"),
    ("Les violences ayant entraîné la mort sans intention de la donner sont punies de vingt ans de réclusion "
     "criminelle", "contradicted", "222-7"),
    # the article a sentence cites in the law's own words ("prévues à l'article 121-3") is the provision's reference,
    # not the provision the sentence is about
    ("Le fait de causer, dans les conditions et selon les distinctions prévues à l'article 121-3, par maladresse, "
     "imprudence, inattention, négligence ou manquement à une obligation de sécurité ou de prudence imposée par la loi "
     "ou le règlement, la mort d'autrui constitue un homicide involontaire puni de trois ans d'emprisonnement et de "
     "45000 euros d'amende.", "supported", "221-6"),
    ("When the clumsiness, rashness, inattention, negligence or breach of an obligation of safety or prudence provided "
     "for by article 221-6 is committed by the driver a motor vehicle, manslaughter is punished by five years' "
     "imprisonment and by a fine of €75,000.", "supported", "221-6-1"),
    # … while an article cited for figures it does not hold stays unsupported
    ("Selon l'article 121-3, le meurtre est puni de trente ans de réclusion criminelle.", "unverifiable", "221-1"),
    # "n'ont pas entraîné d'ITT supérieure à huit jours" is the law's "inférieure ou égale à huit jours"
    ("Le Code pénal, en son article 222-13 6°, prévoit que les violences volontaires commises par « le conjoint ou le "
     "concubin de la victime ou le partenaire lié à la victime par un pacte civil de solidarité […] sont punies de "
     "trois ans d’emprisonnement et de 45 000 € d’amende lorsqu’elles n’ont pas entraîné d’interruption temporaire de "
     "travail (ITT) supérieure à huit jours ».", "supported", "222-13"),
    # … a copy of its words, not of a penalty many articles share: "en cas de violation manifestement délibérée …" is
    # art. 221-6 al. 2 (the longer run "imposée par la loi ou le règlement, les peines encourues sont portées à cinq
    # ans …" says only a penalty); and claims3's "les peines encourues sont alors portées à deux ans …" copies no
    # offence's words
    ("En cas de violation manifestement délibérée d'une obligation particulière de sécurité ou de prudence imposée "
     "par la loi ou le règlement, les peines encourues sont portées à cinq ans d'emprisonnement et à 75000 euros "
     "d'amende.", "supported", "221-6"),
    ("Les alinéas 3 et 4 qualifient de circonstance aggravante l'utilisation d'un service de communication au public "
     "en ligne, qui accentue les effets néfastes d'un tel montage ; les peines encourues sont alors portées à deux ans "
     "d'emprisonnement et à 45 000 euros d'amende.", "unverifiable", ""),
    # claims114 (end run: contradicted by art. 445-1, whose "sans être dépositaire de l'autorité publique" leaves the
    # public person out)
    ("Ce plafond est porté à 1.000.000 d'euros d'amende et 10 ans d'emprisonnement en cas de corruption passive "
     "exercée par une personne publique.", "supported", "432-11"),
    # claims116 (end run, then fixed): each reference after its own figures ("… (article 221-6-1 of the penal code),
    # unlike simple manslaughter which is punishable by three years' … (article 221-6 …)"); a list of offences set
    # out with dashes, each with its own penalty (art. 221-18, 221-19, 221-20); an article said to "viser" injuries
    # of more than three months in other words than its own is not said to be another's
    ("When manslaughter is committed while driving a motor vehicle, it is punishable by a five-year prison sentence "
     "and a fine of 75,000 euros (article 221-6-1 of the penal code), unlike simple manslaughter which is punishable "
     "by three years’ imprisonment and a fine of 45,000 euros (article 221-6 of the penal code).", "supported", "221-6-1"),
    ("Elle précise notamment dans quelles conditions : - le fait, pour le conducteur d’un véhicule terrestre à moteur, "
     "de causer, dans les conditions et selon les distinctions prévues à l’article 121-3 du code pénal, la mort "
     "d’autrui sans intention de la donner constitue un homicide routier puni de sept ans d’emprisonnement et de "
     "100 000 euros d’amende ; - le fait, pour le conducteur d’un véhicule terrestre à moteur, de causer à autrui, "
     "dans les conditions et selon les distinctions prévues à l’article 121-3, sans intention de nuire, une "
     "incapacité totale de travail pendant plus de trois mois, constitue des blessures routières ayant entraîné une "
     "incapacité totale de travail supérieure à trois mois punies de cinq ans d’emprisonnement et de 75 000 euros "
     "d’amende ; - le fait, pour le conducteur d’un véhicule terrestre à moteur, de causer à autrui, dans les "
     "conditions et selon les distinctions prévues à l’article 121-3, sans intention de nuire, une incapacité totale "
     "de travail pendant une durée inférieure ou égale à trois mois constitue des blessures routières ayant entraîné "
     "une incapacité totale de travail inférieure ou égale à trois mois punies de trois ans d’emprisonnement et de "
     "45 000 euros d’amende", "supported", "221-20"),
])
def test_readings_of_the_fifty_seventh_session(index, claim, verdict, where):
    c = _assert_verdict(index, claim, verdict)
    assert where in c.explanation + " " + c.correction + " " + " ".join(e["id"] for e in c.evidence), c


def test_an_article_said_to_cover_injuries_in_lay_words_is_not_another_articles(index):
    # claims116 (end run: contradicted as art. 221-19's): "blessures" is the lay word for art. 222-19-1's "atteinte
    # involontaire à l'intégrité de la personne"
    c = check_claim("L’article 222-19-1 du Code pénal vise les blessures impliquant un taux d’ITT supérieur à 3 mois.", index)
    assert c.verdict != "contradicted", c
