"""spinscope's analysis model: genre, frames, paragraph techniques and technique spans.

``SpinModel.predict(articles)`` is pure and returns :class:`ArticlePrediction` objects;
``SpinModel.annotate(articles, predictions)`` writes them onto the articles. A model is saved
as a directory: ``config.json`` (versions, labels, options), ``weights.joblib`` (the learned
classifiers) and ``MODEL_CARD.md`` (how it was trained and its cross-validated scores).
"""

from __future__ import annotations

import json
import platform
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import joblib
import numpy as np
import sklearn

from spinscope.document import Article, Span
from spinscope.models import encoder as encoders
from spinscope.models.classifiers import DocumentClassifier, ParagraphTechniqueClassifier, technique_summary
from spinscope.models.features import (FOLDER_TO_ISO, SharedNgrams, document_embedding_features,
                                       paragraph_embedding_features)
from spinscope.models.linear import LinearTextClassifier, frequent_words
from spinscope.taxonomy import FRAMES, GENRES, TECHNIQUE_BY_LABEL, TECHNIQUE_LABELS

FORMAT_VERSION = 1
FREQUENT_WORDS_FILE = "frequent_words.json"
# Techniques whose gold spans are mostly a few words: their span is narrowed from the sentence
# to the n-gram cue that triggered it (decided from median gold span length, see train.py).
DEFAULT_SHORT_TECHNIQUES = ("Loaded_Language", "Name_Calling-Labeling", "Repetition",
                            "Exaggeration-Minimisation", "Slogans", "Flag_Waving")


ENCODER_THREADS = 2


class _Background:
    """``fn(*args)`` in a thread of its own; ``result()`` waits for it and re-raises its error.
    A fresh thread per call rather than a pool: a pool's threads do not survive the fork that
    starts the corpus engine's workers."""

    def __init__(self, fn, *args):
        self._value, self._error = None, None
        self._thread = threading.Thread(target=self._run, args=(fn, args), daemon=True)
        self._thread.start()

    def _run(self, fn, args):
        try:
            self._value = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller of result()
            self._error = exc

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def _article_of_row(articles: Sequence[Article]) -> np.ndarray:
    """The article index of each paragraph row (paragraphs of all articles, in order)."""
    return np.array([ai for ai, a in enumerate(articles) for _ in a.paragraphs], dtype=int)


class ModelError(RuntimeError):
    """A model directory is missing, incomplete or incompatible."""


@dataclass
class ModelConfig:
    """Options of a model; saved with it so it can be retrained the same way."""

    languages: tuple[str, ...] = ("en", "fr", "ge", "it", "po", "ru")
    seed: int = 0
    C_document: float = 4.0  # frames
    C_genre: float | None = None  # None: C_document
    C_paragraph: float = 4.0
    C_sentence: float = 4.0
    char_ngrams: tuple[int, int] | None = (2, 5)  # genre and frames
    paragraph_char_ngrams: tuple[int, int] | None = None  # techniques; None: word n-grams only
    sentence_char_ngrams: tuple[int, int] | None = None  # span sentence picker
    max_features: int = 150_000
    class_weight: str | None = "balanced"
    # paragraphs in context (see features.ParagraphFeaturizer)
    context_weight: float = 0.5
    neighbour_weight: float = 0.3
    language_feature: bool = True
    # length, ?/!, quotation marks, capitals of each paragraph (see features.surface_features)
    surface_features: bool = True
    # weight of the best sentence's technique score added to its paragraph's (0: off)
    sentence_pool: float = 0.5
    # decision rules tuned per language on out-of-fold scores (see decision.py)
    language_rules: bool = True
    genre_language_rules: bool = True
    # weight of the per-article summary of technique scores among genre features (0: off)
    genre_summary_weight: float = 0.0
    # pretrained multilingual sentence encoder (models/encoder.py; None: n-grams only) and the
    # weights of the logistic regressions over its embeddings, added to the n-gram models' scores
    encoder: str | None = None  # "use-multilingual-3": the accurate model (configs/accurate.json)
    paragraph_embedding_weight: float = 1.0
    genre_embedding_weight: float = 0.5
    frames_embedding_weight: float = 1.0
    embedding_C: float = 1.0
    threshold_folds: int = 3
    n_jobs: int = -1  # threads for per-label fits (liblinear releases the GIL)
    short_techniques: tuple[str, ...] = DEFAULT_SHORT_TECHNIQUES
    # cues (the span of a short-span technique and the words quoted in explanations) must contain
    # a content word: one in at most this share of the sentence classifier's training sentences
    # (LinearTextClassifier.content_idf; words in more are articles, pronouns, prepositions...).
    # None: any n-gram, function words included (before this option). 0.5% won among 0.5/1/2/5% in
    # scripts/experiments/span_cues.py: span F1 0.107 -> 0.109 in 3-fold CV, up in 5 of 6 languages.
    # A model saved without the key gets this default: the idf it needs is in every saved model.
    content_df_share: float | None = 0.005
    # the same, per language: a content word is one in at most this share of the training
    # sentences OF THE ARTICLE'S LANGUAGE (the pooled share lets a language's own function words,
    # rare among the other languages' sentences, pass: German "einen", French "toute"). ``fit``
    # keeps each training language's words above the share (a few hundred; frequent_words.json
    # in the model folder, added to models trained before by scripts/add_frequent_words.py); an
    # article in another language, or a model without the list, falls back to content_df_share.
    # None: the pooled rule only. 0.5% won among 0.5/1/2% (and pooled-AND-language) in
    # scripts/experiments/span_cues.py round 2: span F1 0.1086 -> 0.1144 in 3-fold CV, up in 6 of 6.
    language_content_share: float | None = 0.005

    @classmethod
    def from_dict(cls, data: dict) -> "ModelConfig":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("languages", "short_techniques", "char_ngrams", "paragraph_char_ngrams",
                    "sentence_char_ngrams"):
            if isinstance(known.get(key), list):
                known[key] = tuple(known[key])
        return cls(**known)


@dataclass
class ArticlePrediction:
    genre: dict[str, float]
    frames: dict[str, float]
    frames_predicted: list[str]
    paragraph_scores: list[dict[str, float]]
    paragraph_predicted: list[list[str]]
    spans: list[Span] = field(default_factory=list)


class SpinModel:
    """The trained classifiers behind an analysis (see module docstring)."""

    def __init__(self, config: ModelConfig | None = None, encoder: encoders.SentenceEncoder | None = None):
        self.config = config or ModelConfig()
        self.encoder = encoder

    def _uses_encoder(self) -> bool:
        return any(getattr(getattr(self, name, None), "embedding_weight", 0.0)
                   for name in ("paragraph_", "genre_", "frames_"))

    def _dense_features(self, articles: Sequence[Article]):
        E, article_of_row = self._embed(articles)
        c = self.config
        return (paragraph_embedding_features(E, article_of_row, c.context_weight, c.neighbour_weight),
                document_embedding_features(E, article_of_row, len(articles)))

    def _embed(self, articles: Sequence[Article]) -> tuple[np.ndarray, np.ndarray]:
        """Sentence-encoder embeddings of every paragraph of every article (in order), and the
        article index of each row."""
        encoder = self.encoder or encoders.default_encoder()
        # One article per encoder call: the int8 encoder quantizes activations per batch, so an
        # article's embeddings would otherwise shift slightly (cosine ~0.997) with whatever else is
        # in the batch; this way an article gets the same analysis alone or in a corpus.
        texts = [[a.paragraph_text(pi) for pi in range(len(a.paragraphs))] for a in articles if a.paragraphs]
        blocks: list = [None] * len(texts)

        def encode(indices):
            for i in indices:
                blocks[i] = encoder.encode(texts[i])

        # Two encoder threads over alternate articles (onnxruntime runs concurrent calls of one
        # session and releases the GIL): with one, the encoder was the pipeline's bottleneck while
        # the rest of the analysis left the second core half idle. Still one article per call.
        if len(texts) > 1 and ENCODER_THREADS > 1:
            other = _Background(encode, range(1, len(texts), 2))
            encode(range(0, len(texts), 2))
            other.result()
        else:
            encode(range(len(texts)))
        E = np.vstack(blocks) if blocks else np.zeros((0, encoders.DIM), dtype=np.float32)
        return E, _article_of_row(articles)

    # -- prediction -----------------------------------------------------------------------
    def prepare(self, articles: Sequence[Article]):
        """Start computing what ``predict(articles, prepared)`` will need that can run beside
        other work: the sentence-encoder features (onnxruntime releases the GIL). None when the
        model has nothing to prepare."""
        if not articles or not self._uses_encoder():
            return None
        return _Background(self._dense_features, list(articles))

    def predict(self, articles: Sequence[Article], prepared=None) -> list[ArticlePrediction]:
        """``prepared``: what ``prepare(articles)`` returned for these same articles, if called."""
        if not articles:
            return []
        if not isinstance(self.paragraph_, ParagraphTechniqueClassifier):
            return self._predict_legacy(articles)
        langs = [a.meta.lang for a in articles]
        article_of_row = _article_of_row(articles)
        par_dense = doc_dense = None
        if self._uses_encoder():
            # The classifiers ask for the embeddings last: until then the encoder works in its
            # thread while this one computes the n-gram scores.
            dense = prepared or self.prepare(articles)
            par_dense, doc_dense = (lambda: dense.result()[0]), (lambda: dense.result()[1])
        # Each text is cut into n-grams once for all the classifiers below (see SharedNgrams).
        ngrams = SharedNgrams()
        par_proba, par_fired = self.paragraph_.predict_proba(articles, langs, par_dense, ngrams)
        summary = technique_summary(par_proba, article_of_row, len(articles))
        docs = [a.text for a in articles]
        genre, genre_choice = self.genre_.predict_proba(docs, langs, summary, doc_dense, ngrams)
        frames, frames_fired = self.frames_.predict_proba(docs, langs, summary, doc_dense, ngrams)
        predictions = []
        for ai in range(len(articles)):
            # genre scores already include the tuned class biases: their max is the decision
            predictions.append(ArticlePrediction(
                genre={label: float(genre[ai, j]) for j, label in enumerate(self.genre_.labels_)},
                frames={label: float(frames[ai, j]) for j, label in enumerate(self.frames_.labels_)},
                frames_predicted=[label for j, label in enumerate(self.frames_.labels_) if frames_fired[ai, j]],
                paragraph_scores=[], paragraph_predicted=[]))
        labels = self.paragraph_.labels_
        for row, ai in enumerate(article_of_row):
            pred = predictions[ai]
            pred.paragraph_scores.append({label: float(par_proba[row, j]) for j, label in enumerate(labels)})
            pred.paragraph_predicted.append([label for j, label in enumerate(labels) if par_fired[row, j]])
        for article, pred in zip(articles, predictions):
            pred.spans = self._locate_spans(article, pred.paragraph_predicted, pred.paragraph_scores, ngrams)
        return predictions

    def _predict_legacy(self, articles: Sequence[Article]) -> list[ArticlePrediction]:
        """Models of the first release: one LinearTextClassifier per task, no context."""
        docs = [a.text for a in articles]
        genre = self.genre_.predict_proba(docs)
        frames = self.frames_.predict_proba(docs)
        paragraphs = [(ai, pi) for ai, a in enumerate(articles) for pi in range(len(a.paragraphs))]
        par_scores = (self.paragraph_.predict_proba([articles[ai].paragraph_text(pi) for ai, pi in paragraphs])
                      if paragraphs else np.zeros((0, len(TECHNIQUE_LABELS))))
        predictions = []
        for ai, article in enumerate(articles):
            predictions.append(ArticlePrediction(
                genre={label: float(genre[ai, j]) for j, label in enumerate(self.genre_.labels_)},
                frames={label: float(frames[ai, j]) for j, label in enumerate(self.frames_.labels_)},
                frames_predicted=[label for j, label in enumerate(self.frames_.labels_)
                                  if frames[ai, j] >= self.frames_.thresholds_[j]],
                paragraph_scores=[], paragraph_predicted=[]))
        for row, (ai, pi) in enumerate(paragraphs):
            scores = par_scores[row]
            pred = predictions[ai]
            pred.paragraph_scores.append({label: float(scores[j]) for j, label in enumerate(self.paragraph_.labels_)})
            pred.paragraph_predicted.append([label for j, label in enumerate(self.paragraph_.labels_)
                                             if scores[j] >= self.paragraph_.thresholds_[j]])
        for article, pred in zip(articles, predictions):
            pred.spans = self._locate_spans(article, pred.paragraph_predicted, pred.paragraph_scores)
        return predictions

    def _locate_spans(self, article: Article, predicted: list[list[str]],
                      paragraph_scores: list[dict[str, float]], ngrams: SharedNgrams | None = None) -> list[Span]:
        """For each technique predicted in a paragraph, the sentence(s) or cue carrying it.
        ``ngrams``: the prediction's shared n-gram counts (the sentence pool has cut these
        sentences already)."""
        wanted = [(pi, labels) for pi, labels in enumerate(predicted) if labels]
        if not wanted:
            return []
        sentences = {pi: list(article.sentences_in(article.paragraphs[pi])) or [article.paragraphs[pi]]
                     for pi, _ in wanted}
        flat = [s for pi, _ in wanted for s in sentences[pi]]
        scores = self.sentence_.predict_proba([article.span_text(s) for s in flat], ngrams=ngrams)
        index = {label: j for j, label in enumerate(self.sentence_.labels_)}
        row_of = {id(s): r for r, s in enumerate(flat)}
        cue_memo: dict = {}  # a sentence carrying several techniques is cut into n-grams once
        spans = []
        for pi, labels in wanted:
            for label in labels:
                j = index[label]
                sent = sentences[pi]
                sent_scores = [scores[row_of[id(s)], j] for s in sent]
                chosen = [s for s, sc in zip(sent, sent_scores) if sc >= self.sentence_.thresholds_[j]]
                if not chosen:
                    chosen = [sent[int(np.argmax(sent_scores))]]
                for s in chosen:
                    spans.append(self._span_for(article, s, label, scores[row_of[id(s)], j],
                                                paragraph_scores[pi][label], cue_memo))
        return spans

    def _span_for(self, article: Article, sentence: Span, label: str, sentence_score: float,
                  paragraph_score: float, cue_memo: dict | None = None) -> Span:
        text = article.span_text(sentence)
        cues = self.sentence_.word_cues(text, label, k=3, memo=cue_memo,
                                        content_df_share=self.config.content_df_share,
                                        frequent_words=self._frequent_words_of(article))
        technique = TECHNIQUE_BY_LABEL.get(label)
        start, end = sentence.start, sentence.end
        if cues and label in self.config.short_techniques:
            start, end = sentence.start + cues[0][0], sentence.start + cues[0][1]
        cue_words = [text[s:e] for s, e, _ in cues]
        explanation = f"{technique.name}: {technique.definition}" if technique else label
        if cue_words:
            explanation += " Cue: " + ", ".join(f"“{w}”" for w in cue_words) + "."
        return Span(start, end, label, float(paragraph_score), attrs={
            "explanation": explanation,
            "cue": cue_words[0] if cue_words else None,
            "sentence_score": round(float(sentence_score), 4),
        })

    def _frequent_words_of(self, article: Article) -> frozenset[str] | None:
        """The frequent (function) words of the article's language, or None (pooled rule): the
        option is off, the model has no per-language list, or none for this language."""
        if self.config.language_content_share is None:
            return None
        meta = getattr(article, "meta", None)
        lang = getattr(meta, "lang", None)
        return getattr(self, "frequent_words_", {}).get(FOLDER_TO_ISO.get(lang, lang)) if lang else None

    def compute_frequent_words(self, gold: Sequence) -> dict[str, frozenset[str]]:
        """Set ``frequent_words_`` from the training sentences ``fit`` gives the sentence
        classifier (those of the articles with technique labels), per language (ISO 639-1)."""
        share = self.config.language_content_share
        texts, langs = [], []
        for g in gold:
            if g.paragraph_techniques is None:
                continue
            lang = g.article.meta.lang
            for s in g.article.sentences:
                texts.append(g.article.span_text(s))
                langs.append(FOLDER_TO_ISO.get(lang, lang) if lang else None)
        table = frequent_words(texts, langs, share) if share is not None else {}
        self.frequent_words_ = {lang: frozenset(words) for lang, words in table.items()}
        return self.frequent_words_

    def annotate(self, articles: Sequence[Article], predictions: Sequence[ArticlePrediction]) -> None:
        """Write predictions onto the articles (categories, paragraph categories, spans)."""
        for article, pred in zip(articles, predictions):
            article.cats["genre"] = pred.genre
            article.cats["frames"] = pred.frames
            article.cats["frames_predicted"] = {f: pred.frames[f] for f in pred.frames_predicted}
            for i, (scores, labels) in enumerate(zip(pred.paragraph_scores, pred.paragraph_predicted)):
                article.paragraph_cats[i]["techniques"] = scores
                article.paragraph_cats[i]["techniques_predicted"] = {label: scores[label] for label in labels}
            article.add_spans("techniques", pred.spans)

    def __call__(self, articles: Sequence[Article], prepared=None) -> Sequence[Article]:
        self.annotate(articles, self.predict(articles, prepared))
        return articles

    # -- training -------------------------------------------------------------------------
    def fit(self, gold: Sequence) -> "SpinModel":
        """Train on :class:`~spinscope.models.corpus.GoldArticle` items."""
        c = self.config
        with_techniques = [g for g in gold if g.paragraph_techniques is not None]
        if c.encoder and c.encoder != encoders.ENCODER_ID:
            raise ValueError(f"unknown encoder {c.encoder!r}: this spinscope has {encoders.ENCODER_ID!r} or none")
        if c.encoder and self.encoder is None:
            self.encoder = encoders.SentenceEncoder(memoize=True)

        def dense(articles, kind):
            if not c.encoder:
                return None
            E, rows = self._embed(articles)
            if kind == "paragraph":
                return paragraph_embedding_features(E, rows, c.context_weight, c.neighbour_weight)
            return document_embedding_features(E, rows, len(articles))

        self.paragraph_ = ParagraphTechniqueClassifier(
            TECHNIQUE_LABELS, C=c.C_paragraph, class_weight=c.class_weight, char_ngrams=c.paragraph_char_ngrams,
            max_features=c.max_features, context_weight=c.context_weight, neighbour_weight=c.neighbour_weight,
            language_feature=c.language_feature, surface_feature=c.surface_features, sentence_pool=c.sentence_pool,
            embedding_weight=c.paragraph_embedding_weight if c.encoder else 0.0, embedding_C=c.embedding_C,
            language_offsets=c.language_rules, threshold_folds=c.threshold_folds, seed=c.seed, n_jobs=c.n_jobs,
        ).fit([g.article for g in with_techniques], [g.paragraph_techniques for g in with_techniques],
              [g.article.meta.lang for g in with_techniques], [g.spans for g in with_techniques],
              dense([g.article for g in with_techniques], "paragraph"))
        summary = self._training_summary(gold) if c.genre_summary_weight else None
        doc = dict(class_weight=c.class_weight, char_ngrams=c.char_ngrams, max_features=c.max_features,
                   language_feature=c.language_feature, threshold_folds=c.threshold_folds, seed=c.seed,
                   n_jobs=c.n_jobs, summary_weight=c.genre_summary_weight)
        idx = [i for i, g in enumerate(gold) if g.genre]
        self.genre_ = DocumentClassifier(GENRES, multilabel=False, C=c.C_genre or c.C_document,
                                         language_rules=c.genre_language_rules,
                                         embedding_weight=c.genre_embedding_weight if c.encoder else 0.0,
                                         embedding_C=c.embedding_C, **doc).fit(
            [gold[i].article.text for i in idx], [gold[i].genre for i in idx],
            [gold[i].article.meta.lang for i in idx], None if summary is None else summary[idx],
            dense([gold[i].article for i in idx], "document"))
        idx = [i for i, g in enumerate(gold) if g.frames is not None]
        self.frames_ = DocumentClassifier(FRAMES, multilabel=True, C=c.C_document, language_rules=c.language_rules,
                                          embedding_weight=c.frames_embedding_weight if c.encoder else 0.0,
                                          embedding_C=c.embedding_C, **dict(doc, summary_weight=0.0)).fit(
            [gold[i].article.text for i in idx], [gold[i].frames for i in idx],
            [gold[i].article.meta.lang for i in idx], embeddings=dense([gold[i].article for i in idx], "document"))
        texts, targets, groups = [], [], []
        for g in with_techniques:
            for s in g.article.sentences:
                texts.append(g.article.span_text(s))
                targets.append({gs.label for gs in g.spans if gs.overlaps(s)})
                groups.append(g.article.id)
        self.sentence_ = LinearTextClassifier(
            TECHNIQUE_LABELS, C=c.C_sentence, char_ngrams=c.sentence_char_ngrams, max_features=c.max_features,
            threshold_folds=c.threshold_folds, seed=c.seed, n_jobs=c.n_jobs).fit(texts, targets, groups=groups)
        self.compute_frequent_words(gold)
        self.trained_on_ = {
            "articles": len(gold),
            "languages": list(c.languages),
            "paragraphs": sum(len(g.paragraph_techniques) for g in with_techniques),
            "sentences": len(texts),
        }
        return self

    def _training_summary(self, gold: Sequence) -> np.ndarray:
        """Technique-score summaries of the training articles for the genre classifier, from
        paragraph models that did not see the article (2 folds), as at prediction time."""
        c = self.config
        summary = np.zeros((len(gold), 2 * len(TECHNIQUE_LABELS)), dtype=np.float32)
        fold = np.arange(len(gold)) % 2
        for k in (0, 1):
            train = [g for g, f in zip(gold, fold) if f != k and g.paragraph_techniques is not None]
            test = [i for i, f in enumerate(fold) if f == k]
            model = ParagraphTechniqueClassifier(
                TECHNIQUE_LABELS, C=c.C_paragraph, class_weight=c.class_weight, char_ngrams=None,
                max_features=c.max_features, context_weight=c.context_weight, neighbour_weight=c.neighbour_weight,
                language_feature=c.language_feature, language_offsets=False, threshold_folds=2, seed=c.seed,
                n_jobs=c.n_jobs).fit([g.article for g in train], [g.paragraph_techniques for g in train],
                                     [g.article.meta.lang for g in train])
            articles = [gold[i].article for i in test]
            proba, _ = model.predict_proba(articles)
            rows = np.array([r for r, a in enumerate(articles) for _ in a.paragraphs], dtype=int)
            summary[test] = technique_summary(proba, rows, len(articles))
        return summary

    # -- persistence ----------------------------------------------------------------------
    @property
    def version(self) -> str:
        return getattr(self, "version_", "untrained")

    def save(self, path: str | Path, *, card: str | None = None, scores: dict | None = None) -> Path:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        joblib.dump({"genre": self.genre_, "frames": self.frames_, "paragraph": self.paragraph_,
                     "sentence": self.sentence_}, path / "weights.joblib", compress=3)
        config = {
            "format_version": FORMAT_VERSION,
            "version": self.version,
            "sklearn_version": sklearn.__version__,
            "python": platform.python_version(),
            "config": {k: getattr(self.config, k) for k in self.config.__dataclass_fields__},
            "trained_on": getattr(self, "trained_on_", {}),
            "encoder": ({"name": encoders.NAME, "package": encoders.DISTRIBUTION, "sha256": encoders.SHA256}
                        if self._uses_encoder() else None),
            "scores": scores or getattr(self, "scores_", {}),
        }
        (path / "config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n")
        self.save_frequent_words(path)
        if card is not None:
            (path / "MODEL_CARD.md").write_text(card)
        return path

    def save_frequent_words(self, path: str | Path) -> None:
        """Write ``frequent_words_`` (if any) as JSON into the model folder ``path``."""
        table = getattr(self, "frequent_words_", None)
        if not table:
            return
        data = {"share": self.config.language_content_share,
                "about": "per language, the words in more than `share` of its training sentences: not content "
                         "words for span cues (ModelConfig.language_content_share)",
                "words": {lang: sorted(words) for lang, words in sorted(table.items())}}
        (Path(path) / FREQUENT_WORDS_FILE).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "SpinModel":
        path = Path(path)
        try:
            config = json.loads((path / "config.json").read_text())
        except FileNotFoundError:
            raise ModelError(f"no model at {path} (config.json missing); train one with "
                             "'spinscope train' or reinstall spinscope") from None
        if config.get("format_version") != FORMAT_VERSION:
            raise ModelError(f"model at {path} has format {config.get('format_version')}, "
                             f"this spinscope reads format {FORMAT_VERSION}")
        if config.get("sklearn_version") != sklearn.__version__:
            raise ModelError(f"model at {path} was saved with scikit-learn "
                             f"{config.get('sklearn_version')}, but {sklearn.__version__} is "
                             "installed; install the pinned version (pip install -e .)")
        recorded = config.get("encoder")
        if recorded and recorded.get("sha256") != encoders.SHA256:
            raise ModelError(f"model at {path} was trained with the sentence encoder {recorded.get('package')} "
                             f"(SHA-256 {recorded.get('sha256')}); this spinscope pins {encoders.DISTRIBUTION} "
                             f"({encoders.SHA256}): retrain the model or install the matching spinscope")
        if recorded:
            try:
                encoders.encoder_path()
                import onnxruntime  # noqa: F401
                import onnxruntime_extensions  # noqa: F401
            except (encoders.EncoderError, ImportError) as exc:
                raise ModelError(f"model at {path} needs the sentence encoder: install spinscope with the "
                                 f"'encoder' extra (pip install -e '.[encoder]'): {exc}") from None
        model = cls(ModelConfig.from_dict(config.get("config", {})))
        weights = joblib.load(path / "weights.joblib")
        model.genre_, model.frames_ = weights["genre"], weights["frames"]
        model.paragraph_, model.sentence_ = weights["paragraph"], weights["sentence"]
        model.version_ = config.get("version", "unknown")
        model.trained_on_ = config.get("trained_on", {})
        model.scores_ = config.get("scores", {})
        frequent = path / FREQUENT_WORDS_FILE
        model.frequent_words_ = ({lang: frozenset(words) for lang, words in
                                  json.loads(frequent.read_text(encoding="utf-8"))["words"].items()}
                                 if frequent.exists() else {})
        return model

