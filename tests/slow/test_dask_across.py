"""``--across`` on a real Dask scheduler with two worker processes on 127.0.0.1, through the Python API
(``check_bag_across``) and the command line (``checker check --executor dask --across``): the
profiles are built and grouped (a shuffle by blocking key) on the cluster, and the results are
identical to the local run, byte for byte, over the fixture batches and the evaluation corpus when it
is present."""

from __future__ import annotations

import io
import json
import logging

import pytest

from checker import Engine
from checker.across import runner
from checker.across.runner import Across, check_across
from checker.cli.main import main
from checker.io.inputs import iter_inputs
from checker.run.dask import LOOPBACK_HTTP

from tests.helpers import ROOT, SHARED

pytest.importorskip("dask")
pytest.importorskip("distributed")

BATCHES = sorted((ROOT / "fixtures" / "across").glob("*.jsonl"))
CORPUS = [SHARED / "corpus" / "ar.jsonl", SHARED / "corpus" / "en.jsonl"]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=logging.CRITICAL, scheduler_kwargs=LOOPBACK_HTTP)
    c = Client(cluster, set_as_default=False, timeout=60)
    try:
        c.wait_for_workers(2, timeout=60)
        yield c
    finally:
        c.close(timeout=30)
        cluster.close(timeout=30)


def _records():
    out = []
    for path in BATCHES:
        for line in path.read_text(encoding="utf-8").splitlines():
            out.append({**json.loads(line), "path": str(path)})
    out.insert(3, {"id": "broken"})   # a bad record passes through as an error result
    return out


def test_check_bag_across_is_identical_to_the_local_run(client):
    import dask.bag as db

    from checker.across.dask import check_bag_across

    records = _records()
    on_dask = check_bag_across(db.from_sequence(records, npartitions=3), client=client)
    local = check_across(iter_inputs([str(p) for p in BATCHES], "auto"), engine=Engine())
    local.insert(3, on_dask[3])
    assert on_dask[3].errors and on_dask[3].errors[0].code == "bad-record"
    assert [r.model_dump_json() for r in on_dask] == [r.model_dump_json() for r in local]
    rules = sorted(f.rule for r in on_dask for f in r.findings if f.rule.startswith("ACROSS"))
    assert len(rules) >= 3 and {"ACROSS001", "ACROSS002"} <= set(rules)   # the batches joined make larger stories


# --- checker check --executor dask --across --------------------------------------------------------


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = main(list(argv), stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


def _local_and_dask(client, paths, *extra, monkeypatch=None):
    argv = ("check", "--across", *map(str, paths), "--format", "json", "--statistics", "-q", *extra)
    local = _cli(*argv)
    if monkeypatch is not None:
        # On the cluster, this process neither profiles an article nor groups: were it to, this fails.
        def here(*args, **kwargs):
            raise AssertionError("profiled or grouped in the process that runs the command")
        monkeypatch.setattr(Across, "profile", here)
        monkeypatch.setattr(runner, "group_profiles", here)
    on_dask = _cli(*argv, "--executor", "dask", "--scheduler", client.scheduler.address)
    return local, on_dask


def test_cli_across_on_dask_is_byte_identical_to_the_local_run(client, monkeypatch):
    local, on_dask = _local_and_dask(client, BATCHES, "--no-cache", monkeypatch=monkeypatch)
    assert on_dask == local                      # exit status, JSON report, statistics
    assert local[0] == 1
    report = json.loads(on_dask[1])
    found = sorted((r["id"], f["rule"]) for r in report["articles"] for f in r["findings"] if f["rule"].startswith("ACROSS"))
    assert ("port-blast-1100", "ACROSS001") in found and ("truce-news", "ACROSS002") in found
    assert "across: 22 articles, 63 blocking keys (0 too common), 73 pairs compared, 20 joined, 6 groups" in on_dask[2]


def test_cli_across_on_dask_with_every_article_answered_by_the_cache(client, tmp_path, monkeypatch):
    cache = ("--cache-dir", str(tmp_path / "cache"))
    first = _cli("check", "--across", *map(str, BATCHES), "--format", "json", "-q", *cache)
    # the second run checks nothing: every profile is built on the cluster from the articles
    local, on_dask = _local_and_dask(client, BATCHES, *cache, monkeypatch=monkeypatch)
    assert on_dask == local
    assert on_dask[1] == first[1]


@pytest.mark.skipif(not all(p.exists() for p in CORPUS), reason="evaluation corpus (../shared/corpus) not present")
def test_cli_across_on_dask_over_the_corpus_is_byte_identical(client):
    local, on_dask = _local_and_dask(client, [*CORPUS, *BATCHES], "--no-cache")
    assert on_dask == local
    assert "groups" in on_dask[2] and json.loads(on_dask[1])["articles"]
