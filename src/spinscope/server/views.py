"""Report dicts and corpus figures -> view data for the templates.

The article page reuses the highlight logic of the static HTML report (text cut at every span
boundary, underline tracks for overlaps, legend counts), so the web app and ``spinscope analyze
--format html`` show the same highlights with the same CSS classes; the templates of both render
it with the same macros (``report/templates/_article.html``).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Mapping

from spinscope.report.html import (  # shared with the static report on purpose (one highlighter)
    CSS_GROUPS,
    _article_view,
    _legend,
    frame_name,
    technique_name,
)
from spinscope.taxonomy import TECHNIQUES


def article_page_view(report: Mapping[str, Any]) -> dict[str, Any]:
    view = _article_view(0, report)
    return {"a": view, "groups": _legend([view]), "speakers": speakers(report, view)}


def speakers(report: Mapping[str, Any], view: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Who speaks in the article, most paragraphs first: from quotes, paragraphs and spans."""
    counts: Counter[tuple[str, str]] = Counter()
    listed = {}
    for entry in report.get("speakers") or []:
        if isinstance(entry, Mapping) and (entry.get("name") or entry.get("speaker")):
            name = str(entry.get("name") or entry.get("speaker"))
            listed[name] = str(entry.get("role") or entry.get("voice") or "")
    for quote in report.get("quotes") or []:
        if isinstance(quote, Mapping) and quote.get("speaker"):
            counts[(str(quote["speaker"]), str(quote.get("voice") or ""))] += 1
    for p in view["paragraphs"]:
        if p.get("speaker"):
            counts[(str(p["speaker"]), str(p.get("voice") or ""))] += 1
    for f in view["findings"]:
        if f.get("speaker"):
            counts[(str(f["speaker"]), str(f.get("voice") or ""))] += 1
    for name, role in listed.items():  # named speakers who were not quoted still count as present
        if not any(s == name for s, _ in counts):
            counts[(name, role)] += 0
    return [{"speaker": s, "voice": v or listed.get(s, ""), "count": n}
            for (s, v), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def article_summary(item: Mapping[str, Any]) -> dict[str, Any]:
    """One row of the article list, from a stored report dict or a store summary row."""
    spans = item.get("spans")
    counts: Counter[str] = Counter()
    if isinstance(spans, list):  # a full report dict
        counts.update(s.get("label") for s in spans if s.get("label"))
    for t in item.get("techniques") or []:  # a store summary row: [{label, count}]
        if isinstance(t, Mapping) and t.get("label"):
            counts[t["label"]] += int(t.get("count") or 1)
    genre = item.get("genre")
    if isinstance(genre, Mapping):
        genre = genre.get("label")
    frames = item.get("frames") or []
    frames = [f.get("label") if isinstance(f, Mapping) else f for f in frames]
    n_spans = item.get("n_spans", item.get("span_count"))
    if n_spans is None:
        n_spans = len(spans) if isinstance(spans, list) else sum(counts.values())
    top = item.get("top_techniques")
    return {
        "id": item.get("id"),
        "title": item.get("title") or item.get("input") or item.get("id"),
        "source": item.get("source"),
        "published": item.get("published"),
        "lang": item.get("lang"),
        "url": item.get("url"),
        "genre": genre,
        "frames": [f for f in frames if f],
        "n_spans": n_spans,
        "density": item.get("density"),
        "top_techniques": list(top)[:3] if isinstance(top, list) else [label for label, _ in counts.most_common(3)],
    }


def technique_options() -> list[dict[str, str]]:
    return [{"label": t.label, "name": t.name, "group": t.group} for t in TECHNIQUES]


def bar_chart(rows: Iterable[tuple[str, float]], *, title: str, limit: int = 12,
              colour: str = "#0b57d0", value_format: str = "{:g}") -> dict[str, Any]:
    """A horizontal bar chart as view data for an inline SVG (drawn by the template, escaped)."""
    rows = [(str(label), float(value)) for label, value in rows if value is not None][:limit]
    top = max((v for _, v in rows), default=0.0) or 1.0
    bar_height, gap, label_width, width = 18, 6, 170, 520
    bars = []
    for i, (label, value) in enumerate(rows):
        y = i * (bar_height + gap)
        bars.append({"label": label, "short": label if len(label) <= 24 else label[:23] + "…",
                     "value": value_format.format(value), "y": y, "text_y": y + bar_height * 0.72,
                     "width": round((width - label_width - 60) * value / top, 1)})
    return {"title": title, "bars": bars, "colour": colour, "label_width": label_width,
            "width": width, "bar_height": bar_height,
            "height": max(1, len(rows)) * (bar_height + gap)}

