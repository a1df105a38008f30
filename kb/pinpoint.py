"""The paragraph a sentence pinpoints, against the paragraph that says what the sentence describes: "providers …
had to publish information on … the monthly active recipients … (Art. 24(4) DSA)" describes the duty of Art. 24(2);
Art. 24(4) is the Digital Services Coordinator informing the Commission. Read from the duties and powers found at
ingest (kb/facts.py): the sentence names the holder and the act of duties or powers that all sit in one other
paragraph of the article, and the paragraph it cites neither holds one of them nor speaks of that act. The same for
a sentence restating one paragraph's words (kb/restates.py) while citing a sibling paragraph."""
from __future__ import annotations

import re

from .glossary import fold
from .index import Index
from .question import Question
from .types import Provision

ACTS = ("duty", "power")
# verbs too general to tell one duty from another ("ensure that …", "take measures")
GENERAL = {"ensure", "take", "make", "have", "provide", "comply", "apply", "carry", "adopt", "lay", "set", "use"}


def elsewhere(q: Question, top: Provision, cited: Provision | None, index: Index) -> Provision | None:
    """The paragraph of `top` (at the depth of `cited`) that holds the duty or power the sentence describes, when the
    paragraph the sentence cites is another one; None when unsure."""
    if cited is None or cited.id == top.id:
        return None
    said = fold(q.text)
    described = [f for f in index.facts.get(top.id, []) if f.kind in ACTS and _names(q, f.subject, said)
                 and _does(q, f.what, said)]
    if not described or any(_inside(f.provision_id, cited.id) for f in described):
        return None
    depth = cited.id.count("/")
    homes = {_at_depth(f.provision_id, depth) for f in described}
    if len(homes) != 1 or None in homes:
        return None
    home = index.provisions.get(homes.pop())
    text = fold(cited.text)
    if home is None or any(q.covers(_verb(f.what), text) for f in described):
        return None
    return home


def _names(q: Question, holder: str, said: str) -> bool:
    """The sentence names the holder: the holder's head noun ("providers", "the Commission", "OFCOM")."""
    words = re.findall(r"[^\W\d_]{4,}", fold(holder))
    return bool(words) and q.covers(words[0], said)


def _verb(what: str) -> str:
    return (re.findall(r"[^\W\d_]+", fold(what)) or [""])[0]


def _does(q: Question, what: str, said: str) -> bool:
    """The sentence says the act: its verb, and one more of its words ("publish … information")."""
    verb = _verb(what)
    if len(verb) < 4 or verb in GENERAL or not q.covers(verb, said):
        return False
    rest = [w for w in re.findall(r"[^\W\d_]{5,}", fold(what))[1:12] if w != verb]
    return any(q.covers(w, said) for w in rest)


def _inside(pid: str, cited: str) -> bool:
    return pid == cited or pid.startswith(cited + "/") or cited.startswith(pid + "/")


def _at_depth(pid: str, depth: int) -> str | None:
    parts = pid.split("/")
    return "/".join(parts[:depth + 1]) if len(parts) > depth else None


def restated_elsewhere(holder: Provision, p: Provision, restated: str, cited: tuple[str, ...],
                       index: Index) -> Provision | None:
    """The paragraph of `p` a sentence cites, when it cites only paragraphs of `p` and none holds the unit the sentence
    restates word for word or nearly (which `holder`, another of its paragraphs, does): "… “does not oblige providers
    of online platforms to process additional personal data …” (Art. 28(4), DSA)" restates Art. 28(3)."""
    under = [c for c in cited if c.startswith(p.id + "/")]
    own = [index.provisions[c] for c in under if c in index.provisions]
    if not own or holder.id == p.id or len(own) != len(under):
        return None
    if any(restated in o.text or o.text in restated or _inside(holder.id, o.id) for o in own):
        return None
    return own[0]
