"""The corpus side of the web app and API against a real DuckDB store: list, filter, sort,
paginate, one article, statistics, republished copies, the dashboard page, and the store lock.

``build_test_store`` is shared with the browser tests.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from spinscope.server import ServerSettings, create_app
from spinscope.server.analysis import content_hash

OPINION_WITH_SPEECH = (
    "The harbour betrayal\n\n"
    "Once again the corrupt elite in the town hall has betrayed every decent family in this town. "
    "Everyone knows the harbour deal is a disgraceful giveaway to their rich friends.\n\n"
    "\"This plan will destroy the last wetlands on our coast,\" said Maria Lopez, a marine biologist.\n\n"
    "Mayor Tom Becker said the expansion would create 300 jobs, a figure nobody has checked.\n\n"
    "If we let them pave the wetlands today, tomorrow they will sell the beaches and then our schools. "
    "We must act now, before it is too late!"
)
HOSTILE_TITLE = "Breaking <script>alert('stored')</script> news"

# (sample file, outlet, publication date) of the stored articles
SAMPLES = (
    ("en_opinion_energy_summit.txt", "Daily Planet", "2025-01-14"),
    ("en_blog_scraped_page.html", None, None),  # outlet and date come from the page itself
    ("fr_reportage_manifestation.txt", "Le Quotidien", "2025-02-03"),
    ("de_kommentar_migration.txt", "Tagesblick", "2025-02-20"),
    ("it_cronaca_alluvione.txt", "Il Corriere Locale", "2025-03-08"),
)


def _sample(name: str) -> Path:
    return Path(str(resources.files("spinscope") / "samples" / name))


def build_test_store(nlp, path: Path) -> Path:
    """A store of the bundled samples, an article with quoted speakers, a republished copy of it
    in another outlet, and an article whose title carries a script."""
    from spinscope.store import Store

    items = []
    for name, source, published in SAMPLES:
        raw = _sample(name).read_text(encoding="utf-8")
        result = next(iter(nlp.analyze([_sample(name)])))
        article = result.article
        if source:
            article.meta.source, article.meta.published = source, published
        items.append((nlp.to_dict(article), raw, str(_sample(name))))
    for id, text, source, published in (
            ("harbour-herald-1", OPINION_WITH_SPEECH, "Harbour Herald", "2025-03-21"),
            # the same story republished with a new first line
            ("coast-news-7", OPINION_WITH_SPEECH.replace("The harbour betrayal", "The harbour betrayal (republished)"),
             "Coast News", "2025-03-22"),
            ("hostile", HOSTILE_TITLE + "\n\nThe corrupt council lied again, a shameful disgrace.", "Spam Site", "2025-01-02")):
        items.append((nlp.to_dict(nlp(text, id=id, input=f"{id}.txt", source=source, published=published)),
                      text, f"{id}.txt"))
    with Store.open(path, read_only=False) as store:
        for report, raw, input in items:
            store.add(report, content_hash=content_hash(raw), input=input, warnings=report["warnings"],
                      model_version=nlp.model_version)
    return path


@pytest.fixture(scope="module")
def store_path(nlp, tmp_path_factory) -> Path:
    return build_test_store(nlp, tmp_path_factory.mktemp("corpus") / "corpus.duckdb")


@pytest.fixture(scope="module")
def client(nlp, store_path):
    with TestClient(create_app(ServerSettings(db=store_path), nlp)) as c:
        yield c


def test_health_counts_stored_articles(client):
    assert client.get("/api/health").json()["articles"] == 8


def test_list_filter_sort_paginate(client):
    everything = client.get("/api/articles").json()
    assert everything["total"] == 8
    dates = [i["published"] for i in everything["items"] if i["published"]]
    assert dates == sorted(dates, reverse=True)
    french = client.get("/api/articles", params={"lang": "fr"}).json()
    assert french["total"] == 1 and french["items"][0]["source"] == "Le Quotidien"
    page1 = client.get("/api/articles", params={"sort": "title", "order": "asc", "limit": 3}).json()
    page2 = client.get("/api/articles", params={"sort": "title", "order": "asc", "limit": 3, "offset": 3}).json()
    assert page1["total"] == page2["total"] == 8
    assert not {i["id"] for i in page1["items"]} & {i["id"] for i in page2["items"]}
    titles = [i["title"].lower() for i in page1["items"] + page2["items"]]
    assert titles == sorted(titles)
    spring = client.get("/api/articles", params={"date_from": "2025-03", "date_to": "2025-03-21"}).json()
    assert {i["id"] for i in spring["items"]} >= {"harbour-herald-1"}
    assert all("2025-03" <= i["published"] <= "2025-03-21" for i in spring["items"])
    words = client.get("/api/articles", params={"q": "WETLANDS"}).json()
    assert {i["id"] for i in words["items"]} == {"harbour-herald-1", "coast-news-7"}
    assert client.get("/api/articles", params={"sort": "nonsense"}).status_code == 422
    assert client.get("/api/articles", params={"limit": 0}).status_code == 422


def test_technique_filter_matches_the_stored_spans(client):
    article = client.get("/api/articles/harbour-herald-1").json()
    label = article["spans"][0]["label"]
    found = client.get("/api/articles", params={"technique": label, "limit": 500}).json()
    assert "harbour-herald-1" in {i["id"] for i in found["items"]}
    for item in found["items"]:
        stored = client.get(f"/api/articles/{item['id']}").json()
        assert label in {s["label"] for s in stored["spans"]}


def test_one_article_is_its_report_dict(client, nlp):
    report = client.get("/api/articles/harbour-herald-1").json()
    assert report["text"] == OPINION_WITH_SPEECH
    assert report["source"] == "Harbour Herald"
    assert report["spans"] == nlp.to_dict(nlp(OPINION_WITH_SPEECH, id="harbour-herald-1"))["spans"]
    missing = client.get("/api/articles/no-such-id")
    assert missing.status_code == 404 and "no-such-id" in missing.json()["error"]


def test_stats_and_dupes(client):
    by_lang = client.get("/api/stats", params={"by": "lang"}).json()
    assert by_lang  # the analytics module's own shape; the dashboard charts read it
    assert client.get("/api/stats", params={"by": "colour"}).status_code == 422
    dupes = client.get("/api/dupes").json()
    ids = [{m if isinstance(m, str) else m.get("id") for m in g.get("articles") or g.get("members") or []}
           for g in dupes["groups"]]
    assert any({"harbour-herald-1", "coast-news-7"} <= group for group in ids), dupes


def test_dashboard_and_stored_article_pages(client):
    html = client.get("/corpus").text
    assert html.count("<svg") >= 3
    for outlet in ("Harbour Herald", "Le Quotidien", "Tagesblick"):
        assert outlet in html
    assert "Republished copies" in html and "/articles/coast-news-7" in html
    filtered = client.get("/corpus", params={"lang": "de"}).text
    assert "Tagesblick" in filtered.split('id="article-list"')[1].split("</table>")[0]
    assert "Harbour Herald" not in filtered.split('id="article-list"')[1].split("</table>")[0]
    page = client.get("/articles/harbour-herald-1").text
    assert 'class="sp ' in page and "Harbour Herald" in page


def test_stored_titles_are_escaped_everywhere(client):
    for path in ("/corpus", "/articles/hostile", "/corpus?q=corrupt"):
        html = client.get(path).text
        assert "<script>alert('stored')" not in html, path
        assert "&lt;script&gt;alert(&#39;stored&#39;)&lt;/script&gt;" in html, path


def test_store_locked_by_a_writer_gives_503_not_a_hang(nlp, store_path):
    from spinscope.store import Store

    with TestClient(create_app(ServerSettings(db=store_path), nlp)) as c:
        with Store.open(store_path, read_only=False):  # what a running `spinscope ingest` holds
            busy = c.get("/api/articles")
            page = c.get("/corpus")
        assert busy.status_code == 503 and "is an ingest running?" in busy.json()["error"]
        assert page.status_code == 503
        assert c.get("/api/articles").status_code == 200  # back once the writer is gone


def test_save_stores_analyses_when_enabled(nlp, tmp_path):
    db = tmp_path / "saved.duckdb"
    with TestClient(create_app(ServerSettings(db=db, save=True), nlp)) as c:
        response = c.post("/api/analyze", params={"save": "true"}, json={"text": OPINION_WITH_SPEECH})
        assert response.status_code == 200
        location = response.headers["location"]
        stored = c.get(location).json()
        assert stored["text"] == OPINION_WITH_SPEECH
        assert c.get("/api/health").json()["articles"] == 1
    with TestClient(create_app(ServerSettings(db=db), nlp)) as c:  # read-only servers refuse to save
        refused = c.post("/api/analyze", params={"save": "true"}, json={"text": "Another\n\nText here."})
        assert refused.status_code == 503 and "--save" in refused.json()["error"]


def test_serve_reads_a_store_built_by_the_ingest_command(tmp_path, nlp):
    """The whole user path: `spinscope ingest` writes the store, the server lists and shows it."""
    from click.testing import CliRunner

    from spinscope.cli import cli

    db = tmp_path / "news.duckdb"
    samples = str(resources.files("spinscope") / "samples")
    result = CliRunner().invoke(cli, ["ingest", samples, "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    client = TestClient(create_app(ServerSettings(db=db), nlp))
    listing = client.get("/api/articles", params={"limit": 50}).json()
    assert listing["total"] == 5
    ids = {row["id"] for row in listing["items"]}
    assert "en_blog_scraped_page" in ids
    article = client.get("/api/articles/en_blog_scraped_page").json()
    assert "wall of silence" in article["text"] and "Leave a Reply" not in article["text"]
    assert client.get("/api/stats", params={"by": "lang"}).status_code == 200
    page = client.get("/corpus")
    assert page.status_code == 200 and "The Summit of Empty Promises" in page.text
