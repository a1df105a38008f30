"""The persistent index: build (ingest) and open.

Layout under `config.index_dir`:
    CURRENT                 name of the build being served (replaced atomically)
    builds/<name>/          manifest.json, provisions.jsonl, chunks.jsonl, facts.jsonl, bm25-en/, bm25-fr/, chroma/
    cache/                  query-time vectors of data files (kb/scope.py's examples), keyed by what they derive from
A build is written under builds/<name>.tmp and renamed when complete; CURRENT then switches to it. A crash
at any point leaves the previous build serving, and the next ingest clears the leftovers.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .actions import load_actions, to_provision
from .chunk import chunk_all
from .config import Config
from .crossrefs import cited_headings
from .embed import embed_texts
from .facts import Fact, by_top, read_all
from .errors import CorpusError, CrosslexError, IndexCorruptError, IndexMissingError
from .lexical import LANGS, LexicalIndex
from .parsers import parse_file
from .registry import load_sources, sidecar, source_file
from .types import Chunk, Provision
from .vectors import VectorIndex, client, collection_name
from . import xling
from .xling import HeadingVectors

FORMAT = 2  # 2: facts.jsonl
KEEP_BUILDS = 2  # the served build and the one before it, which readers may still hold open


# ---------------------------------------------------------------- opened index


@dataclass
class Index:
    config: Config
    build: str
    path: Path
    manifest: dict
    provisions: dict[str, Provision]
    chunks: dict[str, Chunk]
    vectors: VectorIndex
    lexical: dict[str, LexicalIndex]
    children: dict[str, list[str]] = field(default_factory=dict)
    headings: dict[str, LexicalIndex] = field(default_factory=dict)
    facts: dict[str, list[Fact]] = field(default_factory=dict)  # by top-level provision id
    xling: "HeadingVectors | None" = None  # the cross-lingual channel (kb.xling); None in an index built without it
    _derived: dict = field(default_factory=dict, repr=False, compare=False)

    def derived(self, name: str, compute):
        """A table the readers of this index compute from it once (word rarities, chapter titles, normalised
        texts): kept with the index it was computed from, so a new build never serves an old one."""
        if name not in self._derived:
            self._derived[name] = compute(self)
        return self._derived[name]

    def provision(self, pid: str) -> Provision | None:
        return self.provisions.get(pid)

    @cached_property
    def order(self) -> dict[str, int]:
        """Each provision's place in document order (the order the parsers read them in)."""
        return {pid: i for i, pid in enumerate(self.provisions)}

    def top(self, pid: str) -> Provision | None:
        """The top-level provision (article, section, schedule paragraph) `pid` is part of, or itself."""
        p = self.provisions.get(pid)
        while p is not None and p.parent and p.parent in self.provisions:
            p = self.provisions[p.parent]
        return p

    def facts_of(self, pid: str) -> list[Fact]:
        """The facts read from a provision at ingest (a sub-provision gets those inside its own text)."""
        p = self.provisions.get(pid)
        if p is None:
            return []
        top = self.top(pid)
        facts = self.facts.get(top.id, [])
        if top is p:
            return facts
        at = top.text.find(p.text)
        return [f for f in facts if at >= 0 and at <= f.start and f.end <= at + len(p.text)]

    def top_level(self, source: str | None = None) -> list[Provision]:
        return [p for p in self.provisions.values() if p.parent is None and (source is None or p.source == source)]


def _read_jsonl(path: Path, cls):
    with path.open(encoding="utf-8") as f:
        return [cls(**json.loads(line)) for line in f if line.strip()]


def _write_jsonl(path: Path, items) -> None:
    with path.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it.to_dict() if hasattr(it, "to_dict") else it.__dict__, ensure_ascii=False) + "\n")


def current_build(config: Config) -> str | None:
    try:
        name = (config.index_dir / "CURRENT").read_text().strip()
    except FileNotFoundError:
        return None
    return name or None


def exists(config: Config) -> bool:
    b = current_build(config)
    return bool(b) and (config.index_dir / "builds" / b / "manifest.json").is_file()


_cache: dict[tuple, Index] = {}
_cache_lock = threading.Lock()


def open_index(config: Config | None = None) -> Index:
    """The served build, loaded once per process and reloaded when an ingest swaps in a new one."""
    config = config or Config()
    build = current_build(config)
    if not build:
        raise IndexMissingError(f"no index at {config.index_dir}: run `crosslex ingest` first")
    key = (str(config.index_dir), build, config.chroma_url)
    with _cache_lock:
        if key not in _cache:
            _cache.clear()  # an older build is no longer served
            _cache[key] = _load(config, build)
        return _cache[key]


def _load(config: Config, build: str) -> Index:
    path = config.index_dir / "builds" / build
    hint = "run `crosslex ingest --rebuild`"
    try:
        manifest = json.loads((path / "manifest.json").read_text())
        if manifest.get("format") != FORMAT:
            raise IndexCorruptError(f"index {path} has format {manifest.get('format')}, expected {FORMAT}: {hint}")
        provisions = {p.id: p for p in _read_jsonl(path / "provisions.jsonl", Provision)}
        chunks = {c.id: c for c in _read_jsonl(path / "chunks.jsonl", Chunk)}
        facts = by_top(_read_jsonl(path / "facts.jsonl", Fact))
        lexical = {lang: LexicalIndex.load(lang, path / f"bm25-{lang}") for lang in LANGS}
        vectors = VectorIndex(client(config, path), manifest["collection"])
    except IndexCorruptError:
        raise
    except FileNotFoundError as e:
        raise IndexCorruptError(f"index {path} is incomplete ({Path(e.filename).name} missing): {hint}") from None
    except Exception as e:
        raise IndexCorruptError(f"index {path} cannot be read ({type(e).__name__}: {e}): {hint}") from None
    if len(provisions) != manifest["provisions"] or len(chunks) != manifest["chunks"]:
        raise IndexCorruptError(f"index {path} does not match its manifest: {hint}")
    if vectors.count() != manifest["chunks"]:
        raise IndexCorruptError(f"index {path}: vector store holds {vectors.count()} of {manifest['chunks']} chunks: {hint}")
    children: dict[str, list[str]] = {}
    for p in provisions.values():
        if p.parent:
            children.setdefault(p.parent, []).append(p.id)
    return Index(config, build, path, manifest, provisions, chunks, vectors, lexical, children,
                 _heading_indexes(provisions), facts, HeadingVectors.load(path) if xling.enabled(config) else None)


def _heading_indexes(provisions: dict[str, Provision]) -> dict[str, LexicalIndex]:
    """bm25 over what each provision is called (its heading, the division it sits in, and the offence its heading
    names by number: "Exemptions from offence under section 179" is about the false communications offence):
    titles such as "No general monitoring" or "Interim measures" say in a few words what lay questions ask about.
    Derived from the provisions, so it is built at load time rather than stored."""
    out = {}
    for lang in LANGS:
        tops = [p for p in provisions.values() if p.parent is None and "/dup/" not in p.id and p.language == lang
                and p.kind != "recital"]
        docs = [" ".join([p.heading, *p.path[-2:], *cited_headings(p.heading, p.id, provisions, offences_only=True)])
                for p in tops]
        out[lang] = LexicalIndex.build(lang, [p.id for p in tops], docs, [p.jurisdiction for p in tops])
    return out


# ---------------------------------------------------------------- ingest


@dataclass
class IngestReport:
    build: str
    seconds: float
    sources: dict[str, dict]
    errors: dict[str, str]
    provisions: int
    chunks: int
    embedded: int
    reused: int
    embed_seconds: float

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@contextmanager
def _ingest_lock(index_dir: Path):
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CrosslexError(f"another ingest is running on {index_dir}") from None
        yield


def _content_hash(path: Path) -> str:
    """What the manifest records per source; reuse itself is decided on the chunks (see ingest)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _previous(config: Config) -> Index | None:
    try:
        return _load(config, current_build(config)) if exists(config) else None
    except IndexCorruptError:
        return None  # a damaged build is rebuilt from scratch, never reused


def _clean_leftovers(builds: Path, keep: set[str], config: Config) -> None:
    for d in builds.iterdir() if builds.is_dir() else []:
        if d.name not in keep:
            shutil.rmtree(d, ignore_errors=True)
            if config.chroma_url:
                try:
                    client(config, d).delete_collection(collection_name(d.name.removesuffix(".tmp"), config))
                except Exception:
                    pass  # a collection that was never created


def ingest(config: Config | None = None, rebuild: bool = False, progress=None) -> IngestReport:
    """Parses every registered source, chunks, embeds what changed, and swaps the new build in whole.

    `progress(stage, done, total)` is called as work advances. An unreadable source is reported in
    `errors` and skipped; the others are still ingested (its previous chunks are kept if it had any).
    """
    config = config or Config()
    config.require_corpus()
    t0 = time.perf_counter()
    progress = progress or (lambda *a: None)
    with _ingest_lock(config.index_dir):
        builds = config.index_dir / "builds"
        prev = None if rebuild else _previous(config)
        _clean_leftovers(builds, {b for b in [current_build(config)] if b and not rebuild} | set(_recent(builds)), config)
        name = _build_name()
        tmp = builds / f"{name}.tmp"
        tmp.mkdir(parents=True)

        sources = load_sources(config)
        provisions: list[Provision] = []
        report_sources, errors, reuse, stale = {}, {}, [], []
        progress("parse", 0, len(sources))
        for i, s in enumerate(sources, start=1):
            try:
                path = source_file(s, config)
                fp = _content_hash(path)
                parsed = parse_file(s, path)
            except (CorpusError, OSError) as e:
                errors[s.id] = str(e)
                if prev and s.id in prev.manifest["sources"]:
                    # Keep serving what we had for it rather than silently dropping a whole instrument.
                    provisions += [p for p in prev.provisions.values() if p.source == s.id]
                    stale.append(s.id)
                    report_sources[s.id] = dict(prev.manifest["sources"][s.id], stale=True)
                progress("parse", i, len(sources))
                continue
            provisions += parsed
            report_sources[s.id] = {"sha256": fp, "file": s.corpus_path, "provisions": len(parsed),
                                    "top_level": sum(1 for p in parsed if p.parent is None)}
            expected = sidecar(s, config).get("sha256")
            if expected and expected != fp:
                report_sources[s.id]["sidecar_sha256_mismatch"] = True  # file changed without its sidecar
            progress("parse", i, len(sources))

        actions, problems = load_actions(config)
        provisions += [to_provision(a) for a in actions]
        for pr in problems:
            errors[f"{pr.file}:{pr.record}"] = f"malformed action record {pr.record} in {pr.file}: {pr.reason}"
        report_sources["actions"] = {"provisions": len(actions), "top_level": len(actions),
                                     "files": sorted({a.file for a in actions})}

        ids = [p.id for p in provisions]
        if len(ids) != len(set(ids)):
            dup = sorted({x for x in ids if ids.count(x) > 1})[:5]
            raise CrosslexError(f"duplicate provision ids across sources: {', '.join(dup)}")

        chunks = chunk_all([p for p in provisions if p.source not in stale], config.chunk_chars)
        chunks += [c for c in prev.chunks.values() if c.source in stale] if stale else []
        reuse += stale
        for sid in report_sources:
            report_sources[sid]["chunks"] = sum(1 for c in chunks if c.source == sid or
                                                (sid == "actions" and c.source.startswith("actions-")))
        if prev is not None:
            # A source's vectors are reused only when its chunks are exactly the ones embedded last time
            # (same ids, same text, same model): a parser or chunker change re-embeds it.
            def signature(items, sid):
                return sorted((c.id, c.embed_text) for c in items if c.source == sid)
            same_model = prev.manifest.get("model") == config.embed_model
            for sid in {c.source for c in chunks}:
                if sid not in reuse and same_model and signature(chunks, sid) == signature(prev.chunks.values(), sid):
                    reuse.append(sid)

        vectors = VectorIndex(client(config, tmp), collection_name(name, config), create=True)
        reused = 0
        for sid in reuse:
            reused += vectors.copy_source_from(prev.vectors, sid)
        todo = [c for c in chunks if c.source not in reuse]
        progress("embed", 0, len(todo))
        te = time.perf_counter()
        embeddings = embed_texts(config, [c.embed_text for c in todo], on_batch=lambda n: progress("embed", n, len(todo)))
        embed_seconds = time.perf_counter() - te
        vectors.add(todo, embeddings)

        progress("lexical", 0, 1)
        for lang in LANGS:
            part = [c for c in chunks if c.language == lang]
            LexicalIndex.build(lang, [c.id for c in part], [c.embed_text for c in part],
                               [c.jurisdiction for c in part]).save(tmp / f"bm25-{lang}")
        progress("lexical", 1, 1)

        progress("cross-lingual", 0, 1)
        tx = time.perf_counter()
        xling.build(config, provisions, tmp, prev.path if prev is not None else None)
        embed_seconds += time.perf_counter() - tx
        progress("cross-lingual", 1, 1)

        progress("facts", 0, 1)
        facts = read_all(provisions)
        _write_jsonl(tmp / "facts.jsonl", facts)
        progress("facts", 1, 1)
        _write_jsonl(tmp / "provisions.jsonl", provisions)
        _write_jsonl(tmp / "chunks.jsonl", chunks)
        if vectors.count() != len(chunks):
            raise CrosslexError(f"vector store holds {vectors.count()} chunks, expected {len(chunks)}")
        manifest = {"format": FORMAT, "build": name, "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
                    "model": config.embed_model, "collection": collection_name(name, config),
                    "chroma_url": config.chroma_url, "sources": report_sources, "errors": errors,
                    "provisions": len(provisions), "chunks": len(chunks), "facts": len(facts)}
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
        del vectors  # release the SQLite handle before the directory moves
        final = builds / name
        os.replace(tmp, final)
        _atomic_write(config.index_dir / "CURRENT", name)
        _clean_leftovers(builds, set(_recent(builds, KEEP_BUILDS)), config)
        return IngestReport(name, time.perf_counter() - t0, report_sources, errors, len(provisions), len(chunks),
                            len(todo), reused, embed_seconds)


def _build_name() -> str:
    """Sortable by time and unique even for two ingests in the same second: a reused name would hand the
    new build a vector-store client still bound to the renamed directory of the previous one."""
    ns = time.time_ns()
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime(ns // 10**9)) + f".{ns % 10**9:09d}-{os.getpid()}"


def _recent(builds: Path, n: int = KEEP_BUILDS) -> list[str]:
    done = sorted(d.name for d in builds.iterdir() if d.is_dir() and not d.name.endswith(".tmp")) if builds.is_dir() else []
    return done[-n:]


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text)
    with open(tmp) as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def size_mb(config: Config) -> float:
    b = current_build(config)
    if not b:
        return 0.0
    root = config.index_dir / "builds" / b
    return sum(f.stat().st_size for f in root.rglob("*") if f.is_file()) / 1e6
