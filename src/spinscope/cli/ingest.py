"""``spinscope ingest``: analyse a corpus into the store, in parallel, resumably."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from tqdm import tqdm

from spinscope.cli.common import (allow_private_urls_option, error, info, lang_option, load_model,
                                   max_bytes_option, model_option, no_clean_option, show_progress)
from spinscope.options import AnalysisOptions
from spinscope.pipeline import Pipeline, resolve_model_path


def _model_version(model_dir: str | None) -> str:
    """The model's version without loading its weights (the resume key needs it up front)."""
    config = resolve_model_path(model_dir)
    try:
        version = json.loads((config / "config.json").read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError):
        version = None
    return version if isinstance(version, str) and version else load_model(model_dir).version


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The corpus store (a DuckDB file; created if missing).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes on this machine (default: number of cores).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Analyse on a Dask distributed cluster (e.g. tcp://host:8786) instead of local workers.")
@click.option("--parquet", "parquet_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write results as Parquet part files into this folder (for a store that lives elsewhere; "
                   "load them later with 'spinscope ingest FOLDER --db PATH').")
@model_option
@max_bytes_option
@no_clean_option
@lang_option
@allow_private_urls_option
@click.option("--chunk-size", type=click.IntRange(min=1), default=None,
              help="Articles per task and per transaction (default 4).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
def ingest_command(inputs, db, workers, scheduler, parquet_dir, model_dir, max_bytes, no_clean, lang,
                   allow_private_urls, chunk_size, quiet):
    """Analyse articles into a corpus store: files, folders, JSONL corpora, URL lists (.urls), URLs.

    Articles already stored with the same content and model version are skipped, so an
    interrupted run resumes where it stopped. Spinscope Parquet files (from --parquet or
    'spinscope export --to parquet') are loaded as they are, without analysing again.
    """
    from spinscope.batch import DaskExecutor, InProcessExecutor, LocalExecutor, ingest
    from spinscope.batch.executors import DeferredExecutor
    from spinscope.batch.ingest import DEFAULT_CHUNK
    from spinscope.batch.parquet import ParquetSink, is_parquet_input, load_parquet
    from spinscope.batch.units import estimate_units
    from spinscope.store import Store, StoreError

    if db is None and parquet_dir is None:
        raise click.UsageError("give --db PATH (the store) or --parquet FOLDER")
    parquet_inputs = [i for i in inputs if is_parquet_input(i)]
    other_inputs = [i for i in inputs if not is_parquet_input(i)]
    if parquet_inputs and db is None:
        raise click.UsageError("loading Parquet results needs --db PATH")
    chunk_size = chunk_size or DEFAULT_CHUNK
    options = AnalysisOptions(max_bytes=max_bytes, clean=not no_clean, lang=lang,
                              allow_private_urls=allow_private_urls)
    total = estimate_units(other_inputs) if other_inputs else 0
    failed = 0

    def on_error(input: str, reason: str) -> None:
        progress.clear()
        error(f"{input}: {reason}")

    model_version = _model_version(model_dir)
    workers = workers or os.cpu_count() or 1
    if total is not None:
        workers = max(1, min(workers, -(-total // chunk_size)))

    def make_executor():
        if scheduler:  # the model is loaded by the Dask workers, not here
            try:
                return DaskExecutor(scheduler, options, model_dir)
            except (OSError, TimeoutError) as exc:
                raise click.ClickException(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
        pipeline = Pipeline(load_model(model_dir), options)
        if pipeline.model_version != model_version:
            raise click.ClickException(f"model version changed while starting ({model_version} -> "
                                       f"{pipeline.model_version}); run again")
        if workers > 1:
            return LocalExecutor(pipeline, workers, model_dir)
        return InProcessExecutor(pipeline)

    executor = DeferredExecutor(make_executor) if other_inputs else None
    progress = tqdm(total=total, unit="article", disable=not show_progress(quiet), file=sys.stderr,
                    dynamic_ncols=True, smoothing=0.1)
    try:
        if db is None:  # results go to Parquet part files only
            sink = ParquetSink(parquet_dir)
            summary = sink.ingest(other_inputs, executor=executor, model_version=model_version,
                                  options=options, chunk_size=chunk_size, on_error=on_error,
                                  on_progress=progress.update)
            held = f"{sink.rows} article(s) in {parquet_dir}"
        else:
            with Store.open(db, read_only=False) as store:
                loaded = load_parquet(store, parquet_inputs, on_error=on_error) if parquet_inputs else None
                summary = None
                if other_inputs:
                    summary = ingest(other_inputs, store=store, executor=executor,
                                     model_version=model_version, options=options,
                                     chunk_size=chunk_size, on_error=on_error, on_progress=progress.update)
                if loaded is not None:
                    summary = loaded if summary is None else summary.merged(loaded)
                store.checkpoint()
                held = f"the store holds {store.count()} article(s)"
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        progress.close()
        error("interrupted; every article committed so far is kept, run the same command again to resume")
        sys.exit(130)
    finally:
        progress.close()
        if executor is not None:
            executor.close()
    failed = summary.failed
    if not quiet:
        info(f"stored {summary.stored}, skipped {summary.skipped} already stored, {summary.failed} failed "
             f"in {summary.seconds:.1f} s ({summary.rate:.1f} articles/s); {held}")
    if failed:
        error(f"{failed} input(s) could not be analysed (see messages above)")
        sys.exit(1)
