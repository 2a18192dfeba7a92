"""The FastAPI application: JSON API under ``/api`` and the server-rendered pages.

Every page shows data the API also serves: an analysis is the report dict of
:func:`spinscope.report.build.article_to_dict`; the article page renders that dict; the corpus
dashboard renders ``/api/stats``, ``/api/articles`` and ``/api/dupes`` data.
"""

from __future__ import annotations

import hmac
import math
from contextlib import asynccontextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from spinscope import __version__
from spinscope.ingest.errors import InputError
from spinscope.pipeline import Pipeline
from spinscope.report import html as report_html
from spinscope.report.build import SCHEMA_VERSION
from spinscope.server import views
from spinscope.server.analysis import Analysis, AnalysisTimeout, Analyzer
from spinscope.server.corpus import Corpus, CorpusUnavailable
from spinscope.server.limits import BodyLimitMiddleware
from spinscope.server.settings import ServerSettings

TOKEN_COOKIE = "spinscope_token"
STATS_DIMENSIONS = ("source", "month", "lang", "genre", "speaker")
# the store's sort keys (spinscope.store.SORT_COLUMNS); "density" = share of text in technique spans
SORT_KEYS = ("published", "title", "source", "lang", "genre", "techniques", "density", "length", "ingested")
PAGE_SIZE = 25
_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".svg": "image/svg+xml", ".ico": "image/x-icon"}
# pages and the API send no scripts or styles from elsewhere; inline ones are ours
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class AnalyzeRequest(BaseModel):
    """One article to analyse: exactly one of ``text``, ``html`` or ``url``, plus optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Plain text (SemEval layout: title, blank line, paragraphs).")
    html: str | None = Field(None, description="A saved web page; its main text and metadata are extracted.")
    url: str | None = Field(None, description="An http(s) URL the server fetches (public addresses only).")
    id: str | None = Field(None, max_length=200, description="Article id (default: a hash of the content).")
    title: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=500)
    published: str | None = Field(None, max_length=40, description="ISO 8601 date.")
    author: str | None = Field(None, max_length=500)
    lang: str | None = Field(None, max_length=8, description="ISO 639-1; detected when absent.")

    @model_validator(mode="after")
    def _exactly_one_input(self) -> "AnalyzeRequest":
        given = [name for name in ("text", "html", "url") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of text, html or url (got {', '.join(given) or 'none'})")
        return self

    def meta(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump(exclude={"text", "html", "url"}).items() if v}


@lru_cache(maxsize=1)
def _templates() -> jinja2.Environment:
    # autoescape on everywhere: pages carry scraped article text, titles and URLs. The report's
    # templates are second in line: the article page imports the report's article view macros.
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
                                    jinja2.FileSystemLoader(report_html.TEMPLATES)]),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(version=__version__, css_groups=views.CSS_GROUPS,
                       frame_name=views.frame_name, technique_name=views.technique_name)
    return env


def _static_files() -> dict[str, tuple[bytes, str]]:
    """The static assets, read once into memory: a request path never reaches the file system.
    The article view's stylesheet and script are the static report's (spinscope.report.html)."""
    folder = resources.files("spinscope.server") / "static"
    files = {name: (report_html.asset(name), _STATIC_TYPES[Path(name).suffix]) for name in report_html.ASSETS}
    for entry in folder.iterdir():
        suffix = Path(entry.name).suffix
        if entry.is_file() and suffix in _STATIC_TYPES:
            files[entry.name] = (entry.read_bytes(), _STATIC_TYPES[suffix])
    return files


def create_app(settings: ServerSettings, pipeline: Pipeline) -> FastAPI:
    """The web app for ``settings``, analysing with ``pipeline`` (loaded once by the caller)."""
    analyzer = Analyzer(pipeline, timeout=settings.analysis_timeout, workers=settings.analysis_workers,
                        fetch_policy=settings.fetch,
                        max_bytes=max(settings.max_body_bytes, settings.fetch.max_bytes))
    corpus = Corpus(settings.db, writable=settings.save)
    static = _static_files()

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        analyzer.close()

    app = FastAPI(
        title="spinscope",
        version=__version__,
        summary="Genre, framing, persuasion techniques and voice in online news, offline on CPU.",
        description=("Analyse one article (`POST /api/analyze`) or read a corpus built by "
                     "`spinscope ingest` (`/api/articles`, `/api/stats`, `/api/dupes`). "
                     "Analyses are report dicts, the same JSON contract as `spinscope analyze`. "
                     "When the server has a token, send it as `Authorization: Bearer TOKEN`."),
        docs_url=None, redoc_url=None,  # FastAPI's doc pages load scripts from a CDN; /docs is ours
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.state.settings = settings
    app.state.analyzer = analyzer
    app.state.corpus = corpus

    # -- cross-cutting: token, security headers, errors ----------------------------------------

    @app.middleware("http")
    async def guard(request: Request, call_next):
        path = request.url.path
        if settings.token and not (path == "/api/health" or path.startswith("/static/")):
            offered = request.query_params.get("token")
            if offered is not None and not path.startswith("/api/") and _same(offered, settings.token):
                # the browser's way in: /?token=... once, then a same-site cookie
                query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
                response = RedirectResponse(path + (f"?{query}" if query else ""), status_code=303)
                response.set_cookie(TOKEN_COOKIE, settings.token, httponly=True, samesite="strict")
                return response
            if not _authorised(request, settings.token):
                if path.startswith("/api/") or path == "/openapi.json":
                    return JSONResponse({"error": "missing or wrong API token (send Authorization: Bearer TOKEN)"},
                                        status_code=401, headers={"WWW-Authenticate": "Bearer"})
                return _page("message.html", status_code=401, title="Access token needed",
                             message="This spinscope server needs an access token: open it once as "
                                     "/?token=YOUR_TOKEN (the token is then kept in a cookie).")
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers.setdefault("Content-Security-Policy", _CSP)
        return response

    @app.exception_handler(CorpusUnavailable)
    async def _corpus_unavailable(request: Request, exc: CorpusUnavailable):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=503)
        return _page("message.html", status_code=503, title="Corpus unavailable", message=str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/") or request.url.path.startswith("/static/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return _page("message.html", status_code=exc.status_code, title=f"Error {exc.status_code}",
                     message=str(exc.detail))

    # -- API --------------------------------------------------------------------------------

    @app.get("/api/health", tags=["api"], summary="Is the server up, which model, how many stored articles")
    def health() -> dict[str, Any]:
        stored = None
        if corpus.configured:
            try:
                with corpus.open() as store:
                    stored = store.count()
            except CorpusUnavailable:
                stored = None
        return {"status": "ok", "version": __version__, "schema_version": SCHEMA_VERSION,
                "model_version": pipeline.model_version, "store": corpus.configured,
                "articles": stored, "save": settings.save}

    @app.post(
        "/api/analyze", tags=["api"], summary="Analyse one article (text, HTML, URL or uploaded file)",
        response_description="The report dict of the article (the JSON contract of `spinscope analyze`).",
        responses={401: {"description": "Token missing or wrong"}, 413: {"description": "Body over the limit"},
                   422: {"description": "The input cannot be analysed: `{input, error}`"},
                   504: {"description": "Analysis took longer than the server's time limit"}},
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": AnalyzeRequest.model_json_schema()},
            "multipart/form-data": {"schema": {"type": "object", "properties": {
                "file": {"type": "string", "format": "binary", "description": ".txt or .html file"},
                "text": {"type": "string"}, "url": {"type": "string"}}}}}}},
    )
    async def api_analyze(request: Request, save: bool = Query(False, description=(
            "Also store the article in the corpus (the server must run with --save)."))) -> JSONResponse:
        try:
            analysis = await _analyse_request(request, analyzer)
        except InputError as exc:
            return JSONResponse(exc.to_dict(), status_code=422)
        except AnalysisTimeout as exc:
            return JSONResponse({"error": str(exc)}, status_code=504)
        headers = {}
        if save:
            headers["Location"] = f"/api/articles/{_store(corpus, analysis, pipeline)}"
        return JSONResponse(analysis.report, headers=headers)

    @app.get("/api/articles", tags=["api"], summary="Stored articles: filter, sort, paginate")
    def api_articles(
        lang: str | None = None, source: str | None = None, genre: str | None = None,
        technique: str | None = Query(None, description="A technique label, e.g. Loaded_Language"),
        frame: str | None = Query(None, description="A frame label, e.g. Economic"),
        date_from: str | None = Query(None, description="ISO date, inclusive"),
        date_to: str | None = Query(None, description="ISO date, inclusive"),
        q: str | None = Query(None, description="Words in the title or text"),
        sort: Literal[SORT_KEYS] = "published",  # type: ignore[valid-type]
        order: Literal["asc", "desc"] = "desc",
        limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0),
    ) -> dict[str, Any]:
        filters = dict(lang=lang, source=source, genre=genre, technique=technique, frame=frame,
                       date_from=date_from, date_to=date_to, q=q)
        items, total = _list_articles(corpus, filters, sort, order == "desc", limit, offset)
        return {"total": total, "limit": limit, "offset": offset,
                "items": [views.article_summary(item) for item in items]}

    @app.get("/api/articles/{article_id}", tags=["api"], summary="One stored article's report dict",
             responses={404: {"description": "No such article"}})
    def api_article(article_id: str) -> dict[str, Any]:
        return _get_article(corpus, article_id)

    @app.get("/api/stats", tags=["api"], summary="Corpus statistics by source, month, language, genre or speaker")
    def api_stats(by: Literal[STATS_DIMENSIONS] = "source") -> dict[str, Any]:  # type: ignore[valid-type]
        with corpus.open() as store:
            from spinscope.analytics import corpus_stats

            return corpus_stats(store, by=by)

    @app.get("/api/dupes", tags=["api"], summary="Republished copies: groups of near-duplicate articles")
    def api_dupes(threshold: float = Query(0.8, ge=0.1, le=1.0, description="Jaccard similarity")) -> dict[str, Any]:
        with corpus.open() as store:
            from spinscope.analytics import find_duplicates

            groups = find_duplicates(store, threshold=threshold)
        return {"threshold": threshold, "groups": groups}

    # -- pages ------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index_page() -> HTMLResponse:
        return _page("index.html", form={}, error=None, corpus=corpus.configured)

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    async def analyze_page(request: Request) -> HTMLResponse:
        form = await request.form()
        upload = form.get("file")
        text, url = str(form.get("text") or ""), str(form.get("url") or "").strip()
        values = {"text": text, "url": url}
        try:
            if isinstance(upload, UploadFile) and upload.filename:
                analysis = await analyzer.upload(await upload.read(), upload.filename, {})
            elif url:
                analysis = await analyzer.url(url, {})
            elif text.strip():
                analysis = await analyzer.text(text, {})
            else:
                raise InputError("form", "paste a text, choose a file or give a URL")
        except InputError as exc:
            return _page("index.html", status_code=422, form=values, error=str(exc), corpus=corpus.configured)
        except AnalysisTimeout as exc:
            return _page("index.html", status_code=504, form=values, error=str(exc), corpus=corpus.configured)
        stored_id = _store(corpus, analysis, pipeline) if form.get("save") and settings.save else None
        return _page("article.html", report=analysis.report, stored_id=stored_id, stored=False,
                     **views.article_page_view(analysis.report))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        report = _get_article(corpus, article_id)
        return _page("article.html", report=report, stored_id=None, stored=True,
                     **views.article_page_view(report))

    @app.get("/corpus", response_class=HTMLResponse, include_in_schema=False)
    def corpus_page(request: Request) -> HTMLResponse:
        params = request.query_params
        filters = {key: (params.get(key) or "").strip() or None
                   for key in ("lang", "source", "genre", "technique", "frame", "date_from", "date_to", "q")}
        sort = params.get("sort") if params.get("sort") in SORT_KEYS else "published"
        descending = params.get("order", "desc") != "asc"
        try:
            page = max(1, int(params.get("page") or 1))
        except ValueError:
            page = 1
        items, total = _list_articles(corpus, filters, sort, descending, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        charts = _dashboard_charts(corpus)
        most_persuasive, _ = _list_articles(corpus, {}, "density", True, 10, 0)
        kept = [(k, v) for k, v in filters.items() if v] + [("sort", sort), ("order", "desc" if descending else "asc")]
        pages = max(1, math.ceil(total / PAGE_SIZE))
        return _page("corpus.html", filters={k: v or "" for k, v in filters.items()}, sort=sort,
                     order="desc" if descending else "asc", sort_keys=SORT_KEYS,
                     items=[views.article_summary(i) for i in items], total=total, page=page, pages=pages,
                     prev_url=f"/corpus?{urlencode(kept + [('page', page - 1)])}" if page > 1 else None,
                     next_url=f"/corpus?{urlencode(kept + [('page', page + 1)])}" if page < pages else None,
                     charts=charts, most_persuasive=[views.article_summary(i) for i in most_persuasive],
                     techniques=views.technique_options(), dupes=_dupes(corpus))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page() -> HTMLResponse:
        return _page("docs.html", api=_api_reference(app.openapi()))

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        if name not in static:
            raise HTTPException(status_code=404)
        content, media_type = static[name]
        return Response(content, media_type=media_type, headers={"Cache-Control": "max-age=3600"})

    return app


# -- helpers ---------------------------------------------------------------------------------


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _authorised(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    candidates = [value.strip() if scheme.lower() == "bearer" else "",
                  request.headers.get("x-api-token", ""), request.cookies.get(TOKEN_COOKIE, "")]
    return any(c and _same(c, token) for c in candidates)


def _page(template: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_templates().get_template(template).render(**context), status_code=status_code)


async def _analyse_request(request: Request, analyzer: Analyzer) -> Analysis:
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if isinstance(upload, UploadFile):
            return await analyzer.upload(await upload.read(), upload.filename or "upload", {})
        if form.get("url"):
            return await analyzer.url(str(form["url"]), {})
        if form.get("text"):
            return await analyzer.text(str(form["text"]), {})
        raise InputError("request", "multipart request needs a 'file', 'text' or 'url' field")
    if content_type not in ("application/json", ""):
        raise InputError("request", f"send JSON or multipart/form-data, not {content_type!r}")
    try:
        body = AnalyzeRequest.model_validate_json(await request.body())
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors())
        raise InputError("request", f"invalid JSON body ({problems})") from None
    if body.url is not None:
        return await analyzer.url(body.url, body.meta())
    if body.html is not None:
        return await analyzer.text(body.html, body.meta(), html=True)
    return await analyzer.text(body.text or "", body.meta(), html=False)


def _store(corpus: Corpus, analysis: Analysis, pipeline: Pipeline) -> str:
    with corpus.open(write=True) as store:
        return store.add(analysis.report, content_hash=analysis.content_hash, input=analysis.input,
                         warnings=list(analysis.warnings), model_version=pipeline.model_version)


def _get_article(corpus: Corpus, article_id: str) -> dict[str, Any]:
    with corpus.open() as store:
        report = store.article(article_id)
    if report is None:
        raise HTTPException(status_code=404, detail=f"no article with id {article_id!r}")
    return report


def _list_articles(corpus: Corpus, filters: dict[str, Any], sort: str, descending: bool,
                   limit: int, offset: int) -> tuple[list[dict], int]:
    with corpus.open() as store:
        return store.articles(**{k: v for k, v in filters.items() if v}, sort=sort, descending=descending,
                              limit=limit, offset=offset)


def _dashboard_charts(corpus: Corpus) -> list[dict[str, Any]]:
    charts = []
    with corpus.open() as store:
        from spinscope.analytics import corpus_stats

        for by, title in (("source", "Articles by outlet"), ("month", "Articles by month"),
                          ("lang", "Articles by language"), ("genre", "Articles by genre")):
            stats = corpus_stats(store, by=by)
            rows = _stat_rows(stats)
            if by == "month":
                rows = sorted(rows)
            charts.append(views.bar_chart(rows, title=title, limit=24 if by == "month" else 12))
    techniques = [(views.technique_name(t["label"]), t["articles"]) for t in stats.get("techniques") or []]
    charts.append(views.bar_chart(techniques, title="Articles using each technique", limit=23,
                                  colour="#D55E00"))
    return charts


def _stat_rows(stats: dict[str, Any]) -> list[tuple[str, float]]:
    """(value, article count) rows of a corpus_stats result, largest first."""
    rows = stats.get("rows") or stats.get("groups") or []
    out = []
    for row in rows:
        key = row.get("key", row.get("value", row.get(stats.get("by", ""), "")))
        count = row.get("articles", row.get("count", row.get("n", 0)))
        out.append((str(key if key not in (None, "") else "unknown"), float(count or 0)))
    return out


def _dupes(corpus: Corpus) -> list[dict[str, Any]]:
    with corpus.open() as store:
        from spinscope.analytics import find_duplicates

        return find_duplicates(store, threshold=0.8)


def _api_reference(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The OpenAPI document as view data for the offline /docs page."""
    endpoints = []
    for path, operations in spec.get("paths", {}).items():
        for method, op in operations.items():
            endpoints.append({
                "method": method.upper(), "path": path, "summary": op.get("summary", ""),
                "parameters": [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                                "description": p.get("description") or p.get("schema", {}).get("description", ""),
                                "type": _schema_type(p.get("schema", {}))} for p in op.get("parameters", [])],
                "body": sorted((op.get("requestBody") or {}).get("content", {})),
                "responses": [(code, r.get("description", "")) for code, r in op.get("responses", {}).items()],
            })
    return endpoints


def _schema_type(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    if "anyOf" in schema:
        return " | ".join(_schema_type(s) for s in schema["anyOf"])
    return str(schema.get("type", ""))
