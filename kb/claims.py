"""An article split into sentences (with their offsets), each marked checkable or not: headlines, photo
credits and bylines, questions, and opinions are not claims. Quoted words are a claim only about who said
them (kb.events decides that); their content is not checked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SPLIT = re.compile(r"(?<=[.!?…])[»”\"']?\s+(?=[«“\"A-ZÀ-Ý(\d])")
CREDIT = re.compile(r"(\(\s*)?\b(AFP|Reuters|AP|Getty(?: Images)?|Bloomberg|EPA|PA|Photo|Illustration|Crédit|Credit|©)\b[^.]{0,60}(/|©|\))", re.I)
OPINION = re.compile(r"\b(je pense|nous pensons|j.estime|nous estimons|à mon avis|selon moi|il faut|il faudrait|"
                     r"i think|we think|i believe|we believe|in my view|in our view|ought to|must be stopped|"
                     # "should" recommends, except in "it should be noted that …", which only introduces a statement
                     r"should(?!\s+be\s+(?:noted|remembered|stressed|emphasi[sz]ed|pointed\s+out|mentioned|recalled))|"
                     r"scandaleux|inacceptable|honteu\w+|disgusting|appalling|outrageous|"
                     # a ranking no text can confirm: "one of the most ambitious regulatory frameworks to date"
                     r"one of the (?:most|best|worst|strictest|toughest)|l.une? des (?:plus|meilleur\w*|pires)|"
                     r"landmark|groundbreaking|ambitious|ambitieu\w+)\b", re.I)
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|‘[^’]{1,60}’|(?<!\w)'[^']{1,60}'(?!\w)")


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    not_claim: str = ""  # why it is not a claim: headline, credit, question, opinion


def _is_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 20 and not re.search(r"[.!?…»”\"]\s*$", line.strip())


# A full stop that ends an abbreviation, not a sentence: "H.R. 4831", "18 U.S.C. 2256", "Art. 34", "s. 188",
# "Pub. L. 119-12", "Mr. Bilirakis", initials ("John F. Kennedy").
ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-WYZ]|H\.R|U\.S\.C|U\.S|Art|art|arts|s|ss|Sec|sec|No|no|Pub|Mr|Mrs|Ms|Dr|"
                          r"Sch|sch|para|paras|v|vs|cf|al|Stat|St|Inc|Ltd|Corp|Co|Cong|Reg|C\. pén|pén)\.$")


def _pieces(text: str) -> list[str]:
    """The text split at sentence ends, not at the full stop of an abbreviation."""
    out, start = [], 0
    for m in SPLIT.finditer(text):
        if not ABBREVIATION.search(text[start:m.start()]):
            out.append(text[start:m.start()])
            start = m.end()
    return out + [text[start:]]


def segment(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for para in text.split("\n"):
        start_of_para = text.find(para, pos)
        pos = start_of_para + len(para)
        stripped = para.strip()
        if not stripped:
            continue
        lead = start_of_para + (len(para) - len(para.lstrip()))
        if _is_headline(stripped):
            kind = "credit" if CREDIT.search(stripped) else "headline"
            out.append(Sentence(stripped, lead, lead + len(stripped), kind))
            continue
        cursor = 0
        for piece in _pieces(stripped):
            i = stripped.find(piece, cursor)
            cursor = i + len(piece)
            s = piece.strip(" -•\t")
            if not s:
                continue
            begin = lead + stripped.find(s, i)
            sent = Sentence(s, begin, begin + len(s))
            credit = CREDIT.search(s)
            if credit and (len(s.split()) <= 14 and (credit.group(1) or s.startswith("(")) or credit.end() >= len(s) - 2):
                sent.not_claim = "credit"  # a byline, or a photo caption ending in its credit
            elif s.rstrip("»”\" ").endswith("?"):
                sent.not_claim = "question"
            elif len(s.split()) < 4:
                sent.not_claim = "fragment"
            out.append(sent)
    return out


def quoted_share(sentence: str) -> float:
    """How much of the sentence is inside quotation marks."""
    inside = sum(len(m.group(0)) for m in QUOTED.finditer(sentence))
    return inside / max(1, len(sentence))


# "Selon l'Arcom, ce n'est pas son rôle de … il faut …": an authority's position, reported; its record may confirm it.
ATTRIBUTED = re.compile(r"^\s*(?:selon|d.apr[eè]s|according\s+to)\s+(?!moi\b|nous\b|me\b|us\b)[^,]{2,60},", re.I)


def opinion(sentence: str) -> bool:
    """Evaluative words with nothing a record or a provision could confirm."""
    if ATTRIBUTED.match(sentence):
        return False
    bare = QUOTED.sub(" ", sentence)
    # evaluative words inside quotation marks are someone's reported words ("Starmer criticized the contents as
    # 'disgusting'"): a report of a statement, which a record may confirm
    return bool(OPINION.search(bare)) and not re.search(r"\d", bare)
