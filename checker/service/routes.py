"""The service's routes: the JSON API (``/v1/check``, ``/v1/check/batch``, ``/v1/rules``; the
API key is checked before them, :class:`checker.service.middleware.ApiKey`), the health check
and the review page."""

import asyncio
from importlib import resources

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse

from checker.core.catalogue import rule_dict
from checker.core.models import OUTPUT_VERSION, summarize
from checker.core.version import __version__
from checker.i18n.localize import Localizer
from checker.i18n.service import page_html, request_locale
from checker.service.errors import ERRORS, ApiError
from checker.service.models import (BatchResult, CheckResult, ErrorResponse, Health, Offsets, RuleInfo,
                                    item)
from checker.service.pool import check_across
from checker.service.state import Service

ASSETS = resources.files("checker").joinpath("assets")


def router(svc: Service, check_request, batch_request) -> APIRouter:
    """Every route of the service; ``check_request`` and ``batch_request`` are this server's
    request models (:func:`checker.service.models.request_models`)."""
    engine, settings = svc.engine, svc.settings
    localizer = Localizer.for_engine(engine)  # findings in the request's locale (checker.i18n)
    api = APIRouter()

    def locale_of(request: Request, body) -> str:
        return request_locale(localizer, getattr(body, "locale", None), request.headers.get("accept-language"))

    @api.post("/v1/check", response_model=None, responses={200: {"model": CheckResult}, **ERRORS},
              summary="Check one article")
    async def check(request: Request, body: check_request, offsets: Offsets = "codepoint") -> JSONResponse:
        select, ignore = svc.options(body.options)
        [(result, dump)] = await svc.run([item(body, "article")], select, ignore, offsets == "utf16",
                                         _client(request))
        locale = locale_of(request, body)
        return JSONResponse(localizer.result_dict(dump, locale), headers=_language_header(locale))

    @api.post("/v1/check/batch", response_model=None, responses={200: {"model": BatchResult}, **ERRORS},
              summary="Check a list of articles")
    async def check_batch(request: Request, body: batch_request, offsets: Offsets = "codepoint") -> JSONResponse:
        total = sum(len(a.text) for a in body.articles)
        if total > settings.max_batch_chars:
            raise ApiError(413, "too-large", f"the articles have {total:,} characters together; the limit is "
                           f"{settings.max_batch_chars:,}", [{"loc": "body.articles", "message": "too long"}])
        select, ignore = svc.options(body.options)
        items = [item(a, str(n)) for n, a in enumerate(body.articles, 1)]
        results = await svc.run(items, select, ignore, offsets == "utf16", _client(request))
        if body.across:   # grouping spans the batch: in this process, after every article is checked
            results = await asyncio.get_running_loop().run_in_executor(
                None, check_across, items, results, select, ignore, offsets == "utf16", engine)
        summary = summarize(r for r, _ in results)
        locale = locale_of(request, body)
        return JSONResponse({"version": OUTPUT_VERSION,
                             "articles": [localizer.result_dict(d, locale) for _, d in results],
                             "summary": summary.model_dump(mode="json")}, headers=_language_header(locale))

    @api.get("/v1/rules", response_model=list[RuleInfo], responses={401: {"model": ErrorResponse}},
             summary="Every rule of every plugin")
    async def rules() -> JSONResponse:
        return JSONResponse([rule_dict(r) for r in engine.rules.values()])

    @api.get("/healthz", response_model=Health, summary="Liveness and what is loaded")
    async def healthz() -> JSONResponse:
        return JSONResponse({**svc.health(), "version": __version__, "languages": svc.languages,
                             "rules": len(engine.rules), "workers": svc.workers, "auth": bool(settings.api_keys),
                             "limits": {"max_body_bytes": settings.max_body_bytes, "max_chars": settings.max_chars,
                                        "max_batch": settings.max_batch, "max_batch_chars": settings.max_batch_chars,
                                        "time_limit": settings.time_limit,
                                        "client_concurrency": settings.client_cap(),
                                        "client_queue": settings.client_queue,
                                        "read_timeout": settings.read_timeout}})

    @api.get("/", include_in_schema=False)
    async def page(request: Request) -> HTMLResponse:
        locale = request.query_params.get("locale") or locale_of(request, None)
        if locale not in localizer.locales:
            locale = "en"
        html = ASSETS.joinpath("index.html").read_text(encoding="utf-8")
        return HTMLResponse(page_html(html, localizer, locale), headers={"Content-Language": locale})

    return api


def _language_header(locale: str) -> dict[str, str]:
    return {"Content-Language": locale} if locale != "auto" else {}


def _client(request: Request) -> str:
    """Who sent the request, for the fair queue (set by :class:`~checker.service.middleware.ApiKey`)."""
    return getattr(request.state, "client", "") or ""
