"""Markdown renderings of congressional bills: one provision per bill section ('## § N. Title')."""
from __future__ import annotations

import re
from pathlib import Path

from ..types import Provision, Source
from .common import clean, make, split_front_matter
from .uslm_md import items

SECTION = re.compile(r"^##\s+§\s*([0-9A-Za-z]+)\.\s*(.*)$")


def parse(path: Path, source: Source) -> list[Provision]:
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    sections: list[tuple[str, str, list[str]]] = []
    for line in body:
        m = SECTION.match(line)
        if m:
            sections.append((m.group(1), m.group(2).strip(), []))
        elif sections:
            sections[-1][2].append(line)
    out: list[Provision] = []
    for number, heading, lines in sections:
        pid = f"{source.id_prefix}/sec/{number.lower()}"
        cite = f"{source.short_name} § {number}"
        text = "\n".join(clean(l) for l in lines if l.strip())
        out.append(make(source, pid, parent=None, kind="bill-section", number=number, heading=heading,
                        path=[source.short_name], text=text, url=source.official_url, citation=cite))
        out += items(lines, pid, cite, source.official_url, source, heading, [source.short_name])
    return out
