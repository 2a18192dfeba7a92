"""``spinscope train``, ``spinscope evaluate`` and ``spinscope semeval predict``."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path

import click

from spinscope.cli.common import info, load_model, write_atomic
from spinscope.models.corpus import TRAINING_LANGUAGES, load_corpus
from spinscope.models.model import ModelConfig
from spinscope.models.semeval import write_submission
from spinscope.models.train import evaluate, model_card, train_model

_LANGS = click.Choice(["en", "fr", "ge", "it", "po", "ru", "es", "gr", "ka"])


@click.command("train")
@click.argument("data_root", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Model directory to write.")
@click.option("--lang", "langs", multiple=True, type=_LANGS,
              help="Training language folders (repeatable; default: all six).")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSON file of model options (see ModelConfig).")
@click.option("--seed", type=int, default=None, help="Random seed (overrides the config).")
@click.option("--cv", "cv_folds", type=int, default=0, show_default=True,
              help="Cross-validate with this many folds first and write the scores to the model card.")
def train_command(data_root, output, langs, config_file, seed, cv_folds):
    """Train a model on SemEval-layout data (DATA_ROOT/{en,fr,...}/train-*)."""
    config = json.loads(config_file.read_text()) if config_file else {}
    if langs:
        config["languages"] = list(langs)
    if seed is not None:
        config["seed"] = seed
    cfg = ModelConfig.from_dict(config)
    try:
        model = train_model(data_root, cfg, cv_folds=cv_folds, progress=info)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    command = "spinscope " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    model.save(output, card=model_card(model, command))
    info(f"model {model.version} written to {output}")
    if model.scores_:
        for lang, row in model.scores_.items():
            if isinstance(row, dict):
                click.echo(_score_line(lang, row))


def _score_line(lang: str, row: dict) -> str:
    parts = [f"{lang:>4}"]
    for key in ("genre_macro_f1", "frames_micro_f1", "techniques_micro_f1", "span_f1"):
        if key in row:
            parts.append(f"{key}={row[key]:.3f}")
    return "  ".join(parts)


@click.command("evaluate")
@click.argument("data_root", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--lang", "langs", multiple=True, type=_LANGS, help="Language folders (default: all six).")
@click.option("--model", "model_dir", type=click.Path(file_okay=False), default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def evaluate_command(data_root, langs, model_dir, fmt):
    """Official metrics of a model on labelled SemEval-layout data, with a per-label table."""
    model = load_model(model_dir)
    gold = load_corpus(data_root, tuple(langs) or TRAINING_LANGUAGES)
    scores = evaluate(gold, model)
    if fmt == "json":
        click.echo(json.dumps(scores, indent=2))
        return
    for lang, row in scores.items():
        click.echo(_score_line(lang, row))
    click.echo("\nper technique (all languages): precision recall f1 support")
    for label, row in sorted(scores["all"].get("techniques_per_label", {}).items(),
                             key=lambda kv: -kv[1]["support"]):
        click.echo(f"  {label:<36} {row['precision']:.3f} {row['recall']:.3f} {row['f1']:.3f} {row['support']:>6}")


@click.group("semeval")
def semeval_group() -> None:
    """SemEval-2023 Task 3 submission files."""


@semeval_group.command("predict")
@click.argument("data_root", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--lang", required=True, type=_LANGS)
@click.option("--split", default="dev", show_default=True, help="train, dev or test.")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--model", "model_dir", type=click.Path(file_okay=False), default=None)
def semeval_predict_command(data_root, lang, split, output, model_dir):
    """Write subtask-1/2/3 predictions for DATA_ROOT/LANG/SPLIT-articles-subtask-{1,2,3}/."""
    model = load_model(model_dir)
    written = write_submission(model, data_root / lang, split, output)
    for path, count in written.items():
        info(f"{path}: {count} lines")
    if not written:
        raise click.ClickException(f"no {split}-articles-subtask-{{1,2,3}}/ folders under {data_root / lang}")
