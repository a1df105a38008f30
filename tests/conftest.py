"""Shared fixtures: the real corpus, one real index built once per session, and a network guard."""
from __future__ import annotations

import ipaddress
import os
import shutil
import socket
from pathlib import Path

import pytest

from kb.config import Config

DATA = Path(__file__).parent / "data"


def _loopback(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True, scope="session")
def no_outbound_network():
    """Any connection to something other than loopback fails the test that made it."""
    attempts = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(self, address, _real=real_connect):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address):
            attempts.append(address)
            raise OSError(f"crosslex test guard: outbound connection to {address!r} refused")
        return _real(self, address)

    def guarded_ex(self, address):
        return guarded(self, address, _real=real_connect_ex)

    socket.socket.connect, socket.socket.connect_ex = guarded, guarded_ex
    yield attempts
    socket.socket.connect, socket.socket.connect_ex = real_connect, real_connect_ex
    assert not attempts, f"outbound connections attempted: {attempts}"


@pytest.fixture(scope="session")
def config(tmp_path_factory) -> Config:
    # CROSSLEX_TEST_INDEX=<dir> reuses an index already built there (a developer's quick loop); the default,
    # and CI, build a fresh one from the corpus.
    reuse = os.environ.get("CROSSLEX_TEST_INDEX")
    cfg = Config().with_(index_dir=Path(reuse) if reuse else tmp_path_factory.mktemp("index"))
    if not cfg.corpus_root.is_dir():
        pytest.fail(f"the corpus is missing at {cfg.corpus_root}: clone beside ../shared or set CROSSLEX_CORPUS")
    return cfg


@pytest.fixture(scope="session")
def built(config):
    """One full ingest of the real corpus, shared by every test that searches."""
    from kb.index import exists, ingest

    if os.environ.get("CROSSLEX_TEST_INDEX") and exists(config):
        return None
    report = ingest(config)
    return report


@pytest.fixture()
def fresh(built):
    """The report of the suite's own ingest (tests about ingest itself need one)."""
    if built is None:
        pytest.skip("CROSSLEX_TEST_INDEX reuses an existing index: no ingest report in this run")
    return built


@pytest.fixture(scope="session")
def index(config, built):
    from kb.index import open_index

    return open_index(config)


@pytest.fixture(scope="session")
def questions():
    from kb.evaluate import load_questions

    return load_questions(DATA / "questions.yaml")


@pytest.fixture()
def cli_env(config, built):
    env = dict(os.environ)
    env["CROSSLEX_INDEX"] = str(config.index_dir)
    env["CROSSLEX_CORPUS"] = str(config.corpus_root)
    return env


SMALL_SOURCES = [("18-usc-2256", "us-usc-18-2256"), ("47-usc-223a", "us-usc-47-223a"),
                 ("enforce-act-s3021-es", "us-bill-119-s-3021")]


@pytest.fixture()
def small(config, tmp_path):
    """Three US instruments copied into a private corpus and registry: ingests in seconds."""
    root = Path(__file__).resolve().parent.parent
    corpus, sources = tmp_path / "corpus", tmp_path / "sources"
    (corpus / "us").mkdir(parents=True)
    sources.mkdir()
    for name, rec in SMALL_SOURCES:
        shutil.copy(config.corpus_root / "us" / f"{name}.md", corpus / "us")
        shutil.copy(config.corpus_root / "us" / f"{name}.source.json", corpus / "us")
        shutil.copy(root / "sources" / f"{rec}.toml", sources)
    return config.with_(corpus_root=corpus, sources_dir=sources, index_dir=tmp_path / "index")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
