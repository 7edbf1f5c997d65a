"""The service's headline, standfirst and suppress fields (POST /v1/check)."""

from __future__ import annotations

import warnings

import pytest

pytest.importorskip("fastapi", reason="the service needs the 'serve' extra (FastAPI, uvicorn)")

with warnings.catch_warnings():  # Starlette's test client asks for a renamed httpx; this one works
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient  # noqa: E402

from checker.core.engine import Engine  # noqa: E402
from checker.service.app import create_app  # noqa: E402
from checker.service.settings import ServeSettings  # noqa: E402

BODY = ("Floods have killed 30 people in the northern provinces, civil defence officials said on Monday.\n\n"
        "Spokesman Samir Haddad said rescue teams were still searching. Haddad said the rain would go on.")


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Engine(), ServeSettings(workers=0))) as c:
        yield c


def test_title_and_standfirst_spans_carry_their_field(client):
    r = client.post("/v1/check", json={"text": BODY, "lang": "en", "title": "Hadad warns of more rain",
                                       "standfirst": "Floods kill 25 in northern provinces"})
    assert r.status_code == 200, r.text
    got = [(f["rule"], f["span"].get("field"), f["span"]["text"], [x["span"].get("field") for x in f["related"]])
           for f in r.json()["findings"]]
    assert got == [("NAME001", "title", "Hadad", [None]), ("NUM001", None, "30", ["summary"])]


def test_utf16_offsets_of_a_title_span_count_in_the_title(client):
    r = client.post("/v1/check?offsets=utf16", json={"text": BODY, "lang": "en", "title": "🌊🌊 Hadad warns"})
    span = r.json()["findings"][0]["span"]
    assert (span["field"], span["start"], span["start_utf16"], span["end_utf16"]) == ("title", 3, 5, 10)


def test_suppress_hides_findings_and_counts_them(client):
    first = client.post("/v1/check", json={"text": BODY, "lang": "en", "title": "Hadad warns of more rain"}).json()
    fp = first["findings"][0]["fingerprint"]
    r = client.post("/v1/check", json={"text": BODY, "lang": "en", "title": "Hadad warns of more rain",
                                       "suppress": [fp]}).json()
    assert (r["findings"], r["suppressed"]) == ([], 1)
    r = client.post("/v1/check", json={"text": BODY, "lang": "en", "title": "Hadad warns of more rain",
                                       "suppress": ["NAME"]}).json()
    assert (r["findings"], r["suppressed"]) == ([], 1)
    bad = client.post("/v1/check", json={"text": BODY, "suppress": "NAME001"})
    assert bad.status_code == 422 and bad.json()["problems"][0]["loc"] == "body.suppress"
