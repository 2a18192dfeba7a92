"""Readers: files, folders, JSONL corpora and standard input to :class:`RawDocument`.

Every reader yields either a :class:`RawDocument` or an :class:`InputError` naming the input and
the reason, so one bad input never stops a batch.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterable, Iterator, TypeVar

from spinscope.document import Metadata
from spinscope.ingest.decode import decode_bytes
from spinscope.ingest.errors import InputError
from spinscope.ingest.html import apply_html_metadata, extract_html
from spinscope.options import AnalysisOptions

if TYPE_CHECKING:
    from spinscope.ingest.site_lines import SiteLines

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
SEMEVAL_NAME = re.compile(r"^article(\d+)\.txt$")
# SemEval-2023 folder names that are not ISO 639-1 codes
SEMEVAL_LANG_FOLDERS = {"en": "en", "fr": "fr", "ge": "de", "it": "it", "po": "pl", "ru": "ru",
                        "es": "es", "gr": "el", "ka": "ka"}


@dataclass
class RawDocument:
    """One article as read, before cleaning: its raw text and what is known about it.

    ``raw`` is the decoded input with newlines normalised to ``\\n``; for HTML it is the
    extracted main text. When a title is known from metadata and is not the first line of the
    text, it is put first, followed by a blank line, as in the SemEval layout.
    """

    raw: str
    meta: Metadata
    # the lines its site prints on other articles of the batch (see ingest.site_lines), if known
    site_lines: SiteLines | None = None


Item = RawDocument | InputError
T = TypeVar("T")


def _with_title(title: str, body: str) -> str:
    title = " ".join(title.split())
    first_line = body.lstrip().split("\n", 1)[0].strip()
    if not title or first_line == title:
        return body
    return f"{title}\n\n{body}"


def document_from_text(text: str, meta: Metadata) -> RawDocument:
    """A raw document from plain text (SemEval layout: title, blank line, paragraphs)."""
    return RawDocument(_with_title(meta.title, text) if meta.title else text, meta)


def document_from_html(html: str, meta: Metadata) -> RawDocument:
    body, found = extract_html(html, meta.input)
    apply_html_metadata(meta, found)
    meta.format = "html"
    return RawDocument(_with_title(meta.title, body), meta)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2048].lower()
    return head.startswith("<") and bool(re.search(r"<(html|body|head|!doctype|p|div|article)\b", head))


def read_text_file(path: Path, options: AnalysisOptions) -> str:
    """The decoded text of one article file; an InputError names the file and why it cannot be read."""
    input = str(path)
    try:
        size = path.stat().st_size
        if size > options.max_bytes:  # checked before reading, so a huge file is never loaded
            raise InputError(input, f"file is {size:,} bytes, over the limit of {options.max_bytes:,} "
                                    "for one article (raise it with --max-bytes)")
        return decode_bytes(path.read_bytes(), input, options.max_bytes)
    except OSError as exc:
        raise InputError(input, f"cannot read file ({exc.strerror or exc})") from None


def read_file(path: Path, options: AnalysisOptions) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, options)
        return
    try:
        text = read_text_file(path, options)
    except InputError as exc:
        yield exc
        return
    yield from document_from_decoded(text, str(path), path.stem, suffix, path)


def document_from_decoded(text: str, input: str, stem: str, suffix: str, path: Path | None) -> Iterator[Item]:
    meta = Metadata(id=stem, input=input)
    try:
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(text)):
            yield document_from_html(text, meta)
            return
    except InputError as exc:
        yield exc
        return
    match = SEMEVAL_NAME.match(path.name) if path is not None else None
    if match:
        meta.id = match.group(1)
        meta.format = "semeval"
        folder_lang = _semeval_folder_lang(path)
        if folder_lang:
            meta.extra["semeval_lang"] = folder_lang
    yield document_from_text(text, meta)


def _semeval_folder_lang(path: Path) -> str | None:
    # .../{lang}/train-articles-subtask-3/article123.txt
    if path.parent.name.endswith(tuple(f"-subtask-{i}" for i in (1, 2, 3))):
        return SEMEVAL_LANG_FOLDERS.get(path.parent.parent.name)
    return None


_JSON_FIELDS = {"title": "title", "url": "url", "source": "source", "site": "source",
                "sitename": "source", "published": "published", "date": "published",
                "author": "author", "lang": "lang", "language": "lang"}


def document_from_record(record: object, input: str, default_id: str) -> RawDocument:
    """A raw document from one JSON object with ``text`` or ``html`` plus metadata."""
    if not isinstance(record, dict):
        raise InputError(input, f"expected a JSON object, got {type(record).__name__}")
    meta = Metadata(id=str(record.get("id") or default_id), input=input, format="jsonl")
    for key, attr in _JSON_FIELDS.items():
        value = record.get(key)
        if value not in (None, "") and not getattr(meta, attr):
            setattr(meta, attr, str(value))
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        return document_from_text(text.replace("\r\n", "\n").replace("\r", "\n"), meta)
    if isinstance(html, str) and html.strip():
        return document_from_html(html, meta)
    raise InputError(input, "record has no non-empty 'text' or 'html' field")


def read_jsonl(path: Path, options: AnalysisOptions) -> Iterator[Item]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    with stream:
        yield from read_jsonl_stream(stream, str(path), path.stem, options)


def read_jsonl_stream(stream: BinaryIO, input: str, stem: str, options: AnalysisOptions) -> Iterator[Item]:
    any_line = False
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        any_line = True
        where = f"{input}:{lineno}"
        try:
            text = decode_bytes(line, where, options.max_bytes)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
            yield document_from_record(record, where, f"{stem}-{lineno}")
        except InputError as exc:
            yield exc
    if not any_line:
        yield InputError(input, "input is empty")


def iter_folder(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
            if path.suffix.lower() in KNOWN_SUFFIXES:
                yield path


def read_stdin(options: AnalysisOptions, stream: BinaryIO | None = None) -> Iterator[Item]:
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(options.max_bytes + 1)
    try:
        text = decode_bytes(data, "<stdin>", options.max_bytes)
    except InputError as exc:
        yield exc
        return
    lines = [l for l in text.splitlines() if l.strip()]
    if lines and all(l.lstrip().startswith("{") for l in lines):
        import io
        yield from read_jsonl_stream(io.BytesIO(text.encode("utf-8")), "<stdin>", "stdin", options)
        return
    yield from document_from_decoded(text, "<stdin>", "stdin", "", None)


def is_url(item: str | Path) -> bool:
    return isinstance(item, str) and item.lower().startswith(("http://", "https://"))


def url_id(url: str) -> str:
    """A readable, file-name-safe id from a URL: host and last path segment."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    tail = [p for p in parts.path.split("/") if p]
    stem = tail[-1].rsplit(".", 1)[0] if tail else ""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{parts.hostname or 'url'}-{stem}".strip("-"))
    return slug[:120] or "url"


def read_url(url: str, options: AnalysisOptions) -> Iterator[Item]:
    """Fetch one web page (SSRF-safe, size- and time-capped) and read it like a saved page."""
    from spinscope.ingest.fetch import FetchPolicy, fetch_url, networks

    allow = networks(["0.0.0.0/0", "::/0"]) if options.allow_private_urls else ()
    try:
        page = fetch_url(url, FetchPolicy(max_bytes=options.max_bytes, allow_networks=allow))
        text = decode_page(page.body, page.charset, url, options.max_bytes)
    except InputError as exc:
        yield exc
        return
    meta = Metadata(id=url_id(page.url), input=url, url=page.url)
    try:
        if page.content_type == "text/plain":
            yield document_from_text(text, meta)
        else:
            yield document_from_html(text, meta)
    except InputError as exc:
        yield exc


def decode_page(body: bytes, charset: str | None, input: str, max_bytes: int) -> str:
    if charset:
        try:
            return decode_bytes(body.decode(charset).encode("utf-8"), input, max_bytes)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declared charset: let detection decide
    return decode_bytes(body, input, max_bytes)


def walk_inputs(inputs: Iterable[str | Path], *, stdin: Callable[[], Iterator[T]],
                url: Callable[[str], Iterator[T]], file: Callable[[Path], Iterator[T]]) -> Iterator[T | InputError]:
    """Dispatch every input to the reader of its kind: ``-`` to ``stdin``, an http(s) URL to ``url``,
    a file to ``file``, a folder's files (recursively) to ``file``; a missing path or an empty folder
    is an :class:`InputError`. Reading articles and cutting work units share this walk, so both
    accept and refuse the same inputs."""
    for item in inputs:
        if str(item) == "-":
            yield from stdin()
            continue
        if is_url(item):
            yield from url(str(item))
            continue
        path = Path(item)
        if path.is_dir():
            found = False
            for child in iter_folder(path):
                found = True
                yield from file(child)
            if not found:
                yield InputError(str(path), "folder holds no .txt, .html or .jsonl files")
        elif path.exists():
            yield from file(path)
        else:
            yield InputError(str(path), "no such file or folder")


def read_inputs(inputs: Iterable[str | Path], options: AnalysisOptions | None = None) -> Iterator[Item]:
    """Yield a :class:`RawDocument` or :class:`InputError` for every article in ``inputs``.

    Inputs are files (``.txt``, ``.html``, ``.jsonl``; other names are sniffed), folders (read
    recursively), ``http(s)://`` URLs of web pages, or ``-`` for standard input.
    """
    options = options or AnalysisOptions()
    yield from walk_inputs(inputs, stdin=lambda: read_stdin(options), url=lambda url: read_url(url, options),
                           file=lambda path: read_file(path, options))
