"""The HTTP service (``checker serve``): a JSON API a CMS calls, and the review page for editors.

    POST /v1/check         one article -> its result, the model of the CLI's JSON output
    POST /v1/check/batch   a bounded list of articles -> the CLI's whole JSON report
    GET  /v1/rules         every rule of every plugin (``checker rules --format json``)
    GET  /healthz          liveness, languages, rules, workers
    GET  /openapi.json     the OpenAPI document
    GET  /                 the review page (assets under /static/, nothing from elsewhere)

Plugins load once: in this process (for the rule list and request validation) and in each
worker of the pool that runs the checks, so a long article never blocks other requests. Every
bad request is answered 4xx with a JSON body ``{"error", "message", "problems"}`` naming the
problem.
"""

import asyncio
import datetime as dt
import hmac
import multiprocessing
import re
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import asynccontextmanager
from importlib import resources
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, create_model, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware

from checker.core.catalogue import rule_dict
from checker.core.engine import Engine
from checker.core.version import __version__
from checker.core.models import (OUTPUT_VERSION, ArticleResult, Finding, Related, Report, SourcePosition, Span,
                      Suggestion, summarize)
from checker.run.worker import EngineSpec, start_worker
from checker.service import pool
from checker.service.settings import ServeSettings

ASSETS = resources.files("checker").joinpath("assets")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# Content-Security-Policy of every response: the page loads nothing from anywhere else.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


# --- request and response models --------------------------------------------------------------

def _iso_date(value: Any) -> Any:
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("must be an ISO date string, YYYY-MM-DD")
    return dt.date.fromisoformat(value)  # a ValueError names an impossible day


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
Offsets = Annotated[Literal["codepoint", "utf16"], Query(
    description="utf16: every span also gives start_utf16/end_utf16, offsets in UTF-16 code units, "
                "as JavaScript strings count them")]
class ArticleBase(BaseModel):
    """One article to check. ``text`` is exactly what is analysed; ``title`` is metadata."""

    model_config = ConfigDict(extra="forbid", regex_engine="python-re")

    text: str = Field(min_length=1, description="The article. Spans in the result index it.")
    id: str | None = Field(None, min_length=1, max_length=200,
                           description="Returned as the result's id (default: 'article', or the "
                                       "article's position in a batch, from 1).")
    lang: str | None = Field(None, description="Language; default: detected from the script.")
    published: IsoDate | None = Field(None, description="Publication date, YYYY-MM-DD; default: a "
                                                        "dateline or 'Published:' line in the text.")
    title: str | None = Field(None, max_length=2000)
    format: Literal["txt", "md", "html"] = Field(
        "txt", description="txt: the text as is; md: Markdown (markup blanked, offsets unchanged); "
                           "html: text extracted, each span also gives its `source` position.")

    @field_validator("text", "id", "title")
    @classmethod
    def _no_lone_surrogates(cls, v):
        if isinstance(v, str) and _SURROGATE.search(v):
            raise ValueError("contains unpaired UTF-16 surrogate escapes (\\ud800-\\udfff)")
        return v


def rule_choices(engine) -> list[str]:
    """What select/ignore accept: every rule id, every family (the letters of an id: DATE), ALL."""
    ids = list(engine.rules)
    families = sorted({m.group(0) for i in ids if (m := re.match(r"[A-Z]+", i))} - set(ids))
    return ids + families + ["ALL"]


def request_models(engine, settings: ServeSettings):
    """The request models, their enums (languages, rule ids) and limits those of this server, so
    the OpenAPI document says exactly what is accepted."""
    lang_t = Literal[tuple(engine.lexicons.languages)]
    rule_t = Literal[tuple(rule_choices(engine))]
    options = create_model(
        "CheckOptions", __config__=ConfigDict(extra="forbid"),
        __doc__="Which rules run for this request, each entry a rule id, a family (DATE) or ALL; "
                "they replace the server's configured select/ignore.",
        select=(list[rule_t] | None, Field(None, max_length=100, description="Only these rules.")),
        ignore=(list[rule_t] | None, Field(None, max_length=100, description="Never these rules.")))
    article = create_model(
        "ArticleIn", __base__=ArticleBase,
        text=(str, Field(min_length=1, max_length=settings.max_chars, pattern=r"\S",
                         description="The article (some text, not only white space). Spans in the "
                                     "result index it.")),
        lang=(lang_t | None, Field(None, description="Language; default: detected from the script.")))
    check = create_model("CheckRequest", __base__=article, options=(options | None, None))
    batch = create_model(
        "BatchRequest", __config__=ConfigDict(extra="forbid"),
        articles=(list[article], Field(min_length=1, max_length=settings.max_batch,
                                       description="The articles, checked in parallel; results "
                                                   "come back in the same order.")),
        options=(options | None, None))
    return check, batch


class Utf16SourcePosition(SourcePosition):
    start_utf16: int | None = Field(None, description="With offsets=utf16: start in UTF-16 code units.")
    end_utf16: int | None = None


class Utf16Span(Span):
    """A span; with ``offsets=utf16`` also its offsets in UTF-16 code units (JavaScript)."""

    source: Utf16SourcePosition | None = None
    start_utf16: int | None = Field(None, description="With offsets=utf16: start in UTF-16 code units.")
    end_utf16: int | None = None


class Utf16Related(Related):
    span: Utf16Span


class Utf16Suggestion(Suggestion):
    span: Utf16Span


class Utf16Finding(Finding):
    span: Utf16Span
    related: tuple[Utf16Related, ...] = ()
    suggestions: tuple[Utf16Suggestion, ...] = ()


class CheckResult(ArticleResult):
    """An article's result: the model of ``checker check --format json`` (``checker schema
    --model article``); with ``offsets=utf16`` every span also carries UTF-16 offsets."""

    findings: tuple[Utf16Finding, ...] = ()


class BatchResult(Report):
    """The whole report, as ``checker check --format json`` writes it."""

    articles: tuple[CheckResult, ...] = ()


class Problem(BaseModel):
    loc: str = Field(description="Where: body.text, body.options.select[0], query.offsets, ...")
    message: str


class ErrorResponse(BaseModel):
    error: str = Field(description="A stable code: malformed-json, invalid-request, unknown-rule, "
                                   "unknown-language, empty-article, too-large, unauthorized, "
                                   "not-found, method-not-allowed, unsupported-media-type, busy, "
                                   "time-limit")
    message: str
    problems: list[Problem] = []


class RuleInfo(BaseModel):
    id: str
    name: str
    severity: str
    languages: list[str]
    summary: str
    plugin: str | None
    messages: dict[str, str]
    options: dict[str, Any]


class Health(BaseModel):
    status: str
    version: str
    languages: list[str]
    rules: int
    workers: int
    auth: bool
    limits: dict[str, float]


# --- errors ---------------------------------------------------------------------------------

class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, problems: list[dict] | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.problems = problems or []
        self.headers = headers


def _error(status: int, code: str, message: str, problems=None, headers=None) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, "problems": problems or []},
                        status_code=status, headers=headers)


def _loc(parts) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


_STATUS_CODES = {400: "bad-request", 401: "unauthorized", 404: "not-found", 405: "method-not-allowed",
                 413: "too-large", 415: "unsupported-media-type"}

ERRORS = {s: {"model": ErrorResponse} for s in (400, 401, 413, 415, 422, 503)}


# --- the service ----------------------------------------------------------------------------

class Service:
    """The loaded engine, the settings and the worker pool."""

    def __init__(self, engine, settings: ServeSettings, plugin_specs: tuple[str, ...] = ()):
        self.engine = engine
        self.settings = settings
        self.plugin_specs = plugin_specs
        self.spec = EngineSpec(engine.config, plugin_specs)
        self.workers = settings.worker_count()
        self.pending = 0
        self.max_pending = max(8, self.workers * 16)
        self._pool: Executor | None = None

    @property
    def languages(self) -> list[str]:
        return list(self.engine.lexicons.languages)

    def pool(self) -> Executor:
        if self._pool is None:
            if self.workers == 0:
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="checker")
            else:
                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context("spawn"),
                    initializer=start_worker, initargs=(self.spec,))
        return self._pool

    def warm_up(self) -> None:
        """Start every worker now (each loads the plugins) rather than on the first request."""
        if self.workers:
            ex = self.pool()
            for f in [ex.submit(pool.ping) for _ in range(self.workers)]:
                f.result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    @staticmethod
    def options(options) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
        if options is None:
            return None, None
        conv = lambda v: tuple(v) if v is not None else None  # noqa: E731
        return conv(options.select), conv(options.ignore)

    async def run(self, items: list[dict], select, ignore, utf16: bool) -> list[tuple[ArticleResult, dict]]:
        """Check items in the pool, at most ``time_limit`` seconds for all of them."""
        if self.pending >= self.max_pending:
            raise ApiError(503, "busy", "too many checks waiting; try again shortly", headers={"Retry-After": "1"})
        self.pending += 1
        ex = self.pool()
        futures = []
        try:
            chunks = [items[i::self.workers or 1] for i in range(min(len(items), self.workers or 1))]
            engine = self.engine if self.workers == 0 else self.spec
            futures = [asyncio.wrap_future(ex.submit(pool.check_items, chunk, select, ignore, utf16, engine))
                       for chunk in chunks]
            done = await asyncio.wait_for(asyncio.gather(*futures), self.settings.time_limit)
        except asyncio.TimeoutError:
            raise ApiError(503, "time-limit", f"checking took longer than the limit of "
                           f"{self.settings.time_limit:g} s", headers={"Retry-After": "5"}) from None
        except BrokenProcessPool:
            self.close()
            raise ApiError(503, "busy", "a check worker stopped; it has been restarted, try again",
                           headers={"Retry-After": "1"}) from None
        finally:
            self.pending -= 1
            for f in futures:
                f.cancel()
        # undo the round-robin split, keeping the request's order
        out: list[Any] = [None] * len(items)
        for c, results in enumerate(done):
            for k, r in enumerate(results):
                out[c + k * len(chunks)] = r
        return out


def create_app(engine=None, settings: ServeSettings | None = None, plugin_specs: tuple[str, ...] = ()) -> FastAPI:
    """The ASGI application. ``engine``: a loaded :class:`checker.Engine` (default: one with the
    default configuration); ``settings``: limits, keys, CORS, workers."""
    engine = engine or Engine()
    settings = settings or ServeSettings()
    svc = Service(engine, settings, plugin_specs)
    CheckRequest, BatchRequest = request_models(engine, settings)
    choices = rule_choices(engine)

    @asynccontextmanager
    async def lifespan(app):
        await asyncio.get_running_loop().run_in_executor(None, svc.warm_up)
        try:
            yield
        finally:
            svc.close()

    app = FastAPI(title="checker", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,  # their pages load scripts from a CDN
                  description="Checks news articles for internal inconsistencies. Results are the "
                              "model of `checker check --format json`.")
    app.state.service = svc

    # -- errors as JSON naming the problem
    @app.exception_handler(ApiError)
    async def _api_error(request, exc: ApiError):
        return _error(exc.status, exc.code, exc.message, exc.problems, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request, exc: RequestValidationError):
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if request.method == "POST" and not (ctype == "application/json" or ctype.endswith("+json")) and \
                any(tuple(e.get("loc", ())) == ("body",) for e in exc.errors()):
            return _error(415, "unsupported-media-type", f"send the body as JSON with 'Content-Type: "
                          f"application/json' (got {ctype or 'no content type'!r})",
                          [{"loc": "header.content-type", "message": "expected application/json"}])
        problems, codes = [], set()
        for err in exc.errors():
            if err.get("type") == "json_invalid":
                detail = (err.get("ctx") or {}).get("error", "")
                return _error(400, "malformed-json", f"the body is not valid JSON: {detail}".rstrip(": "),
                              [{"loc": "body", "message": f"JSON decode error: {detail}"}])
            loc = tuple(err.get("loc", ()))
            msg = err.get("msg", "invalid").removeprefix("Value error, ")
            kind = err.get("type")
            if kind == "extra_forbidden":
                msg = "unknown field"
            elif kind == "missing":
                msg = "required field missing"
            elif kind == "literal_error" and loc[-1:] == ("lang",):
                codes.add("unknown-language")
                msg = f"unknown language {err.get('input')!r} (available: {', '.join(svc.languages)})"
            elif kind == "literal_error" and len(loc) >= 2 and loc[-2] in ("select", "ignore"):
                codes.add("unknown-rule")
                msg = f"unknown rule {err.get('input')!r} (a rule id, a family or ALL: {', '.join(choices)})"
            elif kind == "string_pattern_mismatch" and loc[-1:] == ("text",):
                codes.add("empty-article")
                msg = "the article has no text, only white space"
            problems.append({"loc": _loc(loc), "message": msg})
        summary = "; ".join(f"{p['loc']}: {p['message']}" for p in problems[:10])
        code = codes.pop() if len(codes) == 1 and len(problems) == 1 else "invalid-request"
        return _error(422, code, summary or "invalid request", problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request, exc: StarletteHTTPException):
        code = _STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code
        problems = []
        if exc.status_code == 400:  # a body FastAPI could not decode (not UTF-8, nested too deep)
            code, message = "malformed-json", f"the body is not valid JSON in UTF-8 ({message})"
            problems = [{"loc": "body", "message": "cannot be decoded"}]
        elif exc.status_code == 404:
            message = f"no such endpoint: {request.method} {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return _error(exc.status_code, code, message, problems, headers=getattr(exc, "headers", None))

    # -- API keys
    def auth(request: Request) -> None:
        keys = settings.api_keys
        if not keys:
            return
        given = request.headers.get("x-api-key")
        header = request.headers.get("authorization", "")
        if given is None and header[:7].lower() == "bearer ":
            given = header[7:].strip()
        if given is None or not any(hmac.compare_digest(given.encode(), k.encode()) for k in keys):
            raise ApiError(401, "unauthorized", "a valid API key is required: send 'Authorization: Bearer KEY' "
                           "or 'X-API-Key: KEY'" if given is None else "the API key is not valid",
                           headers={"WWW-Authenticate": "Bearer"})

    @app.post("/v1/check", response_model=None, responses={200: {"model": CheckResult}, **ERRORS},
              summary="Check one article", dependencies=[Depends(auth)])
    async def check(body: CheckRequest, offsets: Offsets = "codepoint") -> JSONResponse:
        select, ignore = svc.options(body.options)
        [(result, dump)] = await svc.run([_item(body, "article")], select, ignore, offsets == "utf16")
        return JSONResponse(dump)

    @app.post("/v1/check/batch", response_model=None, responses={200: {"model": BatchResult}, **ERRORS},
              summary="Check a list of articles", dependencies=[Depends(auth)])
    async def check_batch(body: BatchRequest, offsets: Offsets = "codepoint") -> JSONResponse:
        total = sum(len(a.text) for a in body.articles)
        if total > settings.max_batch_chars:
            raise ApiError(413, "too-large", f"the articles have {total:,} characters together; the limit is "
                           f"{settings.max_batch_chars:,}", [{"loc": "body.articles", "message": "too long"}])
        select, ignore = svc.options(body.options)
        items = [_item(a, str(n)) for n, a in enumerate(body.articles, 1)]
        results = await svc.run(items, select, ignore, offsets == "utf16")
        summary = summarize(r for r, _ in results)
        return JSONResponse({"version": OUTPUT_VERSION, "articles": [d for _, d in results],
                             "summary": summary.model_dump(mode="json")})

    @app.get("/v1/rules", response_model=list[RuleInfo], responses={401: {"model": ErrorResponse}},
             summary="Every rule of every plugin", dependencies=[Depends(auth)])
    async def rules() -> JSONResponse:
        return JSONResponse([rule_dict(r) for r in engine.rules.values()])

    @app.get("/healthz", response_model=Health, summary="Liveness and what is loaded")
    async def healthz() -> JSONResponse:
        return JSONResponse({"status": "ok", "version": __version__, "languages": svc.languages,
                             "rules": len(engine.rules), "workers": svc.workers, "auth": bool(settings.api_keys),
                             "limits": {"max_body_bytes": settings.max_body_bytes, "max_chars": settings.max_chars,
                                        "max_batch": settings.max_batch, "max_batch_chars": settings.max_batch_chars,
                                        "time_limit": settings.time_limit}})

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        with resources.as_file(ASSETS.joinpath("index.html")) as path:
            return FileResponse(path, media_type="text/html; charset=utf-8")

    with resources.as_file(ASSETS) as assets_dir:
        app.mount("/static", StaticFiles(directory=assets_dir), name="static")

    # outermost first: security headers, CORS, then the body limit
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type", "X-API-Key"],
                           max_age=600)
    app.add_middleware(SecurityHeaders)
    return app


def _item(a: ArticleBase, default_id: str) -> dict[str, Any]:
    return {"id": a.id or default_id, "text": a.text, "lang": a.lang,
            "published": a.published.isoformat() if a.published else None, "title": a.title, "format": a.format}


# --- middleware (plain ASGI) ----------------------------------------------------------------

class BodyLimit:
    """Refuse a request body over ``limit`` bytes with 413, whether or not it says its length,
    before any of it is parsed."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            return await self._too_large(scope, receive, send, length)
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.limit:
                return await self._too_large(scope, receive, send, None)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope, receive, send, length):
        size = f" of {int(length):,} bytes" if length and length.isdigit() else ""
        response = _error(413, "too-large", f"the request body{size} is over the limit of {self.limit:,} bytes",
                          [{"loc": "body", "message": "too large"}], headers={"Connection": "close"})
        await response(scope, receive, send)


class SecurityHeaders:
    """The page loads nothing from elsewhere: a Content-Security-Policy on every response, and
    no content-type sniffing."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers += [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
