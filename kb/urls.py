"""Official URLs of the corpus's provisions -> provision ids (the reverse of each parser's `url`).

EUR-Lex (CELEX, with #art_N / #rct_N anchors) and ELI, legislation.gov.uk (section, schedule paragraph and
subsection paths, with or without a version date), Légifrance (LEGIARTI article URLs), uscode.house.gov
(granule ids), congress.gov bill pages. An instrument's URL gives the instrument's id prefix.
"""
from __future__ import annotations

import re
from urllib.parse import unquote

from .registry import load_sources
from .quantities import roman

CELEX = re.compile(r"CELEX[:=](3(\d{4})([RL])(\d{4}))(?:.*?#(art|rct|anx)_(\w+))?", re.I)
ELI = re.compile(r"/eli/(reg|dir)/(\d{4})/(\d{1,4})(?:/(art|anx)_(\w+))?", re.I)


def _part(kind: str, number: str) -> str:
    """The id part of an EUR-Lex anchor: "art_34" -> art/34, "rct_71" -> recital/71, "anx_III" -> anx/3."""
    kind = kind.lower()
    if kind == "anx":
        return f"anx/{roman(number) if re.fullmatch(r'[IVXL]+', number, re.I) else number}"
    return f"{'art' if kind == 'art' else 'recital'}/{number.lower()}"
LEGISLATION = re.compile(r"legislation\.gov\.uk/(ukpga/\d{4}/\d+)((?:/(?:section|schedule|paragraph|part|crossheading)"
                         r"/[\w-]+|/\d{1,3}[A-Z]?|/[a-z]{1,4})*)", re.I)
USCODE = re.compile(r"title(\d{1,2})[-_ ]section(\w+)|title:(\d{1,2})\s+section:(\w+)", re.I)


def _existing(pid: str, index) -> str | None:
    """The id, or its nearest ancestor held in the index (a URL may name a level crosslex does not split). A
    schedule is held through its paragraphs ("…/schedule/17" is the whole schedule, not the Act)."""
    while pid:
        if pid in index.provisions or any(s.id_prefix == pid for s in load_sources(index.config)):
            return pid
        if re.search(r"/schedule/\w+$", pid) and any(k.startswith(pid + "/") for k in index.provisions):
            return pid
        if "/" not in pid:
            return None
        pid = pid.rsplit("/", 1)[0]
    return None


def _legiarti_urls(index) -> dict[str, str]:
    """Légifrance article URL -> the first provision (the article, before its alinéas) that carries it."""
    out: dict[str, str] = {}
    for p in index.provisions.values():
        if "LEGIARTI" in p.url:
            out.setdefault(p.url.rstrip("/"), p.id)
    return out


def provision_for_url(url: str, index) -> str | None:
    if not re.match(r"^https?://", url, re.I):
        return None
    u = unquote(url)
    sources = load_sources(index.config)
    m = CELEX.search(u)
    if m:
        kind = "reg" if m.group(3).upper() == "R" else "dir"
        prefix = f"eu/{kind}/{m.group(2)}/{int(m.group(4))}"
        if not any(s.id_prefix == prefix for s in sources):
            return None
        if m.group(5):
            return _existing(f"{prefix}/{_part(m.group(5), m.group(6))}", index)
        return prefix
    m = ELI.search(u)
    if m and "europa.eu" in u:
        prefix = f"eu/{m.group(1).lower()}/{m.group(2)}/{int(m.group(3))}"
        if not any(s.id_prefix == prefix for s in sources):
            return None
        return _existing(f"{prefix}/{_part(m.group(4), m.group(5))}", index) if m.group(4) else prefix
    m = LEGISLATION.search(u)
    if m:
        path = re.sub(r"/\d{4}-\d{2}-\d{2}$|/(enacted|made|contents)$", "", m.group(2) or "")
        return _existing(f"uk/{m.group(1).lower()}{path}", index)
    m = USCODE.search(u) if "uscode.house.gov" in u else None
    if m:
        title, section = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return _existing(f"us/usc/t{title}/s{section.lower()}", index)
    stripped = u.rstrip("/")
    pid = index.derived("legiarti_urls", _legiarti_urls).get(stripped) if "LEGIARTI" in stripped else None
    if pid:
        return pid
    for s in sources:
        if s.official_url.rstrip("/") == stripped:
            return s.id_prefix
    return None
