"""Helpers shared by the CLI commands: options, messages, atomic writes, model loading."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import click

from spinscope.export.common import atomic_text
from spinscope.models.model import ModelError, SpinModel
from spinscope.options import AnalysisOptions
from spinscope.pipeline import resolve_model_path


# Options that mean the same in every command that reads articles (analyze, ingest, serve), defined once
# so their names, defaults and help cannot drift apart.
model_option = click.option(
    "--model", "model_dir", type=click.Path(file_okay=False), default=None,
    help="A model directory from 'spinscope train', or 'accurate' for the bundled accurate model "
         "(slower; needs the 'encoder' extra). Default: the bundled default model.")
max_bytes_option = click.option("--max-bytes", type=int, default=AnalysisOptions.max_bytes, show_default=True,
                                help="Refuse inputs (or JSONL lines) larger than this.")
no_clean_option = click.option("--no-clean", is_flag=True, help="Keep scraper noise (ads, footers, comments).")
lang_option = click.option("--lang", default=None, help="Force the language (ISO 639-1) instead of detecting it.")
allow_private_urls_option = click.option(
    "--allow-private-urls", is_flag=True,
    help="Fetch URLs on loopback, private and link-local addresses too (intranet pages).")


def error(message: str) -> None:
    click.echo(f"spinscope: error: {message}", err=True)


def info(message: str) -> None:
    click.echo(f"spinscope: {message}", err=True)


def load_model(path: str | None) -> SpinModel:
    model_dir = resolve_model_path(path)
    try:
        stamp = (model_dir / "weights.joblib").stat().st_mtime_ns
    except OSError:
        stamp = None
    try:
        return _load_cached(model_dir.resolve(), stamp)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from exc


@lru_cache(maxsize=2)
def _load_cached(model_dir: Path, stamp: int | None) -> SpinModel:
    # Commands invoked in one process (tests, notebooks calling the CLI) share a loaded model;
    # the weights' mtime is in the key so a retrained model is never served stale.
    return SpinModel.load(model_dir)


def write_atomic(path: Path, content: str) -> None:
    """Write a whole file or nothing: a crash never leaves a half-written report. The file gets
    the usual permissions (a private temporary file renamed into place would otherwise stay 0600)."""
    with atomic_text(path) as stream:
        stream.write(content)


def show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()
