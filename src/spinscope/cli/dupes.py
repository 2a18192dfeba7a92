"""``spinscope dupes``: clusters of near-duplicate and republished articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from spinscope.cli.common import info, write_atomic


@click.command("dupes")
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The corpus store built by 'spinscope ingest'.")
@click.option("--threshold", type=click.FloatRange(0.1, 1.0), default=0.8, show_default=True,
              help="Lowest estimated Jaccard similarity of the articles' word 3-grams to call them duplicates.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default=None,
              help="table (default) or json (default: from -o's extension).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
def dupes_command(db, threshold, fmt, output):
    """Find the same story republished across sites (reworded titles and small edits included)."""
    from spinscope.analytics import find_duplicates
    from spinscope.analytics.tables import dupes_table
    from spinscope.store import Store, StoreError

    fmt = fmt or ("json" if output is not None and output.suffix.lower() == ".json" else "table")
    try:
        with Store.open(db, read_only=True) as store:
            clusters = find_duplicates(store, threshold=threshold)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        text = json.dumps([{k: v for k, v in c.items() if k != "articles"} for c in clusters],
                          ensure_ascii=False, indent=2) + "\n"
    else:
        text = dupes_table(clusters)
    if output:
        write_atomic(output, text)
        info(f"wrote {output}: {len(clusters)} cluster(s)")
    else:
        sys.stdout.write(text)
