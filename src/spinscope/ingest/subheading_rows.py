"""An invariant over the cleaner's output: a subheading and its rows inside the article are the article's.

Why one invariant and not one more fix per pass. The blind held-out sets 41-57 lost article lines
the same way again and again: a page's SUBHEADING ("Was der Wetterdienst rät", "Co straciliśmy",
"Куда звонить жителям") with its three or four short ROWS (list items, "label: value" or table-like
lines), often with the paragraph after them, was taken by a pass that reads structure, not words:
the tail walk of page_blocks ("page tail"), the head walk ("page head"), the comment-thread anchor
("comment thread"), the label lists ("widget label") or the edge classifier. Each round fixed that
pass; the next set lost the run through another. A heading over short rows looks like a widget or a
box to every structural pass, so this module does not touch the passes: it runs last, over what they
removed, and gives such a run back when the page itself places it inside the article.

The rule (:func:`lines_to_give_back`, over the nonblank lines and their final reasons):

- a HEADING: 1-10 words, at most 80 characters, no sentence-final punctuation, no colon inside (a
  "label: value" line is a row), and no strong evidence of its own (below: "Related articles",
  "Lire aussi", "Tags:", "Share this", "Meistgelesen", "3 comments" are labels the rules know);
- right under it, 3-8 ROWS: 3-16 words, at most 120 characters each, no sentence-final punctuation
  (a colon inside is fine: "Termin: am 24. März"). Three rows at least, as in every loss of the sets:
  two short lines under a short line are the shape of too many widgets. Three words at least per
  row: tags ("Schuldenbremse"), counters ("1.2K"), handles and menu items are rows of one or two.
  With two heading-shaped lines over four rows or more ("Pinned by moderators" over "What residents
  are asked to do" and three rows) the lower one is the heading;
- then at most two PARAGRAPHS of the article right after the rows (a sentence of eight words or
  more, or fifteen words);
- the run stands INSIDE the article: a kept line of article prose at most four lines above the
  heading (the page's first kept line, its title, does not count: a byline block under the title is
  no run), and below the run the article goes on: the run's own paragraph, a kept line of prose
  anywhere below, or within the next four lines a line of article prose that a weak reason took and
  whose words say no noise (the article's paragraphs that the same tail or thread walk took). A run
  at the page's bottom with nothing of the article after it (a site's contact or opening-hours box)
  or far under the article (under a share bar and a comment thread: a rail of headlines) or above it
  (a menu) is not given back.

Only WEAK reasons are given back: the reasons of the structural passes, which the lost lines had
every time (the old cleaners of sets 41-49: 55 of 60 lost lines "page tail", 3 "page head", 2
"comment thread"; today's cleaner on sets 10-49: "page tail" and "comment thread" only), plus
"widget label" and the edge classifier ("edge-line classifier (p=...)"), the other passes that
judge a line by its place and shape. These reasons are given to real noise too, so a line with a
weak reason still counts as STRONG evidence when its own words say noise: a reason of the line rules
alone (``clean.line_reason``), an address (URL, e-mail, phone number), a name with a time (a
commenter), items split by " · ", " | " or " • " (a button bar, a menu), a rail's heading
(page_blocks' "Most read", "Les plus lus"), an ad's, a comment's or a network's word, or the site
speaking to the reader (``speaks_to_reader``, ``is_site_notice``). Every other reason is strong by
itself: it names vocabulary (share and follow widgets, ads, subscribe and donate calls, comment
counts and forms, footers, related links, tags, bylines, the site's template lines ...).

A strong line ends the run: what stands before it is given back when it is still a heading over
three rows and the article goes on below; nothing at or after a strong line is given back. The run
is contiguous: a noise line between the heading and its rows ends it (wiki chrome under a section's
heading is not skipped over).

Pure over (raw, removed): :func:`give_back` takes the cleaner's output and returns it with the
given-back lines left out (a range is split when only some of its lines are given back), which is
what lets scripts/experiments/retro_subheading_rows.py measure it on the old cleaners' outputs.
``find_noise`` calls :func:`give_back_lines` on its lines, the same rule, before merging them.
"""

from __future__ import annotations

import re
from typing import Sequence

from spinscope.document import Removed
from spinscope.ingest.clean import nonblank_lines, word_count

# reasons set by passes that judge a line by its place and shape, not by its words
WEAK_REASONS = frozenset({"page tail", "page head", "comment thread", "widget label"})
WEAK_PREFIXES = ("edge-line classifier",)

_HEADING_MAX_WORDS, _HEADING_MAX_CHARS = 10, 80
_ROW_MIN_WORDS, _ROW_MAX_WORDS, _ROW_MAX_CHARS = 3, 16, 120
_MIN_ROWS, _MAX_ROWS = 3, 8
_MAX_PARAGRAPHS = 2
_PROSE_MIN_WORDS = 15
_ARTICLE_MIN_WORDS = 8
_LOOK_AHEAD = 4  # lines below a run where removed prose still shows that the article goes on
_MAX_GAP = 4  # lines between the article's last kept prose above and the heading
_SENTENCE_END = (".", "!", "?", "…", ";")
_CLOSERS = "\"'”’»)]"
_ADDRESS = re.compile(r"https?://|www\.|\S@\S|\+?\d[\d ()./-]{7,}\d")
_SPLIT_ITEMS = re.compile(r"\s[·|•]\s")
_DIGIT = re.compile(r"\d")


def _is_weak(reason: str) -> bool:
    return reason in WEAK_REASONS or reason.startswith(WEAK_PREFIXES)


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _is_heading(text: str) -> bool:
    # (a colon inside makes a "label: value" row, not a heading: "Sponsor di questa settimana: ...")
    return (1 <= word_count(text) <= _HEADING_MAX_WORDS and len(text) <= _HEADING_MAX_CHARS
            and not _ends_sentence(text) and (text[0].isupper() or text[0].isdigit())
            and ":" not in text.rstrip(":"))


def _is_row(text: str) -> bool:
    # (three words at least: a row says something; tags, counters, handles and menu items do not)
    return (_ROW_MIN_WORDS <= word_count(text) <= _ROW_MAX_WORDS and len(text) <= _ROW_MAX_CHARS
            and not _ends_sentence(text) and not text.endswith((":", "?")))


def _is_prose(text: str) -> bool:
    words = word_count(text)
    return words >= _PROSE_MIN_WORDS or (words >= 3 and _ends_sentence(text))


def _is_article_prose(text: str) -> bool:
    """Prose that shows the article is there: a sentence of eight words or more ("Спасибо, что
    читаете!" and "Mot de passe oublié ?" are a site's words)."""
    words = word_count(text)
    return words >= _PROSE_MIN_WORDS or (words >= _ARTICLE_MIN_WORDS and _ends_sentence(text))


def _strong_text(text: str) -> bool:
    """The line's own words say noise, whatever pass removed it."""
    from spinscope.ingest.clean import is_name_and_time, is_site_notice, line_reason, speaks_to_reader
    from spinscope.ingest.noise_patterns import AD_WORD, COMMENT_STEM, NETWORK_WORD, RAIL_HEADING
    return bool(line_reason(text, title=False) is not None or _ADDRESS.search(text)
                or _SPLIT_ITEMS.search(text) or is_name_and_time(text) or RAIL_HEADING.fullmatch(text)
                or AD_WORD.search(text) or COMMENT_STEM.search(text) or NETWORK_WORD.search(text)
                or speaks_to_reader(text) or is_site_notice(text))


def _figures_under(texts: Sequence[str], i: int) -> bool:
    """A heading without a figure over rows that all carry one: the line under it is the list's first
    row, not a lower heading ("Итоги рабочего дня" over "Заменено 160 шпал", "Уложено 100 метров
    рельсов", ...; round 59: short figured rows are heading-shaped one by one, and taking each in turn
    for the lower heading walked the run down its own rows)."""
    rows = texts[i + 1:i + 2 + _MIN_ROWS]
    return (not _DIGIT.search(texts[i]) and len(rows) == 1 + _MIN_ROWS
            and all(_DIGIT.search(row) for row in rows))


def lines_to_give_back(texts: Sequence[str], reasons: Sequence[str | None]) -> set[int]:
    """Indexes of the removed lines (``reasons[i]`` not None) that the rule gives back."""
    n = len(texts)
    if n < 1 + _MIN_ROWS or not any(r is not None and _is_weak(r) for r in reasons):
        return set()
    strong_cache: dict[int, bool] = {}

    def strong(i: int) -> bool:
        reason = reasons[i]
        if reason is not None and not _is_weak(reason):
            return True
        if i not in strong_cache:
            strong_cache[i] = _strong_text(texts[i])
        return strong_cache[i]

    kept_prose = [reasons[i] is None and _is_article_prose(texts[i]) for i in range(n)]
    title = next((i for i in range(n) if reasons[i] is None), None)
    if title is not None:
        kept_prose[title] = False  # (the page's first kept line is its title, not the article's prose)
    # the article above line i: a kept line of prose at most _MAX_GAP lines above it (a widget or two
    # may stand between the article's paragraph and its subheading; a heading under a share bar and
    # a comment thread is not the article's)
    near_before = [False] * n
    last_prose = None
    for i in range(n):
        near_before[i] = last_prose is not None and i - last_prose - 1 <= _MAX_GAP
        if kept_prose[i]:
            last_prose = i
    prose_after = [False] * (n + 1)  # a kept line of prose at line i or below
    for i in range(n - 1, -1, -1):
        prose_after[i] = prose_after[i + 1] or kept_prose[i]

    def article_goes_on(end: int) -> bool:
        # kept prose below, or, within the next lines, prose a structural pass took whose words
        # say no noise (the article's paragraphs the same tail or thread walk took after a widget)
        if prose_after[end]:
            return True
        return any(reasons[k] is not None and _is_weak(reasons[k]) and _is_article_prose(texts[k])
                   and not strong(k)
                   for k in range(end, min(n, end + _LOOK_AHEAD)))
    given: set[int] = set()
    i = 0
    while i < n:
        if not (near_before[i] and _is_heading(texts[i]) and not strong(i)):
            i += 1
            continue
        j = i + 1
        while j < n and j - i - 1 < _MAX_ROWS and _is_row(texts[j]) and not strong(j):
            j += 1
        rows = j - i - 1
        cut = j < n and _is_row(texts[j])  # a strong row (or a ninth) ends the rows
        if rows < _MIN_ROWS:
            i += 1
            continue
        if rows > _MIN_ROWS and _is_heading(texts[i + 1]) and not _figures_under(texts, i):
            # two heading-shaped lines over the rows ("Pinned by moderators" over "What residents are
            # asked to do"): the lower one is the heading, the upper one stays as the passes left it
            i += 1
            continue
        end = j
        if not cut:
            while (end < n and end - j < _MAX_PARAGRAPHS and _is_article_prose(texts[end])
                   and not _is_heading(texts[end]) and not strong(end)):
                end += 1
        if end > j or article_goes_on(end):
            given.update(k for k in range(i, end) if reasons[k] is not None)
        i = end
    return given


def give_back_lines(lines) -> None:
    """The rule on the cleaner's lines (``clean.Line``): clear the reason of the lines it gives back."""
    for i in lines_to_give_back([line.text for line in lines], [line.reason for line in lines]):
        lines[i].reason = None


def give_back(raw: str, removed: list[Removed]) -> list[Removed]:
    """``removed`` (the cleaner's output over ``raw``) without the lines the rule gives back.

    A line counts as removed with a range's reason when one range covers it whole; a line only
    partly covered (an inline ad) counts as strong evidence. A range whose lines are all kept out
    stays as it is; one with given-back lines is split around them.
    """
    lines = [(line.start, line.end, line.text) for line in nonblank_lines(raw)]
    if not removed or not lines:
        return list(removed)
    reasons: list[str | None] = [None] * len(lines)
    owner: list[int | None] = [None] * len(lines)
    k = 0
    order = sorted(range(len(removed)), key=lambda r: removed[r].start)
    for li, (start, end, _) in enumerate(lines):
        for r in order[k:]:
            rem = removed[r]
            if rem.end <= start:
                continue
            if rem.start >= end:
                break
            if rem.start <= start and end <= rem.end:
                reasons[li], owner[li] = rem.reason, r
            else:
                reasons[li] = "partial: " + rem.reason
                owner[li] = None
            break
        while k < len(order) and removed[order[k]].end <= start:
            k += 1
    given = lines_to_give_back([t for _, _, t in lines], reasons)
    if not given:
        return list(removed)
    touched = {owner[i] for i in given}
    out = [r for idx, r in enumerate(removed) if idx not in touched]
    for idx in touched:
        rem = removed[idx]
        group: list[int] = []
        for li in [li for li in range(len(lines)) if owner[li] == idx] + [None]:
            if li is not None and li not in given and (not group or li == group[-1] + 1):
                group.append(li)
                continue
            if group:
                start, end = lines[group[0]][0], lines[group[-1]][1]
                out.append(Removed(start, end, rem.reason, raw[start:end]))
            group = [li] if li is not None and li not in given else []
    return sorted(out, key=lambda r: r.start)
