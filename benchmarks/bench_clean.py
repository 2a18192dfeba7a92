"""CPU time of the cleaner (``find_noise``: line rules, edge-line classifier, page structure), or
with ``--stage attribution`` of the rule-based attribution component (quotes, cues, speakers).

Runs the stage over the same 200 articles as bench_analyze.py, several times, and prints the best
and median CPU seconds and the milliseconds per article. The cleaner gets each article's raw text;
attribution gets the article as the pipeline builds it (read, cleaned, segmented outside the
timing). Pass --baseline-src DIR (the src/ folder of another checkout) to time that checkout's
stage in a second process and print the ratio.

    SPINSCOPE_DATA=../shared/data python benchmarks/bench_clean.py [--stage clean|attribution]
        [--articles 200] [--repeat 5] [--baseline-src DIR]
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


def _stage(name: str, paths: list[str]):
    """The inputs of the stage and the function timed on each; what it returns is counted."""
    if name == "clean":
        default_model()  # load the classifier's weights outside the timing
        find_noise("Title\n\nA line.\n")  # (and whatever else find_noise loads on first use)
        return [Path(p).read_text(encoding="utf-8", errors="replace") for p in paths], find_noise
    from spinscope.attribution.component import predict
    from spinscope.ingest.readers import read_file
    from spinscope.ingest.segment import build_article
    from spinscope.options import AnalysisOptions
    options = AnalysisOptions()
    articles = [build_article(doc, options) for p in paths for doc in read_file(Path(p), options)]
    return articles, lambda article: predict(article).quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stage", choices=("clean", "attribution"), default="clean")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--baseline-src", type=Path, help="src/ of another checkout to compare with")
    args = parser.parse_args()
    inputs, run = _stage(args.stage, article_paths(args.articles))
    runs = []
    for _ in range(args.repeat):
        start = time.process_time()
        found = sum(len(run(item)) for item in inputs)
        runs.append(time.process_time() - start)
    best, median = min(runs), statistics.median(runs)
    print(f"{'stage':>20}: {args.stage}")
    print(f"{'articles':>20}: {len(inputs)}")
    print(f"{'removed_blocks' if args.stage == 'clean' else 'quotes':>20}: {found}")
    print(f"{'cpu_best_s':>20}: {best:.3f}")
    print(f"{'cpu_median_s':>20}: {median:.3f}")
    print(f"{'ms_per_article':>20}: {1000 * best / len(inputs):.2f}")
    if args.baseline_src:
        import subprocess
        out = subprocess.run([sys.executable, __file__, "--stage", args.stage, "--articles", str(args.articles),
                              "--repeat", str(args.repeat)], env={**os.environ, "PYTHONPATH": str(args.baseline_src)},
                             capture_output=True, text=True, check=True).stdout
        base = float(next(l.split(":")[1] for l in out.splitlines() if "cpu_best_s" in l))
        print(f"{'baseline_cpu_best_s':>20}: {base:.3f}")
        print(f"{'ratio_to_baseline':>20}: {best / base:.2f}")


if __name__ == "__main__":
    main()
