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
        rank = next((i + 1 for i, pid in enumerate(ranked) if _on(pid, q["expect"])), None)
        rows.append({"q": q["q"], "rank": rank, "top": ranked[:3]})
        rr.append(1.0 / rank if rank else 0.0)
    hits = sum(1 for r in rows if r["rank"] and r["rank"] <= k)
    return {"n": len(rows), f"recall@{k}": hits / len(rows), "mrr": sum(rr) / len(rr),
            "misses": [r for r in rows if not r["rank"] or r["rank"] > k]}


def _figure_present(figure: str, text: str) -> bool:
    """A figure ("6 %", "£18 million", "3 years") is present when its number appears in the text with the
    same unit word nearby, whatever the spacing or language ("60 000" = "60,000")."""
    from .direct import _numbers
    from .quantities import IN_WORDS, in_words

    def digits(s: str) -> str:
        return IN_WORDS.sub(lambda m: f"{in_words(m.group(1)):g}", s)

    wanted = _numbers(digits(figure))
    if not wanted:
        # A figure with no number at all ("quintuple", "tiers") is its word; an empty set of numbers is a subset of
        # anything, so it could never be missing.
        return " ".join(figure.casefold().split()) in " ".join(text.casefold().split())
    return wanted <= _numbers(digits(text))


def _on(pid: str | None, expect: list[str]) -> bool:
    """An expected id names a provision or a whole instrument ("us/pl/119/12"): a citation of the provision or of
    anything inside it is on target."""
    return bool(pid) and any(pid == e or pid.startswith(e + "/") for e in expect)


def evaluate_answers(questions: list[dict], index: Index | None = None) -> dict:
    """Answer quality: on-target citations, figures quoted, abstention (both ways), verbatim quotes."""
    from .answer import ask

    index = index or open_index()
    rows = []
    for q in questions:
        a = ask(q["q"], index=index)
        tops = [c.top.id for c in a.citations]
        row = {"q": q["q"], "abstained": a.abstained, "out": q.get("scope") == "out", "direct": a.direct,
               "first": tops[0] if tops else None}
        if not row["out"]:
            row["on_target"] = _on(row["first"], q["expect"])
            row["any_target"] = any(_on(t, q["expect"]) for t in tops)
        if q.get("figures"):
            shown = a.answer
            row["figures_missing"] = [f for f in q["figures"] if not _figure_present(f, shown)]
        row["not_verbatim"] = sum(1 for c in a.citations if " ".join(c.quote.split()) not in " ".join(index.provisions[c.provision.id].text.split()))
        rows.append(row)
    inscope = [r for r in rows if not r["out"]]
    out = [r for r in rows if r["out"]]
    figs = [r for r in rows if "figures_missing" in r]
    return {
        "n": len(rows),
        "on_target": sum(r["on_target"] for r in inscope) / max(1, len(inscope)),
        "any_target": sum(r["any_target"] for r in inscope) / max(1, len(inscope)),
        "figures": sum(not r["figures_missing"] for r in figs) / max(1, len(figs)) if figs else None,
        "abstain_out": sum(r["abstained"] for r in out) / max(1, len(out)) if out else None,
        "abstain_in": sum(r["abstained"] for r in inscope),
        "not_verbatim": sum(r["not_verbatim"] for r in rows),
        "rows": rows,
    }


def evaluate_references(items: list[dict], index: Index | None = None) -> dict:
    """Extraction recall and precision: an expected id (or "absent") is matched by one extracted item with
    that id, or an id inside it (or with a not-in-corpus status); what is extracted beyond the expected counts
    against precision."""
    from .extract import ABSENT, extract

    index = index or open_index()
    expected = found = matched = 0
    rows = []
    for it in items:
        got = extract(it["text"], index)
        keys = [g["id"] if g["resolved"] else ("absent" if g["status"] == ABSENT else "unrecognised") for g in got]
        want = list(it["expect"])
        pool = list(keys)
        hit = 0
        for w in want:
            # an item or alinéa found for an expected article counts as that article (the sets' convention: "the 6°
            # of article 222-13" is a mention of art. 222-13)
            g = w if w in pool else next((k for k in pool if k.startswith(w + "/")), None)
            if g is not None:
                pool.remove(g)
                hit += 1
        expected += len(want)
        found += len(keys)
        matched += hit
        if hit < len(want) or len(keys) > hit:
            rows.append({"text": it["text"][:100], "want": want, "got": keys})
    return {"n": len(items), "recall": matched / max(1, expected), "precision": matched / max(1, found), "misses": rows}


def evaluate_lookup(items: list[dict], index: Index | None = None) -> dict:
    """Lookup of well-formed references: each resolves to its expected id (the pinpoint when it pinpoints), and
    each bad one fails with an error rather than resolving to something else."""
    from .citation import cite
    from .errors import CrosslexError

    index = index or open_index()
    right, rows = 0, []
    for it in items:
        try:
            got = cite(it["ref"], index)
            gid = (got.get("pinpoint") or {}).get("id") or got["id"]
        except CrosslexError as e:
            gid = "error"
            if not str(e).strip():
                gid = "error without a message"
        ok = gid == it["expect"]
        right += ok
        if not ok:
            rows.append({"ref": it["ref"], "want": it["expect"], "got": gid})
    good = [it for it in items if it["expect"] != "error"]
    return {"n": len(items), "accuracy": right / max(1, len(items)),
            "well_formed": sum(1 for it in good if not any(r["ref"] == it["ref"] for r in rows)) / max(1, len(good)),
            "bad_refused": sum(1 for it in items if it["expect"] == "error" and not any(r["ref"] == it["ref"] for r in rows))
            / max(1, len(items) - len(good)), "misses": rows}


def evaluate_claims(items: list[dict], index: Index | None = None) -> dict:
    """Verdict accuracy on single claims, and how often a claim that is not supported is called supported
    (the error that matters most)."""
    from datetime import date

    from .actions import load_actions
    from .check_text import check_sentence

    index = index or open_index()
    actions, _ = load_actions(index.config)
    rows, right, false_support, not_supported = [], 0, 0, 0
    for it in items:
        published = it.get("date")
        if isinstance(published, str):
            published = date.fromisoformat(published)
        # as the article check reads a sentence, in an article about the records' target
        checked = check_sentence(it["claim"], index, actions, published, context=True)
        got = checked.verdict
        right += got == it["verdict"]
        if it["verdict"] != "supported":
            not_supported += 1
            false_support += got == "supported"
        if got != it["verdict"]:
            rows.append({"claim": it["claim"][:100], "want": it["verdict"], "got": got,
                         "explanation": checked.explanation[:240]})
    return {"n": len(items), "accuracy": right / max(1, len(items)),
            "false_supported": false_support, "false_supported_rate": false_support / max(1, not_supported),
            "misses": rows}


def twins(report: dict, questions: list[dict]) -> dict:
    """English and French twins (questions sharing a `twin` key): the share each language answers on target."""
    from .glossary import looks_french

    by_q = {r["q"]: r for r in report["rows"]}
    score = {"en": [], "fr": []}
    for q in questions:
        if "twin" in q and q["q"] in by_q:
            r = by_q[q["q"]]
            ok = bool(r.get("on_target")) and not r.get("figures_missing")
            score["fr" if looks_french(q["q"]) else "en"].append(ok)
    return {lang: sum(v) / len(v) for lang, v in score.items() if v}
