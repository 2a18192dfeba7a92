"""``spinscope serve``: the analyst's web app and HTTP API on a local port."""

from __future__ import annotations

from pathlib import Path

import click

from spinscope.cli.common import info, load_model, model_option
from spinscope.server.settings import ServerSettings


@click.command("serve")
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The corpus store built by 'spinscope ingest' (without it only analysis works).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (0.0.0.0 exposes the server to the network: set --token).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@model_option
@click.option("--token", envvar="SPINSCOPE_API_TOKEN", default=None,
              help="Require this token (Authorization: Bearer TOKEN; browsers open /?token=TOKEN once). "
                   "Also read from $SPINSCOPE_API_TOKEN.")
@click.option("--save", is_flag=True,
              help="Store articles analysed in the app in --db (opens it read-write: no ingest meanwhile).")
@click.option("--max-body-bytes", type=click.IntRange(1_000), default=ServerSettings.max_body_bytes,
              show_default=True, help="Larger request bodies are refused with 413.")
@click.option("--timeout", "analysis_timeout", type=click.FloatRange(0.1), default=ServerSettings.analysis_timeout,
              show_default=True, help="Seconds an analysis (or URL fetch) may take before 504.")
@click.option("--workers", "analysis_workers", type=click.IntRange(1, 64), default=ServerSettings.analysis_workers,
              show_default=True, help="Analyses run at once (threads sharing one model).")
def serve_command(db, host, port, model_dir, token, save, max_body_bytes, analysis_timeout, analysis_workers):
    """Serve the web app (analyse, article view, corpus dashboard) and the JSON API."""
    import uvicorn

    from spinscope.server import create_app

    if db is not None and not save and not db.exists():
        raise click.ClickException(f"{db}: no such store (build one with 'spinscope ingest', "
                                   "or pass --save to start an empty one)")
    if save and db is None:
        raise click.ClickException("--save needs --db PATH (where to store analysed articles)")
    settings = ServerSettings(db=db, save=save, token=token or None, max_body_bytes=max_body_bytes,
                              analysis_timeout=analysis_timeout, analysis_workers=analysis_workers)
    app = create_app(settings, _pipeline(model_dir))
    info(f"serving on http://{host}:{port}/ (API docs at /docs){' with a token' if token else ''}")
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False,
                server_header=False, timeout_graceful_shutdown=5)


def _pipeline(model_dir):
    from spinscope.pipeline import Pipeline

    return Pipeline(load_model(model_dir))
