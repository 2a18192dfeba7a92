"""The web app's JSON API and pages through FastAPI's test client: analysis, errors, limits,
token, escaping, and no file-system access from request paths."""

from __future__ import annotations

import time
from importlib import resources
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from spinscope.pipeline import Pipeline
from spinscope.server import ServerSettings, create_app

OPINION = (
    "The great harbour betrayal\n\n"
    "Once again the corrupt elite in the town hall has betrayed every decent family in this town. "
    "Everyone knows the harbour deal is a disgraceful giveaway to their rich friends.\n\n"
    "If we let them pave the wetlands today, tomorrow they will sell the beaches and then our schools. "
    "We must act now, before it is too late!\n\n"
    "The mayor said the plan would create 300 jobs, a figure nobody has checked."
)
HOSTILE = (
    "Title <script>alert('title')</script>\n\n"
    "The shameful, corrupt council <img src=x onerror=\"alert('xss')\"> betrayed us again. "
    "</p></span><script>document.title='pwned'</script> Disgraceful!"
)


def _client(nlp, **settings) -> TestClient:
    return TestClient(create_app(ServerSettings(**settings), nlp))


@pytest.fixture(scope="module")
def client(nlp):
    with _client(nlp) as c:
        yield c


def _sample(name: str) -> Path:
    return Path(str(resources.files("spinscope") / "samples" / name))


def test_health_names_the_model(client, nlp):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["model_version"] == nlp.model_version
    assert body["store"] is False


def test_analyze_text_returns_the_json_contract(client, nlp):
    response = client.post("/api/analyze", json={"text": OPINION, "source": "Harbour Herald", "lang": "en"})
    assert response.status_code == 200
    report = response.json()
    # the same dict the library gives for the same text
    expected = nlp.to_dict(nlp(OPINION, id=report["id"], input="pasted text", source="Harbour Herald", lang="en"))
    assert report == expected
    assert report["title"] == "The great harbour betrayal"
    assert report["source"] == "Harbour Herald"
    assert report["spans"], "an article this loaded should have technique spans"
    for span in report["spans"]:
        assert report["text"][span["start"]:span["end"]] == span["text"]
    # ids come from the content: the same text gets the same id
    assert client.post("/api/analyze", json={"text": OPINION}).json()["id"] == report["id"]


def test_analyze_html_and_file_upload(client):
    page = _sample("en_blog_scraped_page.html").read_text(encoding="utf-8")
    by_json = client.post("/api/analyze", json={"html": page}).json()
    assert by_json["format"] == "html"
    assert by_json["title"]
    with _sample("en_blog_scraped_page.html").open("rb") as f:
        upload = client.post("/api/analyze", files={"file": ("saved page.html", f, "text/html")})
    assert upload.status_code == 200
    assert upload.json()["input"] == "saved page.html"
    assert upload.json()["text"] == by_json["text"]
    with _sample("fr_reportage_manifestation.txt").open("rb") as f:
        text_upload = client.post("/api/analyze", files={"file": ("../../etc/passwd", f, "text/plain")})
    # the client's file name labels the input; it is never used as a path
    assert text_upload.status_code == 200
    assert text_upload.json()["input"] == "passwd"
    assert text_upload.json()["lang"] == "fr"


@pytest.mark.parametrize("kwargs, message", [
    ({"json": {"text": "   "}}, "input is empty"),
    ({"json": {"text": "a", "url": "https://example.com/"}}, "exactly one of text, html or url"),
    ({"json": {}}, "exactly one of text, html or url"),
    ({"json": {"text": "x", "colour": "red"}}, "colour"),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, "invalid JSON"),
    ({"content": b"text", "headers": {"content-type": "application/xml"}}, "send JSON or multipart"),
    ({"files": {"file": ("bin.txt", b"\x00\x01\x02\x03" * 100, "text/plain")}}, "looks binary"),
    ({"json": {"url": "http://127.0.0.1:9/"}}, "loopback"),
    ({"json": {"url": "file:///etc/passwd"}}, "only http and https"),
])
def test_bad_requests_get_422_naming_the_reason(client, kwargs, message):
    response = client.post("/api/analyze", **kwargs)
    assert response.status_code == 422
    body = response.json()
    assert message in body["error"]
    assert body["input"]


def test_body_over_the_limit_gets_413(nlp):
    with _client(nlp, max_body_bytes=5_000) as c:
        assert c.post("/api/analyze", json={"text": OPINION}).status_code == 200
        big = "word " * 2_000
        assert c.post("/api/analyze", json={"text": big}).status_code == 413
        assert c.post("/api/analyze", files={"file": ("a.txt", big.encode(), "text/plain")}).status_code == 413
        assert c.post("/analyze", data={"text": big}).status_code == 413

        def chunks():  # no Content-Length: the limit must count the streamed bytes
            for _ in range(20):
                yield b"x" * 1_000

        streamed = c.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
        assert streamed.status_code == 413
        assert "over the limit of 5,000 bytes" in streamed.json()["error"]


class _SlowPipeline(Pipeline):
    """A pipeline whose model takes longer than the server allows."""

    def _annotate(self, batch):
        time.sleep(1.5)


def test_slow_analysis_times_out_with_504():
    with TestClient(create_app(ServerSettings(analysis_timeout=0.2), _SlowPipeline(None))) as c:
        started = time.monotonic()
        response = c.post("/api/analyze", json={"text": OPINION})
        assert response.status_code == 504
        assert "longer than 0.2 s" in response.json()["error"]
        assert time.monotonic() - started < 1.2
        page = c.post("/analyze", data={"text": OPINION})
        assert page.status_code == 504
        assert "longer than 0.2 s" in page.text


def test_token_guards_api_and_pages(nlp):
    with _client(nlp, token="s3cret-token") as c:
        assert c.get("/api/health").status_code == 200  # liveness probes need no token
        assert c.post("/api/analyze", json={"text": OPINION}).status_code == 401
        assert c.post("/api/analyze", json={"text": OPINION},
                      headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/api/analyze", json={"text": OPINION},
                      headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        assert c.get("/openapi.json").status_code == 401
        assert c.get("/").status_code == 401
        assert c.get("/?token=wrong").status_code == 401
        entry = c.get("/?token=s3cret-token", follow_redirects=False)
        assert entry.status_code == 303 and entry.headers["location"] == "/"
        assert "httponly" in entry.headers["set-cookie"].lower()
        assert c.get("/").status_code == 200  # the cookie now carries the token
        assert c.get("/static/spinscope.css").status_code == 200


def test_pages_escape_article_text(client):
    response = client.post("/analyze", data={"text": HOSTILE})
    assert response.status_code == 200
    html = response.text
    assert "<script>alert" not in html and "<script>document.title" not in html
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=" in html
    assert "&lt;/p&gt;&lt;/span&gt;&lt;script&gt;" in html  # (a span may start right after it)
    # nothing but our own script runs: a content security policy backs the escaping up
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert html.count("<script") == 1 and '<script src="/static/spinscope.js">' in html


def test_analyse_page_shows_highlights_legend_and_facts(client):
    html = client.post("/analyze", data={"text": OPINION}).text
    assert 'class="sp t0' in html
    assert 'data-toggle="g"' in html and 'data-toggle="l"' in html
    for section in ('id="genre"', 'id="frames"', 'id="speakers"', 'class="tcard"'):
        assert section in html
    empty = client.post("/analyze", data={"text": "  "})
    assert empty.status_code == 422
    assert "paste a text, choose a file or give a URL" in empty.text


def test_article_page_shows_the_report_view_of_the_same_dict(client):
    # the page and the static report render one report dict with the same macros: the text with
    # its highlights, who is speaking, the span table and the hover cards are the same markup
    from test_server_corpus import OPINION_WITH_SPEECH

    from spinscope.report.html import render_html

    report = client.post("/api/analyze", json={"text": OPINION_WITH_SPEECH}).json()
    page = client.post("/analyze", data={"text": OPINION_WITH_SPEECH}).text

    def body(html: str) -> str:
        start = html.index('<div class="text"')
        return " ".join(html[start:html.index("</article>", start)].split())

    assert body(page) == body(render_html([report]))
    assert "Who is speaking: 2 speakers" in page and "Maria Lopez" in page


def test_request_paths_never_reach_the_file_system(client):
    assert client.get("/static/spinscope.css").headers["content-type"].startswith("text/css")
    for path in ("/static/../app.py", "/static/..%2Fapp.py", "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
                 "/static/templates/base.html", "/static/__init__.py", "/articles/..%2F..%2Fetc%2Fpasswd"):
        response = client.get(path)
        assert response.status_code in (404, 503), path
        assert "import" not in response.text and "[project]" not in response.text


def test_docs_are_served_offline(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/health", "/api/analyze", "/api/articles", "/api/articles/{article_id}",
                 "/api/stats", "/api/dupes"):
        assert path in spec["paths"]
    assert {"application/json", "multipart/form-data"} <= set(
        spec["paths"]["/api/analyze"]["post"]["requestBody"]["content"])
    docs = client.get("/docs").text
    assert "/api/articles/{article_id}" in docs
    assert "cdn" not in docs.lower() and "https://" not in docs


def test_corpus_endpoints_without_a_store_say_so(client):
    for path in ("/api/articles", "/api/articles/x", "/api/stats", "/api/dupes"):
        response = client.get(path)
        assert response.status_code == 503
        assert "--db" in response.json()["error"]
    assert client.get("/corpus").status_code == 503


def test_static_css_styles_every_underline_track(client):
    # the article view shares the static report's highlighter; its CSS must cover every track
    from spinscope.report.html import MAX_TRACKS

    css = client.get("/static/spinscope.css").text
    for track in range(MAX_TRACKS):
        assert f".sp.t{track} " in css


def test_serve_command_refuses_a_missing_store(tmp_path):
    from click.testing import CliRunner

    from spinscope.cli import cli

    missing = tmp_path / "nowhere.duckdb"
    result = CliRunner().invoke(cli, ["serve", "--db", str(missing)])
    assert result.exit_code == 1
    assert f"{missing}: no such store" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["serve", "--save"])
    assert result.exit_code == 1 and "--save needs --db PATH" in result.output
