"""Bounds on a length of time, read from questions and provisions (kb/bounds.py)."""
from __future__ import annotations

from kb.bounds import bounds, opposite


def test_a_bound_is_read_on_either_side_in_both_languages():
    assert bounds("violence causing no more than eight days' total incapacity for work") == {("at_most", 8.0, "days")}
    assert bounds("une ITT de huit jours au plus") == {("at_most", 8.0, "days")}
    assert bounds("d'une durée inférieure ou égale à huit jours") == {("at_most", 8.0, "days")}
    assert bounds("une incapacité totale de travail pendant plus de huit jours") == {("more", 8.0, "days")}
    assert bounds("an incapacity for work of more than 8 days") == {("more", 8.0, "days")}
    assert bounds("trois ans d'emprisonnement") == set()


def test_only_the_other_side_of_the_same_length_is_opposite():
    asked = "What fine applies for violence causing no more than eight days' incapacity?"
    assert opposite(asked, "Les violences ayant entraîné une incapacité totale de travail pendant plus de huit jours")
    assert not opposite(asked, "d'une durée inférieure ou égale à huit jours")
    assert not opposite(asked, "pendant plus de trois mois")  # another length
    # art. 222-14-5 bounds it both ways, a case each: not the other side
    assert not opposite(asked, "1° … pendant plus de huit jours ; 2° … inférieure ou égale à huit jours")
