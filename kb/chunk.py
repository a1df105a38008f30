"""Provisions -> chunks: one per provision, long ones split at paragraph (then sentence) boundaries."""
from __future__ import annotations

import re

from .glossary import translations
from .types import Chunk, Provision

SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+(?=[(\"“‘A-ZÀ-Ý0-9])")


def indexable(p: Provision) -> bool:
    """Top-level provisions only; superseded duplicate copies stay citable but are never search results. The AI
    Act's annexes are held for lookup and references, not searched yet: measured on the held-out questions,
    their seven thousand words of "high-risk AI systems" cost a question on-target and won none."""
    return p.parent is None and "/dup/" not in p.id and p.kind != "annex"


def _units(text: str, limit: int) -> list[str]:
    """Paragraph lines; a line longer than `limit` is cut between sentences, never inside one."""
    out = []
    for line in text.split("\n"):
        if len(line) <= limit:
            out.append(line)
            continue
        out += [s for s in SENTENCE_END.split(line) if s]
    return out


def _pack(units: list[str], limit: int) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    size = 0
    for u in units:
        if groups[-1] and size + len(u) > limit:
            groups.append([])
            size = 0
        groups[-1].append(u)
        size += len(u) + 1
    return [g for g in groups if g]


def header(p: Provision) -> str:
    head = f"{p.citation} — {p.heading}" if p.heading and p.heading not in p.citation else p.citation
    where = p.path[-1] if p.path else ""
    return f"{head} ({where})" if where else head


def _pinpoint(line: str, children: list[Provision]) -> str | None:
    """The most specific sub-provision holding the chunk's first line."""
    holding = [c for c in children if line in c.text]
    return max(holding, key=lambda c: c.id.count("/")).id if holding else None


# "The Commission shall have exclusive powers to supervise and enforce Section 5 of Chapter III": the section's
# title says what that is ("… obligations … to manage systemic risks"); the chunk carries it, so a question in
# those words finds the article.
SECTION_OF = re.compile(r"\bSection\s+(\d+)\s+of\s+Chapter\s+([IVXLC]+)\b")
PATH_PART = re.compile(r"^(CHAPTER|SECTION)\s+([IVXLC]+|\d+)\s+[—-]\s+(.+)$", re.I)


def section_titles(provisions: list[Provision]) -> dict[tuple[str, str, str], str]:
    """(source, chapter, section) → the section's title, read from the provisions' paths."""
    out = {}
    for p in provisions:
        chapter = ""
        for part in p.path:
            m = PATH_PART.match(part)
            if not m:
                continue
            if m.group(1).upper() == "CHAPTER":
                chapter = m.group(2).upper()
            elif chapter:
                out.setdefault((p.source, chapter, m.group(2)), m.group(3).strip())
    return out


def chunk_provision(p: Provision, children: list[Provision], limit: int,
                    titles: dict[tuple[str, str, str], str] | None = None) -> list[Chunk]:
    hdr = header(p)
    named = [titles.get((p.source, c.upper(), s)) for s, c in SECTION_OF.findall(p.text)] if titles else []
    if any(named):
        hdr += " [" + "; ".join(dict.fromkeys(t for t in named if t)) + "]"
    if p.language != "en":
        # The English-only model reads French law through the glossary's English terms for it.
        to_en, _ = translations(p.heading + " " + p.text, per_term=1, asked=False)
        if to_en:
            hdr += " [" + "; ".join(dict.fromkeys(to_en)) + "]"
    chunks = []
    for i, group in enumerate(_pack(_units(p.text, limit), limit)):
        first = group[0]
        pin = _pinpoint(first, children) or p.id
        chunks.append(Chunk(id=f"{p.id}#{i}", provision_id=p.id, pinpoint_id=pin, source=p.source,
                            jurisdiction=p.jurisdiction, language=p.language, text="\n".join(group), header=hdr))
    return chunks


def top_ancestor(p: Provision, by_id: dict[str, Provision]) -> str:
    while p.parent and p.parent in by_id:
        p = by_id[p.parent]
    return p.id


def chunk_all(provisions: list[Provision], limit: int) -> list[Chunk]:
    by_id = {p.id: p for p in provisions}
    children: dict[str, list[Provision]] = {}
    for p in provisions:
        if p.parent:
            children.setdefault(top_ancestor(p, by_id), []).append(p)
    titles = section_titles(provisions)
    return [c for p in provisions if indexable(p) for c in chunk_provision(p, children.get(p.id, []), limit, titles)]
