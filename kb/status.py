"""Legal status claims: is it law or a bill, when was it signed, when did each chamber pass it.

"The Take It Down Act is a bill" is contradicted by its public-law record; "On April 28, 2025, Congress passed the
Take It Down Act" is supported by the House vote the record gives for that day; "the ENFORCE Act passed the
Senate" is judged against the bill named (by number when the sentence gives one). The record is the source
registry (sources/*.toml: status, enacted date, votes), read from the corpus sidecars.
"""
from __future__ import annotations

import re
from datetime import date

from .names import implied
from .application import APPLIES, applies_from, date_facts, entry_into_force, general_day, headed_articles
from .dates import When, find as find_dates
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
SENATE_PASSED = re.compile(r"\b(passed (?:by )?the senate|senate passed|adopt\w* par le s[ée]nat|vot\w+ (?:par|au) s[ée]nat)\b", re.I)


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
    if not (asserts_law or asserts_bill or (PASSAGE.search(claim) and CHAMBER.search(claim))):
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
        per_chamber = _chamber_votes(claim, votes, dates, date.fromisoformat(enacted))
        if per_chamber is not None:
            ok, said = per_chamber
            if ok:
                return Claim(claim, SUPPORTED, f"{src.short_name} {record}.", evidence, kind="status")
            return Claim(claim, CONTRADICTED, f"{src.short_name} {record}; the claim says {said}.", evidence,
                         f"{src.short_name} {record}.", kind="status")
        if PASSAGE.search(claim) and voted:
            return Claim(claim, SUPPORTED, f"{src.short_name} {record}.", evidence, kind="status")
        if PASSAGE.search(claim) and CHAMBER.search(claim) and votes and days and not signing_days(claim, dates) \
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
        signed = signing_days(claim, dates)
        if signed and not any(w.contains(enacted) for w in signed):
            return Claim(claim, CONTRADICTED, f"{src.short_name} was enacted on {enacted} ({src.status}); "
                                              f"the claim says {', '.join(w.describe() for w in signed)}.", evidence,
                         f"{src.short_name} became law on {enacted}.", kind="status")
        if years and int(enacted[:4]) not in years:
            return Claim(claim, CONTRADICTED, f"{src.short_name} was enacted on {enacted} ({src.status}); "
                                              f"the claim says {', '.join(map(str, sorted(years)))}.", evidence,
                         f"{src.short_name} became law on {enacted}.", kind="status")
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
    chambers = {c for c, p in CHAMBERS.items() if p.search(claim)}
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


# ---------------------------------------------------------------- dates of application


def application_check(claim: str, q: Question, dates: list[When], index: Index,
                      tops: set[str] = frozenset()) -> Claim | None:
    """"The DSA became fully applicable on 17 February 2024": a day the named instrument's entry-into-force
    article gives (its `date` facts) supports it. A sentence citing an article ("Article 50 … start applying on
    2 August 2026") is held to the day that article applies from (`applies_from`: the point naming it, its
    section or chapter, else the general day). Another day is left unverifiable, not contradicted: a part of
    the instrument may apply from a day the sentence does not say is partial, and application articles are
    amended."""
    in_force = None if claimed(claim) else _in_force_check(claim, q, dates, index)
    if in_force is not None:
        return in_force
    days = {w.start for w in dates if w.start == w.end}
    fully = FULLY.search(claim)
    sources, headed = set(q.sources), []
    if not sources:
        # "The first provisions — covering prohibited AI practices — became enforceable on 2 February 2025": an
        # article named by its heading, which only one instrument's articles bear, names that instrument.
        headed = headed_articles(claim, index)
        sources = {p.source for p in headed}
    if not sources or not days or not (APPLIES.search(claim) or ENFORCEABLE.search(claim)
                                       or DUTIES_FROM.search(claim) or (fully and OPERATIONAL.search(claim))) or claimed(claim):
        return None
    tops = set(tops) | {p.id for p in headed}
    articles = [index.provisions[t] for t in tops if t in index.provisions and index.provisions[t].source in sources]
    for top in articles:
        found = applies_from(top, index)
        if found is None or found[0] not in days:
            continue
        _, f, holder = found
        unit = holder.text[f.unit_start:f.unit_end]
        at = index.provisions.get(f.provision_id, holder)
        return Claim(claim, SUPPORTED, f"{top.citation} applies from the day {at.citation} gives: “{f.text}”.",
                     [_quote(at if unit in at.text else holder, unit)], kind="date")
    if articles:
        return None
    for f, top in (x for s in sources for x in date_facts(index, s)):
        if days & {w.start for w in find_dates(f.text, None)}:
            holder = index.provisions.get(f.provision_id, top)
            unit = top.text[f.unit_start:f.unit_end]
            return Claim(claim, SUPPORTED, f"{holder.citation}: “{f.text}”.",
                         [_quote(holder if unit in holder.text else top, unit)], kind="date")
    if fully and len(days) == 1 and len(sources) == 1:
        # "The DSA has been fully operational since August 25, 2023": the instrument as a whole applies from the
        # day its general rule gives ("It shall apply from 17 February 2024"); an earlier part is no "fully".
        general = general_day(next(iter(sources)), index)
        if general is not None and general[0] not in days:
            day, f, top = general
            holder = index.provisions.get(f.provision_id, top)
            unit = top.text[f.unit_start:f.unit_end]
            return Claim(claim, CONTRADICTED, f"{holder.citation}: “{f.text}” — the instrument applies in full from "
                                              f"{day:%-d %B %Y}.", [_quote(holder if unit in holder.text else top, unit)],
                         correction=f"{holder.citation}: applies in full from {day:%-d %B %Y}.", kind="date")
    return None


# "the EU legislation", "la législation européenne", "the regulation": a law the sentence does not name
EUROPEAN_LAW = re.compile(r"\b(?:(?:EU|European|Union)\s+(?:law|legislation|regulation|rules)|(?:législation|loi|"
                          r"réglementation|règlement)\s+(?:européenne?|de\s+l.UE)|règlement\s+européen)\b", re.I)
IN_FORCE_SAID = re.compile(r"\b(?:into\s+force|in\s+force|en\s+vigueur)\b", re.I)
# "… entered into force for very large platforms on 25 August 2023": a part of the instrument or of its addressees,
# whose own day the sentence may mean.
PART = re.compile(r"\b(?:platforms?|plateformes?|VLOPs?|VLOSEs?|providers?|fournisseurs?|obligations?|rules?|règles?|"
                  r"provisions?|dispositions?|chapters?|chapitres?|articles?|parts?|partie|prohibitions?|interdictions?|"
                  r"duties|duty|requirements?|exigences?)\b", re.I)
# "entered into force on …", "est entré en vigueur le …": the day of entry into force itself, not of application
ENTERED = re.compile(r"\b(?:enter(?:ed|s)?\s+into\s+force|came\s+into\s+force|entr[ée]\w*\s+en\s+vigueur)\b", re.I)


# "published in the Official Journal of the EU on 27 January 2022", "publié au Journal officiel le …"
GAZETTED = re.compile(r"\b(?:published|publi[ée]e?s?)\b[^.;]{0,60}?\b(?:Official\s+Journal|Journal\s+officiel|OJ|JOUE)\b",
                      re.I)


def _gazetted(claim: str, dates: list[When]) -> list[When]:
    """The dates the sentence gives for the act's publication in the Official Journal."""
    m = GAZETTED.search(claim)
    if m is None:
        return []
    return [w for w in dates if w.text and m.start() <= claim.find(w.text) <= m.end() + 30]


def _in_force_check(claim: str, q: Question, dates: list[When], index: Index) -> Claim | None:
    """"The AI Act entered into force on 1 August 2024": the instrument counts the day from its publication
    (Art. 113 AI Act: "the twentieth day following that of its publication"), which the registry dates. A day or
    month containing it supports the sentence. A day that is neither it nor a day the instrument applies from
    (people say "came into force" of application days too) contradicts a sentence saying it entered into force."""
    # "la législation européenne entrée en vigueur le 16 novembre dernier … aux « très grandes plateformes »": no
    # instrument named, one implied by its terms of art
    sources = q.sources or (implied(claim) if EUROPEAN_LAW.search(claim) else set())
    if not IN_FORCE_SAID.search(claim) or len(sources) != 1:
        return None
    src = next((s for s in load_sources(index.config) if s.id in sources), None)
    found = entry_into_force(src, index) if src is not None else None
    if found is None:
        return None
    day, sentence, p = found
    said = [w for w in dates if not w.yearless]
    published = date.fromisoformat(src.extra["published"])
    how = (f"{src.short_name} was published in the Official Journal on {published:%-d %B %Y}; {p.citation}: "
           f"“{sentence}” — that is, {day:%-d %B %Y}.")
    gazetted = _gazetted(claim, said)
    if gazetted and not any(w.start <= published <= w.end for w in gazetted):
        # "published in the Official Journal of the EU on 27 January 2022 and entered into force on 16 November 2022"
        return Claim(claim, CONTRADICTED, f"{how} The sentence says it was published {gazetted[0].text}.",
                     [_quote(p, sentence)], correction=f"{src.short_name} was published in the Official Journal on "
                                                       f"{published:%-d %B %Y}.", kind="date")
    if any(w.start <= day <= w.end for w in said):
        return Claim(claim, SUPPORTED, how, [_quote(p, sentence)], kind="date")
    if not said and any(w.start == w.end and (w.start.month, w.start.day) == (day.month, day.day)
                        for w in find_dates(claim, None, yearless=True) if w.yearless):
        # "le 16 novembre dernier" with no date of publication: the day and month are the act's; the year is
        # the one the act gives, said in the explanation
        return Claim(claim, SUPPORTED, how, [_quote(p, sentence)], kind="date")
    one_day = said[0] if len(said) == 1 and said[0].start == said[0].end else None
    applying = {w.start for f, _ in date_facts(index, src.id) for w in find_dates(f.text, None)}
    if (one_day is not None and ENTERED.search(claim) and not PART.search(claim)
            and one_day.start not in applying and one_day.start != published):
        return Claim(claim, CONTRADICTED, f"{how} The sentence says {one_day.text}.", [_quote(p, sentence)],
                     correction=f"{src.short_name} entered into force on {day:%-d %B %Y}.", kind="date")
    return None


# "the first federal law to …", "la première loi …", "the only statute …": a rank among laws, which no record gives
RANKED = re.compile(r"\b(?:first|only|last|largest|biggest|premi(?:er|ère)|seule?|dernière?|unique)\b[^.;,]{0,30}?"
                    r"\b(?:law|act|statute|legislation|loi|texte|législation)\b", re.I)
# "fully applicable", "in full", "pleinement applicable": the instrument as a whole, not a part of it
FULLY = re.compile(r"\b(?:fully|in\s+full|entirely|in\s+its\s+entirety|pleinement|intégralement|entièrement|"
                   r"dans\s+son\s+intégralité|totalement)\b", re.I)
# "became enforceable on 2 February 2025": said of provisions, the day they apply from
ENFORCEABLE = re.compile(r"\b(?:became|become|becomes|is|are|were|was)\s+enforceable\b", re.I)
# "from 17 February 2024 the DSA imposes new obligations on …", "depuis le 17 février 2024, le DSA impose …": the day
# its duties start to bind is the day it applies from
DUTIES_FROM = re.compile(r"\b(?:from|since|as\s+of|starting|depuis\s+le|à\s+partir\s+du|à\s+compter\s+du)\s+(?:\w+\s+)?\d{1,2}"
                        r"[^.;]{0,80}?\b(?:impos\w*|introduc\w*|lays?\s+down|sets?\s+out)\s+(?:new\s+|de\s+nouvelles\s+)?"
                        r"(?:obligations?|duties|requirements?|rules|règles)\b", re.I)
OPERATIONAL = re.compile(r"\b(?:operational|opérationnel\w*|effective|in\s+effect)\b", re.I)
