"""Main text and metadata of a saved web page, extracted with trafilatura."""

from __future__ import annotations

from spinscope.document import Metadata
from spinscope.ingest.errors import InputError


def extract_html(html: str, input: str) -> tuple[str, dict]:
    """Return ``(main_text, metadata)`` of an HTML page, or raise :class:`InputError`.

    The text has one paragraph per line. Metadata keys: title, author, date, sitename, url.
    """
    import trafilatura  # heavy import, only needed for HTML

    try:
        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,  # reader comment threads are not the article
            include_tables=False,
            favor_precision=True,
            with_metadata=True,
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken pages
        raise InputError(input, f"HTML could not be parsed ({exc.__class__.__name__}: {exc})") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(input, "HTML page has no main text to analyse (no article body found)")
    meta = {
        key: getattr(doc, key, None)
        for key in ("title", "author", "date", "sitename", "hostname", "url", "language")
    }
    return text, meta


def apply_html_metadata(meta: Metadata, found: dict) -> None:
    meta.title = meta.title or (found.get("title") or "")
    meta.author = meta.author or found.get("author")
    meta.published = meta.published or found.get("date")
    meta.source = meta.source or found.get("sitename") or found.get("hostname")
    meta.url = meta.url or found.get("url")
