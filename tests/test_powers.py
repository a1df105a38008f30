"""A power a sentence says an authority has (kb/powers.py), on the real corpus: as a whole, or example by example;
never from the law of another authority with the same word for it."""
from __future__ import annotations

import pytest

from kb.check import check_claim


def _verdict(index, claim: str):
    return check_claim(claim, index, context=True)


def test_each_power_a_sentence_gives_as_an_example_is_the_holders(index):
    # claims59, first run: "like imposing fines and applying for service restriction orders" — two powers of OFCOM
    c = _verdict(index, "Ofcom also has powers to enforce providers’ compliance with the Act, like imposing fines and "
                        "applying for service restriction orders.")
    assert c.verdict == "supported", c
    ids = [e["id"] for e in c.evidence]
    assert "uk/ukpga/2023/50/section/144/1" in ids, ids
    assert len(ids) == 2, ids


@pytest.mark.parametrize("claim", [
    # one example no provision gives OFCOM (a prison sentence is a court's, on conviction)
    "Ofcom has powers to enforce the Act, such as imprisoning executives and applying for service restriction orders.",
    # a power said free of the condition the law sets (s. 144: Ofcom applies to the court)
    "Ofcom has powers to enforce the Act, such as imposing fines and blocking websites without a court order.",
    # the FTC is not OFCOM, and the "Commission" acting in 47 U.S.C. 223 is the FCC, not the FTC
    "The FTC has powers to enforce the Act, like imposing fines and applying for service restriction orders.",
])
def test_an_example_the_holder_lacks_leaves_the_powers_unsupported(index, claim):
    assert _verdict(index, claim).verdict == "unverifiable"


def test_a_law_naming_its_authority_otherwise_restates_only_where_it_defines_that_name(index):
    # the restatement of 18 U.S.C. 2258A's duty, which names no authority, still holds
    c = _verdict(index, "Under federal law, electronic communication service providers (ECSPs) and remote computing "
                        "service providers (RCSPs) are required to report apparent instances of child sexual abuse "
                        "material (CSAM) and related crimes to NCMEC, which then shares the information to "
                        "appropriate law enforcement agencies.")
    assert c.verdict == "supported" and c.evidence[0]["id"].startswith("us/usc/t18/s2258a"), c


def test_a_power_of_the_regulator_is_that_of_the_country_named(index):
    # Probe after claims69: "the regulator" is Ofcom only where the sentence places itself in the UK; with no
    # country, or the US (the FTC has no such power), nothing supports it — not "The court may make …" (s. 146(4))
    # because the sentence says "a court order", nor 47 U.S.C. 223(b)(3)'s "restricted access"

    uk = check_claim("In the most severe scenario, the regulator could seek a court order to block access to X in "
                     "the UK altogether.", index)
    assert uk.verdict == "supported" and uk.kind == "power", uk
    for where in ("", " in the US"):
        c = check_claim(f"The regulator can seek a court order to block access to X{where}.", index)
        assert c.verdict != "supported", (where, c)


def test_a_power_read_with_the_section_it_sits_in(index):
    # claims2: "… seek a court order that would require internet service providers and app stores to block a
    # platform" — OFCOM's power to apply for an access restriction order (s. 146(1)), whose access facilities the
    # same section lists ("(b) app stores …"); the court's own power in that section is not OFCOM's
    c = _verdict(index, "Under the Act, Ofcom has the power to seek a court order that would require internet service "
                        "providers and app stores to block a platform from UK users.")
    assert c.verdict == "supported", c
    assert c.evidence[0]["id"] == "uk/ukpga/2023/50/section/146/1", c.evidence
    # a French court's "peut ordonner" is not what the English phrase says (the swap probe)
    c = _verdict(index, "In extreme cases, it could also seek a court order requiring internet service providers to "
                        "block access to X in the France.")
    assert c.verdict != "supported", c
