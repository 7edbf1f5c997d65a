#!/usr/bin/env python3
"""Recall and false findings of the checker on ContraDoc's news documents.

usage: contradoc_eval.py [--data FILE] [--checker CMD] [--show N] [--all-types]

ContraDoc (Li et al., NAACL 2024) holds documents with one self-contradiction inserted and clean
documents. The flattened copy kept beside the project (default ../shared/external/contradoc/
contradoc_flat.json) cuts every text at 2,000 characters, so only the contradictory documents that
still hold their evidence sentence verbatim are scored for recall; all clean documents are scored
for false findings. A contradictory document counts as found when a finding's span or a related
span overlaps its evidence sentence. News documents only unless --all-types.

False findings are every finding on a clean document, printed per rule; RESIDUE001 is printed
apart too, since web leftovers ("Watch … »") are real findings on a clean text, not false
contradictions.
"""

from __future__ import annotations

import argparse
import collections
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "external" / "contradoc" / "contradoc_flat.json"


def spans_of(finding: dict) -> list[tuple[int, int]]:
    out = [(finding["span"]["start"], finding["span"]["end"])]
    out += [(r["span"]["start"], r["span"]["end"]) for r in finding.get("related", []) if r.get("span")]
    return out


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1] or (a[0] == a[1] and b[0] <= a[0] < b[1])


def default_checker() -> list[str]:
    here = Path(sys.executable).parent / "checker"
    if here.exists():
        return [str(here)]
    found = shutil.which("checker")
    return [found] if found else [sys.executable, "-m", "checker"]


def run_checker(cmd: list[str], docs: list[dict]) -> dict[str, list[dict]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "contradoc.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps({"id": d["id"], "text": d["text"], "lang": "en"}) + "\n")
        out = subprocess.run([*cmd, "check", "--format", "json", "--no-cache", "--jobs", "2", str(path)],
                             capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"checker failed ({out.returncode}): {out.stderr[-2000:]}")
    return {a["id"]: a.get("findings", []) for a in json.loads(out.stdout)["articles"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT))
    ap.add_argument("--checker", help="how to run the checker (default: the one beside this Python)")
    ap.add_argument("--show", type=int, default=0, help="print N found documents' findings")
    ap.add_argument("--all-types", action="store_true", help="wiki and story documents too")
    args = ap.parse_args()
    if not Path(args.data).exists():
        print(f"ContraDoc data not found at {args.data}", file=sys.stderr)
        return 2
    docs = [d for d in json.loads(Path(args.data).read_text(encoding="utf-8"))
            if args.all_types or d["doc_type"] == "news"]
    positives = [d for d in docs if d["label"] == "contradictory" and d["evidence"] and d["evidence"] in d["text"]]
    clean = [d for d in docs if d["label"] == "non_contradictory"]
    findings = run_checker(shlex.split(args.checker) if args.checker else default_checker(), positives + clean)
    found = []
    for d in positives:
        s = d["text"].index(d["evidence"])
        ev = (s, s + len(d["evidence"]))
        hits = [f for f in findings.get(d["id"], []) if any(overlaps(sp, ev) for sp in spans_of(f))]
        if hits:
            found.append((d, hits))
    by_rule = collections.Counter(f["rule"] for d in clean for f in findings.get(d["id"], []))
    total = sum(by_rule.values())
    residue = by_rule.get("RESIDUE001", 0)
    found_rules = collections.Counter(h[0]["rule"] for _, h in found)
    for d, hits in found[:args.show]:
        print(f"{d['id']}: {'; '.join(h['rule'] + ' ' + h['message'] for h in hits)}")
    print(f"documents: {len(positives)} contradictory with their evidence in the text, {len(clean)} clean")
    print(f"found by rule: {dict(sorted(found_rules.items()))}")
    print(f"false findings on clean documents by rule: {dict(sorted(by_rule.items()))}")
    print(f"contradoc: recall {len(found) / max(1, len(positives)):.3f} ({len(found)}/{len(positives)}), "
          f"findings per clean document {total / max(1, len(clean)):.3f} ({total}/{len(clean)}), "
          f"without RESIDUE001 {(total - residue) / max(1, len(clean)):.3f} ({total - residue}/{len(clean)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
