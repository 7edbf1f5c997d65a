"""Regression of ``check --across`` over the real-article evaluation corpus, when it is present next
to the project: every cross-article finding has been read and recorded with its verdict in
tests/data/across_verdicts.toml (ids and offsets only). A new finding, or a recorded one no longer
raised, fails this test: read it in both articles and record it (a false alarm means fixing the
rule first)."""

from __future__ import annotations

import tomllib

import pytest

from checker import Engine
from checker.across.runner import check_across
from checker.io.inputs import iter_inputs

from tests.helpers import ROOT, SHARED

CORPUS = [SHARED / "corpus" / "ar.jsonl", SHARED / "corpus" / "en.jsonl"]

pytestmark = pytest.mark.skipif(not all(p.exists() for p in CORPUS),
                                reason="evaluation corpus (../shared/corpus) not present")


def _key(article, rule, start, end, related_article, related_start):
    return (article, rule, start, end, related_article, related_start)


def test_every_cross_article_finding_has_been_read():
    results = check_across(iter_inputs([str(p) for p in CORPUS], "auto"), engine=Engine())
    found = {_key(r.id, f.rule, f.span.start, f.span.end, f.related[0].article, f.related[0].span.start)
             for r in results for f in r.findings if f.rule.startswith("ACROSS")}
    with open(ROOT / "tests" / "data" / "across_verdicts.toml", "rb") as fh:
        recorded = tomllib.load(fh)["finding"]
    verdicts = {_key(v["article"], v["rule"], v["start"], v["end"], v["related_article"], v["related_start"]): v["verdict"]
                for v in recorded}
    assert found - set(verdicts) == set(), "unread cross-article findings"
    assert {k for k, v in verdicts.items() if v == "real"} - found == set(), "recorded real findings lost"
    assert not [k for k in found if verdicts.get(k) == "false-positive"]
