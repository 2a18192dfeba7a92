"""Batch analysis into the corpus store: work units, workers, executors (local, Dask), the writer."""

from spinscope.batch.executors import DaskExecutor, InProcessExecutor, LocalExecutor
from spinscope.batch.ingest import IngestSummary, ingest
from spinscope.batch.units import WorkUnit, content_hash, iter_units
from spinscope.batch.worker import Outcome, analyse_units

__all__ = ["DaskExecutor", "InProcessExecutor", "IngestSummary", "LocalExecutor", "Outcome", "WorkUnit",
           "analyse_units", "content_hash", "ingest", "iter_units"]
