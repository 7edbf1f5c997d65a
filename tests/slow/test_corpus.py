"""Regression over the real-article evaluation corpus, when it is present next to the project.

Every finding the rules raise there has been read and recorded with its verdict in
tests/data/corpus_verdicts.toml. A new finding (unread) or a recorded real error that is no longer
found fails this test, which lists them; read them and record the verdicts with
scripts/corpus_eval.py --write-new.
"""

from __future__ import annotations

import importlib.util

import pytest

from tests.helpers import ROOT, SHARED

CORPUS = [SHARED / "corpus" / "ar.jsonl", SHARED / "corpus" / "en.jsonl"]

pytestmark = pytest.mark.skipif(not all(p.exists() for p in CORPUS),
                                reason="evaluation corpus (../shared/corpus) not present")


def _eval_module():
    spec = importlib.util.spec_from_file_location("corpus_eval", ROOT / "scripts" / "corpus_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def corpus():
    """The evaluation module, and the findings of each corpus file, checked once for every test."""
    mod = _eval_module()
    return mod, [mod.findings([str(p)]) for p in CORPUS]


def test_every_corpus_finding_has_been_read_and_no_real_error_is_lost(corpus):
    mod, (ar, en) = corpus
    found = {**ar, **en}
    verdicts = mod.load_verdicts(ROOT / "tests" / "data" / "corpus_verdicts.toml")
    report, new, lost = mod.compare(found, verdicts)
    assert not new, f"{len(new)} unread findings, e.g. {new[:5]}"
    assert not lost, f"{len(lost)} recorded real errors no longer found, e.g. {lost[:5]}"


def test_no_known_false_positive_is_raised(corpus):
    mod, (ar, en) = corpus
    found = {**ar, **en}
    verdicts = mod.load_verdicts(ROOT / "tests" / "data" / "corpus_verdicts.toml")
    fps = [k for k in found if verdicts.get(k) == "false-positive"]
    assert not fps


def test_month_pair_rule_finds_the_real_errors_in_most_articles_selected_for_them(corpus):
    """The corpus README says 53 Arabic articles were selected for a real month-pair error."""
    mod, (ar, en) = corpus
    articles = {k[0] for k in ar if k[1] == "DATE001"}
    assert len(articles) >= 50
