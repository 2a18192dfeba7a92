"""Voice: is a stretch of text the author's own words, or a quoted or reported source's?"""

from __future__ import annotations

from collections import Counter


def voice_of(start: int, end: int, pieces: list[tuple[int, int, str | None]], *,
             whole_span: bool = False, text: str | None = None) -> dict:
    """``{"voice": "author"|"quoted", "speaker": id|None}`` for ``[start, end)``.

    A technique span is quoted when at least half of it lies inside quotes (it is then the
    speaker's rhetoric, not the author's); a paragraph is quoted when quotes cover at least half
    of its non-space characters. The speaker is the one whose quotes cover most of it.
    """
    covered: Counter = Counter()
    for a, b, speaker in pieces:
        overlap = min(end, b) - max(start, a)
        if overlap > 0:
            covered[speaker] += overlap
    size = end - start
    if text is not None:
        # non-space characters: str.split() cuts at exactly the characters str.isspace() accepts
        size = len("".join(text[start:end].split())) or size
        covered = Counter({k: min(v, size) for k, v in covered.items()})
    total = sum(covered.values())
    if size <= 0 or total * 2 < size:
        return {"voice": "author", "speaker": None}
    speaker, _ = max(covered.items(), key=lambda kv: (kv[1], kv[0] is not None))
    return {"voice": "quoted", "speaker": speaker}
