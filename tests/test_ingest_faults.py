"""Ingest on a small registry: an unreadable source is named and skipped, the rest ingest; a killed ingest
leaves the previous index serving."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time


from kb.index import current_build, ingest, open_index
from kb.search import search





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
