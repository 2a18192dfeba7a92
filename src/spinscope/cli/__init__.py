"""The ``spinscope`` command: a thin layer over plain functions; the only code that prints."""

from __future__ import annotations

import click

from spinscope import __version__
from spinscope.cli.analyze import analyze_command, demo_command
from spinscope.cli.dupes import dupes_command
from spinscope.cli.export import export_command
from spinscope.cli.ingest import ingest_command
from spinscope.cli.stats import stats_command
from spinscope.cli.serve import serve_command
from spinscope.cli.train import evaluate_command, semeval_group, train_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="spinscope")
def cli() -> None:
    """Genre, framing, persuasion techniques and voice in online news."""


cli.add_command(analyze_command)
cli.add_command(demo_command)
cli.add_command(train_command)
cli.add_command(evaluate_command)
cli.add_command(semeval_group)
import spinscope.cli.attribution  # noqa: E402,F401 - registers "spinscope attribution"
cli.add_command(serve_command)
cli.add_command(ingest_command)
cli.add_command(stats_command)
cli.add_command(dupes_command)
cli.add_command(export_command)


def main() -> None:
    cli(prog_name="spinscope")
