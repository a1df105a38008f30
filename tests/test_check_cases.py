"""A case of an offence the sentence or the question names: the figures the law gives that case, not the offence's
own (fifty-eighth session: incendie, art. 322-5 to 322-10; traite des êtres humains, art. 225-4-1)."""
from __future__ import annotations

import pytest

from kb.answer import ask
from kb.check import check_claim
from kb.units import short


@pytest.mark.parametrize("claim, verdict, where", [
    # claims117 (first run: both supported by the offence's own figures): the sentence's subject is the forest fire,
    # which art. 322-7 al. 2 and art. 322-5 al. 3 punish with figures of their own
    ("L’incendie de bois, forêts, landes, maquis, plantations ou reboisements d’autrui est une infraction punie de "
     "quinze ans de réclusion criminelle et de 150 000 euros d’amende lorsqu’elle a entraîné pour autrui une "
     "incapacité totale de travail pendant huit jours au plus.", "contradicted", "322-7/al/2"),
    ("Les incendies de forêts causés par imprudence simple sont actuellement punis, par l'article 322-5 du code "
     "pénal, d'un an d'emprisonnement, et deux ans d'emprisonnement en cas de faute de mise en danger délibérée.",
     "contradicted", "322-5/al/3"),
])
def test_a_case_named_as_the_subject_is_held_to_its_own_figures(index, claim, verdict, where):
    c = check_claim(claim, index, context=True)
    assert c.verdict == verdict and where in " ".join(e["id"] for e in c.evidence), c


def test_the_offences_own_case_is_not_the_forest_fire(index):
    # "incendie" alone is a word of art. 322-7 al. 2's case, not the case: one word is not enough, an item of the
    # things it lists (bois, forêts, landes …) is
    c = check_claim("L'incendie ayant entraîné pour autrui une incapacité totale de travail pendant huit jours au plus "
                    "est puni de quinze ans de réclusion criminelle.", index, context=True)
    assert c.verdict == "supported", c


def test_a_clause_whose_offence_another_clause_names_is_not_an_unrelated_articles(index):
    # claims117 (first run: contradicted by art. 421-7, terrorism): the fifteen years are the forest fire's, which the
    # clause before names
    c = check_claim("En revanche, quand mettre le feu à une forêt est un acte volontaire, cela devient un crime : et là "
                    "le mis en cause encourt 15 ans de réclusion criminelle, jusqu’à la perpétuité si quelqu’un "
                    "décède.", index, context=True)
    assert c.verdict != "contradicted", c


def test_a_penalty_given_by_a_pronoun_has_the_case_the_alinea_before_names(index):
    # art. 225-4-1 II: "La traite des êtres humains à l'égard d'un mineur est constituée même si …" / "Elle est punie
    # de dix ans …": the ten years are the minor's case, quoted with the alinéa naming it
    facts = [f for f in index.facts["fr/code-penal/article/225-4-1"] if f.kind == "prison"]
    ten = next(f for f in facts if f.value == 10)
    assert ten.condition == "à l'égard d'un mineur"
    unit = index.provisions["fr/code-penal/article/225-4-1"].text[ten.unit_start:ten.unit_end]
    assert unit.startswith("II. - La traite") and "Elle est punie de dix ans" in unit
    assert next(f for f in facts if f.value == 7).condition == ""


@pytest.mark.parametrize("question, top, figure", [
    # questions86 (first run: the minor's case missing; art. 311-3 first; no line at all — a condition cut inside
    # "75 000" left "75", a number no quote has, and the check dropped the line)
    ("What is the penalty in France for human trafficking when the victim is a minor?", "225-4-1", "10 years"),
    ("Quelle peine encourt la traite des êtres humains à l'égard d'un mineur ?", "225-4-1", "10 ans"),
    ("What is the penalty in France for theft committed with a weapon?", "311-8", "20 years"),
    ("Quelle peine pour la destruction involontaire du bien d'autrui par un incendie dû à un manquement à une "
     "obligation de sécurité ?", "322-5", "1 an"),
])
def test_first_runs_of_the_fifty_eighth_session(index, question, top, figure):
    a = ask(question, index=index)
    assert not a.abstained and a.citations[0].top.id.endswith("/" + top), a.direct
    assert figure in a.direct, a.direct


def test_a_shortened_text_never_ends_inside_a_number():
    text = ("Si l'incendie a provoqué pour autrui une incapacité totale de travail pendant au moins huit jours, les "
            "peines sont portées à cinq ans d'emprisonnement et à 75 000 euros d'amende")
    assert short(text, 140).endswith("cinq ans …")
    assert short("a b c 1 000 000 euros", 9) == "a b c …"


def test_a_sentence_saying_where_the_law_is_codified_is_about_the_offence(index):
    # claims117 (first run: unverifiable): "legal foundation", "combating", "codified", "specifically" say what the
    # article is to the sentence (kb/data/scope.yaml `framing`), not what it is about
    c = check_claim("The legal foundation for combating human trafficking is codified in the French Penal Code, "
                    "specifically under Article 225-4-1.", index, context=True)
    assert c.verdict == "supported" and c.evidence[0]["id"] == "fr/code-penal/article/225-4-1", c


def test_each_pair_of_figures_has_the_case_named_after_it(index):
    # art. 322-5 al. 3 to 6: "… portées à deux ans … dans le cas prévu par le premier alinéa, et à trois ans … dans
    # le cas prévu par le deuxième alinéa"; al. 6 opens "S'il a provoqué la mort …"
    facts = {(f.provision_id.rsplit("/", 1)[-1], f.kind, f.value): f.condition
             for f in index.facts["fr/code-penal/article/322-5"]}
    assert facts[("3", "prison", 2.0)].endswith("reboisements d'autrui … dans le cas prévu par le premier alinéa")
    assert facts[("3", "prison", 3.0)].endswith("… dans le cas prévu par le deuxième alinéa")
    assert facts[("6", "prison", 10.0)] == ("S'il a provoqué la mort d'une ou plusieurs personnes … dans le cas "
                                             "prévu par le deuxième alinéa")
    # an aside after a comma opens no case: art. 132-23's ", s'il s'agit d'une condamnation à la réclusion …" — but
    # for the période de sûreté's own lengths, read with that case in their words (kb/data/facts.yaml `bound`)
    assert all("s'il s'agit" not in f.condition or (f.kind == "bound" and f.condition in f.text)
               for f in index.facts.get("fr/code-penal/article/132-23", []))


def test_reduction_to_slavery_after_the_end_run(index):
    # questions87 (end run: another article's ten years): "vingt années de réclusion criminelle" was read as no
    # penalty at all (art. 224-1 A to C)
    a = ask("What is the penalty in France for reducing a person to slavery?", index=index)
    assert not a.abstained and a.citations[0].top.id == "fr/code-penal/article/224-1-a", a.direct
    assert "20 years" in a.direct, a.direct
    assert [f.value for f in index.facts["fr/code-penal/article/224-1-a"] if f.kind == "prison"] == [20.0]


@pytest.mark.parametrize("text", ["Article 224-1 A of the Penal Code concerns reduction to slavery.",
                                  "article 224-1-A du code pénal"])
def test_a_code_articles_capital_letter_is_part_of_its_number(index, text):
    # a wrong citation found after the END runs: the letter was dropped in running text, so "Article 224-1 A"
    # (réduction en esclavage) resolved to art. 224-1 (séquestration)
    from kb.extract import extract
    assert [r["id"] for r in extract(text, index)] == ["fr/code-penal/article/224-1-a"]
    # … while the capital opening an item ("A l'égard d'un mineur") and the "C." of "C. pén." are no letter of it
    assert [r["id"] for r in extract("l'article 225-4-1 A l'égard d'un mineur du code pénal", index)] == \
        ["fr/code-penal/article/225-4-1"]
    assert [r["id"] for r in extract("(art. 434-9 C. pén.)", index)] == ["fr/code-penal/article/434-9"]


@pytest.mark.parametrize("claim, verdict, where", [
    # claims125 (first run: unverifiable, and a probe's "deuxième classe … 750 €" supported by art. 226-4-3's
    # fourth-class fine): a class's amount is the scale's (art. 131-13), whatever provision fines that much
    ("Les contraventions de la deuxième catégorie peuvent être punies d’une amende allant jusqu’à 750 euros.",
     "contradicted", "131-13/al/4"),
    ("L'amende maximale pour une contravention de deuxième classe est de 750 €.", "contradicted", "131-13/al/4"),
    ("Les contraventions de la quatrième catégorie peuvent être punies d’une amende allant jusqu’à 150 euros.",
     "contradicted", "131-13/al/6"),
    ("L'amende maximale pour une contravention de deuxième classe est de 150 €.", "supported", "131-13/al/4"),
    # an offence said to be of a class is its own article's: the amount is right for the class, the class is not the
    # offence's (art. R642-1, a second-class fine) — never supported by another article fined 1 500 euros
    ("Le fait de refuser de répondre à une réquisition d'un magistrat est puni de 1 500 euros d'amende.",
     "contradicted", "r642-1"),
    ("Le refus de répondre à une réquisition est une contravention de 5e classe punie de 1 500 euros.",
     "contradicted", "r642-1"),
    # the sixty-first session's probe: art. 433-15's police insignia (7 500 euros) share "port", "insigne", "public";
    # "nazi", a glossary term of art. R645-1's "organisation déclarée criminelle", tells them apart
    ("Le port d'un insigne nazi en public est puni de 7 500 euros d'amende", "contradicted", "r645-1"),
    # the figure probe (claims125's art. 133-4 sentence, its three years doubled): a délit's six years (art. 133-3)
    # are no contravention's time bar
    ("Les peines prononcées pour une contravention se prescrivent par six années révolues à compter de la date à "
     "laquelle la décision de condamnation est devenue définitive.", "contradicted", "133-4"),
])
def test_a_class_of_contravention_is_fined_what_the_scale_says(index, claim, verdict, where):
    c = check_claim(claim, index, context=True)
    assert c.verdict == verdict and where in " ".join(e["id"] for e in c.evidence), c


@pytest.mark.parametrize("claim", [
    # claims126's END run, all five 'contradicted': an age ("mineurs de plus de 15 ans"), a time counted ("après six
    # ans"), a fixed penalty's amount (the Code de procédure pénale's, not the scale's)
    "Ces dispositions ne font pas obstacle à l'enrôlement volontaire des mineurs de plus de 15 ans.",
    "Les peines disparaissent après 20 ans, sauf pour les crimes très graves.",
    "Destinées aux infractions un peu plus importantes, les contraventions de classe 2 font l’objet d’une amende "
    "forfaitaire de 35€ et peuvent être assorties d’un retrait d’1 point.",
])
def test_an_age_a_time_counted_and_a_fixed_penalty_are_no_penalty(index, claim):
    assert check_claim(claim, index, context=True).verdict != "contradicted"
