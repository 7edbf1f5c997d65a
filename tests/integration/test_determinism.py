"""The same input, config and plugins give the same findings in the same order, whatever the
hash seed of the process (sets of strings iterate in another order under another seed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _articles() -> list[dict]:
    out = []
    for path in sorted((ROOT / "fixtures" / "rules").rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if "text" in data:
            out.append({"id": str(path.relative_to(ROOT)), "text": data["text"], "lang": data.get("lang"),
                        "published": str(data["published"]) if data.get("published") else None})
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        out.append({"id": str(path.relative_to(ROOT)), "text": path.read_text(encoding="utf-8")})
    return out


def _run(path: Path, seed: str) -> list:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    proc = subprocess.run([sys.executable, "-m", "checker", "check", "--format", "json", "--no-cache",
                           "--jobs", "1", "--quiet", str(path)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    return [(a["id"], a.get("findings")) for a in json.loads(proc.stdout)["articles"]]


def test_findings_do_not_depend_on_the_hash_seed(tmp_path):
    path = tmp_path / "fixtures.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for a in _articles():
            f.write(json.dumps({k: v for k, v in a.items() if v is not None}, ensure_ascii=False) + "\n")
    first = _run(path, "1")
    assert sum(len(f or []) for _, f in first) > 100
    assert first == _run(path, "2")
    assert first == _run(path, "3")
