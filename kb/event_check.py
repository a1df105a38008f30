"""The verdict on a sentence about what an authority did (kb.events reads which record it reports): the claimed
date (resolved against the publication date), amount and period against the record's."""
from __future__ import annotations

import re

from . import xling
from .actions import Action, challenged, link
from .dates import WEEKDAYS, When
from .event_days import days_described, on_day
from .events import about_another, about_target, act_words, match, parts_named, said_action_kinds
from .glossary import fold
from .index import Index
from .quantities import extract
from .stated import claimed
from .verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Claim


def _what(a: Action, who: bool = True) -> str:
    """A record as the explanations name it: "European Commission: opening of formal proceedings, 2023-12-18"."""
    return (f"{a.authority}: " if who else "") + f"{a.action_type.split(' (')[0]}, {a.date}"


def _action_evidence(a: Action, index: Index) -> list[dict]:
    p = index.provisions.get(a.provision_id)
    if p is None:
        return []
    return [{"id": p.id, "citation": p.citation, "quote": p.text.split("\n")[0], "url": p.url}]


EVENT_WORDS = 0.5  # an undated sentence must share more than this with its record, beyond the authority's name
# (measured on 5 sentences: 0.35 and 0.5 wrong, 0.5, 0.68, 1.0 right: precision first)
# An act said not to have happened: "will not open", "has not fined", "n'a pas ouvert", "ne va pas"
DENIED_ACT = re.compile(r"\b(?:will|would|did|does|do|has|have|had|is|are|was|were|could|can)\s+(?:not|never)\b|"
                        r"\b(?:won|didn|doesn|don|hasn|haven|hadn|isn|aren|wasn|weren|couldn|can)['’]t\b|"
                        r"\bn['’](?:a|ont|avait|avaient|est|sont|va|vont)\s+(?:pas|jamais|plus)\b|"
                        r"\bne\s+\w+\s+(?:pas|jamais|plus)\b", re.I)

DENIAL_FILLER = {"yet", "been", "be", "have", "encore", "été", "the", "to", "a"}  # between a denial and its verb


def _denied(text: str) -> set[str]:
    """The acts a text says did not or will not happen, by their verb's first letters ("will not open" -> "open"):
    a record that "does not prejudge" its outcome denies nothing a sentence says of its opening."""
    out = set()
    for m in DENIED_ACT.finditer(text):
        after = re.findall(r"[^\W\d_]+", text[m.end():m.end() + 40])
        inside = re.findall(r"[^\W\d_]+", m.group(0))  # "ne va pas", "n'a pas": the verb may be before "pas"
        verb = next((w for w in after if w.lower() not in DENIAL_FILLER), None)
        if m.group(0).lower().startswith("ne ") and len(inside) >= 3:
            verb = inside[1] if inside[1].lower() not in ("va", "vont") else verb
        if verb:
            out.add(verb.lower()[:4])
    return out


def _act_stems(kind: str) -> set[str]:
    """The first letters of the words events.yaml uses for a kind of act ("opened proceedings" -> "open", "proc"):
    a denial counts only of the act itself, not of what a sentence says around it ("ce n'est pas son rôle", "does
    not represent the opening of …")."""
    return {w.lower()[:4] for phrase in act_words(kind) for w in re.findall(r"[^\W\d_]{4,}", phrase)}


XLING_EVENT = 0.5  # … or, in French, be this close to the record's description in the multilingual space


def _said_across_languages(claim: str, a: Action, config) -> bool:
    """A French sentence and an English record share few words even when they say the same ("évaluation des
    risques … fonctionnalités de Grok … déploiement" / "assessed … risks … deployment of Grok's functionalities"):
    the multilingual encoder reads both. Measured on the French sentences of the claim sets that match a record:
    the supported ones that lacked shared words scored 0.25–0.55; XLING_EVENT keeps only the closest."""
    if not xling.enabled(config):
        return False
    v = xling.encode(config, [claim, a.description])
    return round(float(v[0] @ v[1]), 3) >= XLING_EVENT


def event_check(claim: str, dates: list[When], actions: list[Action], index: Index, context: bool,
                 language: str = "en", published=None) -> Claim | None:
    amounts = {amt for amt, cur in extract(claim).money if cur == "EUR"}
    m = match(claim, actions, dates, amounts, context, published)
    if m is None:
        return None
    a = m.action
    what = _what(a)
    kind = a.extra.get("action_kind", "")
    if m.date_ok and m.said_actions and kind not in m.said_actions:
        # "Le 8 janvier 2026, la Commission européenne a lancé une enquête formelle …": that day's record is a
        # retention order; the act the sentence reports is recorded on another day
        said = [b for b in actions if b is not a and b.extra.get("action_kind", "") in m.said_actions
                and b.extra.get("authority_kind", "") == a.extra.get("authority_kind", "")
                and not any(w.contains(b.date) for w in dates)]
        if said:
            return Claim(claim, UNVERIFIABLE, f"the record of that day is another act ({what}); what the sentence "
                                              f"reports is recorded on another day ({_what(said[0])}).", kind="event")
    denied = _denied(claim) & _act_stems(kind)
    if denied and not denied & set().union(*(_denied(t) for t in (a.description, *(x.get("text", "") for x in a.excerpts)))):
        # "The Commission will not open proceedings against Grok …": the record reports the act the sentence denies;
        # whether the denial is of that act or of another the records do not tell
        return Claim(claim, UNVERIFIABLE, f"the sentence denies an act; the closest record ({what}) reports one.",
                     kind="event")
    unrecorded = m.said_actions - {b.extra.get("action_kind", "") for b in actions}
    if unrecorded:
        return Claim(claim, UNVERIFIABLE, f"it reports an act no record holds ({', '.join(sorted(unrecorded))}) beside "
                                          f"a recorded action ({what}).", kind="event")
    ev = _action_evidence(a, index)
    if m.amount_ok is False:
        # an appeal's amount is that of the decision it challenges (kb/actions.challenged)
        fined = a if a.amount_eur else (challenged(a, actions) or a)
        parts = fined.extra.get("amount_breakdown_eur") or {}
        split = f", reported as {' + '.join(f'EUR {x:,.0f}' for x in parts.values())}" if parts else ""
        of = "" if fined is a else f" for the decision challenged ({_what(fined)})"
        named = parts_named(fold(claim), fined)
        fix = (f"The amount recorded for the {named[0].replace('_', ' ')} is EUR {parts[named[0]]:,.0f} (of EUR "
               f"{fined.amount_eur:,.0f})." if len(named) == 1 else f"The amount recorded is EUR {fined.amount_eur:,.0f}.")
        return Claim(claim, CONTRADICTED, f"the record gives EUR {fined.amount_eur:,.0f}{split}{of} ({what}); the "
                                          f"claim says {', '.join(f'EUR {x:,.0f}' for x in sorted(amounts))}.", ev,
                     fix, kind="event")
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
    if m.date_ok is None and m.amount_ok is None and not m.period_ok and m.overlap <= EVENT_WORDS and not m.fresh:
        if claimed(claim):
            return None  # "the Commission … can impose fines of up to 6 %": the law's figures, for the figure check
        if language == "fr" and m.action_said and _said_across_languages(claim, a, index.config):
            return Claim(claim, SUPPORTED, f"recorded: {what}.", ev,
                         caveats=[f"the claim gives no date; the record is dated {a.date}"] if not dates else [],
                         kind="event")
        together = _acts_of_the_day(a, actions, m.said_actions) if m.action_said and not dates else []
        if len(together) >= 2:
            # "le gouvernement a saisi le procureur de la République, Pharos et l’Arcom": two acts the sentence names,
            # each recorded for that authority on one day, say more than their words in common.
            said = "; ".join(_what(b, who=False) for b in together)
            return Claim(claim, SUPPORTED, f"recorded: {a.authority.split(' (')[0]}: {said}.",
                         [e for b in together for e in _action_evidence(b, index)],
                         caveats=[f"the claim gives no date; the records are dated {a.date}"], kind="event")
        # Only the authority and the kind of action tie the sentence to the record; what it asserts about them
        # ("the fine … was calculated based on proportionality") the record does not say.
        return Claim(claim, UNVERIFIABLE, f"it mentions a recorded action ({what}), but the record does not state "
                                          f"what the sentence says about it.", ev, kind="event")
    caveats = []
    if not m.date_ok and not dates:
        day = f", the day (or a day or two before) the article was published ({published})" if m.fresh else ""
        caveats.append(f"the claim gives no date; the record is dated {a.date}{day}")
    # Days the record's description gives ("convoqués … le 20 avril 2026") are the record's too.
    described = days_described(a.description + " " + str(a.extra.get("date_note") or ""))
    other = [w.text for w in dates if not w.contains(a.date) and w not in m.in_passing
             and not any(on_day(w, d, True) for d in described)]
    caveats += [f"“{w.text}” is the date the record gives the earlier event the sentence mentions" for w in m.in_passing]
    if m.date_ok and other:
        # "made contact with X on 5 January and set a deadline of 9 January": the record dates the one
        # … but a second date no record of that legal system falls on ("a probe in December 2023 that escalated to
        # charges in October") is another event the records do not confirm: the sentence is not confirmed whole.
        # A record dated only by its month does not fall on a day the sentence gives to another act ("The
        # investigation, launched on Monday 12 January 2026": not the government's demand of January 2026).
        elsewhere = {w.text: next((b for b in actions if b is not a and b.jurisdiction == a.jurisdiction
                                   and w.contains(b.date) and (len(b.date) == 10 or w.end > w.start
                                                               or b.extra.get("action_kind", "") in m.said_actions)),
                                  None) for w in dates if w.text in other}
        unrecorded = [t for t, b in elsewhere.items() if b is None]
        caveats += [f"“{t}” is the date of another record: {_what(b)}"
                    for t, b in elsewhere.items() if b is not None]
        if unrecorded:
            return Claim(claim, UNVERIFIABLE, f"recorded: {what}; but no record falls on {', '.join(unrecorded)}, "
                                              f"which the sentence also dates.", ev, kind="event")
    dated = "; ".join(f"“{w.text}” read as {w.describe()}" for w in dates if w.relative)
    return Claim(claim, SUPPORTED, f"recorded: {what}" + (f" ({dated})" if dated else "") + ".", ev,
                 caveats=caveats, kind="event")


def _acts_of_the_day(a: Action, actions: list[Action], said: frozenset[str]) -> list[Action]:
    """The records of `a`'s authority on `a`'s day whose kind of action the sentence names (`said`), when they are
    of different kinds (one each)."""
    same = [b for b in actions if b.date == a.date and b.extra.get("authority_kind") == a.extra.get("authority_kind")
            and b.extra.get("action_kind") in said]
    return same if len({b.extra.get("action_kind") for b in same}) == len(same) else []


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
        # "Mardi 3 janvier" for Tuesday 3 February: the record's weekday and day of the month, which the day the
        # sentence writes does not fall on — its month slipped
        named = [d for name, d in WEEKDAYS.items() if re.search(rf"\b{name}\b", w.text, re.I)]
        if (w.start == w.end and w.start.day == rec.day and named and named[0] == rec.weekday() != w.start.weekday()
                and abs((w.start - rec).days) <= 62):
            return True
    return False


ARTICLES_CITED = 2  # a sentence citing fewer provisions of a proceeding shares them with too many other texts


def cited_in_record(claim: str, cited: list[str], actions: list[Action], index: Index, context: bool,
                    published=None) -> Claim | None:
    """"If proven, these failures would constitute infringements of Articles 34(1) and (2), 35(1) and 42(2) of the
    DSA": the provisions a recorded proceeding concerns, cited as that proceeding's, in a sentence about its target.
    Every provision cited (ARTICLES_CITED or more) must be among the record's articles, the sentence must name no
    other kind of action than the record's ("X was fined for breaching Articles 34 and 35" is not the opening of
    proceedings on them), and a record later than the publication date is not what the sentence reports."""
    cited = list(dict.fromkeys(cited))
    if len(cited) < ARTICLES_CITED or about_another(claim) or not (context or about_target(claim)):
        return None
    said_actions = said_action_kinds(claim)

    def covers(record: list[str], pid: str) -> bool:
        return any(r == pid or r.startswith(pid + "/") or pid.startswith(r + "/") for r in record)

    resolved = index.derived("record_articles", lambda _: {})  # each record's articles, resolved once per index
    found = []
    for a in actions:
        if not a.articles or (published is not None and a.date > published.isoformat()):
            continue
        if said_actions and a.extra.get("action_kind", "") not in said_actions:
            continue
        if a.id not in resolved:
            resolved[a.id] = [x["id"] for x in link(a, index) if x.get("resolved")]
        record = resolved[a.id]
        if record and all(covers(record, pid) for pid in cited):
            found.append(a)
    if not found:
        return None
    a = max(found, key=lambda b: b.date)  # the latest proceeding on them, as a report would mean
    return Claim(claim, SUPPORTED, f"the provisions cited are those of a recorded action: {_what(a)} "
                                   f"({'; '.join(a.articles)[:200]}).", _action_evidence(a, index),
                 caveats=[f"only which provisions the action concerns is checked; the record is dated {a.date}"],
                 kind="event")
