"""What a sentence takes from a provision's own words: the run of words it copies ("Les violences ayant entraîné une
incapacité totale de travail pendant plus de huit jours sont punies de …" is art. 222-11's), and the provision's words
without the roles it names only to leave out ("sans être dépositaire de l'autorité publique, ni …")."""
from __future__ import annotations

import re

from .figure_facts import FIGURE_WORDS
from .glossary import WITHOUT_BEING, fold
from .types import Provision


def said_of(text: str) -> str:
    """`text` folded, without the roles it names only to leave out ("sans être dépositaire de l'autorité publique, ni
    …": art. 445-1's private corruption is not about "une personne publique")."""
    return WITHOUT_BEING.sub(" ", fold(text))


CLEARLY_MORE = 3  # words more of one provision than of another the sentence must copy to be about the first
QUOTED = 8  # words in a row from a provision's text: a sentence copying it, not one using its vocabulary …
# … and words of the offence among them, not only a penalty's ("les peines encourues sont alors portées à deux ans
# d'emprisonnement et à 45 000 euros d'amende" is in many articles)
PENALTY_RUN = FIGURE_WORDS | {"punie", "punies", "punis", "porte", "portee", "portees", "reclusion", "criminelle",
                              "euros", "punished", "years", "alors"}


def quoted_run(folded_claim: str, p: Provision) -> int:
    """The longest run of words the sentence shares, in order, with `p`'s text, when that is a quotation of the
    offence's words (QUOTED words at least, three of them no penalty's); 0 otherwise. Every run counts, not only
    the longest: "… est punie d'un an d'emprisonnement et de 15 000 euros d'amende" may be longer than "montage
    réalisé avec les paroles ou l'image d'une personne", and says only a penalty."""
    said = re.findall(r"\w+", folded_claim)
    held = re.findall(r"\w+", fold(p.text))
    at: dict[str, list[int]] = {}
    for j, w in enumerate(held):
        at.setdefault(w, []).append(j)
    best = 0
    for i, w in enumerate(said):
        for j in at.get(w, ()):
            if i and j and said[i - 1] == held[j - 1]:
                continue  # inside a run already counted from its start
            k = 0
            while i + k < len(said) and j + k < len(held) and said[i + k] == held[j + k]:
                k += 1
            own = sum(1 for x in said[i:i + k] if len(x) >= 5 and x.isalpha() and x not in PENALTY_RUN)
            if k >= QUOTED and own >= 3:
                best = max(best, k)
    return best
