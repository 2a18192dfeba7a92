"""Why the cleaner leaves uncredited photo captions: how often article lines share a caption's place and shape.

    PYTHONPATH=src SPINSCOPE_DATA=../shared/data python scripts/experiments/caption_shapes.py [--first 10] [--last 194]

On the whole pages of the held-out sets (tests/test_clean_held_out_*.py), a caption with no credit, prompt or label
is a short line (16 words at most) closed by a full stop, alone in its block between two blocks holding article
lines. This prints how many page noise lines the cleaner in this checkout keeps, how many of them have that place
and shape, and how many article lines have it too (and how many of those are ten words or fewer), with examples of
both. Session 45 measured it to decide against a caption reading (docs/cleaning.md).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_clean import _problems  # noqa: E402  (the tests' own reading of a page's kept and lost lines)

CAPTION_MAX_WORDS = 16


def _caption_shaped(line: str) -> bool:
    return len(line.split()) <= CAPTION_MAX_WORDS and line.rstrip().endswith(".")


def _alone_between_article_blocks(case) -> list[tuple[str, bool]]:
    """(line, is_article) for every one-line block whose neighbour blocks both hold an article line."""
    keep = set(case.keep)
    blocks = [block.split("\n") for block in case.raw.strip("\n").split("\n\n")]
    has_article = [any(line in keep for line in block) for block in blocks]
    return [(block[0], block[0] in keep) for i, block in enumerate(blocks)
            if len(block) == 1 and 0 < i < len(blocks) - 1 and has_article[i - 1] and has_article[i + 1]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=10)
    parser.add_argument("--last", type=int, default=194)
    args = parser.parse_args()
    kept_noise = caption_like_noise = 0
    article_shaped: list[str] = []
    noise_examples: list[str] = []
    for n in range(args.first, args.last + 1):
        try:
            module = importlib.import_module(f"test_clean_held_out_{n}")
        except ImportError:
            continue
        for name, entry in getattr(module, f"HELD_OUT_{n}_PAGES").items():
            lang, case = entry if isinstance(entry, tuple) else (name.split("-")[0], entry)
            kept = {p.split(": ", 1)[1] for p in _problems(case, lang) if p.startswith("kept")}
            kept_noise += len(kept)
            for line, is_article in _alone_between_article_blocks(case):
                if not _caption_shaped(line):
                    continue
                if is_article:
                    article_shaped.append(line)
                elif repr(line[:80]) in kept:  # (_problems quotes a kept line cut at 80 characters)
                    caption_like_noise += 1
                    noise_examples.append(line)
    short = [line for line in article_shaped if len(line.split()) <= 10]
    print(f"sets {args.first}-{args.last}: page noise lines kept {kept_noise}")
    print(f"  of them alone between article blocks, closed by a full stop, <= {CAPTION_MAX_WORDS} words: "
          f"{caption_like_noise}")
    print(f"article lines of that place and shape: {len(article_shaped)} ({len(short)} of ten words or fewer)")
    print("examples kept as noise:", *noise_examples[:8], sep="\n  ")
    print("examples of article lines:", *short[:8], sep="\n  ")


if __name__ == "__main__":
    main()
