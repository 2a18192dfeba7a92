"""Retro measurement of the subheading-rows invariant (src/spinscope/ingest/subheading_rows.py) on old cleaners.

For each blind set N, the cleaner at the commit its docstring's Baseline paragraph names is run on
the set's pages, then the invariant (this checkout's, imported by file path) on that old output.
Three steps, each in its own process (the old code cannot import today's tests):

    W=$PWD; mkdir -p /tmp/inv
    # 1. the pages (raw text, article and noise lines) with today's code
    PYTHONPATH=$W/src python scripts/experiments/retro_subheading_rows.py dump --sets 41 57
    # 2. each set's old cleaner (git archive of the Baseline commit into /tmp/inv/code-N)
    for N in $(seq 41 57); do C=$(grep -m1 -oE 'cleaner at commit [0-9a-f]+' tests/test_clean_held_out_$N.py | cut -d' ' -f4)
      mkdir -p /tmp/inv/code-$N && git archive $C src | tar -x -C /tmp/inv/code-$N
      (cd /tmp && PYTHONPATH=/tmp/inv/code-$N/src SPINSCOPE_DATA=/work/shared/data \\
         python $W/scripts/experiments/retro_subheading_rows.py old --sets $N $N); done
    # 3. the invariant on the old outputs, counted per set
    PYTHONPATH=$W/src python scripts/experiments/retro_subheading_rows.py apply --sets 41 49 [-v]

Counts per set: article lines the old cleaner lost (all, and those in a subheading run by the
gold labels: an article line of heading shape over at least two article rows, the rows and at most
two article paragraphs right after them), lost lines given back, and noise lines given back (noise
the old cleaner removed that the invariant gives back). Old ``find_noise(raw)`` is called the way
scripts/clean_held_out_report.py cleans a page (build_article: default edge model, no site lines).

Measured 2026-12-03 (rule as committed in c48b53b): sets 41-49 (developed on) lost 60, 35 in runs,
recovered 27 (all in runs), noise given back 0; sets 50-57 (run once, at the end) lost 20, 17 in
runs, recovered 17 (all in runs), noise given back 0.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = Path("/tmp/inv")


def dump(numbers: list[int]) -> None:
    sys.path[:0] = [str(ROOT / "tests")]
    for n in numbers:
        module = importlib.import_module(f"test_clean_held_out_{n}")
        pages = []
        for name, entry in getattr(module, f"HELD_OUT_{n}_PAGES").items():
            lang, case = entry if isinstance(entry, tuple) else (name, entry)
            pages.append(dict(name=name, lang=lang, raw=case.raw, keep=list(case.keep), drop=list(case.drop)))
        (WORK / f"pages-{n}.json").write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")


def old(numbers: list[int]) -> None:
    from spinscope.ingest.clean import find_noise
    for n in numbers:
        pages = json.loads((WORK / f"pages-{n}.json").read_text(encoding="utf-8"))
        out = [[[r.start, r.end, r.reason, r.text] for r in find_noise(p["raw"])] for p in pages]
        (WORK / f"old-{n}.json").write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")


def _module():
    path = ROOT / "src" / "spinscope" / "ingest" / "subheading_rows.py"
    spec = importlib.util.spec_from_file_location("subheading_rows_retro", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold_runs(texts: list[str], keep: list[bool], inv) -> set[int]:
    members: set[int] = set()
    for i, text in enumerate(texts):
        if not (keep[i] and inv._is_heading(text)):
            continue
        j = i + 1
        while j < len(texts) and keep[j] and inv._is_row(texts[j]):
            j += 1
        if j - i - 1 < 2:
            continue
        end = j
        while end < len(texts) and end - j < 2 and keep[end] and inv._is_prose(texts[end]):
            end += 1
        members.update(range(i, end))
    return members


def apply(numbers: list[int], verbose: bool) -> None:
    from spinscope.document import Removed
    inv = _module()
    totals = [0] * 5
    print("set  lost  lost-in-runs  recovered  recovered-in-runs  noise-given-back")
    for n in numbers:
        pages = json.loads((WORK / f"pages-{n}.json").read_text(encoding="utf-8"))
        olds = json.loads((WORK / f"old-{n}.json").read_text(encoding="utf-8"))
        row = [0] * 5
        for page, rem in zip(pages, olds):
            removed = [Removed(*r) for r in rem]
            after = inv.give_back(page["raw"], removed)
            lines = inv._nonblank(page["raw"])
            keep_set, drop_set = set(page["keep"]), set(page["drop"])
            texts = [t for _, _, t in lines]
            keep = [t in keep_set for t in texts]
            runs = _gold_runs(texts, keep, inv)

            def hit(rs, a, b):
                return any(r.start < b and a < r.end for r in rs)
            for li, (a, b, text) in enumerate(lines):
                before, now = hit(removed, a, b), hit(after, a, b)
                if keep[li] and before:
                    row[0] += 1
                    row[1] += li in runs
                    row[2] += not now
                    row[3] += (not now) and li in runs
                if not now and before and (text in drop_set or not keep[li]):
                    row[4] += 1
                if verbose and before and not now:
                    print(f"  {n} {page['name']}: {'ARTICLE' if keep[li] else 'NOISE'} {text[:90]!r}")
        totals = [t + r for t, r in zip(totals, row)]
        print(f"{n:3d}  {row[0]:4d}  {row[1]:12d}  {row[2]:9d}  {row[3]:17d}  {row[4]:16d}")
    print(f"all  {totals[0]:4d}  {totals[1]:12d}  {totals[2]:9d}  {totals[3]:17d}  {totals[4]:16d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=["dump", "old", "apply"])
    parser.add_argument("--sets", type=int, nargs=2, required=True, metavar=("FIRST", "LAST"))
    parser.add_argument("-v", "--verbose", action="store_true", help="print every line given back")
    args = parser.parse_args()
    numbers = list(range(args.sets[0], args.sets[1] + 1))
    WORK.mkdir(parents=True, exist_ok=True)
    if args.step == "dump":
        dump(numbers)
    elif args.step == "old":
        old(numbers)
    else:
        apply(numbers, args.verbose)


if __name__ == "__main__":
    main()
