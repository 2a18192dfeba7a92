"""Span cues contain a content word: a short-span technique is narrowed to an n-gram with at least
one word that is not among the most frequent of the sentence classifier's training sentences
(``ModelConfig.content_df_share``; measured in scripts/experiments/span_cues.py)."""

from __future__ import annotations

import numpy as np
import pytest

from spinscope.document import Span
from spinscope.models.linear import LinearTextClassifier
from spinscope.models.model import ModelConfig, SpinModel

LABELS = ("Loaded_Language", "Doubt")
FILLER = ["the committee met on tuesday", "the train will resume on monday", "the report was late",
          "the budget of the city", "the weather was mild", "the minister spoke of the plan"]


@pytest.fixture(scope="module")
def classifier():
    """Sentences where "the" is in every one (a function word) and "traitors" in a few."""
    texts = FILLER * 4 + ["the traitors lied", "the vile traitors", "can we trust the figures"] * 2
    targets = [set()] * 24 + [{"Loaded_Language"}, {"Loaded_Language"}, {"Doubt"}] * 2
    clf = LinearTextClassifier(LABELS, char_ngrams=None, min_df=1, threshold_folds=2).fit(texts, targets)
    # weights set by hand: the function word "the" outweighs the content word "traitors"
    coef = np.zeros_like(clf.coef_)
    vocab = clf.word_.vocabulary_
    coef[0, vocab["the"]] = 50.0
    coef[0, vocab["traitors"]] = 1.0
    clf.coef_ = np.asfortranarray(coef)
    return clf


def test_the_share_of_a_word_is_read_off_its_idf(classifier):
    idf = classifier.word_.idf_
    vocab = classifier.word_.vocabulary_
    # "the" is in every sentence: df share 1, idf 1, below any content threshold
    assert idf[vocab["the"]] == pytest.approx(1.0)
    assert idf[vocab["the"]] < LinearTextClassifier.content_idf(0.5)
    assert idf[vocab["traitors"]] >= LinearTextClassifier.content_idf(0.2)  # 4 of 30 sentences
    assert LinearTextClassifier.content_idf(0.02) == pytest.approx(1 + np.log(50))


def test_a_function_word_is_not_the_cue_when_a_content_ngram_has_positive_weight(classifier):
    text = "Once again the traitors lied"
    old = classifier.word_cues(text, "Loaded_Language")
    assert text[old[0][0]:old[0][1]] == "the"  # the function word won on weight alone
    new = classifier.word_cues(text, "Loaded_Language", content_df_share=0.2)
    words = [text[s:e] for s, e, _ in new]
    assert words[0] in ("the traitors", "traitors")  # an n-gram holding a content word
    assert "the" not in words
    assert all(w > 0 for _, _, w in new)


class _Article:
    def __init__(self, text):
        self.text = text

    def span_text(self, span):
        return self.text[span.start:span.end]


def test_a_sentence_with_only_function_word_cues_keeps_the_sentence_span(classifier):
    text = "Of the plan and the rest."
    assert classifier.word_cues(text, "Loaded_Language")  # "the" has positive weight ...
    assert classifier.word_cues(text, "Loaded_Language", content_df_share=0.2) == []  # ... but is no cue
    model = SpinModel(ModelConfig(content_df_share=0.2))
    model.sentence_ = classifier
    sentence = Span(0, len(text))
    span = model._span_for(_Article(text), sentence, "Loaded_Language", 0.9, 0.8)
    # no meaningful cue: the whole sentence, as for a sentence without any positive cue
    assert (span.start, span.end) == (sentence.start, sentence.end)
    assert span.attrs["cue"] is None and "Cue:" not in span.attrs["explanation"]
    model.config = ModelConfig(content_df_share=None)  # the old choice: the function word
    old = model._span_for(_Article(text), sentence, "Loaded_Language", 0.9, 0.8)
    assert old.attrs["cue"] == "the" and len(old) == 3


def test_the_option_is_saved_and_reloaded_with_the_config():
    assert ModelConfig.from_dict({"content_df_share": 0.05}).content_df_share == 0.05
    assert ModelConfig.from_dict({"content_df_share": None}).content_df_share is None
