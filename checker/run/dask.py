"""Checking on a Dask cluster, when one machine is not enough. Needs ``pip install 'newscheck[dask]'``.

- ``checker check --executor dask [--scheduler ADDRESS]``: the batch of ``checker check``, read,
  cached and reported by this process, checked on the cluster's workers in chunks; a
  ``LocalCluster`` of ``--jobs`` worker processes on 127.0.0.1 when no address is given. The
  results are the same objects as on the local path, so every output format is byte-identical.
- :func:`check_bag` maps the checker over a ``dask.bag`` of articles (``Article`` objects or
  JSON-Lines-style dicts: ``id``, ``text``, optional ``lang``, ``published``, ``title``,
  ``meta``, ``path``); :func:`check_dataframe` over a dask DataFrame with such columns.

Each worker process builds its engine once, from the configuration and the ``--plugin`` module
names; installed plugins are found through their entry points, so install checker and its
plugins on every worker. A rule that runs past the time limit is interrupted in the worker's
thread and the article checked again without it, as on the local path; a rule stuck inside C
code cannot be interrupted there. A chunk whose worker dies is checked again one article at a
time, and an article that kills a worker again is reported as ``worker-crashed``.
"""

from __future__ import annotations

import logging
import math
from typing import Any, Iterable

from checker.core.config import Config, ConfigError
from checker.core.models import Article, ArticleResult, ItemError
from checker.io.inputs import article_from_record, error_item
from checker.run.worker import DEFAULT_TIMEOUT, EngineSpec, check_with_limit, engine_for

# The scheduler's small HTTP server (health, metrics; no dashboard) on a free loopback port.
LOOPBACK_HTTP = {"dashboard_address": "127.0.0.1:0"}


def require_dask() -> None:
    try:
        import dask  # noqa: F401  an optional extra: is it installed?
        import distributed  # noqa: F401  an optional extra: is it installed?
    except ImportError:
        raise ConfigError("--executor dask needs Dask: pip install 'newscheck[dask]'") from None


def check_articles(spec: EngineSpec, articles: list[Article], timeout: float | None) -> list[ArticleResult]:
    """The task run on a worker: check a chunk of articles."""
    engine = engine_for(spec)
    return [check_with_limit(engine, a, timeout) for a in articles]


def _crashed(article: Article, why: str) -> ArticleResult:
    return ArticleResult(id=article.id, path=article.path, lang=article.lang,
                         errors=(ItemError(code="worker-crashed", message=why),))


def connect(jobs: int, scheduler: str | None = None):
    """A client of the cluster at ``scheduler``, or of a new ``LocalCluster`` of ``jobs`` worker
    processes on 127.0.0.1: ``(client, cluster)``, the cluster None when it is not ours to close."""
    from distributed import Client, LocalCluster  # an optional extra

    if scheduler:
        return Client(scheduler, set_as_default=False), None
    import dask  # an optional extra

    # an article that kills its worker is retried once, not three times, before it is reported
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.CRITICAL,
                               scheduler_kwargs=LOOPBACK_HTTP)
    return Client(cluster, set_as_default=False), cluster


class DaskExecutor:
    """Submits chunks of articles to a Dask cluster; results come back in any order (the batch
    puts them in input order). An :class:`checker.run.executors.Executor`. ``task`` is what a
    worker runs on a chunk (a subclass may return more than the results, and :meth:`unpack`
    them)."""

    task = staticmethod(check_articles)

    def __init__(self, spec: EngineSpec, jobs: int, timeout: float | None, *, scheduler: str | None = None,
                 chunk: int = 16, client=None):
        require_dask()
        self.spec = spec
        self.timeout = timeout
        self.chunk = max(1, chunk)
        self.cluster = None
        self.own_client = client is None
        if client is not None:
            self.client = client
        else:
            self.client, self.cluster = connect(jobs, scheduler)
        threads = sum(self.client.nthreads().values()) or jobs
        self.capacity = self.chunk * threads * 2
        self.pending: list[tuple[int, Article]] = []
        self.futures: dict[Any, list[tuple[int, Article]]] = {}
        self.in_flight = 0

    def busy(self) -> int:
        return self.in_flight + len(self.pending)

    def submit(self, idx: int, article: Article) -> None:
        self.pending.append((idx, article))
        if len(self.pending) >= self.chunk:
            self.flush()

    def _send(self, tasks: list[tuple[int, Article]]) -> None:
        fut = self.client.submit(self.task, self.spec, [a for _, a in tasks], self.timeout, pure=False)
        self.futures[fut] = tasks
        self.in_flight += len(tasks)

    def flush(self) -> None:
        if self.pending:
            self._send(self.pending)
            self.pending = []

    def collect(self, wake_fd: int | None) -> list[tuple[int, ArticleResult]]:
        from distributed import wait  # an optional extra

        self.flush()
        if not self.futures:
            return []
        try:
            with self.client.as_current():
                done, _ = wait(list(self.futures), timeout=0.25, return_when="FIRST_COMPLETED")
        except TimeoutError:
            return []  # the batch looks at its stop flag, then waits again
        out: list[tuple[int, ArticleResult]] = []
        for fut in done:
            tasks = self.futures.pop(fut)
            self.in_flight -= len(tasks)
            try:
                results = fut.result()
            except Exception as e:  # noqa: BLE001 - a worker died or the task failed
                if len(tasks) > 1:
                    for task in tasks:      # again, one article at a time
                        self._send([task])
                    continue
                idx, article = tasks[0]
                why = "a Dask worker died checking this article" if type(e).__name__ == "KilledWorker" \
                    else f"checking failed on the Dask cluster: {type(e).__name__}: {e}"
                out.append((idx, _crashed(article, why)))
                continue
            out.extend((idx, r) for (idx, _), r in zip(tasks, self.unpack(tasks, results)))
        return out

    def unpack(self, tasks: list[tuple[int, Article]], payload: Any) -> list[ArticleResult]:
        """The results of a finished task (what :attr:`task` returned), in the order of ``tasks``."""
        return payload

    def close(self, kill: bool = False) -> None:
        if self.futures:
            try:
                self.client.cancel(list(self.futures))
            except Exception:  # noqa: BLE001
                pass
            self.futures = {}
        if self.own_client:
            try:
                self.client.close()
            finally:
                if self.cluster is not None:
                    self.cluster.close()


# --- Python API ----------------------------------------------------------------------------------


def to_item(record: Any, default_path: str | None = None) -> Article | ArticleResult:
    """An article from an ``Article`` or a JSON-Lines-style dict (a bad record becomes a result
    carrying its error, as in a JSONL file)."""
    if isinstance(record, Article):
        return record
    if not isinstance(record, dict):
        return error_item(str(record)[:40], default_path, "bad-record",
                          f"expected an article object, got {type(record).__name__}")
    record = {k: v for k, v in record.items() if not _missing(v)}
    path = record.pop("path", None) or default_path
    if "published" in record and not isinstance(record["published"], str):
        record["published"] = str(record["published"])[:10]
    return article_from_record(record, path, None)


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or type(v).__name__ in ("NAType", "NaTType")


def check_records(records: Iterable[Any], spec: EngineSpec, timeout: float | None) -> list[ArticleResult]:
    engine = engine_for(spec)
    out = []
    for rec in records:
        item = to_item(rec)
        out.append(item if isinstance(item, ArticleResult) else check_with_limit(engine, item, timeout))
    return out


def check_bag(bag, *, config: Config | None = None, plugins: Iterable[str] = (),
              timeout: float | None = DEFAULT_TIMEOUT):
    """A ``dask.bag`` of :class:`ArticleResult`, one per article of ``bag``, in the same order."""
    spec = EngineSpec(config or Config(), tuple(plugins))
    return bag.map_partitions(check_records, spec, timeout)


RESULT_COLUMNS = ("id", "lang", "published", "findings", "errors", "worst", "result")


def _frame(results: list[ArticleResult]):
    import pandas as pd  # installed with dask[dataframe], an optional extra

    rank = {"info": 0, "warning": 1, "error": 2}
    rows = {"id": [], "lang": [], "published": [], "findings": [], "errors": [], "worst": [], "result": []}
    for r in results:
        rows["id"].append(r.id)
        rows["lang"].append(r.lang)
        rows["published"].append(r.published.isoformat() if r.published else None)
        rows["findings"].append(len(r.findings))
        rows["errors"].append(len(r.errors))
        worst = max((f.severity.value for f in r.findings), key=rank.__getitem__, default=None)
        rows["worst"].append(worst)
        rows["result"].append(r.model_dump_json())
    return pd.DataFrame({
        "id": pd.Series(rows["id"], dtype=object), "lang": pd.Series(rows["lang"], dtype=object),
        "published": pd.Series(rows["published"], dtype=object),
        "findings": pd.Series(rows["findings"], dtype="int64"), "errors": pd.Series(rows["errors"], dtype="int64"),
        "worst": pd.Series(rows["worst"], dtype=object), "result": pd.Series(rows["result"], dtype=object)})


def check_frame(pdf, spec: EngineSpec, timeout: float | None):
    """Check one pandas partition: a row per article in, a row per result out."""
    records = pdf.to_dict("records")
    return _frame(check_records(records, spec, timeout)).set_axis(pdf.index)


def check_dataframe(df, *, config: Config | None = None, plugins: Iterable[str] = (),
                    timeout: float | None = DEFAULT_TIMEOUT):
    """A dask DataFrame with a row per article of ``df`` (columns ``id``, ``text``, optional
    ``lang``, ``published``, ``title``, ``path``): ``id``, ``lang``, ``published``, ``findings``
    and ``errors`` (counts), ``worst`` (the highest severity found, or None) and ``result`` (the
    article's result as the JSON of ``--format jsonl``)."""
    spec = EngineSpec(config or Config(), tuple(plugins))
    return df.map_partitions(check_frame, spec, timeout, meta=_frame([]))
