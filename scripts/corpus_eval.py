#!/usr/bin/env python3
"""Run every rule over a JSONL corpus and compare with recorded verdicts.

usage: corpus_eval.py CORPUS.jsonl... [--verdicts FILE] [--write-new FILE]

The verdict file (TOML) records, for each finding an editor has read, the article id, the rule,
the span offsets and the verdict: "error" (a real inconsistency the newsroom made) or
"false-positive". It holds offsets and ids only, never article text. The script prints, per
rule, how many findings are confirmed errors, known false positives, or new (unread); and which
recorded errors the checker no longer finds.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.core.engine import Engine  # noqa: E402
from checker.io.inputs import iter_inputs  # noqa: E402


def findings(paths: list[str]) -> dict[tuple[str, str, int, int], str]:
    engine = Engine()
    out = {}
    for result in engine.check_items(iter_inputs(paths)):
        for f in result.findings:
            out[(result.id, f.rule, f.span.start, f.span.end)] = f.message_id
    return out


def load_verdicts(path: Path) -> dict[tuple[str, str, int, int], str]:
    with open(path, "rb") as f:
        data = tomllib.load(f)
    return {(v["id"], v["rule"], v["start"], v["end"]): v["verdict"] for v in data.get("finding", [])}


def compare(found, verdicts):
    report = collections.defaultdict(collections.Counter)
    new, lost = [], []
    for key in sorted(found):
        verdict = verdicts.get(key)
        report[key[1]][verdict or "new"] += 1
        if verdict is None:
            new.append(key)
    for key, verdict in sorted(verdicts.items()):
        if verdict == "error" and key not in found:
            lost.append(key)
    return report, new, lost


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--verdicts", default=str(ROOT / "tests" / "data" / "corpus_verdicts.toml"))
    ap.add_argument("--write-new", metavar="FILE", help="append unread findings as verdict stubs")
    args = ap.parse_args()
    found = findings(args.corpus)
    verdicts = load_verdicts(Path(args.verdicts)) if Path(args.verdicts).exists() else {}
    report, new, lost = compare(found, verdicts)
    for rule, counts in sorted(report.items()):
        total = sum(counts.values())
        print(f"{rule}: {total} findings; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"{len(new)} unread findings, {len(lost)} recorded errors no longer found")
    for key in lost:
        print("  lost:", *key)
    if args.write_new and new:
        with open(args.write_new, "a", encoding="utf-8") as f:
            for (aid, rule, s, e) in new:
                f.write(f'[[finding]]\nid = "{aid}"\nrule = "{rule}"\nstart = {s}\nend = {e}\n'
                        f'verdict = "unread"  # {found[(aid, rule, s, e)]}\n\n')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
