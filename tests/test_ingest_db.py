"""``spinscope ingest``: into the store, resumable, crash-safe, bad inputs reported, URL lists."""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from spinscope.batch import InProcessExecutor, ingest
from spinscope.cli import cli
from spinscope.store import Store
from test_store_fixtures import make_article, make_corpus, write_jsonl


@pytest.fixture
def cli_with_loaded_model(monkeypatch, nlp):
    """The CLI, reusing the session's model instead of loading it again for every command."""
    import spinscope.cli.ingest as ingest_cli

    monkeypatch.setattr(ingest_cli, "load_model", lambda path: nlp.model)
    monkeypatch.setattr(ingest_cli, "_model_version", lambda path: nlp.model_version)
    return CliRunner()


def _no_partial_articles(store: Store) -> None:
    """Every stored article has all its rows and no row points to a missing article."""
    for table in ("paragraphs", "spans", "frames", "paragraph_techniques"):
        orphans = store.sql(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)")
        assert orphans[0][0] == 0, table
    mismatched = store.sql("""
        SELECT a.id FROM articles a
        LEFT JOIN (SELECT article_id, count(*) n FROM paragraphs GROUP BY article_id) p ON p.article_id = a.id
        LEFT JOIN (SELECT article_id, count(*) n FROM spans GROUP BY article_id) s ON s.article_id = a.id
        WHERE coalesce(p.n, 0) != a.n_paragraphs OR coalesce(s.n, 0) != a.n_spans""")
    assert mismatched == []


def _write_files(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    langs = ["en", "fr", "de", "es", "it", "ru"]
    for n in range(count):
        record = make_article(langs[n % len(langs)], n, paragraphs=2)
        (folder / f"{record['id']}.txt").write_text(record["title"] + "\n\n" + record["text"], encoding="utf-8")
        ids.append(record["id"])
    return ids


def test_kill_9_mid_ingest_then_rerun_stores_every_article_exactly_once(tmp_path):
    ids = _write_files(tmp_path / "corpus", 40)
    db = tmp_path / "corpus.duckdb"
    command = [sys.executable, "-m", "spinscope", "ingest", str(tmp_path / "corpus"), "--db", str(db),
               "--workers", "2", "--chunk-size", "1", "-q"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wal = Path(str(db) + ".wal")
    deadline = time.monotonic() + 180
    # DuckDB writes the log on every commit: once it grows, articles are being committed
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 20_000:
            break
        time.sleep(0.02)
    assert process.poll() is None, "ingest finished before it could be killed: " + process.stderr.read().decode()
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    with Store.open(db) as store:
        stored_at_kill = store.count()
        _no_partial_articles(store)
    assert 0 < stored_at_kill < len(ids)

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with Store.open(db) as store:
        stored = [r[0] for r in store.sql("SELECT id FROM articles")]
        _no_partial_articles(store)
    assert sorted(stored) == sorted(ids)  # every article, exactly once


def test_rerun_skips_stored_articles_and_picks_up_edits(tmp_path, nlp):
    ids = _write_files(tmp_path / "corpus", 6)
    with Store.open(tmp_path / "c.duckdb", read_only=False) as store:
        first = ingest([tmp_path / "corpus"], store=store, executor=InProcessExecutor(nlp),
                       model_version=nlp.model_version)
        assert (first.stored, first.skipped, first.failed) == (6, 0, 0)
        again = ingest([tmp_path / "corpus"], store=store, executor=InProcessExecutor(nlp),
                       model_version=nlp.model_version)
        assert (again.stored, again.skipped) == (0, 6)
        edited = tmp_path / "corpus" / f"{ids[0]}.txt"
        edited.write_text(edited.read_text(encoding="utf-8") + "\n\nA new closing paragraph.", encoding="utf-8")
        third = ingest([tmp_path / "corpus"], store=store, executor=InProcessExecutor(nlp),
                       model_version=nlp.model_version)
        assert (third.stored, third.skipped) == (1, 5)
        assert store.count() == 6
        assert store.article(ids[0])["text"].endswith("A new closing paragraph.")
        _no_partial_articles(store)


def test_bad_rows_reported_rest_stored_and_exit_code(tmp_path, cli_with_loaded_model):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", make_corpus(per_lang=1))
    with corpus.open("a", encoding="utf-8") as f:
        f.write("{not json\n")
        f.write(json.dumps({"title": "no body"}) + "\n")
        f.write(json.dumps(["a", "list"]) + "\n")
    db = tmp_path / "c.duckdb"
    result = cli_with_loaded_model.invoke(cli, ["ingest", str(corpus), str(tmp_path / "missing.txt"),
                                                "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1
    assert "corpus.jsonl:8: invalid JSON" in result.output
    assert "corpus.jsonl:9: record has no non-empty 'text' or 'html' field" in result.output
    assert "corpus.jsonl:10: expected a JSON object" in result.output
    assert "missing.txt: no such file or folder" in result.output
    assert "Traceback" not in result.output
    with Store.open(db) as store:
        assert store.count() == 7
        assert {e["input"] for e in store.errors()} == {f"{corpus}:8", f"{corpus}:9", f"{corpus}:10",
                                                        str(tmp_path / "missing.txt")}
        report = store.article("en-0")
        assert report["input"] == f"{corpus}:1" and report["model_version"]
        assert store.provenance("en-0")["input"] == f"{corpus}:1"


def test_parallel_workers_and_same_ids_from_two_inputs(tmp_path, cli_with_loaded_model):
    _write_files(tmp_path / "a", 5)
    _write_files(tmp_path / "b", 5)
    for path in (tmp_path / "b").iterdir():  # same file names (ids), different content
        path.write_text(path.read_text(encoding="utf-8") + "\n\nAnother ending for the second copy.",
                        encoding="utf-8")
    db = tmp_path / "c.duckdb"
    result = cli_with_loaded_model.invoke(cli, ["ingest", str(tmp_path / "a"), str(tmp_path / "b"),
                                                "--db", str(db), "--workers", "2", "--chunk-size", "2"])
    assert result.exit_code == 0, result.output
    assert "stored 10" in result.output
    with Store.open(db) as store:
        ids = [r[0] for r in store.sql("SELECT id FROM articles")]
        inputs = {r[0] for r in store.sql("SELECT input FROM articles")}
    assert len(ids) == len(set(ids)) == 10
    assert len(inputs) == 10


class _Pages(http.server.BaseHTTPRequestHandler):
    fetched: list[str] = []  # paths served, in order

    def do_GET(self):  # noqa: N802 - http.server's naming
        _Pages.fetched.append(self.path)
        number = int(self.path.strip("/").split("-")[-1])
        record = make_article("en", 100 + number)
        body = (f"<html><head><title>{record['title']}</title></head><body><article><h1>{record['title']}</h1>"
                + "".join(f"<p>{p}</p>" for p in record["text"].split("\n\n")) + "</article></body></html>")
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def test_url_list_is_fetched_and_stored(tmp_path, cli_with_loaded_model):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        urls = tmp_path / "list.urls"
        urls.write_text(f"{base}/story-1\n{base}/story-2\n", encoding="utf-8")
        db = tmp_path / "c.duckdb"
        result = cli_with_loaded_model.invoke(cli, ["ingest", str(urls), "--db", str(db), "--workers", "1",
                                                    "--allow-private-urls"])
        assert result.exit_code == 0, result.output
        with Store.open(db) as store:
            rows, total = store.articles(sort="id", descending=False)
        assert total == 2
        assert {r["input"] for r in rows} == {f"{base}/story-1", f"{base}/story-2"}
        # a rerun with one more URL fetches only the new one: stored URLs are not fetched again
        _Pages.fetched.clear()
        urls.write_text(f"{base}/story-1\n{base}/story-2\n{base}/story-3\n", encoding="utf-8")
        rerun = cli_with_loaded_model.invoke(cli, ["ingest", str(urls), "--db", str(db), "--workers", "1",
                                                   "--allow-private-urls"])
        assert rerun.exit_code == 0, rerun.output
        assert _Pages.fetched == ["/story-3"]
        with Store.open(db) as store:
            assert store.articles(sort="id", descending=False)[1] == 3
        # without permission, private addresses are refused with a one-line reason each
        refused = cli_with_loaded_model.invoke(cli, ["ingest", str(urls), "--db", str(tmp_path / "d.duckdb"),
                                                     "--workers", "1"])
        assert refused.exit_code == 1 and f"{base}/story-1:" in refused.output
    finally:
        server.shutdown()


def test_parquet_results_load_into_a_store(tmp_path, cli_with_loaded_model):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", make_corpus(per_lang=1))
    parts = tmp_path / "parts"
    result = cli_with_loaded_model.invoke(cli, ["ingest", str(corpus), "--parquet", str(parts), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert list(parts.glob("part-*.parquet"))
    again = cli_with_loaded_model.invoke(cli, ["ingest", str(corpus), "--parquet", str(parts), "--workers", "1"])
    assert "stored 0, skipped 7" in again.output  # resumable too
    db = tmp_path / "c.duckdb"
    loaded = cli_with_loaded_model.invoke(cli, ["ingest", str(parts), "--db", str(db)])
    assert loaded.exit_code == 0, loaded.output
    with Store.open(db) as store:
        assert store.count() == 7
        assert store.article("fr-0")["lang"] == "fr"
