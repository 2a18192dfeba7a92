"""Clean a batch of pages of one site, with or without the site template, and count what is
wrong (the held-out site batches' measure; see tests/test_site_batches_held_out.py)."""

from __future__ import annotations

from noisy_corpus import NoisyCase

from spinscope.document import Metadata
from spinscope.ingest import build_article, document_from_text
from spinscope.ingest.site_lines import with_site_lines


def clean_batch(pages: list[NoisyCase], lang: str, site_template: bool = True):
    """The pages' articles, cleaned as one `spinscope analyze` run cleans them."""
    docs = [document_from_text(page.raw, Metadata(id=page.name, lang=lang)) for page in pages]
    if site_template:
        docs = list(with_site_lines(docs))
    return [build_article(doc) for doc in docs]


def page_problems(page: NoisyCase, article) -> tuple[list[str], list[str]]:
    """(noise lines left in, article lines lost) of one cleaned page."""
    paragraphs = [article.text[p.start:p.end] for p in article.paragraphs]
    lost = [line for line in page.keep if line not in paragraphs]
    # short noise ("Email") is also a word of the article: compare paragraphs, and the lines of
    # the text (a paragraph joined from wrapped lines keeps them), whatever the segmentation
    lines = {line.strip() for line in article.text.split("\n")}
    left = [line for line in page.drop
            if line in paragraphs or line in lines or (len(line) >= 25 and line in article.text)]
    return left, lost


def batch_problems(pages: list[NoisyCase], lang: str, site_template: bool = True) -> tuple[int, int, int, int]:
    """(noise lines left, article lines removed, article lines joined into another paragraph
    (their text kept), noise lines in all) over a batch."""
    left = removed = joined = 0
    for page, article in zip(pages, clean_batch(pages, lang, site_template)):
        page_left, page_lost = page_problems(page, article)
        left += len(page_left)
        text = " ".join(article.text.split())
        for line in page_lost:
            if " ".join(line.split()) in text:
                joined += 1
            else:
                removed += 1
    return left, removed, joined, sum(len(page.drop) for page in pages)
