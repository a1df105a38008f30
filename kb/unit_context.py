"""What a unit's own words leave implicit, read from its provision: the titles of the chapters of its instrument
it names ("Chapters I and II shall apply …"), the offence its penalty clause is for ("A person who commits an
offence under this section is liable—"), and the first alinéa it points back at ("de telles images"). Added to
the unit for its word overlap and its embedding (kb.evidence), and where a unit is read for what it says
(kb.application)."""
from __future__ import annotations

import re

from .crossrefs import cited_headings, defined_offences
from .index import Index
from .types import Provision


# "(a) Chapters I and II shall apply from 2 February 2025": a unit that names chapters of its instrument is about
# what they are titled ("Prohibited AI practices"), for its word overlap and its embedding.
# ("Chapter III Section 4" names a section of Chapter III, not the chapter: its title is not the point's)
NAMED_PART = re.compile(r"\b(Chapters?|Titles?)\s+((?:[IVXLC]+|\d+)(?:\s*(?:,|and|or|to)\s*(?:[IVXLC]+|\d+))*)\b"
                        r"(?!,?\s+Section\b)")


def _part_titles(index: Index) -> dict[tuple[str, str, str], str]:
    """(source, "chapter"|"title", number) → its title, read from the provisions' paths. (Articles named in a
    unit are left out: "Article 6(1)" in a date clause pulled unrelated answers up, measured on the tuned set.)"""
    out: dict[tuple[str, str, str], str] = {}
    for p in index.provisions.values():
        for part in p.path:
            m = re.match(r"(CHAPTER|TITLE)\s+([IVXLC]+|\d+)\s*[—–-]\s*(.+)", part, re.I)
            if m:
                out.setdefault((p.source, m.group(1).lower(), m.group(2).lower()), m.group(3))
    return out


# an alinéa that points back at what the first one describes ("de telles images", "ces faits")
BACK_REFERENCE = re.compile(r"\b(?:de\s+tel(?:le)?s\s+\w+|ces\s+(?:faits|images|infractions|agissements)|such\s+(?:images?|"
                            r"conduct|depictions?|material))\b", re.I)


# the penalty clause of a section's own offence: "A person who commits an offence under this section is liable—",
# "… under subsection (1) or (8) is liable—"
OWN_OFFENCE = re.compile(r"\boffen[cs]es?\s+under\s+(?:this\s+(?:section|article)|subsection\s+\([^)]*\)"
                         r"(?:\s+or\s+\([^)]*\))?)\s+(?:is|are|shall\s+be)\s+liable\b", re.I)


def named_parts(text: str, p: Provision, index: Index) -> str:
    """The titles of the chapters of its own instrument that `text` names, the headings of the offences it
    names by section ("cannot commit an offence under section 179": the false communications offence), and the
    first alinéa a unit points back at ("de telles images")."""
    titles = index.derived("part_titles", _part_titles)
    top = index.top(p.id) or p
    found = [*cited_headings(text, top.id, index.provisions, offences_only=True),
             *defined_offences(text, top.id, index.provisions)]  # "L'infraction définie à l'article 222-29 …"
    if OWN_OFFENCE.search(text) and top.heading:
        # "(6) A person who commits an offence under this section is liable—": the offence its heading names
        # ("Sending etc photograph or film of genitals"), which the penalty unit never repeats.
        found.append(top.heading)
    if BACK_REFERENCE.search(text) and top.text and not top.text.startswith(text):
        # "Le fait de diffuser l'enregistrement de telles images est puni …": the images its first alinéa says
        # (of "atteintes volontaires à l'intégrité de la personne", art. 222-33-3; of cruelty to an animal,
        # art. 521-1-2), which tell two otherwise identical penalty alinéas apart.
        found.append(top.text.split("\n", 1)[0])
    for m in NAMED_PART.finditer(text):
        kind = m.group(1).lower().rstrip("s")
        for n in re.findall(r"[IVXLC]+|\d+", m.group(2)):
            t = titles.get((p.source, kind, n.lower()))
            if t:
                found.append(t)
    return (" " + " ".join(found)) if found else ""
