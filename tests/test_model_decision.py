"""Decision rules and calibration of the model (decision.py, classifiers.py) on synthetic scores."""

from __future__ import annotations

import numpy as np

from spinscope.models.classifiers import _platt
from spinscope.models.decision import tune_class_bias, tune_label_f1, tune_micro


def _micro_f1(Y, P):
    tp = np.sum(Y & P)
    return 2 * tp / (Y.sum() + P.sum())


def _synthetic(n=2000, labels=6, seed=0):
    rng = np.random.default_rng(seed)
    rates = np.array([0.3, 0.15, 0.05, 0.02, 0.01, 0.005])[:labels]
    Y = rng.random((n, labels)) < rates
    quality = np.array([2.0, 1.5, 1.0, 0.6, 0.4, 0.3])[:labels]  # rare labels are scored worse
    Z = rng.normal(size=(n, labels)) + Y * quality * 2 - 2
    return Z.astype(np.float32), Y


def test_micro_thresholds_beat_per_label_thresholds_on_micro_f1():
    Z, Y = _synthetic()
    per_label = tune_label_f1(Z, Y).apply(Z)
    micro = tune_micro(Z, Y).apply(Z)
    assert _micro_f1(Y, micro) >= _micro_f1(Y, per_label)
    # it does so by firing less on the weakly scored rare labels, not by firing on nothing
    assert 0 < micro.sum() < per_label.sum()


def test_language_offset_moves_the_threshold_of_a_language_scored_higher():
    Z, Y = _synthetic(seed=1)
    langs = np.array(["en"] * 1000 + ["fr"] * 1000)
    Z[langs == "fr"] += 1.0  # the same evidence scores one logit higher in "fr"
    rule = tune_micro(Z, Y, langs=langs)
    assert rule.offsets["fr"] > rule.offsets["en"]
    # an unseen language falls back to the shared thresholds
    assert np.array_equal(rule.apply(Z[:5], ["ka"] * 5), Z[:5] >= rule.thresholds)


def test_class_bias_recovers_a_rare_class_for_macro_f1():
    rng = np.random.default_rng(0)
    y = rng.choice(3, size=600, p=[0.8, 0.15, 0.05])
    Z = rng.normal(size=(600, 3)) + np.eye(3)[y] * 1.5
    Z[:, 0] += 1.5  # the majority class dominates the argmax
    rule = tune_class_bias(Z, y)
    plain = np.argmax(Z, axis=1)
    biased = rule.apply(Z)
    assert (biased == 2).sum() > (plain == 2).sum()
    recall_rare = lambda p: np.mean(p[y == 2] == 2)
    assert recall_rare(biased) > recall_rare(plain)


def test_platt_calibration_matches_observed_rates():
    rng = np.random.default_rng(0)
    z = rng.normal(size=5000) * 2
    y = rng.random(5000) < 1 / (1 + np.exp(-(0.5 * z - 1)))
    a, b = _platt(z, y)
    assert abs(a - 0.5) < 0.1 and abs(b + 1) < 0.15


def test_rows_with_an_unknown_label_do_not_train_it():
    """Extra corpora annotated with an older taxonomy say nothing about the newer labels: their
    rows must not count as negatives of those labels (fit_linear_weights ``known``)."""
    from scipy import sparse

    from spinscope.models.linear import fit_linear_weights

    rng = np.random.default_rng(0)
    X = sparse.csr_matrix(rng.random((200, 5)).astype(np.float32))
    y = (X[:, 0].toarray().ravel() > 0.5).astype(np.int8)
    Y = np.c_[y, y]
    known = np.ones_like(Y, dtype=bool)
    # the second label is unknown on the rows where feature 0 is high: as negatives they would
    # flip its sign; left out, only rows below 0.5 remain and the label has no positives at all
    known[y == 1, 1] = False
    coef, intercept = fit_linear_weights(X, Y, C=10.0, known=known, n_jobs=1)
    assert coef[0, 0] > 1.0
    assert intercept[1] == -30.0  # never seen positive where known: never fires
    coef_all, _ = fit_linear_weights(X, Y, C=10.0, n_jobs=1)
    assert np.allclose(coef_all[1], coef_all[0])


def test_ptc2020_labels_map_onto_the_2023_taxonomy():
    from spinscope.models.corpus import PTC2020_LABELS
    from spinscope.taxonomy import TECHNIQUE_LABELS

    assert set(PTC2020_LABELS.values()) <= set(TECHNIQUE_LABELS)
