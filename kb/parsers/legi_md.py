"""LEGI-derived Markdown (Code pénal): structural headings, '##### Article N', alinéas.

Heading levels vary across the code, so the hierarchy is ranked by the heading's first word (Partie > Livre >
Titre > Chapitre > Section > Sous-section > Paragraphe). Some article numbers occur twice (older versions left
by the conversion): the copy kept under the plain id is the one that does not price in francs; the others stay
citable under `/dup/N` with a note, and are not indexed for search.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ..types import Provision, Source
from .common import HEADING, make, norm_ws, split_front_matter, strip_inline

RANKS = ["partie", "livre", "titre", "chapitre", "section", "sous-section", "paragraphe"]
ARTICLE = re.compile(r"^Article\s+(.+)$")
OLD_VERSION = re.compile(r"\bfrancs\b|\d F\b")  # pre-2002 amounts in francs


def _rank(title: str) -> int:
    word = title.split(" ", 1)[0].split(":")[0].lower()
    return RANKS.index(word) if word in RANKS else len(RANKS)


def _article_urls(path: Path) -> dict[str, str]:
    """Légifrance article URLs (LEGIARTI) where the sidecar records them; the code URL otherwise."""
    sidecar = path.with_name(path.name + ".source.json")
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k["article"]: k["official_url"] for k in meta.get("key_articles", [])
            if "article_lc" in k.get("official_url", "")}


def parse(path: Path, source: Source) -> list[Provision]:
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    urls = _article_urls(path)
    stack: list[tuple[int, str]] = []
    articles: list[dict] = []
    current = None
    for raw in body:
        m = HEADING.match(raw)
        if m:
            title = norm_ws(strip_inline(m.group(2)))
            am = ARTICLE.match(title)
            if am:
                current = {"number": am.group(1).strip(), "path": [t for _, t in stack], "lines": []}
                articles.append(current)
            elif len(m.group(1)) > 1:
                r = _rank(title)
                stack = [(k, t) for k, t in stack if k < r] + [(r, title)]
                current = None
            continue
        if current is not None and raw.strip():
            current["lines"].append(norm_ws(strip_inline(raw)))

    by_number: dict[str, list[dict]] = {}
    for a in articles:
        by_number.setdefault(a["number"], []).append(a)

    prefix, out = source.id_prefix, []
    for number, copies in by_number.items():
        current_copy = next((c for c in copies if not OLD_VERSION.search(" ".join(c["lines"]))), copies[0])
        ordered = [current_copy] + [c for c in copies if c is not current_copy]
        for k, a in enumerate(ordered, start=1):
            aid = f"{prefix}/article/{number.lower().replace(' ', '-')}"
            note = ""
            if len(copies) > 1:
                note = (f"Article {number} appears {len(copies)} times in the corpus file (older versions left by "
                        f"the LEGI conversion); ")
                note += "this copy is taken as current." if k == 1 else "this copy is probably an older version."
                if k > 1:
                    aid = f"{aid}/dup/{k}"
            url = urls.get(number, source.official_url)
            cite = f"Code pénal, art. {number}"
            out.append(make(source, aid, parent=None, kind="article", number=number, heading=f"Article {number}",
                            path=a["path"], text="\n".join(a["lines"]), url=url, citation=cite, note=note))
            if k == 1:
                for i, line in enumerate(a["lines"], start=1):
                    out.append(make(source, f"{aid}/al/{i}", parent=aid, kind="alinea", number=str(i),
                                    heading=f"Article {number}", path=a["path"], text=line, url=url,
                                    citation=f"{cite}, al. {i}", pinpoint=[str(i)]))
    return out
