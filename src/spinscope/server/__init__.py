"""The analyst's web app and HTTP API behind ``spinscope serve``.

``create_app(settings, pipeline)`` builds the FastAPI application: server-rendered pages
(analyse, article view, corpus dashboard) and a JSON API that serves the same report dicts.
"""

from spinscope.server.settings import ServerSettings


def __getattr__(name: str):
    # FastAPI is imported only when an app is built, so other CLI commands start fast
    if name == "create_app":
        from spinscope.server.app import create_app

        return create_app
    raise AttributeError(name)


__all__ = ["ServerSettings", "create_app"]
