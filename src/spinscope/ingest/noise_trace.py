"""Which pass of the cleaner decided each line: a trace of :func:`~spinscope.ingest.clean.find_noise`.

:func:`explain_noise` runs ``find_noise`` with a trace on and returns, per nonblank line, its final
reason (None: kept), the pass that set it and the reasons that earlier passes set and later ones
overwrote or cleared, in order. For developers: ``scripts/explain_noise.py FILE`` prints it as a
table.

The passes call the step function :func:`steps` gives them after each pass (``step("_mark_ad_copy")``):
with no trace on, or on lines that are not the traced call's (a nested ``find_noise``), it is a
no-op, so the normal path pays one context-variable read per ``find_noise``, ``mark_page``,
``mark_page_blocks`` and ``mark_block_remnants`` and a call of an empty function per pass. A step
compares every line's reason with the last step's and credits the changes to the pass just run;
a change a pass makes and undoes within itself is not seen, nor a pass setting the reason a line
already has (the comment thread over a "Reply" the line rules took as "comment thread").

This module imports nothing of the cleaner at the top (clean.py and page_blocks.py import it).
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spinscope.ingest.clean import Line


@dataclass(frozen=True)
class LineExplained:
    """One nonblank line of the raw text and how the cleaner decided it."""

    start: int  # raw offsets of the stripped line
    end: int
    text: str
    reason: str | None  # the final reason; None: the line is kept
    decided_by: str | None  # the pass that set the final reason (or cleared the last one); None: no pass touched it
    history: tuple[tuple[str, str | None], ...]  # every (pass, reason it set) in order, the final one last


class _Trace:
    def __init__(self) -> None:
        self.lines: list[Line] | None = None
        self.last: list[str | None] = []
        self.events: list[list[tuple[str, str | None]]] = []

    def bind(self, lines: list[Line]) -> None:
        self.lines = lines
        self.last = [line.reason for line in lines]
        self.events = [[] for _ in lines]

    def step(self, name: str) -> None:
        assert self.lines is not None
        for i, line in enumerate(self.lines):
            if line.reason != self.last[i]:
                self.events[i].append((name, line.reason))
                self.last[i] = line.reason


_TRACE: ContextVar[_Trace | None] = ContextVar("spinscope_noise_trace", default=None)


def _no_step(name: str) -> None:
    pass


def steps(lines: list[Line], start: bool = False) -> Callable[[str], None]:
    """The step function for the passes over ``lines``: records what changed since the last step,
    under the name it is given, when a trace is on for these lines; else does nothing. ``start``
    (find_noise's call) binds an unbound trace to ``lines``."""
    trace = _TRACE.get()
    if trace is None:
        return _no_step
    if start and trace.lines is None:
        trace.bind(lines)
    return trace.step if trace.lines is lines else _no_step


def explain_noise(raw: str, **options) -> list[LineExplained]:
    """Every nonblank line of ``raw`` with its final reason, the pass that decided it and the
    reasons earlier passes set (``options`` as :func:`~spinscope.ingest.clean.find_noise`'s:
    ``edge_model``, ``site_lines``). The "[ad_1]" markers find_noise cuts out of kept lines are
    not lines' reasons and do not show here."""
    from spinscope.ingest.clean import find_noise

    trace = _Trace()
    token = _TRACE.set(trace)
    try:
        find_noise(raw, **options)
    finally:
        _TRACE.reset(token)
    lines = trace.lines or []
    explained = []
    for line, events in zip(lines, trace.events):
        explained.append(LineExplained(line.start, line.end, line.text, line.reason,
                                       events[-1][0] if events else None, tuple(events)))
    return explained
