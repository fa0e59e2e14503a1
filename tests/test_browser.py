"""Browser tests: Playwright drives Debian's Chromium (headless) over the report and the app.

``make test`` installs the ``chromium`` package when it can; where there is no Chromium these tests
skip and say so. Screenshots land in ``test-artifacts/`` for people to look at.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest
import uvicorn
from conftest import ROOT

from presslens.report.html import render_report
from presslens.web.app import ServerSettings, create_app

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# The flags keep Chromium from reaching for Google's servers, which this network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it with apt-get)"
)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("request", lambda request: None if request.url.startswith(("file:", "http://127.0.0.1"))
            else errors.append(f"unexpected request {request.url}"))
    yield page
    context.close()
    assert errors == []


@pytest.fixture(scope="module")
def server(nlp):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(ServerSettings()), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert time.monotonic() < deadline, "the app did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def _sevimlisoy(seed_analysis) -> str:
    return next(s.id for s in seed_analysis.speakers if s.canonical_name == "Alp Sevimlisoy")


def _check_speaker_view(page, speaker_id: str, expected_quotes: int, shot: str) -> None:
    card = page.locator(f"section.card[data-speaker='{speaker_id}']")
    assert card.locator("h3").inner_text() == "Alp Sevimlisoy"
    assert card.locator(".quote-count").inner_text() == str(expected_quotes)
    quotes = page.locator(f"mark.quote[id][data-speaker='{speaker_id}']")
    assert quotes.count() == expected_quotes
    colour = quotes.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    # Keyboard: the card's button moves focus to his first quote and the detail panel names him.
    card.locator("button.next-quote").click()
    assert page.evaluate("document.activeElement.dataset.speaker") == speaker_id
    assert "Alp Sevimlisoy" in page.locator("#detail-panel").inner_text()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "MARK"
    # Toggle the quotes layer off: the highlight colour goes; on again: it comes back.
    page.locator("#toggle-quotes").uncheck()
    assert quotes.first.evaluate("m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.locator("#toggle-quotes").check()
    assert quotes.first.evaluate("m => getComputedStyle(m).backgroundColor") == colour
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / shot), full_page=True)


def test_report_in_chromium(page, seed_analysis, tmp_path):
    report = tmp_path / "seed.html"
    report.write_text(render_report(seed_analysis), encoding="utf-8")
    page.goto(report.as_uri())
    speaker = _sevimlisoy(seed_analysis)
    own = sum(1 for a in seed_analysis.attributions if a.speaker_id == speaker)
    _check_speaker_view(page, speaker, own, "report-seed.png")
    page.emulate_media(media="print")
    assert page.locator("nav.layers").is_hidden()


def test_app_in_chromium(page, server, seed_analysis):
    page.goto(server + "/")
    page.get_by_role("link", name="Or analyse the bundled example article").click()
    page.wait_for_selector("section.card")
    speaker = _sevimlisoy(seed_analysis)
    own = sum(1 for a in seed_analysis.attributions if a.speaker_id == speaker)
    _check_speaker_view(page, speaker, own, "app-example.png")
    page.goto(server + "/")
    page.get_by_role("textbox", name="Article").fill('<img src=x onerror="window.pwned=1"> The mayor said: "No."')
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_selector("mark.quote")
    assert page.evaluate("window.pwned") is None
    assert page.locator("img").count() == 0
