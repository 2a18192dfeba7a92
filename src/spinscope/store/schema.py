"""The corpus store's DuckDB schema, documented, with its migrations.

One file holds one corpus. ``articles`` keeps, per analysed article, the whole report dict (the
JSON contract of :func:`spinscope.report.build.article_to_dict`, minus its ``text`` which has its
own column) plus provenance; the other tables are the same findings normalised for analytics.
Every row of a child table points to ``articles.id``.

articles            one row per stored article
  id                the article's id in the store; unique (the input's own id, made unique with
                    ``-<hash prefix>`` when two different inputs bring the same id)
  content_hash      sha256 of the raw input text (a file's decoded text, a JSONL line, a fetched
                    page); with ``model_version`` the resumability key: same content + same model
                    version is skipped on re-ingest
  model_version     version of the model that analysed it
  input             where it came from: path, ``path:line`` of a JSONL corpus, or URL
  warnings          JSON list of extraction warnings
  title, source, url, published, author, lang (ISO 639-1), format   article metadata
  published_month   ``YYYY-MM`` prefix of ``published`` when it is an ISO date, else NULL
  genre, genre_score  the top genre label and its score
  n_chars, n_paragraphs, n_spans   sizes; ``n_spans`` counts technique spans
  covered_chars     characters covered by at least one technique span (overlaps counted once)
  density           covered_chars / n_chars: the share of text covered by technique spans
  technique_counts  JSON object {technique label: number of spans}
  frames            JSON list of the predicted frame labels, best first
  text              the analysed text (immutable; every offset below points into it)
  report            the report dict as JSON, without ``text``
  ingested_at       when the row was written (UTC)
paragraphs          (article_id, idx, start, end, kind)  ``[start, end)`` offsets into the text
paragraph_techniques (article_id, paragraph, label, score)  predicted techniques per paragraph
spans               (article_id, idx, start, end, label, score, paragraph, technique_group, text)
frames              (article_id, label, score, predicted)  every frame score; ``predicted`` marks
                    the frames above their threshold
quotes              (article_id, idx, start, end, speaker, voice, text)  when the report has quotes
speakers            (article_id, name, role, quotes)  when the report has speakers or quotes
errors              (input, reason, at)  inputs that could not be analysed, one row per failure
store_info          (key, value)  ``schema_version`` and when the store was created

Writes go through one process in transactions (one per article or small batch), so a hard kill
leaves each article either fully stored or absent.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

# Migrations: MIGRATIONS[v] takes a store from schema version v-1 to v. Append, never edit.
MIGRATIONS: dict[int, list[str]] = {
    1: [
        """
        CREATE TABLE store_info (
            key VARCHAR PRIMARY KEY,
            value VARCHAR
        )
        """,
        """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL,
            model_version VARCHAR,
            input VARCHAR NOT NULL,
            warnings VARCHAR NOT NULL,
            title VARCHAR,
            source VARCHAR,
            url VARCHAR,
            published VARCHAR,
            published_month VARCHAR,
            author VARCHAR,
            lang VARCHAR,
            format VARCHAR,
            genre VARCHAR,
            genre_score DOUBLE,
            n_chars INTEGER NOT NULL,
            n_paragraphs INTEGER NOT NULL,
            n_spans INTEGER NOT NULL,
            covered_chars INTEGER NOT NULL,
            density DOUBLE NOT NULL,
            technique_counts VARCHAR NOT NULL,
            frames VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            report VARCHAR NOT NULL,
            ingested_at TIMESTAMP NOT NULL
        )
        """,
        "CREATE INDEX articles_content_hash ON articles (content_hash)",
        """
        CREATE TABLE paragraphs (
            article_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind VARCHAR
        )
        """,
        """
        CREATE TABLE paragraph_techniques (
            article_id VARCHAR NOT NULL,
            paragraph INTEGER NOT NULL,
            label VARCHAR NOT NULL,
            score DOUBLE
        )
        """,
        """
        CREATE TABLE spans (
            article_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label VARCHAR NOT NULL,
            score DOUBLE,
            paragraph INTEGER,
            technique_group VARCHAR,
            text VARCHAR
        )
        """,
        """
        CREATE TABLE frames (
            article_id VARCHAR NOT NULL,
            label VARCHAR NOT NULL,
            score DOUBLE,
            predicted BOOLEAN NOT NULL
        )
        """,
        """
        CREATE TABLE quotes (
            article_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER,
            "end" INTEGER,
            speaker VARCHAR,
            voice VARCHAR,
            text VARCHAR
        )
        """,
        """
        CREATE TABLE speakers (
            article_id VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            role VARCHAR,
            quotes INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE errors (
            input VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            "at" TIMESTAMP NOT NULL
        )
        """,
    ],
}

CHILD_TABLES = ("paragraphs", "paragraph_techniques", "spans", "frames", "quotes", "speakers")
