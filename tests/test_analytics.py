"""``spinscope stats`` and ``spinscope dupes`` on a mixed six-language store."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from spinscope.analytics import corpus_stats, find_duplicates
from spinscope.analytics.dupes import near_duplicate_pairs
from spinscope.cli import cli
from spinscope.store import Store
from test_store_fixtures import LANGS, build_store, make_article, republish


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, nlp):
    return build_store(tmp_path_factory.mktemp("analytics") / "corpus.duckdb", nlp)


def test_stats_by_every_grouping(store_path):
    with Store.open(store_path) as store:
        total = store.count()
        by_lang = corpus_stats(store, by="lang")
        assert {r["key"] for r in by_lang["rows"]} == set(LANGS)  # ISO 639-1 codes
        for by in ("source", "month", "lang", "genre"):
            stats = corpus_stats(store, by=by)
            assert sum(r["articles"] for r in stats["rows"]) == total
            for row in stats["rows"]:
                assert 0.0 <= row["density"] <= 1.0
                for figures in row["techniques"].values():
                    assert 0 < figures["prevalence"] <= 1.0 and figures["articles"] <= row["articles"]
        months = [r["key"] for r in corpus_stats(store, by="month")["rows"]]
        assert months == sorted(months) and all(len(m) == 7 for m in months)
        # prevalence agrees with the stored spans
        technique = by_lang["techniques"][0]["label"]
        using = store.sql("SELECT count(DISTINCT article_id) FROM spans WHERE label = ?", [technique])[0][0]
        assert by_lang["techniques"][0]["articles"] == using
        speakers = corpus_stats(store, by="speaker")
        jane = next(r for r in speakers["rows"] if r["key"] == "Jane Doe")  # the quote build_store added
        assert jane["quotes"] == 1 and jane["articles"] == 1 and jane["sources"] == ["daily-post.example"]


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "png", "svg"])
def test_stats_command_formats(store_path, tmp_path, fmt):
    output = tmp_path / f"stats.{fmt}"
    result = CliRunner().invoke(cli, ["stats", "--db", str(store_path), "--by", "source", "--format", fmt,
                                      "-o", str(output)])
    assert result.exit_code == 0, result.output
    data = output.read_bytes()
    assert len(data) > 200
    if fmt == "png":
        assert data.startswith(b"\x89PNG")
    elif fmt == "svg":
        assert b"<svg" in data[:500]
    elif fmt == "json":
        assert json.loads(data)["by"] == "source"
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(data.decode())))
        assert rows[0][:5] == ["source", "articles", "chars", "spans", "density"]
        assert "copycat.example" in {r[0] for r in rows[1:]}
    else:
        assert b"copycat.example" in data


@pytest.mark.parametrize("by", ["month", "speaker", "lang"])
def test_stats_charts_for_other_groupings(store_path, tmp_path, by):
    output = tmp_path / f"{by}.png"
    result = CliRunner().invoke(cli, ["stats", "--db", str(store_path), "--by", by, "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert output.read_bytes().startswith(b"\x89PNG")


def test_stats_on_missing_store_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no such store" in result.output and "Traceback" not in result.output


def test_dupes_finds_the_republication_and_nothing_else(store_path, tmp_path):
    with Store.open(store_path) as store:
        clusters = find_duplicates(store)
    assert len(clusters) == 1
    members = clusters[0]["members"]
    assert {m["id"] for m in members} == {"en-0", "en-0-copy"}
    assert clusters[0]["sources"] == ["copycat.example", "daily-post.example"]
    assert members[0]["published"] <= members[1]["published"]  # oldest first: who published first
    assert members[1]["title"].startswith("Reworded")
    result = CliRunner().invoke(cli, ["dupes", "--db", str(store_path), "--format", "json",
                                      "-o", str(tmp_path / "d.json")])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "d.json").read_text())[0]["size"] == 2
    table = CliRunner().invoke(cli, ["dupes", "--db", str(store_path)])
    assert "copycat.example" in table.output


def test_near_duplicates_cluster_transitively_and_unrelated_stay_apart():
    original = make_article("fr", 7, paragraphs=6)
    copy_a = republish(original, source="a.example", new_title="Un autre titre")
    copy_b = republish(copy_a, source="b.example", new_title="Encore un titre")
    unrelated = [make_article("fr", n, paragraphs=6) for n in range(20, 40)]
    items = [(r["id"], r["text"]) for r in [original, copy_a, copy_b] + unrelated]
    pairs = near_duplicate_pairs(items, threshold=0.8)
    linked = {frozenset((a, b)) for a, b, _ in pairs}
    assert frozenset((original["id"], copy_a["id"])) in linked
    assert all(a in {original["id"], copy_a["id"], copy_b["id"]} for pair in linked for a in pair)
