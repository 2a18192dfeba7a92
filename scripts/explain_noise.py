"""Which pass of the cleaner decided each line of a raw text (see spinscope.ingest.noise_trace).

    python scripts/explain_noise.py FILE [--kept] [--grep TEXT] [--no-edge-model] [--width N]

Prints one row per nonblank line the cleaner removes (with --kept, every nonblank line): its line
number in FILE, the final reason ("-" kept), the pass that decided it, the earlier reasons other
passes set and later ones overwrote or cleared ("pass=reason > pass=reason"; "kept" for a
cleared reason) and the start of the line's text. --grep TEXT keeps the rows whose line contains
TEXT (case-insensitive). FILE "-" reads standard input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from spinscope.ingest.noise_trace import explain_noise


def _history(entry) -> str:
    return " > ".join(f"{name}={reason or 'kept'}" for name, reason in entry.history[:-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", help="a raw text file, or - for standard input")
    parser.add_argument("--kept", action="store_true", help="show the kept lines too")
    parser.add_argument("--grep", metavar="TEXT", help="only the lines containing TEXT")
    parser.add_argument("--no-edge-model", action="store_true", help="the rules alone (find_noise's edge_model=None)")
    parser.add_argument("--width", type=int, default=60, help="characters of each line's text shown (default 60)")
    args = parser.parse_args(argv)
    raw = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8", errors="replace")
    options = {"edge_model": None} if args.no_edge_model else {}
    rows = []
    for entry in explain_noise(raw, **options):
        if entry.reason is None and not args.kept:
            continue
        if args.grep and args.grep.lower() not in entry.text.lower():
            continue
        text = entry.text if len(entry.text) <= args.width else entry.text[:args.width - 1] + "…"
        rows.append((str(raw.count("\n", 0, entry.start) + 1), entry.reason or "-", entry.decided_by or "-",
                     _history(entry), text))
    header = ("line", "reason", "decided by", "earlier", "text")
    widths = [max(len(r[k]) for r in rows + [header]) for k in range(4)]
    for row in [header] + rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row[:4], widths)) + "  " + row[4])
    return 0


if __name__ == "__main__":
    sys.exit(main())
