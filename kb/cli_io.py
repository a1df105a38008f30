"""The `crosslex` command's input and output: one input or a batch from stdin (`-`), JSON lines, and user errors
as one line with exit status 2 (in a batch, reported per line while the batch goes on)."""
from __future__ import annotations

import json
import sys
from typing import Callable

import typer
from rich.console import Console

from .errors import CitationError, CrosslexError

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def fail(message: str) -> None:
    err.print(f"crosslex: error: {message}", markup=False, highlight=False)
    raise typer.Exit(2)


def emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def run(inputs: str, handle: Callable[[str], dict], render: Callable[[dict], None], as_json: bool,
        input_key: str = "query") -> None:
    """One input, or a batch from stdin with `-`: errors in a batch are reported per line and it goes on."""
    if inputs == "-":
        failed = False
        for line in sys.stdin:
            line = line.rstrip("\n")
            try:
                emit(handle(line))
            except CrosslexError as e:
                failed = True
                emit(_error(line, e, input_key))
        raise typer.Exit(2 if failed else 0)
    try:
        result = handle(inputs)
    except CrosslexError as e:
        if as_json:
            emit(_error(inputs, e, input_key))
            raise typer.Exit(2)
        fail(str(e) + _suggest(e))
    if as_json:
        emit(result)
    else:
        render(result)


def _error(value: str, e: CrosslexError, key: str) -> dict:
    d = {key: value, "error": str(e)}
    if isinstance(e, CitationError) and e.suggestions:
        d["suggestions"] = e.suggestions
    return d


def _suggest(e: CrosslexError) -> str:
    return f" (did you mean: {', '.join(e.suggestions)}?)" if isinstance(e, CitationError) and e.suggestions else ""
