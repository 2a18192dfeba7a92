"""Build the common-word lists the attribution rules use to tell a capitalised first word from a name.

A word opening a sentence is capitalised whether it is a name or not ("Soon after taking office,
Trump noted ...", "Gleichzeitig betonte Putin ...", "Kariera Silvio Berlusconiego ..."). One
article rarely shows the same word in lower case, so the rules also ask the training corpus:
a word counts as common when it occurs in lower case at least twice and more than twice as often
as it occurs capitalised inside a sentence (German nouns, always capitalised, never qualify; a
surname never does).

Reads every SemEval-2023 Task 3 article (training and test folders) of the six training
languages, except the articles of the held-out attribution gold files (``"split": "held-out"`` in
tests/gold/attribution), so that the held-out measurement stays unseen. Only word lists are
written, never text:

    python scripts/build_common_words.py [--data ../shared/data] [-o src/spinscope/attribution/common_words.json.gz]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"en": "en", "fr": "fr", "de": "ge", "it": "it", "pl": "po", "ru": "ru"}
WORD = re.compile(r"\w+(?:['’]\w+)?")
# what may stand between a sentence's end (or a quote's opening) and its first word
OPENING = re.compile(r"[.!?:;\"«»„“”\-–—(\[]\s*$")


def held_out_articles(gold_dir: Path) -> set[tuple[str, str]]:
    out = set()
    for path in gold_dir.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split") == "held-out":
            out.add((gold["folder"], str(gold["id"])))
    return out


def count(paths: list[Path]) -> tuple[collections.Counter, collections.Counter]:
    lower, capitalised_inside = collections.Counter(), collections.Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            previous_end = None
            for m in WORD.finditer(line):
                word = m.group()
                opening = previous_end is None or OPENING.search(line[previous_end:m.start()]) is not None
                previous_end = m.end()
                if word.islower():
                    lower[word] += 1
                elif word[0].isupper() and not word.isupper() and not opening:
                    capitalised_inside[word.lower()] += 1
    return lower, capitalised_inside


def build(data: Path, gold_dir: Path) -> dict[str, list[str]]:
    skip = held_out_articles(gold_dir)
    out = {}
    for lang, folder in FOLDERS.items():
        articles = {}
        for path in sorted((data / "semeval2023-task3" / folder).glob("*-articles-subtask-*/article*.txt")):
            article_id = path.stem.removeprefix("article")
            if (folder, article_id) not in skip:
                articles.setdefault(article_id, path)  # the subtask folders hold the same articles
        lower, capitalised_inside = count(list(articles.values()))
        out[lang] = sorted(w for w, n in lower.items() if n >= 2 and n > 2 * capitalised_inside[w])
        print(f"{lang}: {len(articles)} articles, {len(out[lang])} common words")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold" / "attribution")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "src" / "spinscope" / "attribution" / "common_words.json.gz")
    args = parser.parse_args()
    words = build(args.data, args.gold)
    # mtime=0: the same corpus gives the same bytes
    with gzip.GzipFile(args.output, "wb", mtime=0) as f:
        f.write(json.dumps(words, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
