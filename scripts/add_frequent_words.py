"""Add the per-language frequent-word lists (span cues: ``ModelConfig.language_content_share``)
to a model trained before ``SpinModel.fit`` computed them, without retraining its classifiers.

The lists depend only on the training sentences and the share, not on any weight: they are
computed here from the same corpus the model was trained on (its config.json: the languages of
``config.languages``, the articles with technique labels, cut into sentences as ``fit`` cuts
them; the sentence count must equal ``trained_on.sentences``, else the script stops), written to
``frequent_words.json`` in the model folder, and ``language_content_share`` is set in its
config.json (all other keys untouched).

Command (both shipped models, ~1 min each):

    SPINSCOPE_DATA=/work/shared/data PYTHONPATH=src python scripts/add_frequent_words.py \\
        src/spinscope/models/default src/spinscope/models/accurate

Option ``--share`` (default: ModelConfig's default, 0.005, chosen in
scripts/experiments/span_cues.py round 2).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from spinscope.models.corpus import load_corpus
from spinscope.models.model import FREQUENT_WORDS_FILE, ModelConfig, SpinModel

DATA = Path(os.environ.get("SPINSCOPE_DATA", "/work/shared/data")) / "semeval2023-task3"


def add(folder: Path, share: float) -> None:
    saved = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    config = ModelConfig.from_dict(dict(saved["config"], language_content_share=share))
    gold = load_corpus(DATA, config.languages)
    sentences = sum(len(g.article.sentences) for g in gold if g.paragraph_techniques is not None)
    expected = saved.get("trained_on", {}).get("sentences")
    if sentences != expected:
        raise SystemExit(f"{folder}: {sentences} training sentences in {DATA}, the model was trained on "
                         f"{expected}: not the same corpus, retrain instead")
    model = SpinModel(config)
    table = model.compute_frequent_words(gold)
    model.save_frequent_words(folder)
    saved["config"]["language_content_share"] = share
    (folder / "config.json").write_text(json.dumps(saved, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{folder}: {sentences} sentences; " + ", ".join(f"{lang} {len(w)}" for lang, w in sorted(table.items()))
          + f" words above {share:.1%} -> {folder / FREQUENT_WORDS_FILE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("models", nargs="+", type=Path, help="model folders (config.json, weights.joblib)")
    parser.add_argument("--share", type=float, default=ModelConfig.language_content_share)
    args = parser.parse_args()
    for folder in args.models:
        add(folder, args.share)


if __name__ == "__main__":
    main()
