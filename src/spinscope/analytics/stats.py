"""Corpus statistics: which groups of articles (outlets, months, languages, genres) use which
techniques, how much of their text those cover, which frames and genres they carry; and who
speaks, with which techniques.

Everything is computed in DuckDB from the normalised tables, so the cost grows with the corpus
but the memory does not.
"""

from __future__ import annotations

from typing import Any

from spinscope.store import Store, StoreError

GROUPINGS = ("source", "month", "lang", "genre", "speaker")
UNKNOWN = "unknown"

# the SQL expression naming each article's group
_GROUP_EXPR = {
    "source": "coalesce(a.source, '" + UNKNOWN + "')",
    "month": "coalesce(a.published_month, '" + UNKNOWN + "')",
    "lang": "coalesce(a.lang, '" + UNKNOWN + "')",
    "genre": "coalesce(a.genre, '" + UNKNOWN + "')",
}

# Characters of text covered by each technique in each article, overlapping spans of the same
# technique counted once: each span adds what it reaches beyond the furthest end before it.
_TECHNIQUE_COVERAGE = """
    WITH ordered AS (
        SELECT article_id, label, start, "end",
               max("end") OVER (PARTITION BY article_id, label ORDER BY start, "end"
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
        FROM spans
    )
    SELECT article_id, label, count(*) AS spans,
           sum(greatest(0, "end" - greatest(start, coalesce(reach, start)))) AS covered
    FROM ordered GROUP BY article_id, label
"""


def _r(value: float | None, digits: int = 4) -> float:
    return round(float(value or 0.0), digits)


def corpus_stats(store: Store, by: str = "source", *, top_speakers: int = 50) -> dict[str, Any]:
    """Statistics of the stored corpus grouped ``by`` one of :data:`GROUPINGS` (a JSON-able dict).

    Each row: ``key``, ``articles``, ``chars``, ``spans``, ``density`` (share of the group's text
    covered by technique spans), ``techniques`` (per technique: ``articles`` using it,
    ``prevalence`` = share of the group's articles using it, ``spans``, ``density``), ``frames``
    (share of articles carrying each predicted frame), ``genres`` (article count per genre) and
    ``top_techniques``. ``by="speaker"`` gives one row per speaker instead (see
    :func:`speaker_stats`).
    """
    if by not in GROUPINGS:
        raise StoreError(f"cannot group by {by!r}; choose one of {', '.join(GROUPINGS)}")
    if by == "speaker":
        return speaker_stats(store, limit=top_speakers)
    key = _GROUP_EXPR[by]
    totals = store.sql(f"""
        SELECT {key} AS key, count(*), sum(n_chars), sum(n_spans), sum(covered_chars)
        FROM articles a GROUP BY key""")
    rows: dict[str, dict[str, Any]] = {}
    for k, articles, chars, spans, covered in totals:
        rows[k] = {"key": k, "articles": articles, "chars": int(chars or 0), "spans": int(spans or 0),
                   "density": _r(covered / chars if chars else 0.0), "techniques": {}, "frames": {},
                   "genres": {}, "top_techniques": []}
    for k, label, articles, spans, covered in store.sql(f"""
            SELECT {key} AS key, c.label, count(*), sum(c.spans), sum(c.covered)
            FROM ({_TECHNIQUE_COVERAGE}) c JOIN articles a ON a.id = c.article_id
            GROUP BY key, c.label ORDER BY key, count(*) DESC, c.label"""):
        row = rows[k]
        row["techniques"][label] = {"articles": articles, "prevalence": _r(articles / row["articles"]),
                                    "spans": int(spans), "density": _r(covered / row["chars"] if row["chars"] else 0.0)}
    for k, label, articles in store.sql(f"""
            SELECT {key} AS key, f.label, count(DISTINCT f.article_id)
            FROM frames f JOIN articles a ON a.id = f.article_id WHERE f.predicted
            GROUP BY key, f.label ORDER BY key, count(DISTINCT f.article_id) DESC, f.label"""):
        rows[k]["frames"][label] = _r(articles / rows[k]["articles"])
    for k, genre, articles in store.sql(f"""
            SELECT {key} AS key, coalesce(a.genre, '{UNKNOWN}') AS genre, count(*)
            FROM articles a GROUP BY key, genre ORDER BY key, count(*) DESC, genre"""):
        rows[k]["genres"][genre] = articles
    for row in rows.values():
        row["top_techniques"] = list(row["techniques"])[:5]
    if by == "month":
        ordered = sorted(rows.values(), key=lambda r: (r["key"] == UNKNOWN, r["key"]))
    else:
        ordered = sorted(rows.values(), key=lambda r: (-r["articles"], r["key"]))
    overall = store.sql("""SELECT label, count(DISTINCT article_id) FROM spans
                           GROUP BY label ORDER BY count(DISTINCT article_id) DESC, label""")
    total = sum(r["articles"] for r in ordered)
    return {"by": by, "articles": total, "groups": len(ordered),
            "techniques": [{"label": label, "articles": n, "prevalence": _r(n / total if total else 0.0)}
                           for label, n in overall],
            "rows": ordered}


def speaker_stats(store: Store, *, limit: int = 50) -> dict[str, Any]:
    """Top speakers: in how many articles and quotes they speak, the kinds of their quotes (direct, indirect) and the
    techniques found inside their quotes. Empty when the stored reports carry no quotes."""
    rows: dict[str, dict[str, Any]] = {}
    for name, articles, quotes, sources in store.sql("""
            SELECT name, count(DISTINCT article_id), sum(quotes), list(DISTINCT a.source) FILTER (a.source IS NOT NULL)
            FROM speakers s JOIN articles a ON a.id = s.article_id
            GROUP BY name ORDER BY count(DISTINCT article_id) DESC, sum(quotes) DESC, name LIMIT ?""", [limit]):
        rows[name] = {"key": name, "articles": articles, "quotes": int(quotes or 0),
                      "sources": sorted(sources or [])[:10], "quote_kinds": {}, "techniques": {}, "top_techniques": []}
    if rows:
        names = list(rows)
        for name, voice, n in store.sql("""
                SELECT speaker, coalesce(voice, 'unknown'), count(*) FROM quotes
                WHERE speaker IN (SELECT unnest(?)) GROUP BY speaker, voice ORDER BY count(*) DESC""", [names]):
            rows[name]["quote_kinds"][voice] = n
        # techniques whose spans overlap one of the speaker's quotes
        for name, label, n in store.sql("""
                SELECT q.speaker, s.label, count(DISTINCT (s.article_id, s.idx))
                FROM quotes q JOIN spans s ON s.article_id = q.article_id
                     AND s.start < q."end" AND q.start < s."end"
                WHERE q.speaker IN (SELECT unnest(?))
                GROUP BY q.speaker, s.label ORDER BY count(*) DESC, s.label""", [names]):
            rows[name]["techniques"][label] = n
        for row in rows.values():
            row["top_techniques"] = list(row["techniques"])[:5]
    return {"by": "speaker", "articles": store.count(), "groups": len(rows),
            "speakers_found": bool(rows), "rows": list(rows.values())}
