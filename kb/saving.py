"""What a section says nothing in it impairs ("Nothing in this section shall be construed to impair the enforcement
of … chapter … 110 (relating to sexual exploitation of children) of title 18", 47 U.S.C. 230(e)(1)) is what it does
not shield: a sentence saying it does is contradicted by that clause."""
from __future__ import annotations

import re

from .glossary import concepts, fold
from .question import Question
from .said import CONCESSIVE
from .types import Provision
from .units import units

# "Section 230 is a liability shield for when someone posts child porn …": what a section says it leaves untouched
# ("Nothing in this section shall be construed to impair the enforcement of … chapter … 110 (relating to sexual
# exploitation of children) of title 18") is what it does not shield
SHIELDS = re.compile(r"\b(?:shield\w*|immun\w*|protects?|protected|protection\s+from|safe\s+harbou?r|not\s+liable)\b", re.I)
SAVES = re.compile(r"\bNothing\s+in\s+this\s+(?:section|Act|title)\b[^.;:]{0,60}?\bshall\s+be\s+construed\s+to\s+"
                   r"(?:impair|limit|affect)\b", re.I)


def left_untouched(claim: str, q: Question, top: Provision):
    """The unit of the cited section that keeps whole a law about what the sentence says the section shields."""
    if not SHIELDS.search(claim) or DENIES_SHIELD.search(CONCESSIVE.sub(" ", q.text)):
        return None  # "Section 230 does not shield …" says what the saving clause says
    named = [{fold(t) for t in terms if " " in t or len(t) >= 10} for _, terms in concepts(claim)]
    for u in units(top.text):
        if SAVES.search(u.text):
            text = fold(u.text)
            # "(1) No effect on criminal law": it keeps prosecutions whole, not every liability (a civil claim over
            # a user's post may still be barred), so only a sentence about criminal liability is contradicted
            if "criminal" in text[:SAVED_FIELD] and not CRIMINAL.search(claim):
                continue
            if any(k in text for keys in named for k in keys):
                return u
    return None


DENIES_SHIELD = re.compile(r"\b(?:not|never|no|nor|cannot|n['’]t|ne|n['’]|pas|aucune?)\b", re.I)
SAVED_FIELD = 60  # characters of a saving clause that name the field of law it keeps ("No effect on criminal law")
CRIMINAL = re.compile(r"\b(?:criminal\w*|prosecut\w*|charged|indict\w*|p[ée]nal\w*|poursuites?)\b", re.I)
