"""How rare a word is in an index's chunks (inverse document frequency of its first six letters), computed once
per open index: read by evidence scoring ("interim" says more than "platform"), search (a term the law hardly uses)
and the scope test (a word the corpus never uses)."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .glossary import fold
from .index import Index


@dataclass
class Rarity:
    """Inverse document frequency of word stems (first six letters) over an index's chunks."""
    idf: dict[str, float]
    unseen: float  # a word the corpus never uses weighs as the rarest

    def of(self, word: str) -> float:
        return self.idf.get(word[:6], self.unseen)


def rarity(index: Index) -> Rarity:
    """The word rarities of this index, computed once per open index."""
    return index.derived("rarity", _rarity)


def _rarity(index: Index) -> Rarity:
    df: Counter = Counter()
    for c in index.chunks.values():
        df.update({w[:6] for w in re.findall(r"\w{4,}", fold(c.text))})
    n = max(1, len(index.chunks))
    return Rarity({w: math.log((n + 1) / (k + 1)) + 1.0 for w, k in df.items()}, math.log(n + 1) + 1.0)
