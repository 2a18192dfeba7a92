"""``spinscope export``: the store in the formats analysts' tools read."""

from __future__ import annotations

from pathlib import Path

import click

from spinscope.cli.common import info
from spinscope.export import FOLDER_FORMATS, FORMATS


@click.command("export")
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The corpus store built by 'spinscope ingest'.")
@click.option("--to", "fmt", type=click.Choice(FORMATS), required=True,
              help="jsonl (the JSON contract), csv, parquet, semeval (folder), label-studio, doccano, brat (folder).")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="Output file (a folder for semeval and brat).")
def export_command(db, fmt, output):
    """Export every stored article (with findings, scores and quote->speaker links where the format has them)."""
    from spinscope.export import export
    from spinscope.store import Store, StoreError

    if output.exists() and output.is_dir() != (fmt in FOLDER_FORMATS):
        kind = "a folder" if fmt in FOLDER_FORMATS else "a file"
        raise click.UsageError(f"{output}: --to {fmt} writes {kind}; choose another -o")
    try:
        with Store.open(db, read_only=True) as store:
            count = export(store, fmt, output)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc})") from exc
    info(f"wrote {count} article(s) to {output}")
