"""Helpers shared by the CLI commands: messages, atomic writes, model loading."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import click

from spinscope.export.common import atomic_text
from spinscope.models.model import ModelError, SpinModel
from spinscope.pipeline import resolve_model_path


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
