"""The HTTP service (``checker serve``): a JSON API a CMS calls, and the review page for editors.

    POST /v1/check         one article -> its result, the model of the CLI's JSON output
    POST /v1/check/batch   a bounded list of articles -> the CLI's whole JSON report
    GET  /v1/rules         every rule of every plugin (``checker rules --format json``)
    POST /v2/check         LanguageTool's API: form fields text/data and language -> its matches
    GET  /v2/languages     LanguageTool's list of languages
    GET  /healthz          liveness and saturation, languages, rules, workers
    GET  /openapi.json     the OpenAPI document
    GET  /                 the review page (assets under /static/, nothing from elsewhere)

Plugins load once: in this process (for the rule list and request validation) and in each
worker of the pool that runs the checks, so a long article never blocks other requests. Every
bad request is answered 4xx with a JSON body ``{"error", "message", "problems"}`` naming the
problem. The parts: :mod:`~checker.service.models` (request and response models),
:mod:`~checker.service.routes`, :mod:`~checker.service.errors`, :mod:`~checker.service.state`
(the engine and the worker pool), :mod:`~checker.service.middleware`.
"""

from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.cors import CORSMiddleware

from checker.core.engine import Engine
from checker.core.version import __version__
from checker.i18n.localize import Localizer
from checker.service.errors import install_handlers
from checker.service.languagetool import router as languagetool_router
from checker.service.middleware import ApiKey, BodyLimit, SecurityHeaders
from checker.service.models import request_models, rule_choices
from checker.service.routes import ASSETS, router
from checker.service.settings import ServeSettings
from checker.service.state import Service

__all__ = ["ASSETS", "create_app"]


def create_app(engine=None, settings: ServeSettings | None = None, plugin_specs: tuple[str, ...] = ()) -> FastAPI:
    """The ASGI application. ``engine``: a loaded :class:`checker.Engine` (default: one with the
    default configuration); ``settings``: limits, keys, CORS, workers."""
    engine = engine or Engine()
    settings = settings or ServeSettings()
    svc = Service(engine, settings, plugin_specs)
    check_request, batch_request = request_models(engine, settings)

    @asynccontextmanager
    async def lifespan(app):
        try:
            await svc.warm_up()
            yield
        finally:
            svc.close()

    app = FastAPI(title="checker", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,  # their pages load scripts from a CDN
                  description="Checks news articles for internal inconsistencies. Results are the "
                              "model of `checker check --format json`.")
    app.state.service = svc
    localizer = Localizer.for_engine(engine)   # errors in the request's Accept-Language (checker.i18n)
    install_handlers(app, svc.languages, rule_choices(engine), localizer)
    app.include_router(router(svc, check_request, batch_request))
    app.include_router(languagetool_router(svc))
    with resources.as_file(ASSETS) as assets_dir:
        app.mount("/static", StaticFiles(directory=assets_dir), name="static")

    # outermost first: security headers, CORS, the API key (before any of the body is read), then
    # the framing and body checks
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes, timeout=settings.read_timeout, localizer=localizer)
    app.add_middleware(ApiKey, keys=settings.api_keys, localizer=localizer)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type", "X-API-Key"],
                           max_age=600)
    app.add_middleware(SecurityHeaders)
    return app
