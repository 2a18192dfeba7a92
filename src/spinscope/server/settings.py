"""Options of the web app, in one object (the CLI fills it from ``spinscope serve`` flags)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spinscope.ingest.fetch import FetchPolicy


@dataclass(frozen=True)
class ServerSettings:
    db: Path | None = None  # the corpus store built by ``spinscope ingest``; None: analyse only
    save: bool = False  # store articles analysed in the app (opens the store read-write)
    token: str | None = None  # when set, every page and API call needs it
    max_body_bytes: int = 2_000_000  # larger request bodies get 413 before anything parses them
    analysis_timeout: float = 30.0  # seconds, queueing included; then 504
    analysis_workers: int = 2  # threads running analyses (the model is shared, read-only)
    fetch: FetchPolicy = field(default_factory=FetchPolicy)
