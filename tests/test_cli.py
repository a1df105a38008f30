"""The command line: JSON shapes, batch mode, exit statuses and one-line errors (real subprocesses, but for the
commands that would only load the models again to run code the test process has loaded)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest


def crosslex(args, env, stdin=None):
    return subprocess.run([sys.executable, "-m", "kb.cli", *args], input=stdin, env=env, capture_output=True,
                          text=True, timeout=300)


def test_search_json_shape_and_its_ids_resolve_in_cite(cli_env):
    # the one subprocess here that loads the embedding model: nothing it prints while loading reaches stdout
    r = crosslex(["search", "sexual deepfake penalty", "--jurisdiction", "FR", "-k", "3", "--json"], cli_env)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["query"] == "sexual deepfake penalty" and len(out["results"]) == 3
    for res in out["results"]:
        assert set(res) == {"id", "citation", "jurisdiction", "instrument", "title", "text", "url", "as_of", "status", "score"}
        assert res["jurisdiction"] == "FR"
    # a user who copies the ids search prints can look them up
    ids = [res["id"] for res in out["results"]]
    r = crosslex(["cite", "-"], cli_env, stdin="\n".join(ids) + "\n")
    assert r.returncode == 0 and [json.loads(line)["id"] for line in r.stdout.splitlines()] == ids


def test_batch_mode_one_json_line_per_input_errors_included(cli_env):
    r = crosslex(["cite", "-"], cli_env, stdin="Art. 34 DSA\nArt. 999 DSA\ns. 137 OSA\n")
    lines = [json.loads(l) for l in r.stdout.splitlines()]
    assert [l.get("id") for l in lines] == ["eu/reg/2022/2065/art/34", None, "uk/ukpga/2023/50/section/137"]
    assert lines[1]["input"] == "Art. 999 DSA" and "Articles 1–93" in lines[1]["error"]
    assert r.returncode == 2  # one input failed; the batch still ran to the end


@pytest.mark.parametrize("args, message", [
    (["search", ""], "empty query"),
    (["search", "fines", "--jurisdiction", "DE"], "unknown jurisdiction"),
    (["cite", "Art. 94 DSA"], "Articles 1–93"),
    (["ask", "   "], "empty query"),
])
def test_errors_are_one_line_with_status_2(cli_env, args, message):
    r = crosslex(args, cli_env)
    assert r.returncode == 2
    assert message in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_missing_index_and_corpus(cli_env, tmp_path):
    env = dict(cli_env, CROSSLEX_INDEX=str(tmp_path / "none"))
    r = crosslex(["search", "fines"], env)
    assert r.returncode == 2 and "crosslex ingest" in r.stderr and "Traceback" not in r.stderr
    env = dict(cli_env, CROSSLEX_CORPUS=str(tmp_path / "nowhere"), CROSSLEX_INDEX=str(tmp_path / "ix"))
    r = crosslex(["ingest"], env)
    assert r.returncode == 2 and "CROSSLEX_CORPUS" in r.stderr


def test_ask_and_check_json(cli_env):
    # the commands themselves, in this process (its models are loaded already; a subprocess would spend ~15 s
    # loading them again to run the same code)
    from typer.testing import CliRunner

    from kb.cli import app

    runner = CliRunner()
    r = runner.invoke(app, ["ask", "What is the penalty in France for sharing a sexual deepfake?", "--json"],
                      env=cli_env)
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert not d["abstained"] and d["citations"][0]["quote"]
    r = runner.invoke(app, ["check", "-", "--json"], input="The TAKE IT DOWN Act is a 2025 US law.\n", env=cli_env)
    d = json.loads(r.stdout.splitlines()[0])
    assert d["claims"][0]["verdict"] == "supported"


def test_sources_lists_every_instrument_with_counts(cli_env):
    r = crosslex(["sources", "--json"], cli_env)
    rows = {s["id"]: s for s in json.loads(r.stdout)["sources"]}
    assert rows["eu-dsa"]["provisions"] == 250 and rows["us-bill-119-s-3021"]["status"].startswith("bill")
