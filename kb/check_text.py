"""A sentence, a paragraph or a whole article, as a journalist pastes it: each sentence judged check-worthy or not
(kb.claims: headlines, credits, questions, opinions and quotations are "not a claim" and carry no evidence), the
publication date read for relative dates, the instrument a text names before the sentences that point back at it,
and each claim checked by kb.check."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from . import claims as sentences_of
from . import events
from .actions import Action, load_actions
from .check import check_claim
from .dates import find as find_dates, infer_published
from .errors import QueryError
from .extract import extract as extract_refs
from .index import Index, open_index
from .question import Question, analyse
from .references import points_back
from .registry import load_sources
from .search import clean_query
from .verdicts import NOT_A_CLAIM, UNVERIFIABLE, Claim

MAX_TEXT = 20_000


def check_sentence(sentence: str, index: Index, actions: list[Action] | None = None, published: date | None = None,
                   context: bool = False, instrument: str | None = None, q: Question | None = None) -> Claim:
    """One sentence as the article check reads it: a claim with its verdict, or an opinion or a quotation that
    nothing could confirm ("one of the most ambitious regulatory frameworks to date"), which is not a claim."""
    c = check_claim(sentence, index, actions, published, context, instrument, q)
    if c.verdict == UNVERIFIABLE and c.kind != "quote" and (sentences_of.opinion(sentence)
                                                           or (sentences_of.quoted_share(sentence) > 0.5
                                                               and not _dated_report(sentence, published)
                                                               and not _quotes_a_provision(sentence, index))):
        return Claim(sentence, NOT_A_CLAIM, "opinion or quotation: not a checkable claim.")
    return c


def _quotes_a_provision(sentence: str, index: Index) -> bool:
    """"La première disposition-clef est l'article 43-7 de la loi du 30 septembre 1986 …, selon lequel « … »": what a
    named article says is a claim, even in the words of a law the corpus lacks — not someone's quoted opinion."""
    bare = sentences_of.QUOTED.sub(" ", sentence)
    found = extract_refs(bare, index)
    # "Cependant, précise le Code pénal, la répétition n'est pas nécessaire « … »": a held law said to say the
    # quoted words, article or not
    return any(r["kind"] == "provision" for r in found) or (
        SAYS.search(bare) is not None and any(r["kind"] == "instrument" and r.get("resolved") for r in found))


SAYS = re.compile(r"\b(?:précis\w*|pr[ée]voi\w*|dispos\w*|énonc\w*|says?|provides?|states?|reads?)\b", re.I)


def _dated_report(sentence: str, published: date | None) -> bool:
    """Words quoted inside a report of what someone did on a day ("the ICO announced on February 3 that it is
    opening an investigation … over its “potential to …”"): the report is a claim, the quotation its detail."""
    bare = sentences_of.QUOTED.sub(" ", sentence)
    return events.reports_a_dated_act(bare, find_dates(bare, published, yearless=True))


def check(text: str, index: Index | None = None, published: date | None = None) -> dict:
    """Every sentence of `text` (a claim, a paragraph or an article): not a claim, or a verdict with its
    evidence. `published` resolves relative dates; without it, it is read from the text where it says."""
    index = index or open_index()
    if not text or not text.strip():
        raise QueryError("empty text")
    if len(text) > MAX_TEXT:
        raise QueryError(f"text too long ({len(text)} characters; the limit is {MAX_TEXT})")
    inferred = ""
    if published is None:
        published, inferred = infer_published(text)
    actions, _ = load_actions(index.config)
    context = events.about_target(text)
    out = []
    named = None  # the instrument the text last named alone, for the sentences after it that name none
    for s in sentences_of.segment(text)[:120]:
        if s.not_claim:
            out.append(Claim(s.text, NOT_A_CLAIM, f"{s.not_claim}: not a checkable claim.", span=(s.start, s.end)))
            continue
        if len(s.text) > index.config.max_query_chars:
            out.append(Claim(s.text, UNVERIFIABLE, "sentence too long to check", span=(s.start, s.end)))
            continue
        q = analyse(clean_query(s.text, index.config), index.config)
        if named and not q.sources and points_back(s.text):
            # "Cette législation … a déjà été adoptée par la Chambre en avril 2025": the instrument named before
            src = next((x for x in load_sources(index.config) if x.id == named), None)
            if src is not None and q.jurisdictions <= {src.jurisdiction}:
                q = replace(q, sources=frozenset({named}), jurisdictions=frozenset({src.jurisdiction}))
        c = check_sentence(s.text, index, actions, published, context, named, q)
        if len(q.sources) == 1:
            named = next(iter(q.sources))
        c.span = (s.start, s.end)
        out.append(c)
    result = {"input": text, "published": published.isoformat() if published else None,
              "claims": [c.to_dict() for c in out]}
    if inferred:
        result["published_from"] = f"publication date read from the text: “{inferred}”"
    return result
