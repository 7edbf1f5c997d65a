"""The service's edges: the API key checked before the body is read, request smuggling refused,
slow clients cut off (headers and body), strict ``published`` dates (also in JSON Lines)."""

from __future__ import annotations

import asyncio
import datetime as dt
import contextlib
import http.client
import json
import socket
import threading
import time
import warnings

import pytest

pytest.importorskip("fastapi", reason="the service needs the 'serve' extra (FastAPI, uvicorn)")
pytest.importorskip("uvicorn", reason="the service needs the 'serve' extra")

import uvicorn  # noqa: E402

with warnings.catch_warnings():  # Starlette's test client asks for a renamed httpx; this one works
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient  # noqa: E402

from checker.core.engine import Engine  # noqa: E402
from checker.io.inputs import article_from_record  # noqa: E402
from checker.service.app import create_app  # noqa: E402
from checker.service.middleware import BodyLimit  # noqa: E402
from checker.service.protocol import protocol_with_deadline  # noqa: E402
from checker.service.settings import ServeSettings  # noqa: E402

from tests.integration.test_service import assert_error, client  # noqa: E402,F401 - client: a fixture


def test_the_api_key_is_checked_before_the_body_is_read():
    with TestClient(create_app(Engine(), ServeSettings(workers=0, api_keys=("k1",), max_body_bytes=2048))) as c:
        headers = {"content-type": "application/json"}
        assert_error(c.post("/v1/check", content=b"{not json", headers=headers), 401, "unauthorized", "API key")
        assert_error(c.post("/v1/check", content=b"{}", headers=headers), 401, "unauthorized")
        assert_error(c.post("/v1/check", content=b"x" * 4096, headers=headers), 401, "unauthorized")
        assert_error(c.post("/v1/check", content=b"{not json", headers={**headers, "x-api-key": "k1"}),
                     400, "malformed-json")
        assert_error(c.post("/v1/check", content=b"x" * 4096, headers={**headers, "x-api-key": "k1"}),
                     413, "too-large")


def test_transfer_encoding_with_content_length_is_refused(client):
    r = client.post("/v1/check", content=b'{"text": "The council met."}',
                    headers={"content-type": "application/json", "transfer-encoding": "chunked"})
    assert "content-length" in r.request.headers
    body = assert_error(r, 400, "ambiguous-length", "Transfer-Encoding", "Content-Length")
    assert body["problems"] == [{"loc": "header.transfer-encoding", "message": "not with Content-Length"}]
    assert r.headers["connection"] == "close"


def test_a_body_that_does_not_arrive_in_time_is_answered_408():
    async def never_called(scope, receive, send):
        raise AssertionError("the app must not see the request")

    async def trickle():
        await asyncio.sleep(0.05)
        return {"type": "http.request", "body": b"x", "more_body": True}

    sent = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/v1/check", "headers": [(b"content-length", b"1000")]}
    t = time.perf_counter()
    asyncio.run(BodyLimit(never_called, limit=10_000, timeout=0.3)(scope, trickle, send))
    assert time.perf_counter() - t < 3
    assert sent[0]["status"] == 408 and (b"connection", b"close") in sent[0]["headers"]
    body = json.loads(sent[1]["body"])
    assert body == {"error": "request-timeout", "message": "the request body did not arrive within 0.3 s",
                    "problems": [{"loc": "body", "message": "too slow"}]}


@pytest.mark.parametrize("value", ["2024-01-01garbage", "2024-01-01T99:99", 20240101, "2024-1-1", "2024-02-30"])
def test_published_must_be_an_iso_date(client, value):
    r = client.post("/v1/check", json={"text": "The council met.", "published": value})
    body = assert_error(r, 422, "invalid-request", "body.published")
    assert [p["loc"] for p in body["problems"]] == ["body.published"]
    r = client.post("/v1/check/batch", json={"articles": [{"text": "The council met.", "published": value}]})
    assert [p["loc"] for p in assert_error(r, 422, "invalid-request")["problems"]] == ["body.articles[0].published"]


@pytest.fixture(scope="module")
def server():
    """The app under uvicorn on a loopback port, in a thread, headers due within 0.5 s."""
    app = create_app(Engine(), ServeSettings(workers=0, read_timeout=0.5))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, http=protocol_with_deadline(0.5), log_level="warning", timeout_keep_alive=30)
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.02)
    yield sock.getsockname()[1]
    srv.should_exit = True
    thread.join(10)
    sock.close()


def read_all(conn: socket.socket, within: float = 5.0) -> tuple[bytes, float]:
    """What the server sends until it closes the connection, and how long that took."""
    conn.settimeout(within)
    t, data = time.monotonic(), b""
    with contextlib.suppress(ConnectionResetError):
        while chunk := conn.recv(65536):
            data += chunk
    return data, time.monotonic() - t


def test_a_client_trickling_its_headers_is_disconnected(server):
    with socket.create_connection(("127.0.0.1", server)) as conn:
        conn.sendall(b"POST /v1/check HTTP/1.1\r\nHost: svc\r\n")
        t = time.monotonic()
        closed = False
        while time.monotonic() - t < 5 and not closed:
            try:
                conn.sendall(b"X-Slow: 1\r\n")
                conn.settimeout(0.1)
                closed = conn.recv(1) == b""
            except socket.timeout:
                continue
            except (BrokenPipeError, ConnectionResetError):
                closed = True
        assert closed and time.monotonic() - t < 3


def test_a_kept_alive_connection_serves_requests_after_the_header_deadline(server):
    conn = http.client.HTTPConnection("127.0.0.1", server, timeout=5)
    try:
        ports = set()
        for _ in range(3):
            conn.request("GET", "/healthz")
            r = conn.getresponse()
            assert r.status == 200 and json.loads(r.read())["status"] == "ok"
            ports.add(conn.sock.getsockname()[1])
            time.sleep(0.3)   # under the deadline each time, over it in total
        assert len(ports) == 1   # one connection throughout
    finally:
        conn.close()


def test_smuggling_framing_is_refused_on_the_wire(server):
    with socket.create_connection(("127.0.0.1", server)) as conn:
        conn.sendall(b"POST /v1/check HTTP/1.1\r\nHost: svc\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /healthz HTTP/1.1\r\n"
                     b"Host: svc\r\n\r\n")
        data, _ = read_all(conn)
    assert data.startswith(b"HTTP/1.1 400 ") and b'"ambiguous-length"' in data
    assert data.count(b"HTTP/1.1 ") == 1   # the connection closed: nothing smuggled behind it


@pytest.mark.parametrize("value", ["2024-01-01garbage", "2024-01-01T99:99", 20240101, "20240101", "2024-02-30",
                                   "2024-01-01T", True])
def test_published_in_json_lines_is_strict(value):
    r = article_from_record({"id": "a", "text": "The council met.", "published": value}, "in.jsonl", 3)
    assert [(e.code, e.message, e.line) for e in r.errors] == [
        ("bad-record", f"line 3: 'published' is not an ISO date (YYYY-MM-DD, or a date and time): {value!r}", 3)]


@pytest.mark.parametrize("value", ["2024-01-01", "2024-01-01T23:59", "2024-01-01T08:00:00Z", "2024-01-01 08:00:00+03:00"])
def test_published_in_json_lines_takes_a_date_or_a_date_and_time(value):
    r = article_from_record({"id": "a", "text": "The council met.", "published": value}, "in.jsonl", 3)
    assert r.published == dt.date(2024, 1, 1)
