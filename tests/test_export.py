"""``spinscope export`` to every format on a mixed six-language store."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from spinscope.cli import cli
from spinscope.store import Store
from test_store_fixtures import LANGS, build_store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, nlp):
    return build_store(tmp_path_factory.mktemp("export") / "corpus.duckdb", nlp)


@pytest.fixture(scope="module")
def reports(store_path):
    with Store.open(store_path) as store:
        return {r["id"]: r for r in store.reports()}


def _export(store_path, fmt, output):
    result = CliRunner().invoke(cli, ["export", "--db", str(store_path), "--to", fmt, "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert f"wrote {13} article(s)" in result.output
    return output


def test_jsonl_rows_follow_the_json_contract(store_path, tmp_path, reports):
    output = _export(store_path, "jsonl", tmp_path / "c.jsonl")
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert {r["id"]: r for r in rows} == reports
    assert {r["lang"] for r in rows} == set(LANGS)
    for row in rows:
        assert row["input"].endswith(".jsonl:" + row["input"].rsplit(":", 1)[1])
        for span in row["spans"]:
            assert row["text"][span["start"]:span["end"]] == span["text"]


def test_csv_one_row_per_article(store_path, tmp_path, reports):
    output = _export(store_path, "csv", tmp_path / "c.csv")
    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    assert {r["id"] for r in rows} == set(reports)
    row = next(r for r in rows if r["id"] == "ru-1")
    assert row["lang"] == "ru" and row["title"] == reports["ru-1"]["title"]  # Cyrillic intact
    spans = reports["ru-1"]["spans"]
    assert int(row["n_spans"]) == len(spans)


def test_parquet_round_trips_into_another_store(store_path, tmp_path, reports):
    output = _export(store_path, "parquet", tmp_path / "c.parquet")
    table = pq.read_table(output)
    assert table.num_rows == len(reports)
    assert json.loads(table.column("report")[0].as_py())["text"]
    result = CliRunner().invoke(cli, ["ingest", str(output), "--db", str(tmp_path / "copy.duckdb")])
    assert result.exit_code == 0, result.output
    with Store.open(tmp_path / "copy.duckdb") as copy:
        assert {r["id"]: r for r in copy.reports()} == reports


def test_semeval_files_per_language(store_path, tmp_path, reports):
    output = _export(store_path, "semeval", tmp_path / "semeval")
    assert {p.name for p in output.iterdir()} == set(LANGS)
    genre_lines = (output / "de" / "subtask-1.txt").read_text(encoding="utf-8").splitlines()
    assert {line.split("\t")[0] for line in genre_lines} == {"de-0", "de-1"}
    assert all(line.split("\t")[1] in ("opinion", "reporting", "satire") for line in genre_lines)
    lines = (output / "en" / "subtask-3.txt").read_text(encoding="utf-8").splitlines()
    report = reports["en-1"]
    mine = [line.split("\t") for line in lines if line.startswith("en-1\t")]
    assert len(mine) == len(report["paragraphs"])
    for (_, line_no, labels), paragraph in zip(mine, report["paragraphs"]):
        assert labels.split(",") == [t["label"] for t in paragraph["techniques"]] or (labels == "" and not paragraph["techniques"])
        assert report["text"].split("\n")[int(line_no) - 1] == report["text"][paragraph["start"]:paragraph["end"]]


def test_label_studio_predictions_carry_scores_and_relations(store_path, tmp_path, reports):
    output = _export(store_path, "label-studio", tmp_path / "tasks.json")
    tasks = json.loads(output.read_text(encoding="utf-8"))
    assert len(tasks) == len(reports)
    assert (tmp_path / "tasks.config.xml").read_text().startswith("<View>")
    for task in tasks:
        report = reports[task["data"]["article_id"]]
        prediction = task["predictions"][0]
        assert prediction["model_version"] == report["model_version"]
        spans = [r for r in prediction["result"] if r.get("from_name") == "technique"]
        assert len(spans) == len(report["spans"])
        for result in spans:
            value = result["value"]
            assert isinstance(result["score"], float)
            assert task["data"]["text"][value["start"]:value["end"]] == value["text"]
    quoted = next(t for t in tasks if t["data"]["article_id"] == "en-0")  # build_store gave it a quote
    results = {r.get("id"): r for r in quoted["predictions"][0]["result"]}
    relation = next(r for r in quoted["predictions"][0]["result"] if r["type"] == "relation")
    assert results[relation["from_id"]]["value"]["labels"] == ["Quote"]
    assert results[relation["to_id"]]["value"]["labels"] == ["Speaker"]


def test_doccano_entities_and_relations(store_path, tmp_path, reports):
    output = _export(store_path, "doccano", tmp_path / "c.jsonl")
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(reports)
    for record in records:
        techniques = [e for e in record["entities"] if e["label"] not in ("Quote", "Speaker")]
        assert len(techniques) == len(reports[record["id"]]["spans"])
    quoted = next(r for r in records if r["id"] == "en-0")  # build_store gave it a quote
    ids = {e["id"]: e for e in quoted["entities"]}
    assert quoted["relations"]
    for relation in quoted["relations"]:
        assert ids[relation["from_id"]]["label"] == "Quote" and ids[relation["to_id"]]["label"] == "Speaker"
        speaker = ids[relation["to_id"]]
        assert quoted["text"][speaker["start_offset"]:speaker["end_offset"]]


def test_brat_standoff_offsets_match_text(store_path, tmp_path, reports):
    output = _export(store_path, "brat", tmp_path / "brat")
    assert (output / "annotation.conf").exists()
    ann_files = sorted(output.glob("*.ann"))
    assert len(ann_files) == len(reports)
    relations = {}
    for ann in ann_files:
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        assert text == reports[ann.stem]["text"]
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T"):
                _, label_offsets, fragment = line.split("\t")
                _, start, end = label_offsets.split(" ")
                assert text[int(start):int(end)].replace("\n", " ").startswith(fragment[:40])
            if line.startswith("R"):
                relations[ann.stem] = relations.get(ann.stem, 0) + 1
                assert line.split("\t")[1].startswith("said_by Arg1:T")
    assert relations.get("en-0", 0) >= 1  # build_store gave it a quote


def test_export_to_wrong_kind_of_path_is_refused(store_path, tmp_path):
    (tmp_path / "folder").mkdir()
    result = CliRunner().invoke(cli, ["export", "--db", str(store_path), "--to", "jsonl", "-o", str(tmp_path / "folder")])
    assert result.exit_code == 2 and "writes a file" in result.output
