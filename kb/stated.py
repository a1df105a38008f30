"""The figures a sentence states — prison terms, amounts, percentages, deadlines, ages, user thresholds — by the
kind of fact (kb/facts.py) they are compared with. Read from the sentence alone: which provision they belong to is
kb/figures.py's question."""
from __future__ import annotations

import re

from .quantities import NUM, POWER_OF_TEN, YEARS, extract, number

# ("2 working days", "15 calendar days": days still, whatever counts them)
DAYS = re.compile(NUM + r"\s*(?:(?:working|calendar|business|clear)\s+)?(?:days?|jours?)\b", re.I)
# (not "under 18 U.S.C. 2252": a title of the U.S. Code)
AGE = re.compile(r"(?:under|below|moins\s+de|younger\s+than)\s+(?:the\s+age\s+of\s+)?" + NUM
                 + r"(?!\d|[.,]\d|\s*U\.?\s?S\.?\s?C|\s*USC)(?:\s+(?:years|ans))?", re.I)
# "6 months' imprisonment", "six mois d'emprisonnement": a prison term, in years; other months are deadlines.
MONTHS_PRISON = re.compile(NUM + r"\s*(?:months?|mois)\W{0,3}\s*(?:of\s+|d.)?(?:imprisonment|prison|emprisonnement|jail)",
                           re.I)
# "VLOPs have four months to comply", "dans un délai de trois mois": a period given to act, in hours like the
# other deadlines (a prison term in months is read by MONTHS_PRISON, a period of suspension is not a deadline).
MONTHS_DEADLINE = re.compile(r"(?:\bhave|\bhas|\bhad|\bgiven|\bont|\ba|\bdispose(?:nt)?\s+de|\bwithin|délai\s+de|\bsous|\bafter|\baprès)\s+" + NUM
                             + r"\s*(?:months?|mois)\b(?!\W{0,3}\s*(?:of\s+|d.)?(?:imprisonment|prison|emprisonnement|jail))", re.I)
# "a 4-month deadline to comply", "a 48-hour window", "a four-month period": a time given to act, written as one word
HYPHENED_DEADLINE = re.compile(NUM + r"-(month|week|day|hour)\s+(?:deadline|time\s+limit|window|period|grace\s+period)\b", re.I)
HOURS_IN = {"month": 720, "week": 168, "day": 24, "hour": 1}
# "within one year of enactment, … covered platforms implement a notice-and-takedown mechanism": a year given to
# act, counted from the event that starts it (never "within five years" alone, which may be how long anything lasts)
YEARS_DEADLINE = re.compile(r"\b(?:within|not\s+later\s+than|no\s+later\s+than|dans\s+un\s+délai\s+d['’]?)\s*" + NUM
                            + r"\s*(?:years?|ans?)\s+(?:of|after|from|following|à\s+compter\s+de|après)\s+"
                            r"(?:the\s+|its\s+|l['’]\s*|la\s+)?(?:date\s+of\s+)?(?:enactment|entry\s+into\s+force|"
                            r"entrée\s+en\s+vigueur|promulgation|publication)", re.I)
# "… carry reduced sentences …, with 18 months for threats targeting adults and 30 months for …": months in a
# sentence about sentences are prison terms, unless given to act in (a deadline) or counted since.
SENTENCING = re.compile(r"\b(?:sentences?|sentenced|prison\s+terms?|imprisonment|imprisoned|jail|emprisonnement|"
                        r"peines?\s+de\s+prison)\b", re.I)
MONTHS = re.compile(NUM + r"\s*(?:months?|mois)\b(?!\s+(?:after|later|ago|before|earlier|après|plus\s+tard))", re.I)
# "a computational threshold of 10^23 FLOPs", "10²⁵ floating-point operations": training compute
COMPUTE = re.compile(r"(" + POWER_OF_TEN.pattern + r")\s*(?:FLOP|FLOPs|FLOPS|floating[- ]point\s+operations|"
                     r"opérations\s+en\s+virgule\s+flottante)", re.I)
# "45 million or more monthly active users": the bound said after the number is the threshold's own.
USERS = re.compile(NUM + r"(?:\s+(million|millions))\s+(?:(?:or\s+(?:more|above)|and\s+(?:more|above)|ou\s+plus|et\s+plus)\s+)?"
                   r"(?:d['’]\s*)?(?:monthly\s+)?(?:active\s+)?"
                   r"(?:users|utilisateurs|recipients|destinataires|people|personnes)", re.I)


# A number of days or hours is a deadline when the sentence sets a time to act ("within 48 hours", "X a entre 60
# et 90 jours ouvrables pour présenter …"), not when it tells how long something went on ("in a period of just
# eleven days, Grok allegedly facilitated …").
TIME_TO_ACT = re.compile(r"\b(?:within|no\s+later\s+than|not\s+later\s+than|must|shall|requir\w*|obliged|obligat\w*|"
                         r"have|has|had|get|gets|given|deadline|time\s+limit|délai|sous|doi[tv]ent|doit|devr\w+|"
                         r"dans\s+les|au\s+plus\s+tard|dispos\w+|ont|obligés?|tenus?|remov\w*|retir\w*|supprim\w*|"
                         r"take\s*down|takedowns?|respond\w*|répond\w*)\b|"
                         r"(?:days?|hours?|jours?|heures?|mois|months?)\s+(?:ouvrables\s+|working\s+)?(?:pour|to)\s", re.I)


# "une incapacité totale de travail inférieure ou égale à huit jours": how long a victim could not work, a condition
# of the penalty the law states with its own words, never a time to act
INCAPACITY = re.compile(r"incapacit\w*(?:\s+totale)?\s+de\s+travail|\bITT\b|unable\s+to\s+work", re.I)


# "preserving reports … for one year", "a one-year grace period", "la suspension … portée à un an": a number of
# years kept, given or banned for is a period, not a prison term — unless the words around it say prison.
PERIOD_BEFORE = re.compile(r"\b(?:preserv\w*|retain\w*|retention|conserv\w*|grace|compl(?:y|iance)|valid\w*|"
                           r"appl(?:y|ies|ied)|s.appliqu\w*|progressiv\w*|gradual\w*|phas(?:e|ed|ing)|"
                           r"suspen\w*|durée|interdi\w*|bann?\w*|within|since|depuis|délai|store[sd]?|storage|"
                           r"keep|kept|records?|prescri\w*|time-barred)\b[^.;:]{0,90}$", re.I)
# "Les peines pour délit disparaissent après six ans": a time counted ("après", "after", "au bout de" just before the
# number), never a term (claims126's END run)
COUNTED = re.compile(r"\b(?:après|after|au\s+bout\s+de|within|dans)\s*$", re.I)
# "Les peines prononcées pour un délit se prescrivent par six années révolues": how long a sentence can be enforced
# (art. 133-3), a time limit, never a prison term
PRESCRIBED = re.compile(r"\bprescri\w*\s+(?:par|après|au\s+bout\s+de|by|after)\s+" + NUM + r"\s*(?:années?|ans?|years?)\b",
                        re.I)
PERIOD_AFTER = re.compile(r"^\W{0,3}(?:[\w-]+\s+){0,2}(?:to\s+(?:comply|implement|develop|adapt|prepare)|grace|"
                          r"pour\s+se\s+(?:conformer|mettre)|transition)", re.I)
PRISON_NEAR = re.compile(r"imprison\w*|prison|emprisonnement|jail|sentenc\w*|réclusion", re.I)


# "un mineur (18 ans en France, à moins d'émancipation)", "un mineur de quinze ans", "âgée de 14 ans", "aged 16":
# a person's age, never a prison term (an age is claimed only as kb.stated.AGE reads it)
# "des mineurs de plus de 15 ans" (art. 461-7), "children over 15 years": an age too (claims126's END run read it as
# a fifteen-year term)
AGE_OF = re.compile(r"(?:\b(?:âgée?s?|agée?s?)\s+de|\baged|\bmineurs?\s*\(?\s*(?:de\s+)?(?:plus\s+de\s+|moins\s+de\s+)?|"
                    r"\b(?:children|minors|persons?|people)\s+(?:over|above|older\s+than)\s+(?:the\s+age\s+of\s+)?)\s*" + NUM
                    + r"\s*(?:years|ans)\b", re.I)


# A life term, as a penalty the sentence gives ("est puni de la réclusion criminelle à perpétuité", "faces life in
# prison"): the facts read the law's as an infinite term (kb/data/facts.yaml). Not one named in an aside in brackets
# ("… the same as those that would make a murderer eligible for life in prison)").
LIFE = re.compile(r"\b(?:(?:réclusion|détention)\s+criminelle\s+à\s+perpétuité|(?:jusqu.(?:à|a)\s+)?(?:à\s+)?la\s+perpétuité|"
                  r"life\s+imprisonment|imprisonment\s+for\s+life|imprisoned\s+for\s+life|life\s+in\s+prison|"
                  r"life\s+sentences?|prison\s+à\s+vie|emprisonnement\s+à\s+vie)\b", re.I)


def _life(claim: str) -> bool:
    return any(claim.count("(", 0, m.start()) <= claim.count(")", 0, m.start()) for m in LIFE.finditer(claim))


# "le premier terme de la récidive doit être un crime ou un délit puni de 10 ans d'emprisonnement", "un délit puni
# d'une peine d'emprisonnement supérieure à un an et inférieure à 10 ans": in a sentence on the rules of recidivism,
# the terms that say which offences count (art. 132-8 to 132-10), not a penalty the sentence states (claims127, first
# run: art. 132-8 was held to "10 years' imprisonment"; kb/data/facts.yaml reads the articles the same way).
RECIDIVISM = re.compile(r"récidiv|déjà\s+condamn|(?:premier|deuxième|second)\s+terme|previously\s+convicted|"
                        r"reoffend|repeat\s+offen", re.I)
# ("si le crime est puni de 15 ans", "si le maximum fixé par la loi pour ce crime est de 20 ou 30 ans": art. 132-8's
# crimes, as claims128's END run found them summarised)
OFFENCE_CLASS = re.compile(r"(?:\b(?:crimes?|délits?|offen[cs]es?)\s+(?:(?:est|sont|is|are)\s+)?(?:puni|punie|punis|punishable)"
                           r"\s+(?:de\s+|by\s+|d['’])(?:une\s+peine\s+d['’]emprisonnement\s+)?(?:d['’]une\s+durée\s+)?"
                           r"(?:(?:supérieure|inférieure)\s+à\s+(?:un\s+an\s+et\s+(?:supérieure|inférieure)\s+à\s+)?)?|"
                           r"\bmaximum\s+fixé\s+par\s+la\s+loi\s+pour\s+ce\s+crime\s+est\s+de\s+(?:\d+\s+ou\s+)?)$", re.I)


def _prison_years(claim: str) -> set:
    out = {float("inf")} if _life(claim) and PENALTY_TALK.search(claim) else set()
    ages = [m.span(1) for m in AGE_OF.finditer(claim)]
    recidivism = RECIDIVISM.search(claim) is not None
    for m in YEARS.finditer(claim):
        if any(a <= m.start(1) < b for a, b in ages):
            continue
        if recidivism and OFFENCE_CLASS.search(claim[max(0, m.start() - 120):m.start()]):
            continue
        before, after = claim[max(0, m.start() - 120):m.start()], claim[m.end():m.end() + 40]
        if ((COUNTED.search(before) or PERIOD_BEFORE.search(before) or PERIOD_AFTER.search(after))
                and not PRISON_NEAR.search(m.group(0) + after[:30])):
            continue
        out.add(number(m.group(1)))
    return out


# "45 million monthly users, which corresponds to around 10% of the EU's population": a share of the population is
# how a threshold was set, not a cap on a fine; it is read against the words of the provision that states it.
# "10% or more of the total EU consumers" too: a share of people, however many words name them.
SHARE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent|percent|pour\s?cent)\s+(?:or\s+(?:more|above)\s+|ou\s+plus\s+)?"
                   r"(?:of\s+(?:the\s+)?|de\s+la\s+|du\s+|des\s+)"
                   r"(?:[\w'’]+\s+){0,3}?(?:population|inhabitants|habitants|citizens|citoyens|consumers|consommateurs|"
                   r"people|personnes)\b", re.I)


# "a minimum fine of £18 million", "at least 15 years in prison", "une amende minimale de 30 000 euros": a penalty
# framed as a floor; the corpus's penalties are maxima unless the law gives a lower bound ("not less than 15 years").
FLOOR = re.compile(r"\b(?:minimum|at\s+least|no\s+less\s+than|not\s+less\s+than|au\s+moins|minimale?s?|"
                   r"plancher)\b(?:\s+(?:fine|penalty|sentence|term|prison\s+term|amende|peine|de|of|d['’]))*\s*"
                   r"([^,;:.()]{0,30})", re.I)


def floors(claim: str) -> dict[str, set]:
    """The penalty figures a sentence frames as a minimum, by kind ("money": (amount, currency), "prison": years)."""
    out: dict[str, set] = {"money": set(), "prison": set()}
    for m in FLOOR.finditer(claim):
        span = m.group(1)
        q = extract(span)
        out["money"] |= set(q.money)
        out["prison"] |= {number(y.group(1)) for y in YEARS.finditer(span)}
    return {k: v for k, v in out.items() if v}


def shares(claim: str) -> set[float]:
    """The shares of a population a sentence states ("10 % of the Union's population")."""
    return {float(m.group(1).replace(",", ".")) for m in SHARE.finditer(claim)}


# An amount is a penalty's only in a sentence about penalties: "the cost of its work on Online Safety amounted to
# £54m" is no fine to hold against Sch. 13's cap (kb/figures.py).
PENALTY_TALK = re.compile(r"\b(?:fin(?:e|es|ed|ing)|penalt\w*|sanction\w*|amendes?|peines?|pénalit\w*|punish\w*|"
                          r"puni\w*|impos\w*|inflig\w*|liable|liability|up\s+to|jusqu|maximum|maximal\w*|plafon\w*|"
                          r"caps?|capped|ceiling|fac(?:e|es|ed|ing)|encour\w*|risqu\w*|levied|levy|prison|"
                          r"emprisonnement|imprisonment)\b|"
                          # "… peut coûter 7,5 millions d'euros": what a breach may cost, not what work costs
                          r"\b(?:peut|peuvent|pourrait|pourraient|could|can|may|might|will|would)\s+co[uû]t\w*", re.I)


def claimed(claim: str) -> dict[str, set]:
    """The figures a claim states, by the kind of fact they are compared with."""
    claim = _without_thresholds(claim)
    q = extract(claim)
    out: dict[str, set] = {"prison": _prison_years(claim), "money": set(q.money), "cap": set(q.percents) - shares(claim), "deadline": set(),
                           "age": set(), "threshold": set()}
    if TIME_TO_ACT.search(claim):
        out["deadline"] |= {h for h in q.hours}
        out["deadline"] |= {number(m.group(1)) * 24 for m in DAYS.finditer(claim)
                            if not INCAPACITY.search(claim[max(0, m.start() - 80):m.start()])}
    out["deadline"] |= {number(m.group(1)) * 720 for m in MONTHS_DEADLINE.finditer(claim)}
    out["deadline"] |= {number(m.group(1)) * HOURS_IN[m.group(2).lower()] for m in HYPHENED_DEADLINE.finditer(claim)}
    out["deadline"] |= {number(m.group(1)) * 8760 for m in YEARS_DEADLINE.finditer(claim)}
    out["deadline"] |= {number(m.group(1)) * 8760 for m in PRESCRIBED.finditer(claim)}
    out["age"] = {number(m.group(1)) for m in AGE.finditer(claim)}
    out["threshold"] = {number(m.group(1)) * 1e6 for m in USERS.finditer(claim)}
    out["threshold"] |= {number(m.group(1)) for m in COMPUTE.finditer(claim)}
    out["prison"] |= {number(m.group(1)) / 12 for m in MONTHS_PRISON.finditer(claim)}
    if SENTENCING.search(claim):
        given = [m.span() for m in MONTHS_DEADLINE.finditer(claim)]
        out["prison"] |= {number(m.group(1)) / 12 for m in MONTHS.finditer(claim)
                          if not any(a <= m.start() < b for a, b in given)}
    if out["age"]:
        out["prison"] -= out["age"]
    # "… cette période peut monter à 22 ans": the length of a period the sentence before named, not a prison term
    # (claims134's END run: held to art. 421-7's life imprisonment and contradicted; it is art. 132-23's sûreté)
    out["prison"] -= {number(m.group(1)) for m in YEARS.finditer(claim)
                      if PERIOD_ANAPHOR.search(claim[max(0, m.start() - 60):m.start()])}
    suspension, named = LIMIT_TALK.search(claim), LIMIT_BEFORE.search(claim)
    if (suspension or named) and not IMPOSED.search(claim):
        # "The probationary period is set by the court … within the limits of 18 months to 3 years, raised to 5 years
        # for recidivism": a limit the law sets on a measure (art. 132-42), held to the law's limits, never to a
        # prison term (claims131, first run: its years were read as a period to act in and left unchecked). A
        # période de sûreté's figures follow its name: "vingt ans de réclusion criminelle assorti d'une période de
        # sûreté" is a penalty (claims121)
        since = 0 if suspension else named.start()
        out["limit"] = {number(m.group(1)) for m in YEARS.finditer(claim, since)} | \
            {number(m.group(1)) / 12 for m in MONTHS.finditer(claim, since)}
        # (a life term in such a sentence is the case a limit is for: "En cas de réclusion criminelle à perpétuité
        # …, la période de sûreté est de 18 ans", claims133)
        out["prison"] -= out["limit"] | {float("inf")}
        out["deadline"] = {v for v in out["deadline"] if v / 8760 not in out["limit"] and v / 720 / 12 not in out["limit"]}
    return {k: v for k, v in out.items() if v}


# A measure a court orders within the limits the law sets: a probation period, a suspension, a day-fine's number
# (not a sentence a court passed: "l'a condamné à quatre mois d'emprisonnement avec sursis", claims71; "en cas de
# condamnation à la réclusion criminelle à perpétuité" is a case, claims133)
IMPOSED = re.compile(r"\b(?:condamn(?!ations?\b)\w*\s*(?:,[^,.;]{1,60},\s*)?(?:à|a)\b|sentenced\s+to|avec\s+sursis|given\s+a\s+suspended)\b", re.I)
# (the période de sûreté, art. 132-23, and the ajournement, art. 132-58 to 132-70-3: claims133, first run: "… la période
# de sûreté est de 18 ans" was held to art. 421-7's life imprisonment)
LIMIT_TALK = re.compile(r"\b(?:probation\w*|probatoire|d[ée]lai\s+d.[ée]preuve|sursis|suspended\s+sentences?)\b", re.I)
def _without_thresholds(claim: str) -> str:
    """The claim with the lengths a measure's sentence must have blanked (positions kept): "une période de sûreté …
    en cas de condamnation à une peine … dont la durée est égale ou supérieure à 10 ans" (art. 132-23 al. 1) says when
    the measure applies, a condition, no figure of the law's to check (claims134's END run: held to art. 132-41's
    limits and contradicted)."""
    talk = LIMIT_BEFORE.search(claim)
    if talk is None:
        return claim
    for m in [*YEARS.finditer(claim, talk.start()), *MONTHS.finditer(claim, talk.start())]:
        if SENTENCE_AT_LEAST.search(claim[max(0, m.start() - 60):m.start()]):
            claim = claim[:m.start()] + " " * (m.end() - m.start()) + claim[m.end():]
    return claim


# "d'une durée égale ou supérieure à dix ans", "supérieure à cinq ans", "of ten years or more": the length a measure's
# sentence must have, not the measure's (but "ne peut être supérieur à trois ans" is a limit: art. 132-42)
SENTENCE_AT_LEAST = re.compile(r"(?<!être\s)(?:\b(?:égale?s?\s+ou\s+)?supérieure?s?\s+(?:ou\s+égale?s?\s+)?à|"
                               r"\bequal\s+to\s+or\s+(?:more|greater|longer)\s+than|\bof\s+at\s+least|"
                               r"\bau\s+moins)\s*$", re.I)
PERIOD_ANAPHOR = re.compile(r"\b(?:cette|ladite)\s+(?:p[ée]riode|dur[ée]e)\b(?![^,.;]{0,40}\b(?:d.emprisonnement|de\s+prison|de\s+r[ée]clusion)\b)"
                            r"|\b(?:this|that|such)\s+period\b(?![^,.;]{0,40}\bof\s+imprisonment\b)", re.I)
LIMIT_BEFORE = re.compile(r"\b(?:p[ée]riode\s+de\s+s[ûu]ret[ée]|safety\s+period|security\s+period|ajourn\w*|adjourn\w*|"
                          r"defer(?:s|red|ring|ment|ral)?)\b", re.I)


# How often something is to be done, in months: "once a year", "annually", "every six months", "tous les six mois",
# "une fois par an", "chaque année"
EVERY = re.compile(r"\b(?:(?:at\s+least\s+)?once\s+(?:a|per|every)\s+(?P<u1>year|month|week)|(?P<u2>annual|month|week)ly|"
                   r"every\s+(?:(?P<n1>\w+)\s+)?(?P<u3>years?|months?|weeks?)|"
                   r"(?:une\s+fois\s+)?(?:par|chaque)\s+(?P<u4>an|année|mois|semaine)|"
                   r"tous\s+les\s+(?:(?P<n2>\w+)\s+)?(?P<u5>ans|mois|semaines))\b", re.I)
PER_UNIT = {"year": 12, "years": 12, "annual": 12, "an": 12, "ans": 12, "année": 12, "month": 1, "months": 1,
            "mois": 1, "week": 0.25, "weeks": 0.25, "semaine": 0.25, "semaines": 0.25}


def every(text: str) -> set[float]:
    """How often the text says something is done, in months ("every six months": 6)."""
    out = set()
    for m in EVERY.finditer(text):
        unit = next(m.group(k) for k in ("u1", "u2", "u3", "u4", "u5") if m.group(k)).lower()
        count = m.group("n1") or m.group("n2")
        try:
            n = number(count) if count else 1
        except ValueError:
            continue  # "every other month", "tous les autres"
        out.add(n * PER_UNIT[unit])
    return out
