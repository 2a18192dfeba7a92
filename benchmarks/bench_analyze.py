"""Throughput and peak memory of the full analysis (`spinscope analyze`) on N articles.

    python benchmarks/bench_analyze.py                 # 200 articles from the corpus test folders
    python benchmarks/bench_analyze.py --n 500 --model path/to/model
    python benchmarks/bench_analyze.py --site-template   # with site templates counted over the batch

Articles come from ../shared/data/semeval2023-task3/*/test-articles-subtask-3 (unlabelled, all nine
languages) when present, else from the bundled samples repeated. Prints articles per second for the
whole path (read, clean, segment, model, report dict) and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

import spinscope
from spinscope.cli.analyze import sample_paths
from spinscope.options import AnalysisOptions

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("SPINSCOPE_DATA", REPO.parent / "shared" / "data")) / "semeval2023-task3"


def article_paths(n: int) -> list[str]:
    found = sorted(str(p) for p in CORPUS.glob("*/test-articles-subtask-3/article*.txt")) if CORPUS.exists() else []
    if not found:
        found = sample_paths()
    # interleave languages so any prefix is a mix
    by_lang: dict[str, list[str]] = {}
    for p in found:
        by_lang.setdefault(Path(p).parent.parent.name, []).append(p)
    mixed = [p for group in zip(*by_lang.values()) for p in group] if len(by_lang) > 1 else found
    mixed += [p for p in found if p not in set(mixed)]
    return [mixed[i % len(mixed)] for i in range(n)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--model", default=None)
    parser.add_argument("--site-template", action="store_true",
                        help="count site templates over the batch (spinscope analyze --site-template)")
    args = parser.parse_args()
    paths = article_paths(args.n)
    rss_start = peak_rss_mb()
    t0 = time.perf_counter()
    nlp = spinscope.load(args.model, AnalysisOptions(site_template=args.site_template))
    load_s = time.perf_counter() - t0
    rss_loaded = peak_rss_mb()
    t0 = time.perf_counter()
    ok = failed = chars = 0
    for result in nlp.analyze(paths):
        if result.ok:
            report = nlp.to_dict(result.article)
            chars += len(report["text"])
            json.dumps(report)
            ok += 1
        else:
            failed += 1
    elapsed = time.perf_counter() - t0
    figures = {
        "articles": ok, "failed": failed, "mean_chars": round(chars / max(ok, 1)),
        "model_load_s": round(load_s, 2), "analyze_s": round(elapsed, 2),
        "articles_per_s": round(ok / elapsed, 2),
        "peak_rss_mb": round(peak_rss_mb()), "rss_after_load_mb": round(rss_loaded),
        "rss_interpreter_mb": round(rss_start), "cpus": os.cpu_count(),
        "model": nlp.model_version, "site_template": args.site_template,
    }
    for key, value in figures.items():
        print(f"{key:>20}: {value}")
    print(json.dumps(figures), file=sys.stderr)


if __name__ == "__main__":
    main()
