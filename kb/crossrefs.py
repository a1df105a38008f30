"""What a provision's cross-references are called: the headings of the articles or sections of its own instrument
that a text cites. "(1) A recognised news publisher cannot commit an offence under section 179." says what it
exempts only through section 179's heading, "False communications offence". Parsing a reference needs no index;
naming what it points to does, so this reads the provisions an index holds."""
from __future__ import annotations

import re
from typing import Mapping

from .types import Provision

_NUMBERS = r"(?:\d+[A-Z]?\b(?:\(\w+\))*(?:\s*(?:,|and|or|to)\s*)?)+"
# Any citation of an article or section ("obligations of providers pursuant to Article 16").
CITED = re.compile(rf"\b(?:Articles?|sections?)\s+({_NUMBERS})")
# An offence named by the section that creates it, in this instrument: not "an offence under section 1 of the
# Protection of Children Act 1978", which is another Act's.
OFFENCE = re.compile(rf"\boffen[cs]es?\s+under\s+(?:this\s+)?sections?\s+({_NUMBERS})"
                     r"(?!\s*(?:\(\w+\)\s*)*of\s+(?:the|that)\b)", re.I)


def sibling_id(top_id: str, number: str) -> str:
    """The id of article or section `number` of the instrument `top_id` belongs to."""
    prefix, last = top_id.rsplit("/", 1)
    if re.fullmatch(r"s\d+\w*", last):  # a US Code section: us/usc/t18/s2252a
        return f"{prefix}/s{number.lower()}"
    return f"{prefix}/{number.lower()}"


def cited_headings(text: str, top_id: str, provisions: Mapping[str, Provision], offences_only: bool = False) -> list[str]:
    """Headings of the provisions of `top_id`'s instrument that `text` cites (only offences, if `offences_only`),
    in order, each once; a heading that only repeats the number ("Article 226-4") is left out."""
    out: list[str] = []
    for m in (OFFENCE if offences_only else CITED).finditer(text):
        for n in re.findall(r"\d+[A-Z]?", re.sub(r"\(\w+\)", "", m.group(1))):
            p = provisions.get(sibling_id(top_id, n))
            if p is not None and p.heading and not re.fullmatch(r"(Article|Section)\s+\S+", p.heading) \
                    and p.heading not in out:
                out.append(p.heading)
    return out
