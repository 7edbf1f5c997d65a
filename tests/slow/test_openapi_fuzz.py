"""Schemathesis against the service's OpenAPI document: requests generated from the schema (and,
for the POST endpoints, requests that break it) never get a 5xx, valid ones are accepted, invalid
ones refused, and every response matches its documented status and schema. Bounded: a few dozen
examples per operation, derandomized so a run is repeatable."""

from __future__ import annotations

import warnings

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="the OpenAPI fuzz needs schemathesis (the test extra)")
pytest.importorskip("fastapi", reason="the service needs the 'serve' extra")

from hypothesis import HealthCheck, settings  # noqa: E402

from checker.core.engine import Engine  # noqa: E402
from checker.service.app import create_app  # noqa: E402
from checker.service.settings import ServeSettings  # noqa: E402

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    APP = create_app(Engine(), ServeSettings(workers=0, max_chars=20_000, max_batch=5))

    def _schema(mode):
        s = schemathesis.openapi.from_asgi("/openapi.json", APP)
        s.config.generation.update(modes=[mode])
        return s

    POSITIVE = _schema(schemathesis.GenerationMode.POSITIVE)
    NEGATIVE = _schema(schemathesis.GenerationMode.NEGATIVE).include(method="POST")

SETTINGS = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))


@POSITIVE.parametrize()
@SETTINGS
@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_valid_requests(case):
    case.call_and_validate()


@NEGATIVE.parametrize()
@SETTINGS
@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_invalid_requests(case):
    response = case.call_and_validate()
    assert response.status_code < 500
