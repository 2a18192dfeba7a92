"""Fast cross-validation experiments for spinscope's models (issue 3).

Prints per-language genre macro-F1, frames micro-F1 and paragraph-technique micro-F1 for a named
configuration, measured by K-fold cross-validation by article within language (the same fold
assignment as ``spinscope.models.train.cross_validate``).

Speed on a shared 2-core machine comes from caching, under ``--cache`` (default /tmp/spinscope-exp):
the loaded corpus (pickle), each fold's feature blocks (sparse .npz) and each config's out-of-fold
decision values. Decision rules (thresholds, per-language offsets, genre priors) are then compared on
the cached scores; every rule is tuned on the OTHER folds' out-of-fold scores and applied to the
held-out fold, so the figures printed are honest cross-validated figures.

    python scripts/experiments/cv_experiment.py --task techniques --config ctx
    python scripts/experiments/cv_experiment.py --task all --config base --folds 3
"""

from __future__ import annotations

import argparse
import copyreg
import hashlib
import json
import pickle
import sys
import time
from pathlib import Path
from types import MappingProxyType

import numpy as np
from scipy import sparse

from spinscope.models import decision, features
from spinscope.models.linear import fit_linear_weights
from spinscope.taxonomy import FRAMES, GENRES, TECHNIQUE_LABELS

DATA = Path("/work/shared/data/semeval2023-task3")
LANGS = ("en", "fr", "ge", "it", "po", "ru")

# Named configurations: feature options + learner options. Keep old names: figures in the report
# refer to them.
CONFIGS: dict[str, dict] = {
    "base": dict(char=True, ctx=0.0, nb=0.0, lang=False, C=4.0, cw="balanced"),
    "word": dict(char=False, ctx=0.0, nb=0.0, lang=False, C=4.0, cw="balanced"),
    "base_nocw": dict(char=True, ctx=0.0, nb=0.0, lang=False, C=4.0, cw=None),
    "base_C1": dict(char=True, ctx=0.0, nb=0.0, lang=False, C=1.0, cw="balanced"),
    "lang": dict(char=True, ctx=0.0, nb=0.0, lang=True, C=4.0, cw="balanced"),
    "ctx": dict(char=True, ctx=0.5, nb=0.0, lang=True, C=4.0, cw="balanced"),
    "ctx_nb": dict(char=True, ctx=0.5, nb=0.3, lang=True, C=4.0, cw="balanced"),
    "ctx_nb_C1": dict(char=True, ctx=0.5, nb=0.3, lang=True, C=1.0, cw="balanced"),
    "ctx_nb_C1_nocw": dict(char=True, ctx=0.5, nb=0.3, lang=True, C=1.0, cw=None),
    "ctx_nb_C05": dict(char=True, ctx=0.5, nb=0.3, lang=True, C=0.5, cw="balanced"),
    "ctx1_nb": dict(char=True, ctx=1.0, nb=0.3, lang=True, C=1.0, cw="balanced"),
    "ctx_nb5": dict(char=True, ctx=0.5, nb=0.5, lang=True, C=1.0, cw="balanced"),
    "word_lang": dict(char=False, ctx=0.0, nb=0.0, lang=True, C=4.0, cw="balanced"),
    "word_ctx": dict(char=False, ctx=0.5, nb=0.0, lang=True, C=4.0, cw="balanced"),
    "word_ctx_nb": dict(char=False, ctx=0.5, nb=0.3, lang=True, C=4.0, cw="balanced"),
    "word_ctx_nb_C1": dict(char=False, ctx=0.5, nb=0.3, lang=True, C=1.0, cw="balanced"),
    "word_ctx_nb_C1_nocw": dict(char=False, ctx=0.5, nb=0.3, lang=True, C=1.0, cw=None),
    "word_ctx1_nb5": dict(char=False, ctx=1.0, nb=0.5, lang=True, C=4.0, cw="balanced"),
    "word_surf": dict(char=False, ctx=0.0, nb=0.0, lang=False, C=4.0, cw="balanced", surf=True),
    "word_surf_nocw": dict(char=False, ctx=0.0, nb=0.0, lang=False, C=4.0, cw=None, surf=True),
    "word_surf_C10": dict(char=False, ctx=0.0, nb=0.0, lang=False, C=10.0, cw="balanced", surf=True),
    "word_ctx_nb_surf": dict(char=False, ctx=0.5, nb=0.3, lang=True, C=4.0, cw="balanced", surf=True),
}


def _mappingproxy(d):
    return MappingProxyType(d)


copyreg.pickle(MappingProxyType, lambda m: (_mappingproxy, (dict(m),)))


def load_gold(cache: Path):
    path = cache / "corpus.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    from spinscope.models.corpus import load_corpus

    gold = load_corpus(DATA, LANGS)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(gold))
    return gold


def fold_assignment(gold, folds: int, seed: int = 0) -> np.ndarray:
    """Identical to train.cross_validate: a permutation per language, dealt round-robin."""
    rng = np.random.default_rng(seed)
    fold_of = np.zeros(len(gold), dtype=int)
    by_lang: dict[str, list[int]] = {}
    for i, g in enumerate(gold):
        by_lang.setdefault(g.folder, []).append(i)
    for idx in by_lang.values():
        for k, i in enumerate(rng.permutation(idx)):
            fold_of[i] = k % folds
    return fold_of


def _key(*parts) -> str:
    return hashlib.sha1(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]


def cached(cache: Path, name: str, build):
    path = cache / f"{name}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    value = build()
    path.write_bytes(pickle.dumps(value, protocol=5))
    return value


# -- techniques ---------------------------------------------------------------------------
def paragraph_rows(gold):
    """(article index, paragraph index) for every paragraph of articles with technique labels."""
    rows = [(ai, pi) for ai, g in enumerate(gold) for pi in range(len(g.article.paragraphs))]
    Y = np.zeros((len(rows), len(TECHNIQUE_LABELS)), dtype=np.int8)
    labelled = np.array([gold[ai].paragraph_techniques is not None for ai, _ in rows])
    index = {label: j for j, label in enumerate(TECHNIQUE_LABELS)}
    for r, (ai, pi) in enumerate(rows):
        for label in (gold[ai].paragraph_techniques or [()] * (pi + 1))[pi]:
            if label in index:
                Y[r, index[label]] = 1
    return rows, Y, labelled


def technique_scores(gold, fold_of, cfg: dict, cache: Path, folds: int, n_jobs: int, all_rows=False,
                     extra=()) -> tuple:
    """Out-of-fold decision values of the paragraph technique classifier for every paragraph
    (trained on labelled articles only, plus ``extra`` articles, which are never tested);
    returned for labelled rows unless ``all_rows``."""
    n_gold = len(gold)
    allg = list(gold) + list(extra)
    fold_all = np.r_[fold_of, np.full(len(extra), -1)]
    rows, Y, labelled = paragraph_rows(allg)
    known = np.ones(Y.shape, dtype=bool)
    for r, (ai, _) in enumerate(rows):
        kt = allg[ai].known_techniques
        if kt is not None:
            known[r] = [label in kt for label in TECHNIQUE_LABELS]
    art = np.array([ai for ai, _ in rows])
    row_fold = fold_all[art]
    name = "tech-oof-v2-" + _key(cfg, folds) + (f"-extra{len(extra)}" if extra else "")
    def build():
        Z = np.zeros(Y.shape, dtype=np.float32)
        articles = [g.article for g in allg]
        langs_all = [g.folder if g.folder in LANGS else g.article.meta.lang for g in allg]
        for k in range(folds):
            t = time.time()
            train_art = sorted({ai for ai, f in enumerate(fold_all) if f != k and allg[ai].paragraph_techniques is not None})
            tr = (row_fold != k) & labelled
            fz = features.ParagraphFeaturizer(char_ngrams=(2, 5) if cfg["char"] else None,
                                              context_weight=cfg["ctx"], neighbour_weight=cfg["nb"],
                                              language_feature=cfg["lang"], surface_feature=cfg.get("surf", False))
            fcache = cache / ("feat-v2-" + _key({k: cfg.get(k) for k in ("char", "ctx", "nb", "lang", "surf")
                                                 if k in cfg}, folds, k)
                              + (f"-extra{len(extra)}" if extra else "") + ".pkl")
            if fcache.exists():
                fz, X_train, X_test = pickle.loads(fcache.read_bytes())
            else:
                fz.fit([articles[ai] for ai in train_art])
                X_train = fz.transform_rows(articles, [rows[r] for r in np.flatnonzero(tr)], langs_all)
                X_test = fz.transform_rows(articles, [rows[r] for r in np.flatnonzero(row_fold == k)], langs_all)
                fcache.write_bytes(pickle.dumps((None, X_train, X_test), protocol=5))
            t_feat = time.time() - t
            # learning curve: train on a random share of the fold's training articles (the
            # vocabulary stays the full fold's; only the rows that fit the weights shrink)
            sub = np.ones(int(tr.sum()), dtype=bool)
            if cfg.get("frac", 1.0) < 1.0:
                train_arts = art[tr]
                uniq = np.unique(train_arts)
                keep = np.random.default_rng(k).choice(uniq, int(round(len(uniq) * cfg["frac"])), replace=False)
                sub = np.isin(train_arts, keep)
            coef, intercept = fit_linear_weights(X_train[sub], Y[tr][sub], C=cfg["C"], class_weight=cfg["cw"],
                                                 n_jobs=n_jobs, known=known[tr][sub] if extra else None)
            Z[row_fold == k] = np.asarray(X_test @ coef.T) + intercept
            print(f"  fold {k}: features {t_feat:.0f}s, fit {time.time() - t - t_feat:.0f}s, "
                  f"{X_train.shape[1]} features", file=sys.stderr)
        return Z
    Z = cached(cache, name, build)
    keep = art < n_gold
    Z, Y, labelled, row_fold, art = Z[keep], Y[keep], labelled[keep], row_fold[keep], art[keep]
    langs = np.array([gold[ai].folder for ai in art])
    if all_rows:
        return Z, Y, langs, row_fold, art
    m = labelled
    return Z[m], Y[m], langs[m], row_fold[m]


def sentence_pooled_scores(gold, fold_of, cache: Path, folds: int, n_jobs: int, C: float = 4.0,
                           frac: float = 1.0) -> np.ndarray:
    """Multiple-instance view of a paragraph: out-of-fold decision values of a sentence classifier
    (word 1-2-grams + surface features; a sentence's targets are the gold spans it overlaps),
    max-pooled over each paragraph's sentences. Rows align with ``paragraph_rows(gold)``."""
    rows, _, _ = paragraph_rows(gold)
    row_of = {key: r for r, key in enumerate(rows)}
    def build():
        sent_text, sent_row, sent_Y, sent_art = [], [], [], []
        index = {label: j for j, label in enumerate(TECHNIQUE_LABELS)}
        for ai, g in enumerate(gold):
            if g.paragraph_techniques is None:
                continue
            a = g.article
            for sent in a.sentences:
                p = a.paragraph_of(sent.start)
                if p is None:
                    continue
                y = np.zeros(len(TECHNIQUE_LABELS), dtype=np.int8)
                for gs in g.spans:
                    if gs.overlaps(sent) and gs.label in index:
                        y[index[gs.label]] = 1
                sent_text.append(a.span_text(sent)); sent_row.append(row_of[(ai, p)])
                sent_Y.append(y); sent_art.append(ai)
        sent_Y = np.array(sent_Y); sent_row = np.array(sent_row); sent_fold = fold_of[np.array(sent_art)]
        pooled = np.full((len(rows), len(TECHNIQUE_LABELS)), -10.0, dtype=np.float32)
        for k in range(folds):
            t = time.time()
            tr = sent_fold != k
            if frac < 1.0:  # learning curve: the same article sample as technique_scores
                arts = np.array(sent_art)
                uniq = np.unique(arts[tr])
                keep = np.random.default_rng(k).choice(uniq, int(round(len(uniq) * frac)), replace=False)
                tr = tr & np.isin(arts, keep)
            vec = features.word_vectorizer().fit([t_ for t_, m in zip(sent_text, tr) if m])
            X = sparse.hstack([vec.transform(sent_text), sparse.csr_matrix(features.surface_features(sent_text))],
                              format="csr", dtype=np.float32)
            coef, intercept = fit_linear_weights(X[tr], sent_Y[tr], C=C, class_weight="balanced", n_jobs=n_jobs)
            te = sent_fold == k
            Zs = np.asarray(X[te] @ coef.T) + intercept
            np.maximum.at(pooled, sent_row[te], Zs)
            print(f"  sentence fold {k}: {time.time() - t:.0f}s, {tr.sum()} training sentences", file=sys.stderr)
        return pooled
    return cached(cache, "sent-pool-" + _key(folds, C) + (f"-frac{frac}" if frac < 1.0 else ""), build)


def micro(Y, P):
    tp = int(np.sum(Y & P)); fp = int(np.sum(P & ~Y)); fn = int(np.sum(Y & ~P))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report_techniques(Z, Y, langs, row_fold, folds):
    Yb = Y.astype(bool)
    rules = {
        "label_f1": lambda z, y, l: decision.tune_label_f1(z, y),
        "micro": lambda z, y, l: decision.tune_micro(z, y),
        "micro+lang": lambda z, y, l: decision.tune_micro(z, y, langs=l),
    }
    table = {}
    for rule_name, tune in rules.items():
        P = np.zeros(Y.shape, dtype=bool)
        for k in range(folds):
            tr, te = row_fold != k, row_fold == k
            rule = tune(Z[tr], Yb[tr], langs[tr])
            P[te] = rule.apply(Z[te], langs[te])
        row = {"all": micro(Yb, P)}
        for lang in LANGS:
            m = langs == lang
            row[lang] = micro(Yb[m], P[m])
        table[rule_name] = row
    return table


def print_table(title, table, fmt=lambda v: f"{v[2]:.3f}"):
    cols = ["all"] + list(LANGS)
    print(f"\n{title}")
    print(f"| rule | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for name, row in table.items():
        print(f"| {name} | " + " | ".join(fmt(row[c]) if c in row else "–" for c in cols) + " |")


# -- genre and frames -----------------------------------------------------------------------
def technique_summary(gold, fold_of, cfg, cache, folds, n_jobs) -> np.ndarray:
    """Per article: mean and max over paragraphs of each technique's out-of-fold probability."""
    Z, _, _, _, art = technique_scores(gold, fold_of, cfg, cache, folds, n_jobs, all_rows=True)
    P = 1 / (1 + np.exp(-Z))
    out = np.zeros((len(gold), 2 * P.shape[1]), dtype=np.float32)
    for ai in range(len(gold)):
        m = art == ai
        if m.any():
            out[ai] = np.r_[P[m].mean(0), P[m].max(0)]
    return out


def document_scores(gold, fold_of, cfg, cache, folds, n_jobs, task, stack=None, stack_weight=1.0):
    if task == "genre":
        idx = [i for i, g in enumerate(gold) if g.genre]
        labels = GENRES
    else:
        idx = [i for i, g in enumerate(gold) if g.frames is not None]
        labels = FRAMES
    idx = np.array(idx)
    Y = np.zeros((len(idx), len(labels)), dtype=np.int8)
    for r, i in enumerate(idx):
        for label in ([gold[i].genre] if task == "genre" else gold[i].frames):
            if label in labels:
                Y[r, labels.index(label)] = 1
    name = f"{task}-oof-" + _key(cfg, folds, stack, stack_weight)
    summary = technique_summary(gold, fold_of, CONFIGS[stack], cache, folds, n_jobs) if stack else None
    def build():
        Z = np.zeros(Y.shape, dtype=np.float32)
        for k in range(folds):
            tr = fold_of[idx] != k
            fz = features.DocumentFeaturizer(char_ngrams=(2, 5) if cfg["char"] else None,
                                             language_feature=cfg["lang"])
            docs = [gold[i].article.text for i in idx]
            lang = [gold[i].folder for i in idx]
            fz.fit([d for d, m in zip(docs, tr) if m])
            X = fz.transform(docs, lang)
            if summary is not None:
                X = sparse.hstack([X, stack_weight * sparse.csr_matrix(summary[idx])], format="csr")
            if task == "genre":
                coef, intercept = fit_linear_weights(X[tr], Y[tr].argmax(1), C=cfg["C"], class_weight=cfg["cw"],
                                                     n_jobs=n_jobs, multiclass=True, n_classes=len(labels))
            else:
                coef, intercept = fit_linear_weights(X[tr], Y[tr], C=cfg["C"], class_weight=cfg["cw"], n_jobs=n_jobs)
            Z[~tr] = np.asarray(X[~tr] @ coef.T) + intercept
        return Z
    Z = cached(cache, name, build)
    langs = np.array([gold[i].folder for i in idx])
    return Z, Y, langs, fold_of[idx]


def macro_f1_onehot(Y, pred):
    gold = Y.argmax(1)
    scores = []
    for c in range(Y.shape[1]):
        if not ((gold == c).any() or (pred == c).any()):
            continue
        tp = np.sum((gold == c) & (pred == c)); fp = np.sum((gold != c) & (pred == c)); fn = np.sum((gold == c) & (pred != c))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(scores)) if scores else 0.0


def report_genre(Z, Y, langs, row_fold, folds):
    table = {}
    for rule_name, per_lang in (("argmax", None), ("prior-all", False), ("prior+lang", True)):
        pred = np.zeros(len(Y), dtype=int)
        for k in range(folds):
            tr, te = row_fold != k, row_fold == k
            if per_lang is None:
                pred[te] = Z[te].argmax(1)
                continue
            rule = decision.tune_class_bias(Z[tr], Y[tr].argmax(1), langs[tr] if per_lang else None)
            pred[te] = rule.apply(Z[te], langs[te])
        row = {"all": (0, 0, macro_f1_onehot(Y, pred))}
        for lang in LANGS:
            m = langs == lang
            row[lang] = (0, 0, macro_f1_onehot(Y[m], pred[m]))
        table[rule_name] = row
    return table


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--task", choices=["techniques", "genre", "frames", "all"], default="techniques")
    ap.add_argument("--config", default="base", help=f"one of {sorted(CONFIGS)}")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/spinscope-exp"))
    ap.add_argument("--n-jobs", type=int, default=2)
    ap.add_argument("--stack", default=None, help="technique config whose out-of-fold paragraph "
                    "scores, summarised per article, are appended to genre/frames features")
    ap.add_argument("--stack-weight", type=float, default=1.0)
    ap.add_argument("--sentence-pool", type=float, default=0.0,
                    help="add this weight x the max-pooled sentence-classifier score to each paragraph's score "
                    "(100 or more: use the pooled score alone)")
    ap.add_argument("--train-fraction", type=float, default=1.0,
                    help="learning curve: share of each fold's training articles used to fit (techniques)")
    ap.add_argument("--extra-ptc", type=Path, default=None,
                    help="ptc2020 folder: add its English articles to every fold's technique training")
    ap.add_argument("--doc-C", type=float, default=None, help="C for genre/frames (default: config C)")
    args = ap.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    cfg = dict(CONFIGS[args.config])
    if args.train_fraction < 1.0:
        cfg["frac"] = args.train_fraction
    gold = load_gold(args.cache)
    fold_of = fold_assignment(gold, args.folds)
    t0 = time.time()
    out = {}
    if args.task in ("techniques", "all"):
        extra = ()
        if args.extra_ptc:
            from spinscope.models.corpus import load_ptc2020

            extra = cached(args.cache, "ptc2020", lambda: load_ptc2020(args.extra_ptc))
        Z, Y, langs, rf = technique_scores(gold, fold_of, cfg, args.cache, args.folds, args.n_jobs, extra=extra)
        if args.sentence_pool:
            _, _, labelled = paragraph_rows(gold)
            pooled = sentence_pooled_scores(gold, fold_of, args.cache, args.folds, args.n_jobs,
                                            frac=args.train_fraction)[labelled]
            Z = Z + args.sentence_pool * pooled if args.sentence_pool < 100 else pooled
        table = report_techniques(Z, Y, langs, rf, args.folds)
        print_table(f"techniques micro-F1, config {args.config} {cfg}, {args.folds}-fold CV", table)
        print_table("techniques precision / recall", table, lambda v: f"{v[0]:.2f}/{v[1]:.2f}")
        out["techniques"] = table
    doc_cfg = dict(cfg, C=args.doc_C or cfg["C"])
    if args.task in ("genre", "all"):
        Z, Y, langs, rf = document_scores(gold, fold_of, doc_cfg, args.cache, args.folds, args.n_jobs, "genre", args.stack, args.stack_weight)
        table = report_genre(Z, Y, langs, rf, args.folds)
        print_table(f"genre macro-F1, config {args.config} {doc_cfg} stack={args.stack}x{args.stack_weight}", table)
        out["genre"] = table
    if args.task in ("frames", "all"):
        Z, Y, langs, rf = document_scores(gold, fold_of, doc_cfg, args.cache, args.folds, args.n_jobs, "frames", args.stack, args.stack_weight)
        table = report_techniques(Z, Y, langs, rf, args.folds)
        print_table(f"frames micro-F1, config {args.config} {doc_cfg} stack={args.stack}x{args.stack_weight}", table)
        out["frames"] = table
    print(f"\n({time.time() - t0:.0f}s)")
    return out


if __name__ == "__main__":
    main()
