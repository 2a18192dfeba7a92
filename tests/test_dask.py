"""The scale-out path: ``spinscope ingest --scheduler ADDRESS`` on a local multi-process Dask cluster."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from spinscope.cli import cli
from spinscope.store import Store
from test_store_fixtures import make_corpus, write_jsonl

distributed = pytest.importorskip("distributed", reason="dask[distributed] is a test dependency")


@pytest.mark.slow  # two worker processes each load the model (~15 s on a busy 2-core machine)
def test_ingest_on_a_local_dask_cluster(tmp_path, nlp):
    records = make_corpus(per_lang=2)
    corpus = write_jsonl(tmp_path / "corpus.jsonl", records)
    with corpus.open("a", encoding="utf-8") as f:
        f.write("{broken\n")
    db = tmp_path / "c.duckdb"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster:
        result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db), "--scheduler",
                                          cluster.scheduler_address, "--chunk-size", "3"])
        assert result.exit_code == 1, result.output  # the broken line is reported, the rest stored
        assert "corpus.jsonl:14: invalid JSON" in result.output
        with distributed.Client(cluster.scheduler_address) as client:
            # the work really ran on both worker processes, not in this one
            assert len(client.scheduler_info()["workers"]) == 2
        rerun = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db), "--scheduler",
                                         cluster.scheduler_address])
        assert "stored 0, skipped 13" in rerun.output
    with Store.open(db) as store:
        assert store.count() == len(records)
        ids = {r[0] for r in store.sql("SELECT id FROM articles")}
        assert ids == {r["id"] for r in records}
        # the same analysis as a local run
        local = nlp.to_dict(nlp(records[0]["title"] + "\n\n" + records[0]["text"], id=records[0]["id"],
                                title=records[0]["title"], source=records[0]["source"],
                                published=records[0]["published"]))
        stored = store.article(records[0]["id"])
        assert [s["label"] for s in stored["spans"]] == [s["label"] for s in local["spans"]]
        assert stored["genre"] == local["genre"]


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", make_corpus(per_lang=1)[:2])
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(tmp_path / "c.duckdb"),
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler" in result.output and "Traceback" not in result.output
