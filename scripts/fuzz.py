"""Fuzz the engine: N generated hostile articles (tests/fuzz/generate.py: random Unicode, bidi
controls, combining marks, lone surrogates, NUL bytes, impossible dates, 10^400 and
thousand-digit numbers, Arabic-Indic digits, quote and bracket floods, mutated fixture articles,
nested HTML and Markdown through their loaders) checked one by one; prints how many raised an
exception, ended in a plugin error or gave a span that does not slice to its text, with the
seeds of the first few of each (``--show SEED`` prints one case).

    python scripts/fuzz.py                  # 20,000 articles, seeds 0..19,999
    python scripts/fuzz.py -n 500 --start 7 --jobs 2

Exit status 1 when anything was found.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.core.engine import Engine  # noqa: E402  (the repository root is put on the path first)
from tests.fuzz.generate import generate  # noqa: E402
from tests.fuzz.probe import problems  # noqa: E402

_ENGINE = None


def _probe(seeds: range) -> list[tuple[int, str, str]]:
    """The problems of a range of seeds, in one worker (one engine per worker)."""
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = Engine()
    out = []
    for s in seeds:
        for kind, found in problems(_ENGINE, generate(s)).items():
            out.extend((s, kind, what) for what in found)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=20_000, help="how many articles (default 20,000)")
    ap.add_argument("--start", type=int, default=0, help="the first seed (default 0)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--show", type=int, metavar="SEED", help="print the case of one seed and its problems")
    args = ap.parse_args(argv)
    if args.show is not None:
        print(repr(generate(args.show)))
        print(_probe(range(args.show, args.show + 1)))
        return 0
    t = time.perf_counter()
    chunks = [range(a, min(a + 200, args.start + args.n)) for a in range(args.start, args.start + args.n, 200)]
    found: list[tuple[int, str, str]] = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for i, part in enumerate(pool.map(_probe, chunks), 1):
            found += part
            print(f"\r{min(i * 200, args.n):,} / {args.n:,}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    cases = {kind: sorted({s for s, k, _ in found if k == kind}) for kind in ("exception", "plugin-error", "bad-span")}
    print(f"{args.n:,} articles (seeds {args.start}..{args.start + args.n - 1}) in {time.perf_counter() - t:.0f} s")
    for kind, seeds in cases.items():
        print(f"  {kind:13} {len(seeds):6,} articles  {seeds[:5]}")
    for what, n in Counter(what.split(":")[0] + ":" + what.split(":")[1][:70] for _, _, what in found
                           if ":" in what).most_common(5):
        print(f"    {n:5,} × {what}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
