"""What the cleaner removes from every SemEval training article, and what changed between two cleaners.

The check every cleaning round reports ("SemEval find_noise diff: 0 of 3,723 files"): the training
articles were cleaned by their annotators, so a new rule that removes anything there more than before is
suspect. Dump the removals of the cleaner on PYTHONPATH, once per checkout, then compare two dumps::

    PYTHONPATH=<old checkout>/src python scripts/semeval_noise_diff.py dump old.json
    PYTHONPATH=<new checkout>/src python scripts/semeval_noise_diff.py dump new.json
    python scripts/semeval_noise_diff.py diff old.json new.json     # prints each changed removal

The corpus is ``$SPINSCOPE_DATA/semeval2023-task3`` (default ``../shared/data``); every
``*/train-articles-subtask-*/*.txt`` (3,723 files; not the ``._`` resource forks) is read as raw text (undecodable bytes replaced) and given to
``find_noise``. A dump holds, per file, each removal's raw offsets, reason and first 200 characters.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import second_opinion_options

REPO = Path(__file__).resolve().parents[1]


def dump(out: Path, data: Path) -> int:
    from spinscope.ingest.clean import find_noise

    # (the corpus carries macOS "._article*.txt" resource forks, which are no articles)
    files = sorted(p for p in (data / "semeval2023-task3").glob("*/train-articles-subtask-*/*.txt")
                   if not p.name.startswith("."))
    if not files:
        sys.exit(f"no training articles under {data / 'semeval2023-task3'}")
    removals = {}
    for path in files:
        raw = path.read_text(encoding="utf-8", errors="replace")
        removals[str(path.relative_to(data))] = [[r.start, r.end, str(r.reason), raw[r.start:r.end][:200]]
                                                 for r in find_noise(raw)]
    out.write_text(json.dumps(removals, ensure_ascii=False), encoding="utf-8")
    print(f"{len(files)} files, {sum(map(len, removals.values()))} removals -> {out}")
    return 0


def diff(old: Path, new: Path) -> int:
    a = json.loads(old.read_text(encoding="utf-8"))
    b = json.loads(new.read_text(encoding="utf-8"))
    changed = 0
    for name in sorted(a.keys() | b.keys()):
        before = {tuple(x) for x in a.get(name, [])}
        after = {tuple(x) for x in b.get(name, [])}
        if before != after:
            changed += 1
            print(name)
            for x in sorted(before - after):
                print("  -", x)
            for x in sorted(after - before):
                print("  +", x)
    print(f"changed files {changed} of {len(a.keys() | b.keys())}")
    return 1 if changed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="removals of the cleaner on PYTHONPATH, as JSON")
    d.add_argument("out", type=Path)
    d.add_argument("--data", type=Path, default=Path(os.environ.get("SPINSCOPE_DATA", REPO.parent / "shared" / "data")))
    second_opinion_options.add_arguments(d)
    c = sub.add_parser("diff", help="files whose removals differ between two dumps (exit 1 if any)")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = ap.parse_args()
    if args.command == "dump":
        second_opinion_options.apply(args)
    return dump(args.out, args.data) if args.command == "dump" else diff(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
