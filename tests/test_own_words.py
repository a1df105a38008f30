"""A question in the law's own words finds the provision that uses them, on the real corpus (questions98: "Quel est
le taux maximum de l'amende applicable aux personnes morales ?" is art. 131-38's opening, which the lexical lists,
weighing each word apart, put sixth behind the Online Safety Act's provisions on legal persons)."""
from __future__ import annotations

from kb.answer import ask
from kb.phrases import specific_phrases


def test_the_questions_own_words_are_a_phrase_of_the_provisions_using_them(index):
    found = specific_phrases(index, "Quel est le taux maximum de l'amende applicable aux personnes morales ?")
    held = {pid for pids in found.values() for pid in pids}
    assert "fr/code-penal/article/131-38" in held
    # (a run of common words is none: "what is the penalty for" singles out nothing)
    assert not specific_phrases(index, "What is the penalty for that in the law of the land ?")


def test_the_maximum_fine_of_a_legal_person_is_five_times_a_natural_persons(index):
    a = ask("Quel est le taux maximum de l'amende applicable aux personnes morales ?", index=index)
    assert a.citations[0].top.id == "fr/code-penal/article/131-38"
    assert "quintuple" in a.direct
