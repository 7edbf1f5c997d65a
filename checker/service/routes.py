"""The service's routes: the JSON API (``/v1/check``, ``/v1/check/batch``, ``/v1/rules``), the
health check and the review page, with the API-key check of the routes that need one."""

import hmac
from importlib import resources

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, JSONResponse

from checker.core.catalogue import rule_dict
from checker.core.models import OUTPUT_VERSION, summarize
from checker.core.version import __version__
from checker.service.errors import ERRORS, ApiError
from checker.service.models import (BatchResult, CheckResult, ErrorResponse, Health, Offsets, RuleInfo,
                                    item)
from checker.service.settings import ServeSettings
from checker.service.state import Service

ASSETS = resources.files("checker").joinpath("assets")


def api_key_check(settings: ServeSettings):
    """The dependency that refuses a request without a valid API key (none when no key is set)."""

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

    return auth


def router(svc: Service, check_request, batch_request) -> APIRouter:
    """Every route of the service; ``check_request`` and ``batch_request`` are this server's
    request models (:func:`checker.service.models.request_models`)."""
    engine, settings = svc.engine, svc.settings
    auth = [Depends(api_key_check(settings))]
    api = APIRouter()

    @api.post("/v1/check", response_model=None, responses={200: {"model": CheckResult}, **ERRORS},
              summary="Check one article", dependencies=auth)
    async def check(body: check_request, offsets: Offsets = "codepoint") -> JSONResponse:
        select, ignore = svc.options(body.options)
        [(result, dump)] = await svc.run([item(body, "article")], select, ignore, offsets == "utf16")
        return JSONResponse(dump)

    @api.post("/v1/check/batch", response_model=None, responses={200: {"model": BatchResult}, **ERRORS},
              summary="Check a list of articles", dependencies=auth)
    async def check_batch(body: batch_request, offsets: Offsets = "codepoint") -> JSONResponse:
        total = sum(len(a.text) for a in body.articles)
        if total > settings.max_batch_chars:
            raise ApiError(413, "too-large", f"the articles have {total:,} characters together; the limit is "
                           f"{settings.max_batch_chars:,}", [{"loc": "body.articles", "message": "too long"}])
        select, ignore = svc.options(body.options)
        items = [item(a, str(n)) for n, a in enumerate(body.articles, 1)]
        results = await svc.run(items, select, ignore, offsets == "utf16")
        summary = summarize(r for r, _ in results)
        return JSONResponse({"version": OUTPUT_VERSION, "articles": [d for _, d in results],
                             "summary": summary.model_dump(mode="json")})

    @api.get("/v1/rules", response_model=list[RuleInfo], responses={401: {"model": ErrorResponse}},
             summary="Every rule of every plugin", dependencies=auth)
    async def rules() -> JSONResponse:
        return JSONResponse([rule_dict(r) for r in engine.rules.values()])

    @api.get("/healthz", response_model=Health, summary="Liveness and what is loaded")
    async def healthz() -> JSONResponse:
        return JSONResponse({"status": "ok", "version": __version__, "languages": svc.languages,
                             "rules": len(engine.rules), "workers": svc.workers, "auth": bool(settings.api_keys),
                             "limits": {"max_body_bytes": settings.max_body_bytes, "max_chars": settings.max_chars,
                                        "max_batch": settings.max_batch, "max_batch_chars": settings.max_batch_chars,
                                        "time_limit": settings.time_limit}})

    @api.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        with resources.as_file(ASSETS.joinpath("index.html")) as path:
            return FileResponse(path, media_type="text/html; charset=utf-8")

    return api
