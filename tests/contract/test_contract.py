"""Contract checks: every hook documented, every rule complete, plugins isolated from each other,
and a broken third-party plugin named at start-up."""

from __future__ import annotations

import inspect
import io
import json
import sys
import textwrap
import tomllib

import pytest

from checker import Example, Extractor, hookimpl, rule
from checker.core import hookspecs
from checker.cli.main import main
from checker.core.engine import Engine
from checker.core.manager import PluginError
from checker.testing import contract_problems, discover, fires, load_fixture, silences

from tests.helpers import FIXTURES, ROOT

HOOKS = [f for name, f in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("checker_")]

with open(ROOT / "pyproject.toml", "rb") as _f:
    BUILTIN_PLUGINS = set(tomllib.load(_f)["project"]["entry-points"]["checker"])


def test_hooks_exist():
    assert {f.__name__ for f in HOOKS} == {
        "checker_register_rules", "checker_register_extractors", "checker_register_reporters",
        "checker_language_data", "checker_register_group_rules",
        "checker_message_catalogues"}


def hook_doc_problems(hook) -> list[str]:
    """What the docstring of a hook specification lacks."""
    doc = inspect.getdoc(hook) or ""
    if len(doc) <= 80:
        return [f"{hook.__name__} has no real docstring"]
    out = [f"{hook.__name__} does not document its argument {arg!r} (':param {arg}:')"
           for arg in inspect.signature(hook).parameters if f":param {arg}:" not in doc]
    if ":return:" not in doc:
        out.append(f"{hook.__name__} does not document what it returns (':return:')")
    return out


@pytest.mark.parametrize("hook", HOOKS, ids=lambda f: f.__name__)
def test_every_hook_documents_its_arguments(hook):
    assert hook_doc_problems(hook) == []


def test_the_hook_documentation_check_catches_an_undocumented_hook():
    def checker_undocumented(config):
        pass

    def checker_half_documented(config, lang):
        """Return something useful for the language being checked, with enough words to pass.

        :param config: the configuration.
        """

    assert hook_doc_problems(checker_undocumented) == ["checker_undocumented has no real docstring"]
    assert hook_doc_problems(checker_half_documented) == [
        "checker_half_documented does not document its argument 'lang' (':param lang:')",
        "checker_half_documented does not document what it returns (':return:')"]


def test_every_builtin_family_is_an_entry_point(engine):
    with open(ROOT / "pyproject.toml", "rb") as f:
        eps = tomllib.load(f)["project"]["entry-points"]["checker"]
    loaded = {p.name for p in engine.registry.plugins}
    assert set(eps) <= loaded
    families = {p.parent.name for p in (ROOT / "plugins").glob("*/__init__.py")}
    assert {v.split(".")[-1] for v in eps.values()} == families
    assert not [p.name for p in (ROOT / "plugins").glob("*.py") if p.name != "__init__.py"]


def test_a_family_prefix_is_its_plugin(engine):
    """Every rule of a built-in family carries the prefix of the family's other rules."""
    prefixes: dict[str, set[str]] = {}
    for r in engine.rules.values():
        if r.plugin in BUILTIN_PLUGINS:
            prefixes.setdefault(r.plugin, set()).add(r.id.rstrip("0123456789"))
    assert all(len(p) == 1 for p in prefixes.values()), prefixes
    assert len({next(iter(p)) for p in prefixes.values()}) == len(prefixes)


def test_each_family_contributes_its_data_files(engine):
    contributed = {ld.name for ld in engine.registry.language_data}
    files = sorted((ROOT / "plugins").glob("*/data/*/*.toml"))
    assert {p.parent.parent.parent.name for p in files} == {"across", "dates", "names", "numbers", "punctuation", "residue", "statements", "timeline"}
    for path in files:
        assert f"{path.parent.parent.parent.name}:{path.parent.name}/{path.name}" in contributed


def test_data_one_family_reads_lives_with_that_family():
    for path in sorted((ROOT / "checker" / "language" / "lexicons").glob("*/*.toml")):
        with open(path, "rb") as f:
            data = tomllib.load(f)
        assert not {"events", "event_subject", "durations", "enumerations", "numbers"} & set(data), path
        assert not {"events", "breakdown"} & set(data.get("quantities", {})), path
        names = data.get("names", {})
        assert not {"variant_min_length", "variant_endings", "variant_final_letters", "alternations"} & set(names)
        assert set(names.get("roles", {})) <= {"conjunctions"}, path


def test_core_knows_no_rule():
    for path in (ROOT / "checker").rglob("*.py"):
        src = path.read_text(encoding="utf-8")
        assert "checker_plugins" not in src, f"{path} imports a built-in plugin"


def _rules():
    """The rules of the built-in families (third-party plugins installed in the same environment
    bring their own fixtures and are checked by their own test suites)."""
    return [r for r in Engine().rules.values() if r.plugin in BUILTIN_PLUGINS]


def _cases():
    return [load_fixture(p) for p in discover(FIXTURES)]


def test_every_builtin_family_registers_rules():
    group = {r.plugin for r in Engine().registry.group_rules.values()}   # across: rules over a group of articles
    assert {r.plugin for r in _rules()} | group == BUILTIN_PLUGINS


@pytest.mark.parametrize("r", _rules(), ids=lambda r: r.id)
def test_rule_metadata_is_complete(r):
    assert r.problems() == []


@pytest.mark.parametrize("r", _rules(), ids=lambda r: r.id)
def test_rule_has_firing_and_silent_fixtures(r):
    cases = _cases()
    assert any(fires(c, r) for c in cases), f"{r.id} has no fixture that fires"
    assert any(silences(c, r) for c in cases), f"{r.id} has no fixture that must stay silent"
    assert contract_problems(r, cases) == []


def test_the_fixture_contract_catches_a_missing_silent_or_firing_fixture():
    cases = _cases()
    for r in _rules():
        assert f"{r.id}: no fixture that must stay silent (expect = [] in a fixture the rule runs on)" in \
            contract_problems(r, [c for c in cases if not silences(c, r)])
        assert f"{r.id}: no fixture that fires (an [[expect]] entry with rule = {r.id!r})" in \
            contract_problems(r, [c for c in cases if not fires(c, r)])


def _examples():
    return [(r, ex) for r in _rules() for ex in r.examples]


@pytest.mark.parametrize("r,ex", _examples(), ids=[f"{r.id}-{i}" for i, (r, _) in enumerate(_examples())])
def test_rule_examples_behave_as_documented(engine, r, ex):
    result = engine.check(ex.text, lang=ex.lang, published=ex.published)
    fired = [f for f in result.findings if f.rule == r.id]
    assert bool(fired) == ex.fires, f"{r.id} example {'should' if ex.fires else 'should not'} fire: {ex.text!r}"


# --- plugin isolation -------------------------------------------------------------------------

class _Boom:
    @hookimpl
    def checker_register_rules(self):
        @rule(id="BOOM001", name="always-raises", severity="error", languages=["*"], summary="raises",
              messages={"x": "x"}, examples=[Example("a", "en", True), Example("b", "en", False)])
        def boom(ctx, month_mentions):
            """## What it flags\n## Why it matters\n## Example\n## Not flagged"""
            raise RuntimeError("kaput")
        return [boom]


class _BadFacts:
    @hookimpl
    def checker_register_extractors(self):
        def broken(doc, facts):
            raise ValueError("no facts today")
        return [Extractor("broken_facts", broken)]

    @hookimpl
    def checker_register_rules(self):
        @rule(id="BAD001", name="uses-broken-facts", severity="error", languages=["*"], summary="s",
              messages={"x": "x"})
        def uses(ctx, broken_facts):
            """doc"""
        return [uses]


SEEDISH = "قال إن التعاون بدأ في تشرين الثاني/ديسمبر الماضي.\nاترك تعليقاً\n"


def test_a_plugin_that_raises_becomes_an_error_and_other_findings_are_kept():
    engine = Engine(plugins=[("boom", _Boom())])
    result = engine.check(SEEDISH, lang="ar")
    assert {f.rule for f in result.findings} == {"DATE001", "RESIDUE001"}
    assert len(result.errors) == 1
    err = result.errors[0]
    assert (err.code, err.plugin, err.rule) == ("plugin-error", "boom", "BOOM001")
    assert "kaput" in err.message


def test_a_failing_extractor_is_reported_against_the_rule_that_needed_it():
    engine = Engine(plugins=[("badfacts", _BadFacts())])
    result = engine.check(SEEDISH, lang="ar")
    assert {f.rule for f in result.findings} == {"DATE001", "RESIDUE001"}
    assert [(e.code, e.plugin, e.rule) for e in result.errors] == [("plugin-error", "badfacts", "BAD001")]
    assert "no facts today" in result.errors[0].message


def test_duplicate_rule_ids_are_rejected_naming_both_plugins():
    class Dup:
        @hookimpl
        def checker_register_rules(self):
            @rule(id="DATE001", name="dup", severity="error", languages=["*"], summary="s", messages={"x": "x"})
            def dup(ctx):
                """doc"""
            return [dup]

    with pytest.raises(PluginError, match=r"DATE001 is registered by both 'dates' and 'dup'"):
        Engine(plugins=[("dup", Dup())])


def test_a_rule_asking_for_unknown_facts_is_rejected():
    class Unknown:
        @hookimpl
        def checker_register_rules(self):
            @rule(id="UNK001", name="unknown-facts", severity="error", languages=["*"], summary="s",
                  messages={"x": "x"})
            def unk(ctx, no_such_facts):
                """doc"""
            return [unk]

    with pytest.raises(PluginError, match="UNK001.*no_such_facts"):
        Engine(plugins=[("unknown", Unknown())])


def test_a_misspelt_hook_fails_at_start_up():
    class Misspelt:
        @hookimpl
        def checker_register_rulez(self):
            return []

    with pytest.raises(PluginError, match="misspelt"):
        Engine(plugins=[("misspelt", Misspelt())])


def test_a_bad_rule_id_is_rejected():
    class BadId:
        @hookimpl
        def checker_register_rules(self):
            @rule(id="bad-id", name="bad", severity="error", languages=["*"], summary="s", messages={"x": "x"})
            def bad(ctx):
                """doc"""
            return [bad]

    with pytest.raises(PluginError, match="bad rule bad-id"):
        Engine(plugins=[("badid", BadId())])


def test_engine_loads_plugins_once_and_is_deterministic(engine):
    a = engine.check(SEEDISH, lang="ar")
    b = engine.check(SEEDISH, lang="ar")
    assert a.model_dump() == b.model_dump()
    assert [f.rule for f in a.findings] == ["DATE001", "RESIDUE001"]


# --- third-party plugins found through entry points ---------------------------------------------
# A fake installed distribution: a *.dist-info directory with an entry_points.txt, and the
# plugin module beside it, in a directory put on sys.path (as flake8 tests its plugin loading).

GOOD_PLUGIN = """
from checker import Example, LanguageData, hookimpl, rule


@rule(id="XTRA001", name="xqxq-left", severity="info", languages=["*"], summary="XQXQ left in copy.",
      messages={"xqxq": "An editing mark is left in the text."},
      examples=[Example("Sales rose XQXQ.", "en", True), Example("Sales rose.", "en", False)])
def tktk(ctx):
    \"\"\"
    ## What it flags
    XQXQ.
    ## Why it matters
    Unfinished copy.
    ## Example
    `Sales rose XQXQ.`
    ## Not flagged
    Anything else.
    \"\"\"
    i = ctx.text.find("XQXQ")
    if i >= 0:
        ctx.report("xqxq", i, i + 4)


@hookimpl
def checker_register_rules():
    return [tktk]


@hookimpl
def checker_language_data():
    return [LanguageData("xx", "xtra:xx", data={"months": {"gregorian": {"1": ["Primo"]}}})]
"""


@pytest.fixture
def site(tmp_path, monkeypatch):
    """Install fake distributions: ``site(dist, version, {entry point: module}, {module: source})``."""
    modules: list[str] = []

    def install(dist: str, version: str, entry_points: dict[str, str], sources: dict[str, str]) -> None:
        info = tmp_path / f"{dist.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n")
        (info / "entry_points.txt").write_text(
            "[checker]\n" + "".join(f"{name} = {value}\n" for name, value in entry_points.items()))
        for module, source in sources.items():
            (tmp_path / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
            modules.append(module)

    monkeypatch.syspath_prepend(str(tmp_path))
    yield install
    for module in modules:
        sys.modules.pop(module, None)


def _cli(*argv):
    out, err = io.StringIO(), io.StringIO()
    rc = main(list(argv), stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


def test_an_installed_plugin_is_loaded_listed_and_reported_like_the_builtins(site, tmp_path):
    site("checker-xtra", "2.3.1", {"xtra": "xtra_plugin"}, {"xtra_plugin": GOOD_PLUGIN})
    engine = Engine()
    assert engine.rules["XTRA001"].plugin == "xtra"
    assert "xx" in engine.lexicons.languages
    result = engine.check("Sales rose XQXQ.", lang="en")
    assert [(f.rule, f.plugin, f.span.text) for f in result.findings] == [("XTRA001", "xtra", "XQXQ")]
    rc, out, err = _cli("plugins", "--no-config")
    assert (rc, err) == (0, "")
    assert "xtra 2.3.1 (xtra_plugin)\n    rules: XTRA001\n    language data: xtra:xx\n" in out
    infos = {i["name"]: i for i in json.loads(_cli("plugins", "--format", "json", "--no-config")[1])}
    assert infos["xtra"] == {"name": "xtra", "module": "xtra_plugin", "distribution": "checker-xtra",
                             "version": "2.3.1", "rules": ["XTRA001"], "extractors": [], "reporters": [],
                             "language_data": ["xtra:xx"]}
    assert infos["checker.core"]["version"] == "0.1.0"
    assert infos["checker.core"]["extractors"]


def test_a_plugin_that_fails_to_import_is_named_at_start_up(site):
    site("checker-broken", "1.0", {"broken": "broken_plugin"},
         {"broken_plugin": "raise ImportError('needs the frobnicate package')\n"})
    message = ("plugin 'broken' (broken_plugin, from checker-broken 1.0) failed to import: "
               "ImportError('needs the frobnicate package')")
    with pytest.raises(PluginError) as e:
        Engine()
    assert str(e.value) == message
    for argv in (["rules"], ["check", "-"], ["plugins"], ["explain", "DATE001"]):
        assert _cli(*argv, "--no-config") == (2, "", f"checker: error: {message}\n")


def test_an_entry_point_naming_a_missing_module_is_named(site):
    site("checker-gone", "0.1", {"gone": "no_such_module_here"}, {})
    with pytest.raises(PluginError, match=r"^plugin 'gone' \(no_such_module_here, from checker-gone 0.1\) "
                                          r"failed to import: ModuleNotFoundError"):
        Engine()


def test_a_plugin_registering_a_bad_rule_is_named(site):
    site("checker-badrule", "1.0", {"badrule": "badrule_plugin"}, {"badrule_plugin": """
        from checker import hookimpl, rule

        @rule(id="Bad-1", name="Bad Name", severity="error", languages=["*"], summary="s", messages={})
        def bad(ctx):
            "doc"

        @hookimpl
        def checker_register_rules():
            return [bad]
        """})
    rc, out, err = _cli("rules", "--no-config")
    assert (rc, out) == (2, "")
    assert err == ("checker: error: plugin 'badrule' registered a bad rule Bad-1: rule id 'Bad-1' is not a "
                   "family prefix plus three digits; rule name 'Bad Name' is not kebab-case; no messages\n")


def test_a_plugin_registering_something_else_than_a_rule_is_named(site):
    site("checker-notarule", "1.0", {"notarule": "notarule_plugin"}, {"notarule_plugin": """
        from checker import hookimpl

        def my_check(ctx):
            pass

        @hookimpl
        def checker_register_rules():
            return [my_check]
        """})
    with pytest.raises(PluginError, match=r"plugin 'notarule' registered <function my_check .*>, which is "
                                          r"not a checker Rule \(make rules with the checker.rule decorator\)"):
        Engine()


def test_a_plugin_whose_hook_raises_is_named(site):
    site("checker-raises", "1.0", {"raises": "raises_plugin"}, {"raises_plugin": """
        from checker import hookimpl

        @hookimpl
        def checker_language_data():
            raise OSError("data file missing")
        """})
    with pytest.raises(PluginError, match=r"plugin 'raises' failed in checker_language_data: "
                                          r"OSError\('data file missing'\)"):
        Engine()


def test_two_installed_plugins_registering_one_rule_id_are_both_named(site):
    site("checker-one", "1.0", {"one": "one_plugin"}, {"one_plugin": GOOD_PLUGIN})
    site("checker-two", "1.0", {"two": "two_plugin"}, {"two_plugin": GOOD_PLUGIN})
    with pytest.raises(PluginError, match=r"^rule id XTRA001 is registered by both 'one' and 'two'$"):
        Engine()


def test_an_installed_plugin_reusing_a_builtin_rule_id_is_rejected(site):
    site("checker-copycat", "1.0", {"copycat": "copycat_plugin"},
         {"copycat_plugin": GOOD_PLUGIN.replace("XTRA001", "PUNCT001")})
    with pytest.raises(PluginError, match=r"rule id PUNCT001 is registered by both '(copycat|punctuation)' and "
                                          r"'(copycat|punctuation)'"):
        Engine()


def test_a_misspelt_hook_in_an_installed_plugin_is_named(site):
    site("checker-typo", "1.0", {"typo": "typo_plugin"}, {"typo_plugin": """
        from checker import hookimpl

        @hookimpl
        def checker_register_rule():
            return []
        """})
    with pytest.raises(PluginError, match=r"^plugin 'typo': .*checker_register_rule"):
        Engine()


def test_a_hook_with_arguments_the_spec_lacks_is_named(site):
    site("checker-args", "1.0", {"args": "args_plugin"}, {"args_plugin": """
        from checker import hookimpl

        @hookimpl
        def checker_register_rules(config, article):
            return []
        """})
    rc, out, err = _cli("rules", "--no-config")
    assert (rc, out) == (2, "")
    assert err.startswith("checker: error: plugin 'args': Plugin 'args' for hook 'checker_register_rules' ")
    assert "{'article'} are declared in the hookimpl but can not be found in the hookspec" in err
