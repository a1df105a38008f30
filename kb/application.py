"""Sentences about when law applies, against the days kb/applies.py reads: what is due by a day, figures said to
apply before their provision does, and "the DSA became fully applicable on 17 February 2024" against the
instrument's own articles (kb/status.py keeps the law-or-bill status of an instrument; kb/in_force.py the day it
entered into force).
"""
from __future__ import annotations

import re
from datetime import date

from .applies import applies_from, cited_paragraph, date_facts, general_day, headed_articles, names_no_part
from .dates import When, find as find_dates
from .unit_context import named_parts
from .glossary import concepts, fold
from .index import Index
from .names import implied
from .stated import claimed
from .question import Question
from .verdicts import CONTRADICTED, SUPPORTED, Claim, quote

# A sentence about when law applies: "start applying on", "entered into force", "s'applique à partir du".
# "as of 2 August 2026, providers … are subject to …", "à compter du 17 février 2024": the day a rule starts to apply
APPLIES = re.compile(r"\b(appl(?:y|ies|ied|ying|icables?|icability|ication)|applicabilit[ée]|in force|into force|into effect|took effect|takes? effect|"
                     r"as\s+of(?=\s+\d)|à\s+compter\s+du|à\s+partir\s+du|"
                     r"en vigueur|s.appliqu\w*|(?:sont|est|sont\s+devenues|sont\s+devenus|devien\w+)\s+effecti(?:f|fs|ve|ves))\b", re.I)
# "The AI Act bans certain uses of AI from February 2025": a ban said to start on a day is the prohibitions article's
BANS_FROM = re.compile(r"\b(?:bans?|banned|banning|prohibits?|outlaws?|interdit|interdira)\b(?=[^.;]{0,80}\b(?:from|since|as\s+of|"
                       r"à\s+partir\s+d[eu]|à\s+compter\s+d[eu]|depuis)\s+(?:\d|[A-Za-zéû]+\s+\d{4}))", re.I)
IN_FORCE_WORDS = re.compile(r"\b(?:in|into)\s+force\b|\ben\s+vigueur\b", re.I)


# "As of February 2025, companies … face fines up to €35 million or 7 %": the day the sentence says the figures
# already applied from.
AS_OF = re.compile(r"\b(?:as\s+of|as\s+from|since|starting(?:\s+(?:on|in))?|beginning(?:\s+(?:on|in))?|from|"
                   r"à\s+partir\s+d[eu]|dès|depuis|à\s+compter\s+d[eu])\s*(?:the\s+|le\s+|l['’]\s*)?$", re.I)


def not_yet_applying(claim: Claim, dates: list[When], index: Index) -> Claim | None:
    """A figure the law states (a supported `figure` verdict) that the sentence says applied as of a day before
    its provision applies: Art. 99 AI Act (Chapter XII) applies from 2 August 2025 (Art. 113(b)), so "as of
    February 2025 … fines up to €35 million" is contradicted, with the day as the correction."""
    said = [w for w in dates if not w.yearless and AS_OF.search(claim.text[:max(0, claim.text.find(w.text))])]
    if claim.verdict != SUPPORTED or claim.kind != "figure" or len(said) != 1 or not claim.evidence:
        return None
    p = index.provisions.get(claim.evidence[0]["id"])
    top = index.top(p.id) if p is not None else None
    found = applies_from(top or p, index) if p is not None else None
    if found is None:
        return None
    day, f, at = found
    if said[0].end >= day:
        return None
    at = index.provisions.get(f.provision_id, at)
    return Claim(claim.text, CONTRADICTED,
                 f"{claim.explanation} But {(top or p).citation} applies only from {day:%-d %B %Y} "
                 f"({at.citation}: “{f.text}”), not as of {said[0].text}.",
                 [*claim.evidence[:2], quote(at, f.text)], correction=f"{(top or p).citation} applies from {day:%-d %B %Y}.",
                 kind="date")


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
# "full compliance … required by 2 August 2026", "la pleine conformité … requise d'ici le 2 août 2026", "key
# deadlines start on 2 February 2025": the days the instrument's duties bind from, in a compliance writer's words
COMPLIANCE_BY = re.compile(r"\b(?:compl(?:y|iance)|conformité|se\s+conformer)\b[^.;]{0,80}?\b(?:by|before|d.ici\s+le|"
                           r"avant\s+le|au\s+plus\s+tard\s+le)\s+(?:the\s+)?\d{1,2}|"
                           r"\b(?:deadlines?|échéances?)\b[^.;]{0,30}?\b(?:start|begin|kick\s+in|début\w*|commenc\w*)\b",
                           re.I)


# ---------------------------------------------------------------- dates of application


def _article(index: Index, source: str, number: str) -> str | None:
    """The article or section `number` of an instrument (not its recital or schedule paragraph of that number)."""
    return next((p.id for p in index.top_level(source)
                 if p.number == number and p.kind in ("article", "section") and "/dup/" not in p.id), None)


def application_check(claim: str, q: Question, dates: list[When], index: Index,
                      tops: set[str] = frozenset(), unnamed: tuple[str, ...] = (), cited: tuple[str, ...] = ()) -> Claim | None:
    """"The DSA became fully applicable on 17 February 2024": a day the named instrument's entry-into-force
    article gives (its `date` facts) supports it. A sentence citing an article ("Article 50 … start applying on
    2 August 2026") is held to the day that article applies from (`applies_from`: the point naming it, its
    section or chapter, else the general day). Another day is left unverifiable, not contradicted: a part of
    the instrument may apply from a day the sentence does not say is partial, and application articles are
    amended."""
    days = {w.start for w in dates if w.start == w.end}
    # "The AI Act bans certain uses of AI from February 2025": a month holds the day a point gives
    # (not "came into force in February 2024": entry into force is another day than application, kb/in_force.py;
    # and a month beside a day the sentence gives is read as before, the day checked)
    months = ([w for w in dates if 27 <= (w.end - w.start).days <= 31]
              if not days and not IN_FORCE_WORDS.search(claim) else [])
    def given_day(d: date) -> bool:
        return d in days or any(w.start <= d <= w.end for w in months)
    fully = FULLY.search(claim)
    sources = set(q.sources)
    # "The first provisions — covering prohibited AI practices — became enforceable on 2 February 2025": an
    # article named by its heading, which only one instrument's articles bear, names that instrument, and is the
    # part whose day counts ("the obligations for providers of general-purpose AI models" apply from 2 August 2025,
    # not from the day the rest of the AI Act applies).
    headed = headed_articles(claim, index)
    if sources:
        headed = [p for p in headed if p.source in sources]
    else:
        sources = {p.source for p in headed}
    if not sources and not q.jurisdictions and not q.absent:
        # "… la pleine conformité pour la plupart des systèmes à haut risque étant requise d'ici le 2 août 2026":
        # terms of art only one instrument uses name it (names.yaml `terms`)
        sources = implied(claim)
    banning = bool(BANS_FROM.search(claim)) and len(sources) == 1
    if banning and not headed:
        headed = [p for p in index.top_level(next(iter(sources))) if "prohibited" in fold(p.heading)]
    if fully and not days and len(sources) == 1 and (APPLIES.search(claim) or OPERATIONAL.search(claim)) \
            and not claimed(claim):
        # "The DSA, which has been fully effective since February 2024, …": a month or a year, held to the day the
        # instrument as a whole applies from
        found = _fully_in(claim, dates, next(iter(sources)), index)
        if found is not None:
            return found
    if len(sources) != 1 or not (days or months) or not (banning or APPLIES.search(claim) or ENFORCEABLE.search(claim)
                                             or DUTIES_FROM.search(claim) or COMPLIANCE_BY.search(claim)
                                             or (fully and OPERATIONAL.search(claim))) or claimed(claim):
        return None
    tops = {t for t in tops if t in index.provisions} | {p.id for p in headed}
    if not tops and unnamed:
        # "Article 4 applies to providers and deployers of AI systems and became applicable on 2025-02-02": the
        # article numbered in the instrument its terms name; an article it cannot find is not dated by the
        # instrument's days
        src = next(iter(sources))
        tops = {t for n in unnamed if (t := _article(index, src, n))}
        if not tops:
            return None
    articles = [index.provisions[t] for t in tops if t in index.provisions and index.provisions[t].source in sources]
    for top in articles:
        paragraph, named = cited_paragraph(top, cited, index)
        found = applies_from(top, index, paragraph)
        if found is None or not given_day(found[0]):
            continue
        _, f, holder = found
        unit = holder.text[f.unit_start:f.unit_end]
        at = index.provisions.get(f.provision_id, holder)
        return Claim(claim, SUPPORTED, f"{named.citation} applies from the day {at.citation} gives: “{f.text}”.",
                     [quote(at if unit in at.text else holder, unit)], kind="date")
    if articles:
        return None
    # Every day the sentence gives must be one the instrument gives: "from 2 February 2025 … by 2 August 2027" is
    # not confirmed by the first day alone.
    points = [x for s in sources for x in date_facts(index, s)]
    giving = [(f, top, {w.start for w in find_dates(f.text, None) if given_day(w.start)}) for f, top in points]
    giving = [(f, top, d) for f, top, d in giving if d]
    # "The AI Act's fines apply from 2 February 2025": the day must be the one of the point naming what the sentence
    # says applies (Chapter XII, "Penalties": 2 August 2025), not of another part ("Chapters I and II shall apply
    # from 2 February 2025"). What applies is read by its words of art ("fines", "high-risk AI systems"; not "became"
    # or "the first set of"); a point names it when it uses at least half of them, itself or through the titles of
    # the chapters it names.
    what = _what_applies(claim, q)
    if not what and _whole(claim, q):
        # "The European Union's Artificial Intelligence Act (AI Act) came into effect on February 2, 2025": the Act
        # as a whole, which neither entered into force nor applies from a day only its Chapters I and II apply from
        giving = [(f, top, d) for f, top, d in giving if names_no_part(f.text)]
    if what:
        naming = {id(f) for f, top in points
                  if 2 * sum(1 for w in what if q.covers(w, fold(f.text + named_parts(f.text, top, index)))) >= len(what)}
        if not naming:
            return None  # no point dates the part the sentence names: a day of another part does not
        giving = [(f, top, d) for f, top, d in giving if id(f) in naming]
    given = set().union(*(d for _, _, d in giving)) if giving else set()
    if giving and given >= days and all(any(w.start <= d <= w.end for d in given) for w in months):
        quotes, said = [], []
        for f, top, _ in giving:
            holder = index.provisions.get(f.provision_id, top)
            unit = top.text[f.unit_start:f.unit_end]
            said.append(f"{holder.citation}: “{f.text}”")
            quotes.append(quote(holder if unit in holder.text else top, unit))
        return Claim(claim, SUPPORTED, "; ".join(dict.fromkeys(said)) + ".", list({e["quote"]: e for e in quotes}.values()),
                     kind="date")
    if fully and len(days) == 1 and len(sources) == 1:
        # "The DSA has been fully operational since August 25, 2023": the instrument as a whole applies from the
        # day its general rule gives ("It shall apply from 17 February 2024"); an earlier part is no "fully".
        general = general_day(next(iter(sources)), index)
        if general is not None and general[0] not in days:
            day, f, top = general
            holder = index.provisions.get(f.provision_id, top)
            unit = top.text[f.unit_start:f.unit_end]
            return Claim(claim, CONTRADICTED, f"{holder.citation}: “{f.text}” — the instrument applies in full from "
                                              f"{day:%-d %B %Y}.", [quote(holder if unit in holder.text else top, unit)],
                         correction=f"{holder.citation}: applies in full from {day:%-d %B %Y}.", kind="date")
    return None


# the words a sentence uses for an instrument as a whole ("the DSA's rules apply from …"), not for a part of it
WHOLE = {"rules", "provisions", "obligations", "requirements", "regulation", "regulations", "règles", "dispositions",
         "exigences", "règlement"}


def _what_applies(claim: str, q: Question) -> list[str]:
    """The words of art naming what the sentence says applies, before the verb ("fines" in "The AI Act's fines
    apply from …"), without the instrument's names and the words for the whole."""
    m = APPLIES.search(claim)
    if m is None:
        return []
    clause = re.split(r"[,;:]", claim[:m.start()])[-1]
    for name in sorted(q.instrument_names, key=len, reverse=True):
        clause = re.sub(re.escape(name), " ", clause, flags=re.I)
    spans = [fold(span) for span, _ in concepts(clause)]
    # the longest term only ("high-risk AI systems", not also the "AI systems" inside it)
    spans = [sp for sp in spans if not any(sp != o and sp in o for o in spans)]
    return list(dict.fromkeys(w for sp in spans for w in re.findall(r"[^\W\d_]{4,}", sp) if w not in WHOLE))


def _whole(claim: str, q: Question) -> bool:
    """The sentence says the instrument itself applies, nothing of it before the verb but its names ("The European
    Union's Artificial Intelligence Act (AI Act) came into effect on …")."""
    m = APPLIES.search(claim)
    if m is None or not q.instrument_names:
        return False
    clause = re.sub(r"\([^)]*\)", " ", re.split(r"[,;:—]", claim[:m.start()])[-1])
    named = False
    for name in sorted(q.instrument_names, key=len, reverse=True):
        named = named or re.search(re.escape(name), clause, flags=re.I) is not None
        clause = re.sub(re.escape(name), " ", clause, flags=re.I)
    return named and not [w for w in re.findall(r"[^\W\d_]{3,}", fold(clause)) if w not in WHOLE | NOT_A_PART]


NOT_A_PART = {"the", "its", "this", "new", "european", "union", "eu's", "unions", "europe", "l'ue", "l'union",
             "europeenne", "europeen", "les", "des", "nouveau", "nouvelle",
             # the verb's own words ("came into effect", "will take effect", "est entré")
             "came", "come", "comes", "will", "has", "have", "had", "been", "went", "goes", "took", "take", "takes",
             "became", "become", "becomes", "est", "sera", "entre", "entree", "entrera"}


def _fully_in(claim: str, dates: list[When], source: str, index: Index) -> Claim | None:
    """A sentence saying the instrument applies in full from a month or a year: supported when the instrument's
    general day falls in it, contradicted when the sentence gives one such period and the day is outside it."""
    spans = [w for w in dates if not w.yearless and w.start != w.end]
    general = general_day(source, index)
    if not spans or general is None:
        return None
    day, f, top = general
    holder = index.provisions.get(f.provision_id, top)
    unit = top.text[f.unit_start:f.unit_end]
    evidence = [quote(holder if unit in holder.text else top, unit)]
    if any(w.start <= day <= w.end for w in spans):
        return Claim(claim, SUPPORTED, f"{holder.citation}: “{f.text}” — the instrument applies in full from "
                                       f"{day:%-d %B %Y}.", evidence, kind="date")
    if len(spans) == 1:
        return Claim(claim, CONTRADICTED, f"{holder.citation}: “{f.text}” — the instrument applies in full from "
                                          f"{day:%-d %B %Y}, not {spans[0].text}.", evidence,
                     correction=f"{holder.citation}: applies in full from {day:%-d %B %Y}.", kind="date")
    return None
