"""Cross-validated value of the pretrained sentence encoder (issue 3, approach 4).

Embeds every paragraph of the SemEval training corpus once with spinscope's pinned encoder
(``spinscope.models.encoder``, cached under ``--cache``), fits logistic regressions over the
embedding features on the same 3 folds as ``cv_experiment.py`` and prints, per language:

- ``base``: the n-gram model's out-of-fold scores (cv_experiment's ``word_ctx_nb_surf`` config plus
  0.5 x the sentence pool, as shipped before the encoder);
- ``emb``: the embedding model alone;
- ``base+A emb``: their sum with weight A (late fusion, as ``ParagraphTechniqueClassifier`` and
  ``DocumentClassifier`` do with ``embedding_weight``).

Decision rules are tuned on the other folds' out-of-fold scores, as in cv_experiment.py.

    python scripts/experiments/encoder_experiment.py --task techniques
    python scripts/experiments/encoder_experiment.py --task frames
    python scripts/experiments/encoder_experiment.py --task genre
    python scripts/experiments/encoder_experiment.py --task techniques --train-fraction 0.5
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv_experiment as cx  # noqa: E402
from cv_experiment import _mappingproxy  # noqa: E402,F401  (unpickles the cached corpus)

from spinscope.models.encoder import SentenceEncoder  # noqa: E402
from spinscope.models.features import document_embedding_features, paragraph_embedding_features  # noqa: E402
from spinscope.models.linear import fit_dense_weights  # noqa: E402
from spinscope.taxonomy import GENRES  # noqa: E402


def paragraph_embeddings(gold, rows, cache: Path) -> np.ndarray:
    path = cache / "paragraph-embeddings.npy"
    if path.exists():
        return np.load(path)
    encoder = SentenceEncoder()
    t = time.time()
    blocks = []
    for g in gold:  # one article per call, as SpinModel._embed does
        a = g.article
        blocks.append(encoder.encode([a.paragraph_text(pi) for pi in range(len(a.paragraphs))]))
    E = np.vstack(blocks).astype(np.float32)
    assert len(E) == len(rows)
    print(f"embedded {len(E)} paragraphs in {time.time() - t:.0f}s", file=sys.stderr)
    np.save(path, E)
    return E


def oof(D, Y, row_fold, folds, C, frac=1.0, groups=None, multiclass=0):
    Z = np.zeros((len(D), multiclass or Y.shape[1]), dtype=np.float32)
    for k in range(folds):
        tr, te = row_fold != k, row_fold == k
        if frac < 1.0:  # learning curve: the same article sample as cv_experiment
            uniq = np.unique(groups[tr])
            keep = np.random.default_rng(k).choice(uniq, int(round(len(uniq) * frac)), replace=False)
            tr = tr & np.isin(groups, keep)
        t = time.time()
        if multiclass:
            coef, b = fit_dense_weights(D[tr], Y[tr], C=C, n_jobs=2, multiclass=True, n_classes=multiclass)
        else:
            coef, b = fit_dense_weights(D[tr], Y[tr], C=C, n_jobs=2)
        Z[te] = D[te] @ coef.T + b
        print(f"  fold {k}: {time.time() - t:.0f}s", file=sys.stderr)
    return Z


def oof_mlp(D, Y, row_fold, folds, hidden, alpha, seed=0):
    """Out-of-fold logits of a one-hidden-layer perceptron (multi-label, sigmoid outputs) instead
    of one logistic regression per label: does a non-linear head over the frozen embeddings pay?"""
    from sklearn.neural_network import MLPClassifier

    Z = np.zeros((len(D), Y.shape[1]), dtype=np.float32)
    for k in range(folds):
        tr, te = row_fold != k, row_fold == k
        t = time.time()
        mlp = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=alpha, early_stopping=True,
                            validation_fraction=0.1, n_iter_no_change=5, max_iter=200, random_state=seed)
        mlp.fit(D[tr], Y[tr])
        P = np.clip(mlp.predict_proba(D[te]), 1e-6, 1 - 1e-6)
        Z[te] = np.log(P / (1 - P))
        print(f"  fold {k}: {time.time() - t:.0f}s, {mlp.n_iter_} epochs", file=sys.stderr)
    return Z


def line(name, table, rule):
    return f"| {name} | " + " | ".join(f"{table[rule][c][2]:.3f}" for c in ["all"] + list(cx.LANGS)) + " |"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--task", choices=["techniques", "genre", "frames"], default="techniques")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--C", type=float, default=1.0, help="C of the embedding regressions")
    ap.add_argument("--train-fraction", type=float, default=1.0)
    ap.add_argument("--head", choices=["linear", "mlp"], default="linear",
                    help="techniques only: the head over the embeddings")
    ap.add_argument("--hidden", type=int, default=256, help="--head mlp: hidden units")
    ap.add_argument("--alpha", type=float, default=1e-3, help="--head mlp: L2 penalty")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/spinscope-exp"))
    args = ap.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    gold = cx.load_gold(args.cache)
    fold_of = cx.fold_assignment(gold, args.folds)
    rows, Y_all, labelled = cx.paragraph_rows(gold)
    art = np.array([ai for ai, _ in rows])
    E = paragraph_embeddings(gold, rows, args.cache)
    print("| model | all | " + " | ".join(cx.LANGS) + " |\n|---|" + "---|" * (len(cx.LANGS) + 1))
    if args.task == "techniques":
        cfg = dict(cx.CONFIGS["word_ctx_nb_surf"])
        if args.train_fraction < 1.0:
            cfg["frac"] = args.train_fraction
        Zb, Y, langs, rf = cx.technique_scores(gold, fold_of, cfg, args.cache, args.folds, 2)
        pooled = cx.sentence_pooled_scores(gold, fold_of, args.cache, args.folds, 2, frac=args.train_fraction)
        base = Zb + 0.5 * pooled[labelled]
        D = paragraph_embedding_features(E, art, 0.5, 0.3)[labelled]
        if args.head == "mlp":
            Ze = oof_mlp(D, Y_all[labelled], fold_of[art][labelled], args.folds, args.hidden, args.alpha)
        else:
            Ze = oof(D, Y_all[labelled], fold_of[art][labelled], args.folds, args.C, args.train_fraction,
                     art[labelled])
        report = lambda Z: cx.report_techniques(Z, Y, langs, rf, args.folds)  # noqa: E731
        rule, weights = "micro+lang", (0.5, 1.0, 1.5)
    else:
        D_all = document_embedding_features(E, art, len(gold))
        doc_cfg = dict(cx.CONFIGS["word_ctx_nb_surf"], C=4.0)
        base, Y, langs, rf = cx.document_scores(gold, fold_of, doc_cfg, args.cache, args.folds, 2, args.task)
        idx = np.array([i for i, g in enumerate(gold) if (g.genre if args.task == "genre" else g.frames is not None)])
        if args.task == "genre":
            Ze = oof(D_all[idx], Y.argmax(1), rf, args.folds, args.C, multiclass=len(GENRES))
            report = lambda Z: cx.report_genre(Z, Y, langs, rf, args.folds)  # noqa: E731
            rule, weights = "prior+lang", (0.25, 0.5, 1.0)
        else:
            Ze = oof(D_all[idx], Y, rf, args.folds, args.C)
            report = lambda Z: cx.report_techniques(Z, Y, langs, rf, args.folds)  # noqa: E731
            rule, weights = "micro+lang", (0.5, 1.0, 2.0)
    print(line("base (n-grams)", report(base), rule))
    print(line("emb (encoder alone)", report(Ze), rule))
    for w in weights:
        print(line(f"base + {w} emb", report(base + w * Ze), rule))


if __name__ == "__main__":
    main()
