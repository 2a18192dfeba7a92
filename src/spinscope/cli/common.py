"""Helpers shared by the CLI commands: messages, atomic writes, model loading."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from spinscope.models.model import ModelError, SpinModel
from spinscope.pipeline import default_model_path


def error(message: str) -> None:
    click.echo(f"spinscope: error: {message}", err=True)


def info(message: str) -> None:
    click.echo(f"spinscope: {message}", err=True)


def load_model(path: str | None) -> SpinModel:
    try:
        return SpinModel.load(Path(path) if path else default_model_path())
    except ModelError as exc:
        raise click.ClickException(str(exc)) from exc


def write_atomic(path: Path, content: str) -> None:
    """Write a whole file or nothing: a crash never leaves a half-written report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()
