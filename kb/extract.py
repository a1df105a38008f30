"""Every reference in a pasted text, resolved against the index, and the text annotated with them.

Each item: the span as written, its status — `resolved` (id, citation, link), `not in corpus` (an instrument
or provision crosslex does not hold, with what it does know), `unresolved` (the instrument is held but not
that provision, with the reason) or `not recognised` (a designator with no instrument to attach it to).
"""
from __future__ import annotations

import html
import re

from .citation import resolve
from .grammar import MAX_EXTRACT_CHARS, Ref, _to_ref
from .errors import CitationError
from .index import Index, open_index
from .names import Name
from .designators import reparts
from .references import Mention, find
from .registry import load_sources

RESOLVED, ABSENT, UNRESOLVED, UNRECOGNISED = "resolved", "not in corpus", "unresolved", "not recognised"


def _label(status: str) -> str:
    return "a bill, not law" if status.startswith("bill") else status


# "Chapter 110 of Title 18 of the U.S. Code": a chapter of a title whose sections are the instruments here
USC_CHAPTER = re.compile(r"\b[Cc]hapter\s+(\d{1,3}[A-Z]?)\s+of\s+(?:the\s+)?$")


def _instrument_item(name: Name, index: Index, before: str = "") -> dict:
    item = {"text": name.text, "span": list(name.span), "kind": "instrument"}
    if name.source is not None:
        s = name.source
        return item | {"status": RESOLVED, "resolved": True, "id": s.id_prefix, "citation": s.short_name,
                       "url": s.official_url, "legal_status": _label(s.status), "title": s.title}
    if name.title:
        chapter = USC_CHAPTER.search(before)
        if chapter is not None:
            # what the corpus holds of that chapter, read from its sections' headings path ("Chapter 110")
            mark = f"Chapter {chapter.group(1)}"
            held = [p.citation for p in index.provisions.values() if p.parent is None
                    and p.id.startswith(f"us/usc/t{name.title}/") and mark in p.path]
            return item | {"text": chapter.group(0) + name.text, "span": [len(before) - len(chapter.group(0)), name.span[1]],
                           "status": ABSENT, "resolved": False,
                           "error": f"chapter {chapter.group(1)} of title {name.title} of the U.S. Code as a whole is not in "
                                    f"the corpus; it holds of it " + (", ".join(held) or "no section")}
        held = [s.short_name for s in load_sources(index.config) if s.id_prefix.startswith(f"us/usc/t{name.title}/")]
        return item | {"status": ABSENT, "resolved": False,
                       "error": f"title {name.title} of the U.S. Code as a whole is not in the corpus; it holds "
                                + ", ".join(held)}
    return item | {"status": ABSENT, "resolved": False, "error": name.absent["note"],
                   **({"unknown": True} if name.absent.get("unknown") else {}),
                   **({"near": name.absent["near"]} if name.absent.get("near") else {})}


def _provision_item(mention: Mention, ref: Ref, index: Index) -> dict:
    item = {"text": mention.text, "span": list(mention.span), "kind": "provision", "short_form": mention.short}
    try:
        res = resolve(ref, index)
    except CitationError as e:
        return item | {"status": UNRESOLVED, "resolved": False, "error": str(e), "suggestions": e.suggestions}
    src = ref.source
    if res.provision is None:
        rid = src.id_prefix + (f"/schedule/{ref.schedule.lower()}" if ref.kind == "schedule" else "")
        label = f"Schedule {ref.schedule}, {src.short_name}" if ref.kind == "schedule" else src.short_name
        url = src.official_url + (f"/schedule/{ref.schedule.lower()}" if ref.kind == "schedule" else "")
        return item | {"status": RESOLVED, "resolved": True, "id": rid, "citation": label, "url": url,
                       "legal_status": _label(src.status)}
    target = res.pinpoint or res.provision
    return item | {"status": RESOLVED, "resolved": True, "id": target.id, "citation": target.citation,
                   "url": target.url, "legal_status": _label(target.status)}


def _absent_item(mention: Mention, part, index: Index) -> dict:
    absent = mention.name.absent
    item = {"text": mention.text, "span": list(mention.span), "kind": "provision", "status": ABSENT,
            "resolved": False, "error": absent["note"], **({"unknown": True} if absent.get("unknown") else {})}
    inserted = {str(k).upper(): v for k, v in (absent.get("inserted_by") or {}).items()}
    if part.number.upper() in inserted:
        by = index.provision(inserted[part.number.upper()])
        if by is not None:
            item |= {"see": {"id": by.id, "citation": by.citation, "url": by.url},
                     "error": f"s. {part.number} {mention.name.text} is not in the corpus as such; it was inserted "
                              f"by {by.citation}, whose text (quoting it) is."}
    return item


def _mention_items(mention: Mention, index: Index, short_done: bool = False) -> list[dict]:
    if mention.short and not short_done and len(mention.candidates) > 1:
        return _short_form_items(mention, index)
    if mention.citeurl is not None:
        item = {"text": mention.text, "span": list(mention.span), "kind": "provision", "short_form": False}
        try:
            ref = _to_ref(mention.citeurl, index.config)
        except CitationError as e:
            return [item | {"status": ABSENT, "resolved": False, "error": str(e)}]
        return [_provision_item(mention, ref, index)]
    if mention.name is None:
        labels = ", ".join(f"{p.kind} {p.number}" for p in mention.parts)
        if mention.unknown:
            return [{"text": mention.text, "span": list(mention.span), "kind": "provision", "status": ABSENT,
                     "resolved": False, "unknown": True,
                     "error": f"{mention.unknown} is not in the corpus (crosslex does not know it)"}]
        # one item per reference: "Article 99(3), (4) and (5)" with no instrument named is three of them
        return [{"text": mention.text, "span": list(mention.span), "kind": "provision", "status": UNRECOGNISED,
                 "resolved": False, "error": f"{p.kind} {p.number}{''.join(f'({x})' for x in p.pins)}: no instrument "
                                             f"is named for it"} for p in mention.parts] or \
            [{"text": mention.text, "span": list(mention.span), "kind": "provision", "status": UNRECOGNISED,
              "resolved": False, "error": f"{labels}: no instrument is named for it"}]
    if mention.name.absent is not None:
        return [_absent_item(mention, p, index) for p in mention.parts]
    out = []
    for p in mention.parts:
        if p.number.endswith(" ancien"):
            out.append({"text": mention.text, "span": list(mention.span), "kind": "provision", "status": ABSENT,
                        "resolved": False, "error": f"article {p.number.split()[0]} of the former {mention.name.text} "
                                                    f"(before its present numbering) is not in the corpus"})
            continue
        if mention.name.title:
            prefix = f"us/usc/t{mention.name.title}/s{p.number.lower()}"
            src = next((s for s in load_sources(index.config) if s.id_prefix == prefix), None)
            if src is None:
                held = ", ".join(s.short_name for s in load_sources(index.config) if s.kind == "usc-section")
                out.append({"text": mention.text, "span": list(mention.span), "kind": "provision", "status": ABSENT,
                            "resolved": False,
                            "error": f"{mention.name.title} U.S.C. § {p.number} is not in the corpus (it holds {held})"})
                continue
            ref = Ref(mention.text, src, "usc", p.number, p.pins)
        else:
            ref = Ref(mention.text, mention.name.source, p.kind, p.number, p.pins, schedule=p.schedule)
            if p.kind == "usc" and mention.name.source.extra.get("section", p.number).lower() != p.number.lower():
                out.append({"text": mention.text, "span": list(mention.span), "kind": "provision",
                            "status": UNRESOLVED, "resolved": False,
                            "error": f"{mention.name.source.short_name} is § {mention.name.source.extra.get('section')}, "
                                     f"not § {p.number}"})
                continue
        if p.through and not p.pins:
            out += _between(mention, p, index)
        out.append(_provision_item(mention, ref, index))
    return out


def _between(mention: Mention, p: Part, index: Index) -> list[dict]:
    """The articles a code range spans between its two ends, in the code's order ("226-1 à 226-7": 226-2,
    226-2-1, 226-3 …); none when either end is not an article of the code."""
    src = mention.name.source
    first, last = (f"{src.id_prefix}/article/{n.lower()}" for n in (p.through, p.number))
    order = index.order
    if first not in order or last not in order or order[first] >= order[last]:
        return []
    inside = sorted((pid for pid, at in order.items() if order[first] < at < order[last]
                     and pid.startswith(f"{src.id_prefix}/article/") and pid.count("/") == first.count("/")),
                    key=order.get)
    return [_provision_item(mention, Ref(mention.text, src, "article", pid.rsplit("/", 1)[1], []), index)
            for pid in inside[:60]]


def _short_form_items(mention: Mention, index: Index) -> list[dict]:
    """A short form ("Section 188", "Article 73") reads against the instruments named before it, latest
    first: the first under which it resolves wins; failing all, the latest one's answer stands."""
    first = None
    for name in mention.candidates:
        trial = Mention(mention.text, mention.span, reparts(mention, name), name, True)
        items = _mention_items(trial, index, short_done=True)
        if all(it["status"] == RESOLVED for it in items):
            return items
        first = first or items
    return first or []


def extract(text: str, index: Index | None = None) -> list[dict]:
    """Every reference and instrument name in `text`, in order, each resolved or flagged with why not."""
    index = index or open_index()
    if len(text) > MAX_EXTRACT_CHARS:
        raise CitationError(f"text too long ({len(text)} characters; the limit is {MAX_EXTRACT_CHARS})")
    mentions, names = find(text, index.config)
    items = [it for m in mentions for it in _mention_items(m, index)]
    items += [_instrument_item(n, index, text[:n.span[0]]) for n in names]
    items = sorted(items, key=lambda it: (it["span"][0], it["kind"] != "provision"))
    return [it for i, it in enumerate(items) if not _cited_next(it, items[i + 1:i + 2], text)
            and not _codified_in_brackets(it, items[i - 1:i] if i else [], text)]


def _cited_next(item: dict, following: list[dict], text: str) -> bool:
    """"The Communications Decency Act, 47 U.S.C. § 230 (CDA)": a name followed at once by the citation of the
    same provision is one mention, the citation's."""
    if item["kind"] != "instrument" or not item.get("resolved") or not following:
        return False
    nxt = following[0]
    if nxt["kind"] != "provision":
        return False  # names glossing names are kb.names' business (GLOSS)
    between = text[item["span"][1]:nxt["span"][0]]
    return bool(nxt.get("resolved")) and re.fullmatch(r"\s*[,(]\s*", between) is not None \
        and (nxt["id"] == item["id"] or nxt["id"].startswith(item["id"] + "/"))


def _codified_in_brackets(item: dict, before: list[dict], text: str) -> bool:
    """"section 404(b)(1)(K) of the Juvenile Justice and Delinquency Prevention Act of 1974 (34 U.S.C.
    11293(b)(1)(K))": the U.S. Code citation in brackets just after a provision of an Act the corpus lacks codifies
    that provision: one mention, the Act's."""
    if not before or item["kind"] != "provision" or item.get("resolved") or before[0].get("resolved"):
        return False
    between = text[before[0]["span"][1]:item["span"][0]]
    return re.fullmatch(r"\s*\(\s*", between) is not None and "U.S.C" in item["text"] \
        and text[item["span"][1]:item["span"][1] + 2].lstrip().startswith(")")


def annotate(text: str, items: list[dict]) -> str:
    """The text as HTML with every reference marked: a link where it resolves, its reason otherwise."""
    out, pos = [], 0
    spans = sorted({(tuple(it["span"]), i) for i, it in enumerate(items)})
    for (start, end), i in spans:
        if start < pos:
            continue
        it = items[i]
        out.append(html.escape(text[pos:start]))
        words = html.escape(text[start:end])
        if it["resolved"]:
            out.append(f'<a href="{html.escape(it["url"])}" title="{html.escape(it["citation"])}">{words}</a>')
        else:
            out.append(f'<mark title="{html.escape(it["status"] + ": " + it.get("error", ""))}">{words}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)
