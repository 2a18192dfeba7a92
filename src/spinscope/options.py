"""One options object for the analysis, instead of keyword arguments repeated everywhere."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AnalysisOptions:
    max_bytes: int = 10_000_000  # larger inputs (or JSONL lines) are refused, not truncated
    clean: bool = True  # drop scraper noise (ads, footers, comment threads) before analysis
    # with clean: lines a site prints on many articles of the batch are its template
    # (ingest.site_lines). Off by default: it removes about half the noise the cleaner leaves on
    # a site's pages but also recurring lines of the articles (docs/cleaning.md, "Site batches"), and with
    # it an article's cleaning depends on what else is in the batch
    site_template: bool = False
    lang: str | None = None  # force a language instead of detecting it (ISO 639-1)
    batch_size: int = 32  # articles per model call
    # URL inputs: pages on loopback/private/link-local addresses are refused unless allowed
    # (an intranet user may want them; a server taking URLs from strangers must not)
    allow_private_urls: bool = False
