"""scripts/build_common_words.py: the attribution rules' common-word lists, built from a corpus
(a tiny one here) without the held-out gold articles."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

SCRIPT = Path(__file__).parent.parent / "scripts" / "build_common_words.py"


def _script():
    spec = importlib.util.spec_from_file_location("build_common_words", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _article(root: Path, folder: str, article_id: str, text: str) -> None:
    path = root / "semeval2023-task3" / folder / "train-articles-subtask-3" / f"article{article_id}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_lists_hold_words_written_in_lower_case_and_leave_out_held_out_articles(tmp_path):
    data, gold = tmp_path / "data", tmp_path / "gold"
    gold.mkdir()
    _article(data, "en", "1", "Title\n\nSoon the talks ended, and soon after Smith left. Later Smith said soon.\n")
    _article(data, "en", "2", "Title\n\nThe vote came soon, said Smith. Meanwhile the rally went on; meanwhile it rained, and meanwhile it snowed.\n")
    # a held-out gold article: its words must not reach the lists
    _article(data, "en", "3", "Title\n\nHeldoutword heldoutword heldoutword heldoutword.\n")
    (gold / "en_3.json").write_text(json.dumps({"id": "3", "folder": "en", "split": "held-out",
                                                "speakers": {}, "quotes": []}), encoding="utf-8")
    (gold / "en_1.json").write_text(json.dumps({"id": "1", "folder": "en", "split": "dev",
                                                "speakers": {}, "quotes": []}), encoding="utf-8")
    words = _script().build(data, gold)
    assert {"soon", "meanwhile"} <= set(words["en"])
    assert "smith" not in words["en"]  # capitalised inside sentences: a name
    assert "heldoutword" not in words["en"]
    assert words["de"] == []  # no German articles in this corpus


def test_the_shipped_lists_load_and_are_the_script_format():
    path = Path(__file__).parent.parent / "src" / "spinscope" / "attribution" / "common_words.json.gz"
    lists = json.loads(gzip.decompress(path.read_bytes()))
    assert set(lists) == {"en", "fr", "de", "it", "pl", "ru"}
    assert all(words == sorted(words) and len(words) > 1000 for words in lists.values())
