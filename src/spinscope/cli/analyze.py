"""``spinscope analyze`` and ``spinscope demo``."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Iterable

import click
from tqdm import tqdm

from spinscope.cli.common import (allow_private_urls_option, error, info, lang_option, load_model,
                                   max_bytes_option, model_option, no_clean_option, show_progress, write_atomic)
from spinscope.ingest.readers import JSONL_SUFFIXES, iter_folder
from spinscope.options import AnalysisOptions
from spinscope.pipeline import Pipeline
from spinscope.report.build import error_to_dict
from spinscope.report.html import render_html
from spinscope.report.markdown import render_markdown

FORMATS = ("json", "jsonl", "html", "md")


def _count_articles(inputs: Iterable[str]) -> int | None:
    """How many articles the inputs hold, when that is cheap to know (for the progress bar)."""
    total = 0
    for item in inputs:
        path = Path(item)
        files = list(iter_folder(path)) if path.is_dir() else [path]
        if item == "-" or any(f.suffix.lower() in JSONL_SUFFIXES for f in files):
            return None
        total += len(files)
    return total


def _format_for(output: Path | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    suffix = output.suffix.lower().lstrip(".") if output else ""
    return {"htm": "html", "html": "html", "md": "md", "jsonl": "jsonl", "json": "json"}.get(suffix, "jsonl")


def run_analysis(pipeline: Pipeline, inputs: list[str], fmt: str, output: Path | None, quiet: bool) -> int:
    """Analyse ``inputs`` and write the report; return the number of inputs that failed.

    JSONL is written and flushed one article at a time, so an interrupted batch keeps every
    article finished before the interruption. Other formats are written once, atomically.
    """
    reports, errors = [], []
    stream = None
    if fmt == "jsonl":
        if output:
            output.parent.mkdir(parents=True, exist_ok=True)
        stream = output.open("w", encoding="utf-8") if output else sys.stdout
    progress = tqdm(total=_count_articles(inputs), unit="article", disable=not show_progress(quiet),
                    file=sys.stderr, dynamic_ncols=True)
    try:
        for result in pipeline.analyze(inputs):
            progress.update(1)
            if result.error is not None:
                errors.append(error_to_dict(result.error))
                progress.clear()
                error(str(result.error))
                continue
            report = pipeline.to_dict(result.article)
            if stream is not None:
                stream.write(json.dumps(report, ensure_ascii=False) + "\n")
                stream.flush()
            else:
                reports.append(report)
    finally:
        progress.close()
        if stream is not None and stream is not sys.stdout:
            stream.close()
    if fmt == "json":
        content = json.dumps(reports, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "html":
        content = render_html(reports, errors=errors)
    elif fmt == "md":
        content = render_markdown(reports, errors=errors)
    else:
        content = None
    if content is not None:
        if output:
            write_atomic(output, content)
        else:
            sys.stdout.write(content)
    return len(errors)


def _options(max_bytes: int, no_clean: bool, lang: str | None, allow_private_urls: bool = False,
             site_template: bool = False) -> AnalysisOptions:
    return AnalysisOptions(max_bytes=max_bytes, clean=not no_clean, lang=lang,
                           allow_private_urls=allow_private_urls, site_template=site_template)


@click.command("analyze")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: from -o's extension, else jsonl).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report here instead of standard output.")
@model_option
@max_bytes_option
@no_clean_option
@click.option("--site-template", is_flag=True,
              help="Also remove, as the site's template, lines a site prints on three or more of the "
                   "batch's articles (removes more noise; may take an article's recurring lines).")
@lang_option
@allow_private_urls_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
def analyze_command(inputs, fmt, output, model_dir, max_bytes, no_clean, site_template, lang,
                    allow_private_urls, quiet):
    """Analyse articles: .txt, .html, .jsonl files, folders of them, http(s) URLs, or - for stdin.

    With --site-template all inputs of one run are one batch: lines a site prints on three or
    more of its articles are removed as the site's template."""
    fmt = _format_for(output, fmt)
    pipeline = Pipeline(load_model(model_dir), _options(max_bytes, no_clean, lang, allow_private_urls,
                                                        site_template))
    failed = run_analysis(pipeline, list(inputs), fmt, output, quiet)
    if output and not quiet:
        info(f"wrote {output}")
    if failed:
        error(f"{failed} input(s) could not be analysed (see messages above)")
        sys.exit(1)


def sample_paths() -> list[str]:
    folder = resources.files("spinscope") / "samples"
    return sorted(str(p) for p in Path(str(folder)).iterdir()
                  if p.is_file() and p.suffix in (".txt", ".html", ".jsonl"))


@click.command("demo")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("spinscope-report.html"), show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None)
@click.option("-q", "--quiet", is_flag=True)
def demo_command(output, fmt, quiet):
    """Analyse the bundled sample articles into a report (HTML by default)."""
    fmt = _format_for(output, fmt)
    pipeline = Pipeline(load_model(None))
    failed = run_analysis(pipeline, sample_paths(), fmt, output, quiet)
    info(f"report of {len(sample_paths())} sample inputs written to {output.resolve()}")
    if failed:
        sys.exit(1)
