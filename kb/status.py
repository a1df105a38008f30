"""Legal status claims: is it law or a bill, when was it signed, when did each chamber pass it.

"The Take It Down Act is a bill" is contradicted by its public-law record; "On April 28, 2025, Congress passed the
Take It Down Act" is supported by the House vote the record gives for that day; "the ENFORCE Act passed the
Senate" is judged against the bill named (by number when the sentence gives one). The record is the source
registry (sources/*.toml: status, enacted date, votes), read from the corpus sidecars.
"""
from __future__ import annotations

import re
from datetime import date

from .dates import When
from .stated import claimed
from .index import Index
from .quantities import extract
from .registry import load_sources
from .question import Question
from .types import Source
from .units import units
from .verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Claim, quote as _quote

LAW_WORDS = re.compile(r"\b(law|laws|loi|lois|enacted|promulgu\w*|statute(?! of limitations)|signed into law|signed|signée?|in force|en vigueur|"
                       r"législation|public law)\b", re.I)
BILL_WORDS = re.compile(r"\b(bill|proposition de loi|projet de loi|pending|not (yet )?(a )?law|n.est pas (encore )?une loi|"
                        r"passed the senate|adopté\w* par le sénat|introduced|déposée?)\b", re.I)
PASSAGE = re.compile(r"\b(passed|adopt\w*|vot[ée]\w*|approved)\b", re.I)
CHAMBER = re.compile(r"\b(House|Senate|Congress|Chambre|Sénat|Congrès)\b")
# The chamber a passage word is about, within a few words of it: "adoptée par la Chambre et le Sénat en avril
# 2025", "the Senate passed it unanimously". "Congress" is both, and says nothing about either vote's day.
CHAMBERS = {"Senate": re.compile(r"\b(Senate|S[ée]nat)\b"),
            "House": re.compile(r"\b(House|Chambre|Chambre des repr[ée]sentants|repr[ée]sentants)\b")}
HOUSE_PASSED = re.compile(r"\b(passed (?:by )?the house|house passed|cleared the house|adopt\w* par la chambre|"
                          r"vot\w+ (?:par|à) la chambre)\b", re.I)
SENATE_PASSED = re.compile(r"\b(passed (?:by )?the senate|senate passed|adopt\w* par le s[ée]nat|vot\w+ (?:par|au) s[ée]nat)\b", re.I)
# A committee named after its chamber ("the House Energy and Commerce Committee markup", "la commission des lois du
# Sénat"): its vote is not the chamber's, which is all the record gives.
COMMITTEE = re.compile(r"\b(?:House|Senate)\s+(?:[A-Z][\w,&.-]*\s+(?:(?:and|&)\s+)?){0,5}(?:Sub)?[Cc]ommittee\b"
                       r"|\b(?:Sub)?[Cc]ommittee\s+on\s+(?:[A-Z][\w,&.-]*\s*(?:(?:and|&)\s+)?){1,6}"
                       r"|\bcommission\s+(?:des?\s+[\w\s,-]{2,40}?\s+)?(?:du\s+S[ée]nat|de\s+la\s+Chambre)\b")


def _chambers_only(claim: str) -> str:
    """The sentence with its committees' names blanked (offsets kept): the chambers it names as voting."""
    return COMMITTEE.sub(lambda m: " " * len(m.group(0)), claim)


# What makes a sentence speak of a law's status, beyond naming it a law: "The law requires removal within 7 days"
# states a deadline, which the figure check reads; "the law was signed on 19 May" a status.
IN_FORCE = re.compile(r"\b(in force|en vigueur|public law)\b", re.I)


def _speaks_of_status(claim: str) -> bool:
    return any(p.search(claim) for p in (PASSAGE, SIGNING, BILL_WORDS, IN_FORCE))


# "Starting May 19, 2024, the Take It Down Act requires platforms to …": a day from which the law is said to bind.
BINDS_FROM = re.compile(r"\b(?:starting|from|as of|beginning|since|effective|à partir du|depuis le|dès le|à compter du)\b", re.I)
DUTY = re.compile(r"\b(?:requires?|must|shall|obliges?|imposes?|mandates?|oblige\w*|impose\w*|exige\w*|doivent|doit)\b", re.I)


def _binding_before_enactment(claim: str, sources: list[Source], dates: list[When], index: Index) -> Claim | None:
    """A law said to bind from a day before it was enacted is wrong whatever its duties' own dates."""
    laws = [s for s in sources if s.is_law]
    days = [w for w in dates if w.start == w.end and not w.yearless]
    if len(laws) != 1 or not days or not (BINDS_FROM.search(claim) and DUTY.search(claim)):
        return None
    src = laws[0]
    enacted = date.fromisoformat(src.extra.get("enacted_date", src.as_of))
    if not all(w.end < enacted for w in days):
        return None
    said = ", ".join(w.describe() for w in days)
    return Claim(claim, CONTRADICTED, f"{src.short_name} was enacted on {enacted} ({src.status}); it bound no one "
                                      f"from {said}.", _title_quote(src, index), f"{src.short_name} became law on {enacted}.",
                 kind="status")


def _title_quote(src: Source, index: Index) -> list[dict]:
    title = next((p for p in index.top_level(src.id) if p.kind == "bill-section"), None)
    first = units(title.text)[:1] if title else []
    return [_quote(title, first[0].text)] if first else []


# "Pub. L. 119—112", "Public Law 119-12", "P.L. No. 119-12": the number a law was enacted under.
PL_NUMBER = re.compile(r"(?<!\w)(?:Pub(?:\.|lic)?\s?L(?:\.|aw)?|P\.\s?L\.)\s?(?:No\.?\s?)?(\d{2,3})\s?[-–—‑]\s?(\d{1,4})(?!\d)")


def _public_law_number(claim: str, sources: list[Source], index: Index) -> Claim | None:
    """The law the sentence names otherwise ("139 Stat. 55", its name) given another public-law number than its
    own ("Pub. L. 119—112"): the number is wrong, whatever else the sentence gets right."""
    said = {"-".join(m) for m in PL_NUMBER.findall(claim)}
    laws = [s for s in sources if s.is_law and s.kind == "public-law"]
    if not said or len(laws) != 1:
        return None
    src = laws[0]
    own = PL_NUMBER.search(src.citation)
    number = "-".join(own.groups()) if own else None
    if number is None or number in said:
        return None
    return Claim(claim, CONTRADICTED, f"{src.short_name} is Pub. L. {number}; the sentence gives it "
                                      f"Pub. L. {', '.join(sorted(said))}.", _title_quote(src, index),
                 f"{src.short_name}: Pub. L. {number}.", kind="status")


def status_check(claim: str, q: Question, sources: list[Source], index: Index, dates: list[When]) -> Claim | None:
    wrong_number = _public_law_number(claim, sources, index)
    if wrong_number is not None:
        return wrong_number
    if claimed(claim) and not _speaks_of_status(claim):
        return None
    early = _binding_before_enactment(claim, sources, dates, index)
    if early is not None:
        return early
    asserts_law = bool(LAW_WORDS.search(claim)) and not BILL_WORDS.search(claim)
    asserts_bill = bool(BILL_WORDS.search(claim))
    chambered = _chambers_only(claim)
    if not (asserts_law or asserts_bill or (PASSAGE.search(claim) and CHAMBER.search(chambered))):
        return None
    # A bill named by its number is that bill ("House Bill 4831" has not passed the Senate, S. 3021 has); of
    # identical bills named by their shared name (the ENFORCE Act) judge by the furthest advanced.
    numbered = [s for s in sources if s.id in q.numbered]
    src = sorted(numbered or sources, key=lambda s: (not s.is_law, "passed" not in s.status))[0]
    evidence = _title_quote(src, index)
    years = extract(claim).calendar_years
    days = [w for w in dates if w.start == w.end]
    if src.is_law:
        enacted = src.extra.get("enacted_date", src.as_of)
        # "On April 28, 2025, Congress passed the Take It Down Act": a chamber's vote on the day the record gives.
        votes = {d: chamber for chamber in ("Senate", "House") if (d := src.extra.get(f"passed_{chamber.lower()}"))}
        voted = [d for d in votes if any(w.contains(d) for w in days)]
        record = "; ".join(f"passed the {c} on {d}" for d, c in sorted(votes.items())) + f"; signed {enacted}"
        per_chamber = _chamber_votes(chambered, votes, dates, date.fromisoformat(enacted))
        if per_chamber is not None:
            ok, said = per_chamber
            if ok:
                return Claim(claim, SUPPORTED, f"{src.short_name} {record}.", evidence, kind="status")
            return Claim(claim, CONTRADICTED, f"{src.short_name} {record}; the claim says {said}.", evidence,
                         f"{src.short_name} {record}.", kind="status")
        if PASSAGE.search(claim) and voted:
            return Claim(claim, SUPPORTED, f"{src.short_name} {record}.", evidence, kind="status")
        passed_after = [w for w in days_near(claim, dates, PASSAGE) if not w.yearless and w.start > date.fromisoformat(enacted)]
        if CHAMBER.search(chambered) and passed_after and votes:
            # "… it passed the Senate on December 16, 2025": a law's chambers voted before it was enacted
            return Claim(claim, CONTRADICTED, f"{src.short_name} {record}; the claim says "
                                              f"{', '.join(w.describe() for w in passed_after)}.", evidence,
                         f"{src.short_name} {record}.", kind="status")
        if PASSAGE.search(claim) and CHAMBER.search(chambered) and votes and days and not signing_days(claim, dates) \
                and all(not w.yearless and w.end < date.fromisoformat(enacted) for w in days):
            return Claim(claim, CONTRADICTED, f"{src.short_name} {record}; the claim says "
                                              f"{', '.join(w.describe() for w in days)}.", evidence,
                         f"{src.short_name} {record}.", kind="status")
        introduced = _introduction(claim, [src], dates, evidence)
        if introduced is not None:
            return introduced
        # A sentence about the days before enactment may call it a bill: it was one then ("introduced in January
        # 2025" as much as "on 16 January 2025").
        windows = [w for w in dates if not w.yearless]
        historical = bool(windows) and all(w.end < date.fromisoformat(enacted) for w in windows)
        if asserts_bill and not LAW_WORDS.search(claim) and not historical:
            return Claim(claim, CONTRADICTED, f"{src.short_name} is law: {src.status} ({enacted}), not a bill.", evidence,
                         f"{src.short_name} is law ({src.status}, {enacted}).", kind="status")
        if historical and ((asserts_bill and not asserts_law and not PASSAGE.search(claim))
                           or (COMMITTEE.search(claim) and not CHAMBER.search(chambered))):
            # "Despite passing by a 49-1 vote, the TAKE IT DOWN Act ignited partisan tensions at Tuesday's House
            # Energy and Commerce Committee markup …": a bill then, rightly called so; what it says happened before
            # the enactment (a committee's vote, a markup) is not on record, and the enactment does not support it.
            return Claim(claim, UNVERIFIABLE, f"{src.short_name} was a bill on the days the sentence gives ({src.status} "
                                              f"on {enacted}); what it says happened then is not on record.", evidence,
                         kind="status")
        signed = signing_days(claim, dates)
        if signed and not any(w.contains(enacted) for w in signed):
            return Claim(claim, CONTRADICTED, f"{src.short_name} was enacted on {enacted} ({src.status}); "
                                              f"the claim says {', '.join(w.describe() for w in signed)}.", evidence,
                         f"{src.short_name} became law on {enacted}.", kind="status")
        if years and int(enacted[:4]) not in years:
            return Claim(claim, CONTRADICTED, f"{src.short_name} was enacted on {enacted} ({src.status}); "
                                              f"the claim says {', '.join(map(str, sorted(years)))}.", evidence,
                         f"{src.short_name} became law on {enacted}.", kind="status")
        if _backdrop(claim, src):
            # "Melania Trump added her signature alongside President Donald Trump as he signed the Take It Down Act
            # into law": the signing is the setting of a sentence about something else, which no record gives.
            return Claim(claim, UNVERIFIABLE, f"{src.short_name}: {src.status} on {enacted} — on record; what the "
                                              f"sentence says happened around it is not something the corpus records.",
                         evidence, kind="status")
        if RANKED.search(claim):
            # "… is the first federal law to require internet companies to …": that it is law is on record; that
            # it is the first (or only) one of its kind is not.
            return Claim(claim, UNVERIFIABLE, f"{src.short_name}: {src.status} on {enacted}; that it is the first or "
                                              f"only law of its kind is not something the corpus records.", evidence,
                         kind="status")
        return Claim(claim, SUPPORTED, f"{src.short_name}: {src.status} on {enacted}.", evidence, kind="status")
    introduced = _introduction(claim, [s for s in numbered or sources if not s.is_law], dates, evidence)
    if introduced is not None and not asserts_law:
        return introduced
    if asserts_law:
        return Claim(claim, CONTRADICTED, f"{src.short_name} is a bill, not law: {src.status_detail}", evidence,
                     f"{src.short_name} is a bill ({src.status}), not law.", kind="status")
    passed = src.extra.get("passed_senate")
    if HOUSE_PASSED.search(claim) and not src.extra.get("passed_house"):
        # "… passed the House and is already on its way to President Trump's desk": the record shows no House vote
        # as of its date; a later one is not excluded, and the Senate vote it does show is not this one
        return Claim(claim, UNVERIFIABLE, f"{src.short_name}: {src.status_detail or src.status}; its record shows "
                                          f"no House vote.", evidence, kind="status")
    if SENATE_PASSED.search(claim) and not passed:
        # The record shows no Senate vote for this bill; it stops at its date ("as of"), so a later vote is not
        # excluded: not "supported" as a bill, and no contradiction either.
        return Claim(claim, UNVERIFIABLE, f"{src.short_name}: {src.status_detail or src.status}; its record shows "
                                          f"no Senate vote.", evidence, kind="status")
    if passed and days and not any(w.contains(passed) for w in days):
        return Claim(claim, CONTRADICTED, f"{src.short_name} passed the Senate on {passed}; the claim says "
                                          f"{', '.join(w.describe() for w in days)}.", evidence,
                     f"{src.short_name} passed the Senate on {passed}.", kind="status")
    return Claim(claim, SUPPORTED, f"{src.short_name}: {src.status}.", evidence, kind="status")


def _chamber_votes(claim: str, votes: dict[str, str], dates: list[When], enacted: date) -> tuple[bool, str] | None:
    """Each chamber the sentence says passed the law, against the day the record gives for that chamber's vote,
    at the precision the sentence gives (a day, a month): (all right, what the sentence says), or None when the
    sentence names no chamber next to a passage word, or gives no date before the enactment."""
    windows = [w for w in dates if not w.yearless and w.end < enacted]
    if not windows or not votes:
        return None
    named = set()
    for m in PASSAGE.finditer(claim):
        near = claim[max(0, m.start() - 40):m.end() + 60]
        named |= {c for c, p in CHAMBERS.items() if p.search(near)}
    by_chamber = {c: d for d, c in votes.items()}
    if not named or not named <= set(by_chamber):
        return None
    ok = all(any(w.contains(by_chamber[c]) for w in windows) for c in named)
    return ok, ", ".join(w.describe() for w in windows)


# "The measure cleared the House in an overwhelming 409-2 vote", "The bill passed unanimously in the Senate in
# February 2025": a bill the sentence does not name, known by the vote it describes.
TALLY = re.compile(r"\b(\d{1,3})\s*(?:-|–|to|voix\s+contre|contre)\s*(\d{1,3})\b")
UNANIMOUS = re.compile(r"\b(?:unanim\w*|à\s+l.unanimité)", re.I)
VOTED = re.compile(r"\b(?:pass(?:ed|ing|es)?|clear(?:ed|ing)|approv(?:ed|ing)|adopt\w*|vot[ée]\w*|vote)\b", re.I)


def vote_check(claim: str, sources: list[Source], dates: list[When], index: Index) -> Claim | None:
    """Supported when one bill of the registry alone had that vote (its tally, or a unanimous vote) in the chamber
    the sentence names, on the days it gives; otherwise nothing: a vote of an unnamed bill that no record has is
    not evidence against any bill."""
    chambers = {c for c, p in CHAMBERS.items() if p.search(_chambers_only(claim))}
    tallies = {f"{a}-{b}" for a, b in TALLY.findall(claim) if int(a) > int(b)}
    unanimous = bool(UNANIMOUS.search(claim))
    # "passed by the Senate on February 13 and the House on April 28": both chambers' days say which bill as
    # well as a tally does
    both_days = chambers == {"Senate", "House"} and sum(1 for w in dates if w.start == w.end and not w.yearless) >= 2
    if not chambers or not VOTED.search(claim) or not (tallies or unanimous or both_days):
        return None
    fits = []
    for s in sources:
        votes = {c: s.extra.get(f"{c.lower()}_vote", "") for c in chambers}
        passed = [s.extra.get(f"passed_{c.lower()}") for c in chambers]
        # "passed the Senate unanimously in February and the House by 409–2 in April": each figure of the vote
        # in one of the chambers named, and one of the days the sentence gives (it may give others: "Introduced
        # in January 2025") on a day one of them voted.
        if all(passed) and all(any(t in v for v in votes.values()) for t in tallies) \
                and (not unanimous or any("unanimous" in v for v in votes.values())) \
                and (not dates or any(w.contains(d) for w in dates for d in passed)) \
                and (tallies or unanimous or all(any(w.contains(d) for w in dates) for d in passed)):
            fits.append(s)
    if len(fits) != 1:
        return None
    src = fits[0]
    introduced = _introduction(claim, [src], dates, _title_quote(src, index))
    if introduced is not None and introduced.verdict == CONTRADICTED:
        return introduced  # "Introduced in April 2025 …, the bill passed the Senate unanimously in February …"
    said = "; ".join(f"passed the {c} on {src.extra[f'passed_{c.lower()}']} ({src.extra[f'{c.lower()}_vote']})"
                     for c in sorted(chambers))
    return Claim(claim, SUPPORTED, f"{src.short_name} {said}: the only bill of the corpus with that vote.",
                 _title_quote(src, index), kind="status")


SIGNING = re.compile(r"\b(signed|sign[ée]e?|promulgu\w*|enacted|became law|into law|devenue? loi|law\s+since|loi\s+depuis)\b",
                     re.I)


def signing_days(claim: str, dates: list[When]) -> list[When]:
    """The days the sentence gives for the signing ("signé … le 20 mai", "On May 19, 2025, Trump signed"): a day
    next to a signing word, in the same clause. Other days in the sentence (when the platforms' duties apply,
    when the FTC began enforcing) are not the enactment's and are not compared with it."""
    return days_near(claim, dates, SIGNING)


def signed_off_record(claim: str, dates: list[When], config=None) -> list[When]:
    """The days the sentence says something was signed into law on which no law of the corpus was signed, assented
    to or adopted (the registry's dates): "The statute — signed by President Trump on August 19, 2025 — …"."""
    signed = [w for w in signing_days(claim, dates) if not w.yearless]
    if not signed:
        return []
    days = [str(s.extra[k]) for s in load_sources(config) if s.is_law
            for k in ("enacted_date", "adopted", "parliament", "council") if s.extra.get(k)]
    return [] if any(w.contains(d) for w in signed for d in days) else signed


def days_near(claim: str, dates: list[When], words: re.Pattern) -> list[When]:
    """The days or months the sentence gives next to one of these words, in the same clause."""
    out = []
    for w in dates:
        i = claim.find(w.text)
        if (w.end - w.start).days > 31 or i < 0:
            continue  # a day or a month ("signed in August 2025"), not a year
        before, after = claim[max(0, i - 90):i], claim[i + len(w.text):i + len(w.text) + 160]
        near = [m for m in words.finditer(before) if not re.search(r"[;.]\s", before[m.end():])]
        if near or (words.search(after) and not re.search(r"[;.]\s", after[:words.search(after).start()])):
            out.append(w)
    return out


INTRODUCED = re.compile(r"\b(introduced|introduit\w*|déposée?s?)\b", re.I)


def _introduction(claim: str, named: list[Source], dates: list[When], evidence: list[dict]) -> Claim | None:
    """"The TAKE IT DOWN Act was introduced in the Senate … in January 2025": the day its record gives for the
    introduction, at the precision the sentence gives. Of bills sharing a name (the ENFORCE Act in each
    chamber) any one introduced then supports it."""
    days = {s.short_name: s.extra["introduced"] for s in named if s.extra.get("introduced")}
    said = days_near(claim, dates, INTRODUCED) if days and INTRODUCED.search(claim) else []
    if not said or signing_days(claim, dates):
        return None
    record = "; ".join(f"{name} was introduced on {day}" for name, day in sorted(days.items(), key=lambda kv: kv[1]))
    if any(w.contains(day) for w in said for day in days.values()):
        return Claim(claim, SUPPORTED, f"{record}.", evidence, kind="status")
    return Claim(claim, CONTRADICTED, f"{record}; the claim says {', '.join(w.describe() for w in said)}.", evidence,
                 f"{record}.", kind="status")


# "the first federal law to …", "la première loi …", "the only statute …": a rank among laws, which no record gives
RANKED = re.compile(r"\b(?:first|only|last|largest|biggest|premi(?:er|ère)|seule?|dernière?|unique)\b[^.;,]{0,30}?"
                    r"\b(?:law|act|statute|legislation|loi|texte|législation)\b", re.I)


# "X did Y as he signed the Act into law", "… alors que le président promulguait la loi": the status is said in a
# clause that sets the scene for another subject's act.
BACKDROP = re.compile(r"^(?P<main>.{12,}?)\b(?:as|while|when|alors que|pendant que|lorsque|au moment où)\s+"
                      r"(?:he|she|they|il|elle|ils|the president|president(?:\s+[A-Z]\w+){0,2}|le président(?:\s+[A-Z]\w+){0,2}|"
                      r"[A-Z]\w+)\s+(?P<sub>.+)$")


def _backdrop(claim: str, src: Source) -> bool:
    """The law's status is only in the scene-setting clause; the main clause, naming neither the law nor its
    status, is about someone else's act."""
    m = BACKDROP.match(claim)
    if not m or not SIGNING.search(m["sub"]):
        return False
    main = m["main"]
    names = [src.short_name, *src.extra.get("aliases", [])]
    return not (LAW_WORDS.search(main) or PASSAGE.search(main) or BILL_WORDS.search(main)
                or any(n and n.lower() in main.lower() for n in names))
