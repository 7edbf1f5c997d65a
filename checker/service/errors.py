"""Every bad request answered with a JSON body ``{"error", "message", "problems"}`` naming the
problem: :class:`ApiError` raised by the service, and handlers for what FastAPI and Starlette
refuse themselves (validation, malformed JSON, unknown endpoints)."""

import json

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from checker.i18n.service import localize_error_body
from checker.service.models import ErrorResponse


class ApiError(Exception):
    """A request the service refuses: its HTTP status, stable code, message and problems."""

    def __init__(self, status: int, code: str, message: str, problems: list[dict] | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.problems = problems or []
        self.headers = headers


def error_response(status: int, code: str, message: str, problems=None, headers=None) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, "problems": problems or []},
                        status_code=status, headers=headers)


def _loc(parts) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


STATUS_CODES = {400: "bad-request", 401: "unauthorized", 404: "not-found", 405: "method-not-allowed", 408: "request-timeout",
                413: "too-large", 415: "unsupported-media-type"}

# the error responses the OpenAPI document declares for the API's routes
ERRORS = {s: {"model": ErrorResponse} for s in (400, 401, 408, 413, 415, 422, 429, 503)}


def install_handlers(app: FastAPI, languages: list[str], choices: list[str], localizer=None) -> None:
    """Answer every error of ``app`` as JSON naming the problem; ``languages`` and ``choices``
    (rule ids, families, ALL) are what an unknown-language or unknown-rule message lists. With a
    ``localizer`` (checker.i18n), the message is in the request's Accept-Language."""

    def local(request, response: JSONResponse) -> JSONResponse:
        if localizer is None:
            return response
        body = localize_error_body(localizer, request.headers.get("accept-language"), response.body)
        if body is not response.body:
            headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
            response = JSONResponse(json.loads(body), status_code=response.status_code, headers=headers)
        return response

    @app.exception_handler(ApiError)
    async def _api_error(request, exc: ApiError):
        return local(request, error_response(exc.status, exc.code, exc.message, exc.problems, exc.headers))

    @app.exception_handler(RequestValidationError)
    async def _validation(request, exc: RequestValidationError):
        return local(request, validation_response(request, exc, languages, choices))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request, exc: StarletteHTTPException):
        return local(request, http_response(request, exc))


def validation_response(request, exc: RequestValidationError, languages: list[str],
                        choices: list[str]) -> JSONResponse:
    """A request FastAPI could not validate: 415 for a body that is not JSON, 400 for malformed
    JSON, else 422 with one problem per error and a code of its own when there is one problem."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method == "POST" and not (ctype == "application/json" or ctype.endswith("+json")) and \
            any(tuple(e.get("loc", ())) == ("body",) for e in exc.errors()):
        return error_response(415, "unsupported-media-type", f"send the body as JSON with 'Content-Type: "
                              f"application/json' (got {ctype or 'no content type'!r})",
                              [{"loc": "header.content-type", "message": "expected application/json"}])
    problems, codes = [], set()
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            detail = (err.get("ctx") or {}).get("error", "")
            return error_response(400, "malformed-json", f"the body is not valid JSON: {detail}".rstrip(": "),
                                  [{"loc": "body", "message": f"JSON decode error: {detail}"}])
        loc = tuple(err.get("loc", ()))
        code, msg = _problem(err, loc, languages, choices)
        if code:
            codes.add(code)
        problems.append({"loc": _loc(loc), "message": msg})
    summary = "; ".join(f"{p['loc']}: {p['message']}" for p in problems[:10])
    code = codes.pop() if len(codes) == 1 and len(problems) == 1 else "invalid-request"
    return error_response(422, code, summary or "invalid request", problems)


def _problem(err: dict, loc: tuple, languages: list[str], choices: list[str]) -> tuple[str | None, str]:
    """The error code (if the problem has one of its own) and the message of one validation error."""
    msg = err.get("msg", "invalid").removeprefix("Value error, ")
    kind = err.get("type")
    if kind == "extra_forbidden":
        return None, "unknown field"
    if kind == "missing":
        return None, "required field missing"
    if kind == "literal_error" and loc[-1:] == ("lang",):
        return "unknown-language", f"unknown language {err.get('input')!r} (available: {', '.join(languages)})"
    if kind == "literal_error" and len(loc) >= 2 and loc[-2] in ("select", "ignore"):
        return "unknown-rule", f"unknown rule {err.get('input')!r} (a rule id, a family or ALL: {', '.join(choices)})"
    if kind == "string_pattern_mismatch" and loc[-1:] == ("text",):
        return "empty-article", "the article has no text, only white space"
    return None, msg


def http_response(request, exc: StarletteHTTPException) -> JSONResponse:
    """What Starlette refuses itself (an undecodable body, an unknown endpoint or method)."""
    code = STATUS_CODES.get(exc.status_code, "error")
    message = exc.detail if isinstance(exc.detail, str) else code
    problems = []
    if exc.status_code == 400:  # a body FastAPI could not decode (not UTF-8, nested too deep)
        code, message = "malformed-json", f"the body is not valid JSON in UTF-8 ({message})"
        problems = [{"loc": "body", "message": "cannot be decoded"}]
    elif exc.status_code == 404:
        message = f"no such endpoint: {request.method} {request.url.path}"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    return error_response(exc.status_code, code, message, problems, headers=getattr(exc, "headers", None))
