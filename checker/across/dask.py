"""``--across`` on a Dask cluster (``pip install 'newscheck[dask]'``): :func:`check_bag_across`.

The articles are checked and profiled where they are (one task per partition of the bag). The
grouping is a shuffle by blocking key: every (key, profile) is grouped by key across the cluster,
each block yields its candidate pairs scored by :func:`checker.across.grouping.same_story`, with
the document frequency of every key counted by a reduction first. Only the joined pairs come back
to this process, where union-find makes the groups; the group rules run on the workers, one task
per group. The same batch gives the same results, byte for byte, as
:func:`checker.across.runner.check_across` in one process.
"""

from __future__ import annotations

from typing import Any, Iterable

from checker.across.grouping import MAX_BLOCK, block_pairs, join, same_story
from checker.across.runner import Across, checkable, merge
from checker.core.config import Config
from checker.core.models import Article, ArticleResult
from checker.run.dask import to_item
from checker.run.worker import DEFAULT_TIMEOUT, EngineSpec, check_with_limit, engine_for


def _check_partition(records: Iterable[Any], offset: int, spec: EngineSpec, timeout: float | None) -> list[tuple]:
    """(index, item, result, profile or None) for each record of a partition."""
    engine = engine_for(spec)
    across = Across(engine)
    out = []
    for i, rec in enumerate(records, offset):
        item = to_item(rec)
        if isinstance(item, ArticleResult):
            out.append((i, item, item, None))
            continue
        result = check_with_limit(engine, item, timeout)
        out.append((i, item, result, across.profile(i, item) if checkable(engine, item) else None))
    return out


def _block_pairs(block: tuple[str, list], df: dict[str, int]) -> list[tuple[int, int]]:
    """The pairs of one block (one blocking key) that tell one story."""
    _, profiles = block
    by_index = {p.index: p for p in profiles}
    return [pair for pair in block_pairs(list(by_index))
            if same_story(by_index[pair[0]], by_index[pair[1]], df=df)]


def _check_group(indices: tuple[int, ...], items: dict[int, Article], spec: EngineSpec) -> list[tuple]:
    engine = engine_for(spec)
    ordered = [items[i] for i in indices]
    local = Across(engine).check_group(ordered, range(len(ordered)))
    return [(indices[k], x) for k, x in local]


def check_bag_across(bag, *, config: Config | None = None, plugins: Iterable[str] = (),
                     timeout: float | None = DEFAULT_TIMEOUT, client=None) -> list[ArticleResult]:
    """Check a ``dask.bag`` of articles (``Article`` objects or JSON-Lines-style dicts) with the
    cross-article rules: one :class:`ArticleResult` per item, in the bag's order, computed on
    ``client`` (default: the current Dask client or scheduler)."""
    import dask  # an optional extra (checker[dask])
    import dask.bag as db  # an optional extra (checker[dask])

    def compute(*things):
        return client.compute(list(things), sync=True) if client is not None else dask.compute(*things)

    spec = EngineSpec(config or Config(), tuple(plugins))
    parts = bag.to_delayed()
    sizes = compute(*[dask.delayed(len)(p) for p in parts])
    offsets = [sum(sizes[:k]) for k in range(len(sizes))]
    records = db.from_delayed([dask.delayed(_check_partition)(p, off, spec, timeout) for p, off in zip(parts, offsets)])
    records = records.persist() if client is None else client.persist(records)
    profiled = records.filter(lambda r: r[3] is not None).map(lambda r: r[3])
    keyed = profiled.map(lambda p: [(k, p) for k in p.blocking_keys()]).flatten()
    (df,) = compute(keyed.pluck(0).frequencies())
    df = dict(df)
    common = {k for k, n in df.items() if n > MAX_BLOCK}
    blocks = keyed.filter(lambda kp: kp[0] not in common).groupby(lambda kp: kp[0], shuffle="tasks") \
        .map(lambda kv: (kv[0], [p for _, p in kv[1]]))
    pairs, rows = compute(blocks.map(_block_pairs, df).flatten().distinct(), records.map(lambda r: (r[0], r[1], r[2])))
    rows = sorted(rows, key=lambda r: r[0])
    items, results = [r[1] for r in rows], [r[2] for r in rows]
    groups = join(pairs, [i for i, item, result in rows])
    grouped = {i for g in groups for i in g}
    members = {i: items[i] for i in grouped}
    found = compute(*[dask.delayed(_check_group)(g, {i: members[i] for i in g}, spec) for g in groups]) if groups else ()
    return merge(items, results, [x for part in found for x in part])
