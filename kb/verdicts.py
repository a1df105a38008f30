"""What a fact-check returns: a verdict on one claim, with its explanation, correction, caveats and evidence."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .types import Provision

SUPPORTED, CONTRADICTED, UNVERIFIABLE, NOT_A_CLAIM = "supported", "contradicted", "unverifiable", "not a claim"


@dataclass
class Claim:
    text: str
    verdict: str
    explanation: str
    evidence: list[dict] = field(default_factory=list)
    correction: str = ""
    caveats: list[str] = field(default_factory=list)
    kind: str = ""  # reference | status | event | date | quote | figure | duty | power | text | (empty: nothing checkable)
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict:
        d = {"text": self.text, "verdict": self.verdict, "kind": self.kind, "explanation": self.explanation,
             "correction": self.correction, "caveats": self.caveats, "evidence": self.evidence}
        if self.span is not None:
            d["span"] = list(self.span)
        return d


def quote(p: Provision, text: str) -> dict:
    return {"id": p.id, "citation": p.citation, "quote": text, "url": p.url}




def described(p: Provision, width: int = 90) -> str:
    """What a provision is about as a reader sees it: its heading, or, for an article headed only by its number
    (the Code pénal's "Article 222-33-2-1", "Article R624-1"), its opening words."""
    if p.heading and not re.match(r"(?i)^(?:article|section|§)\s*[LRDA]?[\d.-]+\w*$", p.heading.strip()):
        return p.heading
    return opening(p, width)


def opening(p: Provision, width: int = 90) -> str:
    """A provision's own opening words, cut at a word ("4. The Commission, after consulting the Board, …": which
    paragraph it is, where its article's heading would not say)."""
    first = p.text.split("\n", 1)[0].strip()
    return first if len(first) <= width else first[:width].rsplit(" ", 1)[0] + " …"
