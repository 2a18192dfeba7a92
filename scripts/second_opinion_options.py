"""Command-line options that override the cleaner's learned second opinion for one run.

Shared by clean_held_out_report.py and semeval_noise_diff.py (``dump``), so that the threshold and bar
choices of the training script's session-29 paragraph can be measured again: the same cleaner, with the
second opinion's threshold (``--second-threshold``) or its bar for clause-like tail lines (``--second-bar``,
a probability or ``none``, the walk stopping there as the rules do) set for the run. The package is not
changed; without the options nothing is overridden.
"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--second-threshold", type=float, default=None,
                        help="the second opinion's threshold for this run (shipped: its weights file's, 0.98)")
    parser.add_argument("--second-bar", default=None,
                        help="its bar for a tail line without a full stop that reads as a clause, a probability "
                             "or 'none' (shipped: clean.SECOND_OPINION_CONFIDENT, 0.99)")


def apply(args: argparse.Namespace) -> None:
    """Set the overrides of ``args`` on the cleaner loaded from PYTHONPATH."""
    from spinscope.ingest import clean, edge_lines

    if args.second_threshold is not None:
        edge_lines.second_model().threshold = args.second_threshold
    if args.second_bar is not None:
        clean.SECOND_OPINION_CONFIDENT = None if args.second_bar == "none" else float(args.second_bar)
