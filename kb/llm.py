"""Optional LLM prose over numbered evidence, behind the same verification as the default path.

Any OpenAI-compatible endpoint (CROSSLEX_LLM_BASE_URL, CROSSLEX_LLM_MODEL, CROSSLEX_LLM_API_KEY). The model
may only cite the numbered evidence it was given; every sentence's citations and every quoted string are
checked against the cited provision's text, and what fails is removed and reported.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

from .errors import CrosslexError

PROMPT = """You answer questions about law using ONLY the numbered evidence below.
Write 2-5 sentences. End every sentence with the evidence numbers it relies on, like [1] or [1][3].
When you quote, copy words exactly inside “ ” quotation marks. If the evidence does not answer, say so.

Question: {question}

Evidence:
{evidence}"""

CITE = re.compile(r"\[(\d{1,3})\]")
QUOTE = re.compile(r"[“\"]([^”\"]{8,})[”\"]")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])|(?<=\])\s+(?=[A-Z“\"(])")


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def complete(prompt: str, config) -> str:
    if not config.llm_base_url or not config.llm_model:
        raise CrosslexError("no LLM configured: set CROSSLEX_LLM_BASE_URL and CROSSLEX_LLM_MODEL")
    body = json.dumps({"model": config.llm_model, "temperature": 0,
                       "messages": [{"role": "user", "content": prompt}]}).encode()
    req = urllib.request.Request(config.llm_base_url.rstrip("/") + "/chat/completions", data=body,
                                 headers={"Content-Type": "application/json",
                                          "Authorization": f"Bearer {config.llm_api_key or 'none'}"})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            data = json.loads(resp.read())
        return data["choices"][0]["message"]["content"]
    except (urllib.error.URLError, TimeoutError, KeyError, IndexError, ValueError) as e:
        raise CrosslexError(f"LLM endpoint {config.llm_base_url} failed: {e}") from None


def verify(prose: str, evidence: list) -> tuple[list[str], list[dict], set[int]]:
    """(kept sentences, removed sentences with reasons, evidence numbers used)."""
    by_n = {e.n: e for e in evidence}
    kept, removed, used = [], [], set()
    for sentence in (s.strip() for s in SENTENCE.split(prose.strip())):
        if not sentence:
            continue
        numbers = {int(n) for n in CITE.findall(sentence)}
        unknown = sorted(n for n in numbers if n not in by_n)
        reason = None
        if not numbers:
            reason = "no citation"
        elif unknown:
            reason = f"cites evidence that does not exist: {unknown}"
        else:
            texts = [_norm(by_n[n].top.text) for n in numbers]
            for q in QUOTE.findall(sentence):
                if not any(_norm(q) in t for t in texts):
                    reason = f"quote not found in the cited text: “{q}”"
                    break
        if reason:
            removed.append({"sentence": sentence, "reason": reason})
        else:
            kept.append(sentence)
            used |= numbers
    return kept, removed, used


def llm_answer(question: str, evidence: list, index, searched: dict, confidence: float):
    from .answer import Answer, compose

    block = "\n".join(f"[{e.n}] {e.provision.citation} ({e.provision.status}): {e.quote}" for e in evidence)
    prose = complete(PROMPT.format(question=question, evidence=block), index.config)
    kept, removed, used = verify(prose, evidence)
    cited = [e for e in evidence if e.n in used]
    if not kept:
        # Nothing the model wrote survived: fall back to the verified quotes themselves.
        return Answer(question, compose(evidence), False, evidence, searched, [], confidence, removed)
    text = " ".join(kept) + "\n\n" + compose(cited)
    return Answer(question, text, False, cited, searched, [], confidence, removed)
