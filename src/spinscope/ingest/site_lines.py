"""Lines a site prints on many of its pages: evidence of boilerplate that only a batch gives.

Opt-in (``spinscope analyze --site-template``, ``AnalysisOptions(site_template=True)``): on blind
site batches it removes about half the noise the other layers leave, and also some recurring
lines of the articles ("Site batches" in docs/cleaning.md).

One page cannot tell a site's template line from the article's when the line has none of the
shapes the cleaner's rules know: "take our poll - story continues below" and the poll's question
and options, "Drei Wochen kostenlos lesen" and the two sentences of a newspaper's subscription
appeal, "Time to buy old US gold coins". A batch can: a template is printed word for word on
page after page of one site, around articles that differ. (The SemEval training corpus, scraped
from real sites and cleaned by hand, still prints the poll widget on 87 of its 507 English
articles and the subscription appeal on 9 German ones.)

:class:`SiteLineCounter` counts, per site (the ``source`` of the metadata, else the URL's host,
else the whole batch), on how many different articles each line stands. Copies of one article (a
wire story republished, the same post read twice) count once: two articles are copies when 60%
of the long lines of the shorter one are the other's. :func:`mark_template_lines` then removes,
in :func:`spinscope.ingest.clean.find_noise`, the lines the rules kept that stand on
``MIN_ARTICLES`` different articles or more and read as a template rather than as the article's
words, because recurring text can be the article's too (a columnist's stock paragraph, an
official statement quoted in several reports, "Oregon" in two lists of states):

- a line that is not a sentence (no full stop, question or exclamation mark at its end) of three
  words or more, unless it is the article's by where it stands: over a paragraph of the article
  (a column's recurring subheading, "Plus of the week", or a dateline, "Berlin (dpa)", unless it
  names a widget: "About the author"), or in a list under a line ending in a colon, or in a list
  or table the page rules keep (``Line.list_item``);
- a line of one or two words only when it is on at least half of the site's articles, and not
  in a list of other short lines;
- a sentence only when it speaks to the reader or about the site or page ("Completing this poll
  grants you access ..."), is the site's call to action in its "we" or "my" ("To receive new
  posts and support my work, consider ..."), or is a notice the rules take at an article's edge;
- and the recurring lines next to one of these and printed on the same articles (the rest of the
  template's block: a poll's options, the other sentences of an appeal); a sentence only under a
  template line, never in the author's "I", and between two recurring lines only when the one
  under it is not the article's (a poll's question between its header and its form, not a
  series' standfirst over its subheading); a columnist's stock last paragraph stands over the
  site's tail, under the article.

It runs last, on the lines every other rule kept, so it only adds to what they remove.

A line ending with a colon introduces what follows and is never taken; nor is the first line, the
title, when the line under it is not recurring too (a weekly column's articles share a title).

Within a run, :func:`with_site_lines` counts over windows of ``WINDOW`` articles in input order
(each window with the one before it, so memory stays bounded and a late article still has
company); a single article has no batch, and is cleaned by the rules alone.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping
from urllib.parse import urlparse

from spinscope.ingest.clean import (is_prompt, is_rights_notice, is_sales_notice, is_site_notice, speaks_to_reader,
                                    word_count)
from spinscope.ingest.noise_patterns import CALL_TO_ACTION_ANYWHERE, DECORATION, SITE_AS_WE, WIDGET_WORD

if TYPE_CHECKING:
    from spinscope.document import Metadata
    from spinscope.ingest.clean import Line
    from spinscope.ingest.readers import Item

MIN_ARTICLES = 3  # different articles (copies counted once) a line must stand on
SHORT_LINE_WORDS = 2  # lines this short recur by chance ("Oregon"), so they need more ...
SHORT_LINE_SHARE = 0.5  # ... the share of the site's articles they must stand on
COPY_SHARE = 0.6  # two articles sharing this share of the shorter one's long lines are copies
LONG_LINE_WORDS = 8  # lines that tell one article from another
MAX_LINE_CHARS = 2000  # longer lines are not counted
CUE_LINE_CHARS = 300  # a sentence longer than this is taken only as part of a template's block
WINDOW = 1000  # articles counted together (with the window before)
PROSE_WORDS = 8  # a neighbour this long that ends a sentence is a paragraph of the article
LIST_ITEM_WORDS = 6  # the lines of a list under a line ending in a colon, at most

_DIGITS = re.compile(r"\d+")
# the author speaking in the first person singular: a site's template says "we" or "you"
_AUTHOR_I = re.compile(r"(?-i:\bI\b)|\b(?:je|j['’]|ich|io|ja|я)(?=\W)", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


def line_key(text: str) -> str:
    """A line as counted: case, spacing, decoration and numbers ("665 SHARES") do not matter."""
    return " ".join(_DIGITS.sub("0", text.strip(DECORATION).lower()).split())


def site_of(meta: Metadata) -> str:
    """The site an article is from: its ``source``, else its URL's host, else "" (the batch)."""
    if meta.source:
        return meta.source.strip().lower()
    if meta.url:
        host = urlparse(meta.url).hostname or ""
        return host.removeprefix("www.")
    return ""


@dataclass(frozen=True)
class SiteLines:
    """What one site's articles in a batch print: the articles each recurring line stands on."""

    site: str  # "" when the batch names no site
    n_articles: int  # different articles of the site (copies counted once)
    articles_of: Mapping[str, frozenset[int]] = field(default_factory=dict)  # line key -> articles

    def articles(self, text: str) -> frozenset[int]:
        """The different articles of the site that print ``text`` (empty under MIN_ARTICLES)."""
        return self.articles_of.get(line_key(text), frozenset())

    def describe(self, n: int) -> str:
        where = f"of {self.site}" if self.site else "in this batch"
        return f"site template (on {n} of {self.n_articles} articles {where})"


# An article's lines as counted, and its long lines (the ones that tell copies apart).
ArticleLines = tuple[frozenset[str], frozenset[str]]


def article_lines(raw: str) -> ArticleLines:
    keys, long = set(), set()
    for line in raw.split("\n"):
        key = line_key(line)
        if not key or len(key) > MAX_LINE_CHARS:
            continue
        keys.add(key)
        if word_count(key) >= LONG_LINE_WORDS:
            long.add(key)
    return frozenset(keys), frozenset(long)


class SiteLineCounter:
    """Counts, per site, the articles each line stands on; :meth:`freeze` gives the result."""

    def __init__(self) -> None:
        self._articles: dict[str, list[ArticleLines]] = {}

    def add(self, raw: str, site: str = "") -> None:
        self.add_lines(article_lines(raw), site)

    def add_lines(self, lines: ArticleLines, site: str = "") -> None:
        self._articles.setdefault(site, []).append(lines)

    def freeze(self) -> dict[str, SiteLines]:
        return {site: _site_lines(site, articles) for site, articles in self._articles.items()}


def _site_lines(site: str, articles: list[ArticleLines]) -> SiteLines:
    copy_of = _copy_groups([long for _, long in articles])
    on: dict[str, set[int]] = {}
    for i, (keys, _) in enumerate(articles):
        for key in keys:
            on.setdefault(key, set()).add(copy_of[i])
    recurring = {key: frozenset(groups) for key, groups in on.items() if len(groups) >= MIN_ARTICLES}
    return SiteLines(site, len(set(copy_of)), recurring)


def _copy_groups(long_lines: list[frozenset[str]]) -> list[int]:
    """For each article, the first article of its group of copies (union-find over the pairs
    that share a long line; lines on most articles are template and join nothing)."""
    parent = list(range(len(long_lines)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    holders: dict[str, list[int]] = {}
    for i, lines in enumerate(long_lines):
        for line in lines:
            holders.setdefault(line, []).append(i)
    common = max(MIN_ARTICLES, len(long_lines) // 2)
    pairs = {(a, b) for docs in holders.values() if len(docs) <= common
             for n, a in enumerate(docs) for b in docs[n + 1:]}
    for a, b in pairs:
        smaller = min(len(long_lines[a]), len(long_lines[b]))
        if smaller >= 2 and len(long_lines[a] & long_lines[b]) >= COPY_SHARE * smaller:
            parent[root(b)] = root(a)
    return [root(i) for i in range(len(long_lines))]


def with_site_lines(items: Iterable[Item], window: int = WINDOW) -> Iterator[Item]:
    """``items`` in order, each document carrying the :class:`SiteLines` of its site, counted
    over its window of ``window`` inputs and the window before."""
    from spinscope.ingest.readers import RawDocument

    previous: list[tuple[str, ArticleLines]] = []  # the window before, as counted
    buffer: list[Item] = []

    def release() -> Iterator[Item]:
        nonlocal previous, buffer
        documents = [item for item in buffer if isinstance(item, RawDocument)]
        counted = [(site_of(document.meta), article_lines(document.raw)) for document in documents]
        counter = SiteLineCounter()
        for site, lines in previous + counted:
            counter.add_lines(lines, site)
        sites = counter.freeze()
        for document, (site, _) in zip(documents, counted):
            document.site_lines = sites.get(site)
        yield from buffer
        previous, buffer = counted, []

    for item in items:
        buffer.append(item)
        if len(buffer) >= window:
            yield from release()
    yield from release()


def mark_template_lines(lines: list[Line], site: SiteLines | None) -> None:
    """Give the kept ``lines`` that the site prints as a template the reason "site template"
    (the rules of the module docstring)."""
    if site is None or not site.articles_of:
        return
    kept = [i for i, line in enumerate(lines) if line.reason is None]
    on = {i: site.articles(lines[i].text) for i in kept}
    # (the items of a list the article introduces recur by chance: "Brandenburg", "Sachsen")
    recurring = [i for i in kept if on[i] and not lines[i].list_item]
    if not recurring:
        return
    position = {i: n for n, i in enumerate(kept)}

    def neighbours(i: int) -> list[int]:
        n = position[i]
        return [kept[m] for m in (n - 1, n + 1) if 0 <= m < len(kept)]

    def is_prose(i: int) -> bool:
        bare = lines[i].text.strip(DECORATION)
        return not on[i] and word_count(bare) >= PROSE_WORDS and bool(_SENTENCE_END.search(bare))

    def is_short_kept(i: int) -> bool:
        return not on[i] and word_count(lines[i].text) <= 3

    def is_sentence(i: int) -> bool:
        return bool(_SENTENCE_END.search(lines[i].text.strip(DECORATION)))

    def is_articles(i: int) -> bool:
        """A recurring line that is the article's by where it stands: over a paragraph of the
        article (a column's subheading, a dateline), or in a list under a line ending in a colon
        ("Das Ergebnis im Überblick:" over "CDU: 31,2 Prozent", ...)."""
        n = position[i]
        text = lines[i].text
        if (n + 1 < len(kept) and is_prose(kept[n + 1])
                and not speaks_to_reader(text) and not WIDGET_WORD.search(text)):  # "About the author"
            return True
        for m in range(n - 1, -1, -1):
            text = lines[kept[m]].text.strip(DECORATION)
            if text.endswith((":", "：")):
                return True
            if is_sentence(kept[m]) or word_count(text) > LIST_ITEM_WORDS or kept[m] != kept[m + 1] - 1:
                return False
        return False

    def is_template(i: int) -> bool:
        bare = lines[i].text.strip(DECORATION)
        if bare.endswith((":", "：")):
            return False
        n_words = word_count(bare)
        if is_sentence(i):
            # (not "I" or "we" alone: a columnist's stock paragraph speaks so too; with a call to
            # action it is the site asking: "... To receive new posts and support my work, ...")
            # or one of the notices the rules take at an article's edge, anywhere once it recurs
            # ("Originally published by Global Wire Service. Republished with permission.")
            return len(bare) <= CUE_LINE_CHARS and (
                speaks_to_reader(bare) or is_prompt(bare)
                or bool(SITE_AS_WE.search(bare) and CALL_TO_ACTION_ANYWHERE.search(bare))
                or is_rights_notice(bare) or is_sales_notice(bare) or is_site_notice(bare))
        # a site's label heads its own box, or nothing of the article
        if is_articles(i):
            return False
        if n_words <= SHORT_LINE_WORDS:
            around = neighbours(i)
            in_list = len(around) == 2 and all(is_short_kept(k) for k in around)
            return len(on[i]) >= max(MIN_ARTICLES, math.ceil(SHORT_LINE_SHARE * site.n_articles)) and not in_list
        return True

    # the first line is the title, unless a template follows it (a site's name over its menu):
    # a weekly column's articles share their title ("Srebro na niedzielę")
    first = kept[0]
    if on[first] and len(kept) > 1 and not on[kept[1]]:
        recurring.remove(first)
    template = {i for i in recurring if is_template(i)}
    # the rest of a template's block: recurring lines beside it, printed on the same articles; a
    # sentence only under the template's line (a box's header over its appeal), never over it: a
    # columnist's stock last paragraph stands over the site's tail
    grown = True
    while grown:
        grown = False
        for i in recurring:
            if i in template or lines[i].text.strip(DECORATION).endswith((":", "：")):
                continue
            n = position[i]
            above = kept[n - 1] if n > 0 else None
            below = kept[n + 1] if n + 1 < len(kept) else None
            if is_articles(i):
                joins = False
            elif not is_sentence(i):
                joins = any(k in template and on[k] == on[i] for k in neighbours(i))
            else:
                # under a template line printed on the same articles, or on others when more of
                # the template follows (a poll's question between its header and its form); never
                # the author's "I" (a column's standfirst under the site's share row)
                joins = (above in template and not _AUTHOR_I.search(lines[i].text)
                         and (on[above] == on[i] or below is None
                              or (bool(on[below]) and not is_articles(below))))
            if joins:
                template.add(i)
                grown = True
    for i in template:
        lines[i].reason = site.describe(len(on[i]))
