"""The evaluation gate: model quality that a change cannot lower without saying so.

Floors live in ``configs/eval_floors.json``; lowering one is a visible, reviewable edit.

1. ``test_reduced_cross_validation_meets_floors`` trains and cross-validates, with the real
   training code (``train.cross_validate``), a reduced configuration on two languages (word
   n-grams only, 2 folds) so it fits in CI's time. It is an honest held-out figure: every score
   comes from a model that never saw the article. A change to features, learners or decision
   rules that makes the models worse fails here.
2. ``test_shipped_model_was_cross_validated_and_meets_floors`` checks that each bundled model
   (default and accurate) carries the cross-validated scores it was trained with (``spinscope train --cv K``) and that
   they are at least the pinned floors for the full model, per language. It does not re-evaluate
   the shipped model on its own training data: that would measure memory, not skill.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from spinscope.models.corpus import load_corpus
from spinscope.models.model import ModelConfig
from spinscope.models.train import cross_validate
from spinscope.pipeline import packaged_model_path

REPO = Path(__file__).resolve().parent.parent
FLOORS = json.loads((REPO / "configs" / "eval_floors.json").read_text())


def _below(scores: dict, floors: dict) -> list[str]:
    failures = []
    for lang, metrics in floors.items():
        for metric, floor in metrics.items():
            value = scores.get(lang, {}).get(metric)
            if value is None or value < floor:
                failures.append(f"{lang} {metric}: {value} < floor {floor}")
    return failures


def test_reduced_cross_validation_meets_floors(semeval_root):
    spec = FLOORS["reduced_cv"]
    config = ModelConfig.from_dict(dict(spec["config"], n_jobs=min(2, os.cpu_count() or 1)))
    gold = load_corpus(semeval_root, config.languages)
    scores = cross_validate(gold, config, folds=spec["folds"])
    failures = _below(scores, spec["floors"])
    assert not failures, "reduced CV fell below the pinned floors:\n" + "\n".join(failures)


@pytest.mark.parametrize("name, floors", [("default", "shipped"), ("accurate", "accurate")])
def test_shipped_model_was_cross_validated_and_meets_floors(name, floors):
    config = json.loads((packaged_model_path(name) / "config.json").read_text())
    scores = config.get("scores") or {}
    assert scores.get("folds", 0) >= 2, f"the bundled {name} model carries no cross-validated scores " \
        "(train it with 'spinscope train ... --cv K')"
    assert config["version"] == FLOORS[floors]["model_version"], "floors were pinned for another model version"
    failures = _below(scores, FLOORS[floors]["floors"])
    assert not failures, f"bundled {name} model's CV scores are below the pinned floors:\n" + "\n".join(failures)


@pytest.mark.parametrize("name", ["default", "accurate"])
def test_readme_states_the_shipped_models_cross_validated_scores(name):
    """The README's model section quotes the bundled models' own CV figures, not stale ones."""
    readme = (REPO / "README.md").read_text()
    section = readme[readme.index("## The model"):readme.index("## Who is speaking")]
    if name == "accurate":
        section = section[section.index("### The accurate model"):]
    scores = json.loads((packaged_model_path(name) / "config.json").read_text())["scores"]
    missing = [f"{lang} {metric} {scores[lang][metric]:.3f}"
               for lang in ("all", "en", "fr", "ge", "it", "po", "ru")
               for metric in ("techniques_micro_f1", "genre_macro_f1", "frames_micro_f1", "span_f1")
               if f"{scores[lang][metric]:.3f}" not in section]
    assert not missing, "README model section lacks the bundled model's scores: " + ", ".join(missing)
