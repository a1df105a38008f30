"""House styles: Bluebook (US), OSCOLA (UK), the EU's own style and French doctrine's abbreviated form."""
from __future__ import annotations

from .types import Provision, Source


def house_style(p: Provision, source: Source, top: Provision | None = None) -> str:
    """Bluebook (US), OSCOLA (UK), the EU's own style, and French doctrine's abbreviated form."""
    top = top or p
    if top.kind == "action":
        return top.citation
    rel = p.id[len(top.id):].strip("/").split("/") if p.id != top.id else []
    if source.jurisdiction == "EU":
        if top.kind == "recital":
            return f"{source.citation}, recital {top.number}"
        if top.kind == "final":
            return f"{source.citation}, binding clause"
        if top.kind == "annex":
            return f"{source.citation}, annex {top.number}" + "".join(f", point {x}" for x in rel if x != "pt")
        pins = [x for x in rel if x not in ("par", "pt", "subpar")]
        return f"{source.citation}, art {top.number}" + "".join(f"({x})" for x in pins)
    if source.jurisdiction == "UK":
        pins = "".join(f"({x})" for x in rel)
        if "/schedule/" in top.id:
            sch = top.id.split("/schedule/")[1].split("/")[0].upper()
            return f"{source.short_name}, sch {sch}, para {top.number}{pins}"
        return f"{source.short_name}, s {top.number}{pins}"
    if source.jurisdiction == "FR":
        al = f", al. {rel[1]}" if len(rel) == 2 and rel[0] == "al" else ""
        return f"C. pén., art. {top.number}{al}"
    pins = "".join(f"({x})" for x in rel)
    if source.kind == "usc-section":
        return f"{source.citation}{pins}"
    year = source.as_of[:4]
    if source.kind == "public-law":
        sec = f", § {top.number}{pins}" if top.kind == "bill-section" else ""
        stat = f", {source.extra['statutes_at_large']}" if source.extra.get("statutes_at_large") else ""
        return f"{source.citation}{sec}{stat} ({year})"
    label = "H.R." if source.extra.get("bill_type") == "hr" else "S."
    sec = f" § {top.number}{pins}" if top.kind == "bill-section" else ""
    return f"{label} {source.extra.get('bill_number')}, {source.extra.get('congress')}th Cong.{sec} ({year})"
