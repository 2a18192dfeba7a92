"""Report dicts -> a Markdown summary: per article its genre, frames and a table of technique spans.

Article text is scraped and may hold Markdown or HTML of its own, so every piece of it is escaped:
a summary pasted into a wiki or rendered by a Markdown viewer shows the text, never runs it.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Sequence

from spinscope.report.html import fmt_score, frame_name, technique_name

# quoted span text longer than this is cut in the table; the JSON report keeps it whole
MAX_QUOTE = 160
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md_escape(text: str) -> str:
    """``text`` on one line with Markdown and HTML punctuation backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _quote(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_QUOTE:
        text = text[: MAX_QUOTE - 1].rstrip() + "…"
    return f"“{md_escape(text)}”"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _article(number: int, report: Mapping[str, Any]) -> list[str]:
    title = report.get("title") or report.get("input") or report.get("id") or f"Article {number}"
    lines = [f"## {number}. {md_escape(title)}", ""]
    meta = [(name, report.get(key)) for name, key in (
        ("Source", "source"), ("URL", "url"), ("Published", "published"), ("Language", "lang"),
        ("Input", "input")) if report.get(key)]
    if meta:
        lines += [" · ".join(f"**{name}:** {md_escape(value)}" for name, value in meta), ""]

    genre = report.get("genre") or {}
    label = genre.get("label")
    if label:
        score = (genre.get("scores") or {}).get(label)
        genre_text = f"{md_escape(label)} ({fmt_score(score)})"
    else:
        genre_text = "not predicted"
    frames = report.get("frames") or []
    frames_text = ", ".join(f"{md_escape(frame_name(f.get('label', '')))} ({fmt_score(f.get('score'))})"
                            for f in frames) or "none predicted"
    spans = report.get("spans") or []
    lines += [
        f"- **Genre:** {genre_text}",
        f"- **Frames:** {frames_text}",
        f"- **Technique spans:** {len(spans)}",
        f"- **Removed blocks:** {len(report.get('removed') or [])}",
    ]
    lines += [f"- **Warning:** {md_escape(w)}" for w in report.get("warnings") or []]
    lines.append("")
    if spans:
        rows = [(str(i),
                 md_escape(technique_name(s.get("label") or "")),
                 fmt_score(s.get("score")),
                 _quote(s.get("text") or ""),
                 "–" if s.get("paragraph") is None else str(s["paragraph"]))
                for i, s in enumerate(spans, 1)]
        lines += _table(["#", "Technique", "Score", "Text", "Paragraph"], rows)
        lines.append("")
    lines += _speakers(report)
    return lines


def _speakers(report: Mapping[str, Any]) -> list[str]:
    """Who is speaking: each speaker, how often quoted, and a first quote."""
    speakers = report.get("speakers") or []
    if not speakers:
        return []
    quotes = report.get("quotes") or []
    rows = []
    for s in speakers:
        theirs = [q for q in quotes if q.get("speaker") == s.get("id")]
        name = md_escape(s.get("name") or "") + (f" ({md_escape(s['title'])})" if s.get("title") else "")
        rows.append((name, str(len(theirs)), _quote(theirs[0].get("text") or "") if theirs else "–"))
    return ["**Speakers**", ""] + _table(["Speaker", "Quotes", "First quote"], rows) + [""]


def render_markdown(reports: Sequence[Mapping[str, Any]], errors: Iterable[Mapping[str, Any]] = (),
                    *, title: str = "spinscope report") -> str:
    """A Markdown summary of ``reports`` (report dicts) and the inputs that failed."""
    errors = list(errors)
    lines = [f"# {md_escape(title)}", "",
             f"{len(reports)} article{'' if len(reports) == 1 else 's'}"
             + (f", {len(errors)} failed input{'' if len(errors) == 1 else 's'}" if errors else ""), ""]
    if errors:
        lines += ["## Failed inputs", ""]
        lines += _table(["Input", "Error"],
                        [(md_escape(e.get("input", "")), md_escape(e.get("error", ""))) for e in errors])
        lines.append("")
    for number, report in enumerate(reports, 1):
        lines += _article(number, report)
    return "\n".join(lines).rstrip() + "\n"
