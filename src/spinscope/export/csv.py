"""CSV: one row per article with its metadata, provenance and findings in summary."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from spinscope.export.common import atomic_text
from spinscope.store import Store

COLUMNS = ["id", "input", "title", "source", "url", "published", "author", "lang", "format", "genre",
           "genre_score", "n_chars", "n_paragraphs", "n_spans", "density", "techniques", "frames",
           "model_version", "content_hash", "warnings"]


def export_csv(store: Store, output: Path) -> int:
    """``techniques`` is ``label=count;...``, ``frames`` is ``label;label``: spreadsheet friendly."""
    count = 0
    with atomic_text(output) as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(COLUMNS)
        cursor = store.execute("""SELECT id, input, title, source, url, published, author, lang, format, genre,
                                         genre_score, n_chars, n_paragraphs, n_spans, density, technique_counts,
                                         frames, model_version, content_hash, warnings FROM articles ORDER BY id""")
        while rows := cursor.fetchmany(1000):
            for row in rows:
                row = list(row)
                row[15] = ";".join(f"{label}={n}" for label, n in json.loads(row[15]).items())
                row[16] = ";".join(json.loads(row[16]))
                row[19] = " | ".join(json.loads(row[19]))
                row[14] = round(row[14], 4)
                writer.writerow(row)
                count += 1
    return count
