"""Article -> report dict: the JSON contract shared by the CLI, the API and every renderer."""

from __future__ import annotations

from typing import Any

from spinscope.attribution.report import attribution_dicts
from spinscope.document import Article, Span
from spinscope.ingest.errors import InputError
from spinscope.taxonomy import TECHNIQUE_BY_LABEL

SCHEMA_VERSION = "1"


def _round(score: float | None) -> float | None:
    return None if score is None else round(float(score), 4)


def _span_dict(article: Article, span: Span) -> dict[str, Any]:
    technique = TECHNIQUE_BY_LABEL.get(span.label)
    out = {
        "start": span.start,
        "end": span.end,
        "text": article.span_text(span),
        "label": span.label,
        "score": _round(span.score),
        "paragraph": article.paragraph_of(span.start),
        "group": technique.group if technique else None,
        "explanation": span.attrs.get("explanation"),
        "cue": span.attrs.get("cue"),
    }
    for key in ("voice", "speaker"):
        if key in span.attrs:
            out[key] = span.attrs[key]
    return out


def _ranked(scores: dict[str, float]) -> list[tuple[str, float]]:
    return sorted(scores.items(), key=lambda kv: (-(kv[1] if kv[1] is not None else float("-inf")), kv[0]))


def article_to_dict(article: Article, *, model_version: str | None = None) -> dict[str, Any]:
    """The report dict of one analysed article (see README, "JSON contract")."""
    meta = article.meta
    genre_scores = article.cats.get("genre", {})
    frame_scores = article.cats.get("frames", {})
    frame_predicted = set(article.cats.get("frames_predicted", {}))
    paragraphs = []
    for i, para in enumerate(article.paragraphs):
        cats = article.paragraph_cats[i]
        predicted = cats.get("techniques_predicted", {})
        paragraphs.append({
            "index": i,
            "start": para.start,
            "end": para.end,
            "kind": para.label,
            "techniques": [{"label": label, "score": _round(score)}
                           for label, score in _ranked(predicted)],
            **{key: para.attrs[key] for key in ("voice", "speaker") if key in para.attrs},
        })
    return {
        "schema_version": SCHEMA_VERSION,
        "id": meta.id,
        "input": meta.input,
        "title": meta.title,
        "source": meta.source,
        "url": meta.url,
        "published": meta.published,
        "author": meta.author,
        "lang": meta.lang,
        "format": meta.format,
        "model_version": model_version,
        "text": article.text,
        "paragraphs": paragraphs,
        "spans": [_span_dict(article, s) for s in article.spans.get("techniques", [])],
        "genre": {
            "label": max(genre_scores, key=genre_scores.get) if genre_scores else None,
            "scores": {label: _round(score) for label, score in _ranked(genre_scores)},
        },
        "frames": [{"label": label, "score": _round(score)}
                   for label, score in _ranked(frame_scores) if label in frame_predicted],
        "frame_scores": {label: _round(score) for label, score in _ranked(frame_scores)},
        # who is speaking: quotes with cue and speaker, speakers, entities (see attribution/)
        **attribution_dicts(article),
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason, "text": r.text}
                    for r in article.removed],
        "offset_map": article.offsets.to_list(),
        "warnings": list(article.warnings),
    }


def error_to_dict(error: InputError) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "input": error.input, "error": error.reason}
