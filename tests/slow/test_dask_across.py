"""``--across`` on a real Dask scheduler with two worker processes on 127.0.0.1: the grouping is a
shuffle by blocking key, and the results are identical to the local run."""

from __future__ import annotations

import json
import logging

import pytest

from checker import Engine
from checker.across.runner import check_across
from checker.io.inputs import iter_inputs
from checker.run.dask import LOOPBACK_HTTP

from tests.helpers import ROOT

pytest.importorskip("dask")
pytest.importorskip("distributed")

BATCHES = sorted((ROOT / "fixtures" / "across").glob("*.jsonl"))


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
