"""Prediction shares n-gram counts between classifiers (features.SharedNgrams), lays the n-gram
weights out column-major and memoizes span cues: all for speed, none may change a prediction."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from spinscope.cli.analyze import sample_paths
from spinscope.ingest import build_article, read_inputs
from spinscope.models.classifiers import sentence_units
from spinscope.models.features import SharedNgrams, char_vectorizer, word_vectorizer

ODD = ["", " ", "a", "x\u00a0\u2003y  z\t\n\x1c w", "ÄÖ ß İ ǅ ǅ", "a a a ab", "Don't--stop!! 42 42"]


def same_matrix(a, b) -> bool:
    return (type(a) is type(b) and a.shape == b.shape and a.dtype == b.dtype
            and a.indices.dtype == b.indices.dtype and np.array_equal(a.indptr, b.indptr)
            and np.array_equal(a.indices, b.indices) and np.array_equal(a.data, b.data))


@pytest.fixture(scope="module")
def articles(nlp):
    return [build_article(doc, nlp.options) for doc in read_inputs(sample_paths(), nlp.options)]


def test_shared_counts_give_each_packaged_vectorizer_its_own_transform_exactly(nlp, articles):
    m = nlp.model
    docs = [a.text for a in articles] + ODD
    paragraphs = [a.paragraph_text(i) for a in articles for i in range(len(a.paragraphs))]
    sentences = [a.span_text(u) for a in articles for _, u in sentence_units(a)]
    cases = [(m.genre_.featurizer_.word_, docs), (m.genre_.featurizer_.char_, docs),
             (m.frames_.featurizer_.word_, docs), (m.frames_.featurizer_.char_, docs),
             (m.paragraph_.featurizer_.word_, docs), (m.paragraph_.featurizer_.word_, paragraphs),
             (m.paragraph_.sentence_vectorizer_, sentences), (m.sentence_.word_, sentences)]
    # genre and frames cut texts alike but keep different vocabularies: shared counts, own matrices
    assert m.genre_.featurizer_.char_.vocabulary_ != m.frames_.featurizer_.char_.vocabulary_
    shared = SharedNgrams()
    for vectorizer, texts in cases:
        assert same_matrix(shared.transform(vectorizer, texts), vectorizer.transform(texts))
    # one count per distinct (analysis, text): word 1-2-grams and char_wb 2-5-grams
    assert len(shared._counts) == len(set(docs) | set(paragraphs) | set(sentences)) + len(set(docs))


def test_vectorizers_that_cut_text_differently_do_not_share(nlp):
    texts = ["The elites betrayed us again.", "Can we trust the ministry's figures?", "a b c"]
    others = ["Completely different words here.", "betrayed trust figures"]
    word_a, word_b = word_vectorizer(min_df=1).fit(texts), word_vectorizer(min_df=1).fit(others)
    unigram = word_vectorizer((1, 1), min_df=1).fit(texts)
    char_a, char_b = char_vectorizer((2, 5), min_df=1).fit(texts), char_vectorizer((2, 3), min_df=1).fit(texts)
    raw_char = TfidfVectorizer(analyzer="char", ngram_range=(2, 4)).fit(texts)
    upper = TfidfVectorizer(lowercase=False).fit(texts)
    stop = TfidfVectorizer(stop_words=["the", "us"]).fit(texts)  # not shared: transforms on its own
    binary = TfidfVectorizer(binary=True).fit(texts)
    shared = SharedNgrams()
    for v in (word_a, word_b, unigram, char_a, char_b, raw_char, upper, stop, binary, word_a):
        for batch in (texts, others + ODD, texts[:1]):
            assert same_matrix(shared.transform(v, batch), v.transform(batch))
    assert SharedNgrams._key(stop) is None and SharedNgrams._key(binary) is None
    assert SharedNgrams._key(word_a) == SharedNgrams._key(word_b) != SharedNgrams._key(unigram)
    assert SharedNgrams._key(char_a) != SharedNgrams._key(char_b)


def test_predictions_equal_those_without_sharing_or_memo(nlp, articles, monkeypatch):
    model = nlp.model
    shared = model.predict(articles)
    monkeypatch.setattr(SharedNgrams, "transform", lambda self, vectorizer, texts: vectorizer.transform(texts))
    original_cues = type(model.sentence_).word_cues
    monkeypatch.setattr(type(model.sentence_), "word_cues",
                        lambda self, text, label, k=3, memo=None, **kw: original_cues(self, text, label, k, **kw))
    separate = model.predict(articles)
    assert sum(len(p.spans) for p in shared) > 0
    for a, b in zip(shared, separate):
        assert a.genre == b.genre and a.frames == b.frames  # exact floats
        assert a.frames_predicted == b.frames_predicted
        assert a.paragraph_scores == b.paragraph_scores and a.paragraph_predicted == b.paragraph_predicted
        assert [(s.start, s.end, s.label, s.score, s.attrs) for s in a.spans] == \
               [(s.start, s.end, s.label, s.score, s.attrs) for s in b.spans]


def test_word_cues_with_a_memo_equal_those_without(nlp, articles):
    sentence_model = nlp.model.sentence_
    memo: dict = {}
    texts = [a.span_text(u) for a in articles for _, u in sentence_units(a)][:40]
    for text in texts:
        for label in sentence_model.labels_[:6]:
            assert sentence_model.word_cues(text, label, memo=memo) == sentence_model.word_cues(text, label)
    assert len(memo) == len(set(texts))


def test_column_major_weights_give_the_same_sparse_products(nlp, articles):
    m = nlp.model
    for coef in (m.genre_.coef_, m.frames_.coef_, m.paragraph_.coef_, m.paragraph_.sentence_coef_,
                 m.sentence_.coef_):
        assert coef.flags.f_contiguous  # coef.T is read in place by scipy's sparse @ dense
    X = m.genre_.featurizer_.transform([a.text for a in articles], [a.meta.lang for a in articles])
    coef = m.genre_.coef_
    assert np.array_equal(X @ coef.T, X @ np.ascontiguousarray(coef).T)
    assert sparse.issparse(X)
