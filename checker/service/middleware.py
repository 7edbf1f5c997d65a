"""The service's middleware, plain ASGI: the API key (checked before anything of the body is
read), the framing and body checks (one length only, the size limit, the time to send it) and
the security headers."""

import asyncio
import hmac

from checker.i18n.service import request_error_message
from checker.service.errors import error_response

# Content-Security-Policy of every response: the page loads nothing from anywhere else.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class ApiKey:
    """Refuse a request to ``/v1/`` without a valid API key (none needed when no key is set) with
    401, before its body is read; and name the request's client for the fair queue
    (``scope["state"]["client"]``): the key it gave, else its address. With a ``localizer``
    (checker.i18n), the 401's message is in the request's Accept-Language."""

    def __init__(self, app, keys: tuple[str, ...], localizer=None):
        self.app, self.keys, self.localizer = app, tuple(k.encode() for k in keys), localizer

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        client = f"addr:{(scope.get('client') or ('local',))[0]}"
        if self.keys and scope["path"].startswith("/v1/") and scope["method"] != "OPTIONS":
            headers = dict(scope.get("headers") or [])
            given = headers.get(b"x-api-key")
            auth = headers.get(b"authorization", b"")
            if given is None and auth[:7].lower() == b"bearer ":
                given = auth[7:].strip()
            # every key compared, in constant time, whichever matches
            matches = [hmac.compare_digest(given, k) for k in self.keys] if given is not None else []
            if not any(matches):
                key, message = (("unauthorized-missing", "a valid API key is required: send 'Authorization: Bearer KEY' "
                                                         "or 'X-API-Key: KEY'")
                                if given is None else ("unauthorized-invalid", "the API key is not valid"))
                accept = headers.get(b"accept-language", b"").decode("latin-1") or None
                message = request_error_message(self.localizer, accept, key, message)
                response = error_response(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})
                return await response(scope, receive, send)
            client = f"key:{matches.index(True)}"
        scope.setdefault("state", {})["client"] = client
        await self.app(scope, receive, send)


class BodyLimit:
    """Refuse a request body over ``limit`` bytes with 413, whether or not it says its length,
    before any of it is parsed; a request that gives both ``Transfer-Encoding`` and
    ``Content-Length`` with 400 (a proxy in front may read its length otherwise: request
    smuggling); a body not received within ``timeout`` seconds with 408. Each answer closes the
    connection."""

    def __init__(self, app, limit: int, timeout: float = 15.0, localizer=None):
        self.app, self.limit, self.timeout, self.localizer = app, limit, timeout, localizer

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        names = [name for name, _ in scope.get("headers") or []]
        if b"transfer-encoding" in names and b"content-length" in names:
            return await self._refuse(scope, receive, send, 400, "ambiguous-length", "the request gives both "
                                      "Transfer-Encoding and Content-Length; send one of them",
                                      [{"loc": "header.transfer-encoding", "message": "not with Content-Length"}])
        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            return await self._too_large(scope, receive, send, length)
        try:
            body = await asyncio.wait_for(self._read(receive), self.timeout)
        except asyncio.TimeoutError:
            return await self._refuse(scope, receive, send, 408, "request-timeout", f"the request body did not "
                                      f"arrive within {self.timeout:g} s", [{"loc": "body", "message": "too slow"}])
        if body is None:
            return
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

    async def _read(self, receive) -> bytearray | None:
        """The body (None: the client left); it stops as soon as it is over the limit."""
        body = bytearray()
        more = True
        while more and len(body) <= self.limit:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            more = message.get("more_body", False)
        return body

    async def _too_large(self, scope, receive, send, length):
        size = f" of {int(length):,} bytes" if length and length.isdigit() else ""
        await self._refuse(scope, receive, send, 413, "too-large", f"the request body{size} is over the limit of "
                           f"{self.limit:,} bytes", [{"loc": "body", "message": "too large"}])

    async def _refuse(self, scope, receive, send, status: int, code: str, message: str, problems: list[dict]) -> None:
        """Answer ``status`` and close; the message in the request's Accept-Language (checker.i18n)."""
        accept = dict(scope.get("headers") or []).get(b"accept-language", b"").decode("latin-1") or None
        message = request_error_message(self.localizer, accept, code, message)
        response = error_response(status, code, message, problems, headers={"Connection": "close"})
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
