"""Report dicts -> one self-contained HTML page (inline CSS and JS; it opens offline).

Rendering works on the plain report dicts of :mod:`spinscope.report.build`, never on articles,
so a page can be rebuilt from saved JSON. Python prepares view data (the text cut into segments
at every span boundary, findings, counts) and a Jinja2 template with autoescaping writes the
markup: every piece of article text is sliced first and escaped exactly once, by the template.

The article view is shared with the web app (:mod:`spinscope.server`): the macros of
``templates/_article.html``, the stylesheet ``assets/spinscope.css`` and the script
``assets/spinscope.js``. This page inlines the two assets; the web app serves them as files.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from spinscope.taxonomy import TECHNIQUE_BY_LABEL, TECHNIQUE_GROUPS, TECHNIQUES

TEMPLATES = Path(__file__).parent / "templates"
# the stylesheet and script of the article view, one file each for the report and the web app
ASSETS = ("spinscope.css", "spinscope.js")
# CSS classes per group come from the group's position, so no label text ever becomes a class name
_GROUP_CLASS = {group: f"g{i}" for i, group in enumerate(TECHNIQUE_GROUPS)}
_OTHER_GROUP, _OTHER_CLASS, _OTHER_COLOUR = "Other", "gx", "#999999"
# underline tracks drawn below the text; deeper overlaps share the last track (still tinted);
# assets/spinscope.css has one .sp.tN rule per track
MAX_TRACKS = 4
# the colour variables of every group's CSS class, written into each page's inline <style>
CSS_GROUPS = [{"cls": _GROUP_CLASS[g], "colour": c} for g, c in TECHNIQUE_GROUPS.items()] + [
    {"cls": _OTHER_CLASS, "colour": _OTHER_COLOUR}]


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    # autoescape on for every template: all of them are HTML and all carry scraped text
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=None)
def asset(name: str) -> bytes:
    """One of the shared :data:`ASSETS`, read from the package."""
    return (resources.files("spinscope.report") / "assets" / name).read_bytes()


def _inline(name: str) -> Markup:
    # our own file, inlined verbatim (never parsed as a template); it must not close its element
    text = asset(name).decode("utf-8")
    if "</" in text:
        raise ValueError(f"report/assets/{name} contains '</', which would end the inline element")
    return Markup(text)


def render_html(
    reports: Sequence[Mapping[str, Any]],
    *,
    errors: Iterable[Mapping[str, Any]] = (),
    title: str = "spinscope report",
) -> str:
    """One self-contained HTML page for ``reports`` (report dicts) and failed ``errors``."""
    articles = [article_view(i, report) for i, report in enumerate(reports)]
    return _environment().get_template("report.html").render(
        title=title,
        articles=articles,
        errors=[{"input": e.get("input", ""), "error": e.get("error", "")} for e in errors],
        groups=legend(articles),
        css_groups=CSS_GROUPS,
        style=_inline("spinscope.css"),
        script=_inline("spinscope.js"),
    )


def fmt_score(score: float | None) -> str:
    return "–" if score is None else f"{score:.2f}"


def technique_name(label: str) -> str:
    technique = TECHNIQUE_BY_LABEL.get(label)
    return technique.name if technique else label


def frame_name(label: str) -> str:
    return label.replace("_", " ")


def _group_of(label: str) -> str:
    technique = TECHNIQUE_BY_LABEL.get(label)
    return technique.group if technique else _OTHER_GROUP


def _chip(label: str, score: float | None) -> dict[str, Any]:
    group = _group_of(label)
    return {"label": label, "name": technique_name(label), "group": group,
            "cls": _GROUP_CLASS.get(group, _OTHER_CLASS), "score": fmt_score(score)}


def _safe_url(url: str | None) -> str | None:
    # only web links become clickable: a scraped "javascript:" URL must stay inert text
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def _assign_tracks(findings: list[dict[str, Any]]) -> None:
    """Give each finding the lowest underline track free over its range (interval colouring),
    so a span keeps the same underline depth across all the segments it covers."""
    track_ends: list[int] = []
    for f in sorted(findings, key=lambda f: (f["start"], -f["end"])):
        for track, end in enumerate(track_ends):
            if end <= f["start"]:
                break
        else:
            track = len(track_ends)
            track_ends.append(0)
        track_ends[track] = f["end"]
        f["track"] = min(track, MAX_TRACKS - 1)


def _segments(text: str, start: int, end: int, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text[start:end]`` at every span boundary; each segment lists the spans covering it,
    longest first, the order the template opens their elements in. The innermost element is then
    the most specific span, the one hover highlights; underline depth comes from the track alone."""
    inside = [f for f in findings if f["start"] < end and start < f["end"]]
    bounds = sorted({start, end} | {min(max(b, start), end)
                                    for f in inside for b in (f["start"], f["end"])})
    segments = []
    for a, b in zip(bounds, bounds[1:]):
        covering = [f for f in inside if f["start"] <= a and b <= f["end"]]
        covering.sort(key=lambda f: (f["start"] - f["end"], f["index"]))
        segments.append({"text": text[a:b], "layers": covering})
    return segments


def _finding(index: int, span: Mapping[str, Any], text: str, article: int) -> dict[str, Any]:
    label = span.get("label") or ""
    start = max(0, int(span.get("start", 0)))
    end = min(len(text), int(span.get("end", start)))
    technique = TECHNIQUE_BY_LABEL.get(label)
    # the group follows the taxonomy, so colours and legend toggles always agree with the label
    group = _group_of(label)
    return {
        "index": index,
        "id": f"a{article}-s{index}",
        "start": start,
        "end": end,
        "text": span.get("text") if span.get("text") is not None else text[start:end],
        "label": label,
        "name": technique_name(label),
        "group": group,
        "cls": _GROUP_CLASS.get(group, _OTHER_CLASS),
        "score": fmt_score(span.get("score")),
        "definition": technique.definition if technique else "",
        "explanation": span.get("explanation"),
        "cue": span.get("cue"),
        "voice": span.get("voice"),
        "speaker": span.get("speaker"),
        "paragraph": span.get("paragraph"),
        "why": " · ".join(filter(None, (
            span.get("explanation"),
            f"cue: {span['cue']}" if span.get("cue") else None,
            f"{span.get('voice') or 'voice'}: {span['speaker']}" if span.get("speaker") else None))),
        "track": 0,
    }


def _bars(scores: Iterable[tuple[str, float | None]], names=frame_name) -> list[dict[str, Any]]:
    return [{"label": label, "name": names(label), "score": fmt_score(score),
             "pct": round(100 * max(0.0, min(1.0, score or 0.0)), 1)} for label, score in scores]


def article_view(article: int, report: Mapping[str, Any]) -> dict[str, Any]:
    text = report.get("text") or ""
    findings = [_finding(i, s, text, article) for i, s in enumerate(report.get("spans") or [])]
    _assign_tracks(findings)
    paragraphs = list(report.get("paragraphs") or [])
    if not paragraphs and text.strip():
        # a hand-made report without paragraphs still shows its text as one block
        paragraphs = [{"index": 0, "start": 0, "end": len(text), "kind": "body", "techniques": []}]
    names = _speaker_names(report)
    para_views = []
    for i, p in enumerate(paragraphs):
        start, end = max(0, p.get("start", 0)), min(len(text), p.get("end", 0))
        para_views.append({
            "index": p.get("index", i),
            "kind": p.get("kind") or "body",
            "segments": _segments(text, start, end, findings) if start < end else [],
            "techniques": [_chip(t.get("label", ""), t.get("score")) for t in p.get("techniques") or []],
            "voice": p.get("voice"),
            "speaker": names.get(p.get("speaker"), p.get("speaker")),
        })

    speakers = _speaker_views(report, findings)

    counts = Counter(f["label"] for f in findings)
    most = max(counts.values(), default=1)
    chart = [{**_chip(label, None), "count": n, "pct": round(100 * n / most, 1)}
             for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], technique_name(kv[0])))]

    genre = report.get("genre") or {}
    genre_scores = list((genre.get("scores") or {}).items())
    frames = [(f.get("label", ""), f.get("score")) for f in report.get("frames") or []]
    return {
        "index": article,
        "anchor": f"article-{article}",
        "title": report.get("title") or report.get("input") or report.get("id") or f"Article {article + 1}",
        "meta": [(name, report.get(key)) for name, key in (
            ("Source", "source"), ("Published", "published"), ("Author", "author"),
            ("Language", "lang"), ("Format", "format"), ("Input", "input"), ("ID", "id"),
            ("Model", "model_version")) if report.get(key)],
        "url": report.get("url"),
        "url_href": _safe_url(report.get("url")),
        "genre": genre.get("label"),
        "genre_bars": _bars(genre_scores, names=str),
        "frames": _bars(frames),
        "chart": chart,
        "findings": findings,
        "paragraphs": para_views,
        "removed": list(report.get("removed") or []),
        "warnings": list(report.get("warnings") or []),
        "top_techniques": [c["name"] for c in chart[:3]],
        "speakers": speakers,
    }


def _speaker_names(report: Mapping[str, Any]) -> dict[Any, Any]:
    """Speaker id -> the name a reader sees (the id when the speaker has no name)."""
    return {s.get("id"): s.get("name") or s.get("id") for s in report.get("speakers") or []}


def _speaker_views(report: Mapping[str, Any], findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Who said what: each speaker with their quotes and the techniques found in them; technique
    tooltips name the speaker instead of showing an id (paragraph marks do too, ``article_view``)."""
    names = _speaker_names(report)
    for f in findings:
        if f.get("speaker") in names:
            f["speaker"] = names[f["speaker"]]
            f["why"] = " · ".join(filter(None, (
                f.get("explanation"), f"cue: {f['cue']}" if f.get("cue") else None,
                f"quoted: {f['speaker']}")))
    views = []
    for s in report.get("speakers") or []:
        quotes = [{"kind": q.get("kind"), "text": q.get("text") or "",
                   "cue": (q.get("cue") or {}).get("text")}
                  for q in report.get("quotes") or [] if q.get("speaker") == s.get("id")]
        techniques = Counter(f["name"] for f in findings if f.get("speaker") == names.get(s.get("id")))
        views.append({"name": s.get("name") or "", "title": s.get("title") or "", "kind": s.get("kind") or "",
                      "mentions": len(s.get("mentions") or []), "quotes": quotes,
                      "techniques": ", ".join(f"{n} ×{c}" for n, c in techniques.most_common())})
    unattributed = [{"kind": q.get("kind"), "text": q.get("text") or "", "cue": (q.get("cue") or {}).get("text")}
                    for q in report.get("quotes") or [] if not q.get("speaker")]
    if unattributed:
        views.append({"name": "(speaker not found)", "title": "", "kind": "", "mentions": 0,
                      "quotes": unattributed, "techniques": ""})
    return views


def legend(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every technique group with its techniques and how often each was found on this page."""
    counts = Counter(f["label"] for a in articles for f in a["findings"])
    groups = []
    for group, colour in TECHNIQUE_GROUPS.items():
        techniques = [{"label": t.label, "name": t.name, "count": counts[t.label]}
                      for t in TECHNIQUES if t.group == group]
        groups.append({"name": group, "cls": _GROUP_CLASS[group], "colour": colour,
                       "techniques": techniques, "count": sum(t["count"] for t in techniques)})
    unknown = sorted(label for label in counts if label not in TECHNIQUE_BY_LABEL)
    if unknown:
        groups.append({"name": _OTHER_GROUP, "cls": _OTHER_CLASS, "colour": _OTHER_COLOUR,
                       "techniques": [{"label": u, "name": u, "count": counts[u]} for u in unknown],
                       "count": sum(counts[u] for u in unknown)})
    return groups
