"""What a provision's cross-references are called: the headings of the articles or sections of its own instrument
that a text cites. "(1) A recognised news publisher cannot commit an offence under section 179." says what it
exempts only through section 179's heading, "False communications offence". Also the references that point out of
a provision: a list entry naming another Act's offence (OSA Sch. 7: the Crossbows Act 1987), and the sections of
another Act a provision inserts, by their new numbers (s. 66A, inserted by OSA s. 187). Parsing a reference needs
no index; naming what it points to does, so this reads the provisions an index holds."""
from __future__ import annotations

import re
from typing import Callable, Mapping

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


# "L'infraction définie à l'article 222-29 est punie de dix ans …": an article of the Code pénal that punishes
# another's offence more heavily says what that offence is only through the other's opening words.
def _by_reference(where: str) -> re.Pattern:
    return re.compile(r"^\s*(?:L[’']infraction|Le\s+délit|Le\s+crime|Les\s+infractions|Les\s+délits)\s+"
                      r"(?:définie?s?|prévue?s?)\s+(?:" + where + r")\s+"
                      r"(?P<nums>\d+(?:-\d+)+(?:\s*(?:,|et|à)\s*\d+(?:-\d+)+)*)")


DEFINED_ELSEWHERE = _by_reference(r"à\s+l[’']article|aux\s+articles")
OPENING_WORDS = 30  # of the offence's own article: enough for "Les agressions sexuelles … personne … vulnérabilité"
# "L'infraction définie au I de l'article 322-1 est punie de cinq ans … 1° Lorsqu'elle est commise par plusieurs
# personnes …" (art. 322-3): the same, with the part of the article named
# … or "prévue par l'article", and after the case it is punished in: "L'infraction prévue par l'article 224-1 est
# punie de trente ans … lorsqu'elle est commise à l'égard de plusieurs personnes" (art. 224-3), "Si la personne
# arrêtée … l'a été comme otage …, l'infraction prévue par l'article 224-1 est punie de trente ans" (art. 224-4)
CASE_OF = re.compile(r"^\s*(?:Si\s[^.;]{0,600}?,\s+(?=l[’']infraction))?(?:[Ll][’']infraction|Le\s+délit|Le\s+crime|"
                     r"Les\s+infractions|Les\s+délits)\s+(?:définie?s?|prévue?s?)\s+(?:au\s+[IVX]+\s+de\s+l[’']article|"
                     r"à\s+l[’']article|aux\s+articles|par\s+l[’']article|par\s+les\s+articles)\s+"
                     r"(?P<nums>\d+(?:-\d+)+(?:\s*(?:,|et|à)\s*\d+(?:-\d+)+)*)")


def cases_by_reference(index) -> dict[str, list[str]]:
    """Offence article id -> the articles that punish its offence in a case of their own by reference to it ("L'infraction
    définie à l'article 225-16-1 est punie d'un an … lorsqu'elle est commise sur une personne dont la particulière
    vulnérabilité …", art. 225-16-2), read once per index."""
    def build(ix) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for p in ix.top_level():
            m = CASE_OF.match(p.text) if p.language == "fr" else None
            for n in re.findall(r"\d+(?:-\d+)+", m.group("nums")) if m else []:
                out.setdefault(sibling_id(p.id, n), []).append(p.id)
        return out
    return index.derived("cases_by_reference", build)


def defined_offences(text: str, top_id: str, provisions: Mapping[str, Provision]) -> list[str]:
    """The opening words of the articles whose offence `text` punishes by reference ("L'infraction définie à
    l'article 222-29 est punie …" → "Les agressions sexuelles autres que le viol sont punies … lorsqu'elles sont
    imposées à une personne dont la particulière vulnérabilité …")."""
    m = DEFINED_ELSEWHERE.match(text)
    if m is None:
        return []
    out = []
    for n in re.findall(r"\d+(?:-\d+)+", m.group("nums")):
        p = provisions.get(sibling_id(top_id, n))
        if p is not None and p.text:
            out.append(" ".join(p.text.split()[:OPENING_WORDS]))
    return out


# "An offence under any of the following provisions of the Crossbows Act 1987— (a) section 1 (sale and letting on
# hire of crossbow); …", "An offence under section 1 of the Protection of Children Act 1978 (indecent photographs
# of children)": a list entry (OSA Schedules 5 to 7) whose words are another Act's, which the corpus does not hold.
OTHER_ACTS_OFFENCE = re.compile(r"^\s*(?:\(\w+\)\s*)?An offence under (?:any of the following provisions of |"
                                r"(?:section|article|paragraph) \S+ of )?(?:the )?(?P<act>(?:[A-Z][\w'’()-]*\s+(?:(?:and|of|for|on|the|to)\s+)?){1,8}"
                                r"(?:Act|Order|Regulations)(?:\s+(?:\([^)]*\)\s+)?\d{4})?)")


def other_acts_offence(text: str, held: Callable[[str], bool]) -> str:
    """The Act whose offence `text` only lists, when the corpus does not hold it (`held(name)` says whether it
    does), else ""."""
    m = OTHER_ACTS_OFFENCE.match(text)
    return m.group("act") if m and not held(m.group("act")) else ""


# "In the Sexual Offences Act 2003, after section 66 insert— (66A) …": the sections of another Act a provision
# inserts, by their new numbers, so that "the same meaning as in section 66A" (s. 188's new s. 66D(4)) is read in
# the provision that inserted s. 66A (OSA s. 187).
INSERTS = re.compile(r"^In the [^,\n]{3,80}, (?:after|before) section \S+ insert\b")
NEW_SECTION = re.compile(r"^\((\d+[A-Z]+)\)$", re.M)


def inserted_sections(provisions: Mapping[str, Provision]) -> dict[tuple[str, str], str]:
    """(source, new section number) -> the id of the provision inserting it."""
    out = {}
    for p in provisions.values():
        if p.parent is None and INSERTS.match(p.text):
            for m in NEW_SECTION.finditer(p.text):
                out[(p.source, m.group(1))] = p.id
    return out


def inserted_cited(text: str, p: Provision, inserted: dict[tuple[str, str], str]) -> list[str]:
    """Ids of the other provisions inserting the sections `text` cites by their new numbers."""
    ids = [inserted.get((p.source, n)) for n in re.findall(r"\bsections?\s+(\d+[A-Z]+)\b", text)]
    return list(dict.fromkeys(i for i in ids if i and i != p.id))


def with_referred(p: Provision, provisions: Mapping[str, Provision], inserted: dict[tuple[str, str], str]) -> str:
    """`p`'s text with the texts of the provisions inserting the sections it cites by their new numbers: s. 188's
    "“Photograph” and “film” have the same meaning as in section 66A" reads s. 187's definition of them."""
    return " ".join([p.text, *(provisions[i].text for i in inserted_cited(p.text, p, inserted))])


def inserted_table(index) -> dict[tuple[str, str], str]:
    """`inserted_sections` of an index, for `index.derived` (computed once per index)."""
    return inserted_sections(index.provisions)
