"""When an instrument entered into force: the day its final article counts from its publication ("This Regulation
shall enter into force on the twentieth day following that of its publication …"), which the registry dates, and
sentences about that day ("The AI Act entered into force on 1 August 2024") checked against it. The days it
applies from are kb/applies.py's.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .applies import date_facts
from .dates import When, find as find_dates
from .index import Index
from .names import implied
from .registry import load_sources
from .question import Question
from .types import Provision, Source
from .verdicts import CONTRADICTED, SUPPORTED, Claim, quote


# "This Regulation shall enter into force on the twentieth day following that of its publication in the Official
# Journal": a day the text gives only by counting from the publication date (the registry's `published`, from
# the Formex PUBLICATION.REF).
IN_FORCE_RULE = re.compile(r"shall enter into force on the (\w+) day following (?:that of )?its publication", re.I)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fifth": 5, "tenth": 10, "fifteenth": 15, "twentieth": 20}


def entry_into_force(src: Source, index: Index) -> tuple[date, str, Provision] | None:
    """The day an instrument entered into force, the sentence of its own that sets it and that provision, when
    the instrument counts it from its publication and the registry gives the publication date."""
    published = src.extra.get("published")
    if not published:
        return None
    found = index.derived("in_force_rules", _in_force_rules).get(src.id)
    if found is None:
        return None
    days, sentence, p = found
    return date.fromisoformat(published) + timedelta(days=days), sentence, p


def _in_force_rules(index: Index) -> dict[str, tuple[int, str, Provision]]:
    """Per source id: the days counted from publication, the sentence saying so, the provision holding it."""
    out: dict[str, tuple[int, str, Provision]] = {}
    for p in index.provisions.values():
        m = IN_FORCE_RULE.search(p.text)
        if not m or m.group(1).lower() not in ORDINALS:
            continue
        start = p.text.rfind(". ", 0, m.start()) + 1
        end = p.text.find(".", m.end())
        if p.source not in out or len(p.text) < len(out[p.source][2].text):  # the most specific provision saying it
            out[p.source] = (ORDINALS[m.group(1).lower()], p.text[start:end + 1 if end > 0 else None].strip(), p)
    return out


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


# where the clause naming what entered into force begins: "…, and with it, Article 4 has introduced …"
SUBJECT_END = re.compile(r"[;:]|,\s*(?:and|but|while|et|mais)\b|\.\s", re.I)


# "published in the Official Journal of the EU on 27 January 2022", "publié au Journal officiel le …"
GAZETTED = re.compile(r"\b(?:published|publi[ée]e?s?)\b[^.;]{0,60}?\b(?:Official\s+Journal|Journal\s+officiel|OJ|JOUE)\b",
                      re.I)


def _gazetted(claim: str, dates: list[When]) -> list[When]:
    """The dates the sentence gives for the act's publication in the Official Journal."""
    m = GAZETTED.search(claim)
    if m is None:
        return []
    return [w for w in dates if w.text and m.start() <= claim.find(w.text) <= m.end() + 30]


def in_force_check(claim: str, q: Question, dates: list[When], index: Index) -> Claim | None:
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
                     [quote(p, sentence)], correction=f"{src.short_name} was published in the Official Journal on "
                                                       f"{published:%-d %B %Y}.", kind="date")
    if any(w.start <= day <= w.end for w in said):
        return Claim(claim, SUPPORTED, how, [quote(p, sentence)], kind="date")
    yearless = [w for w in find_dates(claim, None, yearless=True) if w.yearless and w.start == w.end]
    if not said and any((w.start.month, w.start.day) == (day.month, day.day) for w in yearless):
        # "le 16 novembre dernier" with no date of publication: the day and month are the act's; the year is
        # the one the act gives, said in the explanation
        return Claim(claim, SUPPORTED, how, [quote(p, sentence)], kind="date")
    # one day, or one month or year ("came into force in August 2023"): neither the act's day nor any day it applies
    # from falls in it
    one = said[0] if len(said) == 1 else None
    applying = {w.start for f, _ in date_facts(index, src.id) for w in find_dates(f.text, None)}
    entered = ENTERED.search(claim)
    # What entered into force is what the clause names before the verb: "The EU AI Act entered into force on
    # 2 February 2025, and with it, Article 4 has introduced …" says it of the Act, not of Article 4. Said of the
    # act itself in the technical words ("entered into force", "entré en vigueur"), a day it only applies from
    # is not its entry into force; "came into force" is said of application days too.
    # … and what the verb is said of: "entered into force for very large platforms on 25 August 2023"
    subject = (SUBJECT_END.split(claim[:entered.start()])[-1] + " " + claim[entered.end():].split(",")[0]
               if entered else "")
    strict = bool(entered) and not entered.group(0).lower().startswith("came") and bool(q.sources)
    if (one is not None and entered and not PART.search(subject)
            and (strict or not any(one.start <= d <= one.end for d in applying))
            and not one.start <= published <= one.end):
        return Claim(claim, CONTRADICTED, f"{how} The sentence says {one.text}.", [quote(p, sentence)],
                     correction=f"{src.short_name} entered into force on {day:%-d %B %Y}.", kind="date")
    # "Le 25 août dernier, le règlement … est entré en vigueur", with no date of publication: a day and month that
    # are neither the act's entry into force nor any day it applies from (nor its publication)
    known = {(d.month, d.day) for d in (*applying, published, day)}
    if (not said and len(yearless) == 1 and ENTERED.search(claim) and not PART.search(claim)
            and (yearless[0].start.month, yearless[0].start.day) not in known):
        return Claim(claim, CONTRADICTED, f"{how} The sentence says {yearless[0].text}.", [quote(p, sentence)],
                     correction=f"{src.short_name} entered into force on {day:%-d %B %Y}.", kind="date")
    return None
