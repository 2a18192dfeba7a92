"""The worker side: analyse a chunk of work units into outcomes (a report or an error each).

Used in-process, in local worker processes and on Dask workers alike. A worker process loads
the model once (:func:`worker_pipeline`) and keeps it for every chunk it is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from spinscope.batch.units import WorkUnit, unit_document
from spinscope.ingest.errors import InputError
from spinscope.options import AnalysisOptions
from spinscope.pipeline import Pipeline

_PIPELINES: dict[tuple[str | None, AnalysisOptions], Pipeline] = {}


@dataclass
class Outcome:
    """What became of one unit: ``report`` (the JSON contract) or ``error``, with provenance."""

    input: str
    content_hash: str | None
    report: dict[str, Any] | None = None
    error: str | None = None
    warnings: list = field(default_factory=list)
    model_version: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def set_worker_pipeline(pipeline: Pipeline, model_path: str | None) -> None:
    """Make ``pipeline`` this process's pipeline (forked workers inherit it, loading nothing)."""
    _PIPELINES[(model_path, pipeline.options)] = pipeline


def worker_pipeline(model_path: str | None, options: AnalysisOptions) -> Pipeline:
    """This process's pipeline for ``model_path``, loaded on first use."""
    key = (model_path, options)
    if key not in _PIPELINES:
        from spinscope.pipeline import load

        _PIPELINES[key] = load(Path(model_path) if model_path else None, options)
    return _PIPELINES[key]


def analyse_units(pipeline: Pipeline, units: Sequence[WorkUnit]) -> list[Outcome]:
    """One outcome per unit, in order; a unit that fails never takes the others down."""
    try:
        return _analyse(pipeline, units)
    except Exception:  # noqa: BLE001 - retried unit by unit below, so only the culprit fails
        if len(units) == 1:
            raise
    outcomes = []
    for unit in units:
        try:
            outcomes.extend(_analyse(pipeline, [unit]))
        except Exception as exc:  # noqa: BLE001 - reported as this input's error
            outcomes.append(Outcome(unit.input, unit.content_hash,
                                    error=f"analysis failed ({type(exc).__name__}: {exc})"))
    return outcomes


def _analyse(pipeline: Pipeline, units: Sequence[WorkUnit]) -> list[Outcome]:
    items, hashes = [], []
    for unit in units:
        try:
            document, digest = unit_document(unit, pipeline.options)
        except InputError as exc:
            items.append(exc)
            hashes.append(unit.content_hash)
        else:
            items.append(document)
            hashes.append(digest)
    outcomes = []
    for unit, digest, result in zip(units, hashes, pipeline.analyze_documents(items), strict=True):
        if result.error is not None:
            outcomes.append(Outcome(unit.input, digest, error=result.error.reason))
        else:
            report = pipeline.to_dict(result.article)
            outcomes.append(Outcome(unit.input, digest, report=report, warnings=list(result.article.warnings),
                                    model_version=pipeline.model_version))
    return outcomes


def analyse_chunk(units: Sequence[WorkUnit], model_path: str | None, options: AnalysisOptions) -> list[Outcome]:
    """Entry point of a worker process (local pool or Dask): this process's pipeline, then analyse."""
    return analyse_units(worker_pipeline(model_path, options), units)
