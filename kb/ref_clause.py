"""Which words of a sentence speak of the provision it cites: the clause attached to the reference ("l'article
226-8-1 du code pénal, qui punit …"), the noun a reference is placed after ("…, prévue à l'article 226-8"), the clause
a bracketed reference vouches for; and the ways a reference only designates ("les crimes … mentionnés aux articles
…"), names a proceeding ("an investigation concerning Article 16") or a heading ("l'article 52, intitulé « Sanctions
»"). Read by kb.refcheck; no index needed."""
from __future__ import annotations

import re

from .question import subject_words

# A reference that names what the sentence speaks of ("les crimes … mentionnés aux articles 211-1 à 212-3", "the
# offences referred to in section 59"), a participle with no verb before it: what the sentence asserts is elsewhere
DESIGNATING = re.compile(r"(?<!\best\s)(?<!\bsont\s)(?<!\bsoit\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
                         r"\b(?:mentionnée?s?|visée?s?|énumérée?s?|(?:referred|listed|mentioned)(?:\s+to)?)\s+"
                         r"(?:aux|au|à\s+l['’]\s?|in|at)\s*$", re.I)
PROCEEDING_REACH = 60  # characters before the reference: "copyright … violations during development), providers are
# subject of documentation … obligations (see Art. 53 AIA)" names violations of other law, not of Art. 53
# What an authority's proceeding or a breach concerns: "infringements of Articles 34(1) and (2)", "the investigation
# concerns Article 16", "une enquête au titre de l'article 34", "des manquements aux articles 34 et 35".
PROCEEDING = re.compile(r"\b(?:infring\w*|breach\w*|violat\w*|non-?compliance|fail\w*\s+to\s+comply|investigat\w*|proceedings|probe|inquiry|"
                        r"manquements?|enquêtes?|procédures?\s+formelles?|infractions?\s+(?:aux?|à\s+l.)\s+articles?)\b", re.I)


# "… réprimé par les articles 225-5 à 225-12 du Code pénal, au chapitre des « atteintes à la dignité de la personne »":
# the division the cited articles sit in, named by its heading
DIVISION_TITLED = re.compile(r"^\W{0,3}(?:au|dans\s+le|sous\s+le|in\s+the|under\s+the)\s+(?P<level>chapitre|titre|livre|chapter|"
                             r"title|book|part)\s+(?:des|de\s+la|de\s+l['’]|du|de|d['’]|on|of|about)?\s*[«“\"]\s*"
                             r"(?P<title>[^»”\"]{3,120}?)\s*[»”\"]", re.I)
TITLED = re.compile(r"^\W{0,3}(?:intitul[ée]e?|titled|entitled|headed)\s*[«“\"']\s*([^»”\"']{3,80}?)\s*[»”\"']", re.I)
ATTACHED = re.compile(r"^\s*[,(]?\s*(qui|which|that|relati\w*|sur|on|about|concernant|concerning|regarding|"
                      r"pun\w+|makes?|creates?|cr[ée]e)\b", re.I)


# ", qui dispose que :", ", which provides:" — the opening of a quotation the sentence does not give, no subject
QUOTE_OPENING = re.compile(r",?\s*(?:qui|which)\s+(?:dispose|prévoit|énonce|précise|provides?|states?|reads?)"
                           r"(?:\s+(?:que|qu['’]|that))?\s*:?\s*", re.I)


def clause_subject(claim: str, span: list[int] | None) -> frozenset[str] | None:
    """The words of the clause that says what a reference is about ("l'article 226-8-1 du code pénal, qui punit le
    montage à caractère sexuel sans consentement"): a sentence's other words ("bien que cette pratique ne soit
    pas nouvelle") say nothing about the provision."""
    if not span:
        return None
    after = re.split(r"[.;]", claim[span[1]:], maxsplit=1)[0]
    if ATTACHED.match(after) and len(after.split()) >= 3 and not QUOTE_OPENING.fullmatch(after):
        return subject_words(after)
    # "… sur la base de l'infraction de montage, prévue à l'article 226-8 du Code pénal": the noun the reference is
    # placed after is what it is said to hold; the action taken on that basis is no words of the provision's
    placed = PLACED_IN.search(claim[:span[0]])
    if placed is not None:
        before = re.split(r"[;:]|,(?=[^,]*$)", claim[:placed.start()])
        # "… pour outrage, délit prévu et réprimé par l'article 433-5": "délit" in apposition names the noun before it
        # (the noun after "pour"/"for", not what the sentence says before it)
        if len(before) > 1 and APPOSED.fullmatch(before[-1]):
            before = [re.split(r"\b(?:pour|for|comme|as)\b", before[-2].split(",")[-1])[-1]]
        held = subject_words(BASIS.split(before[-1])[-1])
        if held:
            return held
    # "…, providers are subject of documentation and information obligations (see Art. 53 AIA)": a reference in
    # brackets vouches for the clause just before them, not for the sentence's asides and examples
    opened = SEE_BRACKET.search(claim[:span[0]])
    if opened is None:
        return None
    clause = re.split(r"[,;:]", re.sub(r"\([^()]*\)", " ", claim[:opened.start()]))[-1]
    return subject_words(clause) if len(clause.split()) >= 3 else None


PLACED_IN = re.compile(r",?\s*(?:prévu|défini|réprimé|incriminé|visé)e?s?(?:\s+et\s+(?:prévu|défini|réprimé|puni|sanctionné)e?s?)?"
                       r"\s+(?:\w+ment\s+)?(?:à|par|aux?|dans)\s*"
                       r"(?:l['’]\s*)?$|"  # "défini juridiquement dans l'article 225-5"
                       r",?\s*(?:as\s+)?(?:provided\s+for|set\s+out|laid\s+down|defined|outlined|described)\s+(?:in|by)\s*(?:the\s+)?$|"
                       # "the reporting obligations imposed on certain website operators under 18 U.S.C. § 2258A"
                       r"\s+(?:imposed|created|established)(?:\s+(?:on|upon)\s+[^,.;]{1,60}?)?\s+(?:under|by)\s*(?:the\s+)?$",
                       re.I)
APPOSED = re.compile(r"\s*(?:(?:un|le|la|l['’])\s*)?(?:d[ée]lit|infraction|crime|contravention|offen[cs]e)\s*", re.I)
BASIS = re.compile(r"\b(?:sur\s+la\s+base\s+d[eu'’]|on\s+the\s+basis\s+of|en\s+vertu\s+d[eu'’]|au\s+titre\s+d[eu'’])",
                   re.I)
SEE_BRACKET = re.compile(r"\(\s*(?:see|cf\.?|voir|e\.g\.,?)?\s*$", re.I)
