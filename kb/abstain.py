"""Whether the evidence found speaks to the question, or why not: the question is about another legal system, a
field of law the corpus does not hold ("VAT"), an instrument it lacks, or a subject no quote uses. The answer and
the comparison abstain on it; the semantic scope test (kb/scope.py) is one of its signals.
"""
from __future__ import annotations

import re

from . import crossrefs, scope
from .config import Config
from .evidence import Evidence
from .facts import PENALTY_KINDS
from .glossary import concepts, fold
from .index import Index
from .names import find_names
from .question import Question, scope as question_scope
from .rerank import TIME_KINDS


def _absent_named(text: str, config: Config) -> set[str]:
    """The instruments the corpus lacks that `text` names, by any of their names (names.yaml `absent`, by note)."""
    return {n.absent["note"] for n in find_names(text, config) if n.absent}


def _named_by(q: Question, word: str, evidence: list[Evidence]) -> bool:
    """An out-of-field word inside a longer name that the cited provisions use is that name, not the field:
    "the European Data Protection Supervisor" (AI Act Art. 100) is not a data-protection question. The name is
    the word with a neighbouring word as the question writes it, or a glossary term of the phrase holding it
    ("Contrôleur européen de la protection des données")."""
    texts = fold(" ".join(e.top.text + " " + e.top.heading for e in evidence))
    w = re.escape(fold(word))
    _, generic = question_scope()
    names = [m.group(0) for m in re.finditer(rf"\b(\w{{3,}}) {w}\b|\b{w} (\w{{3,}})\b", fold(q.text))
             if (m.group(1) or m.group(2)) not in generic]
    names += [fold(t) for span, terms in concepts(q.text) if fold(word) in fold(span)
              for t in terms if " " in t and len(t) > len(word) + 3]
    return any(len(n.split()) > len(word.split()) and n in texts for n in names)


ACTOR_WORDS = 2  # the question's other words a punishing quote uses before a field's word is the doer, not the field
SAID_WHOLE = 5  # subject words a question needs before all of them in one quote outweigh the semantic scope test
# (4 let "la durée légale du travail hebdomadaire" in: its four words are in one Code pénal quote)
NAMED_OFFENCE = 4  # words in a row a penalty question shares with a punishing quote using all its subject words


def out_of_scope(q: Question, evidence: list[Evidence], named: bool, config: Config | None = None,
                 index: Index | None = None) -> str:
    """Why the evidence does not speak to the question, or "": it is about another country's law; it uses a
    field of law the corpus does not hold ("VAT") that no quote uses; or none of its subject words, in either
    language, is in the quotes or their headings."""
    if q.elsewhere:
        return "the question is about a legal system the corpus does not hold"
    if named:
        return ""
    seen = fold(" ".join(e.quote + " " + e.top.heading + " " + " ".join(e.top.path[-1:]) for e in evidence))
    # A word naming an instrument the corpus lacks ("GDPR", "RGPD") is answered by a quote naming it however it
    # writes it: art. 226-22-1 punishes transfers "en violation du chapitre V du règlement (UE) 2016/679"
    cfg = config or Config()
    quoted = _absent_named("\n".join(e.quote for e in evidence if not e.related), cfg) if q.outside or q.absent else set()
    in_quotes = lambda word: bool(quoted) and bool(quoted & _absent_named(word, cfg))  # noqa: E731
    # a field's word inside a glossary phrase of the question is covered by the phrase's counterpart in a quote:
    # "working or housing conditions" by art. 225-14's "conditions de travail ou d'hébergement"
    phrased = lambda word: any(fold(word) in said and any(fold(t) in seen for t in terms)  # noqa: E731
                               for said, terms in concepts(q.text))
    # a penalty asked for, and a quote that punishes what the word names ("la pension alimentaire" unpaid: art. 227-3
    # punishes not paying "une pension"): the criminal side of the field is the corpus's
    asks_penalty = q.kind in ("penalty", "maximum") and bool(q.outside)
    punished = " ".join(fold(e.quote) for e in evidence if not e.related
                        and any(f.kind in PENALTY_KINDS for f in e.facts)) if asks_penalty else ""
    penal = lambda word: asks_penalty and any(  # noqa: E731
        len(w) >= 5 and re.search(rf"\b{re.escape(w)}\b", punished) for w in fold(word).split()[:1])
    # … or the field's word names who does what a quote punishes: "an employer who refuses to hire someone because of
    # their origin" (art. 225-2 punishes refusing to hire), not "an employer who does not pay overtime"
    fields = {w for o in q.outside for w in re.findall(r"[^\W\d_]{4,}", fold(o))}
    actor = asks_penalty and len([w for w in q.subject if w not in fields and q.covers(w, punished)]) >= ACTOR_WORDS
    # a time limit asked for, in a field the corpus lacks: the field's word in a quote that sets no time ("l'action
    # publique ne peut être exercée que sur plainte", art. 226-6) does not answer "Quel est le délai de prescription de
    # l'action publique pour un délit ?" (the Code de procédure pénale's)
    timed, said_timed = evidence, seen
    if q.kind == "deadline":
        timed = [e for e in evidence if any(f.kind in TIME_KINDS for f in e.facts)]
        said_timed = fold(" ".join(e.quote for e in timed))
    missing = [w for w in q.outside if fold(w) not in said_timed and not _named_by(q, w, timed) and not in_quotes(w)
               and not phrased(w) and not penal(w) and not actor]
    if missing:
        return f"the corpus does not cover {', '.join(missing)}"
    # The field's word in a quote is not the question's subject there: "a refund if a concert is cancelled" is
    # not answered by OFCOM's refund of fees (OSA Sch. 10) unless a quote also speaks of what is refunded.
    field_words = {w for o in q.outside for w in re.findall(r"[^\W\d_]{4,}", fold(o))}
    rest = [w for w in q.subject if w not in field_words and not any(w.startswith(f) for f in field_words)]
    if q.outside and not q.sources and rest and not any(q.covers(w, seen) for w in rest):
        return f"the corpus does not cover {', '.join(q.outside)}"
    if q.sources & {e.top.source for e in evidence}:
        return ""  # the instrument it names answers: that is its subject
    # A quote shown only as related that names the Act in passing ("prohibited by … the Investigatory Powers
    # Act 2016") does not hold it.
    stated = fold(" ".join(e.quote for e in evidence if not e.related))
    unheld = [a for a in q.absent if fold(a) not in stated and not in_quotes(a)]
    if unheld and not q.sources:
        # "Does the EU Data Act …": about an instrument the corpus lacks, unless a quote speaks of it (OSA s. 188
        # inserts s. 66B into the Sexual Offences Act 2003).
        return f"the question is about {', '.join(unheld)}, which the corpus does not hold"
    # "Must Ofcom produce a report on children's use of app stores?": every word of its subject in one quote
    # ("OFCOM must produce a report about the use of app stores by children", s. 161 OSA) is the law's own subject,
    # however its words are ordered
    said_whole = len(q.subject) >= SAID_WHOLE and any(
        all(q.covers(w, fold(e.quote)) for w in q.subject) for e in evidence if not e.related)
    # "Quelle peine encourt la réduction en esclavage ?": the penalty of an offence a quote punishes in the
    # question's own words ("La réduction en esclavage … est punie de vingt années", art. 224-1 A) is the law's
    # … and so is the time bar a quote sets in its words ("En combien d'années se prescrit la peine prononcée pour une
    # contravention ?": art. 133-4's "Les peines prononcées pour une contravention se prescrivent par trois années",
    # which questions95's END run refused as nearer the outside examples on rent debts)
    # (four subject words at least, the quote echoing three of them in order: a time bar has fewer words of its own
    # than an offence)
    kinds, least, echoed = ((PENALTY_KINDS, 2, NAMED_OFFENCE) if q.kind in ("penalty", "maximum")
                            else ({"deadline"}, 4, NAMED_OFFENCE - 1) if q.kind == "deadline" else (set(), 0, 0))
    said_whole = said_whole or (bool(kinds) and len(q.subject) >= least and any(
        all(q.covers(w, fold(e.quote)) for w in q.subject) and scope.echo(q, [e.quote]) >= echoed
        and any(f.kind in kinds for f in e.facts) for e in evidence if not e.related))
    if (config is not None and not q.sources and not q.references and not said_whole
            and scope.echo(q, [e.top.text for e in evidence]) < scope.ECHO and scope.outside(q, config, index)):
        return "the question is closer to questions outside these four bodies of law than to those they answer"
    # A list entry naming another Act's offence ("An offence under … the Crossbows Act 1987— (a) section 1 (sale
    # and letting on hire of crossbow)") speaks of that Act in its words; of its own subject only by its heading.
    def held(name: str) -> bool:
        return config is None or any(n.source for n in find_names(name, config))

    pointers = {e.top.id: act for e in evidence if (act := crossrefs.other_acts_offence(e.quote, held))}

    def said(e: Evidence) -> str:
        return e.top.heading if e.top.id in pointers else e.quote + " " + e.top.heading

    # Subject words are compared with quotes in the question's own language; across languages only the
    # glossary links words, and its silence is not evidence of anything.
    same = fold(" ".join(said(e) for e in evidence if e.top.language == q.language))
    best = max(evidence, key=lambda e: e.score, default=None)
    if best is not None and best.top.language != q.language:
        # The best answer is in the other language: the silence of the weaker same-language quotes says nothing,
        # but a question tied to no jurisdiction whose subject no quote uses, in either language or through the
        # glossary ("syndic de copropriété" answered with the AI Act's transparency duties), is not the corpus's.
        every = fold(" ".join(said(e) for e in evidence))
        if not q.jurisdictions and q.subject and not any(q.covers(w, every) for w in q.subject):
            return _unspoken(q, evidence, pointers)
        return ""
    if same and q.subject and not any(q.covers(w, same) for w in q.subject):
        return _unspoken(q, evidence, pointers)
    return ""


def _unspoken(q: Question, evidence: list[Evidence], pointers: dict[str, str]) -> str:
    """Why no quote speaks to the subject: none does, or only a list entry naming another Act's offence does (the
    corpus holds the Crossbows Act 1987 only as a priority offence of the Online Safety Act)."""
    for e in evidence:
        if e.top.id in pointers and any(q.covers(w, fold(e.quote)) for w in q.subject):
            return (f"the corpus holds the {pointers[e.top.id]} only as an offence listed in {e.top.citation}, "
                    "not its text")
    return "no provision found speaks to the subject of the question"
