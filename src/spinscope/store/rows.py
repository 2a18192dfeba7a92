"""A report dict -> the rows of the store's tables (see :mod:`spinscope.store.schema`).

Pure functions: no database here, so the same rows feed DuckDB, Parquet part files and tests.
Reports from newer analysers may carry ``quotes``/``speakers``/``voice``; they are read when
present and never required.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any, Iterable, Mapping

_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})")


def published_month(published: Any) -> str | None:
    """``YYYY-MM`` of an ISO 8601 date string, else None."""
    if not isinstance(published, str):
        return None
    match = _ISO_MONTH.match(published.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        return None
    return f"{match.group(1)}-{match.group(2)}"


def covered_chars(ranges: Iterable[tuple[int, int]]) -> int:
    """Characters covered by at least one ``[start, end)`` range (overlaps counted once)."""
    total, cursor = 0, -1
    for start, end in sorted(ranges):
        start = max(start, cursor)
        if end > start:
            total += end - start
            cursor = end
    return total


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def technique_counts(report: Mapping[str, Any]) -> dict[str, int]:
    counts = Counter(str(s.get("label")) for s in report.get("spans") or [] if s.get("label"))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def quotes_of(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [q for q in report.get("quotes") or [] if isinstance(q, Mapping)]


def speaker_names(report: Mapping[str, Any]) -> dict[str, str]:
    """Speaker id (as quotes refer to it, e.g. ``S1``) -> display name, from speakers and entities."""
    names: dict[str, str] = {}
    for entry in list(report.get("entities") or []) + list(report.get("speakers") or []):
        if isinstance(entry, Mapping) and entry.get("id") is not None and entry.get("name"):
            names[str(entry["id"])] = str(entry["name"])
    return names


def quote_speaker(quote: Mapping[str, Any], names: Mapping[str, str]) -> str | None:
    """The name of a quote's speaker (quotes name speakers by per-article id)."""
    speaker = quote.get("speaker")
    if speaker is None or speaker == "":
        return None
    if isinstance(speaker, Mapping):
        speaker = speaker.get("name") or speaker.get("id")
    return names.get(str(speaker), str(speaker))


def speakers_of(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """(name, role, number of quotes) per speaker: from ``speakers`` when given, plus quotes."""
    names = speaker_names(report)
    quote_counts = Counter(quote_speaker(q, names) for q in quotes_of(report) if quote_speaker(q, names))
    out: dict[str, dict[str, Any]] = {}
    for entry in report.get("speakers") or []:
        if isinstance(entry, Mapping):
            name = entry.get("name") or entry.get("id")
            role = entry.get("title") or entry.get("role") or entry.get("kind")
        else:
            name, role = entry, None
        if name:
            name = str(name)
            out[name] = {"name": name, "role": _str(role), "quotes": quote_counts.get(name, 0)}
    for name, count in quote_counts.items():
        out.setdefault(name, {"name": name, "role": None, "quotes": count})
    return list(out.values())


def article_row(report: Mapping[str, Any], *, article_id: str, content_hash: str, input: str,
                warnings: list, model_version: str | None, ingested_at: Any) -> dict[str, Any]:
    """The ``articles`` row of one report (the report JSON stored without its text)."""
    text = report.get("text") or ""
    spans = report.get("spans") or []
    covered = covered_chars((s["start"], s["end"]) for s in spans
                            if _int(s.get("start")) is not None and _int(s.get("end")) is not None)
    genre = report.get("genre") or {}
    genre_label = genre.get("label") if isinstance(genre, Mapping) else genre
    genre_scores = genre.get("scores") or {} if isinstance(genre, Mapping) else {}
    stored = {key: value for key, value in report.items() if key != "text"}
    stored["id"] = article_id
    return {
        "id": article_id,
        "content_hash": content_hash,
        "model_version": model_version,
        "input": input,
        "warnings": json.dumps(list(warnings), ensure_ascii=False),
        "title": _str(report.get("title")),
        "source": _str(report.get("source")),
        "url": _str(report.get("url")),
        "published": _str(report.get("published")),
        "published_month": published_month(report.get("published")),
        "author": _str(report.get("author")),
        "lang": _str(report.get("lang")),
        "format": _str(report.get("format")),
        "genre": _str(genre_label),
        "genre_score": _float(genre_scores.get(genre_label)) if genre_label else None,
        "n_chars": len(text),
        "n_paragraphs": len(report.get("paragraphs") or []),
        "n_spans": len(spans),
        "covered_chars": covered,
        "density": covered / len(text) if text else 0.0,
        "technique_counts": json.dumps(technique_counts(report), ensure_ascii=False),
        "frames": json.dumps([f.get("label") for f in report.get("frames") or []], ensure_ascii=False),
        "text": text,
        "report": json.dumps(stored, ensure_ascii=False),
        "ingested_at": ingested_at,
    }


def child_rows(report: Mapping[str, Any], article_id: str) -> dict[str, list[dict[str, Any]]]:
    """Rows of the normalised tables for one report, keyed by table name."""
    paragraphs, paragraph_techniques = [], []
    for i, p in enumerate(report.get("paragraphs") or []):
        index = _int(p.get("index"))
        index = i if index is None else index
        paragraphs.append({"article_id": article_id, "idx": index, "start": _int(p.get("start")) or 0,
                           "end": _int(p.get("end")) or 0, "kind": _str(p.get("kind"))})
        for t in p.get("techniques") or []:
            paragraph_techniques.append({"article_id": article_id, "paragraph": index,
                                         "label": str(t.get("label")), "score": _float(t.get("score"))})
    spans = [{"article_id": article_id, "idx": i, "start": _int(s.get("start")) or 0,
              "end": _int(s.get("end")) or 0, "label": str(s.get("label")), "score": _float(s.get("score")),
              "paragraph": _int(s.get("paragraph")), "technique_group": _str(s.get("group")),
              "text": _str(s.get("text"))}
             for i, s in enumerate(report.get("spans") or [])]
    predicted = {f.get("label") for f in report.get("frames") or []}
    scores = dict(report.get("frame_scores") or {})
    for f in report.get("frames") or []:
        scores.setdefault(f.get("label"), f.get("score"))
    frames = [{"article_id": article_id, "label": str(label), "score": _float(score),
               "predicted": label in predicted} for label, score in scores.items() if label]
    names = speaker_names(report)
    quotes = [{"article_id": article_id, "idx": i, "start": _int(q.get("start")), "end": _int(q.get("end")),
               "speaker": quote_speaker(q, names), "voice": _str(q.get("voice") or q.get("kind")),
               "text": _str(q.get("text"))}
              for i, q in enumerate(quotes_of(report))]
    speakers = [{"article_id": article_id, **s} for s in speakers_of(report)]
    return {"paragraphs": paragraphs, "paragraph_techniques": paragraph_techniques, "spans": spans,
            "frames": frames, "quotes": quotes, "speakers": speakers}
