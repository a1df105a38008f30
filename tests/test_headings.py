"""Whether a question says a provision's heading (kb/headings.py): no index needed."""
from kb.glossary import fold
from kb.headings import says_heading


def asked(text: str) -> str:
    import re

    return " ".join(re.findall(r"\w+", fold(text)))


def test_a_heading_said_word_for_word():
    assert says_heading(asked("Can the Commission adopt interim measures against a platform?"), "Interim measures")


def test_a_long_heading_with_a_verb_between_its_words():
    heading = "Obligations of providers of high-risk AI systems"
    assert says_heading(asked("What obligations do providers of high-risk AI systems have?"), heading)
    assert says_heading(asked("Quelles sont les obligations des fournisseurs de systèmes d'IA à haut risque ?"), heading)
    # not its words out of order, nor far apart
    assert not says_heading(asked("Which providers of high-risk AI systems have obligations?"), heading)
    assert not says_heading(asked("What obligations, if any, apply under the AI Act to the many providers that "
                                  "place high-risk AI systems on the market?"), heading)


def test_a_glossary_phrase_counts_in_the_other_language_only():
    # "publish details" is the glossary's for OFCOM's publication (s. 149 OSA) and the providers' (s. 150): an
    # English question about OFCOM's does not say "Publication by providers of details of enforcement action"
    heading = "Publication by providers of details of enforcement action"
    assert not says_heading(asked("Can Ofcom publish details of the enforcement action it has taken?"), heading)


def test_short_or_generic_headings_need_their_exact_words():
    assert not says_heading(asked("What penalties apply?"), "Penalties")
    assert not says_heading(asked("Can providers of services be fined?"), "Fines for providers")
