"""Reader-comment threads at the end of an article: where one starts.

:func:`thread_start` finds the header of a reader-comment thread ("3 Comments", "Leave a Reply")
or, with no header, a commenter's name and time ("marek1974 · 2 godz. temu") that opens one:
it must follow the article body, and what follows must look like a thread (names, dates,
"Reply"). :func:`spinscope.ingest.clean.find_noise` marks every line from there as "comment
thread". The page-level thread of :mod:`spinscope.ingest.page_blocks` (its own ``_page_thread_start``)
works from the page's shape instead.

clean imports this module only inside find_noise, so this one imports clean's names at the top.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spinscope.ingest.clean import MIN_BODY_LINES, is_name_and_time
from spinscope.ingest.noise_patterns import DECORATION, REPLY_FORM, THREAD_MARKER, is_nested_reply_header, whole_line

if TYPE_CHECKING:
    from spinscope.ingest.clean import Line

_THREAD_OPENER = whole_line(REPLY_FORM)
_MAX_LINES_BEFORE_MARKER = 3
_MAX_LINES_BETWEEN_MARKERS = 8


def thread_start(lines: list[Line]) -> int | None:
    """Index of the header of a reader-comment thread at the end, or None."""
    body = 0
    for h, line in enumerate(lines):
        if line.reason is None:
            body += 1
            continue
        # form labels ("Email *") also sit in polls inside an article: only a count or the
        # "Leave a Reply" line opens a thread
        opener = bool(_THREAD_OPENER.fullmatch(line.text.strip(DECORATION)))
        if body < MIN_BODY_LINES:
            continue
        if (opener or line.reason == "comment count") and _looks_like_thread(lines[h + 1:]):
            return h
        # a thread with no header: a commenter's name and time ("marek1974 · 2 godz. temu")
        # opens it when another commenter or a "Reply" follows, with comments between
        if (is_name_and_time(line.text)
                and _looks_like_thread(lines[h + 1:], need_marker=True)):
            return h
    return None


def _is_thread_marker(text: str) -> bool:
    bare = text.strip(DECORATION)
    # (round 74) or a nested reply's arrow over the replier's name ("↳ Ewa P."): no "Reply" link needed
    return bool(THREAD_MARKER.fullmatch(bare)) or is_name_and_time(bare) or is_nested_reply_header(text)


def _looks_like_thread(after: list[Line], need_marker: bool = False) -> bool:
    """Everything after a header is noise, or prose broken up by names, dates and "Reply"."""
    seen_marker = False
    run = 0
    for line in after:
        if _is_thread_marker(line.text):
            seen_marker = True
            run = 0
        elif line.reason is None:
            run += 1
            if run > (_MAX_LINES_BETWEEN_MARKERS if seen_marker else _MAX_LINES_BEFORE_MARKER):
                return False
    return seen_marker or (not need_marker and all(line.reason is not None for line in after))
