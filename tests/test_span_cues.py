"""Span cues contain a content word: a short-span technique is narrowed to an n-gram with at least
one word that is not among the most frequent of the sentence classifier's training sentences
(``ModelConfig.content_df_share``; measured in scripts/experiments/span_cues.py), and per language:
a word frequent among the training sentences of the article's language is no content word
(``ModelConfig.language_content_share``, round 2 of that experiment)."""

from __future__ import annotations

import numpy as np
import pytest

from spinscope.document import Span
from spinscope.document import Metadata
from spinscope.models.linear import LinearTextClassifier, frequent_words
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
    def __init__(self, text, lang=None):
        self.text = text
        self.meta = Metadata("a", lang=lang)

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


def test_frequent_words_are_counted_within_each_language():
    texts = ["the plan was late", "the vote", "the traitors lied", "a budget",
             "die Regierung spricht", "die Lage", "einen Blick", "die Zahlen"]
    langs = ["en"] * 4 + ["de"] * 4
    table = frequent_words(texts, langs, 0.5)
    assert table == {"de": ["die"], "en": ["the"]}  # 3 of 4 sentences each; "die" rare pooled (3/8)
    assert frequent_words(texts, langs, 0.8) == {"de": [], "en": []}
    assert frequent_words(["The THE the"], [None], 0.1) == {}  # no language: counted for none


def test_a_function_word_of_one_language_is_no_cue_there_but_still_one_in_another(classifier):
    text = "Once again the traitors lied"
    model = SpinModel(ModelConfig(content_df_share=None, language_content_share=0.005))
    model.sentence_ = classifier
    model.frequent_words_ = {"en": frozenset({"the", "again"}), "de": frozenset({"die", "einen"})}
    sentence = Span(0, len(text))

    def cue(lang):
        return model._span_for(_Article(text, lang), sentence, "Loaded_Language", 0.9, 0.8).attrs["cue"]
    assert cue("en") in ("the traitors", "traitors")  # "the" is an English function word
    assert cue("de") == "the"  # not a German one: the weights alone choose, as without any rule
    assert cue("ge") == "the"  # the SemEval folder code is the same language
    # a language without a list falls back to the pooled rule (here: off, so "the")
    assert cue("es") == "the" and cue(None) == "the"
    model.config = ModelConfig(content_df_share=0.2, language_content_share=0.005)
    assert cue("es") in ("the traitors", "traitors")  # pooled: "the" is in every training sentence
    assert cue("de") == "the"  # the language's list, not the pooled share, decides for German


def test_without_a_table_or_with_the_option_off_the_pooled_rule_decides(classifier):
    text = "Of the plan and the rest."
    sentence = Span(0, len(text))
    model = SpinModel(ModelConfig(content_df_share=0.2, language_content_share=0.005))
    model.sentence_ = classifier  # no frequent_words_: a model saved before the lists
    span = model._span_for(_Article(text, "en"), sentence, "Loaded_Language", 0.9, 0.8)
    assert (span.start, span.end) == (0, len(text)) and span.attrs["cue"] is None
    model.frequent_words_ = {"en": frozenset()}
    model.config = ModelConfig(content_df_share=0.2, language_content_share=None)  # option off
    span = model._span_for(_Article(text, "en"), sentence, "Loaded_Language", 0.9, 0.8)
    assert span.attrs["cue"] is None
    model.config = ModelConfig(content_df_share=0.2, language_content_share=0.005)  # empty list: all content
    assert model._span_for(_Article(text, "en"), sentence, "Loaded_Language", 0.9, 0.8).attrs["cue"] == "the"
    assert ModelConfig.from_dict({}).language_content_share == 0.005
    assert ModelConfig.from_dict({"language_content_share": None}).language_content_share is None


@pytest.mark.parametrize("name", ["default", "accurate"])
def test_the_shipped_models_carry_a_frequent_word_list_for_each_training_language(name):
    from spinscope.pipeline import packaged_model_path
    model = SpinModel.load(packaged_model_path(name))
    assert set(model.frequent_words_) == {"en", "fr", "de", "it", "pl", "ru"}
    assert {"the", "der", "einen", "le", "il", "się", "не"} <= set().union(*model.frequent_words_.values())
    assert model.config.language_content_share == 0.005


def test_the_bundled_german_sample_gets_no_function_word_as_a_span():
    """The demo's German commentary once showed Name_Calling spans on "einen" and "einer"."""
    from importlib import resources

    import spinscope
    from spinscope.pipeline import default_model_path
    path = resources.files("spinscope") / "samples" / "de_kommentar_migration.txt"
    article = spinscope.load()(path.read_text(encoding="utf-8"), id="de", lang="de")
    german = SpinModel.load(default_model_path()).frequent_words_["de"]
    cues = [s for s in article.spans["techniques"] if s.attrs.get("cue")]
    assert cues, "the sample has short-span techniques with cues"
    for span in cues:
        words = article.span_text(span).lower().split()
        assert any(w.strip(".,„“\"") not in german for w in words), article.span_text(span)
