"""A plugin's language data is validated when an engine starts: a misspelt key in an installed
plugin's data file stops `checker check` with the usual start-up error, naming the plugin, the
file and the key."""

from __future__ import annotations

import pytest

from checker.core.engine import Engine
from checker.core.manager import PluginError
from tests.contract.test_contract import site  # noqa: F401 - the fixture installing fake plugins
from tests.helpers import run_cli

PLUGIN = """
from pathlib import Path

from checker import data_files, hookimpl
from checker.language.schema import Section, Words


class Honours(Section):
    orders: Words = []


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "honours_data", "honours", schemas={"honours": Honours})
"""


def _install(site, tmp_path, toml: str) -> None:  # noqa: F811
    (tmp_path / "honours_data" / "fr").mkdir(parents=True)
    (tmp_path / "honours_data" / "fr" / "calendar.toml").write_text(toml, encoding="utf-8")
    site("checker-honours", "1.0", {"honours": "honours_plugin"}, {"honours_plugin": PLUGIN})


def test_a_plugin_declares_its_section_and_adds_to_a_shared_one(site, tmp_path):  # noqa: F811
    _install(site, tmp_path, '[honours]\norders = ["Légion d\'honneur"]\n\n[months.gregorian]\n1 = ["janvier"]\n')
    lex = Engine().lexicons.get("fr")
    assert lex.section("honours") == {"orders": ["Légion d'honneur"]}
    assert lex.month_name(1, "gregorian") == "janvier"


def test_a_misspelt_key_in_a_plugin_data_file_fails_at_start_up(site, tmp_path, monkeypatch):  # noqa: F811
    _install(site, tmp_path, '[months.gregorain]\n1 = ["janvier"]\n')
    monkeypatch.chdir(tmp_path)
    message = ("plugin 'honours' contributed bad language data: "
               "honours_data/fr/calendar.toml: months.gregorain: unknown key")
    with pytest.raises(PluginError) as e:
        Engine()
    assert str(e.value) == message
    assert run_cli("check", "--no-config", "-") == (2, "", f"checker: error: {message}\n")


def test_a_misspelt_key_in_a_plugin_section_and_an_undeclared_section_fail(site, tmp_path, monkeypatch):  # noqa: F811
    _install(site, tmp_path, '[honours]\norder = ["x"]\n\n[honors]\norders = ["x"]\n')
    monkeypatch.chdir(tmp_path)
    rc, out, err = run_cli("rules", "--no-config")
    assert (rc, out) == (2, "")
    assert err == ("checker: error: plugin 'honours' contributed bad language data: honours_data/fr/calendar.toml: "
                   "honours.order: unknown key; honors: unknown section\n")
