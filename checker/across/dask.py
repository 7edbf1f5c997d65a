"""``--across`` on a Dask cluster (``pip install 'newscheck[dask]'``).

- :func:`check_bag_across` (Python API): the articles of a ``dask.bag`` are checked and profiled
  where they are (one task per partition of the bag), each profile from the facts of the
  article's own check.
- :class:`DaskAcross` (``checker check --executor dask --across``): the batch's chunks are
  checked on the cluster's workers as without ``--across`` (cache, time limit, progress), and
  each worker builds the profile of each article it checks from the facts of that check
  (:class:`AcrossDaskExecutor`); the profiles of articles the cache answered are built on the
  cluster too.

Either way the grouping is a shuffle by blocking key (:func:`shuffle_groups`): every (key,
profile) is grouped by key across the cluster, each block yields its candidate pairs scored by
:func:`checker.across.grouping.same_story`, with the document frequency of every key counted by a
reduction first. Only the joined pairs come back to this process, where union-find makes the
groups; the group rules run on the workers, one task per group (:func:`check_groups`). The same
batch gives the same results, byte for byte, as :func:`checker.across.runner.check_across` in one
process.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Iterable, Sequence

from checker.across.grouping import MAX_BLOCK, GroupingStats, block_pairs, join, same_story
from checker.across.profile import Profile, profile_from_facts
from checker.across.runner import Across, checkable, merge
from checker.core.config import Config
from checker.core.engine import Engine
from checker.core.models import Article, ArticleResult
from checker.run.dask import DaskExecutor, connect, to_item
from checker.run.worker import DEFAULT_TIMEOUT, EngineSpec, Observer, check_with_limit, engine_for

Compute = Callable[..., Any]


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
        observer = Observer(profile_from_facts)
        result = check_with_limit(engine, item, timeout, observer)
        profile = dataclasses.replace(observer.value, index=i) if observer.value is not None \
            else across.profile(i, item) if checkable(engine, item) else None
        out.append((i, item, result, profile))
    return out


def _profile_partition(numbered: Iterable[tuple[int, Article]], spec: EngineSpec) -> list[Profile]:
    """The profiles of numbered articles (built on a worker)."""
    across = Across(engine_for(spec))
    return [across.profile(i, a) for i, a in numbered]


def _scored_pairs(block: tuple[str, list], df: dict[str, int]) -> list[tuple[tuple[int, int], bool]]:
    """The candidate pairs of one block (one blocking key), each with whether it tells one story."""
    _, profiles = block
    by_index = {p.index: p for p in profiles}
    return [(pair, same_story(by_index[pair[0]], by_index[pair[1]], df=df))
            for pair in block_pairs(list(by_index))]


def shuffle_groups(profiled, compute: Compute, stats: GroupingStats | None = None) -> list[tuple[int, ...]]:
    """The groups of a ``dask.bag`` of profiles, the candidate pairs found by a shuffle by blocking
    key; the same groups, in the same order, as :func:`checker.across.grouping.group_profiles`
    (and the same ``stats``)."""
    stats = stats if stats is not None else GroupingStats()
    keyed = profiled.map(lambda p: [(k, p) for k in p.blocking_keys()]).flatten()
    articles, df = compute(profiled.count(), keyed.pluck(0).frequencies())
    df = dict(df)
    common = {k for k, n in df.items() if n > MAX_BLOCK}
    blocks = keyed.filter(lambda kp: kp[0] not in common).groupby(lambda kp: kp[0], shuffle="tasks") \
        .map(lambda kv: (kv[0], [p for _, p in kv[1]]))
    scored = blocks.map(_scored_pairs, df).flatten().distinct()
    compared, pairs = compute(scored.count(), scored.filter(lambda s: s[1]).map(lambda s: s[0]))
    pairs = sorted(pairs)
    groups = join(pairs, sorted({i for pair in pairs for i in pair}))
    stats.articles, stats.keys, stats.skipped_keys = articles, len(df), len(common)
    stats.pairs_compared, stats.pairs_joined, stats.groups = compared, len(pairs), len(groups)
    return groups


def _check_group(indices: tuple[int, ...], items: dict[int, Article], spec: EngineSpec) -> list[tuple]:
    engine = engine_for(spec)
    ordered = [items[i] for i in indices]
    local = Across(engine).check_group(ordered, range(len(ordered)))
    return [(indices[k], x) for k, x in local]


def check_groups(groups: list[tuple[int, ...]], items: Sequence, spec: EngineSpec, compute: Compute) -> list[tuple]:
    """Run the group rules over each group on the cluster: (index, finding or error), in the
    order :meth:`Across.check_group` gives them group after group."""
    import dask  # an optional extra (checker[dask])

    if not groups:
        return []
    found = compute(*[dask.delayed(_check_group)(g, {i: items[i] for i in g}, spec) for g in groups])
    return [x for part in found for x in part]


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
    groups = shuffle_groups(profiled, compute)
    (rows,) = compute(records.map(lambda r: (r[0], r[1], r[2])))
    rows = sorted(rows, key=lambda r: r[0])
    items, results = [r[1] for r in rows], [r[2] for r in rows]
    return merge(items, results, check_groups(groups, items, spec, compute))


# --- checker check --executor dask --across ------------------------------------------------------


def check_and_profile(spec: EngineSpec, articles: list[Article], timeout: float | None) -> list[tuple]:
    """The task of :class:`AcrossDaskExecutor` on a worker: (result, profile or None) of each
    article of a chunk, the profile built from the facts of the article's check (its index is set
    where the chunk's numbers are known; an article whose check did not finish has none, and is
    profiled on the cluster later)."""
    engine = engine_for(spec)
    out = []
    for a in articles:
        observer = Observer(profile_from_facts)
        out.append((check_with_limit(engine, a, timeout, observer), observer.value))
    return out


class AcrossDaskExecutor(DaskExecutor):
    """A :class:`DaskExecutor` whose workers also build the profile of each article they check;
    ``profiles`` maps an article's number in the batch to its profile."""

    task = staticmethod(check_and_profile)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.profiles: dict[int, Profile] = {}

    def unpack(self, tasks: list[tuple[int, Article]], payload: Any) -> list[ArticleResult]:
        for (idx, _), (_, profile) in zip(tasks, payload):
            if profile is not None:
                self.profiles[idx] = dataclasses.replace(profile, index=idx)
        return [result for result, _ in payload]


class DaskAcross:
    """The cluster of a ``checker check --executor dask --across`` run (the one at ``scheduler``,
    or a local cluster of ``jobs`` workers started when first needed): :meth:`executor` checks the
    batch there, :meth:`run` groups and checks the groups there; ``stats`` is the grouping's
    cost. :meth:`close` when done."""

    def __init__(self, engine: Engine, spec: EngineSpec, jobs: int, scheduler: str | None = None):
        self.engine = engine
        self.spec = spec
        self.jobs = jobs
        self.scheduler = scheduler
        self.client: Any = None
        self.cluster: Any = None
        self.profiles: dict[int, Profile] = {}
        self.stats = GroupingStats()

    def _client(self):
        if self.client is None:
            self.client, self.cluster = connect(self.jobs, self.scheduler)
        return self.client

    def executor(self, spec: EngineSpec, jobs: int, timeout: float | None) -> AcrossDaskExecutor:
        """An :data:`checker.run.batch.ExecutorFactory` on this run's cluster."""
        executor = AcrossDaskExecutor(spec, jobs, timeout, client=self._client())
        executor.profiles = self.profiles
        return executor

    def _compute(self, *things):
        return self._client().compute(list(things), sync=True)

    def run(self, items: Sequence[Article | ArticleResult], results: Sequence[ArticleResult]) -> list[ArticleResult]:
        """``results`` (one per item, in order) with the group findings added."""
        import dask.bag as db  # an optional extra (checker[dask])

        if not self.engine.registry.group_rules:
            return list(results)
        known = [self.profiles[i] for i in sorted(self.profiles) if i < len(items)]
        missing = [(i, a) for i, a in enumerate(items) if i not in self.profiles and checkable(self.engine, a)]
        parts = max(1, sum(self._client().nthreads().values()))
        bags = []
        if known:
            bags.append(db.from_sequence(known, npartitions=min(parts, len(known))))
        if missing:
            bags.append(db.from_sequence(missing, npartitions=min(parts, len(missing)))
                        .map_partitions(_profile_partition, self.spec))
        if not bags:
            return list(results)
        groups = shuffle_groups(db.concat(bags), self._compute, self.stats)
        return merge(items, results, check_groups(groups, items, self.spec, self._compute))

    def close(self) -> None:
        client, cluster, self.client, self.cluster = self.client, self.cluster, None, None
        try:
            if client is not None:
                client.close()
        finally:
            if cluster is not None:
                cluster.close()
