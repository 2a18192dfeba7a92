"""What the site template removes: from the SemEval corpus, and on the blind held-out site batches.

    SPINSCOPE_DATA=../shared/data python scripts/site_template_report.py [--corpus] [--batches]

``--corpus`` reads each language folder of the SemEval corpus as one batch (its files name no
site) and prints every line the site template removes there, with the number of articles, and
whether it is among the lines read as noise (``tests/site_template_reviewed.py``).
``--batches`` runs the site batches (``tests/site_batches_1.py`` to ``_4.py``, development
data, and ``tests/site_batches_held_out_5.py``, held out) with and without the site template and prints,
per batch, the noise lines left and the article lines lost: removed, or joined into another
paragraph with their text kept; ``--set NAME`` picks one module.
Without options, both.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def corpus() -> None:
    from site_template_reviewed import REVIEWED, summary

    data = Path(os.environ.get("SPINSCOPE_DATA", ROOT.parent / "shared" / "data")) / "semeval2023-task3"
    for folder in sorted(p for p in data.iterdir() if p.is_dir()):
        counts = summary(folder)
        print(f"{folder.name}: {sum(counts.values())} lines removed as site template")
        for line, n in counts.most_common():
            mark = " " if any(line.startswith(r) for r in REVIEWED) else "!"
            print(f"  {mark} {n:3d} {line[:110]}")


SETS = ("site_batches_1", "site_batches_2", "site_batches_3", "site_batches_4", "site_batches_held_out_5")


def batches(module: str) -> None:
    import importlib

    from site_batch_check import batch_problems

    if not (ROOT / "tests" / f"{module}.py").exists():
        print(f"{module}: not found")
        return
    SITE_BATCHES = importlib.import_module(module).SITE_BATCHES
    print(module)
    totals = {False: [0, 0, 0, 0], True: [0, 0, 0, 0]}
    for name, (lang, pages) in SITE_BATCHES.items():
        cells = []
        for use in (False, True):
            figures = batch_problems(pages, lang, use)
            totals[use] = [a + b for a, b in zip(totals[use], figures)]
            left, removed, joined, noise = figures
            cells.append(f"{'with' if use else 'without'}: noise left {left} of {noise}, article lines removed "
                         f"{removed}, joined {joined}")
        print(f"  {name} ({lang}, {len(pages)} pages): " + "; ".join(cells))
    for use in (False, True):
        left, removed, joined, noise = totals[use]
        print(f"  all batches {'with' if use else 'without'} the site template: noise lines left {left} of "
              f"{noise}, article lines removed {removed}, joined into another paragraph {joined}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="store_true")
    parser.add_argument("--batches", action="store_true")
    parser.add_argument("--set", choices=SETS, help="one set of site batches (default: all)")
    args = parser.parse_args()
    if args.corpus or not args.batches:
        corpus()
    if args.batches or not args.corpus:
        for module in [args.set] if args.set else SETS:
            batches(module)


if __name__ == "__main__":
    main()
