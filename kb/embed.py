"""The embedding model: sentence-transformers behind llama-index's HuggingFace embedding, loaded once."""
from __future__ import annotations

import contextlib
import sys
import threading
from functools import lru_cache

from .config import Config

_lock = threading.Lock()


def quiet_llama_index() -> None:
    """llama-index falls back to OpenAI unless told there is no LLM; it announces that on stdout, which
    would corrupt JSON output, so the announcement goes to stderr."""
    from llama_index.core import Settings

    with contextlib.redirect_stdout(sys.stderr):
        Settings.llm = None


@lru_cache(maxsize=2)
def _model(name: str):
    from llama_index.core import Settings
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    quiet_llama_index()
    with contextlib.redirect_stdout(sys.stderr):
        model = HuggingFaceEmbedding(model_name=name, device="cpu", embed_batch_size=64, normalize=True)
    Settings.embed_model = model
    return model


def embedder(config: Config):
    with _lock:  # two Streamlit sessions must not load the model twice
        return _model(config.embed_model)


def embed_texts(config: Config, texts: list[str], on_batch=None, batch: int = 64) -> list[list[float]]:
    model = embedder(config)
    # Batches of similar length waste less compute on padding; results go back in input order.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out: list[list[float] | None] = [None] * len(texts)
    for start in range(0, len(order), batch):
        ids = order[start:start + batch]
        for i, vec in zip(ids, model.get_text_embedding_batch([texts[i] for i in ids])):
            out[i] = vec
        if on_batch:
            on_batch(min(start + batch, len(texts)))
    return out


@lru_cache(maxsize=512)
def _query_vector(model_name: str, text: str) -> tuple[float, ...]:
    return tuple(_model(model_name).get_query_embedding(text))


def embed_query(config: Config, text: str) -> list[float]:
    """Cached: search and answer embed the same question; a batch repeats questions."""
    embedder(config)
    return list(_query_vector(config.embed_model, text))
