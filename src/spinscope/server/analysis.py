"""Run analyses off the event loop, in a small thread pool, each under a timeout.

The pipeline (model) is loaded once and shared by the worker threads: it holds no state
between calls. A timeout answers the client; the worker thread finishes its article in the
background (Python cannot kill a thread), and the pool size bounds how many can run at once.
"""

from __future__ import annotations

import asyncio
import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from spinscope.document import Metadata
from spinscope.ingest.decode import decode_bytes
from spinscope.ingest.errors import InputError
from spinscope.ingest.readers import HTML_SUFFIXES, document_from_html, document_from_text
from spinscope.ingest.readers import decode_page  # the declared charset first, as the CLI does
from spinscope.pipeline import Pipeline, document_from_string
from spinscope.ingest.fetch import FetchPolicy, fetch_url


class AnalysisTimeout(Exception):
    """An analysis did not finish within the server's time limit."""


@dataclass(frozen=True)
class Analysis:
    report: dict[str, Any]
    content_hash: str
    input: str
    warnings: tuple[str, ...]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Analyzer:
    def __init__(self, pipeline: Pipeline, *, timeout: float, workers: int, fetch_policy: FetchPolicy,
                 max_bytes: int):
        self.pipeline = pipeline
        self.timeout = timeout
        self.fetch_policy = fetch_policy
        self.max_bytes = max_bytes
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="spinscope-analysis")

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    async def _run(self, fn, *args) -> Analysis:
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(loop.run_in_executor(self._pool, fn, *args), self.timeout)
        except asyncio.TimeoutError as exc:
            raise AnalysisTimeout(f"analysis took longer than {self.timeout:g} s") from exc

    async def text(self, text: str, meta: dict[str, Any], *, html: bool | None = None) -> Analysis:
        """Analyse a string: plain text, HTML, or guessed from its start when ``html`` is None."""
        return await self._run(self._analyse_string, text, meta, html)

    async def upload(self, data: bytes, filename: str, meta: dict[str, Any]) -> Analysis:
        """Analyse an uploaded file. The file name only labels the input and says whether it is
        HTML; it never touches the file system."""
        return await self._run(self._analyse_upload, data, filename, meta)

    async def url(self, url: str, meta: dict[str, Any]) -> Analysis:
        return await self._run(self._analyse_url, url, meta)

    # -- in the worker threads -------------------------------------------------------------

    def _analyse_string(self, text: str, meta: dict[str, Any], html: bool | None) -> Analysis:
        metadata = _metadata(text, meta, default_input="pasted text")
        if html is None:
            doc = document_from_string(text, metadata)
        elif not text.strip():
            raise InputError(metadata.input, "input is empty")
        elif html:
            doc = document_from_html(text, metadata)
        else:
            doc = document_from_text(text.replace("\r\n", "\n").replace("\r", "\n"), metadata)
        return self._analyse(doc, text)

    def _analyse_upload(self, data: bytes, filename: str, meta: dict[str, Any]) -> Analysis:
        name = PurePath(filename.replace("\\", "/")).name or "upload"
        text = decode_bytes(data, name, self.max_bytes)
        metadata = _metadata(text, {"input": name, **meta}, default_input=name)
        if PurePath(name).suffix.lower() in HTML_SUFFIXES:
            doc = document_from_html(text, metadata)
        else:
            doc = document_from_string(text, metadata)
        return self._analyse(doc, text)

    def _analyse_url(self, url: str, meta: dict[str, Any]) -> Analysis:
        page = fetch_url(url, self.fetch_policy)
        text = decode_page(page.body, page.charset, url, self.max_bytes)
        metadata = _metadata(text, {"input": url, "url": page.url, **meta}, default_input=url)
        if page.content_type == "text/plain":
            doc = document_from_text(text, metadata)
        else:
            doc = document_from_html(text, metadata)
        return self._analyse(doc, text)

    def _analyse(self, doc, raw: str) -> Analysis:
        result = next(iter(self.pipeline.analyze_documents([doc])))
        if result.error is not None:
            raise result.error
        article = result.article
        report = self.pipeline.to_dict(article)
        return Analysis(report=report, content_hash=content_hash(raw), input=article.meta.input,
                        warnings=tuple(article.warnings))


_META_KEYS = ("input", "title", "source", "url", "published", "author", "lang")


def _metadata(text: str, meta: dict[str, Any], *, default_input: str) -> Metadata:
    values = {k: v for k, v in meta.items() if k in _META_KEYS and v}
    values.setdefault("input", default_input)
    # a stable id from the content: analysing the same text twice gives the same id
    return Metadata(id=meta.get("id") or f"web-{content_hash(text)[:16]}", **values)
