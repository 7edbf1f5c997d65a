"""The Dask executor and API, on a real scheduler with two worker processes on 127.0.0.1: the
same batch gives byte-identical JSON to the local path; check_bag and check_dataframe."""

from __future__ import annotations

import io
import json
import logging
import os
import sys

import pytest

from checker.cli.main import main
from checker.run.dask import LOOPBACK_HTTP
from checker.core.engine import Engine
from checker.core.models import ArticleResult

from tests.helpers import ROOT
from tests.integration.test_batch import AR_TEXT, BRACKET, CLEAN, FAULTY_PLUGIN, QUOTE

pytest.importorskip("dask")
pytest.importorskip("distributed")

RESULT_TIMEOUT = 120


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = main(list(argv), stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def plugin_dir(tmp_path_factory):
    """The misbehaving plugin, importable here and in worker processes started from now on."""
    d = tmp_path_factory.mktemp("dask-plugin")
    (d / "faulty_rules.py").write_text(FAULTY_PLUGIN, encoding="utf-8")
    old_path, old_env = list(sys.path), os.environ.get("PYTHONPATH")
    sys.path.insert(0, str(d))
    os.environ["PYTHONPATH"] = str(d) + (os.pathsep + old_env if old_env else "")
    yield d
    sys.path[:] = old_path
    if old_env is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = old_env
    sys.modules.pop("faulty_rules", None)


@pytest.fixture(scope="module")
def cluster(plugin_dir):
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=logging.CRITICAL, scheduler_kwargs=LOOPBACK_HTTP)
    client = Client(cluster, set_as_default=False, timeout=60)
    try:
        client.wait_for_workers(2, timeout=60)
        yield cluster, client
    finally:
        client.close(timeout=30)
        cluster.close(timeout=30)


@pytest.fixture
def batch(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(BRACKET, encoding="utf-8")
    (d / "b.txt").write_text(CLEAN, encoding="utf-8")
    lines = [json.dumps({"id": f"w{i}", "text": t}) for i, t in enumerate([QUOTE, AR_TEXT, BRACKET + QUOTE])]
    lines.insert(1, '{"id": "broken", "text": ')
    (d / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "d.txt").write_bytes(b"caf\xe9 (ouvert")
    (d / "e.txt").write_text("BOOM (x.\n", encoding="utf-8")
    (d / "f.txt").write_text("LOOPME (y.\n", encoding="utf-8")
    return d


ARGS = ("--plugin", "faulty_rules", "--select", "DATE,PUNCT,RESIDUE,BOOM,LOOP", "--timeout", "2",
        "--format", "json", "--no-cache")


def test_dask_json_is_byte_identical_to_the_local_path(cluster, batch):
    c, _ = cluster
    local = run("check", "in", str(ROOT / "fixtures" / "articles"), *ARGS, "--jobs", "2")
    dask = run("check", "in", str(ROOT / "fixtures" / "articles"), *ARGS, "--executor", "dask",
               "--scheduler", c.scheduler_address)
    assert dask == local
    report = json.loads(local[1])
    errors = {a["id"]: [(e["code"], e["rule"]) for e in a["errors"]] for a in report["articles"]}
    assert errors["in/c.jsonl:2"] == [("malformed-json", None)]
    assert errors["in/d.txt"] == [("encoding", None)]
    assert errors["in/e.txt"] == [("plugin-error", "BOOM001")]
    assert errors["in/f.txt"] == [("timeout", "LOOP001")]
    assert report["summary"]["articles"] > 15 and report["summary"]["findings"] > 10


def test_dask_with_its_own_local_cluster(plugin_dir, batch):
    argv = ["check", "in", *ARGS, "--jobs", "2"]
    assert run(*argv, "--executor", "dask") == run(*argv)


def test_scheduler_needs_the_dask_executor(batch):
    rc, out, err = run("check", "in", "--scheduler", "tcp://127.0.0.1:1")
    assert (rc, out) == (2, "") and "--scheduler needs --executor dask" in err


def _records():
    return [{"id": "a", "text": BRACKET, "lang": "en"}, {"id": "b", "text": AR_TEXT, "published": "2025-11-12"},
            {"id": "c", "text": CLEAN}, {"id": "d"}, {"id": "e", "text": "LOOPME " + QUOTE}]


def _local(records, faulty: bool = False):
    from checker.run.worker import check_with_limit
    from checker.run.dask import to_item
    from checker.core.manager import import_plugin

    plugins = [("faulty_rules", import_plugin("faulty_rules"))] if faulty else []
    engine = Engine(plugins=plugins)
    out = []
    for rec in records:
        item = to_item(rec)
        out.append(item if isinstance(item, ArticleResult) else check_with_limit(engine, item, 2))
    return out


def test_check_bag(cluster):
    import dask.bag as db

    from checker import Config
    from checker.run.dask import check_bag

    _, client = cluster
    records = _records()
    config = Config(ignore=("COUNT", "SLOW", "DIE"))
    bag = check_bag(db.from_sequence(records, npartitions=2), config=config, plugins=["faulty_rules"], timeout=2)
    results = client.compute(bag).result(timeout=RESULT_TIMEOUT)
    assert [r.id for r in results] == ["a", "b", "c", "d", "e"]
    assert [r.model_dump(mode="json") for r in results] == [
        r.model_dump(mode="json") for r in _local(records, faulty=True)]
    assert [f.rule for f in results[1].findings] == ["DATE001"]
    assert results[3].errors[0].code == "bad-record"
    assert [e.rule for e in results[4].errors] == ["LOOP001"] and [f.rule for f in results[4].findings] == ["PUNCT001"]


def test_check_dataframe(cluster):
    import dask.dataframe as dd
    import pandas as pd

    from checker.run.dask import check_dataframe

    _, client = cluster
    records = [r for r in _records() if "text" in r and "LOOPME" not in r["text"]]
    pdf = pd.DataFrame(records)
    ddf = check_dataframe(dd.from_pandas(pdf, npartitions=2))
    assert list(ddf.columns) == ["id", "lang", "published", "findings", "errors", "worst", "result"]
    out = client.compute(ddf).result(timeout=RESULT_TIMEOUT)
    assert list(out["id"]) == ["a", "b", "c"]
    assert list(out["findings"]) == [1, 1, 0] and list(out["errors"]) == [0, 0, 0]
    assert list(out["worst"])[:2] == ["warning", "error"] and pd.isna(list(out["worst"])[2])
    assert list(out["published"])[1] == "2025-11-12"
    assert [json.loads(s) for s in out["result"]] == [r.model_dump(mode="json") for r in _local(records)]
