"""What the provisions a sentence cites say against a verdict found by other means: a figure from another
offence, the words of another article of the same instrument, or of another instrument, are no support for a
sentence that cites its own provision; a sentence citing several provisions with their own figures is checked
reference by reference.
"""
from __future__ import annotations

import re

from .extract import RESOLVED, UNRECOGNISED
from .figure_facts import all_match as _all_match
from .figure_support import provision_check, subject_case
from .glossary import fold as fold_text
from .index import Index
from .stated import claimed
from .types import Provision
from .verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Claim


def cited_tops(refs: list[dict], index: Index) -> set[str]:
    """The top-level provisions a sentence cites, or that insert a section it cites (s. 66B SOA: OSA s. 188)."""
    out = set()
    for r in refs:
        pid = r.get("id") if r["status"] == RESOLVED else (r.get("see") or {}).get("id")
        top = index.top(pid) if pid else None
        if top is not None:
            out.add(top.id)
    # "An offence under s.66B(1) …" with no instrument: it cites a provision, which no figure found elsewhere is
    return out or ({UNNAMED_REF} if any(r["status"] == UNRECOGNISED for r in refs) else set())


def cited_jurisdictions(tops: set[str], index: Index) -> set[str]:
    """The legal systems of the provisions a sentence cites (`cited_tops`)."""
    return {index.provisions[t].jurisdiction for t in tops if t in index.provisions}


UNNAMED_REF = "(a provision the sentence cites without its instrument)"


def unnamed_numbers(refs: list[dict]) -> tuple[str, ...]:
    """The article or section numbers a sentence cites without naming an instrument ("Article 50(1)" -> "50")."""
    out = []
    for r in refs:
        # ("Article 224-1 A": a code article's capital is part of its number, art. 224-1 A, not 224-1)
        m = re.search(r"\d+[A-Z]?(?:-\d+)*(?:[\s-][A-D](?!\w))?", r["text"]) if r["status"] == UNRECOGNISED else None
        if m:
            out.append(re.sub(r"-([A-D])$", r" \1", m.group(0)))
    return tuple(out)


def another_offence(verdict: Claim, cited: set[str], index: Index, unnamed: tuple[str, ...] = ()) -> str | None:
    """"An offence under s.66B(1) … carries … 6 months' imprisonment": a prison term another offence carries
    (s. 181, threatening communications) says nothing of the offence the sentence cites. Its citation, or None.
    `unnamed`: the numbers it cites without an instrument; the provision found under one of them is the one cited
    ("… (article 226-8)": Code pénal art. 226-8)."""
    if verdict.kind != "figure" or not cited or not verdict.evidence or "prison" not in claimed(verdict.text):
        return None
    top = index.top(verdict.evidence[0].get("id", ""))
    if top is None or top.id in cited or not any(f.kind == "prison" for f in index.facts.get(top.id, [])):
        return None
    if UNNAMED_REF in cited and top.number in unnamed:
        return None
    numbers = [index.provisions[t].number for t in cited if t in index.provisions] \
        + (list(unnamed) if UNNAMED_REF in cited else [])
    if numbers and all(_names(top.text, n) for n in numbers):
        # "Le fait de causer, dans les conditions … prévues à l'article 121-3, … la mort d'autrui constitue un
        # homicide involontaire puni de …": the article cited is the one the provision found cites in its own words
        # (art. 221-6): the sentence copies that provision
        return None
    # a penalties article ("Article 99 … non-compliance with Article 50") may give another article's fines; a
    # prison term belongs to the offence that carries it
    return f"another offence ({top.citation})"


def _names(text: str, number: str) -> bool:
    """`text` cites the article or section `number` ("prévues à l'article 121-3", "provided for by article 221-6")."""
    return bool(re.search(rf"\b(?:articles?|sections?)\s+{re.escape(number)}(?![\w-])", text, re.I))


def cited_provisions(verdict: Claim, cited: set[str], index: Index, unnamed: tuple[str, ...] = ()) -> set[str]:
    """The top-level provisions the sentence cites: by reference, or by a number alone ("… the prohibited AI
    practices listed in Article 6 …"), read as the article of that number in the instrument of the provision found."""
    found = [index.provisions[e["id"]] for e in verdict.evidence if e.get("id") in index.provisions]
    unnamed_tops = {f"{p.id.split('/art/')[0]}/art/{n}" for p in found if "/art/" in p.id for n in unnamed}
    return {t for t in {*cited, *unnamed_tops} if t in index.provisions}


def another_provision(verdict: Claim, cited: set[str], index: Index, unnamed: tuple[str, ...] = ()) -> str | None:
    """"Article 17 of the DSA requires that providers of hosting services … put mechanisms in place": the words are
    Art. 16's. A sentence citing a provision is not supported by another provision of the same instrument — unless
    (for figures) the provision found names the one cited ("fines … for the prohibited practices listed in Article
    5": Art. 99(3) AI Act, on "the prohibition of the AI practices referred to in Article 5"). Its citation, or None."""
    if verdict.kind not in ("text", "figure") or not verdict.evidence:
        return None
    tops = cited_provisions(verdict, cited, index, unnamed)
    if not tops:
        return None
    found = _quoted(verdict, index)
    found_tops = {(index.top(p.id) or p).id for p in found}
    if not found_tops or found_tops & tops:
        return None
    sources = {index.provisions[t].source for t in tops}
    if not any((index.top(p.id) or p).source in sources for p in found):
        return None  # another instrument's provision: other_instrument judges that
    if verdict.kind == "figure":
        quoted = " ".join(e.get("quote") or "" for e in verdict.evidence)
        if any(re.search(rf"\b(?:Article|Section|section|article)\s+{re.escape(index.provisions[t].number)}\b", quoted)
               for t in tops):
            return None
    return _cited_as(found, index)


# "Article 109 of the EU AI Act states that …", "l'article 12 prévoit que …": the sentence says what the article it
# cites provides, not merely that it applies
ATTRIBUTES = re.compile(r"\b(?:states?|provides?|stipulates?|says|lays\s+down|sets\s+out|prévoit|dispose|énonce|précise)"
                        r"\s+(?:that|que|qu['’])", re.I)


# "Selon l'article 121-1 du Code pénal, les personnes morales sont responsables …" (claims130's END run: art. 121-2's
# rule, given to art. 121-1, was left unverifiable): the sentence opens by saying whose rule it states
ACCORDING_TO = re.compile(r"^\W*(?:according\s+to|pursuant\s+to|selon|d['’]après|aux\s+termes\s+de|en\s+vertu\s+de|"
                          r"conformément\s+à)\s+(?:l['’]\s*)?(?:article|art\.?|section|§)", re.I)


# "Article 52 of Regulation (EU) 2024/1689 establishes the 'limited risk' transparency requirements: …": the article
# cited is the sentence's subject, said to lay down what follows
# "L'article 433-13 du Code pénal constitue la pierre angulaire de ce dispositif répressif en sanctionnant
# spécifiquement l'usage sans droit d'un titre …" (claims137: art. 433-17's words): what the article punishes, said
# with its article as subject, a few words of praise between
CITED_AS_SUBJECT = re.compile(r"^\W*(?:l['’]\s*|the\s+)?(?:Article|Art\.?|Section|§)\s*[\w().-]+(?:\s+(?:of|du|de\s+la|de\s+l['’]|de)\s+"
                              r"[^,;:]{0,80}?)?\s+(?:establishes|requires|imposes|sets\s+out|lays\s+down|"
                              r"provides\s+for|"
                              r"governs|regulates|introduces|prohibits|bans|obliges|defines|creates|établit|impose|"
                              r"exige|fixe|définit|interdit|régit|instaure|oblige|punit|sanctionne|réprime|incrimine|"
                              r"punishes|penali[sz]es|criminali[sz]es|"
                              r"(?:constitue|est)\s[^,;:]{0,60}?\ben\s(?:sanctionnant|punissant|réprimant|incriminant))\b", re.I)


def misattributed(claim: str, verdict: Claim, cited: set[str], index: Index, words: list[str], covers):
    """"Article 109 of the EU AI Act states that the regulation shall enter into force on the twentieth day …": Art.
    113's words, attributed to an article about something else (Art. 109 amends Regulation (EU) 2019/2144) — the
    citation is wrong, and the right one is known. Not when the cited article shares the sentence's words (a
    neighbour on the same subject may say it too: "Article 17 … requires … mechanisms to notify illegal content",
    which are Art. 16's): then which is meant is left open. The cited provision, or None."""
    if verdict.kind != "text" or not (ATTRIBUTES.search(claim) or CITED_AS_SUBJECT.match(claim)
                                      or ACCORDING_TO.match(claim)) or len(words) < 3:
        return None
    tops = [index.provisions[t] for t in cited_provisions(verdict, cited, index)]
    if len(tops) != 1:
        return None
    def share(p: Provision) -> float:
        return sum(1 for w in words if covers(w, fold_text(p.heading + " " + p.text))) / len(words)
    shared = share(tops[0])
    if shared < 0.25:
        return tops[0]
    # … or shares a few of its words by chance, the article saying it several times as many (Art. 52 AI Act, on
    # classifying general-purpose models, against Art. 50's transparency duties)
    saying = index.top(verdict.evidence[0]["id"]) if verdict.evidence else None
    return tops[0] if saying is not None and shared < 0.35 and 2 * shared <= share(saying) else None


def _quoted(verdict: Claim, index: Index) -> list:
    """The provisions a verdict quotes."""
    return [index.provisions[e["id"]] for e in verdict.evidence if e.get("id") in index.provisions]


def _cited_as(found: list, index: Index) -> str:
    return ", ".join(dict.fromkeys((index.top(p.id) or p).citation for p in found))


def other_instrument(verdict: Claim, cited: set[str], index: Index) -> str | None:
    """"Pursuant to Article 74 (2) of the AI Act, the Commission can impose fines for incorrect … information": the
    power is Art. 74(2) DSA's. A sentence citing a provision of one instrument is not supported by another's words
    (a record's provision excepted: an event is checked against its record). Its citation, or None."""
    if verdict.kind in ("event", "status", "reference") or not verdict.evidence or not cited:
        return None
    sources = {index.provisions[t].source for t in cited if t in index.provisions}
    found = _quoted(verdict, index)
    if not sources or not found or any(p.source in sources for p in found):
        return None
    return _cited_as(found, index)


def same_law(verdict: Claim, cited: set[str], index: Index) -> bool:
    if not cited or not verdict.evidence:
        return True
    p = index.provisions.get(verdict.evidence[0].get("id", ""))
    return p is None or p.jurisdiction in cited or p.id.startswith("action/")


def per_reference(claim: str, index: Index, refs: list[dict]) -> Claim | None:
    """"article 226-1 … d'un an et de 45 000 €, … article 226-4-1 … d'un an et de 15 000 euros": a sentence that
    gives each provision it cites its own figures is checked reference by reference, each with the words from
    it to the next (or, when the references follow their figures, from the reference before it)."""
    refs = [r for r in refs if r["status"] == RESOLVED and r.get("span")]
    refs = sorted({r["id"]: r for r in refs}.values(), key=lambda r: r["span"][0])
    if len(refs) < 2:
        return None
    paired = _respectively(claim, refs)
    if paired:
        # "articles 222-34 et 222-35 CP, punis, respectivement, de la réclusion criminelle à perpétuité et à 30
        # ans": the first penalty is the first article's, the second the second's
        verdicts = [provision_check(part, top, index) for part, r in zip(paired, refs)
                    if claimed(part) and (top := index.top(r["id"])) is not None]
        return _verdict(claim, verdicts) if len(verdicts) == len(refs) else None
    if claimed(claim[:refs[0]["span"][0]]):
        # "… a five-year prison sentence and a fine of 75,000 euros (article 221-6-1 of the penal code), unlike simple
        # manslaughter which is punishable by three years' … (article 221-6 …)": each reference after its figures, the
        # words from the reference before it up to it are its
        bounds = [0] + [r["span"][1] for r in refs[:-1]] + [len(claim)]
    else:
        bounds = [r["span"][0] for r in refs] + [len(claim)]
    verdicts = []
    for i in range(len(refs)):
        part = claim[bounds[i]:bounds[i + 1]]
        top = index.top(refs[i]["id"])
        if claimed(part) and top is not None:
            verdicts.append(provision_check(part, top, index))
    return _verdict(claim, verdicts) if len(verdicts) >= 2 else None


RESPECTIVELY = re.compile(r"\b(?:respectivement|respectively)\b", re.I)
# one penalty from the next: "… à perpétuité et à 30 ans", "… five years and ten years", "…; …"
NEXT_PENALTY = re.compile(r"\s*;\s*|,?\s+(?:et|and)\s+(?=(?:à|a|de|d['’]|of|to|by)?\s*(?:la\s+|une?\s+)?[\w€£$]+\s)", re.I)


def _respectively(claim: str, refs: list[dict]) -> list[str]:
    """The words giving each cited provision its penalty when the sentence pairs them "respectivement" after citing
    them all: the verb before it joined to each penalty ("punis … de la réclusion criminelle à perpétuité", "punis …
    à 30 ans, …"); [] when the penalties are not one for each provision."""
    said = RESPECTIVELY.search(claim)
    if said is None or said.start() < refs[-1]["span"][1]:
        return []
    verb = claim[refs[-1]["span"][1]:said.start()].strip(" ,")
    parts = [x for x in NEXT_PENALTY.split(claim[said.end():].strip(" ,")) if x.strip()]
    parts = [f"{verb} {x.strip(' ,')}" for x in parts]
    return parts if len(parts) == len(refs) and all(claimed(x) for x in parts) else []


def _verdict(claim: str, verdicts: list) -> Claim:
    wrong = next((v for v in verdicts if v and v.verdict == CONTRADICTED), None)
    if wrong is not None:
        return Claim(claim, CONTRADICTED, wrong.explanation, wrong.evidence, wrong.correction, kind="figure")
    if all(v and v.verdict == SUPPORTED for v in verdicts):
        return Claim(claim, SUPPORTED, " ".join(v.explanation for v in verdicts),
                     [e for v in verdicts for e in v.evidence[:2]], kind="figure")
    return Claim(claim, UNVERIFIABLE, "the corpus confirms the figures of some of the provisions the sentence cites, "
                                      "not all: " + " ".join(v.explanation for v in verdicts if v), kind="figure")


def cited_figures(claim: str, verdict: Claim, cited: set[str], index: Index) -> Claim | None:
    """"L'usage de faux en écriture privée est puni de trois ans … (art. 441-1 C. pén.)": the one provision a
    sentence cites is what its figures are held to, not the provision nearest its words (art. 441-4, on forgery of
    public writings, ten years). Its own verdict when it states such figures and another provision decided; its
    "supported" when the nearest-provision check was left undecided ("… 3 années d'emprisonnement et … 45 000 euros
    d'amende (article 313-6-1 du Code pénal)", claims104: two other articles state these figures); else None."""
    if verdict.kind != "figure" or not cited or UNNAMED_REF in cited or not all(t in index.provisions for t in cited):
        return None
    undecided = verdict.verdict == UNVERIFIABLE and not verdict.evidence
    if not undecided:
        if verdict.verdict not in (SUPPORTED, CONTRADICTED) or not verdict.evidence:
            return None
        found = index.top(verdict.evidence[0].get("id", ""))
        if found is None or found.id in cited:
            return None
    if len(cited) > 1:
        # "le viol est puni de 15 ans de réclusion criminelle, 20 en cas de viol aggravé (article L.222-24)" after
        # "l'article L.222-23": several articles cited, each for its own case; one stating every figure claimed
        # supports the sentence (art. 222-24's twenty years do not contradict the fifteen that art. 222-23 gives),
        # and none contradicts it alone
        return next((v for t in sorted(cited) if (v := provision_check(claim, index.provisions[t], index)) is not None
                     and v.verdict == SUPPORTED), None)
    top = index.provisions[next(iter(cited))]
    own = provision_check(claim, top, index)
    # the cited article's own case, named as the sentence's subject, decides even when nothing else did: "Les
    # incendies de forêts … sont … punis, par l'article 322-5 du code pénal, d'un an" (al. 3: two years)
    decides = (SUPPORTED, CONTRADICTED) if not undecided or subject_case(claim, top, index) else (SUPPORTED,)
    return own if own is not None and own.verdict in decides else None


def numbered_figures(claim: str, unnamed: tuple[str, ...], index: Index) -> Claim | None:
    """"Article 311-3 : La peine de base pour le vol est de trois ans d'emprisonnement et de 45 000 euros d'amende":
    one article cited by number alone, and two figures or more that the one top-level provision of that number in
    the corpus states — art. 311-3 of the Code pénal, the only article 311-3 held. Two figures together are no
    coincidence of numbers; one alone is (a five-year term is in dozens of articles)."""
    stated = claimed(claim)
    if len(set(unnamed)) != 1 or sum(len(v) for v in stated.values()) < 2:
        return None
    numbered = [p for p in index.top_level() if p.number == unnamed[0]]
    if len(numbered) != 1:
        return None
    own = provision_check(claim, numbered[0], index)
    if own is None or own.verdict != SUPPORTED:
        return None
    return Claim(claim, SUPPORTED, f"{own.explanation} The sentence names no instrument; {numbered[0].citation} is "
                                   f"the only provision of that number the corpus holds.", own.evidence,
                 caveats=["the sentence names no instrument"], kind="figure")


def numbered_elsewhere(claim: str, verdict: Claim, unnamed: tuple[str, ...], index: Index) -> Claim | None:
    """"Article 224-1 A and B … concern reduction to slavery which is punishable by twenty years in prison": the
    article the sentence cites by number alone (the one the corpus holds: art. 224-1 A) states the figure; another
    provision's contradicting it (art. 212-1, listing "la réduction en esclavage" among crimes against humanity) is
    no contradiction. Unverifiable then: with one figure and no instrument, which is meant cannot be told."""
    if verdict.verdict != CONTRADICTED or verdict.kind != "figure" or not unnamed:
        return None
    stated = claimed(claim)
    figures = [(k, v) for k, vals in stated.items() for v in vals]
    numbered = [p for n in dict.fromkeys(unnamed) for p in index.top_level() if p.number == n]
    stating = [p for p in numbered if figures and _all_match(figures, index.facts.get(p.id, []))]
    if len(numbered) != 1 or not stating or any(e.get("id", "").startswith(stating[0].id) for e in verdict.evidence):
        return None
    return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} But {stating[0].citation}, the only provision of the "
                                      f"number the sentence cites, states the figures it gives; with no instrument "
                                      f"named, which it is about cannot be told.", kind="figure")
