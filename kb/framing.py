"""How a sentence frames an amount or an act: a ceiling the law sets ("up to", "jusqu'à"), an amount a decision
imposed ("fined", "a infligé"), a power an authority may use ("can impose"). The event check reads a sentence framed
as the law's as no report of what an authority did."""
from __future__ import annotations

import re


# "up to", "jusqu'à", "maximum": an amount framed as what the law allows, not as what was imposed.
CAP_WORDS = re.compile(r"\b(?:up\s+to|as\s+much\s+as|maximum|max\.|cap(?:ped)?|ceiling|jusqu.(?:à|a)|"
                       r"pouvant\s+(?:aller|atteindre)|plafon\w*|can\s+(?:fine|impose)|could\s+(?:face|reach))\b", re.I)


# "The recent £1 million fine imposed by Ofcom on a telecommunications company", "Ofcom has issued a GBP20,000
# fine": an amount a decision set, not the maximum the law sets.
IMPOSED = re.compile(r"\b(?:fined|(?:fine|penalty|amende|sanction)s?\s+(?:\w+\s+){0,2}?(?:imposed|issued|levied|handed\s+down|"
                     r"infligée?s?|prononcée?s?)|(?:has|have|had)\s+(?:imposed|issued|levied)|a\s+(?:infligé|prononcé))\b",
                     re.I)


# "the Commission can impose fines for incorrect … information", "the Court … may cancel, reduce, or increase the fine
# imposed", "peut infliger": what an authority may do …
MAY_ACT = re.compile(r"\b(?:can|could|may|might|peut|peuvent|pourra|pourrait)\s+(?:not\s+|pas\s+)?[^\W\d_]{3,}", re.I)
# … or must do ("providers of online platforms must submit to the Commission … the statements of reasons": a duty the
# law sets, however near its words come to a record's "statement" — unless the target itself is said to be bound,
# which a decision does: "X is required to propose specific remedial measures within 60 working days")
MUST_ACT = re.compile(r"\b(?:must|shall|doit|doivent|(?:is|are)\s+(?:required|obliged)\s+to|(?:est|sont)\s+tenue?s?\s+de)"
                      r"\s+(?:not\s+|pas\s+)?[^\W\d_]{3,}", re.I)
# … unless someone is reported saying it ("Ofcom said it can require the platform to …")
REPORTED = re.compile(r"\b(?:said|says|stated|announced|warned|noted|explained|added|told|according\s+to|selon|"
                      r"a\s+(?:déclaré|indiqué|annoncé|précisé|rappelé|averti|affirmé))\b", re.I)


def law_framed(sentence: str, amounts: set) -> bool:
    """An amount framed as the ceiling the law sets, or what an authority may do, not reported as said: the law,
    not an act (for an undated sentence)."""
    return bool((amounts and CAP_WORDS.search(sentence) and not IMPOSED.search(sentence))
                or (MAY_ACT.search(sentence) and not REPORTED.search(sentence)))


def duty_framed(sentence: str) -> bool:
    """A duty stated, not reported as said: the law's, when no one it binds is named (kb/events.py decides)."""
    return bool(MUST_ACT.search(sentence)) and not REPORTED.search(sentence)


def imposed_amount(sentence: str) -> bool:
    return bool(IMPOSED.search(sentence)) and not CAP_WORDS.search(sentence)


# "Une fois que la Commission a désigné une plateforme …, le service en ligne désigné dispose de quatre mois …": an act
# in a clause of condition opening the sentence says when a rule applies, not what an authority did
RULE_OPENING = re.compile(r"^\W*(?:(?:une\s+fois|d[èe]s)\s+qu(?:e\b|['’])|(?:once|as\s+soon\s+as|whenever|if|si)\b)[^,;]{0,200},",
                          re.I)


def rule_clause(sentence: str) -> str | None:
    """The main clause of a sentence that opens with a condition ("Once …, …"), or None."""
    m = RULE_OPENING.match(sentence)
    return sentence[m.end():] if m else None

