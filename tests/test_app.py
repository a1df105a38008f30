"""The Streamlit app: every page through AppTest, then a real browser end to end."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from conftest import free_port

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture()
def app(config, built, monkeypatch):
    monkeypatch.setenv("CROSSLEX_INDEX", str(config.index_dir))
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception
    return at


def goto(at, page):
    at.sidebar.radio[0].set_value(page).run()
    assert not at.exception, at.exception
    return at


def test_ask_page_answers_with_citations_and_abstains(app):
    goto(app, "Ask")
    app.chat_input[0].set_value("What is the penalty in France for sharing a sexual deepfake?").run()
    assert not app.exception
    # The answer first (figures from the quotes, [n] linked), then one expander per provision.
    direct = [m.value for m in app.markdown if m.value.startswith("**France")]
    assert direct and "€60,000" in direct[0] and "€75,000" in direct[0] and "](https://" in direct[0]
    labels = [e.label for e in app.expander]
    assert any("Code pénal, art. 226-8-1" in label for label in labels)
    assert len(labels) == len(set(labels))
    app.chat_input[0].set_value("How long is maternity leave in Japan?").run()
    assert any("Not supported by the corpus" in w.value for w in app.warning)


def test_cite_page_lookup_and_bad_reference(app):
    goto(app, "Cite")
    app.text_input[0].set_value("Art. 34(1) DSA")
    app.button[0].click().run()
    assert [c.value for c in app.code] == ["Regulation (EU) 2022/2065, art 34(1)"]
    assert any("?page=Cite&ref=" in m.value for m in app.markdown)  # neighbours are links
    app.text_input[0].set_value("Art. 999 DSA")
    app.button[0].click().run()
    assert any("Articles 1–93" in e.value for e in app.error)
    assert not app.code  # the previous lookup does not linger above the new result
    app.text_area[0].set_value("la section 188 de l'Online Safety Act 2023 et la loi SREN")
    app.button[1].click().run()
    statuses = " ".join(m.value for m in app.markdown)
    assert "resolved" in statuses and "not in corpus" in statuses


def test_fact_check_page(app):
    goto(app, "Fact-check")
    app.text_area[0].set_value("Grok: X dans le viseur\nThe TAKE IT DOWN Act became law in 2024. Faut-il interdire X ?")
    app.button[0].click().run()
    assert not app.exception
    page = " ".join(m.value for m in app.markdown)
    assert "CONTRADICTED" in page and "not a claim" not in [e.label for e in app.expander]
    labels = [e.label for e in app.expander]
    assert len(labels) == 1 and "CONTRADICTED" in labels[0]  # headline and question carry no evidence


def test_compare_timeline_sources_pages(app):
    goto(app, "Compare")
    app.text_input[0].set_value("sexual deepfakes of adults")
    app.button[0].click().run()
    assert [s.value for s in app.subheader] == ["EU", "UK", "FR", "US"]
    assert any("226-8-1" in m.value and "](http" in m.value for m in app.markdown)
    goto(app, "Timeline")
    assert len(app.expander) >= 20
    goto(app, "Sources")
    headings = [m.value for m in app.markdown if m.value.startswith("#### [")]
    assert len(headings) == 16 and all("](http" in h for h in headings)
    page = " ".join(m.value for m in app.markdown)
    assert "{" not in page and "extract" not in page.lower()  # gaps in words, not raw dicts; the OSA is whole
    assert not any(".venv" in c.value or "site-packages" in c.value for c in app.caption)


def test_bad_input_shows_a_message_not_a_traceback(app):
    goto(app, "Fact-check")
    app.text_area[0].set_value("x" * 30000)
    app.button[0].click().run()
    assert not app.exception and any("too long" in e.value for e in app.error)


# ---------------------------------------------------------------- real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")




@pytest.mark.browser
def test_end_to_end_in_headless_chromium(config, built, tmp_path):
    if not CHROMIUM:
        pytest.fail("Debian's chromium is not installed (apt-get install chromium): the browser test cannot run")
    from playwright.sync_api import sync_playwright

    port = free_port()
    env = dict(os.environ, CROSSLEX_INDEX=str(config.index_dir))
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", APP, "--server.port", str(port),
                               "--server.address", "127.0.0.1", "--server.headless", "true",
                               "--browser.gatherUsageStats", "false"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 90
        while True:
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.5)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
            box = page.get_by_placeholder("Ask about the DSA", exact=False)
            box.wait_for(timeout=120_000)
            box.fill("What is the penalty in France for sharing a sexual deepfake?")
            box.press("Enter")
            page.get_by_text("Code pénal, art. 226-8-1", exact=False).first.wait_for(timeout=120_000)
            shots = {"ask": tmp_path / "ask.png"}
            page.screenshot(path=str(shots["ask"]), full_page=True)
            for name, ready in [("Sources", "What the corpus lacks"), ("Timeline", "Timeline of regulatory actions")]:
                page.get_by_text(name, exact=True).first.click()
                page.get_by_text(ready, exact=False).first.wait_for(timeout=60_000)
                if name == "Timeline":
                    page.locator(".vega-embed").first.wait_for(timeout=60_000)
                else:  # every official link is a real link (the table renders after the page's heading text:
                    # counting at once failed one run in two on a loaded machine)
                    link = page.locator("a[href^='https://www.legislation.gov.uk/ukpga/2023/50']")
                    link.first.wait_for(timeout=60_000)
                    assert link.count() >= 1
                page.wait_for_timeout(1500)
                shots[name.lower()] = tmp_path / f"{name.lower()}.png"
                page.screenshot(path=str(shots[name.lower()]), full_page=True)
            # The fact-check page shows the article itself, each sentence marked (seen only in a real browser:
            # inline HTML through st.markdown rendered as an empty box).
            page.get_by_text("Fact-check", exact=True).first.click()
            page.locator("textarea").first.wait_for(timeout=60_000)
            page.locator("textarea").first.fill((Path(__file__).parent / "data" / "article_fr_2026-01-12.txt").read_text(encoding="utf-8"))
            page.get_by_role("button", name="Check").click()
            page.get_by_text("Sentence by sentence").first.wait_for(timeout=120_000)
            # Streamlit loads the html element's code lazily: it can appear after the heading that follows it.
            page.locator("sup").nth(7).wait_for(timeout=60_000)  # every sentence numbered in the annotated article
            assert page.get_by_text("Un porte-parole du Premier ministre", exact=False).count() >= 1
            shots["fact-check"] = tmp_path / "fact-check.png"
            page.screenshot(path=str(shots["fact-check"]))
            page.set_viewport_size({"width": 420, "height": 900})
            page.wait_for_timeout(1000)
            shots["fact-check-420"] = tmp_path / "fact-check-420.png"
            page.screenshot(path=str(shots["fact-check-420"]), full_page=False)
            browser.close()
        for name, shot in shots.items():
            assert shot.stat().st_size > 10_000, name
            print(f"screenshot {name}: {shot}")
    finally:
        server.terminate()
        server.wait(timeout=30)
