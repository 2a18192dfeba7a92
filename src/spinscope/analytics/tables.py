"""Corpus statistics and duplicate clusters as plain-text tables and CSV."""

from __future__ import annotations

import csv
import io
from typing import Any

from spinscope.taxonomy import TECHNIQUE_BY_LABEL

MAX_TECHNIQUE_COLUMNS = 23


def _name(label: str) -> str:
    technique = TECHNIQUE_BY_LABEL.get(label)
    return technique.name if technique else label.replace("_", " ")


def _pct(value: float) -> str:
    return f"{100 * value:.0f}%"


def _grid(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows)] if rows else [len(h) for h in header]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]) + "\n"


def stats_table(stats: dict[str, Any]) -> str:
    by = stats["by"]
    if by == "speaker":
        if not stats["rows"]:
            return "No speakers: the stored reports carry no quotes (re-analyse with a model that attributes quotes).\n"
        rows = [[r["key"], str(r["articles"]), str(r["quotes"]),
                 ", ".join(f"{v} {n}" for v, n in list(r["quote_kinds"].items())[:2]),
                 ", ".join(f"{_name(t)} ({r['techniques'][t]})" for t in r["top_techniques"][:3]) or "-"]
                for r in stats["rows"]]
        return _grid(["speaker", "articles", "quotes", "quote kinds", "techniques in their quotes"], rows)
    rows = []
    for r in stats["rows"]:
        top = ", ".join(f"{_name(t)} {_pct(r['techniques'][t]['prevalence'])}" for t in r["top_techniques"][:3])
        frames = ", ".join(f"{f.replace('_', ' ')} {_pct(s)}" for f, s in list(r["frames"].items())[:2])
        genres = ", ".join(f"{g} {n}" for g, n in list(r["genres"].items())[:2])
        rows.append([r["key"], str(r["articles"]), _pct(r["density"]), top or "-", frames or "-", genres])
    header = [by, "articles", "density", "top techniques (share of articles)", "top frames", "genres"]
    return (f"{stats['articles']} articles in {stats['groups']} groups by {by}; density = share of text "
            "covered by technique spans\n\n") + _grid(header, rows)


def stats_csv(stats: dict[str, Any]) -> str:
    """One row per group; technique and frame columns hold the share of the group's articles."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if stats["by"] == "speaker":
        writer.writerow(["speaker", "articles", "quotes", "quote_kinds", "sources", "techniques"])
        for r in stats["rows"]:
            writer.writerow([r["key"], r["articles"], r["quotes"],
                             ";".join(f"{v}={n}" for v, n in r["quote_kinds"].items()), ";".join(r["sources"]),
                             ";".join(f"{t}={n}" for t, n in r["techniques"].items())])
        return out.getvalue()
    techniques = [t["label"] for t in stats["techniques"]][:MAX_TECHNIQUE_COLUMNS]
    frames = sorted({f for r in stats["rows"] for f in r["frames"]})
    genres = sorted({g for r in stats["rows"] for g in r["genres"]})
    writer.writerow([stats["by"], "articles", "chars", "spans", "density"]
                    + [f"technique:{t}" for t in techniques] + [f"technique_density:{t}" for t in techniques]
                    + [f"frame:{f}" for f in frames] + [f"genre:{g}" for g in genres])
    for r in stats["rows"]:
        writer.writerow([r["key"], r["articles"], r["chars"], r["spans"], r["density"]]
                        + [r["techniques"].get(t, {}).get("prevalence", 0.0) for t in techniques]
                        + [r["techniques"].get(t, {}).get("density", 0.0) for t in techniques]
                        + [r["frames"].get(f, 0.0) for f in frames] + [r["genres"].get(g, 0) for g in genres])
    return out.getvalue()


def dupes_table(clusters: list[dict[str, Any]]) -> str:
    if not clusters:
        return "No near-duplicate articles found.\n"
    lines = [f"{len(clusters)} cluster(s) of near-duplicate articles\n"]
    for c in clusters:
        lines.append(f"cluster {c['cluster']}: {c['size']} articles, similarity >= {c['similarity']:.2f}, "
                     f"sources: {', '.join(c['sources']) or '-'}")
        for m in c["members"]:
            lines.append(f"  {m['published'] or '----------':<10}  {m['source'] or '-':<24}  {m['id']}  {m['title'] or ''}")
        lines.append("")
    return "\n".join(lines)
