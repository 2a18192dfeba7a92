"""Where chunks of work units are analysed: in this process, in local worker processes, or on a
Dask distributed cluster. Every executor has one method, ``map_chunks``, that takes an iterator
of chunks and yields each chunk's outcomes as soon as it is done (completion order), keeping only
a few chunks in flight so memory stays flat on any corpus size.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Iterable, Iterator, Sequence

from spinscope.batch.units import WorkUnit
from spinscope.batch.worker import Outcome, analyse_chunk, analyse_units, set_worker_pipeline
from spinscope.options import AnalysisOptions
from spinscope.pipeline import Pipeline

Chunk = Sequence[WorkUnit]


class InProcessExecutor:
    """One worker: analyse in this process (``--workers 1``)."""

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline
        self.workers = 1

    def map_chunks(self, chunks: Iterable[Chunk]) -> Iterator[list[Outcome]]:
        for chunk in chunks:
            yield analyse_units(self.pipeline, chunk)

    def close(self) -> None:
        pass


def _exit_with_parent(parent_pid: int) -> None:
    """Workers die with the writer: a hard-killed ``spinscope ingest`` leaves no orphan analysing."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="spinscope-parent-watch", daemon=True).start()


def _init_worker(parent_pid: int) -> None:
    _exit_with_parent(parent_pid)


def _ready() -> int:
    return os.getpid()


class LocalExecutor:
    """``workers`` processes on this machine, each holding the model once.

    Where ``fork`` exists the workers inherit the already-loaded model (no second load, pages
    shared copy-on-write); elsewhere each worker loads it from ``model_path``. The pool is
    started before the store is opened so no worker inherits a database handle.
    """

    def __init__(self, pipeline: Pipeline, workers: int, model_path: str | None, *, in_flight: int = 3):
        self.pipeline = pipeline
        self.workers = workers
        self.model_path = model_path
        self.options: AnalysisOptions = pipeline.options
        self.in_flight = max(1, in_flight * workers)
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        set_worker_pipeline(pipeline, model_path)
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                         initializer=_init_worker, initargs=(os.getpid(),))
        # start every worker now (with fork they are all launched on the first submit)
        for future in [self._pool.submit(_ready) for _ in range(workers)]:
            future.result()

    def map_chunks(self, chunks: Iterable[Chunk]) -> Iterator[list[Outcome]]:
        pending: set[Future] = set()
        source = iter(chunks)
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.in_flight:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.add(self._pool.submit(analyse_chunk, list(chunk), self.model_path, self.options))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """Chunks analysed on a Dask distributed cluster; outcomes come back to this process.

    Each Dask worker process loads the model once (from ``model_path``, or the bundled model,
    which must therefore be installed with spinscope on every worker).
    """

    def __init__(self, address: str, options: AnalysisOptions, model_path: str | None, *, in_flight: int = 3):
        from distributed import Client

        self.client = Client(address, timeout="10s")
        self.model_path = model_path
        self.options = options
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.in_flight = max(2, in_flight * self.workers)

    def map_chunks(self, chunks: Iterable[Chunk]) -> Iterator[list[Outcome]]:
        from distributed import as_completed

        source = iter(chunks)
        futures = as_completed()
        submitted = 0

        def submit() -> bool:
            nonlocal submitted
            chunk = next(source, None)
            if chunk is None:
                return False
            futures.add(self.client.submit(analyse_chunk, list(chunk), self.model_path, self.options, pure=False))
            submitted += 1
            return True

        for _ in range(self.in_flight):
            if not submit():
                break
        for future in futures:
            outcomes = future.result()
            future.release()
            submit()
            yield outcomes

    def close(self) -> None:
        self.client.close()


class DeferredExecutor:
    """Builds the real executor (loading the model, starting workers) only once there is work:
    a rerun over an already stored corpus finishes without loading anything."""

    def __init__(self, make):
        self._make = make
        self.inner = None

    def map_chunks(self, chunks: Iterable[Chunk]) -> Iterator[list[Outcome]]:
        import itertools

        source = iter(chunks)
        first = next(source, None)
        if first is None:
            return
        self.inner = self._make()
        yield from self.inner.map_chunks(itertools.chain([first], source))

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()
