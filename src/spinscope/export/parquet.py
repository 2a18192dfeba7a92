"""Parquet: one row per article, summary columns for analysts plus the whole report as JSON.

The same layout is the exchange format of the batch engine: ``spinscope ingest --parquet DIR``
writes it and ``spinscope ingest FILE.parquet --db PATH`` loads it (or an export) into a store
without analysing again, because each row keeps its provenance (input, content hash, model
version, warnings).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

from spinscope.export.common import publish_mode
from spinscope.store import Store, StoreItem
from spinscope.store.rows import article_row

COLUMNS = ("id", "input", "content_hash", "model_version", "warnings", "title", "source", "url", "published",
           "lang", "genre", "n_chars", "n_spans", "density", "technique_counts", "frames", "report")
ROW_GROUP = 1000


def _schema():
    import pyarrow as pa

    types = {"n_chars": pa.int64(), "n_spans": pa.int64(), "density": pa.float64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])


def item_row(item: StoreItem) -> dict[str, Any]:
    row = article_row(item.report, article_id=str(item.report.get("id") or ""), content_hash=item.content_hash,
                      input=item.input, warnings=item.warnings, model_version=item.model_version, ingested_at=None)
    row["report"] = json.dumps(item.report, ensure_ascii=False)  # with its text: a row stands alone
    return {c: row[c] for c in COLUMNS}


def items_table(items: Iterable[StoreItem]):
    import pyarrow as pa

    rows = [item_row(i) for i in items]
    return pa.Table.from_pylist(rows, schema=_schema())


def write_atomic(table, path: Path) -> None:
    """Write a Parquet file whole or not at all (temporary file, then rename)."""
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        publish_mode(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def store_items(store: Store, batch_size: int = 500) -> Iterator[StoreItem]:
    """Every stored article with its provenance, in id order."""
    cursor = store.execute("SELECT report, text, content_hash, input, warnings, model_version FROM articles ORDER BY id")
    while rows := cursor.fetchmany(batch_size):
        for report_json, text, digest, input, warnings, model_version in rows:
            yield StoreItem(store._report(report_json, text), digest, input, json.loads(warnings), model_version)


def export_parquet(store: Store, output: Path) -> int:
    """Write every stored article to one Parquet file; return the number of rows."""
    import pyarrow.parquet as pq

    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    os.close(fd)
    count = 0
    try:
        with pq.ParquetWriter(tmp, _schema(), compression="zstd") as writer:
            batch: list[StoreItem] = []
            for item in store_items(store):
                batch.append(item)
                if len(batch) >= ROW_GROUP:
                    writer.write_table(items_table(batch))
                    count += len(batch)
                    batch = []
            if batch or count == 0:
                writer.write_table(items_table(batch))
                count += len(batch)
        publish_mode(Path(tmp))
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def read_items(path: Path) -> Iterator[StoreItem]:
    """Articles of a spinscope Parquet file (an export or a part written by ingest --parquet)."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    missing = {"report", "content_hash", "input"} - set(parquet.schema_arrow.names)
    if missing:
        raise ValueError(f"not a spinscope Parquet file (no {', '.join(sorted(missing))} column)")
    for batch in parquet.iter_batches(columns=["report", "content_hash", "input", "warnings", "model_version"]):
        for row in batch.to_pylist():
            yield StoreItem(json.loads(row["report"]), row["content_hash"], row["input"],
                            json.loads(row["warnings"] or "[]"), row["model_version"])
