"""The analysis pipeline: raw documents -> articles -> model annotations, in batches.

``Pipeline`` is what :func:`spinscope.load` returns: call it on a string to get an annotated
:class:`~spinscope.document.Article`, or stream many inputs through :meth:`Pipeline.analyze`.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from spinscope.attribution import attribute
from spinscope.document import Article, Metadata
from spinscope.ingest import InputError, RawDocument, build_article, read_inputs
from spinscope.ingest.readers import document_from_html, document_from_text, looks_like_html
from spinscope.ingest.site_lines import with_site_lines
from spinscope.models.model import SpinModel
from spinscope.options import AnalysisOptions
from spinscope.report.build import article_to_dict

DEFAULT_MODEL = "default"
# Models shipped in the package, by name: "default" (n-grams, fast) and "accurate" (adds a
# pretrained sentence encoder; needs the 'encoder' extra; see the README's model section).
PACKAGED_MODELS = ("default", "accurate")


def default_model_path() -> Path:
    return packaged_model_path(DEFAULT_MODEL)


def packaged_model_path(name: str) -> Path:
    return Path(str(resources.files("spinscope.models") / name))


def resolve_model_path(model: str | Path | None) -> Path:
    """A model directory, or the name of a packaged model (an existing directory of that name wins)."""
    if model is None:
        return default_model_path()
    if str(model) in PACKAGED_MODELS and not Path(model).is_dir():
        return packaged_model_path(str(model))
    return Path(model)


@dataclass
class Result:
    """One input's outcome: an analysed article or the error that stopped it."""

    article: Article | None = None
    error: InputError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Pipeline:
    """Ingest + model. Stateless between calls, so one instance serves many threads' batches."""

    def __init__(self, model: SpinModel | None, options: AnalysisOptions | None = None):
        self.model = model
        self.options = options or AnalysisOptions()

    @property
    def model_version(self) -> str | None:
        return self.model.version if self.model is not None else None

    def __call__(self, text_or_html: str, *, id: str = "input", **meta) -> Article:
        """Analyse one article given as plain text or HTML."""
        doc = document_from_string(text_or_html, Metadata(id=id, input=meta.pop("input", id), **meta))
        return self.analyze_documents([doc]).__next__().article

    def analyze(self, inputs: Iterable[str | Path]) -> Iterator[Result]:
        """Analyse files, folders, JSONL corpora or ``-`` (stdin); one result per article.

        With ``options.site_template`` the inputs are one batch: lines a site prints on many of
        its articles are removed as its template (see :mod:`spinscope.ingest.site_lines`).
        """
        items = read_inputs(inputs, self.options)
        if self.options.clean and self.options.site_template:
            items = with_site_lines(items)
        return self.analyze_documents(items)

    def analyze_documents(self, items: Iterable[RawDocument | InputError]) -> Iterator[Result]:
        # A full batch is not analysed at once: its model inputs are prepared in the background
        # (SpinModel.prepare: the sentence encoder of the accurate model) while the next batch is
        # read, cleaned and segmented and the previous one analysed. Results keep input order.
        batch: list[Article] = []
        pending: tuple[list[Article], object] | None = None

        def flush_all():
            nonlocal pending, batch
            if pending is not None:
                yield from self._flush(*pending)
                pending = None
            yield from self._flush(batch)
            batch = []

        for item in items:
            if isinstance(item, InputError):
                yield from flush_all()
                yield Result(error=item)
                continue
            try:
                batch.append(build_article(item, self.options))
            except InputError as exc:
                yield from flush_all()
                yield Result(error=exc)
                continue
            if len(batch) >= self.options.batch_size:
                prepared = self.model.prepare(batch) if self.model is not None else None
                if pending is not None:
                    yield from self._flush(*pending)
                pending, batch = (batch, prepared), []
        yield from flush_all()

    def _flush(self, batch: Sequence[Article], prepared=None) -> Iterator[Result]:
        if not batch:
            return
        try:
            self._annotate(batch, prepared)
        except Exception:
            # One article the model cannot handle must not sink its batch: retry one by one
            # and report only the article that fails.
            for article in batch:
                article.clear_annotations()
                try:
                    self._annotate([article])
                except Exception as exc:  # noqa: BLE001 - reported to the user as this input's error
                    yield Result(error=InputError(article.meta.input,
                                                  f"analysis failed ({type(exc).__name__}: {exc})"))
                else:
                    yield Result(article=article)
            return
        for article in batch:
            yield Result(article=article)

    def _annotate(self, batch: Sequence[Article], prepared=None) -> None:
        """Every component, in order, on a batch of articles."""
        if self.model is not None:
            self.model(batch, prepared)
        for article in batch:  # who is speaking; runs without a model too
            attribute(article)

    def to_dict(self, article: Article) -> dict:
        return article_to_dict(article, model_version=self.model_version)


def document_from_string(text: str, meta: Metadata) -> RawDocument:
    """A raw document from a string that is either HTML or plain text."""
    if not text or not text.strip():
        raise InputError(meta.input, "input is empty")
    if looks_like_html(text):
        return document_from_html(text, meta)
    return document_from_text(text.replace("\r\n", "\n").replace("\r", "\n"), meta)


def load(model: str | Path | None = None, options: AnalysisOptions | None = None) -> Pipeline:
    """The analysis pipeline with the bundled default model, a packaged model by name
    (``"accurate"``) or the model directory ``model``."""
    return Pipeline(SpinModel.load(resolve_model_path(model)), options)
