"""Citation lookup: a reference parsed by the grammar (kb.grammar), resolved to a provision of the index,
formatted in each jurisdiction's house style; every reference in a pasted text; an id crosslex printed or an
official URL of a provision in the corpus.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace

from .errors import CitationError
from .grammar import MAX_REF_CHARS, Ref, parse_reference
from .index import Index, open_index
from .quantities import numeral
from .registry import load_sources
from .styles import house_style
from .types import Provision, Source

# ---------------------------------------------------------------- resolution


def _top_id(ref: Ref) -> str:
    prefix = ref.source.id_prefix
    number = ref.number.lower().replace(" ", "-")
    return {
        "article": f"{prefix}/art/{number}" if ref.source.jurisdiction == "EU" else f"{prefix}/article/{number}",
        "recital": f"{prefix}/recital/{number}",
        "annex": f"{prefix}/anx/{number}",
        "section": f"{prefix}/section/{number}",
        "schedule-paragraph": f"{prefix}/schedule/{ref.schedule.lower()}/paragraph/{number}",
        "usc": prefix,
        "bill-section": f"{prefix}/sec/{number}",
    }.get(ref.kind, prefix)


def _pin_id(ref: Ref, top: str) -> str:
    if not ref.pins:
        return top
    j = ref.source.jurisdiction
    if ref.kind == "annex":  # an annex's numbered points
        return top + "/" + "/".join(f"pt/{p}" for p in ref.pins)
    if j == "EU":
        first, rest = ref.pins[0], ref.pins[1:]
        parts = [f"par/{first}" if first[0].isdigit() else f"pt/{first.lower()}"] + [f"pt/{p.lower()}" for p in rest]
    elif j == "FR":
        parts = [f"al/{ref.pins[0]}"]
    else:
        parts = ref.pins
    return top + "/" + "/".join(parts)


def _item_id(ref: Ref, top: str, index: Index) -> str | None:
    """"art. 226-1, 2°": the alinéa that opens with the item's number (items are alinéas in LEGI, counted after
    the lead-in, so 2° is the third)."""
    if not ref.pins or not ref.pins[0].endswith("°"):
        return None
    for c in index.children.get(top, []):
        if index.provisions[c].text.lstrip().startswith(ref.pins[0]):
            return c
    return top + "/item/" + ref.pins[0]  # not found: reported as a missing subdivision


@dataclass
class Resolved:
    ref: Ref
    provision: Provision | None  # the top-level provision (None for a whole instrument or schedule)
    pinpoint: Provision | None
    members: list[Provision] = field(default_factory=list)  # a schedule's paragraphs, a bill's sections


ITEM = re.compile(r"\d+°(?:\s(?:bis|ter|quater)\b)?")
DASHED = re.compile(r"^(\d+)-(\d+)(?:-([a-z]))?$")


def resolve(ref: Ref, index: Index) -> Resolved:
    if ref.kind == "instrument":
        members = [p for p in index.top_level(ref.source.id)]
        return Resolved(ref, None, None, members)
    if ref.kind == "schedule":
        prefix = f"{ref.source.id_prefix}/schedule/{ref.schedule.lower()}/"
        members = [p for p in index.top_level(ref.source.id) if p.id.startswith(prefix)]
        if not members:
            raise CitationError(f"Schedule {ref.schedule} of the {ref.source.short_name} is not in the corpus"
                                + _coverage_note(ref.source), _schedule_range(ref, index))
        return Resolved(ref, None, None, members)
    top = _top_id(ref)
    provision = index.provision(top)
    dashed = DASHED.match(ref.number) if ref.source.jurisdiction == "EU" and ref.kind == "article" else None
    if provision is None and dashed and not ref.pins:
        # "article 28-2 DSA", "article 26-1-d DSA": French writers' paragraph (and point) of an EU article,
        # whose articles are plain numbers.
        return resolve(replace(ref, number=dashed.group(1), pins=[x for x in dashed.groups()[1:] if x]), index)
    if provision is None and ref.source.jurisdiction == "FR" and ref.kind == "article" and ref.number.startswith("L"):
        # "article L.223-15-2 du Code pénal": writers used to other codes give the legislative part its "L.", which
        # the Code pénal's legislative articles do not carry (its "R." articles, of the regulatory part, are numbers of
        # their own: "R. 623-1" is never read as 623-1).
        bare = replace(ref, number=ref.number[1:])
        if index.provision(_top_id(bare)) is not None:
            return resolve(bare, index)
    if provision is None:
        raise CitationError(_missing_message(ref, index), _nearest(ref, index))
    pin_id = _item_id(ref, top, index) or _pin_id(ref, top)
    if ref.source.jurisdiction == "EU" and pin_id not in index.provisions and "/par/" in pin_id:
        pin_id = pin_id.replace("/par/", "/pt/", 1)  # Art. 3(60) AI Act: definitions are numbered points
    pinpoint = None
    if pin_id != top:
        pinpoint = index.provision(pin_id)
        if pinpoint is None:
            kids = [index.provisions[c].citation for c in index.children.get(top, [])]
            if ref.pins[0].endswith("°"):
                # "art. 222-33-2-2, 12°": the items it has, by their numbers, not its twelve alinéas
                items = [(m.group(0), index.provisions[c].citation) for c in index.children.get(top, [])
                         if (m := ITEM.match(index.provisions[c].text.lstrip()))]
                raise CitationError(f"{provision.citation} has no {ref.pins[0]}; "
                                    + (f"its numbered items are {', '.join(n for n, _ in items)}" if items
                                       else "it has no numbered items"), [c for _, c in items][:5])
            raise CitationError(f"{provision.citation} has no {''.join(f'({p})' for p in ref.pins)}"
                                + (f"; it has {_span(kids)}" if kids else "; it has no numbered subdivisions"),
                                kids[:5])
    return Resolved(ref, provision, pinpoint)


def _span(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{items[0]} … {items[-1]} ({len(items)} in all)"


def _coverage_note(source: Source) -> str:
    return f" ({source.status_detail})" if "extract" in source.status_detail.lower() else ""


def _numbers(ref: Ref, index: Index) -> list[str]:
    kind = {"article": "article", "recital": "recital", "section": "section", "schedule-paragraph": "schedule-paragraph",
            "bill-section": "bill-section", "annex": "annex"}.get(ref.kind)
    return [p.number for p in index.top_level(ref.source.id) if p.kind == kind and "/dup/" not in p.id]


def _range_text(numbers: list[str]) -> str:
    """'1–11, 98–241': the runs actually held, so an extract's gaps show."""
    digits = sorted({int(n) for n in numbers if n.isdigit()})
    if not digits:
        return ", ".join(numbers[:15])
    runs, start = [], digits[0]
    for a, b in zip(digits, digits[1:] + [None]):
        if b != a + 1:
            runs.append(f"{start}–{a}" if a != start else str(a))
            start = b
    return ", ".join(runs)


def _missing_message(ref: Ref, index: Index) -> str:
    numbers = _numbers(ref, index)
    label = {"article": "Article", "recital": "Recital", "section": "section", "schedule-paragraph": "paragraph",
             "bill-section": "section", "annex": "Annex"}.get(ref.kind, ref.kind)
    if ref.kind == "annex":
        what, plural = f"Annex {numeral(int(ref.number))}", "Annexes"
    else:
        what, plural = f"{label} {ref.number}" + (f" of Schedule {ref.schedule}" if ref.schedule else ""), f"{label}s"
    has = f"; the {ref.source.short_name} has {plural} {_range_text(numbers)}" if numbers and ref.source.jurisdiction != "FR" else ""
    return f"{what} is not in the {ref.source.short_name} as held in the corpus{has}{_coverage_note(ref.source)}"


def _nearest(ref: Ref, index: Index) -> list[str]:
    numbers = _numbers(ref, index)
    if ref.number.isdigit():
        digits = sorted((abs(int(n) - int(ref.number)), n) for n in numbers if n.isdigit())
        return [n for _, n in digits[:3]]
    return difflib.get_close_matches(ref.number, numbers, n=3, cutoff=0.6)


def _schedule_range(ref: Ref, index: Index) -> list[str]:
    nums = {p.id.split("/schedule/")[1].split("/")[0] for p in index.top_level(ref.source.id) if "/schedule/" in p.id}
    return sorted(nums, key=lambda x: (len(x), x))[:20]


# ---------------------------------------------------------------- public API


def _by_id_or_url(text: str, index: Index) -> Resolved | None:
    """An id crosslex prints ("eu/reg/2022/2065/art/34/par/1", "action/…") or an official URL of a provision
    in the corpus (EUR-Lex, legislation.gov.uk, Légifrance, uscode.house.gov)."""
    from .urls import provision_for_url

    key = text.strip().strip("<>").rstrip("/")
    pid = key if key in index.provisions else provision_for_url(key, index)
    if pid is None:
        pid = key
    whole = next((s for s in load_sources(index.config) if s.id_prefix == pid), None)
    if whole is not None and pid not in index.provisions:
        return Resolved(Ref(text, whole, "instrument"), None, None, index.top_level(whole.id))
    sched = re.match(r"^(.+)/schedule/(\w+)$", pid)
    owner = next((s for s in load_sources(index.config) if sched and s.id_prefix == sched.group(1)), None)
    if owner is not None:
        return resolve(Ref(text, owner, "schedule", schedule=sched.group(2).upper()), index)
    if pid not in index.provisions:
        return None
    p = index.provisions[pid]
    top = p
    while top.parent and top.parent in index.provisions:
        top = index.provisions[top.parent]
    src = next((s for s in load_sources(index.config) if s.id == top.source), None)
    if src is None:  # a regulatory action
        src = Source(top.source, "action", top.jurisdiction, top.language, top.heading, top.citation, top.citation,
                     (), top.url, "", "", top.as_of, top.status, "", "", "action")
    kind = {"article": "article", "recital": "recital", "section": "section"}.get(top.kind, top.kind)
    ref = Ref(text, src, kind, top.number)
    return Resolved(ref, top, p if p is not top else None)


def cite(text: str, index: Index | None = None) -> dict:
    """Resolve one reference to its provision, pinpoint and formatted citations. An id crosslex printed or
    an official URL of a provision in the corpus resolves too."""
    index = index or open_index()
    res = _by_id_or_url(text or "", index) if text and len(text) <= MAX_REF_CHARS * 2 else None
    if res is None:
        ref = parse_reference(text, index.config)
        res = resolve(ref, index)
    ref = res.ref
    src = ref.source
    if res.provision is None:
        # A whole instrument or schedule: its parts, verbatim, in order.
        members = res.members
        label = f"Schedule {ref.schedule}, {src.short_name}" if ref.kind == "schedule" else src.short_name
        rid = f"{src.id_prefix}/schedule/{ref.schedule.lower()}" if ref.kind == "schedule" else src.id_prefix
        return {"input": text, "id": rid, "citation": label, "house_citation": label if ref.kind == "schedule" else src.citation,
                "title": src.title, "text": "\n\n".join(f"{m.citation}\n{m.text}" for m in members),
                "url": src.official_url if ref.kind != "schedule" else f"{src.official_url}/schedule/{ref.schedule.lower()}",
                "as_of": src.as_of, "status": src.status, "status_detail": src.status_detail,
                "jurisdiction": src.jurisdiction, "instrument": src.short_name, "pinpoint": None,
                "provisions": [{"id": m.id, "citation": m.citation, "heading": m.heading} for m in members]}
    p, pin = res.provision, res.pinpoint
    out = {"input": text, "id": p.id, "citation": p.citation, "house_citation": house_style(p, src),
           "title": p.heading, "text": p.text, "url": p.url, "as_of": p.as_of, "status": p.status,
           "status_detail": src.status_detail, "jurisdiction": p.jurisdiction, "instrument": p.instrument,
           "pinpoint": None}
    notes = [p.note] if p.note else []
    if ref.also:
        notes.append(f"{text!r} also names {', '.join(ref.also)} (identical text); shown: {src.short_name}, "
                     f"the furthest advanced.")
    if notes:
        out["note"] = " ".join(notes)
    if pin is not None:
        out["pinpoint"] = {"id": pin.id, "citation": pin.citation, "house_citation": house_style(pin, src, p),
                           "text": pin.text, "url": pin.url}
    return out


def neighbours(pid: str, index: Index, n: int = 2) -> list[Provision]:
    """The provisions before and after `pid` in its instrument, in document order."""
    p = index.provision(pid)
    if p is None:
        return []
    siblings = [q for q in index.top_level(p.source) if q.kind == p.kind and "/dup/" not in q.id]
    i = next((k for k, q in enumerate(siblings) if q.id == pid), None)
    if i is None:
        return []
    return siblings[max(0, i - n):i] + siblings[i + 1:i + 1 + n]


def extract(text: str, index: Index | None = None) -> list[dict]:
    """Every reference in a pasted text (see kb.extract)."""
    from .extract import extract as run

    return run(text, index)
