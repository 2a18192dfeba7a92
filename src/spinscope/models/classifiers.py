"""The classifiers of the default model: paragraph techniques in context, document genre/frames.

Both learn linear weights over the feature blocks of :mod:`spinscope.models.features` and tune
their decision rule (:mod:`spinscope.models.decision`) on out-of-fold scores of the training set,
so the thresholds they ship were never tuned on the texts they were fitted on.

Scores are calibrated: a per-label Platt scaling fitted on the same out-of-fold scores turns a
decision value into the share of training paragraphs with that score that carried the label.
"""

from __future__ import annotations

import warnings
from typing import Sequence

import numpy as np
from scipy import sparse
from sklearn.model_selection import KFold

from spinscope.models.decision import ClassBiasRule, ThresholdRule, tune_class_bias, tune_micro
from spinscope.models.features import (DocumentFeaturizer, ParagraphFeaturizer, SharedNgrams, surface_features,
                                       tfidf, word_vectorizer)
from spinscope.models.linear import (_dequantize, _quantize, _sigmoid, fit_dense_weights, fit_linear_weights,
                                     multi_hot, sparse_operand)


def _group_folds(groups: Sequence, folds: int, seed: int):
    keys = np.asarray(groups)
    unique = np.unique(keys)
    for train_keys, _ in KFold(folds, shuffle=True, random_state=seed).split(unique):
        train = np.isin(keys, unique[train_keys])
        yield train, ~train


def _platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """a, b with P(y=1 | z) = sigmoid(a z + b), by a few Newton steps on the log-loss."""
    if not y.any() or y.all():
        return 1.0, 0.0
    a, b = 1.0, 0.0
    # Platt's smoothed targets keep a, b finite on separable labels
    n_pos, n_neg = y.sum(), len(y) - y.sum()
    t = np.where(y, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    for _ in range(30):
        p = _sigmoid(a * z + b)
        w = np.maximum(p * (1 - p), 1e-9)
        g = np.array([np.sum((p - t) * z), np.sum(p - t)])
        H = np.array([[np.sum(w * z * z), np.sum(w * z)], [np.sum(w * z), np.sum(w)]]) + 1e-6 * np.eye(2)
        step = np.linalg.solve(H, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-6:
            break
    return float(a), float(b)


class _QuantizedWeights:
    """int8 weights on disk (one scale per label), dequantized on load; and the dense embedding
    input shared by both classifiers."""

    _WEIGHTS = ("coef_", "sentence_coef_", "embedding_coef_")
    _SPARSE_OPERANDS = ("coef_", "sentence_coef_")  # multiplied by sparse n-gram features

    def __getstate__(self):
        state = self.__dict__.copy()
        for key in self._WEIGHTS:
            if state.get(key) is not None:
                state[key] = _quantize(state[key])
        return state

    def __setstate__(self, state):
        for key in self._WEIGHTS:
            if isinstance(state.get(key), tuple):
                state[key] = _dequantize(*state[key])
        for key in self._SPARSE_OPERANDS:
            if state.get(key) is not None:
                state[key] = sparse_operand(state[key])
        self.__dict__.update(state)

    def _check_embeddings(self, embeddings, n_rows):
        """The dense embedding rows (one per paragraph or text), or None when the model uses none.
        ``embeddings`` may be a function returning them: SpinModel.predict computes them in the
        background meanwhile."""
        if not getattr(self, "embedding_weight", 0.0):
            return None
        if callable(embeddings):
            embeddings = embeddings()
        if embeddings is None or len(embeddings) != n_rows:
            raise ValueError(f"embedding_weight={self.embedding_weight} needs one embedding row per input "
                             f"({n_rows}), got {None if embeddings is None else len(embeddings)}")
        return np.asarray(embeddings, dtype=np.float32)


def sentence_units(article) -> list[tuple[int, object]]:
    """``(paragraph index, sentence span)`` for every sentence of every paragraph; a paragraph
    without sentences counts as one."""
    return [(pi, unit) for pi, paragraph in enumerate(article.paragraphs)
            for unit in (list(article.sentences_in(paragraph)) or [paragraph])]


class ParagraphTechniqueClassifier(_QuantizedWeights):
    """Multi-label technique classifier over paragraphs in their article context.

    With ``sentence_pool`` > 0 a paragraph's score for a technique also adds that weight times the
    highest score any of its sentences gets from a sentence classifier trained on the gold spans
    (a multiple-instance view: a technique usually sits in one sentence, and a long paragraph's
    TF-IDF dilutes it).

    With ``embedding_weight`` > 0 the score also adds that weight times the decision value of a
    second logistic regression over the paragraph's sentence-encoder features
    (:func:`~spinscope.models.features.paragraph_embedding_features`, passed in as ``embeddings``):
    it sees what is said, where the n-grams see which words say it. A separate model rather than
    extra columns: the dense block would slow the n-gram fit's dual solver several-fold.
    """

    def __init__(self, labels: Sequence[str], *, C: float = 1.0, class_weight: str | None = "balanced",
                 char_ngrams=(2, 5), max_features: int = 150_000, context_weight: float = 0.5,
                 neighbour_weight: float = 0.3, language_feature: bool = True,
                 surface_feature: bool = False, sentence_pool: float = 0.0,
                 embedding_weight: float = 0.0, embedding_C: float = 1.0,
                 language_offsets: bool = True, threshold_folds: int = 3, seed: int = 0,
                 n_jobs: int | None = None):
        self.labels = tuple(labels)
        self.C, self.class_weight = C, class_weight
        self.char_ngrams, self.max_features = char_ngrams, max_features
        self.context_weight, self.neighbour_weight = context_weight, neighbour_weight
        self.language_feature, self.language_offsets = language_feature, language_offsets
        self.surface_feature = surface_feature
        self.sentence_pool = sentence_pool
        self.embedding_weight, self.embedding_C = embedding_weight, embedding_C
        self.threshold_folds, self.seed, self.n_jobs = threshold_folds, seed, n_jobs

    def fit(self, articles: Sequence, paragraph_targets: Sequence[Sequence[set[str]]],
            langs: Sequence[str | None], gold_spans: Sequence[Sequence] | None = None,
            embeddings: np.ndarray | None = None) -> "ParagraphTechniqueClassifier":
        """``paragraph_targets[i][p]``: the gold techniques of paragraph ``p`` of article ``i``;
        ``gold_spans[i]``: article ``i``'s gold technique spans (needed for ``sentence_pool``);
        ``embeddings``: one row of dense features per paragraph (needed for ``embedding_weight``;
        at prediction time also a function returning them)."""
        self.labels_ = self.labels
        self.featurizer_ = ParagraphFeaturizer(char_ngrams=self.char_ngrams, max_features=self.max_features,
                                               context_weight=self.context_weight,
                                               neighbour_weight=self.neighbour_weight,
                                               language_feature=self.language_feature,
                                               surface_feature=self.surface_feature).fit(articles)
        rows = [(ai, pi) for ai, a in enumerate(articles) for pi in range(len(a.paragraphs))]
        X = self.featurizer_.transform_rows(articles, rows, langs)
        Y = multi_hot([paragraph_targets[ai][pi] for ai, pi in rows], self.labels)
        row_lang = np.array([str(langs[ai]) for ai, _ in rows])
        coef, self.intercept_ = fit_linear_weights(X, Y, C=self.C, class_weight=self.class_weight,
                                                   n_jobs=self.n_jobs, seed=self.seed)
        self.coef_ = sparse_operand(_dequantize(*_quantize(coef)))
        pool = self.sentence_pool and gold_spans is not None
        if pool:
            S, S_Y, S_row, S_art = self._sentence_data(articles, gold_spans)
            s_coef, self.sentence_intercept_ = fit_linear_weights(S, S_Y, C=self.C, class_weight=self.class_weight,
                                                                  n_jobs=self.n_jobs, seed=self.seed)
            self.sentence_coef_ = sparse_operand(_dequantize(*_quantize(s_coef)))
        else:
            if self.sentence_pool:  # say so: the fitted model would silently differ from its config
                warnings.warn(f"sentence_pool={self.sentence_pool} needs gold spans to train the sentence "
                              "classifier; none given, so this model has no sentence pool", stacklevel=2)
            self.sentence_pool, self.sentence_coef_ = 0.0, None
        dense = self._check_embeddings(embeddings, len(rows))
        if dense is not None:
            e_coef, self.embedding_intercept_ = fit_dense_weights(dense, Y, C=self.embedding_C,
                                                                  class_weight=self.class_weight,
                                                                  n_jobs=self.n_jobs, seed=self.seed)
            self.embedding_coef_ = _dequantize(*_quantize(e_coef))
        else:
            self.embedding_weight, self.embedding_coef_ = 0.0, None
        # Out-of-fold scores (by article) for thresholds and calibration. The n-gram vocabularies
        # are shared with the final fit: refitting them per fold would triple the featurizing cost
        # and changes only which rare n-grams exist, not any label information.
        Z = np.zeros(Y.shape, dtype=np.float32)
        groups = np.array([ai for ai, _ in rows])
        for train, test in _group_folds(groups, self.threshold_folds, self.seed):
            c, b = fit_linear_weights(X[train], Y[train], C=self.C, class_weight=self.class_weight,
                                      n_jobs=self.n_jobs, seed=self.seed)
            Z[test] = np.asarray(X[test] @ c.T) + b
            if pool:
                s_train = np.isin(S_art, groups[train])
                c, b = fit_linear_weights(S[s_train], S_Y[s_train], C=self.C, class_weight=self.class_weight,
                                          n_jobs=self.n_jobs, seed=self.seed)
                pooled = self._pool(np.asarray(S[~s_train] @ c.T) + b, S_row[~s_train], len(rows))
                Z[test] += self.sentence_pool * pooled[test]
            if dense is not None:
                c, b = fit_dense_weights(dense[train], Y[train], C=self.embedding_C, class_weight=self.class_weight,
                                         n_jobs=self.n_jobs, seed=self.seed)
                Z[test] += self.embedding_weight * (dense[test] @ c.T + b)
        self.rule_ = tune_micro(Z, Y, langs=row_lang if self.language_offsets else None)
        self.calibration_ = np.array([_platt(Z[:, j], Y[:, j].astype(bool)) for j in range(Y.shape[1])],
                                     dtype=np.float32)
        return self

    def _sentence_data(self, articles, gold_spans):
        """Sentence features and targets (the gold spans a sentence overlaps), with the paragraph
        row and article of each sentence."""
        index = {label: j for j, label in enumerate(self.labels)}
        texts, rows, arts, targets = [], [], [], []
        row0 = 0
        for ai, article in enumerate(articles):
            for pi, unit in sentence_units(article):
                y = np.zeros(len(self.labels), dtype=np.int8)
                for span in gold_spans[ai]:
                    if span.overlaps(unit) and span.label in index:
                        y[index[span.label]] = 1
                targets.append(y)
                texts.append(article.span_text(unit))
                rows.append(row0 + pi)
                arts.append(ai)
            row0 += len(article.paragraphs)
        self.sentence_vectorizer_ = word_vectorizer(max_features=self.max_features).fit(texts)
        return (self._sentence_features(texts), np.array(targets, dtype=np.int8).reshape(-1, len(self.labels)),
                np.array(rows, dtype=int), np.array(arts, dtype=int))

    def _sentence_features(self, texts, ngrams: SharedNgrams | None = None):
        return sparse.hstack([tfidf(self.sentence_vectorizer_, texts, ngrams),
                              sparse.csr_matrix(surface_features(texts))], format="csr", dtype=np.float32)

    @staticmethod
    def _pool(Zs: np.ndarray, sentence_row: np.ndarray, n_rows: int) -> np.ndarray:
        pooled = np.full((n_rows, Zs.shape[1]), -np.inf, dtype=np.float32)
        np.maximum.at(pooled, sentence_row, Zs)
        pooled[np.isinf(pooled)] = 0.0  # rows without sentences in this set (not scored here)
        return pooled

    @property
    def thresholds_(self) -> np.ndarray:
        """Probability thresholds for a text of unknown language."""
        return self._to_proba(self.rule_.thresholds[None, :])[0]

    def _to_proba(self, Z: np.ndarray) -> np.ndarray:
        a, b = self.calibration_[:, 0], self.calibration_[:, 1]
        return _sigmoid(Z * a + b)

    def decision(self, articles: Sequence, langs: Sequence[str | None] | None = None,
                 embeddings: np.ndarray | None = None, ngrams: SharedNgrams | None = None) -> np.ndarray:
        """``ngrams``: n-gram counts shared with the other classifiers of one prediction."""
        X = self.featurizer_.transform(articles, langs, ngrams)
        Z = np.asarray(X @ self.coef_.T) + self.intercept_
        if getattr(self, "sentence_pool", 0.0) and len(Z):
            texts, rows, row0 = [], [], 0
            for article in articles:
                for pi, unit in sentence_units(article):
                    texts.append(article.span_text(unit))
                    rows.append(row0 + pi)
                row0 += len(article.paragraphs)
            Zs = np.asarray(self._sentence_features(texts, ngrams) @ self.sentence_coef_.T) + self.sentence_intercept_
            Z = Z + self.sentence_pool * self._pool(Zs, np.array(rows, dtype=int), len(Z))
        # last, so that embeddings computed in the background have had the most time
        dense = self._check_embeddings(embeddings, len(Z))
        if dense is not None:
            Z = Z + self.embedding_weight * (dense @ self.embedding_coef_.T + self.embedding_intercept_)
        return Z

    def predict_proba(self, articles: Sequence, langs: Sequence[str | None] | None = None,
                      embeddings: np.ndarray | None = None, ngrams: SharedNgrams | None = None
                      ) -> tuple[np.ndarray, np.ndarray]:
        """Calibrated scores of every paragraph of every article (in order) and which fire."""
        langs = list(langs) if langs is not None else [a.meta.lang for a in articles]
        Z = self.decision(articles, langs, embeddings, ngrams)
        row_lang = [langs[ai] for ai, a in enumerate(articles) for _ in a.paragraphs]
        fired = self.rule_.apply(Z, row_lang)
        return self._to_proba(Z), fired


class DocumentClassifier(_QuantizedWeights):
    """Genre (multi-class, class biases for macro-F1) or frames (multi-label, micro-F1 thresholds)
    over a whole article's n-grams, its language and, optionally, a summary of its paragraphs'
    technique scores (opinion pieces persuade more than reporting does)."""

    def __init__(self, labels: Sequence[str], *, multilabel: bool, C: float = 4.0,
                 class_weight: str | None = "balanced", char_ngrams=(2, 5), max_features: int = 150_000,
                 language_feature: bool = True, language_rules: bool = True, summary_weight: float = 0.0,
                 embedding_weight: float = 0.0, embedding_C: float = 1.0,
                 threshold_folds: int = 3, seed: int = 0, n_jobs: int | None = None):
        self.labels = tuple(labels)
        self.multilabel = multilabel
        self.C, self.class_weight = C, class_weight
        self.char_ngrams, self.max_features = char_ngrams, max_features
        self.language_feature, self.language_rules = language_feature, language_rules
        self.summary_weight = summary_weight
        self.embedding_weight, self.embedding_C = embedding_weight, embedding_C
        self.threshold_folds, self.seed, self.n_jobs = threshold_folds, seed, n_jobs

    def _features(self, texts, langs, summary, ngrams: SharedNgrams | None = None):
        X = self.featurizer_.transform(texts, langs, ngrams)
        if self.summary_weight and summary is not None:
            X = sparse.hstack([X, self.summary_weight * sparse.csr_matrix(summary)], format="csr")
        return X

    def _fit(self, X, Y):
        if self.multilabel:
            return fit_linear_weights(X, Y, C=self.C, class_weight=self.class_weight, n_jobs=self.n_jobs,
                                      seed=self.seed)
        return fit_linear_weights(X, Y.argmax(1), C=self.C, class_weight=self.class_weight,
                                  multiclass=True, n_classes=len(self.labels), seed=self.seed)

    def _fit_dense(self, D, Y):
        if self.multilabel:
            return fit_dense_weights(D, Y, C=self.embedding_C, class_weight=self.class_weight,
                                     n_jobs=self.n_jobs, seed=self.seed)
        return fit_dense_weights(D, Y.argmax(1), C=self.embedding_C, class_weight=self.class_weight,
                                 multiclass=True, n_classes=len(self.labels), seed=self.seed)

    def fit(self, texts: Sequence[str], targets: Sequence, langs: Sequence[str | None],
            summary: np.ndarray | None = None, embeddings: np.ndarray | None = None) -> "DocumentClassifier":
        """``targets``: a label per text (multi-class) or a collection of labels per text;
        ``embeddings``: dense features per text (needed for ``embedding_weight``)."""
        self.labels_ = self.labels
        index = {label: i for i, label in enumerate(self.labels)}
        Y = np.zeros((len(texts), len(self.labels)), dtype=np.int8)
        for r, t in enumerate(targets):
            for label in (t if self.multilabel else [t]):
                if label in index:
                    Y[r, index[label]] = 1
        self.featurizer_ = DocumentFeaturizer(char_ngrams=self.char_ngrams, max_features=self.max_features,
                                              language_feature=self.language_feature).fit(texts)
        X = self._features(texts, langs, summary)
        coef, self.intercept_ = self._fit(X, Y)
        self.coef_ = sparse_operand(_dequantize(*_quantize(coef)))
        dense = self._check_embeddings(embeddings, len(texts))
        if dense is not None:
            e_coef, self.embedding_intercept_ = self._fit_dense(dense, Y)
            self.embedding_coef_ = _dequantize(*_quantize(e_coef))
        else:
            self.embedding_weight, self.embedding_coef_ = 0.0, None
        Z = np.zeros(Y.shape, dtype=np.float32)
        for train, test in _group_folds(np.arange(len(texts)), self.threshold_folds, self.seed):
            c, b = self._fit(X[train], Y[train])
            Z[test] = np.asarray(X[test] @ c.T) + b
            if dense is not None:
                c, b = self._fit_dense(dense[train], Y[train])
                Z[test] += self.embedding_weight * (dense[test] @ c.T + b)
        lang_arr = np.array([str(l) for l in langs])
        if self.multilabel:
            self.rule_ = tune_micro(Z, Y, langs=lang_arr if self.language_rules else None)
        else:
            self.rule_ = tune_class_bias(Z, Y.argmax(1), lang_arr if self.language_rules else None)
        return self

    @property
    def thresholds_(self) -> np.ndarray:
        return _sigmoid(self.rule_.thresholds) if self.multilabel else np.full(len(self.labels), 0.5)

    def predict_proba(self, texts: Sequence[str], langs: Sequence[str | None],
                      summary: np.ndarray | None = None, embeddings: np.ndarray | None = None,
                      ngrams: SharedNgrams | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Scores (sigmoid per label, or softmax over genres) and the decision: a boolean matrix
        of fired labels (multi-label) or the index of the chosen class. ``ngrams``: n-gram counts
        shared with the other classifiers of one prediction."""
        Z = np.asarray(self._features(texts, langs, summary, ngrams) @ self.coef_.T) + self.intercept_
        dense = self._check_embeddings(embeddings, len(texts))
        if dense is not None:
            Z = Z + self.embedding_weight * (dense @ self.embedding_coef_.T + self.embedding_intercept_)
        if self.multilabel:
            return _sigmoid(Z), self.rule_.apply(Z, langs)
        # The class biases act as a prior shift: the softmax of the shifted scores is a proper
        # distribution whose argmax is the tuned decision.
        Z = Z + self.rule_.bias_matrix(langs, len(Z))
        z = Z - Z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True), Z.argmax(axis=1)


def technique_summary(paragraph_proba: np.ndarray, article_of_row: np.ndarray, n_articles: int) -> np.ndarray:
    """Per article: mean and max over its paragraphs of each technique's score."""
    out = np.zeros((n_articles, 2 * paragraph_proba.shape[1]), dtype=np.float32)
    for ai in range(n_articles):
        m = article_of_row == ai
        if m.any():
            out[ai] = np.r_[paragraph_proba[m].mean(0), paragraph_proba[m].max(0)]
    return out
