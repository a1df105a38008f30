"""Fact-checking a claim, a paragraph or a whole article.

Each sentence is first judged check-worthy or not (kb.claims: headlines, credits, questions, opinions are
"not a claim" and carry no evidence). A claim is then compared, in this order, with what the corpus records:
references (does the article exist, is it about this, is it in the instrument named), legal status (law or
bill, the chambers' votes: kb.status), recorded regulatory actions (who did what, when, for how much:
kb.events), figures (penalties, caps, deadlines, thresholds, ages: the facts read at ingest), then what the
sentence says a provision says (kb.said: quoted law word for word, restatements, powers, negated duties such as
"shall not be treated as").
Whatever none of these speaks to is `unverifiable`, with no evidence: an unrelated provision is never shown.
"""
from __future__ import annotations

import re
from datetime import date

from . import claims as sentences_of
from . import events, xling
from .actions import Action, load_actions
from .dates import When, find as find_dates, infer_published
from .errors import QueryError
from .extract import ABSENT, RESOLVED, UNRESOLVED, extract as extract_refs
from .figures import claimed, figure_check, provision_check
from .said import NEGATION, content_check, negation_check, power_check, quote_check
from .glossary import fold
from .index import Index, open_index
from .quantities import MONEY_AFTER, MONEY_BEFORE, extract
from .question import Question, analyse, covered, subject_words
from .registry import load_sources
from .search import clean_query, search
from .types import Provision
from .status import status_check
from .units import units

from .verdicts import CONTRADICTED, NOT_A_CLAIM, SUPPORTED, UNVERIFIABLE, Claim, quote as _quote  # noqa: F401
MAX_TEXT = 20_000


# ---------------------------------------------------------------- dates of application

APPLIES = re.compile(r"\b(appl(?:y|ies|ied|icable|icability)|applicabilit[ée]|in force|into force|into effect|took effect|takes effect|"
                     r"en vigueur|s.appliqu\w*)\b", re.I)


def _application_check(claim: str, q: Question, dates: list[When], index: Index) -> Claim | None:
    """"The DSA became fully applicable on 17 February 2024": a day the named instrument's entry-into-force
    article gives (its `date` facts) supports it. Another day is left unverifiable, not contradicted: a part of
    the instrument may apply from a day the sentence does not say is partial."""
    days = {w.start for w in dates if w.start == w.end}
    if not q.sources or not days or not APPLIES.search(claim) or claimed(claim):
        return None
    for pid, facts in index.facts.items():
        top = index.provisions.get(pid)
        if top is None or top.source not in q.sources:
            continue
        for f in facts:
            if f.kind == "date" and days & {w.start for w in find_dates(f.text, None)}:
                holder = index.provisions.get(f.provision_id, top)
                unit = top.text[f.unit_start:f.unit_end]
                return Claim(claim, SUPPORTED, f"{holder.citation}: “{f.text}”.",
                             [_quote(holder if unit in holder.text else top, unit)], kind="date")
    return None


# ---------------------------------------------------------------- recorded actions


def _action_evidence(a: Action, index: Index) -> list[dict]:
    p = index.provisions.get(a.provision_id)
    if p is None:
        return []
    return [{"id": p.id, "citation": p.citation, "quote": p.text.split("\n")[0], "url": p.url}]


EVENT_WORDS = 0.5  # an undated sentence must share more than this with its record, beyond the authority's name
XLING_EVENT = 0.5  # … or, in French, be this close to the record's description in the multilingual space
# (measured on 5 sentences: 0.35 and 0.5 wrong, 0.5, 0.68, 1.0 right: precision first)


def _said_across_languages(claim: str, a: Action, config) -> bool:
    """A French sentence and an English record share few words even when they say the same ("évaluation des
    risques … fonctionnalités de Grok … déploiement" / "assessed … risks … deployment of Grok's functionalities"):
    the multilingual encoder reads both. Measured on the French sentences of the claim sets that match a record:
    the supported ones that lacked shared words scored 0.25–0.55; XLING_EVENT keeps only the closest."""
    if not xling.enabled(config):
        return False
    v = xling.encode(config, [claim, a.description])
    return float(v[0] @ v[1]) >= XLING_EVENT


def _event_check(claim: str, dates: list[When], actions: list[Action], index: Index, context: bool,
                 language: str = "en") -> Claim | None:
    amounts = {amt for amt, cur in extract(claim).money if cur == "EUR"}
    m = events.match(claim, actions, dates, amounts, context)
    if m is None:
        return None
    a = m.action
    what = f"{a.authority}: {a.action_type.split(' (')[0]}, {a.date}"
    ev = _action_evidence(a, index)
    if m.amount_ok is False:
        parts = a.extra.get("amount_breakdown_eur") or {}
        split = f", reported as {' + '.join(f'EUR {x:,.0f}' for x in parts.values())}" if parts else ""
        return Claim(claim, CONTRADICTED, f"the record gives EUR {a.amount_eur:,.0f}{split} ({what}); the claim says "
                                          f"{', '.join(f'EUR {x:,.0f}' for x in sorted(amounts))}.", ev,
                     f"The amount recorded is EUR {a.amount_eur:,.0f}.", kind="event")
    if m.date_ok is False:
        said = "; ".join(f"{w.text} = {w.describe()}" for w in dates)
        kind = a.extra.get("authority_kind", "")
        same_day = [b for b in actions if b is not a and b.extra.get("authority_kind", "") == kind
                    and any(w.contains(b.date) for w in dates)]
        if same_day:
            # The authority did something else that day: the sentence may report that, in words the records
            # do not use. A wrong "contradicted" is as bad as a wrong "supported".
            return Claim(claim, UNVERIFIABLE, f"the closest record in kind is {what}, but {same_day[0].authority} "
                                              f"also acted on {same_day[0].date}; the sentence does not say which.",
                         kind="event")
        if not _same_event(a.date, dates) or not m.action_said:
            # Far from the record and not a slip of the year: probably another event, which is not recorded.
            return Claim(claim, UNVERIFIABLE, f"no recorded action matches that date ({said}); the closest record of "
                                              f"this kind is {what}.", kind="event")
        return Claim(claim, CONTRADICTED, f"the record is dated {a.date} ({what}); the claim says {said}.", ev,
                     f"The record dates it {a.date}.", kind="event")
    if m.period_ok is False:
        # "60 days" where the record says "60 working days", or another number: not what the record says, and
        # the record may not list every period the decision set.
        return Claim(claim, UNVERIFIABLE, f"the record ({what}) does not give that period: {a.description[:200]}",
                     ev, kind="event")
    if m.date_ok is None and m.amount_ok is None and not m.period_ok and m.overlap <= EVENT_WORDS:
        if claimed(claim):
            return None  # "the Commission … can impose fines of up to 6 %": the law's figures, for the figure check
        if language == "fr" and m.action_said and _said_across_languages(claim, a, index.config):
            return Claim(claim, SUPPORTED, f"recorded: {what}.", ev,
                         caveats=[f"the claim gives no date; the record is dated {a.date}"] if not dates else [],
                         kind="event")
        # Only the authority and the kind of action tie the sentence to the record; what it asserts about them
        # ("the fine … was calculated based on proportionality") the record does not say.
        return Claim(claim, UNVERIFIABLE, f"it mentions a recorded action ({what}), but the record does not state "
                                          f"what the sentence says about it.", ev, kind="event")
    caveats = [] if m.date_ok else ([f"the claim gives no date; the record is dated {a.date}"] if not dates else [])
    dated = "; ".join(f"“{w.text}” read as {w.describe()}" for w in dates if w.relative)
    return Claim(claim, SUPPORTED, f"recorded: {what}" + (f" ({dated})" if dated else "") + ".", ev,
                 caveats=caveats, kind="event")


def _same_event(record: str, dates: list[When]) -> bool:
    """A claimed date that differs from the record only by its year ("January 5, 2025" for 2026-01-05), or
    by a few days, is a wrong date for the recorded event; anything further is taken as another event."""
    from datetime import date as day

    parts = [int(x) for x in record.split("-")]
    if len(parts) < 3:
        return True
    rec = day(*parts)
    for w in dates:
        if (w.start.month, w.start.day) == (rec.month, rec.day) or abs((w.start - rec).days) <= 7:
            return True
    return False


# ---------------------------------------------------------------- references


def _subject_ok(q: Question, p: Provision) -> bool:
    """Whether the provision is about what the sentence says it is about (a subject word it covers)."""
    if not q.subject:
        return True
    text = fold(p.heading + " " + p.text + " " + " ".join(p.path[-1:]))
    return any(q.covers(w, text) for w in q.subject if len(w) >= 5)


def _better(q: Question, source_id: str, index: Index, exclude: str) -> Provision | None:
    """The provision of the same instrument that is about the sentence's subject."""
    hits = [h for h in search(q.text, k=8, index=index, question=q, phrases=False) if h.provision.source == source_id
            and h.provision.id != exclude]
    return next((h.provision for h in hits if _subject_ok(q, h.provision)), None)


def _reference_check(claim: str, q: Question, index: Index, refs: list[dict]) -> tuple[Claim | None, Claim | None, bool]:
    """(a verdict on the references, or None; a fallback "supported" when a reference is right and about the
    sentence's subject, used only if no figure, status or record decides; whether a reference points outside
    the corpus, so that the sentence's words alone cannot support it). `refs`: the provision references the
    sentence makes (kb.extract)."""
    fallback = None
    # A section of an Act the corpus lacks, inserted by a provision it holds ("s. 66B SOA 2003", OSA s. 188), is
    # read from that provision: the sentence does not point outside the corpus.
    outside = any(r["status"] == ABSENT and not r.get("see") for r in refs)
    for r in refs:
        if r["status"] == ABSENT and r.get("see"):
            by = index.provisions.get(r["see"]["id"])
            if by is not None and not claimed(claim) and _about(q, by, _clause_subject(claim, r.get("span"))):
                return Claim(claim, SUPPORTED, f"{r['text']!r}: {r['error']}", [_quote(by, units(by.text)[0].text)],
                             kind="reference"), None, False
            continue
        if r["status"] == UNRESOLVED:
            src = next((s for s in load_sources(index.config) if r["text"] and s.short_name in r["error"]), None)
            right = _better(q, src.id, index, "") if src else None
            fix = f" The provision about this is {right.citation}." if right else ""
            return Claim(claim, CONTRADICTED, f"{r['text']!r}: {r['error']}.{fix}",
                         [_quote(right, units(right.text)[0].text)] if right else [], fix.strip(), kind="reference"), None, True
        if r["status"] == ABSENT:
            # "Sections 100 to 103 … of the Communications Act 2003": the same numbers, about this, elsewhere?
            hits = search(claim, k=5, index=index, question=q, phrases=False)
            nums = re.findall(r"\d+[A-Z]?", r["text"])
            for h in hits:
                if h.provision.number in nums and _subject_ok(q, h.provision):
                    return Claim(claim, CONTRADICTED, f"{r['text']!r}: {r['error']} The provision the sentence describes "
                                                      f"is {h.provision.citation}.", [_quote(h.provision, units(h.provision.text)[0].text)],
                                 f"This is {h.provision.citation}, not {r['text']}.", kind="reference"), None, True
            continue
        if r["status"] == RESOLVED:
            p = index.provisions.get(r["id"])
            top = index.top(r["id"])
            if top is not None and not _subject_ok(q, top):
                right = _better(q, top.source, index, top.id)
                if right is not None:
                    return Claim(claim, CONTRADICTED, f"{top.citation} is about “{top.heading or units(top.text)[0].text[:80]}”, "
                                                      f"not what the sentence says; the provision about it is {right.citation}.",
                                 [_quote(right, units(right.text)[0].text)], f"The provision is {right.citation}, not {top.citation}.",
                                 kind="reference"), None, True
            titled = TITLED.match(claim[r["span"][1]:]) if r.get("span") and top is not None else None
            if titled and fallback is None:
                # "L'article 52 du DSA, intitulé « Sanctions »": the heading it gives, against the law's heading
                # (through the glossary: "Sanctions" ~ "Penalties").
                said = re.findall(r"[^\W\d_]{4,}", fold(titled.group(1)))
                heading = fold(top.heading)
                if said and top.heading and all(q.covers(w, heading) or covered(w, heading) for w in said):
                    fallback = Claim(claim, SUPPORTED, f"{top.citation} is titled “{top.heading}”.",
                                     [_quote(top, units(top.text)[0].text)], kind="reference")
                continue
            if top is not None and fallback is None and _about(q, top, _clause_subject(claim, r.get("span"))):
                first = units(p.text)[0].text if units(p.text) else p.text[:300]
                fallback = Claim(claim, SUPPORTED, f"{p.citation} exists and is about this (“{top.heading}”).",
                                 [_quote(p, first)], kind="reference")
    return None, fallback, outside


TITLED = re.compile(r"^\W{0,3}(?:intitul[ée]e?|titled|entitled|headed)\s*[«“\"']\s*([^»”\"']{3,80}?)\s*[»”\"']", re.I)
ATTACHED = re.compile(r"^\s*[,(]?\s*(qui|which|that|relati\w*|sur|on|about|concernant|concerning|regarding|"
                      r"pun\w+|makes?|creates?|cr[ée]e)\b", re.I)


def _clause_subject(claim: str, span: list[int] | None) -> frozenset[str] | None:
    """The words of the clause that says what a reference is about ("l'article 226-8-1 du code pénal, qui punit le
    montage à caractère sexuel sans consentement"): a sentence's other words ("bien que cette pratique ne soit
    pas nouvelle") say nothing about the provision."""
    if not span:
        return None
    after = re.split(r"[.;]", claim[span[1]:], maxsplit=1)[0]
    return subject_words(after) if ATTACHED.match(after) and len(after.split()) >= 3 else None


def _about(q: Question, p: Provision, subject: frozenset[str] | None = None) -> bool:
    """Most of the sentence's subject (or of the clause attached to the reference) is in the provision's heading
    and opening words (it is what the sentence says it is), and the sentence asserts nothing the provision
    could deny."""
    words = [w for w in (subject or q.subject) if len(w) >= 5 and not re.match(r"^(section|article|schedule)", w)]
    if not words or NEGATION.search(q.text):
        return False
    head = fold(p.heading + " " + " ".join(p.path[-1:]) + " " + p.text[:400])
    return sum(1 for w in words if q.covers(w, head)) / len(words) >= 0.5


# ---------------------------------------------------------------- API


def check_claim(claim: str, index: Index, actions: list[Action] | None = None,
                published: date | None = None, context: bool = False) -> Claim:
    """One claim. `published` resolves its relative dates; `context` says the text around it is about the
    recorded actions' target (X, Grok), which the sentence then need not name."""
    config = index.config
    claim = clean_query(claim, config)
    if actions is None:
        actions, _ = load_actions(config)
    q = analyse(claim, config)
    if q.elsewhere:
        return Claim(claim, UNVERIFIABLE, "the claim concerns a legal system the corpus does not hold.")
    dates = find_dates(claim, published)
    refs = [r for r in extract_refs(claim, index) if r["kind"] == "provision"]
    decided, fallback, cites_outside = _reference_check(claim, q, index, refs)
    if decided:
        return decided
    quoted = quote_check(claim, q, index)
    if quoted:
        return quoted
    each = _per_reference(claim, index, refs)
    if each:
        return each
    bills = [s for s in load_sources(config) if s.id in q.sources and s.kind in ("bill", "public-law")]
    # Without a publication date, "le 20 mai" is still a day: of any year, never a year alone.
    days = dates if published else find_dates(claim, None, yearless=True)
    cited = _cited_jurisdictions(refs, index)
    for step in (lambda: status_check(claim, q, bills, index, days) if bills else None,
                 lambda: _event_check(claim, days, actions, index, context, q.language),
                 lambda: _application_check(claim, q, dates, index),
                 lambda: None if q.outside or _about_a_decision(claim, q) else _figures(claim, q, index, actions, context),
                 lambda: negation_check(claim, q, index),
                 lambda: power_check(claim, q, index),
                 lambda: None if cites_outside else content_check(claim, q, index)):
        verdict = step()
        if verdict and verdict.verdict == SUPPORTED and not _same_law(verdict, cited, index):
            # "… 6 months' imprisonment under section 66B": a sentence citing British law is not supported by
            # figures of another country's law, however near its words.
            return Claim(claim, UNVERIFIABLE, f"the sentence cites {', '.join(sorted(cited))} law; the figures found "
                                              f"are in {verdict.evidence[0]['citation']}.", kind=verdict.kind)
        if verdict:
            return verdict
    if fallback is not None:
        return fallback
    return Claim(claim, UNVERIFIABLE, "the corpus (its provisions and recorded actions) cannot confirm or contradict "
                                      "this; nothing is shown rather than an unrelated provision.")


def _cited_jurisdictions(refs: list[dict], index: Index) -> set[str]:
    """The legal systems of the provisions a sentence cites, or of the ones that insert a section it cites."""
    out = set()
    for r in refs:
        pid = r.get("id") if r["status"] == RESOLVED else (r.get("see") or {}).get("id")
        p = index.provisions.get(pid) if pid else None
        if p is not None:
            out.add(p.jurisdiction)
    return out


def _same_law(verdict: Claim, cited: set[str], index: Index) -> bool:
    if not cited or not verdict.evidence:
        return True
    p = index.provisions.get(verdict.evidence[0].get("id", ""))
    return p is None or p.jurisdiction in cited or p.id.startswith("action/")


def _per_reference(claim: str, index: Index, refs: list[dict]) -> Claim | None:
    """"article 226-1 … d'un an et de 45 000 €, … article 226-4-1 … d'un an et de 15 000 euros": a sentence that
    gives each provision it cites its own figures is checked reference by reference, each with the words from
    it to the next."""
    refs = [r for r in refs if r["status"] == RESOLVED and r.get("span")]
    refs = sorted({r["id"]: r for r in refs}.values(), key=lambda r: r["span"][0])
    if len(refs) < 2:
        return None
    starts = [r["span"][0] for r in refs] + [len(claim)]
    verdicts = []
    for i in range(len(refs)):
        part = claim[starts[i]:starts[i + 1]]
        top = index.top(refs[i]["id"])
        if claimed(part) and top is not None:
            verdicts.append(provision_check(part, top, index))
    if len(verdicts) < 2:
        return None
    wrong = next((v for v in verdicts if v and v.verdict == CONTRADICTED), None)
    if wrong is not None:
        return Claim(claim, CONTRADICTED, wrong.explanation, wrong.evidence, wrong.correction, kind="figure")
    if all(v and v.verdict == SUPPORTED for v in verdicts):
        return Claim(claim, SUPPORTED, " ".join(v.explanation for v in verdicts),
                     [e for v in verdicts for e in v.evidence[:2]], kind="figure")
    return Claim(claim, UNVERIFIABLE, "the corpus confirms the figures of some of the provisions the sentence cites, "
                                      "not all: " + " ".join(v.explanation for v in verdicts if v), kind="figure")


def _figures(claim: str, q: Question, index: Index, actions: list[Action], context: bool) -> Claim | None:
    """The law's figures in the sentence against the provisions' facts. "Le chiffre (120 millions d'euros) est
    loin du maximum autorisé par le DSA … 6 %": the amount of a recorded fine on the target is the event's, not
    the law's; the rest of the sentence is checked without it and the amount noted."""
    if not (context or events.about_target(claim)):
        return figure_check(claim, q, index)
    recorded = set().union(*(events.amounts_of(a) for a in actions))
    law, dropped = claim, []
    for m in sorted([*MONEY_AFTER.finditer(claim), *MONEY_BEFORE.finditer(claim)], key=lambda m: -m.start()):
        amounts = {amt for amt, _ in extract(m.group(0)).money}
        if amounts and amounts <= recorded and law[m.start():m.end()] == m.group(0):
            law, dropped = law[:m.start()] + law[m.end():], [m.group(0), *dropped]
    if not dropped or not claimed(law):
        return figure_check(claim, q, index)
    verdict = figure_check(law, q, index)
    if verdict is None:
        return None
    note = f"{', '.join(dropped)}: the amount of a recorded fine, not a figure of the law"
    return Claim(claim, verdict.verdict, verdict.explanation, verdict.evidence, verdict.correction,
                 caveats=[*verdict.caveats, note], kind=verdict.kind)


def _about_a_decision(claim: str, q: Question) -> bool:
    """"X must submit a plan within 60 days": a deadline set for the target by a decision, not by the law."""
    return set(claimed(claim)) == {"deadline"} and not q.sources and events.names_target(claim)


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
    for s in sentences_of.segment(text)[:120]:
        if s.not_claim:
            out.append(Claim(s.text, NOT_A_CLAIM, f"{s.not_claim}: not a checkable claim.", span=(s.start, s.end)))
            continue
        c = check_claim(s.text, index, actions, published, context) if len(s.text) <= index.config.max_query_chars \
            else Claim(s.text, UNVERIFIABLE, "sentence too long to check")
        if c.verdict == UNVERIFIABLE and c.kind != "quote" and (sentences_of.opinion(s.text) or sentences_of.quoted_share(s.text) > 0.5):
            c = Claim(s.text, NOT_A_CLAIM, "opinion or quotation: not a checkable claim.")
        c.span = (s.start, s.end)
        out.append(c)
    result = {"input": text, "published": published.isoformat() if published else None,
              "claims": [c.to_dict() for c in out]}
    if inferred:
        result["published_from"] = f"publication date read from the text: “{inferred}”"
    return result
