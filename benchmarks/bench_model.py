"""Speed and memory of the model's full analysis: articles per second, peak RSS, long articles.

    python benchmarks/bench_model.py                   # 200 corpus test articles, bundled model
    python benchmarks/bench_model.py --n 100 --model path/to/model

Articles come from ../shared/data/semeval2023-task3/*/test-articles-subtask-3 (unlabelled, nine
languages, interleaved) when present, else the bundled samples repeated. Prints:

- model load time and the resident memory it adds;
- articles/s of the full analysis (read, clean, segment, model, report dict) over N articles;
- the length curve: seconds per article for one article repeated to 1x, 2x, 4x and 8x its length
  (the model's cost should grow linearly with length: no quadratic step);
- peak resident memory of the process and the size of the model directory on disk.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import spinscope
from spinscope.pipeline import default_model_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_analyze import article_paths  # noqa: E402  (same article selection as the analyze benchmark)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def dir_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeat-max", type=int, default=8)
    args = parser.parse_args()
    paths = article_paths(args.n)
    rss0 = peak_rss_mb()
    t0 = time.perf_counter()
    nlp = spinscope.load(args.model)
    load_s = time.perf_counter() - t0
    rss_loaded = peak_rss_mb()
    print(f"model load: {load_s:.2f} s, +{rss_loaded - rss0:.0f} MB resident")

    t0 = time.perf_counter()
    ok = failed = 0
    for result in nlp.analyze(paths):
        if result.ok:
            nlp.to_dict(result.article)
            ok += 1
        else:
            failed += 1
    elapsed = time.perf_counter() - t0
    print(f"full analysis: {ok} articles ({failed} failed) in {elapsed:.1f} s = {ok / elapsed:.1f} articles/s")

    base = Path(paths[0]).read_text(encoding="utf-8")
    title, _, body = base.partition("\n")
    print("length curve (one article repeated):")
    print("| length | chars | paragraphs | s/article |")
    print("|---|---|---|---|")
    k = 1
    while k <= args.repeat_max:
        text = title + "\n" + "\n\n".join([body.strip()] * k) + "\n"
        t0 = time.perf_counter()
        article = nlp(text)
        nlp.to_dict(article)
        s = time.perf_counter() - t0
        print(f"| {k}x | {len(text)} | {len(article.paragraphs)} | {s:.3f} |")
        k *= 2
    model_dir = Path(args.model) if args.model else default_model_path()
    print(f"peak RSS: {peak_rss_mb():.0f} MB; model directory: {dir_size_mb(model_dir):.1f} MB on disk "
          f"({model_dir}); cores: {os.cpu_count()}")


if __name__ == "__main__":
    main()
