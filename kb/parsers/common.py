"""Helpers shared by the parsers: provision construction, Markdown front matter and inline markup."""
from __future__ import annotations

import re

import yaml

from ..types import Provision, Source

WS = re.compile(r"\s+")


def norm_ws(text: str) -> str:
    return WS.sub(" ", text).strip()


def make(source: Source, pid: str, *, parent: str | None, kind: str, number: str, heading: str,
         path: list[str], text: str, url: str, citation: str, pinpoint: list[str] | None = None,
         note: str = "") -> Provision:
    return Provision(
        id=pid, parent=parent, source=source.id, jurisdiction=source.jurisdiction,
        instrument=source.short_name, kind=kind, number=number, heading=heading, path=list(path),
        text=text.strip(), language=source.language, url=url, as_of=source.as_of, status=source.status,
        citation=citation, pinpoint=list(pinpoint or []), note=note,
    )


def split_front_matter(raw: str) -> tuple[dict, list[str]]:
    """Returns the YAML front matter and the body lines after it."""
    lines = raw.splitlines()
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                meta = yaml.safe_load("\n".join(lines[1:i])) or {}
                return meta, lines[i + 1:]
    return {}, lines


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")


def strip_inline(text: str) -> str:
    """Markdown inline markup removed, words untouched: links keep their text, emphasis loses its stars."""
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(r"\1", text)
    return _EM.sub(r"\1", text)


def clean(line: str) -> str:
    """A Markdown body line as plain words: quote markers, list bullet and inline markup removed."""
    line = line.strip()
    while line.startswith(">"):
        line = line[1:].lstrip()
    if line.startswith("- "):
        line = line[2:]
    return norm_ws(strip_inline(line))


HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
