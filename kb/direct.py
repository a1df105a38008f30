"""The direct answer: one line, in the question's language, built only from the facts inside the cited
quotes ("France: 2 years' imprisonment and a fine of €60,000 [1]; 3 years' imprisonment and a fine of €75,000
where “lorsque la publication … en ligne” [2]."). Every figure in the line is checked against the quotes it
cites; a line that fails the check is not shown.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .bounds import opposite
from .defined import meaning, named_terms
# (EXCEPTING: a penalty's exception, "sauf s'il n'en est résulté qu'un dommage léger", is the offence's own penalty,
# not a case of it)
from .facts import CONSEQUENCE_KINDS, EXCEPTING, Fact
from .glossary import fold
from .hints import held_terms_in
from .penalty_line import GREATER, MAX_VARIANTS, condition as _condition, said_amount as _amount
from .penalty_line import variants as _penalty_variants
from .quantities import WORD_NUMBERS
from .question import asked_subject, rules_out
from .rerank import SPECIAL_CASE, TIME_KINDS
from .stated import claimed
from .units import short as _short

NAMES = {"en": {"EU": "European Union", "UK": "United Kingdom", "FR": "France", "US": "United States"},
         "fr": {"EU": "Union européenne", "UK": "Royaume-Uni", "FR": "France", "US": "États-Unis"}}
BILL = {"en": " (a bill, not law)", "fr": " (proposition de loi, pas une loi)"}


def _short_keeping(text: str, end: str, limit: int = 140) -> str:
    """Shortened from the middle when the text ends with what was asked ("… which shall be operational by 2
    August 2026"): the day is the answer, not the words before it."""
    if len(text) <= limit or not end or not text.endswith(end):
        return _short(text, limit)
    tail = text[-(len(end) + 40):]
    tail = tail.split(" ", 1)[1] if " " in tail else tail
    head = text[:max(20, limit - len(tail))].rsplit(" ", 1)[0]
    return f"{head} … {tail}"


AT_LEAST = re.compile(r"\bat\s+least\b|\bnot\s+less\s+than\b", re.I)
# a period the law's own words already open with ("within 48 hours", "not later than 15 days", "six months")
LEADS_WITH_TIME = re.compile(r"(?:within|not\s+later\s+than|no\s+later\s+than|for|limitation\s+period|\d+)\b", re.I)


def _opens_with_time(text: str) -> bool:
    return bool(LEADS_WITH_TIME.match(text)) or text.split(" ", 1)[0].lower() in WORD_NUMBERS


FR_UNITS = {"hours": ("heure", "heures"), "days": ("jour", "jours"), "weeks": ("semaine", "semaines"),
            "months": ("mois", "mois"), "years": ("an", "ans")}
def _duration(f: Fact, lang: str, written_in: str) -> str:
    """A time limit or a period, said in the question's language: "dans un délai de 3 mois (« within three months
    … »)" for a French question answered by an English provision; the verbatim words follow in brackets."""
    if lang == "en" and f.value is not None and f.unit in FR_UNITS and not _opens_with_time(f.text):
        # "preserve the contents … for 1 year after the submission": the period first, the law's words after it
        unit = f.unit[:-1] if f.value == 1 else f.unit
        return f"{'at least ' if AT_LEAST.search(f.text) else ''}{f.value:g} {unit} (“{_short(f.text, 100)}”)"
    if lang != "fr" or written_in == "fr" or f.value is None or f.unit not in FR_UNITS:
        return _short(f.text)
    one, many = FR_UNITS[f.unit]
    n = f"{f.value:g}".replace(".", ",")
    # "of at least six months": a floor, said as one
    said = f"{'au moins ' if AT_LEAST.search(f.text) else ''}{n} {one if f.value == 1 else many}"
    if f.kind == "deadline" and AFTER_EVENT.search(f.text) and not WITHIN.search(f.text):
        # "from four months after the notification" is when obligations start, not a time allowed
        return f"{said} après (« {_short(f.text, 100)} »)"
    return f"{'dans un délai de' if f.kind == 'deadline' else 'pendant'} {said} (« {_short(f.text, 100)} »)"


AFTER_EVENT = re.compile(r"\b(?:after|following)\b", re.I)
WITHIN = re.compile(r"\b(?:within|no\s+later\s+than|not\s+later\s+than)\b", re.I)


BESIDES_FINE = re.compile(r"\b(?:besides|other\s+than|apart\s+from|except)\s+(?:an?\s+|the\s+)?fines?\b|"
                          r"\b(?:outre|en\s+dehors\s+de|hormis|sauf)\s+l[’']amende\b|\bautres?\s+que\s+l[’']amende\b",
                          re.I)
# a penalty given by reference (a "referred" fact): the offence's own, whatever it is
REFERRED = {"en": "the penalties of the offence itself", "fr": "les peines de l'infraction elle-même"}
# … or a multiple of a natural person's fine, for a legal person (art. 131-38, 131-41)
TIMES = {"en": {"quintuple": "five times the fine set for natural persons", "décuple": "ten times the fine set for "
                "natural persons", "double": "twice the fine set for natural persons"},
         "fr": {"quintuple": "le quintuple de l'amende prévue pour les personnes physiques",
                "décuple": "le décuple de l'amende prévue pour les personnes physiques",
                "double": "le double de l'amende prévue pour les personnes physiques"}}


def _case_quoted(f: Fact) -> bool:
    """The fact's case is in its own words ("s'il s'agit d'une condamnation à la réclusion criminelle à perpétuité, de
    dix-huit ans", art. 132-23): quoting them says it."""
    return bool(f.condition) and f.condition in f.text


def _bounded(f: Fact, lang: str, written_in: str) -> str:
    """A limit on a measure, said in the question's language when the law's is another, the law's words after it:
    "20 to 400 hours (“pour une durée de vingt à quatre cents heures”)"; in the law's own language, its words."""
    if lang == written_in or f.value is None:
        return _short(f.text) + ("" if _case_quoted(f) else _condition(f.condition, lang))
    if f.unit in FR_UNITS or not f.unit:
        unit = f.unit[:-1] if f.unit and f.value == 1 else f.unit
        if lang == "fr" and f.unit:
            unit = FR_UNITS[f.unit][0 if f.value == 1 else 1]
        low = f"{f.low:g} {'à' if lang == 'fr' else 'to'} " if f.low is not None and f.unit == "hours" else ""
        said = f"{low}{f.value:g} {unit}".strip()
        if f.low != f.value:  # (a length the law fixes is said as it is: "18 years", not "up to 18 years")
            said = said if low else (f"up to {said}" if lang == "en" else f"jusqu'à {said}")
    else:
        said = f"{'up to' if lang == 'en' else 'jusqu’à'} {_amount(f.value, f.unit, lang)}"
    opening, closing = ("« ", " »") if lang == "fr" else ("“", "”")
    if _case_quoted(f):
        return f"{said} ({opening}{_short(f.text, 160)}{closing})"  # (quoted whole, its case in it: not twice)
    return f"{said} ({opening}{_short(f.text, 100)}{closing}){_condition(f.condition, lang)}"


def _plain(f: Fact, lang: str, written_in: str, top_text: str = "") -> str:
    if f.kind == "bound":
        return _bounded(f, lang, written_in)
    if f.kind in ("deadline", "period"):
        return _duration(f, lang, written_in)
    if f.kind in ("date", "due"):
        return _short_keeping(f.text, f.of or "", 220)  # a list of the articles that apply is the answer too
    if f.kind == "threshold":
        n = _amount(f.value, "", lang).strip() if f.value else f.text
        return f"{n} {f.of}".strip()
    if f.kind == "age":
        return f"under {f.value:g}" if lang == "en" else f"moins de {f.value:g} ans"
    if f.kind in ("duty", "power"):
        return _who_does(f)
    if f.kind == "definition" and (said := meaning(f, top_text)):
        return said
    return _short(f.text)


MODAL = re.compile(r"\b(?:shall|must|may)\b")


def _who_does(f: Fact, limit: int = 160) -> str:
    """A duty or a power said from its verb when its subject is long: "Providers of high-risk AI systems which
    consider … shall immediately take the necessary corrective actions …" (Art. 20(1) AI Act), not the relative
    clause that cuts off before what they must do. Verbatim pieces, joined by an ellipsis."""
    text = f.text
    at = text.find(f.what) if f.what else -1
    verbs = list(MODAL.finditer(text, 0, at)) if at > 0 else []
    verb = verbs[-1] if verbs else None
    if len(text) <= limit or verb is None or verb.start() < 60:
        return _short(text, limit)
    # the subject's first words and its last ones, which most often say which of them ("Deployers of an AI system
    # … constituting a deep fake, shall disclose …", not "Deployers of an AI system that generates or …")
    subject = text[:verb.start()].rstrip()
    head = subject[:SUBJECT_HEAD].rsplit(" ", 1)[0]
    tail = subject[-SUBJECT_TAIL:].split(" ", 1)[-1] if len(subject) > SUBJECT_HEAD + SUBJECT_TAIL else subject[len(head):].strip()
    said = f"{head} … {tail}" if tail else head
    return f"{said} {_short(text[verb.start():], max(40, limit - len(said) - 1))}"


SUBJECT_HEAD, SUBJECT_TAIL = 35, 40  # characters of a long subject kept from its start and its end


def _governing(evidence: list, wanted: set[str]) -> list:
    """The evidence the line may use: per jurisdiction, the provision of its best quote stating a fact of the
    kind asked, and any other provision that scored as well; merely related quotes never."""
    out, best = [], {}
    # The provision ranked first, when it states a fact of the kind asked, answers for its jurisdiction alone:
    # s. 178(2)'s five years, not the 45 days of another section whose quote scored higher.
    # (Time limits, days and thresholds only: for penalties and duties, the figures of each provision found are
    # shown with its name, as the first-ranked is not always the offence asked about.)
    first = evidence[0].top.id if evidence else None
    first_states = wanted <= ONE_PROVISION_KINDS and any(
        e.top.id == first and not e.related and {f.kind for f in e.facts} & wanted for e in evidence)
    for e in sorted(evidence, key=lambda e: (not (first_states and e.top.id == first), -e.score)):
        if e.related or not {f.kind for f in e.facts} & wanted:
            continue
        j = e.provision.jurisdiction
        # the offence a failure is answers beside the powers, not in competition with them (s. 109(1) with s. 130)
        consequence = {f.kind for f in e.facts} & wanted <= CONSEQUENCE_KINDS
        lead = best.setdefault((j, consequence), e)
        if e.top.id == lead.top.id or (e.score >= lead.score - 0.03 and not (first_states and lead.top.id == first)):
            out.append(e)
    if wanted == {"age"}:
        # "Who counts as a minor?": the age a definition sets ("'minor' means any person under the age of eighteen
        # years"), not an aggravating age another provision mentions ("a minor who has not attained 12 years").
        defining = [e for e in out if DEFINES.search(e.quote)]
        out = defining or out
    return sorted(out, key=lambda e: e.n)


ONE_PROVISION_KINDS = {"deadline", "period", "due", "date", "threshold", "age", "bound"}
BOUND_CASES = 3  # a limit's cases the line gives of one provision
DEFINES = re.compile(r"\bmeans\b|\bd[ée]sign\w*\b|\bs.entend\b|\bhas the meaning\b", re.I)


def _cases(f: Fact, top_text: str, lang: str) -> str:
    """A time set apart for the cases a unit names ("Les peines prononcées pour les délits mentionnés au livre IV bis
    …, aux articles 706-16 et 706-26 … se prescrivent par vingt années", art. 133-3 al. 2) says whose it is: the unit's
    words before it, verbatim and cut, so that "20 years" is not read as every délit's."""
    if f.kind not in TIME_KINDS:
        return ""
    before = re.sub(r"^\(?\d+[.)]\s*", "", top_text[f.unit_start:f.start].strip())  # not its number ("4. …")
    if not SPECIAL_CASE.search(before):
        return ""
    opening, closing = ("« ", " »") if lang == "fr" else ("“", "”")
    return f" ({'pour' if lang == 'fr' else 'for'} {opening}{_short(before, 110)}{closing})"


def line(question, evidence: list) -> str:
    """The direct answer for `question` (kb.question.Question) from numbered `evidence`, or "" when the
    quotes state no fact of the kind asked for."""
    lang = question.language
    wanted = set(question.fact_kinds)
    if not wanted:
        return ""
    if BESIDES_FINE.search(question.text):
        # "Besides a fine, what penalties can a company face …?": not the fine (art. 131-38's quintuple), which the
        # question sets aside (questions13: the line gave it, for art. 131-39's dissolution and bans)
        evidence = [replace(e, facts=[f for f in e.facts if f.kind not in ("fine", "cap")
                                      and not (f.kind == "referred" and f.of)]) for e in evidence]
    by_j: dict[str, list[str]] = {}
    per_top: dict[str, int] = {}
    late: set[str] = set()
    # of one provision's cases, the one the question names by its prison term comes first: "un délit puni de cinq ans",
    # "an offence punishable by five years" name art. 450-1's case of "délits punis d'au moins cinq ans"
    asked_terms = claimed(question.text).get("prison", set())
    fit: dict[str, int] = {}  # how many of those terms a variant's case gives
    limit = 2 if question.kind == "maximum" else MAX_VARIANTS
    # "Must Ofcom warn a provider …?": what OFCOM must or may do ("OFCOM may give a notice … only after giving a
    # warning notice"), not the provider's duties the same quotes state
    asker = asked_subject(question.text) if wanted & {"duty", "power"} else set()
    of_asker = lambda f: f.kind in ("duty", "power") and bool(asker & set(re.findall(r"\w+", fold(f.subject))))
    if asker and any(of_asker(f) for e in evidence if not e.related for f in e.facts):
        wanted = wanted | {"duty", "power"}
        evidence = [replace(e, facts=[f for f in e.facts if of_asker(f) or f.kind not in wanted]) for e in evidence]
    elif asker:
        # no quote states what the one asked about must or may do: another's duty ("The provider … shall ensure that
        # corrective action is taken", for what each Member State must designate) answers nothing
        evidence = [replace(e, facts=[f for f in e.facts if f.kind not in ("duty", "power")]) for e in evidence]
    amounts = {e.provision.id: e.n for e in evidence if not e.facts}  # the quotes amounts_beside added
    governing = _governing(evidence, wanted)
    # "… a deepfake … when it is not sexual": the line gives the provisions without the quality ruled out (226-8),
    # not the one that has it (226-8-1), which the quotes still show
    governing = [e for e in governing if not rules_out(question, e.top.text)] or governing
    # "… no more than eight days' incapacity": not art. 222-11's "plus de huit jours", which the quotes still show
    governing = [e for e in governing if not opposite(question.text, e.top.text)] or governing
    # a provision that says nothing the question is about (art. 441-3's "faux documents", which the dense channel
    # matched to "digital forgery") is quoted, not answered from, when another one does
    governing = [e for e in governing if question.about(fold(e.top.heading + " " + e.top.text))] or governing
    measures = held_terms_in(question.text + " " + question.fr_query)
    if measures:
        # "… le délai de probation d'un sursis probatoire ?": the limit of the measure named, from the provisions
        # naming it (art. 132-42), not the DSA's limitation periods the word "délai" also reaches. When the quote
        # ranked first names it, nothing else answers: "When can a French court … exempt them from any penalty?"
        # (art. 132-59, the dispense de peine) is not answered with art. 226-10's penalty (questions102, first run)
        names = lambda e: any(m in fold(e.top.text) for m in measures)  # noqa: E731
        naming = [e for e in governing if names(e)]
        governing = naming if naming or (evidence and names(evidence[0])) else governing
    if question.kind == "minimum":
        # a mandatory minimum is a floor ("not less than 15 years"); a term with none answers no such question
        governing = [e for e in governing if any(f.low and not (f.condition or f.aggravated) for f in e.facts)] \
            or governing
    named = named_terms(question, governing) if "definition" in wanted else None
    for e in governing:
        facts = [f for f in e.facts if f.kind in wanted and (named is None or f.kind != "definition"
                                                              or fold(f.term) in named)]
        bill = BILL[lang] if e.provision.status.startswith("bill") else ""
        parts = by_j.setdefault(e.provision.jurisdiction, [])
        if wanted & {"prison", "fine", "cap"} and any(f.kind != "bound" for f in facts):
            # (a limit on a measure, "bound", is said as the law words it, below: it is no penalty's variant)
            facts = [f for f in facts if f.kind != "bound"]
            greater = GREATER.search(e.quote) is not None
            # A provision gives the line at most `limit` of its quotes; a quote, all the variants it states (a term
            # the law defines case by case is one answer: "6 months" before a day, "51 weeks" after it).
            if per_top.get(e.top.id, 0) >= limit:
                continue
            per_top[e.top.id] = per_top.get(e.top.id, 0) + 1
            # (with the quote stating the amount a fine named by its class comes to: "[1][2]")
            marks = f"[{e.n}]" + "".join(f"[{n}]" for n in sorted({amounts[f.via] for f in facts if f.via in amounts}))
            if facts and all(f.kind == "referred" for f in facts):
                # "Sera puni comme auteur le complice de l'infraction" (art. 121-6): no figure of its own, the
                # offence's penalty; said so, in the law's words
                # (the law's words quoted as a case is: in the line's quotation marks, a list kept whole)
                said = TIMES[lang].get(facts[0].of or "", REFERRED[lang])
                parts.append((e.top, f"{said}{_condition(e.quote, lang)}{bill} {marks}"))
                continue
            facts = [f for f in facts if f.kind != "referred"]
            for figures, condition in _penalty_variants(facts, lang, greater, question.kind == "maximum", e.top.text):
                parts.append((e.top, f"{figures}{_condition(condition, lang)}{bill} {marks}"))
                if condition:
                    fit[parts[-1][1]] = len(asked_terms & claimed(condition).get("prison", set()))
                if condition and not question.about(fold(condition)) and not EXCEPTING.match(condition):
                    late.add(parts[-1][1])  # a case the question does not ask about comes after the offence's own
                    # (not the offence's own penalty "sauf s'il n'en est résulté qu'un dommage léger", art. 322-1)
        else:
            # (a limit and its cases together: art. 132-42's three years, five in récidive légale, seven in a second)
            if len({f.condition for f in facts if f.kind == "bound"}) == 1:
                # a clause every limit of the provision is under ("Lorsqu'un délit est puni d'une peine
                # d'emprisonnement, la juridiction peut prescrire …") tells no case from another: the quote says it
                # (a case the law's words give with the figure stays with them: "… ou vingt-deux ans en cas de
                # condamnation à la réclusion criminelle à perpétuité", art. 132-23 al. 3)
                facts = [replace(f, condition="") if f.kind == "bound" and not _case_quoted(f) else f for f in facts]
            bounds = [f for f in facts if f.kind == "bound"]
            for f in (bounds[:BOUND_CASES] if bounds and len(bounds) == len(facts) else facts[:1]):
                if per_top.get(e.top.id, 0) < (BOUND_CASES if f.kind == "bound" else 2):
                    per_top[e.top.id] = per_top.get(e.top.id, 0) + 1
                    parts.append((e.top, f"{_plain(f, lang, e.top.language, e.top.text)}{_cases(f, e.top.text, lang)}"
                                         f"{bill} [{e.n}]"))
    if not any(by_j.values()):
        return ""
    sep = "; " if lang == "en" else " ; "
    colon = ": " if lang == "en" else " : "
    out = []
    for j, parts in by_j.items():
        # (a case the question names by its term first, see `fit`; otherwise the law's order)
        parts = sorted(parts, key=lambda t, tops=[x.id for x, _ in parts]: (tops.index(t[0].id), t[1] in late,
                                                                              -fit.get(t[1], 0)))
        firsts: dict = {}  # the line's text → the provision it first came from
        for top, text in parts:
            firsts.setdefault(text, top)
        uniq = [(top, text) for text, top in firsts.items()][:4]
        if not uniq:
            continue
        if len({top.id for top, _ in uniq}) > 1:
            # Figures of several offences or duties: each group says whose they are, so that "3 years" of one
            # article is not read as the answer together with "5 years" of another.
            named, seen = [], set()
            for top, text in uniq:
                named.append(text if top.id in seen else f"{top.citation} — {text}")
                seen.add(top.id)
            texts = named
        else:
            texts = [text for _, text in uniq]
        out.append(f"{NAMES[lang][j]}{colon}{sep.join(texts)}.")
    return " ".join(out)


# Thousands grouped by space, comma or dot ("60 000", "60,000"); a decimal comma or point otherwise ("0,05").
_NUMBER = re.compile(r"\d+(?:[ ,.\u202f\u00a0]\d{3}(?!\d))*(?:[.,]\d+)?")


def _numbers(text: str) -> set[float]:
    out = set()
    for m in _NUMBER.finditer(re.sub(r"\[\d+\]", " ", text)):
        parts = re.fullmatch(r"(\d+(?:[ ,.\u202f\u00a0]\d{3})*)(?:[.,](\d+))?", m.group(0))
        if parts:
            whole = re.sub(r"[ ,.\u202f\u00a0]", "", parts.group(1))
            out.add(float(whole + ("." + parts.group(2) if parts.group(2) else "")))
    return out


def verified(text: str, evidence: list) -> bool:
    """Every number the line states is a number of a quote it cites (figures are never made up)."""
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    quotes = " ".join(e.quote for e in evidence if e.n in cited)
    # the names of the provisions cited are not figures ("Code pénal, art. 226-8 — …"), the longest first: "art.
    # 221-6" is the start of "art. 221-6-1"
    names = {e.top.citation for e in evidence if e.n in cited and getattr(e, "top", None) is not None}
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    allowed = _numbers(quotes)
    allowed |= {n * 1e6 for n in allowed} | {n / 1e6 for n in allowed}
    from .quantities import IN_WORDS, in_words

    # Numbers in words, every one the quantities module reads ("trente ans de réclusion criminelle", "quatre cents").
    allowed |= {in_words(w) for w in IN_WORDS.findall(quotes)} - {None}
    return bool(cited) and _numbers(text) <= allowed
