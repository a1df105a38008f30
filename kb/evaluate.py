"""Retrieval evaluation on a question set: provision-level recall@k and MRR (the `eval` stage)."""
from __future__ import annotations

from pathlib import Path

import yaml

from .index import Index, open_index
from .search import search


def load_questions(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def evaluate_retrieval(questions: list[dict], k: int = 5, index: Index | None = None) -> dict:
    index = index or open_index()
    rows, rr = [], []
    for q in questions:
        if q.get("scope") == "out":
            continue
        ranked = [h.provision.id for h in search(q["q"], k=max(k, 10), index=index)]
        rank = next((i + 1 for i, pid in enumerate(ranked) if pid in q["expect"]), None)
        rows.append({"q": q["q"], "rank": rank, "top": ranked[:3]})
        rr.append(1.0 / rank if rank else 0.0)
    hits = sum(1 for r in rows if r["rank"] and r["rank"] <= k)
    return {"n": len(rows), f"recall@{k}": hits / len(rows), "mrr": sum(rr) / len(rr),
            "misses": [r for r in rows if not r["rank"] or r["rank"] > k]}
