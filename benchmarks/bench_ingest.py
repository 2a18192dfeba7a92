"""Ingest throughput of ``spinscope ingest`` at 1, 2 and N workers, and store size per 10k articles.

Generates a six-language corpus (the test generator: ~4 paragraphs, ~1.3 kB per article) as a JSONL
file and runs the real command for each worker count into a fresh store. Figures printed: wall time
of the whole command (model load included) and articles/s of the analysis itself as reported by
the command, plus the store's bytes per article scaled to 10k articles.

    python benchmarks/bench_ingest.py --articles 300 --workers 1 2 4
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_store_fixtures import LANGS, make_article, write_jsonl  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, os.cpu_count() or 2])
    args = parser.parse_args()
    langs = sorted(LANGS)
    records = [make_article(langs[n % len(langs)], n) for n in range(args.articles)]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(Path(tmp) / "corpus.jsonl", records)
        print(f"corpus: {len(records)} articles, {corpus.stat().st_size / len(records):.0f} bytes/article, "
              f"{len(langs)} languages; machine: {os.cpu_count()} cores")
        for workers in dict.fromkeys(args.workers):
            db = Path(tmp) / f"w{workers}.duckdb"
            started = time.perf_counter()
            run = subprocess.run([sys.executable, "-m", "spinscope", "ingest", str(corpus), "--db", str(db),
                                  "--workers", str(workers)], capture_output=True, text=True)
            wall = time.perf_counter() - started
            if run.returncode != 0:
                sys.exit(run.stderr)
            rate = re.search(r"\(([\d.]+) articles/s\)", run.stderr)
            size = db.stat().st_size + (Path(str(db) + ".wal").stat().st_size if Path(str(db) + ".wal").exists() else 0)
            print(f"workers={workers}: {wall:.1f} s wall (model load included), "
                  f"{rate.group(1) if rate else '?'} articles/s analysis, "
                  f"store {size / 1e6:.1f} MB = {size / len(records) * 10_000 / 1e6:.0f} MB per 10k articles")


if __name__ == "__main__":
    main()
