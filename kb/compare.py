"""Cross-jurisdiction comparison: for a topic, one row per jurisdiction with the governing provision, its key
quote, the penalty or obligation figures stated in it, status and as-of date."""
from __future__ import annotations

from .answer import ABSTAIN_BELOW
from .evidence import select_evidence
from .question import analyse
from .index import Index, open_index
from .quantities import describe, extract
from .registry import JURISDICTIONS
from .search import clean_query, search


def compare(topic: str, index: Index | None = None, per_jurisdiction: int = 2) -> dict:
    index = index or open_index()
    topic = clean_query(topic, index.config)
    rows = []
    q = analyse(topic, index.config)
    for j in JURISDICTIONS:
        hits = search(topic, k=4, jurisdiction=j, index=index, question=q)
        evidence, confidence = select_evidence(q, hits, index, per_provision=1, max_quotes=per_jurisdiction)
        if not evidence or confidence < ABSTAIN_BELOW:
            rows.append({"jurisdiction": j, "found": False,
                         "note": f"nothing in the corpus for {j} on this topic",
                         "nearest": [h.provision.citation for h in hits[:2]]})
            continue
        lead = evidence[0]

        def figures(e) -> str:
            # The figures of the sub-provision quoted (an alinéa states its penalty beside the offence).
            found = extract(e.provision.text if e.provision.parent else e.quote)
            return "" if found.empty else describe(found)

        rows.append({
            "jurisdiction": j, "found": True,
            "provisions": [{"id": e.provision.id, "citation": e.provision.citation, "quote": e.quote,
                            "url": e.provision.url, "figures": figures(e)} for e in evidence],
            "key_quote": lead.quote, "citation": lead.provision.citation,
            "figures": [figures(lead)] if figures(lead) else [],
            "status": lead.provision.status, "as_of": lead.provision.as_of,
            "confidence": round(confidence, 3),
        })
    return {"topic": topic, "rows": rows}
