"""The data model: one immutable text per article; everything else points into it.

An :class:`Article` owns the *analysed text* (``article.text``), which never changes after
ingest. Paragraphs, sentences and every finding are :class:`Span` objects holding ``[start, end)``
character offsets into that text, the way spaCy's ``Doc``/``Span`` work. Ingest may drop noise
from the raw input, so each article also carries an :class:`OffsetMap` from the analysed text
back to the raw input it was read from, and a record of every block it removed.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping, Sequence


class SpanError(ValueError):
    """A span does not fit the text it claims to point into."""


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled ``[start, end)`` range of an article's analysed text.

    ``attrs`` holds extra, layer-specific values (a technique's explanation, a quote's voice);
    it is read-only so that a span, once added to an article, cannot drift.
    """

    start: int
    end: int
    label: str = ""
    score: float | None = None
    attrs: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}), compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.attrs, MappingProxyType):
            object.__setattr__(self, "attrs", MappingProxyType(dict(self.attrs)))

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def with_attrs(self, **attrs: Any) -> "Span":
        """A copy with ``attrs`` extended (annotating components use this, never mutation)."""
        return replace(self, attrs={**self.attrs, **attrs})


@dataclass(frozen=True, slots=True)
class Removed:
    """A block of the raw input that ingest left out of the analysed text, and why."""

    start: int  # raw-input offsets
    end: int
    reason: str
    text: str


class OffsetMap:
    """Maps offsets of the analysed text back to offsets of the raw input.

    Ingest builds the analysed text only from verbatim slices of the raw input (plus separators
    it inserts between them), so the map is a sorted list of aligned pieces
    ``(text_start, raw_start, length)`` with ``text[t:t+n] == raw[r:r+n]``.
    """

    __slots__ = ("_pieces", "_starts")

    def __init__(self, pieces: Iterable[tuple[int, int, int]]):
        merged: list[tuple[int, int, int]] = []
        for t, r, n in sorted(p for p in pieces if p[2] > 0):
            if merged and merged[-1][0] + merged[-1][2] == t and merged[-1][1] + merged[-1][2] == r:
                merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + n)  # contiguous copies
            else:
                merged.append((t, r, n))
        self._pieces = tuple(merged)
        self._starts = [p[0] for p in self._pieces]

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls([(0, 0, length)])

    @property
    def pieces(self) -> tuple[tuple[int, int, int], ...]:
        return self._pieces

    def to_raw(self, offset: int) -> int:
        """Raw offset of text offset ``offset``; inserted separators map to the next piece."""
        if not self._pieces:
            return 0
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return self._pieces[0][1]
        t, r, n = self._pieces[i]
        if offset <= t + n:
            return r + (offset - t)
        # offset falls in a separator after piece i: snap to the start of the next piece
        return self._pieces[i + 1][1] if i + 1 < len(self._pieces) else r + n

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` covering text ``[start, end)``."""
        raw_start = self.to_raw(start)
        if end <= start:
            return raw_start, raw_start
        # map the last character, not the end boundary, so an end at a separator stays put
        return raw_start, self.to_raw(end - 1) + 1

    def from_raw(self, raw_offset: int) -> int | None:
        """Text offset of raw offset ``raw_offset``, or None if that raw character was dropped."""
        for t, r, n in self._pieces:
            if r <= raw_offset < r + n:
                return t + (raw_offset - r)
        return None

    def to_list(self) -> list[list[int]]:
        return [list(p) for p in self._pieces]


class TextBuilder:
    """Builds an analysed text from verbatim slices of a raw input, recording the offset map."""

    def __init__(self, raw: str):
        self.raw = raw
        self._parts: list[str] = []
        self._pieces: list[tuple[int, int, int]] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def add_raw(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Append ``raw[raw_start:raw_end]``; return its ``[start, end)`` in the text."""
        chunk = self.raw[raw_start:raw_end]
        start = self._length
        self._parts.append(chunk)
        self._pieces.append((start, raw_start, len(chunk)))
        self._length += len(chunk)
        return start, self._length

    def add_separator(self, separator: str) -> None:
        """Append text that is not in the raw input (e.g. a paragraph break)."""
        self._parts.append(separator)
        self._length += len(separator)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._pieces)


@dataclass
class Metadata:
    """What is known about an article apart from its text."""

    id: str
    input: str = ""  # the path, URL or stream the article came from
    title: str = ""
    source: str | None = None  # the site or outlet
    url: str | None = None
    published: str | None = None  # ISO 8601 date when known
    author: str | None = None
    lang: str | None = None  # ISO 639-1
    format: str = "text"  # reader that produced it: semeval, text, html, jsonl
    extra: dict[str, Any] = field(default_factory=dict)


def check_span(text: str, span: Span) -> None:
    """The one place span invariants are checked: ``0 <= start < end <= len(text)``."""
    if not (isinstance(span.start, int) and isinstance(span.end, int)):
        raise SpanError(f"span offsets must be integers, got {span.start!r}, {span.end!r}")
    if not 0 <= span.start < span.end <= len(text):
        raise SpanError(
            f"span [{span.start}, {span.end}) does not fit a text of length {len(text)}"
        )


class Article:
    """An analysed article: immutable text plus annotation layers pointing into it.

    Components never edit ``text``; they add annotations:

    - ``paragraphs``: spans labelled ``title`` or ``body``, sorted and disjoint;
    - ``sentences``: spans inside paragraphs;
    - ``spans[layer]``: named layers of spans (``"techniques"`` holds technique findings);
    - ``cats[name]``: document categories ``{label: score}`` (``"genre"``, ``"frames"``);
    - ``paragraph_cats[i][name]``: categories of paragraph ``i`` (``"techniques"``).
    """

    def __init__(
        self,
        text: str,
        meta: Metadata,
        *,
        paragraphs: Sequence[Span],
        offsets: OffsetMap | None = None,
        raw: str | None = None,
        removed: Sequence[Removed] = (),
        warnings: Sequence[str] = (),
    ):
        self._text = text
        self.meta = meta
        self.raw = text if raw is None else raw
        self.offsets = offsets if offsets is not None else OffsetMap.identity(len(text))
        self.removed: tuple[Removed, ...] = tuple(removed)
        self.warnings: list[str] = list(warnings)
        self.paragraphs: tuple[Span, ...] = tuple(paragraphs)
        self._check_paragraphs()
        self.sentences: tuple[Span, ...] = ()
        self.spans: dict[str, list[Span]] = {}
        self.cats: dict[str, dict[str, float]] = {}
        self.paragraph_cats: list[dict[str, dict[str, float]]] = [{} for _ in self.paragraphs]

    @property
    def text(self) -> str:
        return self._text

    @property
    def id(self) -> str:
        return self.meta.id

    def span_text(self, span: Span) -> str:
        return self._text[span.start : span.end]

    def paragraph_text(self, index: int) -> str:
        return self.span_text(self.paragraphs[index])

    def paragraph_of(self, offset: int) -> int | None:
        """Index of the paragraph containing text offset ``offset``, or None."""
        starts = [p.start for p in self.paragraphs]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return i
        return None

    def set_sentences(self, sentences: Iterable[Span]) -> None:
        sentences = tuple(sorted(sentences, key=lambda s: (s.start, s.end)))
        for s in sentences:
            check_span(self._text, s)
        self.sentences = sentences

    def add_spans(self, layer: str, spans: Iterable[Span]) -> None:
        """Add spans to a layer, checking each fits the text and lies inside one paragraph."""
        checked = []
        for span in spans:
            check_span(self._text, span)
            p = self.paragraph_of(span.start)
            if p is None or span.end > self.paragraphs[p].end:
                raise SpanError(f"span [{span.start}, {span.end}) crosses a paragraph boundary")
            checked.append(span)
        layer_spans = self.spans.setdefault(layer, [])
        layer_spans.extend(checked)
        layer_spans.sort(key=lambda s: (s.start, s.end, s.label))

    def clear_annotations(self) -> None:
        """Drop every model annotation (spans, categories), keeping text, paragraphs, sentences."""
        self.spans.clear()
        self.cats.clear()
        self.paragraph_cats = [{} for _ in self.paragraphs]

    def sentences_in(self, paragraph: Span) -> Iterator[Span]:
        return (s for s in self.sentences if paragraph.contains(s))

    def _check_paragraphs(self) -> None:
        previous_end = 0
        for p in self.paragraphs:
            check_span(self._text, p)
            if p.start < previous_end:
                raise SpanError("paragraphs must be sorted and disjoint")
            previous_end = p.end
