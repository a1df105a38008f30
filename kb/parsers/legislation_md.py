"""legislation.gov.uk-derived Markdown (Online Safety Act): sections, schedule paragraphs, subsections.

Layout: '## PART' / '### CHAPTER' / cross-headings, '#### <title>' then '##### <number>' per section or
schedule paragraph; '## SCHEDULE N' switches to schedule paragraphs; subsections and their paragraphs are
flat '- (1)' / '- (a)' list items; inserted text is quoted with '> '. An '<!-- extract: ... -->' line marks
omitted text: heading context does not carry across it.

Sections with internal cross-headings are flattened by the source rendering into one line per cross-heading
("All services 2 A duty ... — a prevent ..., b effectively ... 3 A duty ..."): `flattened` recovers their
subsections and lettered paragraphs as spans of that line, so every word stays verbatim.
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
SUBPARAGRAPH = re.compile(r"^\(([ivxl]{1,6})\)\s")


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


# In a flattened line a subsection number is the next one expected, followed by a capitalised word; a
# paragraph letter is the next one expected, after a dash, semicolon, comma, "or" or "and". Without the
# sequence check any number or letter in the prose would open a subdivision.
_FLAT_HEAD = re.compile(r"^[A-Z][^—;:\d]{0,80}(?:\d[A-Z]?[^—;:\d]{0,80}){0,2}?$")
_FLAT_NUM = re.compile(r"\s?(?P<n>\d{1,3}[A-Z]?)\s?(?=[A-Z“‘])")
_FLAT_SUB = re.compile(r"(?<=[.;—:)\]a-z’”])\s?(?P<n>\d{1,3}[A-Z]?)\s?(?=[A-Z“‘])")
_FLAT_PARA = {  # the rendering either keeps the spaces ("— a prevent") or drops them all ("—aregulated")
    True: re.compile(r"(?:(?<=[—;,:])|(?<=\bor)|(?<=\band))\s(?P<l>[a-z])\s"),
    False: re.compile(r"(?:(?<=[—;,:])|(?<=\bor)|(?<=\band))(?P<l>[a-z])(?=[a-z“‘]{3})"),
}


def _succ(label: str) -> str:
    m = re.match(r"^(\d+)", label)
    return str(int(m.group(1)) + 1) if m else ""


def flattened(line: str, expected: str) -> list[tuple[list[str], int, int]] | None:
    """[(labels, start, end)] for the subsections ("2") and paragraphs ("2", "a") run together in a
    flattened cross-heading line, spans into `line`; None when the line is not such a run."""
    m = next((x for x in _FLAT_NUM.finditer(line, 0, 100) if x.group("n") == expected), None)
    if m is None or not _FLAT_HEAD.match(line[:m.start()]) or len(line[:m.start()].split()) > 12:
        return None
    spaced = line[m.start()].isspace()
    starts = [(expected, m.start("n"))]
    pos = m.end()
    while True:
        nxt = _succ(starts[-1][0])
        found = next((x for x in _FLAT_SUB.finditer(line, pos) if x.group("n") == nxt), None)
        if not found:
            break
        starts.append((nxt, found.start("n")))
        pos = found.end()
    out = []
    for k, (label, start) in enumerate(starts):
        end = starts[k + 1][1] if k + 1 < len(starts) else len(line)
        end = len(line[:end].rstrip())
        out.append(([label], start, end))
        letter, cur = "a", start
        paras = []
        for pm in _FLAT_PARA[spaced].finditer(line, start, end):
            if pm.group("l") == letter and pm.start("l") >= cur:
                paras.append((letter, pm.start("l")))
                letter, cur = chr(ord(letter) + 1), pm.end()
        for j, (l, ps) in enumerate(paras):
            pe = paras[j + 1][1] if j + 1 < len(paras) else end
            out.append(([label, l], ps, len(line[:pe].rstrip())))
    return out


def _subdivisions(source, pid, cite, url, sec) -> list[Provision]:
    """Subsections '(1)' and their paragraphs '(a)': each collects its lines until the next sibling.

    Quoted (inserted) text belongs to the enclosing subdivision and never opens one of its own.
    """
    groups: list[list] = []  # [label_path, lines]
    sub = para = subpara = None
    last_letter = ""
    for text, quoted in sec.lines:
        flat = None if quoted or text.startswith("(") else flattened(text, _succ(sub or "0"))
        if flat:
            for labels, start, end in flat:
                groups.append([labels, [text[start:end]]])
            sub, para, subpara, last_letter = flat[-1][0][0], None, None, ""
            continue
        m_sub = None if quoted else SUBSECTION.match(text)
        m_par = None if quoted else PARAGRAPH.match(text)
        m_sub_para = None if quoted or m_par else SUBPARAGRAPH.match(text)  # (iii), (viii): too long for a letter
        if m_par and ROMAN.match(m_par.group(1)) and not _next_letter(last_letter, m_par.group(1)):
            # (i), (ii): a sub-paragraph of the paragraph above, cited as s. 121(2)(a)(iii)
            m_sub_para, m_par = m_par, None
        is_bullet = not quoted and text.startswith("(")
        if m_sub:
            sub, para, subpara, last_letter = m_sub.group(1), None, None, ""
            groups.append([[sub], [text]])
            continue
        if m_par and sub is not None:
            para, subpara, last_letter = m_par.group(1), None, m_par.group(1)
            groups.append([[sub, para], []])
        elif m_sub_para and para is not None:
            subpara = m_sub_para.group(1)
            groups.append([[sub, para, subpara], []])
        elif not quoted and not is_bullet:
            para = subpara = None  # flush text after a list continues the subsection, not its last paragraph
        for labels, lines in groups:
            if labels == [sub] or (para is not None and labels == [sub, para]) or (
                    subpara is not None and labels == [sub, para, subpara]):
                lines.append(text)
    out = []
    for labels, lines in groups:
        child_id = pid + "/" + "/".join(labels)
        parent = "/".join([pid] + labels[:-1])
        pin = "".join(f"({x})" for x in labels)
        kind = ("subsection", "paragraph", "sub-paragraph")[len(labels) - 1]
        out.append(make(source, child_id, parent=parent, kind=kind,
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
