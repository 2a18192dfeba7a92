"""``spinscope stats``: technique prevalence and density, frames, genres, speakers, by group."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from spinscope.cli.common import info, write_atomic

FORMATS = ("table", "csv", "json", "png", "svg")


def _format_for(output: Path | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    suffix = output.suffix.lower().lstrip(".") if output else ""
    return suffix if suffix in ("csv", "json", "png", "svg") else "table"


@click.command("stats")
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The corpus store built by 'spinscope ingest'.")
@click.option("--by", type=click.Choice(["source", "month", "lang", "genre", "speaker"]), default="source",
              show_default=True, help="Group articles by outlet, publication month, language, genre or speaker.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="table (default), csv, json, or a png/svg chart (default: from -o's extension).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here instead of standard output (charts need a file).")
def stats_command(db, by, fmt, output):
    """Which outlets (months, languages, genres) use which techniques, and who speaks how."""
    from spinscope.analytics import corpus_stats
    from spinscope.analytics.charts import render_chart
    from spinscope.analytics.tables import stats_csv, stats_table
    from spinscope.store import Store, StoreError

    fmt = _format_for(output, fmt)
    if fmt in ("png", "svg") and output is None:
        raise click.UsageError(f"a {fmt} chart needs -o FILE")
    try:
        with Store.open(db, read_only=True) as store:
            stats = corpus_stats(store, by=by)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt in ("png", "svg"):
        output.parent.mkdir(parents=True, exist_ok=True)
        data = render_chart(stats, fmt)
        tmp = output.with_name(f".{output.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(output)
        info(f"wrote {output}")
        return
    text = {"table": stats_table, "csv": stats_csv}.get(fmt, lambda s: json.dumps(s, ensure_ascii=False, indent=2) + "\n")(stats)
    if output:
        write_atomic(output, text)
        info(f"wrote {output}")
    else:
        sys.stdout.write(text)
