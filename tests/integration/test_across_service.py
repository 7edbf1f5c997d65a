"""The service's batch endpoint with ``across``: the cross-article findings of a fixture batch,
related spans naming their article, UTF-16 offsets taken in that article."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the service needs the 'serve' extra (FastAPI, uvicorn)")
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient  # noqa: E402

from checker.core.engine import Engine  # noqa: E402
from checker.service.app import create_app  # noqa: E402
from checker.service.settings import ServeSettings  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "across"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Engine(), ServeSettings(workers=0))) as c:
        yield c


def _articles(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()]


def test_batch_with_across_gives_the_fixture_findings(client):
    body = {"articles": _articles("updates-toll-en.jsonl"), "across": True}
    r = client.post("/v1/check/batch", json=body)
    assert r.status_code == 200
    found = [(a["id"], f["rule"], f["span"]["start"], [(x["article"], x["span"]["start"]) for x in f["related"]])
             for a in r.json()["articles"] for f in a["findings"]]
    expected = json.loads((FIXTURES / "updates-toll-en.expected").read_text(encoding="utf-8"))["findings"]
    assert found == [(f["article"], f["rule"], f["start"], [(x["article"], x["start"]) for x in f["related"]])
                     for f in expected]
    assert r.json()["summary"]["by_rule"] == {"ACROSS001": 1}


def test_batch_without_across_has_none_and_story_ids_separate(client):
    articles = _articles("updates-toll-en.jsonl")
    assert client.post("/v1/check/batch", json={"articles": articles}).json()["summary"]["findings"] == 0
    apart = [{**a, "story": f"s{i}"} for i, a in enumerate(articles)]
    r = client.post("/v1/check/batch", json={"articles": apart, "across": True})
    assert r.status_code == 200 and r.json()["summary"]["findings"] == 0


def test_utf16_offsets_of_a_related_span_are_its_own_articles(client):
    articles = _articles("updates-toll-en.jsonl")
    articles[1]["text"] = "\U0001F4F0 " + articles[1]["text"]   # an astral character before the figure
    r = client.post("/v1/check/batch?offsets=utf16", json={"articles": articles, "across": True,
                                                           "options": {"select": ["ACROSS001"]}})
    (f,) = [f for a in r.json()["articles"] for f in a["findings"]]
    (rel,) = f["related"]
    assert rel["article"] == "port-blast-1000"
    assert rel["span"]["start_utf16"] == rel["span"]["start"] + 1
    assert f["span"]["start_utf16"] == f["span"]["start"]
