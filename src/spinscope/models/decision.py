"""Decision rules on top of linear scores, tuned on out-of-fold scores.

The official technique and frame metrics are micro-F1 over (item, label) pairs, so thresholds
are tuned for that, not for each label's own F1: a rare label whose best own-F1 threshold fires
on many paragraphs costs the micro average more precision than it earns recall. The languages
differ a lot in how densely their annotators marked techniques, so a per-language offset is
tuned on top (the language is known at prediction time). Genre is a single label per article
scored by macro-F1; a bias per class (optionally per language) moves the argmax to where the
rarer genres are found.

Every rule works in decision-value (logit) space and is a small array of numbers, saved with
the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np


@dataclass
class ThresholdRule:
    """``label j fires when score_j >= thresholds[j] + offsets.get(lang, 0)`` (logits)."""

    thresholds: np.ndarray
    offsets: dict[str, float] = field(default_factory=dict)

    def threshold_matrix(self, langs: Sequence[str | None] | None, n: int) -> np.ndarray:
        off = np.array([self.offsets.get(l, 0.0) for l in langs], dtype=np.float32) if langs is not None \
            else np.zeros(n, dtype=np.float32)
        return self.thresholds[None, :] + off[:, None]

    def apply(self, Z: np.ndarray, langs: Sequence[str | None] | None = None) -> np.ndarray:
        return Z >= self.threshold_matrix(langs, len(Z))


def _best_f1_threshold(z: np.ndarray, y: np.ndarray, extra_tp=0, extra_fp=0, extra_pos=None) -> tuple[float, float]:
    """Threshold on ``z`` maximising F1 = 2TP/(2TP+FP+FN), counts optionally offset by fixed
    contributions of other labels (micro-F1). Returns (threshold, f1)."""
    n_pos = int(y.sum()) if extra_pos is None else extra_pos
    order = np.argsort(-z, kind="stable")
    zs, ys = z[order], y[order].astype(np.int64)
    tp = np.cumsum(ys) + extra_tp
    fp = np.cumsum(1 - ys) + extra_fp
    # only cut between distinct values
    last = np.r_[zs[1:] != zs[:-1], True]
    f1 = np.where(last, 2 * tp / np.maximum(1, 2 * tp + fp + (n_pos - tp)), -1.0)
    f1_none = 2 * extra_tp / max(1, 2 * extra_tp + extra_fp + (n_pos - extra_tp))
    i = int(np.argmax(f1))
    if f1[i] <= f1_none:
        return float(zs[0] + 1.0), float(f1_none)  # fire on nothing
    below = zs[i + 1] if i + 1 < len(zs) else zs[i] - 1.0
    return float((zs[i] + below) / 2), float(f1[i])


def tune_label_f1(Z: np.ndarray, Y: np.ndarray) -> ThresholdRule:
    """Each label's threshold maximises that label's own F1."""
    t = np.full(Z.shape[1], 30.0, dtype=np.float32)
    for j in range(Z.shape[1]):
        if Y[:, j].any():
            t[j] = _best_f1_threshold(Z[:, j], Y[:, j])[0]
    return ThresholdRule(t)


def tune_micro(Z: np.ndarray, Y: np.ndarray, langs: Sequence[str] | None = None, passes: int = 3,
               offset_grid: np.ndarray = np.linspace(-1.5, 1.5, 31)) -> ThresholdRule:
    """Per-label thresholds maximising micro-F1 (coordinate ascent from the per-label optimum),
    then, given ``langs``, one offset per language maximising that language's micro-F1."""
    Y = Y.astype(bool)
    rule = tune_label_f1(Z, Y)
    t = rule.thresholds.copy()
    total_pos = int(Y.sum())
    for _ in range(passes):
        P = Z >= t
        tp_j = np.sum(P & Y, axis=0)
        fp_j = np.sum(P & ~Y, axis=0)
        for j in range(Z.shape[1]):
            if not Y[:, j].any():
                continue
            others_tp = int(tp_j.sum() - tp_j[j])
            others_fp = int(fp_j.sum() - fp_j[j])
            t[j], _ = _best_f1_threshold(Z[:, j], Y[:, j], others_tp, others_fp, total_pos)
            p = Z[:, j] >= t[j]
            tp_j[j], fp_j[j] = np.sum(p & Y[:, j]), np.sum(p & ~Y[:, j])
    rule = ThresholdRule(t.astype(np.float32))
    if langs is not None:
        langs = np.asarray(langs)
        for lang in np.unique(langs):
            m = langs == lang
            best, best_f1 = 0.0, -1.0
            for d in offset_grid:
                P = Z[m] >= (t + d)
                tp = np.sum(P & Y[m]); f1 = 2 * tp / max(1, P.sum() + Y[m].sum())
                if f1 > best_f1 + 1e-9 or (abs(f1 - best_f1) <= 1e-9 and abs(d) < abs(best)):
                    best, best_f1 = float(d), f1
            rule.offsets[str(lang)] = best
    return rule


@dataclass
class ClassBiasRule:
    """Multi-class decision ``argmax(z + bias[lang])`` with a shared fallback bias."""

    bias: np.ndarray
    by_lang: dict[str, np.ndarray] = field(default_factory=dict)

    def bias_matrix(self, langs: Sequence[str | None] | None, n: int) -> np.ndarray:
        if langs is None:
            return np.broadcast_to(self.bias, (n, len(self.bias)))
        return np.array([self.by_lang.get(l, self.bias) for l in langs], dtype=np.float32).reshape(n, -1)

    def apply(self, Z: np.ndarray, langs: Sequence[str | None] | None = None) -> np.ndarray:
        return np.argmax(Z + self.bias_matrix(langs, len(Z)), axis=1)


def _macro_f1(y: np.ndarray, pred: np.ndarray, n: int) -> float:
    scores = []
    for c in range(n):
        g, p = y == c, pred == c
        if not (g.any() or p.any()):
            continue
        tp = np.sum(g & p)
        scores.append(2 * tp / (g.sum() + p.sum()) if tp else 0.0)
    return float(np.mean(scores)) if scores else 0.0


def _tune_bias(Z: np.ndarray, y: np.ndarray, grid: np.ndarray) -> np.ndarray:
    n = Z.shape[1]
    best, best_f1 = np.zeros(n, dtype=np.float32), _macro_f1(y, Z.argmax(1), n)
    # coordinate ascent over class biases (class 0 fixed at 0), two passes
    for _ in range(2):
        for c in range(1, n):
            for b in grid:
                cand = best.copy()
                cand[c] = b
                f1 = _macro_f1(y, np.argmax(Z + cand, axis=1), n)
                if f1 > best_f1 + 1e-9:
                    best, best_f1 = cand, f1
    return best


def tune_class_bias(Z: np.ndarray, y: np.ndarray, langs: Sequence[str] | None = None,
                    grid: np.ndarray = np.linspace(-3, 3, 25), shrink: float = 0.5) -> ClassBiasRule:
    """Class biases maximising macro-F1; per language (shrunk towards the shared bias, since a
    language has only ~100-300 labelled articles) when ``langs`` is given."""
    shared = _tune_bias(Z, y, grid)
    rule = ClassBiasRule(shared)
    if langs is not None:
        langs = np.asarray(langs)
        for lang in np.unique(langs):
            m = langs == lang
            own = _tune_bias(Z[m], y[m], grid)
            rule.by_lang[str(lang)] = (shrink * own + (1 - shrink) * shared).astype(np.float32)
    return rule
