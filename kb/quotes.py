"""Law quoted in a sentence: "… the Communications Decency Act, which states that "[n]o provider … shall be
treated as the publisher …"". A quotation found word for word in a provision is checked against that
provision (and against the instrument the sentence names), not judged by its paraphrase."""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from .glossary import fold
from .index import Index
from .quantities import WORD_NUMBERS
from .types import Provision
from .units import units

QUOTED = re.compile(r"[“\"«]\s*([^”\"«»]{30,800}?)\s*[”\"»]")
ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\])\s*")
MIN_WORDS = 6  # a quotation shorter than this ("treated as the publisher") is a phrase many texts share


@dataclass(frozen=True)
class Quoted:
    text: str  # the quotation as the sentence gives it
    provision: Provision  # the most specific provision holding it
    unit: str  # the unit of that provision it is in
    span: tuple[int, int]  # where the quotation is in the sentence


# thousands grouped by spaces, or by full stops as French writers do ("45.000 euros" for the law's "45 000")
GROUPED = re.compile(r"(?<![\d-])\d{1,3}(?:(?: \d{3})+|(?:\.\d{3})+)(?![\d.,]\d|\d)")


def normal(text: str) -> str:
    """Folded, brackets of alterations dropped ("[n]o" → "no"), quotes and spaces unified."""
    t = fold(text).replace("[", "").replace("]", "")
    t = re.sub(r"[“”«»\"]", "", t)  # (fold() has made "’" the law's "'")
    t = GROUPED.sub(lambda m: re.sub(r"[ .]", "", m.group(0)), t)  # "45000" quoted for "45 000": one number
    return " ".join(re.findall(r"[\w'%§.,;:()-]+", t)).strip(" .,;:")


def _normal_texts(index: Index) -> list[tuple[Provision, str]]:
    """Each provision's normal text (the most specific holder is chosen later)."""
    return [(p, normal(p.text)) for p in index.provisions.values()]


def find(sentence: str, index: Index) -> list[Quoted]:
    """The quotations of `sentence` that a provision of the corpus holds word for word (every part, where an
    ellipsis cuts it), each with the most specific provision holding it."""
    out = []
    for m in QUOTED.finditer(sentence):
        parts = _parts(m.group(1))
        if not parts or sum(len(x.split()) for x in parts) < MIN_WORDS:
            continue
        holders = _holders(parts, index)
        if holders:
            out.append(_in_most_specific(m.group(1), holders, parts, m.span()))
    if not out:
        out = _fragments(sentence, index)
    if not out:
        # A sentence that is the law's own words, without quotation marks ("Member States shall designate the
        # Digital Services Coordinators by 17 February 2024."): the whole of it, a provision's sentence.
        body = sentence.strip().rstrip(".;:").strip()
        whole = normal(body)
        if len(whole.split()) >= WHOLE_WORDS:
            # (a record's words are the event check's)
            holders = [p for p in _holders([whole], index) if not p.id.startswith("action/")
                       and not _cut_before_case(whole, normal((index.top(p.id) or p).text))]
            if holders:
                start = sentence.find(body)
                out.append(_in_most_specific(body, holders, [whole], (start, start + len(body))))
    return out


# the words after which a law's sentence names the case it applies in ("Le meurtre est puni de la réclusion criminelle
# à perpétuité lorsqu'il est commis : …", art. 221-4), or its list of cases begins ("Le vol est puni de cinq ans
# d'emprisonnement et de 75 000 euros d'amende : 1° Lorsqu'il est commis par plusieurs personnes …", art. 311-4)
# (a fine may come between: "Le proxénétisme est puni de dix ans d'emprisonnement [et de 1 500 000 euros d'amende]
# lorsqu'il est commis : …", art. 225-7, quoted up to its prison term, states it for no case)
CASE_AFTER = re.compile(r"^\s*(?:et\s+(?:de\s+|d['’]\s*)?(?:une\s+amende\s+de\s+)?[\d\s.,\u00a0\u202f]+(?:euros?|€)(?:\s+d['’]\s*amende)?)?"
                        r"\s*[,:]?\s*(?:(?:1°?|1\)|\(1\)|a\)|\(a\))\s+)?(?:lorsqu|quand\b|si\b|s'ils?\b|sauf\b|en\s+cas\b|dans\s+le\s+cas\b|a\s+moins\b|"
                        r"when\b|where\b|if\b|unless\b|in\s+the\s+case\b|provided\b)")


def _cut_before_case(whole: str, text: str) -> bool:
    """Every place the provision holds the sentence's words, its own sentence goes on to name a case: the sentence
    states unconditionally what the law states only in that case."""
    if whole.startswith("le fait"):
        # "Le fait … constitue des blessures routières … punies de cinq ans … lorsque : 1° …" (art. 221-19): the
        # conduct the law names is the offence, and its conditions are what make it one, not one case of it
        return False
    at = [m.end() for m in re.finditer(re.escape(whole), text)]
    return bool(at) and all(CASE_AFTER.match(text[i:i + 90]) for i in at)


def _parts(quotation: str) -> list[str]:
    """The quotation's normal words, cut where an ellipsis leaves words out."""
    return [normal(x) for x in ELLIPSIS.split(quotation) if x.strip()]


def _holders(parts: list[str], index: Index) -> list[Provision]:
    """Every provision holding every part, word for word."""
    return [p for p, t in index.derived("quote_texts", _normal_texts) if all(x in t for x in parts)]


def _in_most_specific(quotation: str, holders: list[Provision], parts: list[str], span: tuple[int, int]) -> Quoted:
    best = min(holders, key=lambda p: len(p.text))  # the subsection, not the whole section
    unit = next((u.text for u in units(best.text) if parts[0] in normal(u.text)), best.text)
    return Quoted(quotation, best, unit, span)


def held_within(x: Quoted, top: Provision, index: Index) -> Quoted | None:
    """The quotation as held by `top` or one of its parts, when it holds it: words many provisions share ("cinq ans
    d'emprisonnement et de 75 000 euros d'amende") are the cited article's when it says them too."""
    parts = _parts(x.text)
    inside = [p for p in _holders(parts, index) if p.id == top.id or p.id.startswith(top.id + "/")] if parts else []
    return _in_most_specific(x.text, inside, parts, x.span) if inside else None


def shared(x: Quoted, index: Index) -> int:
    """How many top-level provisions hold the quotation: a penalty's words ("sept ans d'emprisonnement et de 100 000
    euros d'amende") are many articles', and say nothing of which one the sentence means."""
    parts = _parts(x.text)
    return len({(index.top(p.id) or p).id for p in _holders(parts, index)}) if parts else 0


def outside(sentence: str, found: list[Quoted]) -> str:
    """The sentence with the quotations the law holds blanked: what it says in its own words."""
    out = sentence
    for x in found:
        out = out.replace(sentence[x.span[0]:x.span[1]], " ")
    return out


# "defines an “information content provider” as any entity responsible, “in whole or in part,” for the “creation or
# development” of information": short quotations, none long enough alone, all in one unit of one provision.
FRAGMENT = re.compile(r"[“\"«]\s*([^”\"«»]{3,120}?)\s*[”\"»]")


def _fragments(sentence: str, index: Index) -> list[Quoted]:
    found = [(m, normal(m.group(1))) for m in FRAGMENT.finditer(sentence)]
    found = [(m, x) for m, x in found if len(x.split()) >= 2]
    if len(found) < 2 or sum(len(x.split()) for _, x in found) < MIN_WORDS:
        return []
    parts = [x for _, x in found]
    holders = [p for p, t in index.derived("quote_texts", _normal_texts) if all(x in t for x in parts)]
    for best in sorted(holders, key=lambda p: len(p.text)):
        unit = next((u.text for u in units(best.text) if all(x in normal(u.text) for x in parts)), None)
        if unit is not None:
            return [Quoted(m.group(1), best, unit, m.span()) for m, _ in found]
    return []


# A quotation opened and not closed before the sentence ends ("l'article 226-2-1 énonce que « lorsque les délits …
# d'amende."): the sentence cut from an article that closes it later.
OPEN = re.compile(r"[“\"«]\s*([^”\"«»]{30,800}?)\s*[.;]?\s*$")
ANCHOR = 5  # words at either end of a quotation that find the provision it misquotes
MISQUOTE_WORDS = 12  # a shorter quotation that differs is as likely another text
MAX_CHANGED = 2  # more changed words than this is a paraphrase, not a misquotation


def _figure(words: str) -> bool:
    return bool(re.search(r"\d", words)) or any(w in WORD_NUMBERS for w in words.split())


NEGATIONS = {"not", "no", "never", "nor", "ne", "pas", "n", "non", "jamais"}


def _negation(said: str, law: str) -> bool:
    """The quotation adds or drops a negation the law's words do not have ("shall not be treated as the publisher"
    for "shall be treated"): it says the opposite."""
    diff = set(said.split()) ^ set(law.split())
    return bool(diff) and diff <= NEGATIONS


def _within(words: list[str], law: list[str]) -> list[tuple] | None:
    """The opcodes turning the quotation into the provision's words, those before and after it left out (they are
    no differences); None when the quotation is not wholly inside them."""
    ops = SequenceMatcher(None, words, law, autojunk=False).get_opcodes()
    while ops and ops[0][0] != "equal":
        ops = ops[1:]
    while ops and ops[-1][0] != "equal":
        ops = ops[:-1]
    return ops if ops and ops[0][1] == 0 and ops[-1][2] == len(words) else None


ADDED_WORDS = 3  # words a quotation adds to the law's before they are a clause of their own, not a slip


def _added_clause(words: list[str], law: list[str]) -> str | None:
    """The one run of words a quotation adds to a provision's, the rest word for word: "selon les distinctions des
    articles 121-4 à 121-7 et dans les cas prévus par la loi ou le règlement, des infractions …" quotes art. 121-2
    as it read before 2005 — the law does not say what the added words make it say. Punctuation is no word here."""
    bare = [w.strip(".,;:") for w in words]
    ops = _within(bare, [w.strip(".,;:") for w in law])
    if ops is None:
        return None
    other = [op for op in ops if op[0] != "equal"]
    if len(other) != 1 or other[0][0] != "delete":
        return None
    _, i1, i2, _, _ = other[0]
    run = bare[i1:i2]
    if len(run) < ADDED_WORDS or not any(len(w) >= 5 and w.isalpha() for w in run) \
            or len(bare) - len(run) < MISQUOTE_WORDS:
        return None
    return " ".join(words[i1:i2]).strip(".,;: ")


DROPPED_WORDS = 6  # the longest run of the law's words an unmarked quotation may leave out and still be read as one


def _dropped_clause(words: list[str], law: list[str]) -> str | None:
    """The one run of words of the provision a quotation leaves out, unmarked (no "…", no "[…]"), the rest word for
    word but for the currency's spelling: "… de tombeaux, de sépultures ou de monuments édifiés à la mémoire des
    morts …" quotes art. 225-17 as it read before 2008, without "d'urnes cinéraires" (claims138's END run: supported).
    The law's words, or None."""
    bare = [w.strip(".,;:") for w in words]
    ops = _within(bare, [w.strip(".,;:") for w in law])
    if ops is None:
        return None
    lawn = [w.strip(".,;:") for w in law]
    currency = set().union(*SAME_WORDS)
    # (a currency sign the normal form drops leaves the law's "euros" an insert of its own: no clause)
    other = [op for op in ops if op[0] != "equal"
             and not (op[0] == "insert" and all(w in currency for w in lawn[op[3]:op[4]]))]
    inserts = [op for op in other if op[0] == "insert"]
    if len(inserts) != 1 or len(bare) < MISQUOTE_WORDS:
        return None
    for tag, i1, i2, j1, j2 in other:
        if tag == "insert":
            continue
        said, says = bare[i1:i2], lawn[j1:j2]
        if not (tag == "replace" and len(said) == len(says) == 1
                and any(said[0] in same and says[0] in same for same in SAME_WORDS)):
            return None
    _, _, _, j1, j2 = inserts[0]
    run = law[j1:j2]
    bare_run = [w.strip(".,;:'’") for w in run]
    # a clause or a list's item, not a stretch the quotation skips ("… lorsqu'elle est, soit réitérée, soit matérialisée
    # … » after which the law goes on "est punie de six mois …", claims106: quoted in two pieces)
    if not 2 <= len(run) <= DROPPED_WORDS or any(c.isdigit() for w in run for c in w) \
            or not any(len(w) >= 5 and w.isalpha() for w in bare_run):
        return None
    return " ".join(run).strip(".,;: ")


def _law_written(run: str, unit: str) -> str:
    """The law's words as the unit writes them ("d'urnes cinéraires"), for their normal form."""
    said, n = unit.split(), len(run.split())
    return next((" ".join(said[i:i + n]).strip(".,;: ") for i in range(len(said) - n + 1)
                 if normal(" ".join(said[i:i + n])).strip(".,;: ") == run), run)


def _short_misquote(text: str, words: list[str], span: tuple[int, int], near) -> Misquote | None:
    for p in near:
        for u in units(p.text):
            law = normal(u.text).split()
            changed = _one_word_changed(words, law)
            if changed is not None:
                return Misquote(Quoted(text, p, u.text, span), [(_as_written(changed[0], text), changed[1])])
    return None


def _as_written(run: str, quotation: str) -> str:
    """`run` (normal, folded words) as the quotation writes them, accents and capitals kept."""
    tokens = re.findall(r"[\w'’%§.,;:()-]+", quotation)
    want = run.split()
    for i in range(len(tokens) - len(want) + 1):
        if [normal(t) for t in tokens[i:i + len(want)]] == want:
            return " ".join(tokens[i:i + len(want)]).strip(".,;: ")
    return run


@dataclass(frozen=True)
class Misquote:
    quoted: Quoted
    changes: list[tuple[str, str]]  # (what the sentence quotes, what the law says): a figure, a negation, a word, or
    # a clause the law does not have (what the law says: "")


SHORT_WORDS = 4  # a quotation of a cited provision this short still says which words the law uses
SLIP = 0.8  # letters two words share (difflib ratio) above which one is a slip of the other ("manquée", "manqué")


def _one_word_changed(words: list[str], law: list[str]) -> tuple[str, str] | None:
    """The one word of a short quotation that the law says otherwise, when it is another word and not a slip of the
    same one: "« facilité la préparation ou la commission »" for art. 121-7's "la préparation ou la consommation"."""
    ops = SequenceMatcher(None, words, law, autojunk=False).get_opcodes()
    # (the law's words before and after the quotation are no change; its last word may be the one changed)
    ops = [op for op in ops if op[1] != op[2] or 0 < op[1] < len(words)]
    if not ops or ops[0][1] != 0 or ops[-1][2] != len(words) or not any(op[0] == "equal" for op in ops):
        return None
    other = [op for op in ops if op[0] != "equal"]
    if len(other) != 1 or other[0][0] != "replace" or other[0][2] - other[0][1] != 1 or other[0][4] - other[0][3] != 1:
        return None
    a, b = words[other[0][1]].strip(".,;:"), law[other[0][3]].strip(".,;:")
    if a == b or len(a) < 5 or len(b) < 5 or not a.isalpha() or not b.isalpha() \
            or SequenceMatcher(None, a, b).ratio() >= SLIP:
        return None
    return a, b


def misquoted(sentence: str, index: Index, near: list[Provision] | tuple = ()) -> list[Misquote]:
    """Quotations that a provision holds word for word but for one or two words, each a number ("aux articles
    226-0 et 226-2" where art. 226-2-1 says "226-1 et 226-2") or a negation; but for a clause the quotation adds
    (an older wording); or, in a short quotation of a provision the sentence cites (`near`), but for one word that is
    another word, not a slip of it. Other words that differ (a typo, a synonym in a long quotation) are no
    contradiction, and are left alone."""
    found = [(m.group(1), m.span()) for m in QUOTED.finditer(sentence)]
    if not found:
        m = OPEN.search(sentence)
        found = [(m.group(1), m.span())] if m else []
    out = []
    texts = index.derived("quote_texts", _normal_texts)
    for text, span in found:
        words = normal(text).split()
        if any(" ".join(words) in t for _, t in texts):
            continue
        if SHORT_WORDS <= len(words) < MISQUOTE_WORDS:
            # Too short to tell the law's from another text's words anywhere, but not in a unit of a provision the
            # sentence cites (or that one refers to: art. 121-6 punishes the accomplice "au sens de l'article 121-7")
            short = _short_misquote(text, words, span, near)
            if short is not None:
                out.append(short)
            continue
        if len(words) < MISQUOTE_WORDS:
            continue
        head, tail = " ".join(words[:ANCHOR]), " ".join(words[-ANCHOR:])
        for p, t in sorted(((p, t) for p, t in texts if (head in t or tail in t) and not p.id.startswith("action/")),
                           key=lambda pt: len(pt[1])):
            law = t.split()
            inner = _within(words, law)
            if inner is None:
                continue
            changes = [(" ".join(words[i1:i2]), " ".join(law[j1:j2])) for tag, i1, i2, j1, j2 in inner if tag != "equal"]
            changed = sum(max(len(a.split()), len(b.split())) for a, b in changes)
            if not changes or changed > MAX_CHANGED or not all(_figure(a + " " + b) or _negation(a, b) for a, b in changes):
                added = _added_clause(words, law)
                dropped = _dropped_clause(words, law) if added is None else None
                if dropped is not None:
                    changes = [("", dropped)]
                elif added is None or any(added in normal(b) for b in re.findall(r"\[([^\]]+)\]", text)):
                    continue  # (words the writer adds in brackets, "[within 24 hours]", are marked as theirs)
                else:
                    changes = [(_as_written(added, text), "")]
            unit = next((u.text for u in units(p.text) if head in normal(u.text) or tail in normal(u.text)), p.text)
            if changes[0][0] == "":
                changes = [("", _law_written(changes[0][1], unit))]
            out.append(Misquote(Quoted(text, p, unit, span), changes))
            break
        else:
            worded = _reworded(text, words, span, near)
            if worded is not None:
                out.append(worded)
    return out


SAME_WORDS = [{"eur", "euro", "euros", "€"}, {"gbp", "£", "pounds"}, {"usd", "$", "dollars"}]


def _another_word(said: str, law: str) -> bool:
    """`said` is another word than the law's `law`: one word each, letters only, five or more, not a slip nor an
    inflection of it (the same first five letters), nor the same currency written otherwise."""
    if " " in said or " " in law or not (said.isalpha() and law.isalpha()) or min(len(said), len(law)) < 5:
        return False
    if any(said in same and law in same for same in SAME_WORDS):
        return False
    return said[:5] != law[:5] and SequenceMatcher(None, said, law).ratio() < SLIP


REWORDED = 0.2  # share of a long quotation's words that may differ from the cited unit's before it is another text
REWORDED_MAX = 5  # … and at most this many


def _reworded(text: str, words: list[str], span: tuple[int, int], near) -> Misquote | None:
    """A long quotation of a provision the sentence cites that is its unit but for a few words, each another word
    and not a slip: "« en matière correctionnelle, une peine d'emprisonnement sans sursis … rendent cette peine
    nécessaire … »" for art. 132-19's "Toute peine d'emprisonnement sans sursis … rendent cette peine indispensable"
    (its wording before 2019; claims131, first run: unverifiable). The quotation's first words may differ from where
    the unit's sentence starts; its words must otherwise run in the unit's order."""
    bare = [w.strip(".,;:") for w in words]
    for p in near:
        for u in units(p.text):
            law = [w.strip(".,;:") for w in normal(u.text).split()]
            ops = SequenceMatcher(None, bare, law, autojunk=False).get_opcodes()
            while ops and ops[-1][0] == "insert" and ops[-1][1] == len(bare):
                ops = ops[:-1]
            if not ops or ops[-1][2] != len(bare) or ops[-1][0] != "equal":
                continue
            # the law's words before the quotation starts are no change; a different opening is one
            ops = [op for op in ops if not (op[0] == "insert" and op[1] == 0)]
            other = [op for op in ops if op[0] != "equal"]
            changed = sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in other)
            if not other or changed > min(REWORDED_MAX, REWORDED * len(bare)) or any(op[0] == "insert" for op in other):
                continue
            changes = [(" ".join(bare[i1:i2]), " ".join(law[j1:j2])) for _, i1, i2, j1, j2 in other]
            stems = lambda side: sorted(fold(w)[:5] for w in side.split())  # noqa: E731
            if stems(" ".join(a for a, _ in changes)) == stems(" ".join(b for _, b in changes)):
                continue  # the law's words in another order ("de sécurité ou de prudence"): no other word
            if not any(_another_word(a, b) for a, b in changes):
                continue  # (a currency written otherwise, "EUR" for "euros", a slip, an inflection)
            return Misquote(Quoted(text, p, u.text, span), [(_as_written(a, text), b) for a, b in changes])
    return None


WHOLE_WORDS = 8  # a shorter sentence of the law's words ("This Regulation shall apply") says too little alone
