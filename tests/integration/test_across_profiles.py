"""Where ``--across`` builds an article's profile: from the facts of the article's own check (in the
worker process that checked it, or this one), never by extracting the facts again, except for an
article the cache answered; the profile is the one built anew from the article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import Engine
from checker.across import runner
from checker.across.profile import profile_from_facts
from checker.across.runner import Across, checkable
from checker.cli import main
from checker.core.engine import CheckOptions
from checker.io.inputs import iter_inputs
from checker.run.worker import Observer

ROOT = Path(__file__).resolve().parents[2]
BATCHES = sorted((ROOT / "fixtures" / "across").glob("*.jsonl"))


@pytest.fixture(scope="module")
def engine():
    return Engine()


def _items():
    return list(iter_inputs([str(b) for b in BATCHES], "auto"))


def test_the_profile_of_a_check_is_the_profile_built_anew(engine):
    articles = [a for a in _items() if checkable(engine, a)]
    assert len(articles) == 22
    across = Across(engine)
    for i, article in enumerate(articles):
        observer = Observer(profile_from_facts)
        engine.check_article(article, CheckOptions(observe=observer))
        assert observer.value is not None and observer.value.index == -1
        assert observer.value.__class__(**{**observer.value.__dict__, "index": i}) == across.profile(i, article)


def test_a_failing_observer_leaves_the_result_alone(engine):
    article = _items()[0]

    def broken(*_):
        raise RuntimeError("no profile")
    observer = Observer(broken)
    assert engine.check_article(article, CheckOptions(observe=observer)) == engine.check_article(article)
    assert observer.value is None


def _no_second_extraction(monkeypatch):
    def again(*args, **kwargs):
        raise AssertionError("an article's facts were extracted again to profile it")
    monkeypatch.setattr(Across, "profile", again)


def _run(capsys, *argv: str) -> tuple[int, dict]:
    status = main(["check", "--across", "-q", "--format", "json", *argv, *map(str, BATCHES)])
    return status, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_batch_profiles_each_article_from_its_own_check(jobs, capsys, monkeypatch, engine):
    expected = [json.loads(r.model_dump_json()) for r in runner.check_across(_items(), engine=engine)]
    _no_second_extraction(monkeypatch)
    status, report = _run(capsys, "--no-cache", "-j", jobs)
    assert status == 1
    assert [a["id"] for a in report["articles"]] == [r["id"] for r in expected]
    found = [(a["id"], f["rule"], f["span"]["start"]) for a in report["articles"] for f in a["findings"]]
    assert found == [(r["id"], f["rule"], f["span"]["start"]) for r in expected for f in r["findings"]]
    assert sum(rule.startswith("ACROSS") for _, rule, _ in found) == 6   # the planted findings of the fixture batches


def test_an_article_the_cache_answered_is_profiled_from_the_article(tmp_path, capsys, monkeypatch):
    cache = ("--cache-dir", str(tmp_path))
    first = _run(capsys, "-j", "1", *cache)
    calls = []
    real = Across.profile

    def counted(self, index, article):
        calls.append(index)
        return real(self, index, article)
    monkeypatch.setattr(Across, "profile", counted)
    assert _run(capsys, "-j", "1", *cache) == first
    assert len(calls) == 22   # nothing was checked, so every profile is built here
