"""The attribution gate: quote and speaker scores on the hand-built gold set (needs the corpus).

Floors (from the issue): direct quotes F1 >= 0.90, speaker accuracy >= 0.85, indirect F1 >= 0.70,
on the development articles: a regression gate for the rules. The held-out articles are measured
and reported (README, gold README), not gated: a fresh held-out set is annotated before the rules
change and scored as it comes, and a gate on it would invite tuning the rules to it. Raising a
floor is easy; lowering one needs a reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from spinscope.attribution.evaluate import evaluate, load_gold_file, semeval_article
from spinscope.cli import cli

GOLD_DIR = Path(__file__).parent / "gold" / "attribution"
FLOORS = {"direct_f1": 0.90, "speaker_accuracy": 0.85, "indirect_f1": 0.70}


@pytest.fixture(scope="module")
def results(semeval_root):
    return evaluate(GOLD_DIR, semeval_root)


def test_gold_files_resolve_to_their_articles(semeval_root):
    text_of = semeval_article(semeval_root)
    files = sorted(GOLD_DIR.glob("*.json"))
    assert files
    for path in files:
        gold, article = load_gold_file(path, text_of)
        assert gold.quotes, f"{path.name} annotates no quotes"
        for q in gold.quotes:
            assert 0 <= q.start < q.end <= len(article.text)


def test_floors_on_the_development_articles(results):
    scores = results["dev"]
    assert scores.counts["direct"].scores()["f1"] >= FLOORS["direct_f1"]
    assert scores.counts["indirect"].scores()["f1"] >= FLOORS["indirect_f1"]
    assert scores.speaker_accuracy >= FLOORS["speaker_accuracy"]


def test_evaluate_command_prints_scores_per_split(semeval_root):
    result = CliRunner().invoke(cli, ["attribution", "evaluate", str(GOLD_DIR), "--data", str(semeval_root),
                                      "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert {"dev", "all"} <= set(scores)
    assert set(scores["all"]) >= {"direct", "indirect", "mixed", "all", "speaker_accuracy"}


def test_evaluate_command_bad_folder_is_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["attribution", "evaluate", str(tmp_path / "missing"),
                                      "--data", str(tmp_path)])
    assert result.exit_code != 0
    assert "gold folder not found" in result.output and "Traceback" not in result.output


def test_second_annotation_of_set_e_agrees_as_the_gold_readme_says(semeval_root, tmp_path):
    """The agreement figures of tests/gold/attribution/agreement/README.md, and the scorer's sanity:
    an annotation scored against itself agrees fully. The README's figures (0.976 / 0.968 / 0.963 /
    0.973) were measured before session 19 settled two conventions in the first annotation (three set-E
    quotes relabelled: ge_2285's unmarked "Name: claim" headline direct -> indirect, two quoted terms
    mixed -> indirect); the second annotation (agreement/) is left as annotated, so it now agrees a
    little less on kind; the totals and speakers are unchanged."""
    import importlib.util
    import shutil
    import sys

    spec = importlib.util.spec_from_file_location(
        "attribution_agreement", Path(__file__).parent.parent / "scripts" / "attribution_agreement.py")
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script  # (its dataclasses look their module up)
    spec.loader.exec_module(script)
    second = GOLD_DIR / "agreement" / "set-E"
    reference = tmp_path / "set-E"
    reference.mkdir()
    for path in second.glob("*.json"):
        shutil.copy(GOLD_DIR / path.name, reference / path.name)
    itself = script.agreement(reference, reference, semeval_root)
    assert itself["forward"].counts["all"].scores()["f1"] == 1.0 and itself["speakers"][0] == itself["speakers"][1]
    out = script.agreement(reference, second, semeval_root)
    assert out["articles"] == 24
    assert [round(out["forward"].counts[k].scores()["f1"], 3) for k in ("direct", "indirect", "mixed", "all")] \
        == [0.971, 0.953, 0.950, 0.973]
    assert out["speakers"] == (287, 290)


def test_speaker_names_compare_without_a_leading_article():
    """A leading article is no part of a name form ("The EU Council president" = "EU Council president",
    "l'Insee" = "Insee"); the strict score keeps it, and an article alone or inside a name stays."""
    from types import SimpleNamespace

    from spinscope.attribution.evaluate import _norm, _speaker_ok

    def said(name):
        return SimpleNamespace(name=name)

    assert _speaker_ok(["the EU Council president"], said("EU Council president"), articles=False)
    assert _speaker_ok(["Insee"], said("l'Insee"), articles=False)
    assert _speaker_ok(["Der Sprecher"], said("Sprecher"), articles=False)
    assert not _speaker_ok(["the EU Council president"], said("EU Council president"), articles=True)
    assert not _speaker_ok(["EU Council president"], said("EU Council"), articles=False)
    assert _speaker_ok([], None, articles=False) and not _speaker_ok([], said("Tusk"), articles=False)
    assert _norm("The") == "the" and _norm("Jean de la Fontaine") == "jean de la fontaine"
    assert _norm("Лариса Шеслер") == "лариса шеслер"
