"""Count what the cleaner does on the blind held-out sets (tests/test_clean_held_out_*.py).

    python scripts/clean_held_out_report.py                     # the cleaner in this checkout
    python scripts/clean_held_out_report.py --tests DIR --sets 10

Prints, per set: noise lines removed (overall and per category), article lines kept, whole pages
clean, and the page noise lines left in (and paragraphs lost) per page. These are the figures of
the cleaning table of docs/cleaning.md. Its "before" and "after" columns were measured at the commits named
in each set's docstring: check one out in a worktree, copy the set's test file into its tests/
folder, and run this script with PYTHONPATH=<worktree>/src and --tests <worktree>/tests.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import sys
from pathlib import Path

import second_opinion_options

ROOT = Path(__file__).resolve().parent.parent


def _values(case):
    return case.values if hasattr(case, "values") else case  # a pytest.param or a plain tuple


def report(number: int) -> None:
    from test_clean import _insert, _problems

    held_out = importlib.import_module(f"test_clean_held_out_{number}")
    lines = getattr(held_out, f"HELD_OUT_{number}_LINES")
    keep = getattr(held_out, f"HELD_OUT_{number}_KEEP")
    pages = getattr(held_out, f"HELD_OUT_{number}_PAGES")
    total, removed = collections.Counter(), collections.Counter()
    for case in lines:
        where, line, category = _values(case)[:3]
        total[category] += 1
        removed[category] += not _problems(_insert(where, [line]), "en")
    kept = 0
    for case in keep:
        where, line = _values(case)[:2]
        kept += not _problems(_insert(where, [line], keep=True), "en")
    print(f"HELD_OUT_{number}")
    print(f"  noise lines removed {sum(removed.values())}/{sum(total.values())}: "
          + ", ".join(f"{c} {removed[c]}/{total[c]}" for c in total))
    print(f"  article lines kept {kept}/{len(keep)}")
    left_total = noise_total = clean = 0
    for name, entry in pages.items():
        lang, case = entry if isinstance(entry, tuple) else (name, entry)
        problems = _problems(case, lang)
        left = sum("boilerplate" in p for p in problems)
        lost = sum(p.startswith("lost") for p in problems)
        left_total += left
        noise_total += len(case.drop)
        clean += not problems
        print(f"  page {name}: noise lines left {left} of {len(case.drop)}, paragraphs lost {lost}")
    print(f"  pages clean {clean}/{len(pages)}, page noise lines left {left_total} of {noise_total}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tests", type=Path, default=ROOT / "tests", help="folder of the test files")
    parser.add_argument("--sets", type=int, nargs="*", help="set numbers (default: every set found)")
    second_opinion_options.add_arguments(parser)
    args = parser.parse_args()
    second_opinion_options.apply(args)
    sys.path[:0] = [str(args.tests)]
    numbers = args.sets or sorted(int(p.stem.rsplit("_", 1)[1])
                                  for p in args.tests.glob("test_clean_held_out_*.py"))
    for number in numbers:
        report(number)


if __name__ == "__main__":
    main()
