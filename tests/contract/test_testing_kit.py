"""The testing kit for plugin authors: checker.testing and its pytest plugin, run on throw-away
projects with pytester."""

from __future__ import annotations

import textwrap

import pytest

from checker import Example, hookimpl, rule
from checker.testing import (
    FixtureCase, FixtureError, FixtureMismatch, check_fixture, contract_problems, discover, is_fixture,
    load_fixture, locate,
)

# A tiny plugin, written to the pytester directory and loaded with checker_extra_plugins.
PLUGIN = '''
import re
from checker import Example, hookimpl, rule


@rule(id="TINY001", name="double-word", severity="warning", languages=["en"],
      summary="A word written twice in a row.", messages={"double": "'{word}' is written twice."},
      examples=[Example("the the cat", "en", True), Example("the cat", "en", False)])
def double_word(ctx):
    """
    ## What it flags
    A word repeated.
    ## Why it matters
    A typo.
    ## Example
    `the the`
    ## Not flagged
    `that that` is flagged too; nothing else.
    """
    for m in re.finditer(r"\\b(\\w+) \\1\\b", ctx.text):
        ctx.report("double", m.start(), m.end(), word=m.group(1))


@hookimpl
def checker_register_rules():
    return [double_word]
'''

INI = """
[tool.pytest.ini_options]
testpaths = ["tests", "fixtures"]
checker_fixtures = ["fixtures"]
checker_extra_plugins = ["tinyplugin"]
"""

FIRES = '''
lang = "en"
select = ["TINY"]
text = "He said that the the vote and the the count were fair."

[[expect]]
rule = "TINY001"
quote = "the the"
occurrence = 1

[[expect]]
rule = "TINY001"
quote = "the the"
occurrence = 2
message_id = "double"
'''

SILENT = '''
lang = "en"
text = "The vote was fair and the count was quick."
expect = []
'''


@pytest.fixture
def project(pytester):
    pytester.syspathinsert()
    pytester.makepyfile(tinyplugin=PLUGIN)
    pytester.makepyprojecttoml(INI)
    (pytester.path / "tests").mkdir()
    fx = pytester.path / "fixtures" / "TINY001"
    fx.mkdir(parents=True)
    (fx / "fires-en.toml").write_text(FIRES, encoding="utf-8")
    (fx / "silent-en.toml").write_text(SILENT, encoding="utf-8")
    (fx / "article.txt").write_text("Budget\n\nThe council met on on Tuesday.\n", encoding="utf-8")
    (fx / "article.expect.toml").write_text(
        'lang = "en"\nselect = ["TINY001"]\n[[expect]]\nrule = "TINY001"\nquote = "on on"\n', encoding="utf-8")
    return pytester


def test_every_fixture_is_a_test_item(project):
    result = project.runpytest("-v", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines([
        "checker fixtures: fixtures",
        "*fixtures/TINY001/article.txt::findings PASSED*",
        "*fixtures/TINY001/fires-en.toml::findings PASSED*",
        "*fixtures/TINY001/silent-en.toml::silent PASSED*",
    ])


def test_items_carry_the_checker_fixture_mark(project):
    project.makepyfile(test_other="def test_other():\n    pass\n")
    (project.path / "test_other.py").rename(project.path / "tests" / "test_other.py")
    result = project.runpytest("-m", "checker_fixture", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, deselected=1)


def test_a_missing_finding_fails_with_the_evidence(project):
    fx = project.path / "fixtures" / "TINY001"
    (fx / "fires-en.toml").write_text(FIRES + '[[expect]]\nrule = "TINY001"\nquote = "said that"\n',
                                      encoding="utf-8")
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines([
        "*fires-en.toml: the findings differ from the expected ones",
        "  missing:    TINY001 1:4 [3,12) 'said that'",
    ])


def test_evidence_not_in_the_text_fails_naming_the_entry(project):
    fx = project.path / "fixtures" / "TINY001"
    (fx / "fires-en.toml").write_text(FIRES.replace("the the count", "the count"), encoding="utf-8")
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines([
        "bad checker fixture: *fires-en.toml: expect entry 2 (TINY001): 'the the' (occurrence 2) "
        "not found in the fixture text",
        "FAILED fixtures/TINY001/fires-en.toml::fixture - bad checker fixture: *",
    ])


def test_an_unexpected_finding_fails_naming_rule_line_and_text(project):
    fx = project.path / "fixtures" / "TINY001"
    (fx / "silent-en.toml").write_text(SILENT.replace("was fair", "was was fair"), encoding="utf-8")
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines([
        "*silent-en.toml: the findings differ from the expected ones",
        "  unexpected: TINY001 1:10 [9,16) 'was was'",
    ])
    assert "Traceback" not in result.stdout.str()
    assert "checker/testing.py" not in result.stdout.str()


def test_a_wrong_message_id_fails(project):
    fx = project.path / "fixtures" / "TINY001"
    (fx / "fires-en.toml").write_text(FIRES.replace('message_id = "double"', 'message_id = "triple"'),
                                      encoding="utf-8")
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*has message 'double', expected 'triple'*"])


def test_a_malformed_fixture_fails_naming_the_file_and_the_rest_still_runs(project):
    fx = project.path / "fixtures" / "TINY001"
    (fx / "typo.toml").write_text('text = "x"\nexpects = []\n', encoding="utf-8")
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["bad checker fixture: *typo.toml: unknown keys ?'expects'? *"])


def test_a_rule_no_plugin_registers_is_named(project):
    fx = project.path / "fixtures" / "TINY001"
    (fx / "other.toml").write_text('text = "x y"\n[[expect]]\nrule = "NOPE001"\nquote = "x"\n', encoding="utf-8")
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*expects findings of NOPE001, which no loaded plugin registers*"])


def test_files_outside_the_configured_directories_are_not_collected(project):
    (project.path / "tests" / "stray.toml").write_text(SILENT, encoding="utf-8")
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_fixture_directory_from_the_command_line(project):
    project.makepyprojecttoml(INI.replace('checker_fixtures = ["fixtures"]\n', ""))
    assert project.runpytest("-p", "no:cacheprovider").ret == pytest.ExitCode.NO_TESTS_COLLECTED
    result = project.runpytest("--checker-fixtures", "fixtures", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_a_fixture_directory_pytest_does_not_walk_is_reported(project):
    project.makepyprojecttoml(INI.replace('testpaths = ["tests", "fixtures"]', 'testpaths = ["tests"]'))
    project.makepyfile(test_other="def test_other():\n    pass\n")
    (project.path / "test_other.py").rename(project.path / "tests" / "test_other.py")
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["checker fixtures: no fixture collected from *fixtures (is it in testpaths?)"])
    result = project.runpytest("-p", "no:cacheprovider", "fixtures")
    result.assert_outcomes(passed=3)
    assert "no fixture collected" not in result.stdout.str()


def test_a_missing_fixture_directory_is_a_usage_error(project):
    project.makepyprojecttoml(INI.replace('["fixtures"]', '["fixturez"]'))
    result = project.runpytest("-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*checker_fixtures: *fixturez is not a directory*"])


def test_a_plugin_that_fails_to_load_fails_the_items_with_its_name(project):
    project.makepyprojecttoml(INI.replace('["tinyplugin"]', '["nosuchplugin"]'))
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(["*checker plugins could not be loaded: plugin 'nosuchplugin' failed to import*"])


def test_the_checker_engine_fixture_and_contract_helpers(project):
    (project.path / "tests" / "test_tiny.py").write_text(textwrap.dedent('''
        from pathlib import Path
        from checker.testing import contract_problems, discover, load_fixture

        def test_contract(checker_engine):
            cases = [load_fixture(p) for p in discover(Path(__file__).parent.parent / "fixtures")]
            assert contract_problems(checker_engine.rules["TINY001"], cases) == []

        def test_engine_is_shared(checker_engine, request):
            assert request.getfixturevalue("checker_engine") is checker_engine
    '''), encoding="utf-8")
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)


def test_the_plugin_can_be_disabled(project):
    result = project.runpytest("-p", "no:checker", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


# --- checker.testing helpers -------------------------------------------------------------------


def test_locate_by_quote_anchor_and_occurrence():
    text = "a (b) c (b) d"
    assert locate(text, "(") == (2, 3)
    assert locate(text, "(", occurrence=2) == (8, 9)
    assert locate(text, "b", "(b) d") == (9, 10)
    with pytest.raises(FixtureError, match="occurrence 3"):
        locate(text, "(", occurrence=3)
    with pytest.raises(FixtureError, match="not inside anchor"):
        locate(text, "x", "(b)")


def test_spans_by_offsets_and_sidecars(tmp_path):
    (tmp_path / "a.toml").write_text('text = "abc abc"\n[[expect]]\nrule = "X001"\nstart = 4\nend = 7\n'
                                     'related = [{quote = "abc"}]\n', encoding="utf-8")
    case = load_fixture(tmp_path / "a.toml")
    assert [(x.rule, x.start, x.end, x.related) for x in case.expected] == [("X001", 4, 7, ((0, 3),))]
    (tmp_path / "b.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "c.txt").write_text("no sidecar", encoding="utf-8")
    (tmp_path / "b.expect.toml").write_text('expect = []\nlang = "en"\n', encoding="utf-8")
    assert is_fixture(tmp_path / "b.txt") and not is_fixture(tmp_path / "c.txt")
    assert not is_fixture(tmp_path / "b.expect.toml")
    assert discover(tmp_path) == [tmp_path / "a.toml", tmp_path / "b.txt"]
    case = load_fixture(tmp_path / "b.txt")
    assert (case.text, case.lang, case.expected, case.source) == ("hello", "en", [], tmp_path / "b.txt")
    with pytest.raises(FixtureError, match="no sidecar c.expect.toml"):
        load_fixture(tmp_path / "c.txt")


@pytest.mark.parametrize("body,message", [
    ('expect = []', "no 'text'"),
    ('text = "x"', "no 'expect'"),
    ('text = "x"\nexpect = [{quote = "x"}]', "has no 'rule'"),
    ('text = "x"\nexpect = [{rule = "A001"}]', "needs 'quote'"),
    ('text = "x"\nexpect = [{rule = "A001", quote = "x", occurence = 2}]', "unknown keys ['occurence']"),
    ('text = "x"\nexpect = [{rule = "A001", start = 0, end = 9}]', "outside the text"),
    ('text = "x"\nexpect = [{rule = "A001", quote = "x", occurrence = 0}]', "positive integer"),
    ('text = "x"\nexpect = []\nselect = "A001"', "'select' must be a list"),
    ('text = "x"\nexpect = [', "invalid TOML"),
])
def test_bad_fixtures_are_reported_with_their_path(tmp_path, body, message):
    (tmp_path / "f.toml").write_text(body, encoding="utf-8")
    with pytest.raises(FixtureError, match="f.toml") as e:
        load_fixture(tmp_path / "f.toml")
    assert message in str(e.value)


def test_check_fixture_compares_the_exact_set(engine, tmp_path):
    text = "The minister (who spoke first said so.\n"
    case = FixtureCase(tmp_path / "x.toml", text, "en", None, [], select=["PUNCT002"])
    with pytest.raises(FixtureMismatch, match=r"unexpected: PUNCT002 1:14 \[13,14\) '\('"):
        check_fixture(engine, case)
    case.select = ["RESIDUE"]
    check_fixture(engine, case)


def test_contract_problems_name_what_is_missing():
    @rule(id="KIT001", name="kit-rule", severity="info", languages=["en"], summary="s", messages={"m": "m"},
          examples=[Example("a", "en", True)])
    def kit(ctx):
        """## What it flags\n## Why it matters\n## Example"""

    silent_fr = FixtureCase(None, "x", "fr", None, [])
    problems = contract_problems(kit, [silent_fr])
    assert problems == [
        "KIT001: explain text lacks the section '## Not flagged'",
        "KIT001: no example that must stay silent",
        "KIT001: no fixture that fires (an [[expect]] entry with rule = 'KIT001')",
        "KIT001: no fixture that must stay silent (expect = [] in a fixture the rule runs on)",
    ]


def test_registered_plugin_is_the_entry_point(pytestconfig):
    assert pytestconfig.pluginmanager.has_plugin("checker"), "reinstall the project: pip install -e '.[test]'"
    plugin = pytestconfig.pluginmanager.get_plugin("checker")
    assert plugin.__name__ == "checker.testing.pytest_plugin"


def test_errors_of_rules_a_fixture_does_not_select_are_ignored(tmp_path):
    from checker.core.engine import Engine

    class Boom:
        @hookimpl
        def checker_register_rules(self):
            @rule(id="BOOM001", name="always-raises", severity="error", languages=["*"], summary="s",
                  messages={"x": "x"})
            def boom(ctx):
                """doc"""
                raise RuntimeError("kaput")
            return [boom]

    engine = Engine(plugins=[("boom", Boom())])
    case = FixtureCase(tmp_path / "x.toml", "The vote passed.\n", "en", None, [], select=["PUNCT"])
    check_fixture(engine, case)
    case.select = []
    with pytest.raises(FixtureMismatch, match="plugin-error: rule BOOM001 raised RuntimeError: kaput"):
        check_fixture(engine, case)
