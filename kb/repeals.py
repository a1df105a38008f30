"""A repeal a sentence says a held instrument made ("The OSA 2023 repealed the provisions of the Malicious
Communications Act 1988 … dealing with false messages"), checked against the instrument's own repealing section:
supported when one section of the instrument the sentence names repeals provisions of every other Act the sentence
names, and what the sentence says those provisions deal with is in that section's words, its heading or the headings
of the offences its heading cites (s. 189: "Repeals in connection with offences under sections 179 and 181" — the
false and the threatening communications offences). Never contradicted from here: a repeal the corpus does not
state may be in another text."""
from __future__ import annotations

import re

from .crossrefs import cited_headings
from .evidence import most_specific
from .glossary import fold
from .index import Index
from .question import Question
from .verdicts import SUPPORTED, Claim, quote as _quote

REPEALED = re.compile(r"\b(?:repeal(?:s|ed|ing)?|abrog\w+)\b", re.I)
# the words of a repeal, not what the repealed provisions are about
REPEAL_WORDS = {"repeal", "repeals", "repealed", "repealing", "provisions", "provision", "dealing", "relating",
                "abroge", "abrogees", "abroges", "dispositions", "relatives", "concernant"}
YEAR = re.compile(r"\s+(?:19|20)\d{2}$")


def repeal_check(claim: str, q: Question, index: Index, found: list[dict]) -> Claim | None:
    if not REPEALED.search(claim) or len(q.sources) != 1:
        return None
    # each Act by its name ("MCA 1988", an abbreviation the sentence defined, stands for a name already there)
    others = [o for r in found if r["kind"] == "instrument" and not r.get("resolved")
              if not re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", o := YEAR.sub("", r["text"]))]
    if not others:
        return None
    named = {w for o in others for w in re.findall(r"\w{4,}", fold(o))}
    words = [w for w in q.subject if w not in named and w not in REPEAL_WORDS and not _names_held(w, found)]
    source = next(iter(q.sources))
    for top in index.top_level(source):
        units = [u for u in _repealing_units(top.text) if any(fold(o) in fold(u) for o in others)]
        if not units or not all(any(fold(o) in fold(u) for u in units) for o in others):
            continue
        about = fold(" ".join(units) + " " + top.heading + " "
                     + " ".join(cited_headings(top.heading, top.id, index.provisions, offences_only=True)))
        if all(q.covers(w, about) for w in words):
            return Claim(claim, SUPPORTED, f"{top.citation} repeals those provisions.",
                         [_quote(most_specific(u, top, index), u) for u in units], kind="repeal")
    return None


def _repealing_units(text: str) -> list[str]:
    """The paragraphs of a section that repeal: "Section 127(2)(a) and (b) of the Communications Act (false
    messages) is repealed …", "The following provisions of the Malicious Communications Act 1988 are repealed— …"
    with its items."""
    paragraphs = re.split(r"\n(?=\(\d+\)\s)", text)
    return [p.strip() for p in paragraphs if re.search(r"\b(?:is|are)\s+repealed\b", p)]


def _names_held(word: str, found: list[dict]) -> bool:
    return any(word in fold(r["text"]) for r in found if r["kind"] == "instrument" and r.get("resolved"))
