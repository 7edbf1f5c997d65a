"""The run's fingerprint, told without the engine (checker.run.fingerprint): it is the engine's
own once the cache knows the run, it covers what the engine reads outside its plugins' packages,
and an engine that is not the command line's gets one of its own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from checker.core.config import Config
from checker.core.engine import Engine
from checker.run.cache import DB_NAME, ResultCache
from checker.run.fingerprint import combined, engine_fingerprint, static
from checker.run.lazy import LazyEngine
from tests.contract.test_contract import site  # noqa: F401 - the fixture installing fake plugins
from tests.contract.test_language_data import PLUGIN as DATA_PLUGIN
from tests.helpers import FIXTURES, run_cli

SEED = str(FIXTURES / "articles" / "seed-ar-sharaa.txt")


def test_once_the_cache_knows_the_run_its_fingerprint_needs_no_engine(tmp_path, engine):
    assert run_cli("check", SEED, "--no-config", "--cache-dir", str(tmp_path))[0] == 1
    cache = ResultCache(tmp_path)
    lazy = LazyEngine(Config(), (), cache)
    assert not lazy.built
    fp = engine_fingerprint(engine)
    assert fp.exact and lazy.fingerprint() == fp.key == combined(fp.static, fp.extras)
    assert list(lazy.rules) == list(engine.rules) and lazy.languages == engine.lexicons.languages
    assert {r: (i.name, i.summary, i.messages, i.notes, i.plugin) for r, i in lazy.rules.items()} == \
        {r: (i.name, i.summary, i.messages, i.notes, i.plugin) for r, i in engine.rules.items()}
    assert list(lazy.registry.group_rules) == list(engine.registry.group_rules)
    assert not lazy.built
    cache.close()


def test_an_engine_not_built_as_the_command_line_builds_it_has_a_fingerprint_of_its_own(engine):
    from checker_plugins import dates

    plain = engine_fingerprint(engine)
    without = engine_fingerprint(Engine(entry_points=False))
    given = engine_fingerprint(Engine(entry_points=False, plugins=[("dates", dates)]))
    assert len({plain.key, without.key, given.key}) == 3 and len({plain.static, without.static}) == 2
    assert without.exact and not given.exact   # a plugin given as an object: never stored as a run's
    assert given.static == without.static
    assert static(Config(), ["no_such_module_anywhere"]) is None   # building the engine says why


def test_a_data_file_outside_the_plugins_package_is_part_of_the_fingerprint(site, tmp_path, monkeypatch):  # noqa: F811
    data = tmp_path / "honours_data" / "fr" / "calendar.toml"
    data.parent.mkdir(parents=True)
    data.write_text('[honours]\norders = ["Légion d\'honneur"]\n', encoding="utf-8")
    site("checker-honours", "1.0", {"honours": "honours_plugin"}, {"honours_plugin": DATA_PLUGIN})
    fp = engine_fingerprint(Engine())
    assert fp.exact and f"file:{data}" in fp.extras
    assert fp.key == combined(fp.static, fp.extras)
    builds = []
    real = LazyEngine._build
    monkeypatch.setattr(LazyEngine, "_build", lambda self: (builds.append(1), real(self)))
    cache = str(tmp_path / "cache")
    first = run_cli("check", SEED, "--no-config", "--cache-dir", cache)
    assert run_cli("check", SEED, "--no-config", "--cache-dir", cache) == first and len(builds) == 1
    data.write_text('[honours]\norders = ["Ordre national du Mérite"]\n', encoding="utf-8")
    assert combined(fp.static, fp.extras) != fp.key
    assert run_cli("check", SEED, "--no-config", "--cache-dir", cache) == first and len(builds) == 2
    data.unlink()   # gone: no fingerprint without the engine (which then says what is wrong)
    assert combined(fp.static, fp.extras) is None


def test_a_run_record_under_a_key_it_was_not_made_for_is_not_served(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    argv = ["check", SEED, "--no-config", "--cache-dir", str(cache), "--format", "sarif"]
    first = run_cli(*argv)
    db = sqlite3.connect(cache / DB_NAME)
    keys = [k for (k,) in db.execute("SELECT key FROM runs")]
    assert len(keys) == 2          # the extras under the static part, the record under the run's
    db.execute("UPDATE runs SET key = 'swap' WHERE key = ?", (keys[0],))
    db.execute("UPDATE runs SET key = ? WHERE key = ?", (keys[0], keys[1]))
    db.execute("UPDATE runs SET key = ? WHERE key = 'swap'", (keys[1],))
    db.commit()
    assert ResultCache(cache).run(keys[0]) is None and ResultCache(cache).run(keys[1]) is None
    db.execute("UPDATE runs SET value = ?", (b"garbage",))
    db.commit()
    db.close()
    builds = []
    real = LazyEngine._build
    monkeypatch.setattr(LazyEngine, "_build", lambda self: (builds.append(1), real(self)))
    assert run_cli(*argv) == first and builds == [1]          # no record: the engine, the same report
    assert run_cli(*argv) == first and builds == [1]          # stored again: answered without it
    assert Path(cache / DB_NAME).is_file()
