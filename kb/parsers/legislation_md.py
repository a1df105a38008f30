"""legislation.gov.uk-derived Markdown (Online Safety Act): sections, schedule paragraphs, subsections.

Layout: '## PART' / '### CHAPTER' / cross-headings, '#### <title>' then '##### <number>' per section or
schedule paragraph; '## SCHEDULE N' switches to schedule paragraphs; subsections and their paragraphs are
flat '- (1)' / '- (a)' list items; inserted text is quoted with '> '. An '<!-- extract: ... -->' line marks
omitted text: heading context does not carry across it.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..types import Provision, Source
from .common import HEADING, clean, make, split_front_matter, strip_inline

SUBSECTION = re.compile(r"^\((\d+[A-Z]*)\)\s")
PARAGRAPH = re.compile(r"^\(([a-z]{1,2})\)\s")
EXTRACT = re.compile(r"^<!--\s*extract:.*-->\s*$")
ROMAN = re.compile(r"^[ivxl]+$")


class _Section:
    def __init__(self, kind, number, heading, path, schedule):
        self.kind, self.number, self.heading, self.path, self.schedule = kind, number, heading, path, schedule
        self.lines: list[tuple[str, bool]] = []  # (text, quoted)


def _sections(lines: list[str]) -> list[_Section]:
    out: list[_Section] = []
    path: dict[int, str] = {}
    title = ""
    schedule: str | None = None
    current: _Section | None = None
    for raw in lines:
        if EXTRACT.match(raw.strip()):
            path, title, current = {}, "", None
            continue
        m = HEADING.match(raw)
        if m:
            level, text = len(m.group(1)), strip_inline(m.group(2))
            if level == 1:
                continue
            if level == 5:
                kind = "schedule-paragraph" if schedule else "section"
                ctx = [path[k] for k in sorted(path)]
                current = _Section(kind, text.strip(), title, ctx, schedule)
                out.append(current)
                continue
            sched = re.match(r"^SCHEDULE\s+(\d+[A-Z]*)", text)
            if level == 2 and sched:
                schedule, path = sched.group(1), {2: text}
            elif level == 4:
                title = text
            else:
                # PART / CHAPTER headings outrank the cross-headings written at the same level.
                ranked = re.match(r"^(PART|CHAPTER)\b", text)
                level = (3 if schedule else level) + (0 if ranked else 0.5)
                path = {k: v for k, v in path.items() if k < level}
                path[level] = text
                title = ""
            current = None
            continue
        if current is not None and raw.strip():
            current.lines.append((clean(raw), raw.lstrip().startswith(">")))
    return out


def parse(path: Path, source: Source) -> list[Provision]:
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    prefix, short, base = source.id_prefix, source.short_name, source.official_url
    provisions: list[Provision] = []
    seen: set[str] = set()
    for sec in _sections(body):
        if sec.schedule:
            rel = f"schedule/{sec.schedule.lower()}/paragraph/{sec.number.lower()}"
            cite = f"{short}, Sch. {sec.schedule}, para. {sec.number}"
        else:
            rel = f"section/{sec.number.lower()}"
            cite = f"{short}, s. {sec.number}"
        pid = f"{prefix}/{rel}"
        if pid in seen:  # the same number twice would make a citation ambiguous: keep both, flagged
            pid, cite = f"{pid}/dup/{sum(1 for s in seen if s.startswith(pid))+1}", cite + " (duplicate number)"
        seen.add(pid)
        texts = [t for t, _ in sec.lines if t]
        provisions.append(make(source, pid, parent=None, kind=sec.kind, number=sec.number, heading=sec.heading,
                               path=sec.path, text="\n".join(texts), url=f"{base}/{rel}", citation=cite))
        provisions += _subdivisions(source, pid, cite, f"{base}/{rel}", sec)
    return provisions


def _subdivisions(source, pid, cite, url, sec) -> list[Provision]:
    """Subsections '(1)' and their paragraphs '(a)': each collects its lines until the next sibling.

    Quoted (inserted) text belongs to the enclosing subdivision and never opens one of its own.
    """
    groups: list[list] = []  # [label_path, lines]
    sub = para = None
    last_letter = ""
    for text, quoted in sec.lines:
        m_sub = None if quoted else SUBSECTION.match(text)
        m_par = None if quoted else PARAGRAPH.match(text)
        if m_par and ROMAN.match(m_par.group(1)) and not _next_letter(last_letter, m_par.group(1)):
            m_par = None  # (i), (ii): a sub-paragraph, part of the paragraph above
        is_bullet = not quoted and text.startswith("(")
        if m_sub:
            sub, para, last_letter = m_sub.group(1), None, ""
            groups.append([[sub], [text]])
            continue
        if m_par and sub is not None:
            para, last_letter = m_par.group(1), m_par.group(1)
            groups.append([[sub, para], []])
        elif not quoted and not is_bullet:
            para = None  # flush text after a list continues the subsection, not its last paragraph
        for labels, lines in groups:
            if labels == [sub] or (para is not None and labels == [sub, para]):
                lines.append(text)
    out = []
    for labels, lines in groups:
        child_id = pid + "/" + "/".join(labels)
        parent = pid if len(labels) == 1 else f"{pid}/{labels[0]}"
        pin = "".join(f"({x})" for x in labels)
        out.append(make(source, child_id, parent=parent, kind="subsection" if len(labels) == 1 else "paragraph",
                        number=labels[-1], heading=sec.heading, path=sec.path, text="\n".join(lines),
                        url=f"{url}/{'/'.join(labels)}", citation=f"{cite}{pin}", pinpoint=labels))
    # A label seen twice (inside a flattened cross-heading block) would give two ids: keep the first.
    uniq, ids = [], set()
    for p in out:
        if p.id not in ids:
            ids.add(p.id)
            uniq.append(p)
    return uniq


def _next_letter(prev: str, label: str) -> bool:
    """True when `label` continues the lettered sequence after `prev` ((h) -> (i) is a letter)."""
    if not prev or len(label) != 1 or len(prev) != 1:
        return False
    return ord(label) == ord(prev) + 1
