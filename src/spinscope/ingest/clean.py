"""Scraper noise: blocks of the raw input that are not the article.

:func:`find_noise` returns raw ranges with a reason; ingest leaves them out of the analysed text
and reports them in ``removed``. It never edits text, so nothing is lost silently.
"""

from __future__ import annotations

import re

from spinscope.document import Removed

# Whole lines that are scraper or platform noise wherever they appear.
_NOISE_LINES: list[tuple[str, re.Pattern[str]]] = [
    ("ad marker", re.compile(r"^\s*\[\s*ad_?\d*\s*\]\s*$", re.I)),
    ("advertisement", re.compile(r"^\s*(advertisement|advertising|sponsored( content)?)\s*$", re.I)),
    ("source link", re.compile(r"^\s*source link\s*$", re.I)),
    ("subscription prompt", re.compile(r"^\s*(subscribe|subscribe now|sign up for our newsletter\.?)\s*$", re.I)),
    ("click here prompt", re.compile(r"^\s*click here\b.{0,80}$", re.I)),
]


def find_noise(raw: str) -> list[Removed]:
    """Raw ranges of ``raw`` that are scraper noise, sorted, each with a reason."""
    removed: list[Removed] = []
    offset = 0
    for line in raw.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        for reason, pattern in _NOISE_LINES:
            if pattern.match(line):
                removed.append(Removed(start, end, reason, line))
                break
    return removed
