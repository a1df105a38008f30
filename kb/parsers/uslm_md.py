"""Markdown renderings of US legislative XML: US Code sections (this module) and bills (bill_md).

Hierarchy is nested list items, two spaces per level, with a bold enumerator ('- **(8)**') and an optional
italic heading; plain lines are chapeau or continuation text; '> ' quotes text a bill inserts elsewhere.
Everything from '## Source credit' on is editorial (credits, notes) and not part of the provision.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..types import Provision, Source
from .common import clean, make, split_front_matter

ITEM = re.compile(r"^(\s*)- \*\*\(([^)]+)\)\*\*\s?(.*)$")
SECTION_HEAD = re.compile(r"^#\s+§\s*([0-9A-Za-z]+)\.\s*(.*)$")


def items(lines: list[str], pid: str, cite: str, url: str, source: Source, heading: str, path: list[str],
          cite_join=lambda cite, labels: cite + "".join(f"({x})" for x in labels)) -> list[Provision]:
    """Child provisions for each enumerated item; quoted lines never open an item of the host text."""
    groups: list[tuple[list[str], list[str]]] = []
    stack: list[tuple[int, str]] = []  # (indent, label)
    for raw in lines:
        if not raw.strip():
            continue
        quoted = raw.lstrip().startswith(">")
        m = None if quoted else ITEM.match(raw)
        if m:
            indent = len(m.group(1))
            stack = [(i, l) for i, l in stack if i < indent] + [(indent, m.group(2))]
            groups.append(([l for _, l in stack], []))
        elif not quoted and not raw.startswith(" "):
            stack = []  # flush text at the margin closes every open item
        text = clean(raw)
        labels = [l for _, l in stack]
        for g_labels, g_lines in groups:
            if g_labels == labels[: len(g_labels)] and stack:
                g_lines.append(text)
    out, seen = [], set()
    for labels, g_lines in groups:
        cid = pid + "/" + "/".join(labels)
        if cid in seen:
            continue
        seen.add(cid)
        parent = pid if len(labels) == 1 else pid + "/" + "/".join(labels[:-1])
        out.append(make(source, cid, parent=parent, kind="subdivision", number=labels[-1], heading=heading,
                        path=path, text="\n".join(g_lines), url=url, citation=cite_join(cite, labels),
                        pinpoint=labels))
    return out


def statutory_body(body: list[str]) -> list[str]:
    out = []
    for line in body:
        if line.startswith("## "):
            break
        out.append(line)
    return out


def parse(path: Path, source: Source) -> list[Provision]:
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    head_i = next(i for i, l in enumerate(body) if SECTION_HEAD.match(l))
    m = SECTION_HEAD.match(body[head_i])
    number, heading = m.group(1), m.group(2).strip()
    title = str(meta.get("title") or source.extra.get("title_no"))
    pid = source.id_prefix
    lines = statutory_body(body[head_i + 1:])
    cite = f"{title} U.S.C. § {number}"
    path_ = [f"Title {title}", f"Chapter {meta.get('chapter')}"] if meta.get("chapter") else [f"Title {title}"]
    text = "\n".join(clean(l) for l in lines if l.strip())
    section = make(source, pid, parent=None, kind="section", number=number, heading=heading, path=path_,
                   text=text, url=source.official_url, citation=cite)
    return [section] + items(lines, pid, cite, source.official_url, source, heading, path_)
