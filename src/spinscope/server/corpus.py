"""Access to the corpus store for the web app.

DuckDB allows one read-write process or several read-only ones. The app therefore opens the
store per request: read-only by default, so ``spinscope ingest`` can add to the same file between
requests and several servers can read it. While an ingest holds the file, reads fail with a clear
"store busy" (503) instead of waiting. With ``--save`` the app also stores what analysts analyse
in it; then it opens the store read-write, one request at a time (a DuckDB process cannot hold the
same file read-only and read-write at once), and no other process can use the file meanwhile.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator


class CorpusUnavailable(Exception):
    """The store is not configured, missing, or locked by another process (HTTP 503)."""


class Corpus:
    def __init__(self, path: Path | None, *, writable: bool = False):
        self.path = path
        self.writable = writable
        self._lock = threading.Lock()

    @property
    def configured(self) -> bool:
        return self.path is not None

    @contextmanager
    def open(self, *, write: bool = False) -> Iterator[Any]:
        if self.path is None:
            raise CorpusUnavailable("no corpus store: start the server with --db PATH")
        if write and not self.writable:
            raise CorpusUnavailable("storing analyses is off: start the server with --save")
        if not self.writable and not self.path.exists():
            raise CorpusUnavailable(f"{self.path}: no such store (build one with spinscope ingest)")
        from spinscope.store import Store  # the store pulls in DuckDB; only load it when used

        lock = self._lock if self.writable else _NoLock()
        with lock:
            try:
                store = Store.open(self.path, read_only=not self.writable)
            except Exception as exc:  # DuckDB raises IOException when another process holds the file
                raise CorpusUnavailable(f"{self.path}: the store cannot be opened now "
                                        f"({type(exc).__name__}: {_first_line(exc)}); is an ingest running?") from exc
            with store:
                yield store


class _NoLock:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [""])[0][:200]
