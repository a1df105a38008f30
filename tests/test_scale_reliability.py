"""Server mode (a real `chroma run` on loopback), concurrent searches during an ingest, and bench."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import free_port
from kb.index import ingest, open_index
from kb.search import search

CHROMA = Path(sys.executable).parent / "chroma"






@pytest.fixture()
def chroma_server(tmp_path):
    port = free_port()
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(tmp_path / "chroma-data"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=dict(os.environ, ANONYMIZED_TELEMETRY="False"))
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2)
            break
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("chroma server did not start")
            time.sleep(0.3)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=30)


def test_server_mode_ingests_and_searches(small, chroma_server):
    cfg = small.with_(chroma_url=chroma_server)
    first = ingest(cfg)
    ix = open_index(cfg)
    assert ix.manifest["chroma_url"] == chroma_server and ix.vectors.count() == first.chunks
    assert search("definition of child pornography", index=ix)[0].provision.id == "us/usc/t18/s2256"
    again = ingest(cfg)  # a second build goes into its own collection, the first is kept, older ones dropped
    assert again.reused == first.chunks and again.embedded == 0
    assert open_index(cfg).vectors.count() == first.chunks


def test_concurrent_searches_during_an_ingest(small):
    ingest(small)
    errors, answers = [], []
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            try:
                ix = open_index(small)
                hits = search("notice and removal of intimate images", index=ix)
                answers.append((ix.build, len(ix.chunks), hits[0].provision.id))
            except Exception as e:  # any error at all fails the test
                errors.append(repr(e))

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        ingest(small, rebuild=True)
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert not errors, errors[:3]
    assert answers and {a[2] for a in answers} == {"us/usc/t47/s223a"}
    sizes = {a[1] for a in answers}
    assert len(sizes) == 1  # every answer came from a complete index


def test_bench_reports_every_field(small):
    from kb.bench import run

    result = run(small, queries=10, ask_queries=3, scale=(500,))
    for key in ["ingest_s", "embed_s", "ingest_over_embed", "search_p50_ms", "search_p95_ms", "cite_p50_ms",
                "cite_p95_ms", "ask_p50_ms", "ask_p95_ms", "index_mb", "peak_rss_mb", "scale"]:
        assert key in result and result[key] is not None, key
    assert result["scale"][0]["chunks"] == 500 and result["scale"][0]["search_p50_ms"] > 0
    json.dumps(result)
