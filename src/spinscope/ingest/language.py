"""Language identification (ISO 639-1) with py3langid, whose model ships inside the package."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)  # the packaged model, read from disk


def detect_language(text: str) -> tuple[str | None, float]:
    """``(iso_639_1_code, probability)`` of the text's language; ``(None, 0.0)`` if too short."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)
