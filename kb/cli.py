"""The `crosslex` command: a thin shell over the kb API.

Every command that takes an input accepts `-` to read one input per stdin line and write one JSON object per
line, in order, with the model loaded once. User errors print one line and exit with status 2.
"""
from __future__ import annotations

import sys
from typing import Optional

import typer
from rich.table import Table

from .cli_io import emit, err, fail, out, run
from .config import Config
from .errors import CrosslexError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Cross-jurisdiction legal knowledge base with cited answers.")


# ---------------------------------------------------------------- ingest / sources / search


@app.command()
def ingest(rebuild: bool = typer.Option(False, "--rebuild", help="Start over instead of reusing unchanged sources."),
           if_missing: bool = typer.Option(False, "--if-missing", help="Do nothing when an index is already served."),
           as_json: bool = typer.Option(False, "--json")):
    """Parse the corpus, embed and index it; the new index replaces the old one only when complete."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from . import index as kb_index

    config = Config()
    if if_missing and kb_index.exists(config):
        out.print(f"index present at {config.index_dir} (build {kb_index.current_build(config)})")
        return
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=as_json) as bar:
            tasks = {}

            def progress(stage, done, total):
                label = {"parse": "documents", "embed": "chunks embedded", "lexical": "lexical index",
                         "cross-lingual": "headings encoded (cross-lingual)", "facts": "facts read"}.get(stage, stage)
                if stage not in tasks:
                    tasks[stage] = bar.add_task(label, total=total)
                bar.update(tasks[stage], completed=done, total=total)

            report = kb_index.ingest(config, rebuild=rebuild, progress=progress)
    except CrosslexError as e:
        fail(str(e))
    if as_json:
        emit(report.to_dict())
        return
    for sid, msg in report.errors.items():
        err.print(f"[yellow]warning[/]: {msg}", highlight=False)
    out.print(f"ingested {len(report.sources)} sources: {report.provisions} provisions, {report.chunks} chunks "
              f"({report.embedded} embedded, {report.reused} reused) in {report.seconds:.1f} s "
              f"(embedding {report.embed_seconds:.1f} s) -> build {report.build}")
    if report.errors:
        raise typer.Exit(2)


@app.command()
def sources(as_json: bool = typer.Option(False, "--json")):
    """The source registry: status, as-of date and provisions per instrument."""
    from . import index as kb_index
    from .registry import load_sources

    config = Config()
    try:
        srcs = load_sources(config)
        counts = {}
        if kb_index.exists(config):
            counts = kb_index.open_index(config).manifest["sources"]
    except CrosslexError as e:
        fail(str(e))
    rows = [{"id": s.id, "jurisdiction": s.jurisdiction, "title": s.short_name, "status": s.status, "as_of": s.as_of,
             "provisions": counts.get(s.id, {}).get("top_level"), "official_url": s.official_url,
             "corpus_path": s.corpus_path} for s in srcs]
    if as_json:
        emit({"sources": rows})
        return
    t = Table("jur.", "instrument", "status", "as of", "provisions")
    for r in rows:
        t.add_row(r["jurisdiction"], r["title"], r["status"], r["as_of"],
                  "-" if r["provisions"] is None else str(r["provisions"]))
    out.print(t)
    if not counts:
        out.print("(no index yet: run `crosslex ingest` for provision counts)")


def hit_json(h) -> dict:
    p = h.provision
    return {"id": p.id, "citation": p.citation, "jurisdiction": p.jurisdiction, "instrument": p.instrument,
            "title": p.heading, "text": p.text, "url": p.url, "as_of": p.as_of, "status": p.status, "score": h.score}


@app.command()
def search(query: str = typer.Argument(..., help="Search text, or - for one query per stdin line."),
           k: int = typer.Option(5, "-k", help="Number of provisions."),
           jurisdiction: Optional[str] = typer.Option(None, "--jurisdiction", "-j", help="EU, UK, FR or US."),
           as_json: bool = typer.Option(False, "--json")):
    """Hybrid search over every provision."""
    from .search import search as do_search

    def handle(q: str) -> dict:
        return {"query": q, "results": [hit_json(h) for h in do_search(q, k=k, jurisdiction=jurisdiction)]}

    def render(res: dict) -> None:
        if not res["results"]:
            out.print("no results")
        for i, r in enumerate(res["results"], 1):
            out.print(f"[bold]{i}. {r['citation']}[/] — {r['title']}  [dim]{r['status']}, as of {r['as_of']}[/]")
            out.print(f"   {r['text'][:300].replace(chr(10), ' ')}…", markup=False, highlight=False)
            out.print(f"   [link={r['url']}]{r['url']}[/link]", highlight=False)

    run(query, handle, render, as_json or query == "-")


def main() -> None:  # pragma: no cover
    app()


# ---------------------------------------------------------------- cite / ask


@app.command()
def cite(reference: Optional[str] = typer.Argument(None, help="A reference, or - for one per stdin line."),
         extract: bool = typer.Option(False, "--extract", help="Find every reference in a text (stdin or --file)."),
         file: Optional[str] = typer.Option(None, "--file", help="With --extract: read the text from this file."),
         as_json: bool = typer.Option(False, "--json")):
    """Look up a reference ("Art. 34 DSA", "18 U.S.C. § 2256(8)(B)") or extract every reference from a text."""
    from .citation import cite as do_cite, extract as do_extract

    if extract:
        try:
            text = open(file, encoding="utf-8").read() if file else (reference if reference not in (None, "-") else sys.stdin.read())
            found = do_extract(text)
        except (OSError, UnicodeDecodeError) as e:
            fail(f"cannot read {file}: {e}")
        except CrosslexError as e:
            fail(str(e))
        if as_json:
            emit({"references": found})
            return
        if not found:
            out.print("no references found")
        marks = {"resolved": "[green]✓[/]", "not in corpus": "[yellow]∅[/]", "unresolved": "[red]✗[/]",
                 "not recognised": "[red]?[/]"}
        for f in found:
            if f["resolved"]:
                detail = f"{f['citation']} ({f['legal_status']})  {f['url']}"
            else:
                detail = f"{f['status']}: {f['error']}"
            short = " [dim](short form)[/]" if f.get("short_form") else ""
            out.print(f"{marks[f['status']]} {f['text']!r}{short} → {detail}", highlight=False)
        return
    if reference is None:
        fail("give a reference, - for stdin, or --extract")

    def render(r: dict) -> None:
        out.print(f"[bold]{r['citation']}[/] — {r['title']}", highlight=False)
        out.print(f"{r['house_citation']}  [dim]({r['status']}; as of {r['as_of']})[/]", highlight=False)
        if r.get("note"):
            out.print(f"[yellow]note:[/] {r['note']}", highlight=False)
        if r["pinpoint"]:
            out.print(f"\n[bold]{r['pinpoint']['house_citation']}[/]", highlight=False)
            out.print(r["pinpoint"]["text"], markup=False, highlight=False)
        else:
            out.print(r["text"], markup=False, highlight=False)
        out.print(r["url"], highlight=False)

    run(reference, lambda ref: do_cite(ref), render, as_json or reference == "-", input_key="input")


@app.command()
def ask(question: str = typer.Argument(..., help="A question, or - for one per stdin line."),
        jurisdiction: Optional[str] = typer.Option(None, "--jurisdiction", "-j", help="EU, UK, FR or US."),
        llm: bool = typer.Option(False, "--llm", help="Let an OpenAI-compatible LLM write prose over the verified evidence."),
        as_json: bool = typer.Option(False, "--json")):
    """Answer from verbatim quotes with numbered citations, or say the corpus does not support an answer."""
    from .answer import ask as do_ask

    def render(r: dict) -> None:
        out.print(r["answer"], markup=False, highlight=False)
        for c in r["citations"]:
            out.print(f"  [{c['n']}] {c['citation']} — {c['url']}", markup=False, highlight=False)
        for rm in r.get("removed", []):
            out.print(f"  [yellow]removed (unverified):[/] {rm['sentence']} ({rm['reason']})", highlight=False)

    run(question, lambda q: do_ask(q, jurisdiction=jurisdiction, llm=llm).to_dict(), render,
        as_json or question == "-", input_key="question")


# ---------------------------------------------------------------- check / actions / compare


@app.command()
def check(text: Optional[str] = typer.Argument(None, help="A claim, paragraph or article; - for one claim per stdin line."),
          file: Optional[str] = typer.Option(None, "--file", help="Check the whole text of this file (- for stdin)."),
          published: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for relative dates."),
          fmt: str = typer.Option("text", "--format", help="text, md or html (the annotated report)."),
          as_json: bool = typer.Option(False, "--json")):
    """Fact-check claims or a whole article: supported, contradicted, unverifiable or not a claim."""
    from datetime import date

    from .check_text import check as do_check
    from .report import to_html, to_markdown

    colours = {"supported": "green", "contradicted": "red", "unverifiable": "yellow", "not a claim": "dim"}
    if fmt not in ("text", "md", "html"):
        fail(f"--format takes text, md or html, not {fmt!r}")
    try:
        when = date.fromisoformat(published) if published else None
    except ValueError:
        fail(f"--date {published!r} is not a date (YYYY-MM-DD)")
    if file is not None:
        try:
            text = sys.stdin.read() if file == "-" else open(file, encoding="utf-8").read()
        except (OSError, UnicodeDecodeError) as e:
            fail(f"cannot read {file}: {e}")
    if text is None:
        fail("give a claim or text, - for one claim per stdin line, or --file")

    def render(r: dict) -> None:
        if fmt == "md":
            sys.stdout.write(to_markdown(r))
            return
        if fmt == "html":
            sys.stdout.write(to_html(r))
            return
        if r.get("published"):
            out.print(f"[dim]publication date {r['published']}{' — ' + r['published_from'] if r.get('published_from') else ''}[/]")
        for c in r["claims"]:
            out.print(f"[{colours[c['verdict']]}]{c['verdict'].upper()}[/] {c['text']}", highlight=False)
            if c["verdict"] == "not a claim":
                continue
            out.print(f"  {c['explanation']}", markup=False, highlight=False)
            if c.get("correction"):
                out.print(f"  correction: {c['correction']}", markup=False, highlight=False)
            for cav in c.get("caveats", []):
                out.print(f"  caveat: {cav}", markup=False, highlight=False)
            for e in c["evidence"]:
                out.print(f"  — {e['citation']}: “{e['quote']}” {e['url']}", markup=False, highlight=False)

    if file is not None:
        run(text, lambda t: do_check(t, published=when), render, as_json, input_key="input")
    else:
        run(text, lambda t: do_check(t, published=when), render, as_json or text == "-", input_key="input")


@app.command()
def actions(jurisdiction: Optional[str] = typer.Option(None, "--jurisdiction", "-j"),
            target: Optional[str] = typer.Option(None, "--target", help="Substring of the target, e.g. X or Grok."),
            since: Optional[str] = typer.Option(None, "--since", help="YYYY, YYYY-MM or YYYY-MM-DD."),
            as_json: bool = typer.Option(False, "--json")):
    """The regulatory-actions timeline, newest first, each linked to the provisions it names."""
    from .actions import load_actions, timeline
    from .index import open_index

    try:
        index = open_index()
        items = timeline(index, jurisdiction, target, since)
        _, problems = load_actions(index.config)
    except CrosslexError as e:
        fail(str(e))
    if as_json:
        emit({"actions": [a.to_dict() for a in items], "problems": [p.__dict__ for p in problems]})
        return
    for a in items:
        links = ", ".join(l["citation"] if l["resolved"] else f"{l['text'].split(' (')[0]} (not in corpus)" for l in a.links)
        amount = f" — EUR {a.amount_eur:,.0f}" if a.amount_eur else ""
        out.print(f"[bold]{a.date}[/] [{a.jurisdiction}] {a.authority}: {a.action_type}{amount}", highlight=False)
        out.print(f"   target: {a.target}; confidence: {a.confidence}", markup=False, highlight=False)
        if links:
            out.print(f"   provisions: {links}", markup=False, highlight=False)
    for p in problems:
        err.print(f"[yellow]malformed record[/] {p.record} in {p.file}: {p.reason}", highlight=False)


@app.command()
def compare(topic: str = typer.Argument(..., help="A topic, or - for one per stdin line."),
            as_json: bool = typer.Option(False, "--json")):
    """One row per jurisdiction: governing provision, key quote, figures, status and date."""
    from .compare import compare as do_compare

    def render(r: dict) -> None:
        t = Table("jur.", "provision", "key quote", "figures", "status / as of", show_lines=True)
        for row in r["rows"]:
            if not row["found"]:
                t.add_row(row["jurisdiction"], "—", row["note"], "", "")
                continue
            t.add_row(row["jurisdiction"], row["citation"], row["key_quote"][:300], "; ".join(row["figures"]),
                      f"{row['status']}\n{row['as_of']}")
        out.print(t)

    run(topic, do_compare, render, as_json or topic == "-", input_key="topic")


# ---------------------------------------------------------------- eval


@app.command(name="eval")
def evaluate(what: str = typer.Argument(..., help="answers, references, lookup, claims or retrieval"),
             path: str = typer.Argument(..., help="A question, reference or claim set (YAML), e.g. tests/data/heldout/questions.yaml"),
             as_json: bool = typer.Option(False, "--json")):
    """Score a set: answer quality, reference extraction or lookup, claim verdicts or retrieval recall."""
    from pathlib import Path

    import yaml

    from . import evaluate as ev
    from .index import open_index

    runs = {"answers": ev.evaluate_answers, "references": ev.evaluate_references, "claims": ev.evaluate_claims,
            "lookup": ev.evaluate_lookup, "retrieval": ev.evaluate_retrieval}
    if what not in runs:
        fail(f"eval takes {', '.join(runs)}, not {what!r}")
    try:
        items = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        fail(f"cannot read {path}: {e}")
    try:
        result = runs[what](items, index=open_index())
    except CrosslexError as e:
        fail(str(e))
    if what == "answers":
        result["twins"] = ev.twins(result, items)
    if as_json:
        emit(result)
        return
    for key, value in result.items():
        if key not in ("rows", "misses"):
            out.print(f"{key}: {round(value, 3) if isinstance(value, float) else value}", highlight=False)
    for m in result.get("misses", []) + [r for r in result.get("rows", []) if r.get("figures_missing") or
                                          (not r["out"] and not r.get("on_target")) or (r["out"] != r["abstained"])]:
        out.print(f"  miss: {m}", markup=False, highlight=False)


# ---------------------------------------------------------------- bench


@app.command()
def bench(queries: int = typer.Option(100, "--queries", help="Warm search and cite calls to time."),
          ask_queries: int = typer.Option(30, "--ask-queries", help="Warm ask calls to time."),
          scale: str = typer.Option("10000,100000", "--scale", help="Synthetic index sizes (chunks), comma-separated."),
          as_json: bool = typer.Option(False, "--json")):
    """Benchmarks: ingest vs bare encode, warm latencies, index size, memory and a scale series."""
    from . import bench as kb_bench

    try:
        sizes = tuple(int(x) for x in scale.split(",") if x.strip())
    except ValueError:
        fail(f"--scale takes chunk counts like 10000,100000, not {scale!r}")
    try:
        result = kb_bench.run(Config(), queries=queries, ask_queries=ask_queries, scale=sizes,
                              progress=lambda msg: err.print(f"[dim]bench: {msg}…[/]"))
    except CrosslexError as e:
        fail(str(e))
    if as_json:
        emit(result)
        return
    t = Table("metric", "value")
    for key, value in result.items():
        if key != "scale":
            t.add_row(key, str(value))
    for row in result["scale"]:
        t.add_row(f"scale {row['chunks']} chunks", f"search p50 {row['search_p50_ms']} ms, p95 {row['search_p95_ms']} ms")
    out.print(t)


if __name__ == "__main__":  # python -m kb.cli
    app()
