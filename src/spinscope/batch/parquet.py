"""Results as Parquet part files, for a store that lives elsewhere, and loading them into a store.

``ParquetSink`` stands in for the store during an ingest (``--parquet DIR`` without ``--db``):
each committed chunk becomes one part file, written whole or not at all, so resuming works the
same way (content hashes already in the folder are skipped).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import pyarrow.parquet as pq

from spinscope.batch.ingest import IngestSummary, ingest
from spinscope.export.parquet import items_table, read_items, write_atomic
from spinscope.ingest.readers import is_url
from spinscope.store import Store, StoreItem

LOAD_BATCH = 200


def is_parquet_input(item: str | Path) -> bool:
    path = Path(item)
    if path.suffix.lower() == ".parquet":
        return True
    return path.is_dir() and any(path.glob("*.parquet"))


def parquet_files(item: str | Path) -> list[Path]:
    path = Path(item)
    return sorted(path.glob("*.parquet")) if path.is_dir() else [path]


class ParquetSink:
    """The writer's side of an ingest that stores nothing locally: part files in ``folder``."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.rows = sum(pq.ParquetFile(p).metadata.num_rows for p in self.folder.glob("*.parquet"))
        self.last_written = 0

    def _stored(self, model_version: str | None) -> Iterator[tuple[str, str]]:
        """(content hash, input) of every article in the part files analysed with ``model_version``."""
        for part in self.folder.glob("*.parquet"):
            table = pq.read_table(part, columns=["content_hash", "input", "model_version"])
            for digest, input, version in zip(table.column("content_hash").to_pylist(),
                                              table.column("input").to_pylist(),
                                              table.column("model_version").to_pylist()):
                if version == model_version:
                    yield digest, input

    def known_hashes(self, model_version: str | None) -> set[str]:
        return {digest for digest, _ in self._stored(model_version)}

    def known_urls(self, model_version: str | None) -> set[str]:
        return {input for _, input in self._stored(model_version) if is_url(input)}

    def add_many(self, items: Sequence[StoreItem]) -> list[str]:
        write_atomic(items_table(items), self.folder / f"part-{uuid.uuid4().hex}.parquet")
        self.rows += len(items)
        self.last_written = len(items)
        return [str(i.report.get("id")) for i in items]

    def add_error(self, input: str, reason: str) -> None:
        pass  # reported to the user by the caller; a Parquet folder keeps only articles

    def clear_errors(self, inputs: Iterable[str]) -> None:
        pass

    def ingest(self, inputs, **kwargs) -> IngestSummary:
        return ingest(inputs, store=self, **kwargs)


def load_parquet(store: Store, inputs: Iterable[str | Path],
                 on_error: Callable[[str, str], None] = lambda i, r: None) -> IngestSummary:
    """Load spinscope Parquet files (or folders of part files) into ``store`` without analysing."""
    import time

    summary = IngestSummary()
    started = time.perf_counter()
    for item in inputs:
        for path in parquet_files(item):
            batch: list[StoreItem] = []
            try:
                for stored in read_items(path):
                    batch.append(stored)
                    if len(batch) >= LOAD_BATCH:
                        _commit(store, batch, summary)
                        batch = []
                _commit(store, batch, summary)
            except (OSError, ValueError) as exc:  # pyarrow's errors derive from these
                summary.failed += 1
                reason = f"cannot load Parquet results ({(str(exc).splitlines() or [''])[0]})"
                store.add_error(str(path), reason)
                on_error(str(path), reason)
    summary.seconds = time.perf_counter() - started
    return summary


def _commit(store: Store, batch: list[StoreItem], summary: IngestSummary) -> None:
    if batch:
        store.add_many(batch)
        summary.stored += store.last_written
        summary.skipped += len(batch) - store.last_written
