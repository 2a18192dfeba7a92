"""Store size, ``stats`` and ``dupes`` latency at 10k and 100k articles.

Analyses a seed corpus once (the six-language test generator), then replicates its reports into a
store of each size. Replicas keep every offset valid but have words replaced by random strings of
the same length (half of them), so replicas are not near-duplicates of each other; 1% of the
articles are planted republications (a copy with two words changed), which ``dupes`` should find.

    python benchmarks/bench_corpus.py --sizes 10000 100000 --seed-articles 60
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_store_fixtures import LANGS, make_article  # noqa: E402

_WORD = re.compile(r"\w+")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def scramble(text: str, rng: random.Random, share: float = 0.5) -> str:
    return _WORD.sub(lambda m: "".join(rng.choice(LETTERS) for _ in m.group())
                     if rng.random() < share else m.group(), text)


def replicas(seed_reports: list[dict], count: int):
    rng = random.Random(0)
    for n in range(count):
        base = seed_reports[n % len(seed_reports)]
        planted = n % 100 == 99  # a republication of the previous article
        if planted:
            words = previous["text"].split(" ")
            words[5], words[9] = words[5].upper(), words[9].upper()
            text = " ".join(words)
            report = {**previous, "id": f"a{n}", "text": text, "source": "copycat.example"}
        else:
            text = scramble(base["text"], rng)
            report = {**base, "id": f"a{n}", "text": text, "published": f"20{20 + n % 6}-{1 + n % 12:02d}-01",
                      "source": f"outlet-{n % 40}.example"}
        previous = report
        yield report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed-articles", type=int, default=60)
    args = parser.parse_args()
    import spinscope
    from spinscope.analytics import corpus_stats, find_duplicates
    from spinscope.store import Store, StoreItem

    nlp = spinscope.load()
    langs = sorted(LANGS)
    seed = []
    for n in range(args.seed_articles):
        r = make_article(langs[n % len(langs)], n)
        seed.append(nlp.to_dict(nlp(r["title"] + "\n\n" + r["text"], id=r["id"], title=r["title"])))
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "corpus.duckdb"
            started = time.perf_counter()
            with Store.open(path, read_only=False) as store:
                batch = []
                for i, report in enumerate(replicas(seed, size)):
                    batch.append(StoreItem(report, f"h{i}", f"bench:{i}", [], nlp.model_version))
                    if len(batch) == 500:
                        store.add_many(batch)
                        batch = []
                store.add_many(batch)
                store.checkpoint()
            load = time.perf_counter() - started
            size_bytes = path.stat().st_size
            print(f"{size} articles: store {size_bytes / 1e6:.0f} MB ({size_bytes / size * 10_000 / 1e6:.0f} MB per "
                  f"10k), written in {load:.0f} s ({size / load:.0f} articles/s, writer only)")
            with Store.open(path) as store:
                for by in ("source", "month", "lang", "genre", "speaker"):
                    t = time.perf_counter()
                    corpus_stats(store, by=by)
                    print(f"  stats --by {by}: {time.perf_counter() - t:.2f} s")
                t = time.perf_counter()
                clusters = find_duplicates(store)
                planted = size // 100
                print(f"  dupes: {time.perf_counter() - t:.1f} s, {len(clusters)} clusters "
                      f"({planted} republications planted)")


if __name__ == "__main__":
    main()
