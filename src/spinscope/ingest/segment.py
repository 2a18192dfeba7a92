"""From a raw document to an :class:`Article`: clean, find title and paragraphs, split sentences."""

from __future__ import annotations

import re
import statistics

from spinscope.document import Article, Removed, Span, TextBuilder
from spinscope.ingest.clean import find_noise
from spinscope.ingest.language import detect_language
from spinscope.ingest.readers import RawDocument
from spinscope.options import AnalysisOptions

_TITLE_MAX_CHARS = 300


def _lines(raw: str) -> list[tuple[int, int]]:
    lines, offset = [], 0
    for line in raw.split("\n"):
        lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    return lines


def _subtract(start: int, end: int, removed: list[Removed]) -> list[tuple[int, int]]:
    parts, cursor = [], start
    for r in removed:
        if r.end <= cursor or r.start >= end:
            continue
        if r.start > cursor:
            parts.append((cursor, r.start))
        cursor = max(cursor, r.end)
    if cursor < end:
        parts.append((cursor, end))
    return parts


def _strip(raw: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _is_hard_wrapped(raw: str, block: list[list[tuple[int, int]]]) -> bool:
    """A block of several consecutive lines that reads as one wrapped paragraph."""
    if len(block) < 3:
        return False
    lengths = [parts[-1][1] - parts[0][0] for parts in block[:-1]]
    # (a list's items end with ";" each: "un nouveau recours à l'article 49.3 ... ;")
    ends_sentence = sum(raw[parts[-1][1] - 1] in ".!?:;\"'”»" for parts in block[:-1])
    # a wrap breaks a sentence anywhere, so most lines go on with a word in lower case; a list of
    # items each opening with a capital ("Rottura della condotta ...", "Fratelli d'Italia ...") does not
    continued = sum(raw[parts[0][0]].islower() for parts in block[1:])
    # a wrap fills each line until the next word would pass the width, so a line with room left
    # for the next line's first word was ended by hand: a list item ("eine Ausnahme für Schulen" /
    # "einen größeren Spielraum"), not a wrapped sentence
    # a wrapped paragraph ends where its last sentence ends; a block none of whose lines, the last
    # included, closes a sentence is a list of rows ("messa nella chiesa parrocchiale alle 10" /
    # "corteo fino al ponte con la banda musicale" / "deposizione della corona e lettura dei nomi")
    if not ends_sentence and raw[block[-1][-1][1] - 1] not in ".!?:;\"'”»…)":
        return False
    width = max(parts[-1][1] - parts[0][0] for parts in block)
    short = sum(length + 1 + len(raw[block[k + 1][0][0]:block[k + 1][-1][1]].split(maxsplit=1)[0]) <= width
                for k, length in enumerate(lengths))
    return (40 <= statistics.median(lengths) <= 100 and max(lengths) <= 110
            and ends_sentence < len(block) / 2 and continued >= (len(block) - 1) / 4
            and short <= (len(block) - 1) / 4)


def _paragraph_parts(raw: str, removed: list[Removed], one_per_line: bool) -> list[list[tuple[int, int]]]:
    """Raw ranges of each paragraph (a paragraph may be several ranges once noise is cut out)."""
    blocks: list[list[list[tuple[int, int]]]] = [[]]
    for start, end in _lines(raw):
        parts = [p for p in (_strip(raw, s, e) for s, e in _subtract(start, end, removed)) if p]
        if not raw[start:end].strip():
            blocks.append([])  # a blank line ends a block
        elif parts:
            blocks[-1].append(parts)
    paragraphs = []
    for block in blocks:
        if not block:
            continue
        if not one_per_line and _is_hard_wrapped(raw, block):
            paragraphs.append([p for parts in block for p in parts])
        else:
            paragraphs.extend(block)
    return paragraphs


def _has_title(raw: str, parts: list[list[tuple[int, int]]], doc: RawDocument) -> bool:
    if len(parts) < 2:
        return False
    if doc.meta.format == "semeval" or doc.meta.title:
        return True
    first_end, second_start = parts[0][-1][1], parts[1][0][0]
    followed_by_blank = raw.count("\n", first_end, second_start) >= 2
    first = raw[parts[0][0][0]:first_end]
    return followed_by_blank and len(first) <= _TITLE_MAX_CHARS and not first.endswith((".", ","))


def build_article(doc: RawDocument, options: AnalysisOptions | None = None) -> Article:
    """Clean ``doc`` and build its :class:`Article` with paragraphs, sentences and language."""
    options = options or AnalysisOptions()
    raw = doc.raw
    removed = find_noise(raw, site_lines=doc.site_lines) if options.clean else []
    # SemEval files put one paragraph per line and label lines: never merge them
    parts = _paragraph_parts(raw, removed, one_per_line=doc.meta.format == "semeval")
    builder = TextBuilder(raw)
    paragraphs: list[Span] = []
    previous_end: int | None = None
    for para in parts:
        if previous_end is not None:
            gap = raw[previous_end:para[0][0]]
            # keep the raw gap when it is only whitespace, so a clean input maps one to one
            if not gap.strip() and _subtract(previous_end, para[0][0], removed) == [(previous_end, para[0][0])]:
                builder.add_raw(previous_end, para[0][0])
            else:
                builder.add_separator("\n\n")
        start = len(builder)
        for i, (s, e) in enumerate(para):
            if i:
                gap = raw[para[i - 1][1]:s]
                if gap and not gap.strip() and _subtract(para[i - 1][1], s, removed) == [(para[i - 1][1], s)]:
                    builder.add_raw(para[i - 1][1], s)
                else:
                    builder.add_separator(" ")
            builder.add_raw(s, e)
        paragraphs.append(Span(start, len(builder), "body"))
        previous_end = para[-1][1]
    text, offsets = builder.build()
    if paragraphs and _has_title(raw, parts, doc):
        paragraphs[0] = Span(paragraphs[0].start, paragraphs[0].end, "title")
        doc.meta.title = text[paragraphs[0].start:paragraphs[0].end]
    meta = doc.meta
    warnings = []
    if options.lang:
        meta.lang = options.lang
    elif meta.extra.get("semeval_lang"):
        meta.lang = meta.extra["semeval_lang"]
    elif not meta.lang:
        lang, prob = detect_language(text)
        meta.lang = lang
        if lang is None:
            warnings.append("too little text to detect the language")
        elif prob < 0.5:
            warnings.append(f"language uncertain ({lang} at p={prob:.2f})")
    article = Article(text, meta, paragraphs=paragraphs, offsets=offsets, raw=raw,
                      removed=removed, warnings=warnings)
    article.set_sentences(split_sentences(text, paragraphs))
    return article


# A sentence ends at . ! ? … (plus closing quotes/brackets) followed by space and a capital,
# digit or opening quote. Abbreviations like "Mr." and initials are guarded below.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ0-9])")
_ABBREVIATIONS = re.compile(
    r"(\b(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Lt|Sgt|St|Jr|Sr|Inc|Ltd|Co|vs|No|Gov|Rev|Hon|"
    r"Mme|Mlle|Hr|Fr|Nr|ul|tzw|np|ks|im|tj|ggf|bzw|Dz|Św|S|U|e\.g|i\.e|etc|ca|approx|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|\b[A-Z]\.)$"
)


def split_sentences(text: str, paragraphs: list[Span]) -> list[Span]:
    sentences: list[Span] = []
    for para in paragraphs:
        start = para.start
        chunk = text[para.start:para.end]
        for match in _BOUNDARY.finditer(chunk):
            if _ABBREVIATIONS.search(chunk[: match.start() + 1]):
                continue
            end = para.start + match.end()
            span = _strip(text, start, end)
            if span:
                sentences.append(Span(span[0], span[1], "sentence"))
            start = end
        span = _strip(text, start, para.end)
        if span:
            sentences.append(Span(span[0], span[1], "sentence"))
    return sentences
