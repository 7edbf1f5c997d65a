#!/usr/bin/env python3
"""Record every finding the checker raises on a set of inputs, for comparing two versions.

usage: snapshot.py OUT.json [--shared DIR] [--checker CMD]

Runs `checker check --format json --no-cache` over the bundled fixtures and, when the shared
evaluation data is present (default: ../shared beside the checkout), the devset and the corpus.
Writes one JSON document: per input set, per article, the findings reduced to what a refactor
must not change (rule, severity, message id and text, spans, related spans, suggestions).
Compare two snapshots with `diff` or `cmp`: a behaviour-preserving change gives identical files.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd: list[str], inputs: list[str]) -> dict:
    out = subprocess.run([*cmd, "check", "--format", "json", "--no-cache", *inputs],
                         capture_output=True, text=True, cwd=ROOT)
    if out.returncode not in (0, 1):
        sys.exit(f"checker failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(out.stdout)


def reduce(report: dict) -> dict:
    arts = {}
    for a in report["articles"]:
        path = a.get("path") or ""
        key = f"{Path(path).name if path.startswith(('/', '..')) else path}#{a['id']}"
        key = key.replace(f"{ROOT}/", "")  # the same key wherever the checkout lies
        arts[key] = {
            "errors": [{k: e.get(k) for k in ("code", "rule")} for e in a.get("errors", [])],
            "findings": [{k: f.get(k) for k in ("rule", "severity", "message_id", "message", "span",
                                                 "related", "suggestions")}
                         for f in a.get("findings", [])],
        }
    return arts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--checker", default=f"{shlex.quote(sys.executable)} -m checker")
    args = ap.parse_args()
    cmd = shlex.split(args.checker)
    sets = {"fixtures": [str(p) for p in sorted((ROOT / "fixtures").rglob("*"))
                         if p.is_file() and not p.name.endswith(".expect.toml")]}
    shared = Path(args.shared)
    tmp = Path(tempfile.mkdtemp())
    if (shared / "devset" / "to_jsonl.py").exists():
        dev = tmp / "devset.jsonl"
        dev.write_text(subprocess.run([sys.executable, str(shared / "devset" / "to_jsonl.py")],
                                      capture_output=True, text=True, check=True).stdout)
        sets["devset"] = [str(dev)]
    for name in ("ar", "en"):
        p = shared / "corpus" / f"{name}.jsonl"
        if p.exists():
            sets[f"corpus-{name}"] = [str(p)]
    snap = {}
    for name, inputs in sets.items():
        arts = {}
        for inp in inputs:
            arts.update(reduce(run(cmd, [inp])))
        snap[name] = arts
        n = sum(len(a["findings"]) for a in arts.values())
        print(f"{name}: {len(arts)} articles, {n} findings", file=sys.stderr)
    Path(args.out).write_text(json.dumps(snap, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
