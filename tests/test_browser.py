"""End-to-end tests in a real headless Chromium: the web app as an analyst uses it.

The real server (uvicorn) runs in a thread on a free port; Playwright drives Debian's chromium
(``/usr/bin/chromium``, installed by ``scripts/test.sh``; Playwright's own browser download is
never used). Each test writes a screenshot to ``tests/artifacts/screenshots/`` for review.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from test_server_corpus import OPINION_WITH_SPEECH, build_test_store

CHROMIUM = Path(os.environ.get("SPINSCOPE_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = Path(__file__).resolve().parent / "artifacts" / "screenshots"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: run scripts/test.sh (installs Debian's chromium with apt) "
                "or set SPINSCOPE_CHROMIUM", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server_url(nlp, tmp_path_factory):
    """The real app on uvicorn, serving a small store built from the bundled samples."""
    import uvicorn

    from spinscope.server import ServerSettings, create_app

    db = build_test_store(nlp, tmp_path_factory.mktemp("store") / "corpus.duckdb")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(ServerSettings(db=db), nlp), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            # --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start
            args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    blocked = []
    # the pages must work with no resource from the internet: fail on any outside request
    page.route(lambda url: not url.startswith("http://127.0.0.1"), lambda route: (blocked.append(route.request.url), route.abort()))
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert not blocked, f"pages requested outside resources: {blocked}"
    assert not errors, f"JavaScript errors: {errors}"


def _shot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_paste_text_see_highlights_toggle_and_hover(page, server_url):
    page.goto(server_url + "/")
    page.fill("#text", OPINION_WITH_SPEECH)
    _shot(page, "01-analyse-form")
    page.click("#analyse")
    page.wait_for_selector(".sp")
    spans = page.locator(".sp")
    assert spans.count() > 0
    assert page.locator("#genre .bars").is_visible()
    assert page.locator("article h2").inner_text().startswith("The harbour betrayal")
    _shot(page, "02-article-highlights")

    # switch one technique off in the legend: its spans lose their highlight, others keep theirs
    label = spans.first.get_attribute("data-l")
    page.click("nav.legend summary")
    page.locator(f'input[data-toggle="l"][value="{label}"]').uncheck()
    assert page.locator(f'.sp[data-l="{label}"]:not(.off)').count() == 0
    others = page.locator(f'.sp:not([data-l="{label}"])')
    if others.count():
        assert page.locator(f'.sp:not([data-l="{label}"]).off').count() == 0
    style = page.locator(f'.sp[data-l="{label}"]').first.evaluate("e => getComputedStyle(e).borderBottomColor")
    assert style in ("rgba(0, 0, 0, 0)", "transparent")
    page.locator(f'input[data-toggle="l"][value="{label}"]').check()
    assert page.locator(f'.sp[data-l="{label}"].off').count() == 0

    # hovering a span shows its technique, score and definition
    target = page.locator(".sp").first
    target.scroll_into_view_if_needed()
    target.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    card = tip.locator(".tcard").first
    assert card.locator(".tdef").inner_text()
    assert card.locator(".tscore").inner_text().replace(".", "").isdigit()
    _shot(page, "03-hover-card")


def test_scripts_in_pasted_text_stay_text(page, server_url):
    page.goto(server_url + "/")
    page.fill("#text", "Alarm <img src=x onerror=\"window.__pwned=1\">\n\n"
                       "The corrupt council <script>window.__pwned=2</script> betrayed us again, a disgrace.")
    page.click("#analyse")
    page.wait_for_selector("article h2")
    assert page.evaluate("window.__pwned") is None
    assert "<img src=x" in page.locator("article h2").inner_text()
    assert page.locator("article img").count() == 0


def test_dashboard_charts_list_filters_and_article(page, server_url):
    page.goto(server_url + "/corpus")
    assert page.locator("#charts svg").count() >= 3
    rows = page.locator("#article-list tbody tr")
    total = rows.count()
    assert total >= 4
    _shot(page, "04-corpus-dashboard")
    page.fill("#lang", "fr")
    page.click("#apply-filters")
    page.wait_for_url("**/corpus?*lang=fr*")
    assert 1 <= rows.count() < total
    assert all(cell == "fr" for cell in page.locator("#article-list tbody tr td:nth-child(4)").all_inner_texts())
    rows.first.locator("a").click()
    page.wait_for_selector("article h2")
    assert page.url.startswith(server_url + "/articles/")
    _shot(page, "05-stored-article")


def test_upload_a_file(page, server_url):
    from importlib import resources

    sample = Path(str(resources.files("spinscope") / "samples" / "en_blog_scraped_page.html"))
    page.goto(server_url + "/")
    page.set_input_files("#file", str(sample))
    page.click("#analyse")
    page.wait_for_selector("article h2")
    assert "en_blog_scraped_page.html" in page.locator("dl.meta").inner_text()
