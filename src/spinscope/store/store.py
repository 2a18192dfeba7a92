"""The corpus store: analysed articles in one embedded DuckDB file.

DuckDB allows one read-write process or several read-only ones; ``spinscope ingest`` is the one
writer while it runs. Every write is a transaction covering whole articles, so a hard kill keeps
every committed article and no part of an uncommitted one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from spinscope.store.rows import article_row, child_rows
from spinscope.store.schema import CHILD_TABLES, MIGRATIONS, SCHEMA_VERSION

SORT_COLUMNS = {
    "published": "published",
    "title": "lower(title)",
    "source": "lower(source)",
    "lang": "lang",
    "genre": "genre",
    "techniques": "n_spans",
    "density": "density",  # share of text covered by technique spans: "most persuasive"
    "length": "n_chars",
    "ingested": "ingested_at",
    "id": "id",
}

SUMMARY_COLUMNS = ("id", "title", "source", "url", "published", "author", "lang", "format", "genre",
                   "genre_score", "n_chars", "n_paragraphs", "n_spans", "density", "technique_counts",
                   "frames", "model_version", "input", "warnings")

TOP_TECHNIQUES = 3


class StoreError(Exception):
    """The store cannot be opened or used as asked (message says why and what to do)."""


@dataclass
class StoreItem:
    """One analysed article on its way into the store, with its provenance."""

    report: dict[str, Any]
    content_hash: str
    input: str
    warnings: list = field(default_factory=list)
    model_version: str | None = None


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _summary(row: Sequence[Any]) -> dict[str, Any]:
    out = dict(zip(SUMMARY_COLUMNS, row))
    counts = json.loads(out.pop("technique_counts") or "{}")
    out["techniques"] = [{"label": label, "count": count} for label, count in counts.items()]
    out["top_techniques"] = list(counts)[:TOP_TECHNIQUES]
    out["frames"] = json.loads(out["frames"] or "[]")
    out["warnings"] = json.loads(out["warnings"] or "[]")
    out["density"] = round(float(out["density"] or 0.0), 4)
    return out


class Store:
    """One corpus: ``Store.open(path, read_only=...)``, used as a context manager."""

    def __init__(self, connection: Any, path: Path | None, read_only: bool):
        self._con = connection
        self.path = path
        self.read_only = read_only
        self.last_written = 0  # articles the last add/add_many wrote (skipped ones excluded)

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = True) -> "Store":
        """Open the store at ``path``; ``read_only=False`` creates it (and migrates an old one)."""
        import duckdb  # imported here: commands that never touch a store stay light

        path = Path(path)
        if read_only and not path.exists():
            raise StoreError(f"{path}: no such store (create one with 'spinscope ingest INPUT --db {path}')")
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            first = (str(exc).strip().splitlines() or [""])[0]
            raise StoreError(f"{path}: cannot open the store ({first})") from exc
        store = cls(con, path, read_only)
        try:
            store._prepare()
        except BaseException:
            con.close()
            raise
        return store

    @classmethod
    def memory(cls) -> "Store":
        """A throw-away store in memory (tests, one-off analyses)."""
        import duckdb

        store = cls(duckdb.connect(":memory:"), None, False)
        store._prepare()
        return store

    def _prepare(self) -> None:
        tables = {r[0] for r in self._con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if "store_info" not in tables:
            if tables:
                raise StoreError(f"{self.path}: a DuckDB file but not a spinscope store "
                                 f"(it has tables {', '.join(sorted(tables))}); choose another --db path")
            version = 0
        else:
            row = self._con.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()
            version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema version {version} is newer than this spinscope "
                             f"understands ({SCHEMA_VERSION}); upgrade spinscope")
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise StoreError(f"{self.path}: store schema version {version} is older than "
                                 f"{SCHEMA_VERSION}; open it once read-write (spinscope ingest) to upgrade")
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        self._con.execute("BEGIN TRANSACTION")
        try:
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target]:
                    self._con.execute(statement)
                self._con.execute("INSERT OR REPLACE INTO store_info VALUES ('schema_version', ?)", [str(target)])
            if version == 0:
                self._con.execute("INSERT OR REPLACE INTO store_info VALUES ('created_at', ?)", [_now().isoformat()])
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION

    def sql(self, query: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run a read query (analytics, exports) and return all rows."""
        return self._con.execute(query, list(params or [])).fetchall()

    def execute(self, query: str, params: Sequence[Any] | None = None) -> Any:
        """A DuckDB cursor for a query (stream rows with ``fetchmany``)."""
        return self._con.execute(query, list(params or []))

    # ------------------------------------------------------------------ reading
    def count(self) -> int:
        return self._con.execute("SELECT count(*) FROM articles").fetchone()[0]

    def error_count(self) -> int:
        return self._con.execute("SELECT count(*) FROM errors").fetchone()[0]

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The stored report dict (JSON contract) of one article, or None."""
        row = self._con.execute("SELECT report, text FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            return None
        return self._report(row[0], row[1])

    @staticmethod
    def _report(report_json: str, text: str) -> dict[str, Any]:
        report = json.loads(report_json)
        # put text back where the contract has it (after "model_version")
        out: dict[str, Any] = {}
        for key, value in report.items():
            out[key] = value
            if key == "model_version":
                out["text"] = text
        out.setdefault("text", text)
        return out

    def provenance(self, article_id: str) -> dict[str, Any] | None:
        row = self._con.execute("SELECT input, warnings, model_version, content_hash, ingested_at "
                                "FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            return None
        return {"input": row[0], "warnings": json.loads(row[1]), "model_version": row[2],
                "content_hash": row[3], "ingested_at": row[4].isoformat() if row[4] else None}

    def reports(self, batch_size: int = 500) -> Iterator[dict[str, Any]]:
        """Every stored report, in id order, streamed."""
        cursor = self._con.cursor()
        try:
            cursor.execute("SELECT report, text FROM articles ORDER BY id")
            while rows := cursor.fetchmany(batch_size):
                for report_json, text in rows:
                    yield self._report(report_json, text)
        finally:
            cursor.close()

    def articles(self, *, lang: str | None = None, source: str | None = None, genre: str | None = None,
                 technique: str | None = None, frame: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, q: str | None = None, sort: str = "published",
                 descending: bool = True, limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
        """Summary rows of the articles matching every given filter, and how many match in all.

        ``date_from``/``date_to`` are ISO dates or prefixes (``2024``, ``2024-03``), both inclusive;
        ``q`` is a case-insensitive substring of the title or text. Articles without a value for
        the sort key come last either way.
        """
        if sort not in SORT_COLUMNS:
            raise StoreError(f"cannot sort by {sort!r}; choose one of {', '.join(SORT_COLUMNS)}")
        where, params = [], []
        for column, value in (("lang", lang), ("source", source), ("genre", genre)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if technique:
            where.append("id IN (SELECT article_id FROM spans WHERE label = ?)")
            params.append(technique)
        if frame:
            where.append("id IN (SELECT article_id FROM frames WHERE label = ? AND predicted)")
            params.append(frame)
        if date_from:
            where.append("published IS NOT NULL AND substr(published, 1, ?) >= ?")
            params += [len(date_from), date_from]
        if date_to:
            where.append("published IS NOT NULL AND substr(published, 1, ?) <= ?")
            params += [len(date_to), date_to]
        if q:
            where.append("(contains(lower(title), lower(?)) OR contains(lower(text), lower(?)))")
            params += [q, q]
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        total = self._con.execute(f"SELECT count(*) FROM articles {clause}", params).fetchone()[0]
        order = f"{SORT_COLUMNS[sort]} {'DESC' if descending else 'ASC'} NULLS LAST, id"
        rows = self._con.execute(
            f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM articles {clause} ORDER BY {order} LIMIT ? OFFSET ?",
            params + [max(0, int(limit)), max(0, int(offset))]).fetchall()
        return [_summary(r) for r in rows], total

    def errors(self) -> list[dict[str, Any]]:
        return [{"input": i, "reason": r, "at": a.isoformat()}
                for i, r, a in self._con.execute("SELECT input, reason, \"at\" FROM errors ORDER BY \"at\", input").fetchall()]

    def known_hashes(self, model_version: str | None) -> set[str]:
        """Content hashes already stored with ``model_version`` (what a resumed ingest skips)."""
        rows = self._con.execute("SELECT content_hash FROM articles WHERE model_version IS NOT DISTINCT FROM ?",
                                 [model_version]).fetchall()
        return {r[0] for r in rows}

    def known_urls(self, model_version: str | None) -> set[str]:
        """URL inputs already stored with ``model_version``: a resumed ingest skips them without
        fetching them again (their content hash is only known after the fetch)."""
        rows = self._con.execute("SELECT input FROM articles WHERE model_version IS NOT DISTINCT FROM ? "
                                 "AND (input LIKE 'http://%' OR input LIKE 'https://%')",
                                 [model_version]).fetchall()
        return {r[0] for r in rows}

    # ------------------------------------------------------------------ writing
    def add(self, report: dict[str, Any], *, content_hash: str, input: str, warnings: list,
            model_version: str | None) -> str:
        """Store one analysed article in its own transaction; return its id in the store.

        Same content and model version as a stored article: nothing is written, that article's id
        is returned. Same content with another model version, or the same input with new content:
        the stored article is replaced and keeps its id.
        """
        return self.add_many([StoreItem(report, content_hash, input, list(warnings), model_version)])[0]

    def add_many(self, items: Sequence[StoreItem]) -> list[str]:
        """Store several articles in ONE transaction (all or none of them); return their ids."""
        self._writable()
        if not items:
            return []
        now = _now()
        ids, written = [], 0
        new_articles: list[dict[str, Any]] = []
        pending: dict[str, tuple[str, str | None, str]] = {}  # content hash -> (id, model version, input)
        pending_ids: dict[str, str] = {}  # id -> input, for ids taken earlier in this batch
        children: dict[str, list[dict]] = {t: [] for t in CHILD_TABLES}
        self._con.execute("BEGIN TRANSACTION")
        try:
            for item in items:
                article_id, action = self._place(item, pending, pending_ids)
                ids.append(article_id)
                if action == "skip":
                    continue
                written += 1
                row = article_row(item.report, article_id=article_id, content_hash=item.content_hash,
                                  input=item.input, warnings=item.warnings, model_version=item.model_version,
                                  ingested_at=now)
                if action == "replace":
                    for table in CHILD_TABLES:
                        self._con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
                    columns = [c for c in row if c != "id"]
                    self._con.execute(f"UPDATE articles SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                                      [row[c] for c in columns] + [article_id])
                else:
                    new_articles.append(row)
                pending[item.content_hash] = (article_id, item.model_version, item.input)
                pending_ids[article_id] = item.input
                for table, rows in child_rows(item.report, article_id).items():
                    children[table].extend(rows)
            self._insert_rows("articles", new_articles)
            for table, rows in children.items():
                self._insert_rows(table, rows)
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self.last_written = written
        return ids

    def _place(self, item: StoreItem, pending: dict[str, tuple[str, str | None, str]],
               pending_ids: dict[str, str]) -> tuple[str, str]:
        """Where an item goes: (id, "skip" | "replace" | "insert"), seeing earlier items of its batch."""
        if item.content_hash in pending:
            article_id, model_version, _ = pending[item.content_hash]
            if model_version == item.model_version:
                return article_id, "skip"
            raise StoreError(f"{item.input}: the same content twice in one batch with different model versions")
        for article_id, model_version in self._con.execute(
                "SELECT id, model_version FROM articles WHERE content_hash = ?", [item.content_hash]).fetchall():
            if model_version == item.model_version:
                return article_id, "skip"
            return article_id, "replace"
        base = str(item.report.get("id") or "article")
        candidates = [base] + [f"{base}-{item.content_hash[:n]}" for n in (8, 16, 64)]
        for candidate in candidates:
            if candidate in pending_ids:
                continue  # taken earlier in this batch (an edited input never comes twice in one batch)
            row = self._con.execute("SELECT input FROM articles WHERE id = ?", [candidate]).fetchone()
            if row is None:
                return candidate, "insert"
            if row[0] == item.input:  # the same input now holds other content: it was edited
                return candidate, "replace"
        raise StoreError(f"{item.input}: cannot find a free id for article {base!r}")

    def _insert_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        import pyarrow as pa

        columns = list(rows[0])
        data = pa.table({c: [r[c] for r in rows] for c in columns})
        name = f"_incoming_{table}"
        self._con.register(name, data)
        try:
            quoted = ", ".join(f'"{c}"' for c in columns)
            self._con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM {name}")
        finally:
            self._con.unregister(name)

    def add_error(self, input: str, reason: str) -> None:
        """Record an input that could not be analysed, replacing its earlier failure (committed at once)."""
        self._writable()
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._con.execute("DELETE FROM errors WHERE input = ?", [input])
            self._con.execute("INSERT INTO errors VALUES (?, ?, ?)", [input, reason, _now()])
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise

    def clear_errors(self, inputs: Iterable[str]) -> None:
        """Forget earlier failures of inputs that have now been stored."""
        self._writable()
        inputs = list(inputs)
        if inputs:
            self._con.execute("DELETE FROM errors WHERE input IN (SELECT unnest(?))", [inputs])

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file."""
        self._writable()
        self._con.execute("CHECKPOINT")

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
