"""A fact-check result as a report for the desk: Markdown (sentence by sentence) and HTML (the article itself,
each checked sentence marked with its verdict, the explanation and evidence beside it)."""
from __future__ import annotations

import html

COLOURS = {"supported": "#d3f2d9", "contradicted": "#f9d3d3", "unverifiable": "#fbeec2", "not a claim": "#eceff1"}
LABELS = {"supported": "SUPPORTED", "contradicted": "CONTRADICTED", "unverifiable": "UNVERIFIABLE",
          "not a claim": "not a claim"}


def counts(result: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in result["claims"]:
        out[c["verdict"]] = out.get(c["verdict"], 0) + 1
    return out


def _header(result: dict) -> list[str]:
    lines = []
    if result.get("published"):
        lines.append(f"Publication date: {result['published']}" + (f" ({result['published_from']})" if result.get("published_from") else ""))
    lines.append(" · ".join(f"{n} {v}" for v, n in counts(result).items()))
    return lines


def to_markdown(result: dict) -> str:
    out = ["# crosslex fact-check", ""] + [f"{line}  " for line in _header(result)] + [""]
    for i, c in enumerate(result["claims"], 1):
        out.append(f"{i}. **{LABELS[c['verdict']]}** — {c['text']}")
        if c["verdict"] == "not a claim":
            continue
        out.append(f"   - {c['explanation']}")
        if c.get("correction"):
            out.append(f"   - Correction: {c['correction']}")
        for cav in c.get("caveats", []):
            out.append(f"   - Caveat: {cav}")
        for e in c["evidence"]:
            out.append(f"   - {e['citation']}: “{' '.join(e['quote'].split())}” <{e['url']}>")
    return "\n".join(out) + "\n"


def _note(c: dict) -> str:
    parts = [f"<b>{LABELS[c['verdict']]}</b>: {html.escape(c['explanation'])}"]
    if c.get("correction"):
        parts.append(f"<br><b>Correction</b>: {html.escape(c['correction'])}")
    for cav in c.get("caveats", []):
        parts.append(f"<br><b>Caveat</b>: {html.escape(cav)}")
    for e in c["evidence"]:
        parts.append(f"<br><a href='{html.escape(e['url'])}'>{html.escape(e['citation'])}</a>: "
                     f"<q>{html.escape(' '.join(e['quote'].split()))}</q>")
    return "".join(parts)


def annotated_html(result: dict) -> str:
    """The input text with each sentence highlighted by verdict and numbered; the notes follow."""
    text, pos, body, notes = result["input"], 0, [], []
    for i, c in enumerate(result["claims"], 1):
        span = c.get("span")
        if not span or span[0] < pos:
            continue
        start, end = span
        body.append(html.escape(text[pos:start]).replace("\n", "<br>"))
        colour = COLOURS[c["verdict"]]
        body.append(f"<span style='background:{colour};border-radius:3px;padding:1px 2px' "
                    f"title='{html.escape(c['verdict'])}'>{html.escape(text[start:end])}<sup>[{i}]</sup></span>")
        pos = end
        if c["verdict"] != "not a claim":
            notes.append(f"<li value='{i}' style='margin-bottom:0.5em'>{_note(c)}</li>")
    body.append(html.escape(text[pos:]).replace("\n", "<br>"))
    return ("<div style='line-height:1.8'>" + "".join(body) + "</div>"
            + ("<ol style='font-size:0.92em'>" + "".join(notes) + "</ol>" if notes else ""))


def to_html(result: dict) -> str:
    head = "".join(f"<p>{html.escape(line)}</p>" for line in _header(result))
    return ("<!doctype html><meta charset='utf-8'><title>crosslex fact-check</title>"
            "<body style='font-family:system-ui,sans-serif;max-width:52em;margin:2em auto'>"
            f"<h1>crosslex fact-check</h1>{head}{annotated_html(result)}</body>")
