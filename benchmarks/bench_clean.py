"""CPU time of the cleaner (``find_noise``: line rules, edge-line classifier, page structure).

Runs ``find_noise`` over the raw text of the same 200 articles as bench_analyze.py, several times,
and prints the best and median CPU seconds and the milliseconds per article. Pass --baseline-src
DIR (the src/ folder of another checkout) to time that cleaner in a second process and print the
ratio.

    SPINSCOPE_DATA=../shared/data python benchmarks/bench_clean.py [--articles 200] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_analyze import article_paths  # noqa: E402

from spinscope.ingest.clean import find_noise  # noqa: E402
from spinscope.ingest.edge_lines import default_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--baseline-src", type=Path, help="src/ of another checkout to compare with")
    args = parser.parse_args()
    texts = [Path(p).read_text(encoding="utf-8", errors="replace") for p in article_paths(args.articles)]
    default_model()  # load the classifier's weights outside the timing
    runs = []
    for _ in range(args.repeat):
        start = time.process_time()
        removed = sum(len(find_noise(text)) for text in texts)
        runs.append(time.process_time() - start)
    best, median = min(runs), statistics.median(runs)
    print(f"{'articles':>20}: {len(texts)}")
    print(f"{'removed_blocks':>20}: {removed}")
    print(f"{'cpu_best_s':>20}: {best:.3f}")
    print(f"{'cpu_median_s':>20}: {median:.3f}")
    print(f"{'ms_per_article':>20}: {1000 * best / len(texts):.2f}")
    if args.baseline_src:
        import subprocess
        out = subprocess.run([sys.executable, __file__, "--articles", str(args.articles), "--repeat",
                              str(args.repeat)], env={**os.environ, "PYTHONPATH": str(args.baseline_src)},
                             capture_output=True, text=True, check=True).stdout
        base = float(next(l.split(":")[1] for l in out.splitlines() if "cpu_best_s" in l))
        print(f"{'baseline_cpu_best_s':>20}: {base:.3f}")
        print(f"{'ratio_to_baseline':>20}: {best / base:.2f}")


if __name__ == "__main__":
    main()
