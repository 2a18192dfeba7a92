"""Charts of corpus statistics (PNG or SVG, via matplotlib's non-interactive backend).

- by source / lang / genre: a heat map of groups x techniques, each cell the share of the group's
  articles using the technique, with the group's article count and density beside it;
- by month: how the most common techniques' prevalence moves month by month, over bars of the
  number of articles per month;
- by speaker: speakers by number of quotes, each bar split by the techniques found in them.
"""

from __future__ import annotations

import io
from typing import Any

from spinscope.analytics.tables import _name

MAX_GROUPS = 25
MAX_TECHNIQUES = 12


def render_chart(stats: dict[str, Any], fmt: str = "png") -> bytes:
    """The chart of ``stats`` (from :func:`corpus_stats`) as PNG or SVG bytes."""
    import matplotlib

    matplotlib.use("Agg", force=True)  # no display needed, no window opened
    import matplotlib.pyplot as plt

    if fmt not in ("png", "svg"):
        raise ValueError(f"chart format must be png or svg, not {fmt!r}")
    draw = {"month": _months, "speaker": _speakers}.get(stats["by"], _heatmap)
    fig = draw(plt, stats)
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, dpi=120, bbox_inches="tight", metadata={"Date": None} if fmt == "svg" else None)
    plt.close(fig)
    return buffer.getvalue()


def _empty(plt, message: str):
    fig, ax = plt.subplots(figsize=(6, 2))
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center")
    return fig


def _heatmap(plt, stats: dict[str, Any]):
    import numpy as np

    rows = stats["rows"][:MAX_GROUPS]
    techniques = [t["label"] for t in stats["techniques"]][:MAX_TECHNIQUES]
    if not rows or not techniques:
        return _empty(plt, "No technique findings in the store yet.")
    grid = 100 * np.array([[r["techniques"].get(t, {}).get("prevalence", 0.0) for t in techniques] for r in rows])
    fig, ax = plt.subplots(figsize=(1.1 + 0.75 * len(techniques) + 2.5, 1.5 + 0.42 * len(rows)))
    image = ax.imshow(grid, cmap="YlOrRd", vmin=0, vmax=max(1.0, float(grid.max())), aspect="auto")
    ax.set_xticks(range(len(techniques)), [_name(t) for t in techniques], rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(len(rows)), [f"{r['key']}  (n={r['articles']}, density {100 * r['density']:.0f}%)"
                                     for r in rows], fontsize=8)
    for i in range(len(rows)):
        for j in range(len(techniques)):
            value = grid[i, j]
            if value > 0:
                ax.text(j, i, f"{value:.0f}", ha="center", va="center", fontsize=7,
                        color="white" if value > 0.6 * grid.max() else "black")
    ax.set_title(f"Share of articles using each technique, by {stats['by']} (%)", fontsize=10)
    fig.colorbar(image, ax=ax, fraction=0.03, pad=0.02)
    return fig


def _months(plt, stats: dict[str, Any]):
    rows = [r for r in stats["rows"] if r["key"] != "unknown"]
    if not rows:
        return _empty(plt, "No article has a publication date.")
    months = [r["key"] for r in rows]
    techniques = [t["label"] for t in stats["techniques"]][:6]
    fig, ax = plt.subplots(figsize=(max(6, 0.6 * len(months) + 3), 4.5))
    counts = ax.twinx()
    counts.bar(range(len(months)), [r["articles"] for r in rows], color="#dddddd", zorder=0)
    counts.set_ylabel("articles", color="#888888")
    ax.set_zorder(counts.get_zorder() + 1)
    ax.patch.set_visible(False)
    for t in techniques:
        ax.plot(range(len(months)), [100 * r["techniques"].get(t, {}).get("prevalence", 0.0) for r in rows],
                marker="o", label=_name(t))
    ax.set_xticks(range(len(months)), months, rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("share of the month's articles (%)")
    ax.set_title("Techniques month by month", fontsize=10)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.08, 1))
    return fig


def _speakers(plt, stats: dict[str, Any]):
    rows = stats["rows"][:MAX_GROUPS]
    if not rows:
        return _empty(plt, "No speakers: the stored reports carry no quotes.")
    techniques = sorted({t for r in rows for t in r["top_techniques"][:3]})
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.35 * len(rows)))
    names = [r["key"] for r in rows][::-1]
    ax.barh(names, [r["quotes"] for r in rows][::-1], color="#bbbbbb", label="quotes")
    left = [0] * len(rows)
    for t in techniques:
        values = [r["techniques"].get(t, 0) for r in rows][::-1]
        ax.barh(names, values, left=left, label=_name(t), height=0.4)
        left = [a + b for a, b in zip(left, values)]
    ax.set_xlabel("quotes (grey) and technique spans inside them (colour)")
    ax.set_title("Top speakers and the techniques in their quotes", fontsize=10)
    ax.legend(fontsize=7, loc="lower right")
    return fig
