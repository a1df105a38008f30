"""An offence's other forms, set by the articles after the one that defines it: by reference ("L'infraction définie
à l'article 222-7 est punie de vingt ans de réclusion criminelle lorsqu'elle est commise : …", art. 222-8; read by
crossrefs.cases_by_reference) or by the name the defining article gives it ("Le meurtre est puni de la réclusion
criminelle à perpétuité lorsqu'il est commis : …", art. 221-4, the meurtre being art. 221-1's). A sentence citing the
defining article ("Article 222-7 … are punished by 15 years' imprisonment, or 20 years if aggravating circumstances
exist") speaks of those forms too."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .crossrefs import cases_by_reference
from .glossary import fold
from .index import Index
from .types import Provision

# "Le meurtre est puni …", "Le meurtre qui précède … est puni …": the defined term opening a penalty …
TERM_OPENS = r"^\W*(?:le|la|l['’])\s*{term}\b[^.;:]{{0,200}}?\best\s+punie?\b"
# … for a case of its own ("… lorsqu'il est commis", "… qui précède, accompagne ou suit …")
CASE = re.compile(r"\blorsqu|\bqui\b|\bcommise?s?\s+(?:avec|par|sur)\b")


def forms_of(p: Provision, index: Index) -> list[Provision]:
    """The articles of `p`'s instrument that punish another form of the offence `p` defines."""
    ids = [*cases_by_reference(index).get(p.id, []), *_by_name(index).get(p.id, [])]
    return [index.provisions[i] for i in dict.fromkeys(ids) if i in index.provisions]


def own_penalty(d: Provision, index: Index) -> Provision:
    """The article punishing the offence `d` defines, in no case of its own: `d` itself, or the article of its chapter
    opening with the offence's name ("Le vol est la soustraction frauduleuse …", art. 311-1; "Le vol est puni de
    trois ans …", art. 311-3)."""
    found = index.derived("forms_by_name", _read).own.get(d.id)
    return index.provisions.get(found, d) if found else d


def _by_name(index: Index) -> dict[str, list[str]]:
    """Defining article id -> the articles of its chapter (221-x for 221-1) opening with the offence it names."""
    return index.derived("forms_by_name", _read).forms


@dataclass
class _Named:
    forms: dict[str, list[str]] = field(default_factory=dict)  # defining article -> its forms, each with a case
    own: dict[str, str] = field(default_factory=dict)  # defining article -> the one punishing it in no case


def _read(index: Index) -> _Named:
    """The articles of each chapter opening with an offence another article of it defines, read once per index."""
    chapters: dict[tuple[str, str], list[str]] = {}
    for pid, p in index.provisions.items():
        m = re.search(r"/article/(\d+)-[\d-]+$", pid)
        if m and p.language == "fr":
            chapters.setdefault((p.source, m.group(1)), []).append(pid)
    out = _Named()
    for members in chapters.values():
        openings = {pid: fold(index.provisions[pid].text[:300]) for pid in members}
        for defining in members:
            for term in {fold(f.term) for f in index.facts.get(defining, []) if f.kind == "definition" and f.term}:
                opens = re.compile(TERM_OPENS.format(term=re.escape(term)))
                found = [pid for pid, opening in openings.items()
                         if pid != defining and opens.match(opening) and CASE.search(opening)]
                if found:
                    out.forms.setdefault(defining, []).extend(found)
                plain = [pid for pid in members if pid != defining and opens.match(openings[pid])
                         and not CASE.search(openings[pid])]
                # (an article punishing the offence it defines is its own: art. 225-5's last alinéa, not art. 225-9,
                # whose "commis en recourant à des tortures" the opening's case words miss)
                punishes = any(f.kind in ("prison", "fine") and not f.condition and not f.aggravated
                               for f in index.facts.get(defining, []))
                if len(plain) == 1 and not punishes:
                    out.own[defining] = plain[0]
    return out


def defining_of(p: Provision, index: Index) -> list[Provision]:
    """The articles defining the offence `p` punishes another form of (art. 221-1's meurtre for art. 221-2 and
    221-4): `forms_of` read backwards."""
    def table(ix: Index) -> dict[str, list[str]]:
        back: dict[str, list[str]] = {}
        for d, forms in [*cases_by_reference(ix).items(), *_by_name(ix).items()]:
            for f in forms:
                back.setdefault(f, []).append(d)
        return back
    ids = index.derived("forms_defining", table).get(p.id, [])
    return [index.provisions[i] for i in dict.fromkeys(ids) if i in index.provisions]
