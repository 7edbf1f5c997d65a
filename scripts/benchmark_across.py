"""Grouping cost of ``checker check --across`` against batch size.

Builds the profiles of a base batch once (the fixture batches of ``fixtures/across``, or the
evaluation corpus with ``--corpus``), then makes batches of 1x, 10x and 100x the base: each copy
is another set of stories (its people's keys, titles and story ids carry the copy's number), while
every copy keeps a few names the whole batch shares, as a feed keeps naming one leader. For each
size it prints the articles, the blocking keys, the keys skipped as too common, the candidate
pairs compared, the pairs joined, the groups and the grouping time, and the ratios to the 1x run:
pairs and time should grow about as the batch does (near-linear), not as its square.

    python scripts/benchmark_across.py [--corpus] [--scales 1,10,100] [--json]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker import Engine  # noqa: E402  (after the path set-up, for a checkout without install)
from checker.across.grouping import GroupingStats, group_profiles  # noqa: E402
from checker.across.runner import Across  # noqa: E402
from checker.io.inputs import iter_inputs  # noqa: E402

SHARED_NAMES = ("shared leader", "shared envoy")   # named by every copy, as a feed names a leader


def base_profiles(corpus: bool) -> tuple[list, float]:
    """The profiles of the base batch and the seconds building them took."""
    if corpus:
        paths = [str(ROOT.parent / "shared" / "corpus" / f) for f in ("ar.jsonl", "en.jsonl")]
    else:
        paths = [str(p) for p in sorted((ROOT / "fixtures" / "across").glob("*.jsonl"))]
    items = list(iter_inputs(paths, "auto"))
    across = Across(Engine())
    t = time.perf_counter()
    profiles = across.profiles(items)
    return profiles, time.perf_counter() - t


def _tag(c: int) -> str:
    """The copy's number in letters (a title word is letters only)."""
    out = ""
    while True:
        c, r = divmod(c, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[r] + out
        if c == 0:
            return out


def _word(word: str, copy: str) -> str:
    """Another word of the same length for each copy: the titles of two copies are not alike,
    the titles of one copy are as alike as the base's."""
    digest = hashlib.sha256(f"{copy}\0{word}".encode()).digest()
    return "".join("abcdefghijklmnopqrstuvwxyz"[b % 26] for b in digest[:max(len(word), 1)])


def scaled(profiles: list, copies: int) -> list:
    """``copies`` copies of the base, each a distinct set of stories."""
    out = []
    for n in range(copies):
        c = _tag(n)
        for p in profiles:
            out.append(dataclasses.replace(
                p, index=len(out), id=f"{p.id}#{c}",
                people=tuple(f"{k}{c}" for k in p.people) + SHARED_NAMES[:len(out) % 3],
                title=" ".join(_word(w, c) for w in p.title.split()),
                story=f"{p.story}{c}" if p.story else None))
    return out


def measure(profiles: list) -> dict:
    stats = GroupingStats()
    t = time.perf_counter()
    group_profiles(profiles, stats)
    seconds = time.perf_counter() - t
    return {"articles": stats.articles, "keys": stats.keys, "skipped_keys": stats.skipped_keys,
            "pairs_compared": stats.pairs_compared, "pairs_joined": stats.pairs_joined,
            "groups": stats.groups, "seconds": round(seconds, 4)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="store_true", help="the evaluation corpus (../shared/corpus) as the base")
    ap.add_argument("--scales", default="1,10,100", help="batch sizes as multiples of the base")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = ap.parse_args(argv)
    base, profile_seconds = base_profiles(args.corpus)
    rows = []
    for k in (int(x) for x in args.scales.split(",")):
        row = {"scale": k, **measure(scaled(base, k))}
        rows.append(row)
    first = rows[0]
    for row in rows:
        row["pairs_ratio"] = round(row["pairs_compared"] / max(1, first["pairs_compared"]), 2)
        row["time_ratio"] = round(row["seconds"] / max(1e-9, first["seconds"]), 2)
    if args.json:
        print(json.dumps({"profile_seconds_per_article": profile_seconds / max(1, len(base)), "rows": rows}))
        return 0
    print(f"profiles: {len(base)} articles in {profile_seconds:.2f}s "
          f"({1000 * profile_seconds / max(1, len(base)):.1f} ms an article, once per article)")
    print(f"{'scale':>5} {'articles':>8} {'keys':>7} {'skipped':>7} {'pairs':>8} {'joined':>7} "
          f"{'groups':>6} {'seconds':>8} {'pairs x':>7} {'time x':>7}")
    for r in rows:
        print(f"{r['scale']:>5} {r['articles']:>8} {r['keys']:>7} {r['skipped_keys']:>7} {r['pairs_compared']:>8} "
              f"{r['pairs_joined']:>7} {r['groups']:>6} {r['seconds']:>8.3f} {r['pairs_ratio']:>7} {r['time_ratio']:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
