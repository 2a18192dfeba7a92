"""Inputs -> work units: one unit per article, carrying its raw text and its content hash.

The writer process enumerates units (cheap: read and decode bytes) so it can skip articles
already stored before anyone analyses them; workers turn a unit into a raw document (HTML
extraction, which is the slow part of reading) and analyse it.

Resumability key: the sha256 of a unit's raw input text (a file's decoded text, one JSONL line
with its metadata, or, for URLs, the page text a worker fetched) together with the model version.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from spinscope.ingest.decode import decode_bytes
from spinscope.ingest.errors import InputError
from spinscope.ingest.readers import (JSONL_SUFFIXES, RawDocument, document_from_decoded, document_from_record,
                                      is_url, iter_folder, read_text_file, read_url, walk_inputs)
from spinscope.options import AnalysisOptions

URL_LIST_SUFFIXES = {".urls"}
PARQUET_SUFFIXES = {".parquet"}
_SNIFF_BYTES = 64 * 1024


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class WorkUnit:
    """One article to analyse. ``text`` is None for URLs: the worker fetches them."""

    input: str  # provenance: the path, ``path:line`` of a JSONL corpus, or the URL
    kind: str  # "file" | "record" | "url"
    text: str | None
    content_hash: str | None
    stem: str = ""  # the default article id
    suffix: str = ""
    path: str | None = None


def unit_document(unit: WorkUnit, options: AnalysisOptions) -> tuple[RawDocument, str]:
    """The raw document of a unit and its content hash; raises :class:`InputError`."""
    if unit.kind == "record":
        try:
            record = json.loads(unit.text)
        except json.JSONDecodeError as exc:
            raise InputError(unit.input, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
        return document_from_record(record, unit.input, unit.stem), unit.content_hash
    if unit.kind == "url":
        for item in read_url(unit.text or unit.input, options):
            if isinstance(item, InputError):
                raise item
            return item, content_hash(f"{item.meta.url}\n{item.raw}")
        raise InputError(unit.input, "nothing could be read from this URL")
    path = Path(unit.path) if unit.path else None
    for item in document_from_decoded(unit.text, unit.input, unit.stem, unit.suffix, path):
        if isinstance(item, InputError):
            raise item
        return item, unit.content_hash
    raise InputError(unit.input, "nothing could be read from this input")


def _url_lines(text: str) -> list[str] | None:
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return lines if lines and all(is_url(line) for line in lines) else None


def _file_units(path: Path, options: AnalysisOptions) -> Iterator[WorkUnit | InputError]:
    input = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_units(path, options)
        return
    try:
        text = read_text_file(path, options)
    except InputError as exc:
        yield exc
        return
    urls = _url_lines(text) if suffix in URL_LIST_SUFFIXES | {".txt", ""} else None
    if urls is not None:  # a list of URLs, one per line
        for url in urls:
            yield WorkUnit(url, "url", url, None)
        return
    if suffix in URL_LIST_SUFFIXES:
        yield InputError(input, "a .urls file must hold one http(s) URL per line")
        return
    yield WorkUnit(input, "file", text, content_hash(text), path.stem, suffix, input)


def _jsonl_units(path: Path, options: AnalysisOptions) -> Iterator[WorkUnit | InputError]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    with stream:
        yield from _jsonl_stream_units(stream, str(path), path.stem, options)


def _jsonl_stream_units(stream, input: str, stem: str, options: AnalysisOptions) -> Iterator[WorkUnit | InputError]:
    any_line = False
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        any_line = True
        where = f"{input}:{lineno}"
        try:
            text = decode_bytes(line, where, options.max_bytes).strip()
        except InputError as exc:
            yield exc
            continue
        yield WorkUnit(where, "record", text, content_hash(text), f"{stem}-{lineno}")
    if not any_line:
        yield InputError(input, "input is empty")


def iter_units(inputs: Iterable[str | Path], options: AnalysisOptions) -> Iterator[WorkUnit | InputError]:
    """A work unit (or the error of an unreadable input) per article in ``inputs``.

    Inputs: files (.txt, .html, .jsonl, .urls), folders of them, http(s) URLs, ``-`` for
    standard input. A text file whose every line is an http(s) URL is read as a URL list.
    """
    yield from walk_inputs(inputs, stdin=lambda: _stdin_units(options),
                           url=lambda url: iter([WorkUnit(url, "url", url, None)]),
                           file=lambda path: _file_units(path, options))


def _stdin_units(options: AnalysisOptions) -> Iterator[WorkUnit | InputError]:
    import io

    data = sys.stdin.buffer.read(options.max_bytes + 1)
    try:
        text = decode_bytes(data, "<stdin>", options.max_bytes)
    except InputError as exc:
        yield exc
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        yield from _jsonl_stream_units(io.BytesIO(text.encode("utf-8")), "<stdin>", "stdin", options)
    elif _url_lines(text) is not None:
        yield from (WorkUnit(url, "url", url, None) for url in _url_lines(text))
    else:
        yield WorkUnit("<stdin>", "file", text, content_hash(text), "stdin", "", None)


def estimate_units(inputs: Iterable[str | Path]) -> int | None:
    """How many articles the inputs hold, counted cheaply (for the progress bar's ETA)."""
    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        if is_url(str(item)):
            total += 1
            continue
        path = Path(item)
        files = list(iter_folder(path)) if path.is_dir() else [path] if path.exists() else []
        for f in files:
            suffix = f.suffix.lower()
            if suffix in JSONL_SUFFIXES:
                with f.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            elif suffix in URL_LIST_SUFFIXES | {".txt", ""} and f.stat().st_size < 10_000_000:
                with f.open("rb") as stream:
                    head = stream.read(_SNIFF_BYTES).decode("utf-8", "replace")
                urls = _url_lines(head)
                total += len([line for line in f.read_text("utf-8", "replace").splitlines()
                              if line.strip() and not line.lstrip().startswith("#")]) if urls else 1
            else:
                total += 1
    return total
