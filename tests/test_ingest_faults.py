"""Ingest on a small registry: an unreadable source is named and skipped, the rest ingest; a killed ingest
leaves the previous index serving."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kb.index import current_build, ingest, open_index
from kb.search import search

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def small(config, tmp_path):
    """Three US instruments copied into a private corpus and registry."""
    corpus, sources = tmp_path / "corpus", tmp_path / "sources"
    (corpus / "us").mkdir(parents=True)
    sources.mkdir()
    for name, rec in [("18-usc-2256", "us-usc-18-2256"), ("47-usc-223a", "us-usc-47-223a"),
                      ("enforce-act-s3021-es", "us-bill-119-s-3021")]:
        shutil.copy(config.corpus_root / "us" / f"{name}.md", corpus / "us" / f"{name}.md")
        shutil.copy(config.corpus_root / "us" / f"{name}.source.json", corpus / "us" / f"{name}.source.json")
        shutil.copy(ROOT / "sources" / f"{rec}.toml", sources / f"{rec}.toml")
    return config.with_(corpus_root=corpus, sources_dir=sources, index_dir=tmp_path / "index")


def test_unreadable_source_is_named_and_the_others_ingest(small):
    (small.corpus_root / "us" / "47-usc-223a.md").write_bytes(b"\xff\xfe\x00garbage")
    report = ingest(small)
    assert list(report.errors) == ["us-usc-47-223a"] and "47-usc-223a" in report.errors["us-usc-47-223a"]
    ix = open_index(small)
    assert "us/usc/t18/s2256" in ix.provisions and "us/bill/119/s/3021/sec/2" in ix.provisions


def test_killed_ingest_leaves_the_previous_index_serving(small):
    first = ingest(small)
    before = [h.provision.id for h in search("child pornography definition", index=open_index(small))]
    env = dict(os.environ, CROSSLEX_CORPUS=str(small.corpus_root), CROSSLEX_SOURCES=str(small.sources_dir),
               CROSSLEX_INDEX=str(small.index_dir))
    proc = subprocess.Popen([sys.executable, "-m", "kb.cli", "ingest", "--rebuild"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    builds = small.index_dir / "builds"
    while time.time() < deadline and not any(d.name.endswith(".tmp") for d in builds.iterdir()):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert current_build(small) == first.build
    after = [h.provision.id for h in search("child pornography definition", index=open_index(small))]
    assert after == before
    recovered = ingest(small)
    assert recovered.build != first.build
    assert not any(d.name.endswith(".tmp") for d in builds.iterdir())
