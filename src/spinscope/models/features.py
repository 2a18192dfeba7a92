"""Feature matrices for spinscope's linear models: paragraphs in their article, whole documents.

A paragraph alone often does not say whether it persuades: the article around it does (an opinion
piece full of loaded language, a quoted politician two paragraphs up). ``ParagraphFeaturizer``
therefore appends, at lower weights, the TF-IDF of the whole article and of the neighbouring
paragraphs to the paragraph's own word and character n-grams, plus the language and position.
The paragraph's own word n-grams come first so their weights can be read back as cues
(``LinearTextClassifier.word_cues``).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain, repeat
from typing import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

WORD_PATTERN = r"(?u)\b\w\w+\b"
# ISO 639-1 codes of the training languages; any other language gets no language feature.
LANGUAGES = ("en", "fr", "de", "it", "pl", "ru")
FOLDER_TO_ISO = {"en": "en", "fr": "fr", "ge": "de", "it": "it", "po": "pl", "ru": "ru",
                 "es": "es", "gr": "el", "ka": "ka"}


def word_vectorizer(ngrams=(1, 2), min_df=2, max_features=150_000) -> TfidfVectorizer:
    return TfidfVectorizer(token_pattern=WORD_PATTERN, ngram_range=tuple(ngrams), min_df=min_df,
                           max_features=max_features, sublinear_tf=True, lowercase=True, dtype=np.float32)


def char_vectorizer(ngrams=(2, 5), min_df=2, max_features=150_000) -> TfidfVectorizer:
    return TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(ngrams), min_df=min_df,
                           max_features=max_features, sublinear_tf=True, lowercase=True, dtype=np.float32)


# TfidfVectorizer parameters that decide which n-grams a text yields; the others (min_df,
# max_features, sublinear_tf, ...) decide only which are kept and how they are weighted.
_ANALYSIS_PARAMS = ("analyzer", "ngram_range", "lowercase", "strip_accents", "token_pattern",
                    "encoding", "decode_error")


class SharedNgrams:
    """Each text's n-gram counts, computed once per analysis and shared by every TF-IDF vectorizer
    that cuts text into n-grams the same way.

    Cutting a text into n-grams is most of what a TF-IDF transform costs, and the default model
    does it several times over the same texts: genre and frames both take the whole article's
    word and character n-grams (from vocabularies fitted on different training sets, so their
    matrices differ and cannot be shared themselves), the paragraph classifier takes the
    article's word n-grams again for its context block, and the sentence pool and the span picker
    score the same sentences. ``transform(vectorizer, texts)`` equals
    ``vectorizer.transform(texts)`` exactly: the same counts, then the vectorizer's own TF-IDF
    step (tests/test_shared_ngrams.py checks it on the packaged model). One instance serves one
    ``SpinModel.predict`` call: it keeps the counts of every text it has seen.
    """

    def __init__(self):
        self._counts: dict[tuple, Counter] = {}  # (analysis key, text) -> n-gram counts
        self._analyzers: dict[tuple, object] = {}

    @staticmethod
    def _key(vectorizer) -> tuple | None:
        """What decides the vectorizer's n-grams, or None when it is not a plain fitted
        TfidfVectorizer over strings (it then transforms on its own)."""
        if type(vectorizer) is not TfidfVectorizer or not hasattr(vectorizer, "_tfidf"):
            return None
        params = vectorizer.get_params()
        if (params["input"] != "content" or params["analyzer"] not in ("word", "char", "char_wb")
                or params["preprocessor"] is not None or params["tokenizer"] is not None
                or params["stop_words"] is not None or params["binary"]):
            return None
        return tuple(params[name] for name in _ANALYSIS_PARAMS)

    def transform(self, vectorizer, texts: Sequence[str]):
        key = self._key(vectorizer)
        if key is None:
            return vectorizer.transform(texts)
        analyze = self._analyzers.get(key)
        if analyze is None:
            analyze = self._analyzers[key] = vectorizer.build_analyzer()
        counts = []
        for text in texts:
            found = self._counts.get((key, text))
            if found is None:
                found = self._counts[(key, text)] = Counter(analyze(text))
            counts.append(found)
        # The count matrix of CountVectorizer._count_vocab (n-grams outside the vocabulary
        # dropped, integer counts, sorted indices: the row norms sum in that order), with the
        # vocabulary look-ups done in C.
        vocab = vectorizer.vocabulary_
        n = sum(map(len, counts))
        cols = np.fromiter(map(vocab.get, chain.from_iterable(counts), repeat(-1)), dtype=np.int64, count=n)
        values = np.fromiter(chain.from_iterable(c.values() for c in counts), dtype=np.intc, count=n)
        keep = cols >= 0
        rows = np.repeat(np.arange(len(counts)), [len(c) for c in counts])[keep]
        indptr = np.zeros(len(counts) + 1, dtype=np.int32)
        np.cumsum(np.bincount(rows, minlength=len(counts)), out=indptr[1:])
        X = sparse.csr_array((values[keep], cols[keep].astype(np.int32), indptr),
                             shape=(len(counts), len(vocab)), dtype=vectorizer.dtype)
        X.sort_indices()
        return vectorizer._tfidf.transform(X, copy=False)


def tfidf(vectorizer, texts: Sequence[str], ngrams: SharedNgrams | None = None):
    """``vectorizer.transform(texts)``, through ``ngrams`` when given."""
    return ngrams.transform(vectorizer, texts) if ngrams is not None else vectorizer.transform(texts)


def language_onehot(langs: Sequence[str | None]) -> sparse.csr_matrix:
    index = {lang: i for i, lang in enumerate(LANGUAGES)}
    rows, cols = [], []
    for r, lang in enumerate(langs):
        col = index.get(FOLDER_TO_ISO.get(lang, lang) if lang else None)
        if col is not None:
            rows.append(r)
            cols.append(col)
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                             shape=(len(langs), len(LANGUAGES)))


_QUOTES = re.compile(r"[\"“”«»„‘’]")
_CAPS_WORD = re.compile(r"\b[^\W\d_]{3,}\b")


def surface_features(texts: Sequence[str]) -> np.ndarray:
    """What word n-grams cannot see: length (longer paragraphs carry more techniques),
    question and exclamation marks (doubt, loaded language), quotation marks (authority,
    quoted voices) and shouting in capitals. Each is log-scaled to stay near the TF-IDF range."""
    out = np.zeros((len(texts), 5), dtype=np.float32)
    for i, t in enumerate(texts):
        caps = sum(1 for w in _CAPS_WORD.findall(t) if w.isupper())
        out[i] = (np.log1p(len(t)) / 8, np.log1p(t.count("?")), np.log1p(t.count("!")),
                  np.log1p(len(_QUOTES.findall(t))) / 2, np.log1p(caps))
    return out


class DocumentFeaturizer:
    """Word (1-2) and character n-gram TF-IDF of a whole text, plus its language."""

    def __init__(self, word_ngrams=(1, 2), char_ngrams=(2, 5), max_features=150_000, min_df=2,
                 language_feature=True):
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.max_features = max_features
        self.min_df = min_df
        self.language_feature = language_feature

    def fit(self, texts: Sequence[str]) -> "DocumentFeaturizer":
        self.word_ = word_vectorizer(self.word_ngrams, self.min_df, self.max_features).fit(texts)
        self.char_ = (char_vectorizer(self.char_ngrams, self.min_df, self.max_features).fit(texts)
                      if self.char_ngrams else None)
        return self

    def transform(self, texts: Sequence[str], langs: Sequence[str | None] | None = None,
                  ngrams: SharedNgrams | None = None):
        blocks = [tfidf(self.word_, texts, ngrams)]
        if self.char_ is not None:
            blocks.append(tfidf(self.char_, texts, ngrams))
        if self.language_feature:
            blocks.append(language_onehot(langs if langs is not None else [None] * len(texts)))
        return sparse.hstack(blocks, format="csr", dtype=np.float32)


class ParagraphFeaturizer:
    """Features of paragraph ``pi`` of an article: its own n-grams plus its context.

    Blocks: paragraph word n-grams | paragraph char n-grams | ``context_weight`` x article word
    TF-IDF | ``neighbour_weight`` x mean word TF-IDF of the previous and next paragraphs |
    language one-hot | position (is title, is first body paragraph, relative position).
    """

    def __init__(self, word_ngrams=(1, 2), char_ngrams=(2, 5), max_features=150_000, min_df=2,
                 context_weight=0.5, neighbour_weight=0.3, language_feature=True, surface_feature=False):
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.max_features = max_features
        self.min_df = min_df
        self.context_weight = context_weight
        self.neighbour_weight = neighbour_weight
        self.language_feature = language_feature
        self.surface_feature = surface_feature

    def fit(self, articles: Sequence) -> "ParagraphFeaturizer":
        texts = [a.paragraph_text(i) for a in articles for i in range(len(a.paragraphs))]
        self.word_ = word_vectorizer(self.word_ngrams, self.min_df, self.max_features).fit(texts)
        self.char_ = (char_vectorizer(self.char_ngrams, self.min_df, self.max_features).fit(texts)
                      if self.char_ngrams else None)
        return self

    @property
    def n_word_features(self) -> int:
        return len(self.word_.vocabulary_)

    def transform_rows(self, articles: Sequence, rows: Sequence[tuple[int, int]],
                       langs: Sequence[str | None] | None = None, ngrams: SharedNgrams | None = None):
        """Feature rows for ``(article index, paragraph index)`` pairs."""
        needed = sorted({ai for ai, _ in rows})
        first: dict[int, int] = {}
        texts: list[str] = []
        for ai in needed:
            first[ai] = len(texts)
            a = articles[ai]
            texts.extend(a.paragraph_text(i) for i in range(len(a.paragraphs)))
        W = tfidf(self.word_, texts, ngrams) if texts else sparse.csr_matrix((0, self.n_word_features))
        sel = np.array([first[ai] + pi for ai, pi in rows], dtype=int)
        blocks = [W[sel]]
        if self.char_ is not None:
            blocks.append(tfidf(self.char_, [texts[i] for i in sel], ngrams))
        if self.context_weight:
            D = tfidf(self.word_, [articles[ai].text for ai in needed], ngrams)
            pos = {ai: r for r, ai in enumerate(needed)}
            blocks.append(self.context_weight * D[[pos[ai] for ai, _ in rows]])
        if self.neighbour_weight:
            n_par = {ai: len(articles[ai].paragraphs) for ai in needed}
            r_idx, c_idx = [], []
            for r, (ai, pi) in enumerate(rows):
                for q in (pi - 1, pi + 1):
                    if 0 <= q < n_par[ai]:
                        r_idx.append(r)
                        c_idx.append(first[ai] + q)
            M = sparse.csr_matrix((np.ones(len(r_idx), dtype=np.float32), (r_idx, c_idx)),
                                  shape=(len(rows), len(texts)))
            blocks.append(self.neighbour_weight * normalize(M @ W))
        if self.language_feature:
            lang_of = langs if langs is not None else [getattr(a.meta, "lang", None) for a in articles]
            blocks.append(language_onehot([lang_of[ai] for ai, _ in rows]))
        position = np.zeros((len(rows), 3), dtype=np.float32)
        for r, (ai, pi) in enumerate(rows):
            n = len(articles[ai].paragraphs)
            position[r] = (pi == 0, pi == 1, pi / max(1, n - 1))
        blocks.append(sparse.csr_matrix(position))
        if getattr(self, "surface_feature", False):
            blocks.append(sparse.csr_matrix(surface_features([texts[i] for i in sel])))
        return sparse.hstack(blocks, format="csr", dtype=np.float32)

    def transform(self, articles: Sequence, langs: Sequence[str | None] | None = None,
                  ngrams: SharedNgrams | None = None):
        """Feature rows for every paragraph of every article, in order."""
        rows = [(ai, pi) for ai, a in enumerate(articles) for pi in range(len(a.paragraphs))]
        return self.transform_rows(articles, rows, langs, ngrams)


def paragraph_embedding_features(embeddings: np.ndarray, article_of_row: np.ndarray,
                                 context_weight: float = 0.5, neighbour_weight: float = 0.3) -> np.ndarray:
    """Dense features of each paragraph from its sentence-encoder embedding, in the same layout as
    the n-gram blocks of :class:`ParagraphFeaturizer`: the paragraph | ``context_weight`` x the mean
    of its article's paragraphs | ``neighbour_weight`` x the mean of the previous and next ones.
    Rows are paragraphs in article order; ``article_of_row`` says whose they are."""
    E = np.asarray(embeddings, dtype=np.float32)
    article_of_row = np.asarray(article_of_row)
    n_articles = int(article_of_row.max()) + 1 if len(article_of_row) else 0
    mean = np.zeros((n_articles, E.shape[1]), dtype=np.float32)
    np.add.at(mean, article_of_row, E)
    mean /= np.maximum(np.bincount(article_of_row, minlength=n_articles), 1)[:, None]
    neighbours = np.zeros_like(E)
    for r in range(len(E)):
        near = [q for q in (r - 1, r + 1) if 0 <= q < len(E) and article_of_row[q] == article_of_row[r]]
        if near:
            neighbours[r] = E[near].mean(axis=0)
    return np.hstack([E, context_weight * mean[article_of_row], neighbour_weight * neighbours])


def document_embedding_features(embeddings: np.ndarray, article_of_row: np.ndarray, n_articles: int,
                                first_weight: float = 0.5) -> np.ndarray:
    """Dense features of each article: the mean of its paragraph embeddings | ``first_weight`` x
    its first paragraph's (the title, in every reader's layout)."""
    E = np.asarray(embeddings, dtype=np.float32)
    article_of_row = np.asarray(article_of_row)
    mean = np.zeros((n_articles, E.shape[1]), dtype=np.float32)
    first = np.zeros((n_articles, E.shape[1]), dtype=np.float32)
    np.add.at(mean, article_of_row, E)
    mean /= np.maximum(np.bincount(article_of_row, minlength=n_articles), 1)[:, None]
    seen = set()
    for r, ai in enumerate(article_of_row):
        if ai not in seen:
            seen.add(ai)
            first[ai] = E[r]
    return np.hstack([mean, first_weight * first])
