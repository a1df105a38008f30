"""The optional LLM path against a stub OpenAI-compatible server on 127.0.0.1: invented citations and quotes
are removed and reported."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from kb.answer import ask
from kb.errors import CrosslexError


class Stub(BaseHTTPRequestHandler):
    reply = ""
    prompts: list = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        Stub.prompts.append(body["messages"][0]["content"])
        data = json.dumps({"choices": [{"message": {"role": "assistant", "content": Stub.reply}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture()
def stub(index):
    server = HTTPServer(("127.0.0.1", 0), Stub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield index.config.with_(llm_base_url=f"http://127.0.0.1:{server.server_port}/v1", llm_model="stub")
    server.shutdown()


def test_invented_citation_and_quote_are_removed(index, stub):
    q = "What is the penalty in France for sharing a sexual deepfake?"
    plain = ask(q, index=index)
    first = plain.citations[0]
    Stub.reply = (f"In France the offence is defined in article 226-8-1: “{first.quote[:80]}” [1]. "
                  "It is punished by ten years in prison [9]. "
                  "The code says “offenders shall be publicly flogged” [1]. "
                  "This is settled law.")
    index.config = stub
    try:
        a = ask(q, index=index, llm=True)
    finally:
        index.config = stub.with_(llm_base_url=None, llm_model=None)
    reasons = [r["reason"] for r in a.removed]
    assert any("does not exist" in r for r in reasons)       # [9] was never given to the model
    assert any("quote not found" in r for r in reasons)      # the flogging quote is invented
    assert any(r == "no citation" for r in reasons)
    assert "flogged" not in a.answer and "ten years" not in a.answer
    assert a.answer.startswith("In France the offence is defined")
    assert [c.n for c in a.citations] == [1]
    assert "[1]" in Stub.prompts[-1] and first.quote in Stub.prompts[-1]


def test_no_llm_configured_is_a_clear_error(index):
    with pytest.raises(CrosslexError, match="CROSSLEX_LLM_BASE_URL"):
        ask("What is the penalty in France for sharing a sexual deepfake?", index=index, llm=True)
