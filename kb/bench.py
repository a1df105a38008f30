"""`crosslex bench`: ingest cost against its physical limit (a bare encode), warm latencies of search, cite
and ask, index size, peak memory, and search latency as the corpus grows (synthetic replicas)."""
from __future__ import annotations

import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from .config import Config
from .evaluate import load_questions

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "data" / "questions.yaml"
REFERENCES = ["Art. 34 DSA", "Article 74(1) of Regulation (EU) 2022/2065", "DSA, art 16(5)", "Art. 50 AI Act",
              "18 U.S.C. § 2256(8)(B)", "18 USC 2252A", "section 2258A of title 18", "47 U.S.C. 230(c)(1)", "S. 3021",
              "H.R. 4831", "Pub. L. 119-12", "TAKE IT DOWN Act § 3", "C. pén., art. 226-8-1",
              "article 227-23 du code pénal", "s. 10 Online Safety Act 2023", "OSA 2023, s 130", "Sch. 13 OSA"]


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ms = sorted(s * 1000 for s in samples)
    return round(statistics.median(ms), 2), round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 2)


ERRORS: list[str] = []


def _timed(fn, inputs: list[str], n: int) -> list[float]:
    """Wall time per call; a call that raises is still timed, and its error is counted in the report."""
    out = []
    for i in range(n):
        x = inputs[i % len(inputs)]
        t = time.perf_counter()
        try:
            fn(x)
        except Exception as e:
            ERRORS.append(f"{x!r}: {e}")
        out.append(time.perf_counter() - t)
    return out


def _bare_encode_seconds(config: Config, texts: list[str]) -> float:
    """The physical limit of ingest: sentence-transformers encoding the same texts, nothing else."""
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(config.embed_model, device="cpu")
    model.encode(texts[:32], batch_size=64)  # load and warm outside the timing
    t = time.perf_counter()
    model.encode(texts, batch_size=64, normalize_embeddings=True)
    return time.perf_counter() - t


def _bare_xling_seconds(config: Config, provisions) -> float:
    """The cross-lingual encoder on the headings ingest encodes (kb.xling), nothing else: ingest runs two encoders."""
    from . import xling

    if not xling.enabled(config):
        return 0.0
    texts = [xling.heading_text(p) for p in provisions if xling.eligible(p)]
    xling.encode(config, texts[:8])
    t = time.perf_counter()
    xling.encode(config, texts)
    return time.perf_counter() - t


def _scale_series(index, sizes: list[int], queries: list[str], n: int) -> list[dict]:
    """Replicates the index's chunks (vectors nudged, texts unchanged) into a throwaway store of each size
    and times the same hybrid search there. Kept out of the main index."""
    from .embed import embed_query
    from .lexical import LexicalIndex
    from .vectors import VectorIndex, client

    base = index.vectors.collection.get(include=["embeddings", "metadatas", "documents"])
    vecs = np.asarray(base["embeddings"], dtype=np.float32)
    texts = [index.chunks[i].embed_text for i in base["ids"]]
    juris = [m["jurisdiction"] for m in base["metadatas"]]
    rng = np.random.default_rng(0)
    series = []
    for size in sizes:
        tmp = Path(tempfile.mkdtemp(prefix="crosslex-scale-"))
        try:
            reps = -(-size // len(vecs))
            ids = [f"{cid}~{r}" for r in range(reps) for cid in base["ids"]][:size]
            emb = np.concatenate([vecs + rng.normal(0, 0.01, vecs.shape).astype(np.float32) for _ in range(reps)])[:size]
            store = VectorIndex(client(index.config.with_(chroma_url=None), tmp), "scale", create=True)
            for i in range(0, size, 5000):
                store.collection.add(ids=ids[i:i + 5000], embeddings=emb[i:i + 5000].tolist(),
                                     metadatas=[{"jurisdiction": juris[j % len(juris)]} for j in range(i, min(size, i + 5000))])
            lex = LexicalIndex.build("en", ids, [texts[j % len(texts)] for j in range(size)],
                                     [juris[j % len(juris)] for j in range(size)])

            def one(q: str) -> None:
                store.query(embed_query(index.config, q), index.config.candidates)
                lex.query(q, index.config.candidates)

            _timed(one, queries, 5)
            p50, p95 = _percentiles(_timed(one, queries, n))
            series.append({"chunks": size, "search_p50_ms": p50, "search_p95_ms": p95})
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return series


def run(config: Config | None = None, queries: int = 100, ask_queries: int = 30,
        scale: tuple[int, ...] = (10_000, 100_000), progress=None) -> dict:
    from .answer import ask
    from .citation import cite
    from .index import ingest, open_index, size_mb
    from .search import search

    config = config or Config()
    progress = progress or (lambda msg: None)
    ERRORS.clear()
    bench_dir = Path(tempfile.mkdtemp(prefix="crosslex-bench-"))
    try:
        bconf = config.with_(index_dir=bench_dir / "index", chroma_url=None)
        progress("full rebuild")
        report = ingest(bconf, rebuild=True)
        index = open_index(bconf)
        progress("bare encode")
        embed_s = (_bare_encode_seconds(config, [c.embed_text for c in index.chunks.values()])
                   + _bare_xling_seconds(config, index.provisions.values()))
        questions = [q["q"] for q in load_questions(QUESTIONS)] if QUESTIONS.is_file() else ["fines", "deepfake"]
        progress("search latency")
        _timed(lambda q: search(q, index=index), questions, 5)
        s50, s95 = _percentiles(_timed(lambda q: search(q, index=index), questions, queries))
        progress("cite latency")
        c50, c95 = _percentiles(_timed(lambda r: cite(r, index), REFERENCES, queries))
        progress("ask latency")
        a50, a95 = _percentiles(_timed(lambda q: ask(q, index=index), questions, ask_queries))
        progress("compare latency")
        from .compare import compare

        topics = ["sexual deepfakes of adults", "maximum fines", "platform removal deadlines", "child sexual abuse material",
                  "hypertrucage sexuel", "age verification"]
        m50, m95 = _percentiles(_timed(lambda t: compare(t, index=index), topics, len(topics)))
        progress("scale series")
        series = _scale_series(index, list(scale), questions, min(queries, 50))
        result = {
            "chunks": report.chunks, "provisions": report.provisions,
            "ingest_s": round(report.seconds, 2), "embed_s": round(embed_s, 2),
            "ingest_over_embed": round(report.seconds / embed_s, 3),
            "search_p50_ms": s50, "search_p95_ms": s95, "search_n": queries,
            "cite_p50_ms": c50, "cite_p95_ms": c95, "cite_n": queries,
            "ask_p50_ms": a50, "ask_p95_ms": a95, "ask_n": ask_queries,
            "compare_p50_ms": m50, "compare_p95_ms": m95, "compare_n": 6, "facts": sum(len(f) for f in index.facts.values()),
            "index_mb": round(size_mb(bconf), 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "scale": series,
            "errors": len(ERRORS),
        }
        return result
    finally:
        shutil.rmtree(bench_dir, ignore_errors=True)
