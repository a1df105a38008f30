"""One parser per corpus format. Each turns a source file into a list of verbatim provisions."""
from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..errors import CorpusError
from ..registry import source_file
from ..types import Provision, Source
from . import bill_md, formex, legi_md, legislation_md, uslm_md

PARSERS = {
    "formex": formex.parse,
    "legislation-md": legislation_md.parse,
    "legi-md": legi_md.parse,
    "uslm-md": uslm_md.parse,
    "bill-md": bill_md.parse,
}


def parse_file(source: Source, path: Path) -> list[Provision]:
    try:
        provisions = PARSERS[source.parser](path, source)
    except CorpusError:
        raise
    except Exception as e:  # a corrupt file must name itself, not crash the ingest of others
        raise CorpusError(f"{source.id}: cannot parse {path.name}: {type(e).__name__}: {e}") from e
    if not provisions:
        raise CorpusError(f"{source.id}: {path.name} yielded no provisions")
    return provisions


def parse_source(source: Source, config: Config) -> list[Provision]:
    return parse_file(source, source_file(source, config))
