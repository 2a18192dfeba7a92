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
    article_view,
    frame_name,
    legend,
    technique_name,
)
from spinscope.taxonomy import TECHNIQUES


def article_page_view(report: Mapping[str, Any]) -> dict[str, Any]:
    view = article_view(0, report)
    return {"a": view, "groups": legend([view]), "speakers": speakers(view)}


def speakers(view: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The sidebar's short list of who speaks, most quotes first: the same speakers (by name, never by
    id) as the article's "Who is speaking" panel, with their number of quotes; a named speaker who was
    not quoted still counts as present."""
    rows = [{"speaker": s["name"], "voice": "quoted" if s["quotes"] else "", "count": len(s["quotes"])}
            for s in view["speakers"] if s["name"]]
    return sorted(rows, key=lambda r: (-r["count"], r["speaker"]))


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

