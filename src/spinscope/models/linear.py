"""A TF-IDF + logistic regression text classifier with per-label decision thresholds.

Word and character n-grams work across all six training languages without a tokenizer per
language, train in minutes on a CPU and explain themselves: every score is a sum of n-gram
weights, so the n-grams that pushed a score up are the cue shown to the analyst.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Collection, Sequence

import numpy as np
from scipy import sparse
from joblib import Parallel, delayed
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from spinscope.models.features import tfidf

WORD_PATTERN = r"(?u)\b\w\w+\b"
_WORD_RE = re.compile(WORD_PATTERN)


class LinearTextClassifier:
    """Multi-label (one logistic regression per label) or multi-class text classifier.

    Constructor stores options only; ``fit`` learns ``labels_``, ``word_``, ``char_``,
    ``coef_``, ``intercept_`` and, for multi-label, ``thresholds_`` tuned for F1 on
    out-of-fold scores.
    """

    def __init__(self, labels: Sequence[str], *, multilabel: bool = True, C: float = 4.0,
                 word_ngrams: tuple[int, int] = (1, 2), char_ngrams: tuple[int, int] | None = (2, 5),
                 max_features: int = 150_000, min_df: int = 2, class_weight: str | None = "balanced",
                 threshold_folds: int = 3, seed: int = 0, n_jobs: int | None = None):
        self.labels = tuple(labels)
        self.multilabel = multilabel
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.max_features = max_features
        self.min_df = min_df
        self.class_weight = class_weight
        self.threshold_folds = threshold_folds
        self.seed = seed
        self.n_jobs = n_jobs

    # -- features -------------------------------------------------------------------------
    def _new_vectorizers(self):
        word = TfidfVectorizer(token_pattern=WORD_PATTERN, ngram_range=self.word_ngrams,
                               min_df=self.min_df, max_features=self.max_features,
                               sublinear_tf=True, lowercase=True, dtype=np.float32)
        char = None
        if self.char_ngrams:
            char = TfidfVectorizer(analyzer="char_wb", ngram_range=self.char_ngrams,
                                   min_df=self.min_df, max_features=self.max_features,
                                   sublinear_tf=True, lowercase=True, dtype=np.float32)
        return word, char

    def _transform(self, texts: Sequence[str], word, char, ngrams=None):
        blocks = [tfidf(word, texts, ngrams)]
        if char is not None:
            blocks.append(tfidf(char, texts, ngrams))
        return sparse.hstack(blocks, format="csr")

    def transform(self, texts: Sequence[str], ngrams=None):
        """``ngrams``: a features.SharedNgrams shared with the other classifiers of one prediction."""
        return self._transform(texts, self.word_, self.char_, ngrams)

    # -- training -------------------------------------------------------------------------
    def _fit_weights(self, X, Y) -> tuple[np.ndarray, np.ndarray]:
        if not self.multilabel:
            model = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000,
                                       random_state=self.seed)
            model.fit(X, Y)
            coef = np.zeros((len(self.labels), X.shape[1]), dtype=np.float32)
            intercept = np.full(len(self.labels), -30.0, dtype=np.float32)
            for row, cls in enumerate(model.classes_):
                coef[cls] = model.coef_[row] if len(model.classes_) > 2 else (
                    model.coef_[0] * (1 if row == 1 else -1) / 2)
                intercept[cls] = model.intercept_[row] if len(model.classes_) > 2 else (
                    model.intercept_[0] * (1 if row == 1 else -1) / 2)
            return coef, intercept
        coef = np.zeros((Y.shape[1], X.shape[1]), dtype=np.float32)
        intercept = np.full(Y.shape[1], -30.0, dtype=np.float32)  # labels never seen: never fire

        def fit_one(j):
            model = LogisticRegression(C=self.C, class_weight=self.class_weight, solver="liblinear",
                                       dual=X.shape[0] < X.shape[1], max_iter=2000, random_state=self.seed)
            model.fit(X, Y[:, j])
            return j, model.coef_[0], model.intercept_[0]

        trainable = [j for j in range(Y.shape[1]) if 0 < Y[:, j].sum() < len(Y)]
        # liblinear releases the GIL, so threads share X without copying it per label.
        for j, w, b in Parallel(n_jobs=self.n_jobs, prefer="threads")(delayed(fit_one)(j) for j in trainable):
            coef[j], intercept[j] = w, b
        return coef, intercept

    def _targets(self, targets) -> np.ndarray:
        if not self.multilabel:
            index = {label: i for i, label in enumerate(self.labels)}
            return np.array([index[t] for t in targets])
        return multi_hot(targets, self.labels)

    def fit(self, texts: Sequence[str], targets: Sequence, groups: Sequence | None = None) -> "LinearTextClassifier":
        """``targets``: a label per text (multi-class) or a set of labels per text (multi-label).

        ``groups`` (e.g. article ids) keep the texts of one group in the same threshold fold.
        """
        texts = list(texts)
        Y = self._targets(targets)
        self.labels_ = self.labels
        self.word_, self.char_ = self._new_vectorizers()
        self.word_.fit(texts)
        if self.char_ is not None:
            self.char_.fit(texts)
        X = self.transform(texts)
        coef, self.intercept_ = self._fit_weights(X, Y)
        self.coef_ = sparse_operand(_dequantize(*_quantize(coef)))
        if self.multilabel:
            self.thresholds_ = self._tune_thresholds(texts, Y, groups)
        return self

    def _tune_thresholds(self, texts, Y, groups) -> np.ndarray:
        """Per-label thresholds maximising F1 on out-of-fold scores (refit features per fold)."""
        oof = np.zeros(Y.shape, dtype=np.float32)
        keys = np.asarray(groups) if groups is not None else np.arange(len(texts))
        unique = np.unique(keys)
        folds = KFold(self.threshold_folds, shuffle=True, random_state=self.seed)
        for train_keys, test_keys in folds.split(unique):
            train = np.isin(keys, unique[train_keys])
            test = ~train
            word, char = self._new_vectorizers()
            train_texts = [t for t, m in zip(texts, train) if m]
            word.fit(train_texts)
            if char is not None:
                char.fit(train_texts)
            X_train = self._transform(train_texts, word, char)
            X_test = self._transform([t for t, m in zip(texts, test) if m], word, char)
            coef, intercept = self._fit_weights(X_train, Y[train])
            oof[test] = _sigmoid(X_test @ coef.T + intercept)
        thresholds = np.ones(Y.shape[1], dtype=np.float32)
        grid = np.linspace(0.05, 0.95, 37)
        for j in range(Y.shape[1]):
            y = Y[:, j].astype(bool)
            if not y.any():
                continue
            best_f1, best_t = -1.0, 0.5
            for t in grid:
                p = oof[:, j] >= t
                tp = np.sum(p & y)
                f1 = 2 * tp / (p.sum() + y.sum()) if tp else 0.0
                if f1 > best_f1:
                    best_f1, best_t = f1, t
            thresholds[j] = best_t
        return thresholds

    # -- persistence: int8 weights on disk ---------------------------------------------
    def __getstate__(self):
        state = self.__dict__.copy()
        if "coef_" in state:
            state["coef_"] = _quantize(state["coef_"])
        return state

    def __setstate__(self, state):
        if isinstance(state.get("coef_"), tuple):
            state["coef_"] = sparse_operand(_dequantize(*state["coef_"]))
        self.__dict__.update(state)

    # -- prediction -----------------------------------------------------------------------
    def decision(self, X) -> np.ndarray:
        return np.asarray(X @ self.coef_.T) + self.intercept_

    def predict_proba(self, texts: Sequence[str] | None = None, X=None, ngrams=None) -> np.ndarray:
        """Scores in [0, 1], one column per label (softmax for multi-class)."""
        X = self.transform(texts, ngrams) if X is None else X
        z = self.decision(X)
        if self.multilabel:
            return _sigmoid(z)
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, texts: Sequence[str]) -> list:
        proba = self.predict_proba(texts)
        if not self.multilabel:
            return [self.labels_[i] for i in proba.argmax(axis=1)]
        return [{self.labels_[j] for j in np.flatnonzero(row >= self.thresholds_)} for row in proba]

    def word_cues(self, text: str, label: str, k: int = 3, memo: dict | None = None,
                  content_df_share: float | None = None,
                  frequent_words: Collection[str] | None = None) -> list[tuple[int, int, float]]:
        """Character ranges of the word n-grams in ``text`` that raise ``label``'s score most.

        Returns up to ``k`` ``(start, end, weight)`` triples with positive weight, best first.
        ``memo``: a dict kept across calls on the same texts (a sentence often carries several
        techniques): each text is then cut into n-grams once.
        ``content_df_share``: if set, only n-grams with at least one content word qualify (see
        :meth:`content_idf`); a text whose positive n-grams are all function words has no cue.
        ``frequent_words``: the frequent words of the text's language (see :func:`frequent_words`;
        lower-cased); if given, a content word is any word not among them and
        ``content_df_share`` is not used (the pooled share is the fallback for a language
        without such a list).
        """
        j = self.labels_.index(label)
        found = memo.get(text) if memo is not None else None
        if found is None:
            found = self._vocabulary_grams(text)
            if memo is not None:
                memo[text] = found
        starts, ends, cols, top_idf, words, bounds = found
        # float32 products, element by element the same as one n-gram at a time
        weights = self.coef_[j, cols] * self.word_.idf_[cols]
        if frequent_words is not None:
            content = [w not in frequent_words for w in words]
            weights = np.where(np.array([any(content[a:b]) for a, b in bounds], dtype=bool), weights, 0)
        elif content_df_share is not None:
            weights = np.where(top_idf >= self.content_idf(content_df_share), weights, 0)
        return best_disjoint(starts, ends, weights, k)

    @staticmethod
    def content_idf(df_share: float) -> float:
        """The smallest unigram idf of a content word: one found in at most ``df_share`` of the
        training texts. A content word is defined from the model's own data, not from stopword
        lists (six training languages and unknown surprise ones): articles, pronouns,
        prepositions and auxiliaries are the words found in a large share of the sentences. The
        share is read off the idf the word vectorizer already stores (smooth idf: idf =
        ln((1 + n) / (1 + df)) + 1, so df / n ~ exp(1 - idf) for the frequent words concerned),
        so models saved before this option need no retraining. The share is pooled over the
        training languages: :func:`frequent_words` gives one per language."""
        return 1.0 + float(np.log(1.0 / df_share))

    def _vocabulary_grams(self, text: str):
        """Start, end and vocabulary column of each word n-gram of ``text`` in the vocabulary
        (n-grams by length, then by position), the largest unigram idf of its words (inf
        for a word outside the unigram vocabulary: a rare word), the text's lower-cased words and
        each n-gram's word range (first, last + 1)."""
        vocab = self.word_.vocabulary_
        idf = self.word_.idf_
        matches = list(_WORD_RE.finditer(text))
        words = [m.group().lower() for m in matches]
        word_idf = [float(idf[c]) if (c := vocab.get(w)) is not None else np.inf for w in words]
        starts, ends, cols, top_idf, bounds = [], [], [], [], []
        lo, hi = self.word_ngrams
        for n in range(lo, hi + 1):
            grams = [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]
            for i, col in enumerate(map(vocab.get, grams)):
                if col is not None:
                    starts.append(matches[i].start())
                    ends.append(matches[i + n - 1].end())
                    cols.append(col)
                    top_idf.append(max(word_idf[i:i + n]))
                    bounds.append((i, i + n))
        return (starts, ends, np.array(cols, dtype=np.intp), np.array(top_idf, dtype=np.float64),
                words, bounds)


def multi_hot(targets: Sequence[Collection[str]], labels: Sequence[str]) -> np.ndarray:
    """One row per item, one 0/1 column per label; labels outside ``labels`` are ignored."""
    index = {label: i for i, label in enumerate(labels)}
    Y = np.zeros((len(targets), len(labels)), dtype=np.int8)
    for row, item_labels in enumerate(targets):
        for label in item_labels:
            if label in index:
                Y[row, index[label]] = 1
    return Y


def best_disjoint(starts: Sequence[int], ends: Sequence[int], weights, k: int) -> list[tuple[int, int, float]]:
    """Up to ``k`` non-overlapping ``(start, end, weight)`` ranges with positive weight, heaviest
    first (a heavier range shadows every range it overlaps)."""
    candidates = [(s, e, float(w)) for s, e, w in zip(starts, ends, weights) if w > 0]
    candidates.sort(key=lambda c: -c[2])
    chosen: list[tuple[int, int, float]] = []
    for c in candidates:
        if all(c[1] <= s or c[0] >= e for s, e, _ in chosen):
            chosen.append(c)
        if len(chosen) == k:
            break
    return chosen


def frequent_words(texts: Sequence[str], langs: Sequence[str | None], share: float) -> dict[str, list[str]]:
    """Per language, the words (``WORD_PATTERN`` matches, lower-cased, as :meth:`word_cues`
    cuts them) found in more than ``share`` of that language's texts, sorted: its function
    words (articles, pronouns, prepositions, auxiliaries...), a few hundred at 0.5% of
    sentences. Texts without a language count for none. A language's own share, unlike the
    pooled idf of :meth:`LinearTextClassifier.content_idf`, where one language's function
    words are rare among the other five languages' sentences."""
    counts: dict[str, Counter] = {}
    n: Counter = Counter()
    for text, lang in zip(texts, langs):
        if not lang:
            continue
        counts.setdefault(lang, Counter()).update({m.group().lower() for m in _WORD_RE.finditer(text)})
        n[lang] += 1
    return {lang: sorted(w for w, k in c.items() if k / n[lang] > share) for lang, c in sorted(counts.items())}


def _quantize(coef: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weights as int8 with one scale per label: a quarter of the size, same predictions.

    The model predicts with the dequantized weights from the moment it is fitted, so saving and
    reloading change nothing; the rounding error (< 0.4% of a label's largest weight) is far
    below what moves a decision.
    """
    coef = np.ascontiguousarray(coef)  # saved row-major whatever the layout in memory
    scale = np.abs(coef).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    return np.round(coef / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def _dequantize(q: np.ndarray, scale: np.ndarray) -> np.ndarray:
    return q.astype(np.float32) * scale[:, None]


def sparse_operand(coef: np.ndarray) -> np.ndarray:
    """``coef`` (labels x features) stored column-major, so that ``X @ coef.T`` with sparse ``X``
    reads ``coef.T`` in place: scipy copies a dense right operand that is not row-major on every
    product (the whole weight matrix, 37 MB for the default model's paragraphs, for each batch
    and 12 MB for each article's sentences). Same values, same products."""
    return np.asfortranarray(coef)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _class_weights(model: LogisticRegression, n_classes: int, n_features: int) -> tuple[np.ndarray, np.ndarray]:
    """One row of weights per class index, from a fitted (multinomial or binary) regression;
    classes absent from training get an intercept of -30."""
    coef = np.zeros((n_classes, n_features), dtype=np.float32)
    intercept = np.full(n_classes, -30.0, dtype=np.float32)
    if len(model.classes_) == 2:
        for row, cls in enumerate(model.classes_):
            sign = 1 if row == 1 else -1
            coef[cls], intercept[cls] = model.coef_[0] * sign / 2, model.intercept_[0] * sign / 2
    else:
        for row, cls in enumerate(model.classes_):
            coef[cls], intercept[cls] = model.coef_[row], model.intercept_[row]
    return coef, intercept


def _fit_per_label(fit_one, trainable: list[int], n_labels: int, n_features: int,
                   n_jobs: int | None) -> tuple[np.ndarray, np.ndarray]:
    """Weights of ``fit_one(j) -> (j, coef, intercept)`` for each trainable label, in threads;
    the other labels get an intercept of -30: they never fire."""
    coef = np.zeros((n_labels, n_features), dtype=np.float32)
    intercept = np.full(n_labels, -30.0, dtype=np.float32)
    for j, w, b in Parallel(n_jobs=n_jobs, prefer="threads")(delayed(fit_one)(j) for j in trainable):
        coef[j], intercept[j] = w, b
    return coef, intercept


def fit_linear_weights(X, Y, *, C: float = 4.0, class_weight: str | None = "balanced",
                       n_jobs: int | None = None, multiclass: bool = False, n_classes: int | None = None,
                       seed: int = 0, known: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Weights of one liblinear logistic regression per column of ``Y`` (multi-label), or of one
    multinomial regression over the class indices ``Y`` (``multiclass``). Labels never seen as
    both positive and negative get an intercept of -30: they never fire. ``known`` (multi-label
    only, boolean like ``Y``) leaves out of label j's fit the rows where label j is unknown."""
    if multiclass:
        model = LogisticRegression(C=C, class_weight=class_weight, max_iter=2000, random_state=seed)
        model.fit(X, Y)
        return _class_weights(model, n_classes, X.shape[1])
    if sparse.issparse(X):
        # every thread's fit checks X and would sort its indices in place when they are not sorted
        # (an hstack of feature blocks leaves them so): threads racing on one matrix corrupt memory
        # ("indices array has fewer than nnz elements", munmap_chunk), so X is made canonical once here
        X = X.tocsr()
        X.sum_duplicates()
        X.sort_indices()

    def fit_one(j):
        Xj, yj = X, Y[:, j]
        if known is not None and not known[:, j].all():
            Xj, yj = X[known[:, j]], yj[known[:, j]]
        # the dual problem has one variable per row: with far more n-grams than rows it converges
        # 4-6x faster to the same weights (measured on the paragraph features)
        model = LogisticRegression(C=C, class_weight=class_weight, solver="liblinear", max_iter=2000,
                                   dual=Xj.shape[0] < Xj.shape[1], random_state=seed)
        model.fit(Xj, yj)
        return j, model.coef_[0], model.intercept_[0]

    def seen_both(j):
        y = Y[:, j] if known is None else Y[known[:, j], j]
        return 0 < y.sum() < len(y)

    # liblinear releases the GIL, so threads share X without copying it per label.
    return _fit_per_label(fit_one, [j for j in range(Y.shape[1]) if seen_both(j)], Y.shape[1], X.shape[1], n_jobs)


def fit_dense_weights(X: np.ndarray, Y: np.ndarray, *, C: float = 1.0, class_weight: str | None = "balanced",
                      n_jobs: int | None = None, multiclass: bool = False, n_classes: int | None = None,
                      seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Like :func:`fit_linear_weights`, for a dense matrix of a few hundred columns (sentence
    embeddings): L-BFGS converges there 5x faster than liblinear (measured on paragraph
    embeddings), and the intercept is not penalised."""
    if multiclass:
        model = LogisticRegression(C=C, class_weight=class_weight, max_iter=1000, random_state=seed)
        model.fit(X, Y)
        return _class_weights(model, n_classes, X.shape[1])
    def fit_one(j):
        model = LogisticRegression(C=C, class_weight=class_weight, max_iter=1000, random_state=seed)
        model.fit(X, Y[:, j])
        return j, model.coef_[0], model.intercept_[0]

    trainable = [j for j in range(Y.shape[1]) if 0 < Y[:, j].sum() < len(Y)]
    return _fit_per_label(fit_one, trainable, Y.shape[1], X.shape[1], n_jobs)
