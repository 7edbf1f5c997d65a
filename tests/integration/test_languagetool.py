"""The LanguageTool-compatible endpoint (POST /v2/check, GET /v2/languages): answered to a real
LanguageTool client library (language_tool_python against a local server, no Java), and checked
field by field against the shape of LanguageTool's published API."""

from __future__ import annotations

import json
import socket
import threading
import time
import warnings

import pytest

pytest.importorskip("fastapi", reason="the service needs the 'serve' extra (FastAPI, uvicorn)")
import uvicorn  # noqa: E402

with warnings.catch_warnings():  # Starlette's test client asks for a renamed httpx; this one works
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient  # noqa: E402

from checker.core.engine import Engine  # noqa: E402
from checker.service.app import create_app  # noqa: E402
from checker.service.settings import ServeSettings  # noqa: E402

PAIR = "تشرين الثاني/ديسمبر"
AR = f"😀🌍 وقال المسؤول إن الاتفاق وقع في {PAIR} الماضي."
EN = "👍 He said \u201cthe talks would resume in March."


@pytest.fixture(scope="module")
def engine():
    return Engine()


@pytest.fixture(scope="module")
def client(engine):
    with TestClient(create_app(engine, ServeSettings(workers=0))) as c:
        yield c


@pytest.fixture(scope="module")
def server(engine):
    """The service on a free local port, in a thread of this process."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(create_app(engine, ServeSettings(workers=0)), log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    srv.should_exit = True
    thread.join(10)
    sock.close()


def utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_the_response_has_languagetool_s_shape(client):
    r = client.post("/v2/check", data={"text": AR, "language": "ar"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    assert set(body) == {"software", "warnings", "language", "matches"}
    assert set(body["software"]) == {"name", "version", "buildDate", "apiVersion", "premium", "premiumHint", "status"}
    assert body["software"]["apiVersion"] == 1 and body["warnings"] == {"incompleteResults": False}
    assert set(body["language"]) == {"name", "code", "detectedLanguage"}
    assert set(body["language"]["detectedLanguage"]) == {"name", "code", "confidence"}
    [m] = body["matches"]
    assert set(m) == {"message", "shortMessage", "replacements", "offset", "length", "context", "sentence",
                      "type", "rule", "ignoreForIncompleteSentence", "contextForSureMatch"}
    assert set(m["rule"]) == {"id", "description", "issueType", "category"}
    assert set(m["rule"]["category"]) == {"id", "name"} and set(m["context"]) == {"text", "offset", "length"}
    assert (m["rule"]["id"], m["rule"]["category"]["id"], m["rule"]["issueType"]) == ("DATE001", "DATE", "inconsistency")
    assert all(set(x) == {"value"} for x in m["replacements"])
    assert isinstance(m["offset"], int) and m["sentence"] == AR


def test_offsets_are_utf16_code_units_after_astral_characters(client):
    m = client.post("/v2/check", data={"text": AR, "language": "ar"}).json()["matches"][0]
    start = AR.index(PAIR)
    assert (m["offset"], m["length"]) == (utf16(AR[:start]), utf16(PAIR)) == (start + 2, len(PAIR))
    ctx = m["context"]
    assert ctx["length"] == utf16(PAIR)
    assert ctx["text"].encode("utf-16-le")[2 * ctx["offset"]:2 * (ctx["offset"] + ctx["length"])].decode(
        "utf-16-le") == PAIR


def test_language_auto_and_long_codes(client):
    auto = client.post("/v2/check", data={"text": AR, "language": "auto"}).json()
    assert auto["language"]["code"] == "ar" and auto["language"]["detectedLanguage"]["code"] == "ar"
    assert [m["rule"]["id"] for m in auto["matches"]] == ["DATE001"]
    en = client.post("/v2/check", data={"text": EN, "language": "en-US"}).json()
    assert en["language"]["code"] == "en" and [m["rule"]["id"] for m in en["matches"]] == ["PUNCT001"]
    assert en["matches"][0]["offset"] == utf16(EN[:EN.index("\u201c")]) == EN.index("\u201c") + 1


def test_annotated_markup_offsets_count_the_markup(client):
    parts = [{"markup": "<p>"}, {"text": "😀 He said "}, {"markup": "<b>"}, {"text": "\u201cthe talks would resume."},
             {"markup": "</b>"}, {"markup": "</p>", "interpretAs": "\n\n"}]
    r = client.post("/v2/check", data={"data": json.dumps({"annotation": parts}), "language": "en"})
    [m] = r.json()["matches"]
    document = "".join(p.get("text", p.get("markup")) for p in parts)
    assert m["offset"] == utf16(document[:document.index("\u201c")]) and m["length"] == 1


def test_languages_are_listed_as_languagetool_lists_them(client):
    langs = client.get("/v2/languages").json()
    assert {x["code"] for x in langs} == {"ar", "en"}
    assert all(set(x) == {"name", "code", "longCode"} for x in langs)


@pytest.mark.parametrize("form, status, starts", [
    ({"language": "en"}, 400, "Error: Missing 'text' or 'data'"),
    ({"text": "x"}, 400, "Error: Missing 'language'"),
    ({"text": "x", "language": "fr"}, 400, "Error: 'fr' is not a language"),
    ({"data": "{", "language": "en"}, 400, "Error: 'data' must be"),
    ({"data": '{"annotation": [{"other": "x"}]}', "language": "en"}, 400, "Error: an annotation needs"),
])
def test_bad_requests_are_answered_in_plain_text_as_languagetool_does(client, form, status, starts):
    r = client.post("/v2/check", data=form)
    assert r.status_code == status and r.text.startswith(starts)


def test_a_clean_or_blank_text_has_no_matches(client):
    for text in ("The talks resumed on Monday.", "   "):
        assert client.post("/v2/check", data={"text": text, "language": "en"}).json()["matches"] == []


def test_an_api_key_is_asked_for_as_a_form_field_or_a_header(engine):
    with TestClient(create_app(engine, ServeSettings(workers=0, api_keys=("k1",)))) as c:
        refused = c.post("/v2/check", data={"text": AR, "language": "ar"})
        assert refused.status_code == 401 and refused.text.startswith("Error:")
        assert c.post("/v2/check", data={"text": AR, "language": "ar", "apiKey": "k2"}).status_code == 401
        assert c.post("/v2/check", data={"text": AR, "language": "ar", "apiKey": "k1"}).status_code == 200
        assert c.post("/v2/check", data={"text": AR, "language": "ar"}, headers={"X-API-Key": "k1"}).status_code == 200


def test_a_languagetool_client_library_reads_the_matches(server):
    ltp = pytest.importorskip("language_tool_python")
    tool = ltp.LanguageTool("auto", remote_server=server)   # asks /v2/languages first
    matches = tool.check(AR)
    [m] = matches
    # the client turns UTF-16 offsets back into Python's code points: the span of the pair
    assert (m.rule_id, m.category, m.offset, m.error_length) == ("DATE001", "DATE", AR.index(PAIR), len(PAIR))
    assert AR[m.offset:m.offset + m.error_length] == PAIR and "December" in m.message
    en = tool.check(EN)
    assert [(x.rule_id, EN[x.offset]) for x in en] == [("PUNCT001", "\u201c")]
    assert tool.check("The talks resumed on Monday.") == []
    tool.close()
    with ltp.LanguageTool("en-US", remote_server=server) as tool:
        assert [x.rule_id for x in tool.check(EN)] == ["PUNCT001"]
