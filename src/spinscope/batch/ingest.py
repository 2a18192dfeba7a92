"""The writer: enumerate inputs, skip what is stored, hand chunks to an executor, commit results.

Only this process writes to the store, one transaction per chunk of a few articles, so a hard
kill at any moment loses at most the chunks still being analysed and never leaves half an
article; a rerun skips everything committed (same content hash and model version).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spinscope.batch.units import WorkUnit, iter_units
from spinscope.batch.worker import Outcome
from spinscope.ingest.errors import InputError
from spinscope.options import AnalysisOptions
from spinscope.store import Store, StoreItem

DEFAULT_CHUNK = 4  # articles per task and per transaction: small, so a kill loses little


@dataclass
class IngestSummary:
    stored: int = 0  # articles written (new or replaced) in this run
    skipped: int = 0  # already stored with the same content and model version, or repeated inputs
    failed: int = 0  # inputs that could not be read or analysed
    seconds: float = 0.0

    def merged(self, other: "IngestSummary") -> "IngestSummary":
        return IngestSummary(self.stored + other.stored, self.skipped + other.skipped,
                             self.failed + other.failed, self.seconds + other.seconds)

    @property
    def rate(self) -> float:
        """Articles analysed per second in this run."""
        return (self.stored + self.failed) / self.seconds if self.seconds > 0 else 0.0


def _chunks(units: Iterable[WorkUnit | InputError], known: set[str], size: int, summary: IngestSummary,
            on_error: Callable[[str, str], None], on_progress: Callable[[int], None],
            known_urls: frozenset[str] = frozenset()) -> Iterator[list[WorkUnit]]:
    chunk: list[WorkUnit] = []
    seen = set(known)
    for unit in units:
        if isinstance(unit, InputError):
            summary.failed += 1
            on_error(unit.input, unit.reason)
            on_progress(1)
            continue
        if unit.kind == "url" and unit.input in known_urls:  # stored by an earlier run: no refetch
            summary.skipped += 1
            on_progress(1)
            continue
        if unit.content_hash is not None:
            if unit.content_hash in seen:
                summary.skipped += 1
                on_progress(1)
                continue
            seen.add(unit.content_hash)
        chunk.append(unit)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(inputs: Iterable[str | Path], *, store: Store, executor, model_version: str | None,
           options: AnalysisOptions | None = None, chunk_size: int = DEFAULT_CHUNK,
           on_error: Callable[[str, str], None] = lambda input, reason: None,
           on_progress: Callable[[int], None] = lambda n: None) -> IngestSummary:
    """Analyse every article of ``inputs`` with ``executor`` into ``store``.

    Failed inputs are recorded in the store's ``errors`` table and passed to ``on_error``;
    ``on_progress(n)`` is called as articles are done (stored, skipped or failed).
    """
    options = options or AnalysisOptions()
    summary = IngestSummary()
    started = time.perf_counter()

    def record_error(input: str, reason: str) -> None:
        store.add_error(input, reason)
        on_error(input, reason)

    known = store.known_hashes(model_version)
    chunks = _chunks(iter_units(inputs, options), known, chunk_size, summary, record_error, on_progress,
                     frozenset(store.known_urls(model_version)))
    for outcomes in executor.map_chunks(chunks):
        write_outcomes(store, outcomes, summary, record_error)
        on_progress(len(outcomes))
    summary.seconds = time.perf_counter() - started
    return summary


def write_outcomes(store: Store, outcomes: list[Outcome], summary: IngestSummary,
                   on_error: Callable[[str, str], None]) -> None:
    """Commit a chunk's reports in one transaction; record its failures."""
    items = [StoreItem(o.report, o.content_hash or "", o.input, o.warnings, o.model_version)
             for o in outcomes if o.ok and o.report is not None]
    if items:
        store.add_many(items)
        store.clear_errors(item.input for item in items)
        summary.stored += store.last_written
        summary.skipped += len(items) - store.last_written
    for outcome in outcomes:
        if not outcome.ok:
            summary.failed += 1
            on_error(outcome.input, outcome.error or "unknown error")
