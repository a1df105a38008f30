"""What a check's support does not cover. A figure, status, date, event or reference check finds what the law or a
record says; the sentence may still deny it, give it to another authority or instrument, or give one instrument
another's name. Each guard here takes a supported verdict and returns the verdict it should be instead, or None
when the support stands."""
from __future__ import annotations

import re

from .actions import Action
from .dates import find as find_dates
from .due import BY_DAY
from .events import reports_a_dated_act
from .glossary import fold
from .index import Index
from .names import actor_entries, actor_entry, find_names
from .question import Question
from .registry import load_sources
from .verdicts import SUPPORTED, UNVERIFIABLE, Claim


def another_authoritys(claim: str, verdict: Claim, index: Index) -> Claim | None:
    """"The European Commission's enforcement powers include fines of up to £18 million or 10 %": the figures are
    the OSA's, whose fines Ofcom imposes; a sentence giving them to an authority of another legal system is not
    supported by them."""
    entry = actor_entry(claim, specific=True)
    found = {index.provisions[e["id"]].jurisdiction for e in verdict.evidence if e.get("id") in index.provisions}
    if entry is not None:
        named = {entry.get("jurisdiction")} - {None}
    else:
        # an authority named elsewhere than as the subject ("The OSA provides the European Commission with the
        # ability to impose …"): another system's, when no authority of the law found is named beside it
        named = {e.get("jurisdiction") for e in actor_entries(claim)} - {None}
    if not named or not found or named & found:
        return None
    return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} Those are {', '.join(sorted(found))} law; the sentence "
                                      f"gives them to an authority of another legal system.", verdict.evidence,
                 kind=verdict.kind)


# What sets a second name off as the first one's gloss: "(", a dash, ", formally", "— officially"
GLOSSED = re.compile(r"^\s*(?:\(|[—–]|,)\s*(?:(?:formally|officially|also\s+known\s+as|i\.e\.|ou|or|dite?)\s+)?(?:the\s+|la\s+|le\s+)?"
                     r"(?:(?:EU|UK|US|U\.S\.|European|British|federal|européen|britannique)\s+)?$", re.I)
# … and, for a comma, what closes the gloss: "Regulation (EU) 2024/1689, the EU DSA, becomes applicable", not a list
# ("the DSA, the AI Act and the OSA", "the DSA, the AI Act, and …")
GLOSS_CLOSED = re.compile(r"^\s*(?:[,)—–;:.]|$)(?!\s*(?:and|or|et|ou)\b)", re.I)


def _one_for_another(claim: str, found: list[dict], verdict: Claim) -> Claim | None:
    """"The ENFORCE Act (Public Law 119-12, signed in May 2025) is a federal statute": the sentence gives one held
    instrument the name, number or long title of another (Pub. L. 119-12 is the TAKE IT DOWN Act); the status of
    either does not support it."""
    named = [r for r in found if r.get("id") and r["kind"] in ("instrument", "provision")]
    for a, b in zip(named, named[1:]):
        # ("Public Law 119-12" is read as a reference: an id inside the other's is the same instrument)
        same = a["id"].startswith(b["id"]) or b["id"].startswith(a["id"])
        between = claim[a["span"][1]:b["span"][0]]
        if not same and GLOSSED.match(between) and (not between.strip().startswith(",")
                                                     or GLOSS_CLOSED.match(claim[b["span"][1]:])):
            return Claim(claim, UNVERIFIABLE, f"the sentence gives “{a['text']}” ({a['citation']}) the name of "
                                              f"“{b['text']}” ({b['citation']}): two different instruments.",
                         verdict.evidence, kind=verdict.kind)
    return None


def under_another_instrument(claim: str, q: Question, verdict: Claim, actions: list[Action], index: Index) -> Claim | None:
    """"The European Commission has fined X €120 million … under the Online Safety Act": the record matches, the
    instrument the sentence names is not the one the action was taken under (the DSA): not supported by that
    record. A sentence naming both (a gloss) is left as it is."""
    ids = {e["id"][len("action/"):] for e in verdict.evidence if e.get("id", "").startswith("action/")}
    records = [a for a in actions if a.id in ids]
    if not records or not q.sources:
        return None
    under = {n.source.id for a in records for n in find_names(a.instrument or "", index.config) if n.source is not None}
    if not under or under & set(q.sources):
        return None
    a = records[0]
    # Not contradicted: the record matched on actor, action and date may still not be the one the sentence means
    # (a July probe under the DSA against the Paris prosecutor's July investigation under the Code pénal).
    return Claim(claim, UNVERIFIABLE, f"the record found ({verdict.explanation[:160]}) was under {a.instrument}, not "
                                      f"the instrument the sentence names.", verdict.evidence, kind="event")


# A sentence that denies its own predicate: "Ofcom cannot impose fines of up to £18 million …", "n'est pas puni de
# deux ans …", "does not require platforms to remove … within 48 hours". Not a limit ("not later than 48 hours",
# "not more than 2 years", "may not be less than 1 year") nor a negation in a relative clause ("a manner that does not
# hamper …").
DENIED = re.compile(r"\b(?:cannot|can't|won't|isn't|aren't|doesn't|don't|didn't|never|no\s+longer)\b|"
                    r"\b(?:shall|may|must|is|are|was|were|does|do|did|will|can|could|would|has|have|had)\s+not\b"
                    r"(?!\s+(?:be\s+)?(?:later|more|less|shorter|longer|exceed\w*|only|just|yet\s+been\s+\w+\s+by))|"
                    r"\bn(?:e\s+|['’])\w+(?:\s+\w+)?\s+(?:pas|plus|jamais)\b|\bnot\s+(?:required|obliged|punishable|liable)\b", re.I)
# (a restrictive relative clause only: "platforms that do not comply face fines …"; ", which does not require …"
# says what the law does)
RELATIVE_DENIAL = re.compile(r"(?<!,)(?<!,\s)\b(?:that|which|who|qui|que)\s+(?:\w+\s+)?(?:does|do|is|are|shall|may|will|can|ne|n['’])"
                             r"[^,;.]{0,40}?\b(?:not|pas)\b", re.I)


# Clauses whose negation is not the sentence's: a contrast ("isn't treated as a terms-of-service issue …; it's an
# unfair or deceptive trade practice"), a condition ("and if it does not it can fine it …"), a concession
# ("Bien que cette pratique ne soit pas nouvelle, elle est … illégale"), a restrictive relative ("any company … that
# isn't compliant faces penalties …"), an aside on the subject between commas
NOT_ITS_OWN = re.compile(r"\b(?:isn't|is\s+not|n.est\s+pas)\b[^;]{0,80};\s*(?:it's|it\s+is|c.est)\b|"
                         # a litotes judging what follows ("Cette détermination n'est pas négligeable puisque les faits
                         # sont punis de vingt ans …", claims110): the reason given is the sentence's claim
                         r"\b(?:n.est|ne\s+sont|is|are)\s+(?:pas|not)\s+(?:du\s+tout\s+)?(?:négligeable|anodine?|anecdotique|"
                         r"surprenante?|étonnante?|indifférente?|negligible|trivial|insignificant|surprising|accidental)s?"
                         r"\s*,?\s*(?=(?:puisque|car|parce\s+qu|since|because|given\s+that)\b)|"
                         # a condition with an aside between commas, up to the main clause's pronoun ("Si le
                         # fournisseur, c'est-à-dire Twitter, …, ne procède pas à ce bannissement, il encourt …")
                         r"\b(?:if|unless|si)\b[^.;]{0,160}?,\s*(?=(?:il|elle|ils|elles|on|it|they|he|she)\s)|"
                         # ("S'il n'y a pas d'I.T.T alors …": "si" elided before "il")
                         r"\b(?:if|unless|when|whether|si|s['’]ils?|lorsqu\w*|bien\s+qu\w*|quoiqu\w*|although|though|even\s+if|"
                         r"même\s+si)\b[^,;.]{0,80}|(?<!,)(?<!,\s)\b(?:that|who|which)\s+(?:isn't|aren't|doesn't|don't)\b[^,;.]{0,40}|"
                         # an aside on who acted, between commas before the main verb ("Le parquet, qui a annoncé
                         # qu'il ne publiera plus sur la plateforme, a aussi envoyé des convocations …")
                         r",\s*(?:qui|who)\s[^,;.]{0,120},(?=\s*(?:a|ont|avait|avaient|has|have|had|est|sont|is|are|was|were)\s)|"
                         # words quoted as another's, after the sentence's own claim ("… selon l'article 431-9 …, qui
                         # précise aussi que la circulaire … indique que \"la simple participation … n'est pas réprimée\"")
                         r"\b(?:indiqu\w*|précis\w*|rappel\w*|expliqu\w*|ajout\w*|says?|said|states?|stated|adds?|added|"
                         r"notes?|noted)\s+(?:aussi\s+|also\s+)?(?:que|qu['’]|that)\s*[«\"“][^»\"”]{10,}[»\"”]",
                         re.I)


# "… une sanction … qui ne peut pas aller jusqu'à 2 ans de prison": a relative clause denying the figure the sentence
# is about is the sentence's own denial ("platforms that do not comply face fines of up to 6 %" is not)
DENIED_FIGURE = re.compile(r"^\s*(?:[\w'’]+\s+){0,2}(?:jusqu['’]?\s*à|up\s+to|exceed\w*|dépasser|more\s+than|plus\s+de)"
                           r"\s+\D{0,10}\d", re.I)


def denies(claim: str) -> bool:
    """The sentence denies its own predicate (above), not a condition, a concession or a restrictive relative."""
    relatives_removed = RELATIVE_DENIAL.sub(lambda m: m.group(0) if DENIED_FIGURE.match(claim[m.end():]) else " ", claim)
    return bool(DENIED.search(NOT_ITS_OWN.sub(" ", relatives_removed)))


DENIAL_SHARED = 3  # words (of five letters or more) a record's denying sentence must share with the sentence's


def _record_denies_it(claim: str, verdict: Claim, index: Index | None) -> bool:
    """The record says it denied as well: its first line ("le rôle de l'Arcom n'est pas de faire cesser …"), or a
    denying sentence of the record sharing the sentence's words ("He said the move did not mean the Commission had
    opened a new formal investigation" for "… does not represent the opening of a new formal investigation")."""
    if any(denies(e.get("quote") or "") for e in verdict.evidence):
        return True
    if index is None:
        return False
    said = {w[:6] for w in re.findall(r"[^\W\d_]{5,}", fold(claim))}
    for e in verdict.evidence:
        p = index.provisions.get(e.get("id") or "")
        for line in re.split(r"(?<=[.!?])\s+", p.text if p is not None else ""):
            if denies(line) and len(said & {w[:6] for w in re.findall(r"[^\W\d_]{5,}", fold(line))}) >= DENIAL_SHARED:
                return True
    return False


def settle(claim: str, verdict: Claim, found: list[dict] = (), index: Index | None = None) -> Claim:
    """The verdict a check returned, settled for what the check does not read: one instrument named with another's
    name (`_one_for_another`), and the sentence's own negation — a figure, status, date, event or reference check
    finds the law or the record, which the sentence may deny (the text checks compare negations themselves)."""
    if verdict.verdict == SUPPORTED:
        verdict = _one_for_another(claim, list(found), verdict) or _another_population(claim, verdict) or verdict
    if verdict.verdict != SUPPORTED or verdict.kind in ("text", "quote") or not denies(claim):
        return verdict
    if verdict.kind == "event" and _record_denies_it(claim, verdict, index):
        return verdict
    return Claim(claim, UNVERIFIABLE, f"the sentence denies or negates what was found ({verdict.explanation[:200]}); a "
                                      f"negated sentence is not read as supported by it.", verdict.evidence,
                 kind=verdict.kind)


# A sentence about adults alone — no minor or child named ("child pornography", the term, names none) …
ADULTS_ONLY = re.compile(r"^(?![\s\S]*\b(?:minors?|mineurs?|child(?:ren)?(?!\s+(?:pornography|sexual\s+abuse))|enfants?"
                         r"|under\s+(?:the\s+age\s+of\s+)?18|moins\s+de\s+(?:dix-huit|18))\b)[\s\S]*\b(?:adults?|adultes?|majeurs?)\b", re.I)
# … and quotes about minors alone (none naming adults, nor "not a minor", as the TAKE IT DOWN Act's offences do)
MINORS_ONLY = re.compile(r"^(?![\s\S]*\b(?:adults?|adultes?|majeurs?|not\s+a\s+minor)\b)[\s\S]*\b(?:minors?|mineurs?)\b", re.I)


def _another_population(claim: str, verdict: Claim) -> Claim | None:
    """"Section 2256 … defines child pornography as any visual depiction of sexually explicit conduct involving an
    adult": the figure, term or words found are the law's, for minors; the sentence gives them to adults."""
    if verdict.kind not in ("figure", "text", "reference") or not ADULTS_ONLY.search(claim):
        return None
    quotes = " ".join(e.get("quote") or "" for e in verdict.evidence)
    if not quotes or not MINORS_ONLY.search(quotes):
        return None
    return Claim(claim, UNVERIFIABLE, f"the sentence speaks of adults; what was found is about minors "
                                      f"({verdict.explanation[:200]}).", verdict.evidence, kind=verdict.kind)


def _evidence_days(verdict: Claim, index: Index) -> set:
    """The days the provisions supporting a verdict give, read from their whole texts."""
    tops = {(index.top(e["id"]) or index.provisions[e["id"]]).id for e in verdict.evidence if e.get("id") in index.provisions}
    return {w.start for t in tops for w in find_dates(index.provisions[t].text, None) if w.start == w.end}


def days_unset(verdict: Claim, dates: list, index: Index) -> str:
    """The days a sentence gives that the provisions supporting it do not."""
    days = [w for w in dates if w.start == w.end and not w.yearless]
    if not days:
        return ""  # most supported sentences give no day: no provision text to read for one
    given = _evidence_days(verdict, index)
    return ", ".join(w.text for w in days if w.start not in given)


def unheld_deadline(claim: str, verdict: Claim, dates: list, index: Index) -> Claim | None:
    """"Providers … had until March 16th to carry out an illegal harms risk assessment": the duty is the law's
    (s. 9 OSA), the day to act by is Ofcom's timetable, in no provision — the sentence's point is that day, so the
    duty alone does not support it. Checks that read days themselves (dates, records, status) are left alone, and
    so are figures, whose unchecked day is a caveat (`days_unset`): "… measures … required to implement by July
    25th, 2025 … penalties of up to £18 million or 10%" is about the penalty."""
    if verdict.verdict != SUPPORTED or verdict.kind in ("date", "event", "status", "amendment", "repeal", "figure"):
        return None
    by = [w for w in dates if w.start == w.end and w.text and BY_DAY.search(claim[:max(0, claim.find(w.text))])]
    if not by:
        return None
    # by day and month: a day given without its year is of any year
    given = {(d.month, d.day) for d in _evidence_days(verdict, index)}
    unheld = [w.text for w in by if (w.start.month, w.start.day) not in given]
    if not unheld:
        return None
    holder = verdict.evidence[0]["citation"] if verdict.evidence else "the provision found"
    return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} But the day the sentence gives to act by "
                                      f"({', '.join(unheld)}) is not one {holder} gives.", verdict.evidence,
                 kind=verdict.kind)


def undated_power(claim: str, verdict: Claim, dates: list, index: Index) -> Claim | None:
    """"Member States shall designate the Digital Services Coordinators by 17 May 2024": the power is the law's;
    a day the sentence sets for it must be one its provision gives (Art. 49(3) DSA: 17 February 2024)."""
    unset = days_unset(verdict, dates, index)
    if not unset:
        return None
    return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} The day the sentence gives ({unset}) is not one that "
                                      f"provision sets.",
                 verdict.evidence, kind=verdict.kind)


def unrecorded_act(claim: str, verdict: Claim, dates: list, actions: list[Action], index: Index) -> Claim | None:
    """"The Commission's Guidelines …, published in OJ C 2025/5519 on 10 October 2025, provide … guidance … under
    Article 28(1) of the Digital Services Act": the article cited is right and about this, but the sentence reports
    an act done on a day that no record, no law's registry date and no cited provision gives — what it says of that
    act is not checked, so the sentence is not supported by the article alone."""
    days = [w for w in dates if not w.yearless and (w.end - w.start).days <= 31]
    if verdict.verdict != SUPPORTED or verdict.kind != "reference" or not days or not reports_a_dated_act(claim, days):
        return None
    known = [a.date for a in actions] + [str(s.extra[k]) for s in load_sources(index.config)
                                         for k in ("published", "adopted", "enacted_date", "parliament", "council")
                                         if s.extra.get(k)]
    unset = [w for w in days if not any(w.contains(d) for d in known)]
    if not unset or not days_unset(verdict, unset, index):
        return None
    return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} But the sentence reports something done on "
                                      f"{', '.join(w.text for w in unset)}, which no record or law of the corpus dates: "
                                      f"what it says of that is not checked.", verdict.evidence, kind=verdict.kind)
