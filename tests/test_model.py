"""The model: train on a handful of articles, predict them, save, reload, predict identically.

Also the training CLI end to end (train -> evaluate -> semeval predict) on a tiny SemEval-layout
corpus written by the test, so this runs without ../shared/data.
"""

from __future__ import annotations

import json
import random

import pytest
from click.testing import CliRunner

from spinscope.cli import cli
from spinscope.models.corpus import load_corpus
from spinscope.models.model import ModelConfig, ModelError, SpinModel
from spinscope.models.train import evaluate

LOADED = ["The corrupt, treacherous elites betrayed us again with their disgraceful lies.",
          "These shameful traitors and their vile propaganda destroy everything decent."]
DOUBT = ["Can we really trust the ministry's figures, given its record of hiding the truth?",
         "Is the so-called independent report really independent, or was it written to order?"]
NEUTRAL = ["The committee met on Tuesday and approved the budget for the next fiscal year.",
           "The train service between the two cities will resume on Monday after repairs."]


def write_corpus(root, n_articles: int = 24, seed: int = 0) -> None:
    """A tiny SemEval-layout corpus (folder ``en``) with consistent genre/frames/technique cues."""
    rng = random.Random(seed)
    lang = root / "en"
    folders = [lang / f"train-articles-subtask-{i}" for i in (1, 2, 3)]
    spans_dir = lang / "train-labels-subtask-3-spans"
    for folder in folders + [spans_dir]:
        folder.mkdir(parents=True, exist_ok=True)
    genre_rows, frame_rows, par_rows = [], [], []
    for k in range(n_articles):
        aid = str(900000 + k)
        opinion = k % 2 == 0
        title = f"Article number {k}"
        paragraphs = []
        labels = []
        for j in range(4):
            kind = rng.choice(["loaded", "doubt", "neutral"]) if opinion else "neutral"
            pool = {"loaded": LOADED, "doubt": DOUBT, "neutral": NEUTRAL}[kind]
            paragraphs.append(rng.choice(pool))
            labels.append({"loaded": "Loaded_Language", "doubt": "Doubt", "neutral": ""}[kind])
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        for folder in folders:
            (folder / f"article{aid}.txt").write_text(text, encoding="utf-8")
        genre_rows.append(f"{aid}\t{'opinion' if opinion else 'reporting'}")
        frame_rows.append(f"{aid}\t{'Morality,Political' if opinion else 'Economic'}")
        par_rows.append(f"{aid}\t1\t")
        span_rows = []
        offset = len(title) + 2
        for j, (para, label) in enumerate(zip(paragraphs, labels)):
            par_rows.append(f"{aid}\t{3 + 2 * j}\t{label}")
            if label:
                span_rows.append(f"{aid}\t{label}\t{offset}\t{offset + len(para)}")
            offset += len(para) + 2
        (spans_dir / f"article{aid}-labels-subtask-3.txt").write_text("\n".join(span_rows) + "\n")
    (lang / "train-labels-subtask-1.txt").write_text("\n".join(genre_rows) + "\n")
    (lang / "train-labels-subtask-2.txt").write_text("\n".join(frame_rows) + "\n")
    (lang / "train-labels-subtask-3.txt").write_text("\n".join(par_rows) + "\n")


TINY = ModelConfig(languages=("en",), char_ngrams=None, threshold_folds=2, n_jobs=1)


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    write_corpus(root)
    return root


def test_corpus_reader_aligns_labels_with_paragraphs(tiny_corpus):
    gold = load_corpus(tiny_corpus, ("en",))
    assert len(gold) == 24
    g = gold[0]
    assert g.genre == "opinion" and set(g.frames) == {"Morality", "Political"}
    assert len(g.paragraph_techniques) == len(g.article.paragraphs) == 5
    assert g.paragraph_techniques[0] == set()  # the title
    for span in g.spans:
        para = g.article.paragraph_of(span.start)
        assert span.label in g.paragraph_techniques[para]


def test_train_predict_save_reload_predict_identically(tiny_corpus, tmp_path):
    gold = load_corpus(tiny_corpus, ("en",))
    model = SpinModel(TINY).fit(gold)
    scores = evaluate(gold, model)["all"]
    # it learned its training data: clear cues, consistent labels
    assert scores["genre_macro_f1"] >= 0.9
    assert scores["techniques_micro_f1"] >= 0.8
    assert scores["frames_micro_f1"] >= 0.9
    articles = [g.article for g in gold[:4]]
    before = model.predict(articles)
    model.save(tmp_path / "m", card="# card\n")
    reloaded = SpinModel.load(tmp_path / "m")
    after = reloaded.predict(articles)
    for a, b in zip(before, after):
        assert a.genre == pytest.approx(b.genre)
        assert a.paragraph_predicted == b.paragraph_predicted
        assert [(s.start, s.end, s.label) for s in a.spans] == [(s.start, s.end, s.label) for s in b.spans]
    config = json.loads((tmp_path / "m" / "config.json").read_text())
    assert config["config"]["languages"] == ["en"]
    # the per-language frequent words (span cues) round-trip through frequent_words.json
    assert set(model.frequent_words_) == {"en"} and "the" in model.frequent_words_["en"]
    assert reloaded.frequent_words_ == model.frequent_words_
    saved = json.loads((tmp_path / "m" / "frequent_words.json").read_text(encoding="utf-8"))
    assert saved["share"] == TINY.language_content_share and set(saved["words"]) == {"en"}
    # a model saved without the lists loads with none (the pooled rule)
    (tmp_path / "m" / "frequent_words.json").unlink()
    assert SpinModel.load(tmp_path / "m").frequent_words_ == {}


def test_predicted_spans_lie_inside_their_paragraph_with_explanations(tiny_corpus):
    gold = load_corpus(tiny_corpus, ("en",))
    model = SpinModel(TINY).fit(gold)
    articles = [g.article for g in gold[:6]]
    model(articles)
    found = 0
    for article in articles:
        for span in article.spans.get("techniques", []):
            found += 1
            para = article.paragraphs[article.paragraph_of(span.start)]
            assert para.start <= span.start < span.end <= para.end
            assert span.label in article.paragraph_cats[article.paragraph_of(span.start)]["techniques_predicted"]
            assert span.attrs["explanation"]
            assert 0.0 <= span.score <= 1.0
    assert found > 0


def test_loading_a_missing_model_says_what_to_do(tmp_path):
    with pytest.raises(ModelError, match="spinscope train"):
        SpinModel.load(tmp_path / "nowhere")


def test_train_evaluate_and_semeval_predict_commands(tiny_corpus, tmp_path):
    runner = CliRunner()
    config = tmp_path / "config.json"
    config.write_text(json.dumps({"char_ngrams": None, "threshold_folds": 2, "n_jobs": 1}))
    out = tmp_path / "model"
    result = runner.invoke(cli, ["train", str(tiny_corpus), "-o", str(out), "--lang", "en",
                                 "--config", str(config), "--seed", "3", "--cv", "2"])
    assert result.exit_code == 0, result.output
    card = (out / "MODEL_CARD.md").read_text()
    assert "Cross-validated" in card and "| en |" in card
    assert json.loads((out / "config.json").read_text())["config"]["seed"] == 3

    result = runner.invoke(cli, ["evaluate", str(tiny_corpus), "--lang", "en", "--model", str(out)])
    assert result.exit_code == 0, result.output
    assert "techniques_micro_f1" in result.output or "techniques" in result.output

    # semeval predict reads {root}/{lang}/{split}-articles-subtask-{1,2,3}
    sub = tmp_path / "submission"
    result = runner.invoke(cli, ["semeval", "predict", str(tiny_corpus), "--lang", "en",
                                 "--split", "train", "-o", str(sub), "--model", str(out)])
    assert result.exit_code == 0, result.output
    lines1 = (sub / "subtask-1.txt").read_text().splitlines()
    assert len(lines1) == 24 and all(l.split("\t")[1] in {"opinion", "reporting", "satire"} for l in lines1)
    assert len((sub / "subtask-2.txt").read_text().splitlines()) == 24
    lines3 = (sub / "subtask-3.txt").read_text().splitlines()
    # a line for every non-empty paragraph line of every article: title + 4 paragraphs
    assert len(lines3) == 24 * 5
    assert {l.split("\t")[1] for l in lines3} == {"1", "3", "5", "7", "9"}


def test_train_on_a_folder_without_data_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["train", str(tmp_path), "-o", str(tmp_path / "m")])
    assert result.exit_code != 0
    assert "no labelled articles" in result.output
    assert "Traceback" not in result.output


def test_a_sentence_pool_without_gold_spans_is_dropped_with_a_warning(tiny_corpus):
    # a user's labels without span files cannot train the sentence classifier: the model must
    # say so rather than silently differ from its configuration
    from spinscope.models.classifiers import ParagraphTechniqueClassifier

    gold = load_corpus(tiny_corpus, ("en",))
    clf = ParagraphTechniqueClassifier(["Loaded_Language", "Doubt"], char_ngrams=None, sentence_pool=0.5,
                                       threshold_folds=2, n_jobs=1)
    with pytest.warns(UserWarning, match="sentence_pool=0.5 needs gold spans"):
        clf.fit([g.article for g in gold], [g.paragraph_techniques for g in gold],
                [g.article.meta.lang for g in gold])
    assert clf.sentence_pool == 0.0
