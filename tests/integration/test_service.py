"""The HTTP service (checker serve): every endpoint, every kind of bad input (4xx with a JSON body
naming the problem, never 5xx), limits, API keys, CORS, the worker pool, the command. With real
worker processes and the command run as a server: tests/slow/test_service_processes.py."""

from __future__ import annotations

import json
import sys
import time
import warnings

import httpx
import pytest

pytest.importorskip("fastapi", reason="the service needs the 'serve' extra (FastAPI, uvicorn)")

with warnings.catch_warnings():  # Starlette's test client asks for a renamed httpx; this one works
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient  # noqa: E402

from checker.cli.main import main  # noqa: E402
from checker.core.config import ConfigError  # noqa: E402
from checker.core.engine import Engine  # noqa: E402
from checker.core.models import summarize  # noqa: E402
from checker.service.app import ASSETS, create_app  # noqa: E402
from checker.service.settings import ServeSettings, load_settings  # noqa: E402

from tests.helpers import FIXTURES, ROOT  # noqa: E402

SEED = (FIXTURES / "articles" / "seed-ar-sharaa.txt").read_text(encoding="utf-8")
BUDGET = (FIXTURES / "articles" / "en-council-budget.txt").read_text(encoding="utf-8")
PAIR = "تشرين الثاني/ديسمبر"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Engine(), ServeSettings(workers=0, max_body_bytes=300_000, max_chars=50_000,
                                                      max_batch=5, max_batch_chars=60_000))) as c:
        yield c


def cli_json(text: str, *extra: str) -> dict:
    """What `checker check --format json` says of this text (read from stdin)."""
    import io

    out, err = io.StringIO(), io.StringIO()
    stdin = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")))
    try:
        main(["check", "--format", "json", "--no-config", *extra, "-"], stdout=out, stderr=err)
    finally:
        sys.stdin = stdin
    return json.loads(out.getvalue())


def assert_error(r: httpx.Response, status: int, code: str, *words: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error", "message", "problems"}
    assert body["error"] == code, body
    for w in words:
        assert w in body["message"] or any(w in p["loc"] or w in p["message"] for p in body["problems"]), body
    return body


# --- the endpoints ---------------------------------------------------------------------------

def test_healthz(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    h = r.json()
    assert h["status"] == "ok" and h["languages"] == ["ar", "en"] and h["auth"] is False
    assert h["rules"] == len(Engine().rules) and h["workers"] == 0
    assert h["limits"]["max_chars"] == 50_000


def test_rules_are_those_of_the_cli(client):
    import io

    out = io.StringIO()
    main(["rules", "--format", "json", "--no-config"], stdout=out, stderr=io.StringIO())
    r = client.get("/v1/rules")
    assert r.status_code == 200 and r.json() == json.loads(out.getvalue())


def test_check_returns_the_cli_json_article_result(client):
    r = client.post("/v1/check", json={"text": SEED})
    assert r.status_code == 200
    expected = cli_json(SEED)["articles"][0]
    expected.update(id="article", path=None)
    assert r.json() == expected
    pair = [f for f in r.json()["findings"] if f["rule"] == "DATE001"]
    assert pair[0]["span"]["text"] == PAIR and SEED[pair[0]["span"]["start"]:pair[0]["span"]["end"]] == PAIR


def test_check_with_every_field(client):
    body = {"text": SEED, "id": "story-42", "lang": "ar", "published": "2025-11-12", "title": "حليف",
            "format": "txt", "options": {"select": ["DATE001", "PUNCT"], "ignore": ["PUNCT002"]}}
    res = client.post("/v1/check", json=body).json()
    assert (res["id"], res["lang"], res["published"], res["published_source"]) == ("story-42", "ar", "2025-11-12", "input")
    assert {f["rule"] for f in res["findings"]} == {"DATE001", "PUNCT001"}
    expected = cli_json(SEED, "--lang", "ar", "--published", "2025-11-12", "--select", "DATE001,PUNCT",
                        "--ignore", "PUNCT002")["articles"][0]
    assert res["findings"] == expected["findings"]


def test_select_all_and_ignore_a_family(client):
    res = client.post("/v1/check", json={"text": SEED, "options": {"select": ["ALL"], "ignore": ["RESIDUE"]}}).json()
    assert res["findings"] and all(f["rule"] != "RESIDUE001" for f in res["findings"])


def test_utf16_offsets_count_code_units_as_javascript_does(client):
    text = "😀 “Leave a comment” 😀\nThe mayor said “talks will resume.\nLeave a comment\n"
    res = client.post("/v1/check?offsets=utf16", json={"text": text}).json()
    spans = [s for f in res["findings"] for s in [f["span"]] + [r["span"] for r in f["related"]]
             + [x["span"] for x in f["suggestions"]]]
    assert spans
    for s in spans:
        assert s["start_utf16"] == len(text[:s["start"]].encode("utf-16-le")) // 2
        assert s["end_utf16"] == len(text[:s["end"]].encode("utf-16-le")) // 2
        assert s["start_utf16"] == s["start"] + text[:s["start"]].count("😀")
    plain = client.post("/v1/check", json={"text": text}).json()
    assert "start_utf16" not in json.dumps(plain)


def test_markdown_and_html_formats(client):
    md = "---\ntitle: x\n---\n# Brief\n\nThe mayor said “the plan is ready.\n\n`code “`\n"
    res = client.post("/v1/check", json={"text": md, "format": "md"}).json()
    [f] = res["findings"]
    assert md[f["span"]["start"]:f["span"]["end"]] == "“"
    page = "<html><head><title>T</title></head><body><p>He said &ldquo;yes.</p><p>Leave a comment</p></body></html>"
    res = client.post("/v1/check?offsets=utf16", json={"text": page, "format": "html"}).json()
    src = [f["span"]["source"] for f in res["findings"]]
    assert src and all(s is not None and "start_utf16" in s for s in src)
    assert any(page[s["start"]:s["end"]] == "&ldquo;" for s in src)


def test_text_that_extracts_to_nothing_is_an_item_error_as_in_the_cli(client):
    res = client.post("/v1/check", json={"text": "<p></p>", "format": "html"})
    assert res.status_code == 200 and res.json()["errors"][0]["code"] == "empty"


def test_batch_is_the_cli_report_in_request_order(client):
    articles = [{"text": BUDGET, "id": "budget"}, {"text": SEED}, {"text": "The council met on Tuesday.\n"}]
    r = client.post("/v1/check/batch", json={"articles": articles, "options": {"ignore": ["TIME"]}})
    assert r.status_code == 200
    rep = r.json()
    assert [a["id"] for a in rep["articles"]] == ["budget", "2", "3"]
    assert rep["version"] == 1
    singles = [client.post("/v1/check", json={**a, "options": {"ignore": ["TIME"]}}).json() for a in articles]
    assert [a["findings"] for a in rep["articles"]] == [s["findings"] for s in singles]
    from checker.core.models import ArticleResult

    assert rep["summary"] == summarize(ArticleResult.model_validate(a) for a in rep["articles"]).model_dump(mode="json")


def test_openapi_document(client):
    doc = client.get("/openapi.json").json()
    assert set(doc["paths"]) == {"/v1/check", "/v1/check/batch", "/v1/rules", "/healthz", "/v2/check", "/v2/languages"}
    schemas = doc["components"]["schemas"]
    assert schemas["ArticleIn"]["properties"]["lang"]["anyOf"][0]["enum"] == ["ar", "en"]
    assert "DATE001" in json.dumps(schemas["CheckOptions"])
    assert schemas["ArticleIn"]["properties"]["text"]["maxLength"] == 50_000
    assert {"400", "413", "415", "422"} <= set(doc["paths"]["/v1/check"]["post"]["responses"])


def test_page_and_assets_are_served_with_a_strict_policy(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "connect-src 'self'" in r.headers["content-security-policy"]
    for name in ("highlight.js", "highlight.css", "page.js", "page.css"):
        a = client.get(f"/static/{name}")
        assert a.status_code == 200 and a.text
    assert client.get("/static/nope.js").status_code == 404


def test_page_assets_name_no_other_site():
    for path in ASSETS.iterdir():
        text = path.read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, path.name
        assert not __import__("re").search(r"""(?:src|href)=["']//""", text), path.name


# --- bad input: 4xx naming the problem ---------------------------------------------------------

JSON = {"content-type": "application/json"}


@pytest.mark.parametrize("kwargs,status,code,words", [
    (dict(content=b'{"text": ', headers=JSON), 400, "malformed-json", ["not valid JSON"]),
    (dict(content=b'{"text": "x",}', headers=JSON), 400, "malformed-json", []),
    (dict(content=b'{"text": "x"}', headers={"content-type": "text/plain"}), 415, "unsupported-media-type", ["application/json"]),
    (dict(content=b'{"text": "x"}'), 415, "unsupported-media-type", []),
    (dict(content=b"", headers=JSON), 422, "invalid-request", ["body"]),
    (dict(json=[{"text": "x"}]), 422, "invalid-request", ["body"]),
    (dict(json="text"), 422, "invalid-request", ["body"]),
    (dict(json={}), 422, "invalid-request", ["body.text", "required"]),
    (dict(json={"text": 5}), 422, "invalid-request", ["body.text", "string"]),
    (dict(json={"text": None}), 422, "invalid-request", ["body.text"]),
    (dict(json={"text": ""}), 422, "invalid-request", ["body.text"]),
    (dict(json={"text": " \n\t "}), 422, "empty-article", ["body.text", "no text"]),
    (dict(json={"text": "x", "txet": "y"}), 422, "invalid-request", ["body.txet", "unknown field"]),
    (dict(json={"text": "x", "published": "12/11/2025"}), 422, "invalid-request", ["body.published", "YYYY-MM-DD"]),
    (dict(json={"text": "x", "published": "2025-02-30"}), 422, "invalid-request", ["body.published"]),
    (dict(json={"text": "x", "published": 20251112}), 422, "invalid-request", ["body.published"]),
    (dict(json={"text": "x", "published": "٢٠٢٥-١١-١٢"}), 422, "invalid-request", ["body.published"]),
    (dict(json={"text": "x", "lang": "fr"}), 422, "unknown-language", ["body.lang", "fr", "ar, en"]),
    (dict(json={"text": "x", "lang": 1}), 422, "unknown-language", ["body.lang"]),
    (dict(json={"text": "x", "format": "docx"}), 422, "invalid-request", ["body.format"]),
    (dict(json={"text": "x", "id": ""}), 422, "invalid-request", ["body.id"]),
    (dict(json={"text": "x", "id": "i" * 201}), 422, "invalid-request", ["body.id"]),
    (dict(json={"text": "x", "title": ["t"]}), 422, "invalid-request", ["body.title"]),
    (dict(json={"text": "x", "options": {"select": ["NOPE001"]}}), 422, "unknown-rule", ["body.options.select[0]", "NOPE001"]),
    (dict(json={"text": "x", "options": {"ignore": ["date001"]}}), 422, "unknown-rule", ["body.options.ignore[0]"]),
    (dict(json={"text": "x", "options": {"select": "DATE"}}), 422, "invalid-request", ["body.options.select"]),
    (dict(json={"text": "x", "options": {"severity": {}}}), 422, "invalid-request", ["body.options.severity", "unknown field"]),
    (dict(json={"text": "x", "options": []}), 422, "invalid-request", ["body.options"]),
    (dict(content=b'{"text": "\\ud800 lone"}', headers=JSON), 422, "invalid-request", ["body.text"]),
    (dict(content=b'{"text": "ok", "title": "\\udfff"}', headers=JSON), 422, "invalid-request", ["body.title"]),
    (dict(content=b'\xff\xfe{"text"', headers=JSON), 400, "malformed-json", []),
    (dict(content=b"[" * 100_000, headers=JSON), 400, "malformed-json", ["body"]),
    (dict(content=b'{"text": "x", "id": ' + b"9" * 5000 + b"}", headers=JSON), 400, "malformed-json", []),
    (dict(json={"text": "x" * 50_001}), 422, "invalid-request", ["body.text", "50000"]),
    (dict(json={"text": "x"}, params={"offsets": "bytes"}), 422, "invalid-request", ["query.offsets"]),
])
def test_bad_check_requests(client, kwargs, status, code, words):
    assert_error(client.post("/v1/check", **kwargs), status, code, *words)


@pytest.mark.parametrize("body,status,code,words", [
    ({}, 422, "invalid-request", ["body.articles", "required"]),
    ({"articles": []}, 422, "invalid-request", ["body.articles"]),
    ({"articles": {"text": "x"}}, 422, "invalid-request", ["body.articles"]),
    ({"articles": [{"text": "x"}] * 6}, 422, "invalid-request", ["body.articles", "5"]),
    ({"articles": [{"text": "x"}, {"txt": "y"}]}, 422, "invalid-request", ["body.articles[1].text", "body.articles[1].txt"]),
    ({"articles": [{"text": "x", "lang": "de"}]}, 422, "unknown-language", ["body.articles[0].lang"]),
    ({"articles": [{"text": "x"}], "options": {"select": ["X"]}}, 422, "unknown-rule", ["body.options.select[0]"]),
    ({"articles": [{"text": "x" * 40_000}, {"text": "y" * 30_000}]}, 413, "too-large", ["70,000", "60,000"]),
])
def test_bad_batch_requests(client, body, status, code, words):
    assert_error(client.post("/v1/check/batch", json=body), status, code, *words)


def test_oversized_bodies_are_refused_before_parsing(client):
    big = b'{"text": "' + b"x" * 300_001 + b'"}'
    assert_error(client.post("/v1/check", content=big, headers=JSON), 413, "too-large", "300,000")
    assert_error(client.post("/v1/check/batch", content=big, headers=JSON), 413, "too-large")

    def chunks():  # no Content-Length: the limit counts what arrives
        yield b'{"text": "'
        for _ in range(40):
            yield b"x" * 10_000
        yield b'"}'

    assert_error(client.post("/v1/check", content=chunks(), headers=JSON), 413, "too-large")
    assert_error(client.post("/v1/check", content=b"{}", headers={**JSON, "content-length": "abc"}), 413, "too-large")


def test_unknown_paths_and_methods(client):
    assert_error(client.get("/v3/check"), 404, "not-found", "/v3/check")
    assert_error(client.get("/v1/check"), 405, "method-not-allowed", "GET")
    assert_error(client.delete("/v1/rules"), 405, "method-not-allowed")
    assert client.get("/docs").status_code == 404  # its page would load scripts from a CDN


def test_time_limit_answers_503_in_time():
    with TestClient(create_app(Engine(), ServeSettings(workers=0, time_limit=0.01))) as c:
        t = time.perf_counter()
        body = assert_error(c.post("/v1/check", json={"text": SEED * 30}), 503, "time-limit", "0.01 s")
        assert time.perf_counter() - t < 5 and body["problems"] == []
        assert c.get("/healthz").status_code == 200


def test_too_many_waiting_checks_answer_busy(client):
    svc = client.app.state.service
    svc.max_pending, saved = 0, svc.max_pending
    try:
        r = client.post("/v1/check", json={"text": "x"})
        assert_error(r, 503, "busy")
        assert r.headers["retry-after"] == "1"
    finally:
        svc.max_pending = saved


# --- API keys and CORS -------------------------------------------------------------------------

def test_api_keys():
    settings = load_settings({}, env={"CHECKER_API_KEYS": "k1, k2"}, workers=0)
    with TestClient(create_app(Engine(), settings)) as c:
        body = {"text": "The council met."}
        r = c.post("/v1/check", json=body)
        assert_error(r, 401, "unauthorized", "API key")
        assert r.headers["www-authenticate"] == "Bearer"
        assert_error(c.post("/v1/check", json=body, headers={"x-api-key": "nope"}), 401, "unauthorized", "not valid")
        assert_error(c.get("/v1/rules"), 401, "unauthorized")
        assert c.post("/v1/check", json=body, headers={"x-api-key": "k2"}).status_code == 200
        assert c.post("/v1/check/batch", json={"articles": [body]}, headers={"authorization": "Bearer k1"}).status_code == 200
        assert c.get("/v1/rules", headers={"Authorization": "bearer k1"}).status_code == 200
        # the page, its assets, the health check and the API description need no key
        for path in ("/", "/static/page.js", "/healthz", "/openapi.json"):
            assert c.get(path).status_code == 200, path
        assert c.get("/healthz").json()["auth"] is True


def test_cors_origin():
    settings = ServeSettings(workers=0, cors_origins=("https://cms.example",))
    with TestClient(create_app(Engine(), settings)) as c:
        pre = c.options("/v1/check", headers={"origin": "https://cms.example", "access-control-request-method": "POST",
                                               "access-control-request-headers": "content-type,x-api-key"})
        assert pre.status_code == 200
        assert pre.headers["access-control-allow-origin"] == "https://cms.example"
        r = c.post("/v1/check", json={"text": "x"}, headers={"origin": "https://cms.example"})
        assert r.headers["access-control-allow-origin"] == "https://cms.example"
        r = c.post("/v1/check", json={"text": "x"}, headers={"origin": "https://evil.example"})
        assert "access-control-allow-origin" not in r.headers


def test_no_cors_unless_configured(client):
    r = client.post("/v1/check", json={"text": "x"}, headers={"origin": "https://cms.example"})
    assert "access-control-allow-origin" not in r.headers


# --- settings ----------------------------------------------------------------------------------

def test_settings_from_config_env_and_flags():
    s = load_settings({"port": 9000, "api-keys": ["a"], "cors-origins": ["https://x"], "max-chars": 10},
                      env={"CHECKER_CORS_ORIGINS": "https://y,https://z"}, port=9001, workers=None)
    assert (s.host, s.port, s.api_keys, s.cors_origins, s.max_chars) == (
        "127.0.0.1", 9001, ("a",), ("https://y", "https://z"), 10)
    assert ServeSettings().host == "127.0.0.1"


@pytest.mark.parametrize("table,words", [
    ({"prot": 1}, "unknown configuration key 'serve.prot'"),
    ({"port": "eighty"}, "'serve.port'"),
    ({"workers": -1}, "'serve.workers'"),
    ({"time-limit": 0}, "'serve.time-limit'"),
])
def test_bad_settings_are_named(table, words):
    with pytest.raises(ConfigError, match=words.replace("(", r"\(")):
        load_settings(table, env={})


def test_serve_config_table_in_checker_toml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "checker.toml").write_text('[serve]\nprot = 1\n')
    import io

    err = io.StringIO()
    assert main(["serve"], stdout=io.StringIO(), stderr=err) == 2
    assert "unknown configuration key 'serve.prot'" in err.getvalue()


# --- the worker pool and the command -------------------------------------------------------------

def test_serve_warns_when_listening_beyond_this_machine(monkeypatch):
    import io

    import checker.service.server as server

    calls = {}
    monkeypatch.setattr("uvicorn.Server.run", lambda self, sockets=None: calls.update(
        host=self.config.host, port=self.config.port))
    err = io.StringIO()
    assert main(["serve", "--host", "0.0.0.0", "--workers", "0", "--no-config"], stdout=io.StringIO(), stderr=err) == 0
    assert calls["host"] == "0.0.0.0" and calls["port"] == 8080
    assert "no API key" in err.getvalue()
    assert server.LOOPBACK >= {"127.0.0.1"}
    assert ROOT.exists()

