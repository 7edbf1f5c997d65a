"""The result cache repairs itself: a damaged file is rebuilt (one warning, then none), an entry
found under a key it was not made for is never served, and two runs share the file at once."""

from __future__ import annotations

import io
import json
import sqlite3

from checker.cli.main import main
from checker.core.models import Article, ArticleResult
from checker.run.cache import DB_NAME, ResultCache

BRACKET = "The finance minister (who took office in March said the budget would pass.\n"
QUOTE = "The envoy said \u201ctalks will resume next week.\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = main(list(argv), stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


def _rules(out: str) -> dict[str, list[str]]:
    return {r["id"]: [f["rule"] for f in r["findings"]] for r in map(json.loads, out.splitlines())}


def test_a_damaged_cache_is_rebuilt_once_and_then_used(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(BRACKET, encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / DB_NAME).write_bytes(b"this is no database at all" * 100)
    rc, out, err = run("check", "a.txt", "--format", "jsonl", "--cache-dir", str(cache))
    assert rc == 1 and _rules(out) == {"a.txt": ["PUNCT002"]}
    assert err.startswith(f"checker: warning: the cache in {cache} was damaged (") and err.endswith("rebuilt it empty\n")
    assert err.count("\n") == 1
    rc, out, err = run("check", "a.txt", "--format", "jsonl", "--cache-dir", str(cache))
    assert (rc, err) == (1, "") and _rules(out) == {"a.txt": ["PUNCT002"]}
    assert run("cache", "info", "--cache-dir", str(cache))[1].startswith(f"{cache}/{DB_NAME}: 1 results, ")


def test_an_entry_under_another_articles_key_is_not_served(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(BRACKET, encoding="utf-8")
    (tmp_path / "b.txt").write_text(QUOTE, encoding="utf-8")
    cache = tmp_path / "cache"
    argv = ["check", "a.txt", "b.txt", "--format", "jsonl", "--cache-dir", str(cache), "--jobs", "1"]
    _, first, _ = run(*argv)
    assert _rules(first) == {"a.txt": ["PUNCT002"], "b.txt": ["PUNCT001"]}
    db = sqlite3.connect(cache / DB_NAME)
    table = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    keys = [k for (k,) in db.execute(f"SELECT key FROM {table}")]
    assert len(keys) == 2
    # swap the two rows' keys: each article's key now holds the other's entry
    db.execute(f"UPDATE {table} SET key = 'swap' WHERE key = ?", (keys[0],))
    db.execute(f"UPDATE {table} SET key = ? WHERE key = ?", (keys[0], keys[1]))
    db.execute(f"UPDATE {table} SET key = ? WHERE key = 'swap'", (keys[1],))
    db.commit()
    db.close()
    _, again, _ = run(*argv)
    assert _rules(again) == {"a.txt": ["PUNCT002"], "b.txt": ["PUNCT001"]}


def test_a_misplaced_entry_is_a_miss_and_counted(tmp_path):
    art_a, art_b = Article(id="a", text="one"), Article(id="b", text="two")
    cache = ResultCache(tmp_path)
    cache.put("k-a", ArticleResult(id="a"), art_a)
    cache.flush()
    assert cache.get("k-a", art_a) is not None and cache.rejected == 0
    assert cache.get("k-a", art_b) is None and cache.rejected == 1
    cache.close()


def test_two_runs_share_the_cache_at_once(tmp_path):
    warn_a, warn_b = io.StringIO(), io.StringIO()
    a = ResultCache(tmp_path, warn=warn_a)
    b = ResultCache(tmp_path, warn=warn_b)
    arts = [Article(id=str(i), text=f"article {i}") for i in range(6)]
    # interleaved writes and reads of two runs, as two processes make them
    a.put("k0", ArticleResult(id="0"), arts[0])
    b.put("k1", ArticleResult(id="1"), arts[1])
    a.flush()
    b.flush()
    a.put("k2", ArticleResult(id="2"), arts[2])
    assert b.get("k0", arts[0]) is not None
    b.put("k3", ArticleResult(id="3"), arts[3])
    b.close()
    a.close()
    assert (warn_a.getvalue(), warn_b.getvalue()) == ("", "")
    c = ResultCache(tmp_path)
    assert [c.get(f"k{i}", arts[i]) is not None for i in range(4)] == [True] * 4
    c.close()
    assert sqlite3.connect(tmp_path / DB_NAME).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_running_batch_lets_another_run_write_between_its_flushes(tmp_path, engine):
    from checker.run.batch import Batch

    outcomes = []

    def items():
        for i in range(5):
            yield Article(id=str(i), text=f"The council met on day {i} (and voted.\n")
        other = sqlite3.connect(tmp_path / DB_NAME, timeout=0)   # another run, writing now
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            outcomes.append("written")
        except sqlite3.OperationalError as e:
            outcomes.append(str(e))
        finally:
            other.close()
        yield Article(id="last", text="The end.\n")

    warn = io.StringIO()
    batch = Batch(engine, jobs=1, in_process=True, handle_signals=False, cache=ResultCache(tmp_path, warn=warn))
    assert len(list(batch.results(items()))) == 6
    assert outcomes == ["written"] and warn.getvalue() == ""
