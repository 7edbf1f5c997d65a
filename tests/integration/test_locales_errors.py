"""Errors in the reader's locale: the service's API-key refusal under Accept-Language, and the
details of the command line's common input errors under --locale ar (their exit codes and the
machine-readable codes unchanged)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from checker.core.engine import Engine
from checker.i18n import FSI, PDI
from checker.service.app import create_app
from checker.service.settings import ServeSettings
from tests.helpers import run_cli as run


@pytest.fixture(scope="module")
def keyed():
    with TestClient(create_app(Engine(), ServeSettings(workers=0, api_keys=("k1",)))) as c:
        yield c


@pytest.mark.parametrize("headers,message", [
    ({}, f"يلزم مفتاح صالح للواجهة البرمجية: أرسل {FSI}Authorization: Bearer KEY{PDI} أو {FSI}X-API-Key: KEY{PDI}."),
    ({"X-API-Key": "nope"}, "مفتاح الواجهة البرمجية غير صالح."),
])
def test_the_api_key_refusal_in_arabic(keyed, headers, message):
    r = keyed.post("/v1/check", json={"text": "The council met."}, headers={**headers, "Accept-Language": "ar-SY,ar;q=0.9"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert r.json() == {"error": "unauthorized", "message": message, "problems": []}


def test_the_api_key_refusal_stays_english_without_arabic(keyed):
    for headers in ({}, {"Accept-Language": "en-GB,en;q=0.8"}, {"Accept-Language": "fr"}):
        r = keyed.get("/v1/rules", headers=headers)
        assert r.status_code == 401
        assert r.json()["message"].startswith("a valid API key is required: send 'Authorization: Bearer KEY'")
