"""Helpers shared by the exporters: streaming reports, atomic output, quote->speaker links."""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Mapping, TextIO

from spinscope.store.rows import quotes_of, speaker_names


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def publish_mode(path: Path, directory: bool = False) -> None:
    """Temporary files are created private; give the result the usual permissions."""
    os.chmod(path, (0o777 if directory else 0o666) & ~_umask())


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A text file that appears whole at ``path`` when the block ends, or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
        publish_mode(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_folder(path: Path) -> Iterator[Path]:
    """A folder built aside and moved into place at the end (an existing one is replaced)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        yield tmp
        publish_mode(tmp, directory=True)
        if path.exists():
            shutil.rmtree(path)
        os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def speaker_links(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Quote -> speaker links with character offsets for both ends, where the report has them.

    The speaker end is the speaker's mention nearest the quote (reports from the attribution
    component list mentions per speaker); quotes whose speaker has no mention are skipped.
    """
    names = speaker_names(report)
    mentions: dict[str, list[tuple[int, int]]] = {}
    for entry in list(report.get("entities") or []) + list(report.get("speakers") or []):
        if isinstance(entry, Mapping) and entry.get("id") is not None:
            for m in entry.get("mentions") or []:
                if isinstance(m, Mapping) and isinstance(m.get("start"), int) and isinstance(m.get("end"), int):
                    mentions.setdefault(str(entry["id"]), []).append((m["start"], m["end"]))
    links = []
    for i, quote in enumerate(quotes_of(report)):
        speaker = quote.get("speaker")
        start, end = quote.get("start"), quote.get("end")
        if speaker is None or not isinstance(start, int) or not isinstance(end, int):
            continue
        candidates = [m for m in mentions.get(str(speaker), []) if m[1] <= start or m[0] >= end]
        if not candidates:
            continue
        mention = min(candidates, key=lambda m: min(abs(m[1] - start), abs(m[0] - end)))
        links.append({"quote": i, "quote_start": start, "quote_end": end, "speaker": names.get(str(speaker), str(speaker)),
                      "speaker_start": mention[0], "speaker_end": mention[1]})
    return links
