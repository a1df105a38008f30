"""Shared fixtures: the real corpus, one real index built once per session, and a network guard."""
from __future__ import annotations

import ipaddress
import os
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
    cfg = Config().with_(index_dir=tmp_path_factory.mktemp("index"))
    if not cfg.corpus_root.is_dir():
        pytest.fail(f"the corpus is missing at {cfg.corpus_root}: clone beside ../shared or set CROSSLEX_CORPUS")
    return cfg


@pytest.fixture(scope="session")
def built(config):
    """One full ingest of the real corpus, shared by every test that searches."""
    from kb.index import ingest

    report = ingest(config)
    return report


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
