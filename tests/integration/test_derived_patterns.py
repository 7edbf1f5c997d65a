"""The patterns built from language data are the same strings in every process, whatever the
hash seed: the derived-data cache keys compiled patterns by their text, so a pattern written in
set order would be compiled again, and kept again, by every new process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.helpers import FIXTURES, ROOT

PROBE = """
import json, sys
from checker.core.engine import Engine
from checker.core.models import Article
from checker.language import regexes

engine = Engine()
for path in sys.argv[1:]:
    engine.check_article(Article(id=path, text=open(path, encoding="utf-8").read()))
print(json.dumps(sorted(regexes._STORE.used)))
"""


def _patterns(seed: str, tmp_path) -> list:
    articles = sorted(str(p) for p in (FIXTURES / "articles").glob("*.txt"))
    env = dict(os.environ, PYTHONHASHSEED=seed, CHECKER_DERIVED_CACHE=str(tmp_path / seed))
    out = subprocess.run([sys.executable, "-c", PROBE, *articles], capture_output=True, text=True,
                         env=env, cwd=ROOT, check=True)
    return json.loads(out.stdout)


def test_the_patterns_of_language_data_do_not_depend_on_the_hash_seed(tmp_path):
    first = _patterns("1", tmp_path)
    assert len(first) > 200
    assert _patterns("2", tmp_path) == first
