"""The command line end to end with the bundled model: analyze, demo, bad inputs, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from spinscope.cli import cli

ARTICLE = ("Ministers Clash Over Budget\n\n"
           "The finance minister defended the plan on Monday. Critics called it a shameful betrayal "
           "of ordinary families by corrupt elites who never listen.\n\n"
           "\"We will not allow anyone to destroy our economy,\" the minister told reporters.\n")


@pytest.fixture
def inputs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "j1", "text": ARTICLE, "source": "example.org"}) + "\n"
                      + "{broken json\n", encoding="utf-8")
    return {"good": good, "empty": empty, "binary": binary, "corpus": corpus}


def _check_contract(report: dict) -> None:
    for key in ("id", "input", "title", "source", "url", "published", "lang", "text", "paragraphs",
                "spans", "genre", "frames", "removed"):
        assert key in report, key
    text = report["text"]
    assert set(report["genre"]["scores"]) == {"opinion", "reporting", "satire"}
    assert report["genre"]["label"] in report["genre"]["scores"]
    for para in report["paragraphs"]:
        assert 0 <= para["start"] < para["end"] <= len(text)
    for span in report["spans"]:
        assert text[span["start"]:span["end"]] == span["text"]
        para = report["paragraphs"][span["paragraph"]]
        assert para["start"] <= span["start"] < span["end"] <= para["end"]
        assert 0 <= span["score"] <= 1


def test_analyze_writes_jsonl_for_good_inputs_and_one_error_line_per_bad_input(inputs, tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["analyze", str(inputs["empty"]), str(inputs["good"]),
                                      str(inputs["binary"]), str(inputs["corpus"]), "-o", str(out), "-q"])
    assert result.exit_code == 1
    messages = [l for l in result.output.splitlines() if l.startswith("spinscope: error:")]
    assert any(str(inputs["empty"]) in m and "empty" in m for m in messages)
    assert any(str(inputs["binary"]) in m and "binary" in m for m in messages)
    assert any(f"{inputs['corpus']}:2" in m and "invalid JSON" in m for m in messages)
    assert "Traceback" not in result.output
    reports = [json.loads(l) for l in out.read_text().splitlines()]
    assert [r["id"] for r in reports] == ["good", "j1"]
    assert reports[1]["source"] == "example.org"
    for report in reports:
        _check_contract(report)
        assert report["lang"] == "en"


def test_analyze_all_good_exits_zero_and_writes_json(inputs, tmp_path):
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["analyze", str(inputs["good"]), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(out.read_text())
    _check_contract(report)


def test_analyze_html_report_escapes_scripts(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Test page</title></head><body><article>"
                    "<p>The minister said the plan was a disaster for everyone involved in it.</p>"
                    "<p>Some say &lt;script&gt;alert('owned')&lt;/script&gt; appears in text.</p>"
                    "</article></body></html>")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["analyze", str(page), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert "<script>alert('owned')</script>" not in html
    assert "&lt;script&gt;" in html


def test_analyze_markdown_and_stdin(inputs):
    result = CliRunner().invoke(cli, ["analyze", "-", "--format", "md", "-q"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert "Ministers Clash Over Budget" in result.output


def test_demo_writes_a_report_of_the_bundled_samples(tmp_path):
    out = tmp_path / "demo.html"
    result = CliRunner().invoke(cli, ["demo", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert html.count("<article") >= 5 or html.count('class="article') >= 5
    # written atomically through a private temporary file, but readable like any other file
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    assert "Loaded Language" in html or "Loaded_Language" in html
    # the noisy blog page lost its scraper noise but kept its paragraphs
    jsonl = tmp_path / "demo.jsonl"
    result = CliRunner().invoke(cli, ["demo", "-o", str(jsonl), "-q"])
    assert result.exit_code == 0, result.output
    reports = {r["id"]: r for r in map(json.loads, jsonl.read_text().splitlines())}
    blog = reports["en_blog_scraped_page"]
    assert "wall of silence" in blog["text"] and "It is about control" in blog["text"]
    for noise in ("Leave a Reply", "VISIT MY WEBSITE", "[ad_1]", "Source link", "Mike1979", "alert("):
        assert noise not in blog["text"], noise
    assert {r["lang"] for r in reports.values()} >= {"en", "fr", "de", "it"}


def test_console_script_is_installed_and_reports_its_version():
    result = subprocess.run([sys.executable, "-m", "spinscope", "--version"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "spinscope" in result.stdout
