"""Lexical search: one bm25s index per language, each with its own Snowball stemmer and stopwords."""
from __future__ import annotations

from pathlib import Path

import bm25s
import numpy as np
import Stemmer

from .glossary import unligature

LANGS = {"en": ("english", "en"), "fr": ("french", "fr")}


def _tokenize(texts: list[str], lang: str):
    stemmer_name, stop = LANGS[lang]
    texts = [unligature(t) for t in texts]  # "œuvre" and "oeuvre": one token
    return bm25s.tokenize(texts, stopwords=stop, stemmer=Stemmer.Stemmer(stemmer_name), show_progress=False,
                          return_ids=False)


class LexicalIndex:
    """bm25 over one language's chunks; `ids[i]` is the chunk id of document i."""

    def __init__(self, lang: str, retriever: bm25s.BM25 | None, ids: list[str], jurisdictions: list[str]):
        self.lang, self.retriever, self.ids = lang, retriever, ids
        self.jurisdictions = np.array(jurisdictions)

    @classmethod
    def build(cls, lang: str, ids: list[str], texts: list[str], jurisdictions: list[str]) -> "LexicalIndex":
        if not texts:  # a corpus without any text in this language (bm25s cannot index nothing)
            return cls(lang, None, [], [])
        retriever = bm25s.BM25()
        retriever.index(_tokenize(texts, lang), show_progress=False)
        return cls(lang, retriever, ids, jurisdictions)

    def save(self, directory: Path) -> None:
        import json

        directory.mkdir(parents=True, exist_ok=True)
        if self.retriever is not None:
            self.retriever.save(str(directory), show_progress=False)
        (directory / "ids.json").write_text(json.dumps({"ids": self.ids, "jurisdictions": self.jurisdictions.tolist()}))

    @classmethod
    def load(cls, lang: str, directory: Path) -> "LexicalIndex":
        import json

        meta = json.loads((directory / "ids.json").read_text())
        retriever = bm25s.BM25.load(str(directory), show_progress=False) if meta["ids"] else None
        return cls(lang, retriever, meta["ids"], meta["jurisdictions"])

    def query(self, text: str, k: int, jurisdictions: list[str] | None = None) -> list[tuple[str, float]]:
        if not self.ids:
            return []
        tokens = _tokenize([text], self.lang)
        # Each stem once: glossary expansion repeats words ("sexuel", "sexuelle", "à caractère sexuel") and a
        # repeated query term would outweigh the rarer words that identify the provision.
        tokens = [list(dict.fromkeys(t for t in tokens[0] if t in self.retriever.vocab_dict))]
        if not tokens[0]:
            return []
        mask = None
        if jurisdictions:
            mask = np.isin(self.jurisdictions, list(jurisdictions)).astype(np.float32)
            if not mask.any():
                return []
        k = min(k, len(self.ids))
        docs, scores = self.retriever.retrieve(tokens, k=k, show_progress=False, weight_mask=mask, n_threads=1)
        return [(self.ids[d], float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]
