"""spinscope: genre, framing, persuasion techniques and voice in online news.

>>> import spinscope
>>> report = spinscope.analyze("Title\\n\\nSome article text ...")   # the JSON-contract dict
>>> nlp = spinscope.load()                                            # reusable pipeline
>>> article = nlp("Title\\n\\nSome article text ...")                # annotated Article
"""

from __future__ import annotations

from functools import lru_cache

from spinscope.document import Article, Metadata, Span
from spinscope.ingest.errors import InputError
from spinscope.options import AnalysisOptions
from spinscope.pipeline import Pipeline, Result, load

__version__ = "0.1.0"


@lru_cache(maxsize=2)
def _default_pipeline(options: AnalysisOptions | None) -> Pipeline:
    return load(options=options)


def analyze(text_or_html: str, *, options: AnalysisOptions | None = None, **meta) -> dict:
    """Analyse one article (plain text or HTML) with the bundled model; return its report dict."""
    pipeline = _default_pipeline(options)
    return pipeline.to_dict(pipeline(text_or_html, **meta))


__all__ = ["AnalysisOptions", "Article", "InputError", "Metadata", "Pipeline", "Result", "Span",
           "analyze", "load", "__version__"]
