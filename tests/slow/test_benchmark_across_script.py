"""scripts/benchmark_across.py: grouping cost grows about as the batch does, not as its square."""

from __future__ import annotations

import importlib.util
import json

from tests.helpers import ROOT


def test_pairs_compared_grow_near_linearly(capsys):
    spec = importlib.util.spec_from_file_location("benchmark_across", ROOT / "scripts" / "benchmark_across.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--scales", "10,100", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert rows[1]["articles"] == 10 * rows[0]["articles"] > 0
    assert rows[1]["pairs_ratio"] <= 15            # ten times the articles: not a hundred times the pairs
    assert rows[1]["groups"] == 10 * rows[0]["groups"]   # each copy's stories, and no story across copies
