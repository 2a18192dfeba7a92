"""Throughput of the accurate model's sentence encoder alone (models/encoder.py).

    python benchmarks/bench_encoder.py            # the 200 articles of bench_analyze.py
    python benchmarks/bench_encoder.py --n 50 --threads 1 2

Embeds every non-empty line (paragraph) of each article, one article per call as the model does,
and prints paragraphs and articles per second for each thread count.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_analyze import article_paths  # noqa: E402

from spinscope.models.encoder import SentenceEncoder  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args(argv)
    articles = []
    for path in article_paths(args.n):
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        articles.append([line for line in text.split("\n") if line.strip()])
    n = sum(len(a) for a in articles)
    for threads in args.threads:
        encoder = SentenceEncoder(threads=threads)
        encoder.encode(["warm-up"])
        start = time.perf_counter()
        for paragraphs in articles:
            encoder.encode(paragraphs)
        seconds = time.perf_counter() - start
        print(f"threads={threads}: {n} paragraphs of {len(articles)} articles in {seconds:.1f} s: "
              f"{n / seconds:.0f} paragraphs/s, {len(articles) / seconds:.1f} articles/s")


if __name__ == "__main__":
    main()
