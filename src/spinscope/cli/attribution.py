"""``spinscope attribution evaluate``: quote and speaker scores on the hand-built gold set."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from spinscope.cli import cli

DEFAULT_GOLD = Path("tests") / "gold" / "attribution"


def default_data_root() -> Path:
    base = Path(os.environ.get("SPINSCOPE_DATA", Path.cwd().parent / "shared" / "data"))
    return base / "semeval2023-task3"


@click.group("attribution")
def attribution_group() -> None:
    """Who is speaking: quotes, speakers and voice."""


@attribution_group.command("evaluate")
@click.argument("gold_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--data", "data_root", type=click.Path(file_okay=False, path_type=Path),
              help="SemEval-2023 Task 3 folder (default: $SPINSCOPE_DATA/semeval2023-task3 "
                   "or ../shared/data/semeval2023-task3).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", is_flag=True, help="Also list every missed, extra or misattributed quote.")
def evaluate_attribution_command(gold_dir: Path | None, data_root: Path | None, as_json: bool,
                                 errors: bool) -> None:
    """Precision, recall and F1 of direct, indirect and mixed quotes and speaker accuracy
    on GOLD_DIR (default: tests/gold/attribution), per split (dev, held-out) and overall."""
    from spinscope.attribution.evaluate import GoldError, evaluate, format_scores

    gold_dir = gold_dir or DEFAULT_GOLD
    data_root = data_root or default_data_root()
    if not gold_dir.is_dir():
        raise click.ClickException(f"{gold_dir}: gold folder not found")
    if not data_root.is_dir():
        raise click.ClickException(f"{data_root}: corpus folder not found (use --data)")
    try:
        results = evaluate(gold_dir, data_root)
    except GoldError as exc:
        raise click.ClickException(f"{gold_dir}: {exc}") from exc
    if as_json:
        click.echo(json.dumps({split: sc.to_dict() for split, sc in results.items()}, indent=2))
    else:
        click.echo(format_scores(results))
    if errors:
        for line in results["all"].errors:
            click.echo(line)


cli.add_command(attribution_group)
