"""The source registry: one TOML record per instrument, validated on load."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from .config import Config
from .errors import CorpusError, CrosslexError
from .types import Source

JURISDICTIONS = ("EU", "UK", "FR", "US")
PARSERS = ("formex", "legislation-md", "legi-md", "uslm-md", "bill-md")
REQUIRED = ("id", "id_prefix", "jurisdiction", "language", "title", "short_name", "citation", "aliases",
            "official_url", "corpus_path", "parser", "as_of", "status", "licence", "kind")


def _validate(rec: dict, path: Path) -> Source:
    missing = [k for k in REQUIRED if k not in rec]
    if missing:
        raise CrosslexError(f"{path.name}: missing field(s) {', '.join(missing)}")
    if rec["jurisdiction"] not in JURISDICTIONS:
        raise CrosslexError(f"{path.name}: jurisdiction must be one of {', '.join(JURISDICTIONS)}")
    if rec["parser"] not in PARSERS:
        raise CrosslexError(f"{path.name}: unknown parser {rec['parser']!r}")
    known = set(REQUIRED) | {"status_detail"}
    extra = {k: v for k, v in rec.items() if k not in known}
    return Source(
        **{k: rec[k] for k in REQUIRED if k != "aliases"},
        aliases=tuple(rec["aliases"]),
        status_detail=rec.get("status_detail", ""),
        extra=extra,
    )


@lru_cache(maxsize=4)
def _load(sources_dir: Path) -> tuple[Source, ...]:
    files = sorted(sources_dir.glob("*.toml"))
    if not files:
        raise CrosslexError(f"no source records in {sources_dir}")
    out, seen = [], set()
    for f in files:
        try:
            rec = tomllib.loads(f.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise CrosslexError(f"{f.name}: invalid TOML ({e})") from None
        src = _validate(rec, f)
        if src.id in seen:
            raise CrosslexError(f"{f.name}: duplicate source id {src.id}")
        seen.add(src.id)
        out.append(src)
    return tuple(out)


def load_sources(config: Config | None = None) -> tuple[Source, ...]:
    return _load((config or Config()).sources_dir)


def source_file(source: Source, config: Config) -> Path:
    path = config.require_corpus() / source.corpus_path
    if not path.is_file():
        raise CorpusError(f"{source.id}: corpus file missing: {path}")
    return path


def check_jurisdiction(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    j = value.strip().upper()
    if j not in JURISDICTIONS:
        raise CrosslexError(f"unknown jurisdiction {value!r}: use one of {', '.join(JURISDICTIONS)}")
    return j


def sidecar(source: Source, config: Config) -> dict:
    """The corpus sidecar (<file>.source.json, or <stem>.source.json): provenance, verification, known gaps."""
    import json

    path = config.require_corpus() / source.corpus_path
    for candidate in (path.with_name(path.name + ".source.json"), path.with_suffix(".source.json")):
        if candidate.is_file():
            try:
                return json.loads(candidate.read_text(encoding="utf-8"))
            except ValueError:
                raise CorpusError(f"{source.id}: sidecar {candidate.name} is not valid JSON") from None
    return {}


def known_gaps(source: Source, config: Config) -> list[str]:
    """What the corpus copy lacks or had restored, in words, from the sidecar's structured fields."""
    side = sidecar(source, config)
    out = []
    if side.get("extract"):
        out.append(f"Partial text (extract): {side.get('extract_contents') or 'see the sidecar'}")
    for gap in side.get("missing_text") or []:
        if isinstance(gap, str):
            out.append(gap)
        elif isinstance(gap, dict):
            where, words = gap.get("location", "a passage"), " ".join(str(gap.get("text", "")).split())
            if side.get("completed"):
                out.append(f"Restored at {where} (the rendering dropped it; taken from a second copy): “{words}”")
            else:
                out.append(f"Missing from the rendering at {where}: “{words}”")
    for value in (side.get("known_defects") or {}).values():
        if isinstance(value, str):
            out.append(value)
    return out
