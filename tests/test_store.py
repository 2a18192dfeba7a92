"""The corpus store: what goes in comes back, ids stay unique, resume keys skip, filters filter."""

from __future__ import annotations

import duckdb
import pytest

from spinscope.analytics import corpus_stats, find_duplicates
from spinscope.store import SCHEMA_VERSION, Store, StoreError
from test_store_fixtures import LANGS, make_corpus


@pytest.fixture(scope="module")
def reports(nlp):
    """Report dicts of the generated six-language corpus (analysed once for the module)."""
    out = []
    for record in make_corpus(per_lang=2):
        article = nlp(record["title"] + "\n\n" + record["text"], id=record["id"], source=record["source"],
                      published=record["published"], title=record["title"])
        out.append(nlp.to_dict(article))
    return out


def _fill(store: Store, reports: list[dict]) -> None:
    for i, report in enumerate(reports):
        store.add(report, content_hash=f"hash-{i}", input=f"corpus.jsonl:{i + 1}", warnings=[],
                  model_version="m1")


def test_stored_report_comes_back_identical(tmp_path, reports):
    path = tmp_path / "c.duckdb"
    with Store.open(path, read_only=False) as store:
        _fill(store, reports)
    with Store.open(path, read_only=True) as store:
        assert store.count() == len(reports)
        for report in reports:
            assert store.article(report["id"]) == report
        assert store.article("no-such-id") is None
        assert store.provenance(reports[0]["id"])["input"] == "corpus.jsonl:1"


def test_same_content_and_model_is_skipped_new_model_replaces(reports):
    report = reports[0]
    with Store.memory() as store:
        first = store.add(report, content_hash="h", input="a.txt", warnings=[], model_version="m1")
        again = store.add(report, content_hash="h", input="a.txt", warnings=[], model_version="m1")
        assert first == again == report["id"] and store.count() == 1
        assert store.known_hashes("m1") == {"h"} and store.known_hashes("m2") == set()
        spans_before = store.sql("SELECT count(*) FROM spans")[0][0]
        newer = store.add({**report, "model_version": "m2"}, content_hash="h", input="a.txt", warnings=["w"],
                          model_version="m2")
        assert newer == first and store.count() == 1
        assert store.article(first)["model_version"] == "m2"
        assert store.provenance(first) | {"ingested_at": None} == {
            "input": "a.txt", "warnings": ["w"], "model_version": "m2", "content_hash": "h", "ingested_at": None}
        # the replaced article's findings are not doubled
        assert store.sql("SELECT count(*) FROM spans")[0][0] == spans_before


def test_same_id_from_different_inputs_does_not_collide(reports):
    report = reports[0]
    with Store.memory() as store:
        a = store.add(report, content_hash="h1", input="one/a.txt", warnings=[], model_version="m")
        b = store.add({**report, "text": report["text"] + " "}, content_hash="h2", input="two/a.txt",
                      warnings=[], model_version="m")
        assert a == report["id"] and b != a and b.startswith(report["id"])
        assert store.count() == 2 and store.article(b)["id"] == b
        # the same input with new content (an edited file) replaces its article
        c = store.add(report, content_hash="h3", input="one/a.txt", warnings=[], model_version="m")
        assert c == a and store.count() == 2


def test_batch_is_one_transaction(reports):
    from spinscope.store import StoreItem

    with Store.memory() as store:
        broken = {**reports[1], "spans": [None]}  # a report the store cannot read
        items = [StoreItem(reports[0], "h0", "a"), StoreItem(broken, "h1", "b")]
        with pytest.raises(Exception):
            store.add_many(items)
        assert store.count() == 0 and store.sql("SELECT count(*) FROM paragraphs")[0][0] == 0


def test_articles_filters_sort_and_paging(reports):
    with Store.memory() as store:
        _fill(store, reports)
        rows, total = store.articles(limit=5)
        assert total == len(reports) and len(rows) == 5
        for key in ("id", "title", "source", "url", "published", "lang", "genre", "top_techniques",
                    "techniques", "density", "n_spans", "frames"):
            assert key in rows[0]
        published = [r["published"] for r in store.articles(limit=100)[0]]
        assert published == sorted(published, reverse=True)
        rows, total = store.articles(lang="fr", limit=100)
        assert total == 2 and {r["lang"] for r in rows} == {"fr"}
        rows, total = store.articles(source="copycat.example")
        assert total == 1 and rows[0]["id"].endswith("-copy")
        rows, total = store.articles(date_from="2024-02", date_to="2024-02")
        assert total >= 1 and all(r["published"].startswith("2024-02") for r in rows)
        by_density = [r["density"] for r in store.articles(sort="density", limit=100)[0]]
        assert by_density == sorted(by_density, reverse=True)
        technique = next(t for r in store.articles(limit=100)[0] for t in r["top_techniques"])
        rows, total = store.articles(technique=technique, limit=100)
        assert total >= 1 and all(any(t["label"] == technique for t in r["techniques"]) for r in rows)
        title_word = reports[3]["title"].split()[-1]
        rows, total = store.articles(q=title_word.upper(), limit=100)
        assert reports[3]["id"] in {r["id"] for r in rows}
        page1, _ = store.articles(sort="id", descending=False, limit=4)
        page2, _ = store.articles(sort="id", descending=False, limit=4, offset=4)
        assert [r["id"] for r in page1 + page2] == sorted(r["id"] for r in reports)[:8]
        with pytest.raises(StoreError):
            store.articles(sort="nonsense")


def test_read_only_store_refuses_writes_and_missing_store_is_clear(tmp_path, reports):
    with pytest.raises(StoreError, match="no such store"):
        Store.open(tmp_path / "missing.duckdb")
    path = tmp_path / "c.duckdb"
    Store.open(path, read_only=False).close()
    with Store.open(path) as store:
        assert store.count() == 0
        with pytest.raises(StoreError, match="read-only"):
            store.add(reports[0], content_hash="h", input="x", warnings=[], model_version="m")


def test_foreign_duckdb_file_is_refused(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a spinscope store"):
        Store.open(path, read_only=False)


def test_schema_version_recorded(tmp_path):
    path = tmp_path / "c.duckdb"
    Store.open(path, read_only=False).close()
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    con.close()


def test_errors_are_recorded(tmp_path):
    with Store.memory() as store:
        store.add_error("bad.jsonl:3", "invalid JSON")
        assert store.errors()[0]["input"] == "bad.jsonl:3" and store.error_count() == 1


def test_stats_and_dupes_on_the_store_api(reports):
    with Store.memory() as store:
        _fill(store, reports)
        stats = corpus_stats(store, by="lang")
        assert {r["key"] for r in stats["rows"]} == set(LANGS)
        assert sum(r["articles"] for r in stats["rows"]) == len(reports)
        clusters = find_duplicates(store, threshold=0.8)
        assert len(clusters) == 1
        assert {m["id"] for m in clusters[0]["members"]} == {"en-0", "en-0-copy"}


def test_same_id_twice_in_one_batch_gets_two_ids(reports):
    from spinscope.store import StoreItem

    with Store.memory() as store:
        report = reports[0]
        ids = store.add_many([StoreItem(report, "h1", "one.jsonl:1"), StoreItem(report, "h2", "two.jsonl:1"),
                              StoreItem(report, "h1", "one.jsonl:1")])
        assert ids[0] != ids[1] and ids[2] == ids[0] and store.count() == 2 and store.last_written == 2
