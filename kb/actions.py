"""Regulatory actions (`*-actions.json`): validated, linked to the provisions they name, citable as
`action/<id>` and searchable beside the law.

The descriptions are the collector's own words and are shown as such; only the excerpts are verbatim, so an
action's provision `text` is its excerpts and its description is kept in `note`.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from dataclasses import asdict, dataclass, field

from .config import Config
from .glossary import looks_french
from .registry import load_sources
from .types import Provision

REQUIRED = {"id": str, "date": str, "authority": str, "target": str, "instrument": str, "articles": list,
            "action_type": str, "description": str, "excerpts": list, "confidence": str}
NULLABLE = {"instrument"}  # a statement or enquiry need not act under a named instrument
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class Action:
    id: str
    date: str
    authority: str
    target: str
    instrument: str | None
    articles: list[str]
    action_type: str
    description: str
    amount_eur: float | None
    official_url: str | None
    excerpts: list[dict]
    confidence: str
    jurisdiction: str
    file: str
    extra: dict = field(default_factory=dict)
    links: list[dict] = field(default_factory=list)

    @property
    def provision_id(self) -> str:
        return f"action/{self.id}"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Problem:
    file: str
    record: str
    reason: str


def validate(rec, file: str) -> str | None:
    """The reason `rec` is malformed, or None."""
    if not isinstance(rec, dict):
        return "record is not an object"
    for key, typ in REQUIRED.items():
        if key not in rec:
            return f"missing field {key!r}"
        if rec[key] is None and key in NULLABLE:
            continue
        if not isinstance(rec[key], typ):
            return f"field {key!r} should be {typ.__name__}"
    if not DATE.match(rec["date"]):
        return f"date {rec['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
    if rec.get("amount_eur") is not None and not isinstance(rec["amount_eur"], (int, float)):
        return "amount_eur should be a number or null"
    for ex in rec["excerpts"]:
        if not isinstance(ex, dict) or not isinstance(ex.get("text"), str) or not ex["text"].strip():
            return "every excerpt needs a non-empty text"
    return None


# "European Commission decision of 5 December 2025": a record's target that is another record's decision
CHALLENGED = re.compile(r"^(?P<who>.+?)\s+decision\s+of\s+(?P<day>\d{1,2}\s+[A-Za-z]+\s+\d{4})$")


def challenged(a: Action, actions: list[Action]) -> Action | None:
    """The recorded decision a record is brought against ("court challenge" of the "European Commission decision of
    5 December 2025"): what a sentence says of the appeal's amount is that decision's."""
    m = CHALLENGED.match(a.target.strip())
    if m is None:
        return None
    try:
        day = datetime.strptime(m.group("day"), "%d %B %Y").date().isoformat()
    except ValueError:
        return None
    who = m.group("who").lower()
    return next((o for o in actions if o is not a and o.date == day and who in o.authority.lower()), None)


def amounts_of(a: Action, actions: list[Action] = ()) -> set[float]:
    """The amounts a record gives: its total and the parts it is reported to be made of; for an appeal that gives
    none, those of the decision it challenges ("X has appealed the €120 million DSA fine")."""
    parts = a.extra.get("amount_breakdown_eur") or {}
    own = {float(x) for x in [a.amount_eur, *parts.values()] if x}
    other = challenged(a, actions) if not own and actions else None
    return amounts_of(other) if other is not None else own


def load_actions(config: Config | None = None) -> tuple[list[Action], list[Problem]]:
    config = config or Config()
    root = config.require_corpus()
    actions, problems, seen = [], [], set()
    for path in sorted(root.glob("*/*-actions.json")):
        rel = str(path.relative_to(root))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            records = data["actions"]
            jurisdiction = data.get("jurisdiction") or path.parent.name.upper()
        except (OSError, ValueError, KeyError, TypeError) as e:
            problems.append(Problem(rel, "*", f"unreadable actions file: {e}"))
            continue
        for i, rec in enumerate(records):
            reason = validate(rec, rel)
            rid = rec.get("id", f"#{i}") if isinstance(rec, dict) else f"#{i}"
            if reason is None and rid in seen:
                reason = "duplicate id"
            if reason:
                problems.append(Problem(rel, str(rid), reason))
                continue
            seen.add(rid)
            extra = {k: v for k, v in rec.items() if k not in REQUIRED and k not in ("amount_eur", "official_url")}
            actions.append(Action(rec["id"], rec["date"], rec["authority"], rec["target"], rec["instrument"],
                                  rec["articles"], rec["action_type"], rec["description"], rec.get("amount_eur"),
                                  rec.get("official_url"), rec["excerpts"], rec["confidence"],
                                  str(jurisdiction).upper()[:2], rel, extra))
    actions.sort(key=lambda a: a.date, reverse=True)
    return actions, problems


def to_provision(a: Action) -> Provision:
    text = "\n".join(" ".join(ex["text"].split()) for ex in a.excerpts)
    language = "fr" if looks_french(text) else "en"
    return Provision(
        id=a.provision_id, parent=None, source=f"actions-{a.jurisdiction.lower()}", jurisdiction=a.jurisdiction,
        instrument=a.instrument or "(no instrument named)", kind="action", number=a.id, heading=f"{a.date} — {a.authority}: {a.action_type}",
        path=[f"Regulatory actions ({a.jurisdiction})", a.target], text=text, language=language,
        url=a.official_url or next((ex["source"] for ex in a.excerpts if str(ex.get("source", "")).startswith("http")), ""),
        as_of=a.date,
        status=f"regulatory action; source confidence: {a.confidence}",
        citation=f"{a.authority}, {a.action_type.split(' (')[0]} ({a.date})",
        note=f"Collector's summary (not a quotation): {a.description}")


# ---------------------------------------------------------------- links to provisions

NUMBER = re.compile(r"(?<![\w/])(\d{1,3}[a-z]?(?:-\d{1,3})*)((?:\(\w{1,4}\))*)(?![\w/])")


def _refs(text: str, source) -> list[str]:
    """References typed for the citation grammar, from an article note like "Code pénal, articles 323-2,
    323-3 and 323-4-1 (...)" or "Article 40(12) (...)": the words before the first " (" name the articles."""
    head = text.split(" (")[0]
    refs = []
    for num, pins in NUMBER.findall(head):
        if source.jurisdiction == "EU":
            refs.append(f"Art. {num}{pins} {source.short_name}")
        elif source.jurisdiction == "FR":
            refs.append(f"article {num} du code pénal")
        elif source.jurisdiction == "UK":
            refs.append(f"s. {num}{pins} {source.short_name}")
    return refs


def link(a: Action, index) -> list[dict]:
    """Each named article resolved to a provision id where the corpus holds it, else reported as missing."""
    from .citation import cite
    from .errors import CitationError
    from .hints import hints

    sources = {s.id: s for s in load_sources(index.config)}
    _, action_sources = hints(a.instrument or "", index.config)
    out = []
    for text in a.articles:
        _, named = hints(text.split(" (")[0], index.config)
        if not named and re.match(r"^(Articles?|Art\.)\s", text):
            named = action_sources  # "Article 34(1)" under the action's instrument
        if not named:
            out.append({"text": text, "resolved": False, "error": "the instrument it names is not in the corpus"})
            continue
        for ref in _refs(text, sources[sorted(named)[0]]):
            try:
                r = cite(ref, index)
                target = r["pinpoint"] or r
                out.append({"text": text, "id": target["id"], "citation": target["citation"], "resolved": True})
            except CitationError as e:
                out.append({"text": text, "resolved": False, "error": str(e)})
    return out


def timeline(index, jurisdiction: str | None = None, target: str | None = None, since: str | None = None) -> list[Action]:
    from .errors import QueryError
    from .registry import check_jurisdiction

    jurisdiction = check_jurisdiction(jurisdiction)
    if since and not DATE.match(since):
        raise QueryError(f"--since {since!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    actions, _ = load_actions(index.config)
    out = []
    for a in actions:
        if jurisdiction and a.jurisdiction != jurisdiction:
            continue
        if target and target.casefold() not in a.target.casefold():
            continue
        if since and a.date < since:
            continue
        a.links = link(a, index)
        out.append(a)
    return out
