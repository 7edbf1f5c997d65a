"""Configuration (checker.core.config): discovery, validation, rule selection, per-path ignores,
fail-on, command-line overrides, and the checks the engine makes against the loaded rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.core.config import Config, ConfigError, build_config, find_config_file, load_config
from checker.core.engine import Engine
from checker.core.models import Article, Severity

AR_PAIR = "تشرين الثاني/ديسمبر"
AR_TEXT = f"قال مسؤول في الوزارة إن العمل بالخطة بدأ في {AR_PAIR} الماضي.\n"
EN_TEXT = "The finance minister (who took office in March said the budget would pass.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rules_found(engine: Engine, text: str, path: str | None = None) -> list[str]:
    return [f.rule for f in engine.check_article(Article(id="t", text=text, path=path)).findings]


# --- discovery --------------------------------------------------------------------------------


def test_checker_toml_found_upward_from_a_file(tmp_path):
    cfg = write(tmp_path / "checker.toml", 'select = ["PUNCT"]\nfail-on = "error"\n')
    article = write(tmp_path / "desk" / "2024" / "story.txt", EN_TEXT)
    found = find_config_file(article)
    assert found == (cfg, {"select": ["PUNCT"], "fail-on": "error"})
    c = load_config([str(article)])
    assert (c.select, c.fail_on, c.source) == (("PUNCT",), Severity.ERROR, str(cfg))


def test_checker_toml_found_upward_from_a_directory(tmp_path):
    cfg = write(tmp_path / "checker.toml", 'ignore = ["RESIDUE"]\n')
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert find_config_file(tmp_path / "a" / "b")[0] == cfg
    assert load_config([str(tmp_path / "a")]).ignore == ("RESIDUE",)


def test_pyproject_tool_checker(tmp_path):
    pp = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.checker]\nignore = ["DATE001"]\n'
                                            '[tool.checker.per-path-ignores]\n"wire/*" = ["RESIDUE"]\n')
    article = write(tmp_path / "wire" / "a.txt", EN_TEXT)
    c = load_config([str(article)])
    assert (c.ignore, c.per_path_ignores, c.source) == (("DATE001",), {"wire/*": ("RESIDUE",)}, str(pp))


def test_pyproject_without_tool_checker_is_skipped(tmp_path):
    cfg = write(tmp_path / "checker.toml", 'fail-on = "info"\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n[tool.other]\nkey = 1\n')
    article = write(tmp_path / "sub" / "a.txt", EN_TEXT)
    assert find_config_file(article)[0] == cfg
    assert load_config([str(article)]).fail_on == Severity.INFO


def test_checker_toml_wins_over_pyproject_in_the_same_directory(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.checker]\nfail-on = "info"\n')
    cfg = write(tmp_path / "checker.toml", 'fail-on = "error"\n')
    article = write(tmp_path / "a.txt", EN_TEXT)
    assert find_config_file(article)[0] == cfg
    assert load_config([str(article)]).fail_on == Severity.ERROR


def test_nearest_configuration_wins(tmp_path):
    write(tmp_path / "checker.toml", 'fail-on = "info"\n')
    near = write(tmp_path / "inner" / "pyproject.toml", '[tool.checker]\nfail-on = "error"\n')
    article = write(tmp_path / "inner" / "deep" / "a.txt", EN_TEXT)
    c = load_config([str(article)])
    assert (c.fail_on, c.source) == (Severity.ERROR, str(near))


def test_first_existing_path_decides_and_stdin_is_skipped(tmp_path):
    write(tmp_path / "one" / "checker.toml", 'fail-on = "info"\n')
    write(tmp_path / "two" / "checker.toml", 'fail-on = "error"\n')
    a = write(tmp_path / "two" / "a.txt", EN_TEXT)
    c = load_config(["-", str(tmp_path / "missing.txt"), str(a), str(tmp_path / "one")])
    assert c.fail_on == Severity.ERROR


def test_no_configuration_gives_defaults(tmp_path):
    article = write(tmp_path / "a.txt", EN_TEXT)
    assert find_config_file(article) is None
    c = load_config([str(article)])
    assert c == Config()
    assert (c.select, c.ignore, c.fail_on, c.source) == ((), (), Severity.WARNING, None)


def test_no_config_flag_ignores_files(tmp_path):
    write(tmp_path / "checker.toml", 'colour = "red"\n')  # would be an error if read
    article = write(tmp_path / "a.txt", EN_TEXT)
    with pytest.raises(ConfigError):
        load_config([str(article)])
    assert load_config([str(article)], no_config=True).source is None


def test_explicit_config_file(tmp_path):
    write(tmp_path / "checker.toml", 'fail-on = "info"\n')
    other = write(tmp_path / "conf" / "strict.toml", 'fail-on = "error"\nselect = ["DATE"]\n')
    article = write(tmp_path / "a.txt", EN_TEXT)
    c = load_config([str(article)], config_file=str(other))
    assert (c.fail_on, c.select, c.source) == (Severity.ERROR, ("DATE",), str(other))


def test_explicit_pyproject(tmp_path):
    pp = write(tmp_path / "cfg" / "pyproject.toml", '[project]\nname = "x"\n[tool.checker]\nselect = ["PUNCT"]\n')
    assert load_config([], config_file=str(pp)).select == ("PUNCT",)
    bare = write(tmp_path / "bare" / "pyproject.toml", '[build-system]\nrequires = []\n[project]\nname = "x"\n')
    c = load_config([], config_file=str(bare))
    assert (c.select, c.source) == ((), str(bare))


def test_explicit_config_file_not_found(tmp_path):
    missing = str(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="configuration file not found") as e:
        load_config([], config_file=missing)
    assert missing in str(e.value)


def test_malformed_toml(tmp_path):
    cfg = write(tmp_path / "checker.toml", 'select = ["PUNCT"\n')
    article = write(tmp_path / "a.txt", EN_TEXT)
    with pytest.raises(ConfigError, match="cannot read configuration") as e:
        load_config([str(article)])
    assert str(cfg) in str(e.value)


# --- validation -------------------------------------------------------------------------------


def test_unknown_key_is_named(tmp_path):
    cfg = write(tmp_path / "checker.toml", 'select = ["PUNCT"]\ncolour = "red"\n')
    article = write(tmp_path / "a.txt", EN_TEXT)
    with pytest.raises(ConfigError) as e:
        load_config([str(article)])
    assert str(e.value) == f"{cfg}: unknown configuration key 'colour'"


def test_unknown_key_in_pyproject_is_named(tmp_path):
    pp = write(tmp_path / "pyproject.toml", '[tool.checker]\nfail_level = "error"\n')
    with pytest.raises(ConfigError) as e:
        load_config([str(tmp_path)])
    assert str(e.value) == f"{pp}: unknown configuration key 'fail_level'"


@pytest.mark.parametrize("data,where", [
    ({"fail-on": "fatal"}, "'fail-on'"),
    ({"severity": {"DATE001": "critical"}}, "'severity.DATE001'"),
    ({"select": "PUNCT"}, "'select'"),
    ({"published": "yesterday"}, "'published'"),
])
def test_bad_values(data, where):
    with pytest.raises(ConfigError) as e:
        build_config(data, "checker.toml")
    assert str(e.value).startswith(f"checker.toml: {where}: ")


def test_values_are_converted():
    c = build_config({"fail-on": "info", "severity": {"PUNCT001": "error"}, "published": "2024-11-20",
                      "lang": "ar", "per-path-ignores": {"*.md": ["PUNCT002"]}})
    assert c.fail_on is Severity.INFO
    assert c.severity == {"PUNCT001": Severity.ERROR}
    assert c.published == dt.date(2024, 11, 20)
    assert c.per_path_ignores == {"*.md": ("PUNCT002",)}


def test_toml_date_for_published(tmp_path):
    write(tmp_path / "checker.toml", "published = 2024-11-20\n")
    assert load_config([str(tmp_path)]).published == dt.date(2024, 11, 20)


# --- rule selection ---------------------------------------------------------------------------


def test_select_and_ignore_by_prefix():
    c = Config(select=("PUNCT",))
    assert [c.rule_enabled(r) for r in ("DATE001", "PUNCT001", "PUNCT002", "RESIDUE001")] == [False, True, True, False]
    c = Config(select=("punct001", "DATE"))
    assert [c.rule_enabled(r) for r in ("DATE001", "PUNCT001", "PUNCT002", "RESIDUE001")] == [True, True, False, False]
    c = Config(ignore=("PUNCT00",))
    assert [c.rule_enabled(r) for r in ("DATE001", "PUNCT001", "PUNCT002", "RESIDUE001")] == [True, False, False, True]
    c = Config(select=("ALL",), ignore=("PUNCT002",))
    assert [c.rule_enabled(r) for r in ("DATE001", "PUNCT001", "PUNCT002", "RESIDUE001")] == [True, True, False, True]


def test_select_and_ignore_in_the_engine():
    text = AR_TEXT + "وقال الوزير (في بيان إن الخطة ناجحة.\n"
    assert rules_found(Engine(Config()), text) == ["DATE001", "PUNCT002"]
    assert rules_found(Engine(Config(select=("PUNCT",))), text) == ["PUNCT002"]
    assert rules_found(Engine(Config(ignore=("PUNCT",))), text) == ["DATE001"]
    assert rules_found(Engine(Config(select=("DATE", "PUNCT"), ignore=("DATE001",))), text) == ["PUNCT002"]


def test_per_path_ignores_matching():
    c = Config(per_path_ignores={"wire/*": ("RESIDUE",), "*.md": ("PUNCT001",)})
    assert c.rule_enabled("RESIDUE001", "wire/a.txt") is False
    assert c.rule_enabled("RESIDUE001", "/srv/news/wire/a.txt") is False
    assert c.rule_enabled("RESIDUE001", "C:\\news\\wire\\a.txt") is False
    assert c.rule_enabled("RESIDUE001", "/srv/news/features/a.txt") is True
    assert c.rule_enabled("PUNCT002", "wire/a.txt") is True
    assert c.rule_enabled("PUNCT001", "/srv/news/notes.md") is False
    assert c.rule_enabled("PUNCT001", "/srv/news/notes.txt") is True
    assert c.rule_enabled("RESIDUE001") is True


def test_per_path_ignores_in_the_engine(tmp_path):
    data = {"per-path-ignores": {"drafts/*": ["PUNCT"]}}
    engine = Engine(build_config(data))
    assert rules_found(engine, EN_TEXT, str(tmp_path / "drafts" / "a.txt")) == []
    assert rules_found(engine, EN_TEXT, str(tmp_path / "final" / "a.txt")) == ["PUNCT002"]
    assert rules_found(engine, EN_TEXT) == ["PUNCT002"]


def test_severity_override_changes_findings():
    engine = Engine(build_config({"severity": {"DATE001": "info"}}))
    f, = engine.check(AR_TEXT).findings
    assert (f.rule, f.severity) == ("DATE001", Severity.INFO)
    f, = Engine(Config()).check(AR_TEXT).findings
    assert f.severity is Severity.ERROR


def test_lang_and_published_from_config():
    engine = Engine(build_config({"lang": "en", "published": "2024-11-20"}))
    r = engine.check(AR_TEXT)  # DATE001 is for Arabic only; the configured language wins
    assert (r.lang, r.findings, r.published, r.published_source) == ("en", (), dt.date(2024, 11, 20), "config")
    r = Engine(Config()).check(AR_TEXT)
    assert (r.lang, [f.rule for f in r.findings], r.published, r.published_source) == ("ar", ["DATE001"], None, None)


# --- fail-on ----------------------------------------------------------------------------------


def test_fail_on_default_and_values(tmp_path):
    assert Config().fail_on is Severity.WARNING
    for value, sev in (("info", Severity.INFO), ("warning", Severity.WARNING), ("error", Severity.ERROR)):
        write(tmp_path / "checker.toml", f'fail-on = "{value}"\n')
        assert load_config([str(tmp_path)]).fail_on is sev


def test_fail_on_python_name_also_accepted():
    assert build_config({"fail_on": "error"}).fail_on is Severity.ERROR


# --- overrides --------------------------------------------------------------------------------


def test_overrides_replace_file_values(tmp_path):
    write(tmp_path / "checker.toml", 'select = ["PUNCT"]\nignore = ["PUNCT002"]\nfail-on = "error"\n'
                                     'lang = "ar"\npublished = 2023-01-01\n')
    c = load_config([str(tmp_path)], select=("DATE",), ignore=("RESIDUE",), fail_on="info", lang="en",
                    published=dt.date(2024, 5, 6))
    assert (c.select, c.ignore, c.fail_on, c.lang, c.published) == (
        ("DATE",), ("RESIDUE",), Severity.INFO, "en", dt.date(2024, 5, 6))


def test_none_overrides_keep_file_values(tmp_path):
    write(tmp_path / "checker.toml", 'select = ["PUNCT"]\nfail-on = "error"\n')
    c = load_config([str(tmp_path)], select=None, ignore=None, fail_on=None, lang=None, published=None)
    assert (c.select, c.ignore, c.fail_on, c.lang) == (("PUNCT",), (), Severity.ERROR, None)


def test_override_value_is_validated():
    with pytest.raises(ConfigError, match="'fail-on'"):
        build_config({}, None, fail_on="fatal")


# --- checks made by the engine ----------------------------------------------------------------


@pytest.mark.parametrize("config,key,name", [
    (Config(select=("XYZ001",)), "select", "XYZ001"),
    (Config(select=("PUNCT", "DATES")), "select", "DATES"),
    (Config(ignore=("NOPE",)), "ignore", "NOPE"),
    (Config(severity={"FAKE001": Severity.INFO}), "severity", "FAKE001"),
    (Config(options={"ZZZ001": {}}), "options", "ZZZ001"),
    (Config(per_path_ignores={"drafts/*": ("QQQ",)}), "per-path-ignores.drafts/*", "QQQ"),
])
def test_unknown_rule_is_an_error_at_engine_construction(config, key, name):
    with pytest.raises(ConfigError) as e:
        Engine(config)
    assert str(e.value).startswith(f"configuration '{key}' names unknown rule '{name}'")


def test_known_rules_and_all_are_accepted():
    Engine(Config(select=("all",), ignore=("punct", "DATE001"), severity={"RESIDUE001": Severity.INFO},
                  per_path_ignores={"*.md": ("RESIDUE",)}))


def test_unknown_option_for_a_rule_is_an_error():
    with pytest.raises(ConfigError) as e:
        Engine(Config(options={"PUNCT001": {"tolerance": 3}}))
    assert str(e.value).startswith("configuration 'options.PUNCT001' has unknown option 'tolerance'")


def test_known_option_is_accepted(engine):
    rid, opts = next((rid, r.options) for rid, r in engine.rules.items() if r.options)
    key, default = next(iter(opts.items()))
    e = Engine(Config(options={rid: {key: default}}))
    with pytest.raises(ConfigError, match=f"options.{rid}' has unknown option 'no_such_option'"):
        Engine(Config(options={rid: {key: default, "no_such_option": 1}}))
    assert e.config.options == {rid: {key: default}}


@pytest.mark.parametrize("key", ["severity", "options"])
def test_all_is_not_a_rule_id_for_per_rule_tables(key):
    value = {"ALL": "info"} if key == "severity" else {"ALL": {"same_system": False}}
    with pytest.raises(ConfigError, match=f"'{key}' names unknown rule 'ALL'"):
        Engine(build_config({key: value}))


def test_rule_option_types_are_checked():
    with pytest.raises(ConfigError, match=r"options.DATE001.same_system' must be of type bool"):
        Engine(build_config({"options": {"DATE001": {"same_system": "no"}}}))


def test_rule_option_changes_behaviour():
    text = "يسري القرار اعتباراً من كانون الأول (تشرين الثاني) المقبل."
    on = Engine(build_config({})).check(text, lang="ar")
    off = Engine(build_config({"options": {"DATE001": {"same_system": False}}})).check(text, lang="ar")
    assert [f.message_id for f in on.findings] == ["same-system"]
    assert off.findings == ()
