"""Ingest: read inputs, decode, extract HTML, drop noise, segment into an :class:`Article`."""

from spinscope.ingest.errors import InputError
from spinscope.ingest.readers import RawDocument, document_from_html, document_from_text, read_inputs
from spinscope.ingest.segment import build_article

__all__ = ["InputError", "RawDocument", "build_article", "document_from_html", "document_from_text",
           "read_inputs"]
