"""A one-article check imports only what it uses: the service, Dask, the HTML and other report
formats, Markdown and HTML inputs, dateparser, Babel and wordfreq's tokenizers load on demand;
one the result cache answers builds no engine and imports no plugin. Behaviour, not time: which
modules a fresh process has imported after the command, and which engines a run built."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from checker import builtin
from checker.reporters import Reporter, lazy_reporter, resolve
from tests.helpers import ROOT

SEED = ROOT / "fixtures" / "articles" / "seed-ar-sharaa.txt"

# never needed to check a .txt article and write the text report
HEAVY = ("fastapi", "uvicorn", "starlette", "dask", "distributed", "markdown_it", "dateparser", "babel",
         "wordfreq", "langcodes", "ftfy", "checker.service.app", "checker.service.server",
         "checker.reporters.html", "checker.reporters.sarif", "checker.reporters.junit",
         "checker.reporters.github", "checker.io.markdown", "checker.io.html", "checker.io.fixes",
         "checker.across.dask", "checker.run.dask", "checker.across.runner", "checker.i18n.build", "pathspec")


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_a_one_article_check_imports_nothing_heavy():
    loaded = _modules_after(
        "import io\nfrom checker.cli import main\n"
        f"status = main(['check', {str(SEED)!r}, '--no-cache', '--no-config'], stdout=io.StringIO())\n"
        "assert status in (0, 1), status")
    assert "checker.core.engine" in loaded and "checker.reporters.text" in loaded   # it did check
    assert sorted(m for m in HEAVY if m in loaded) == []


def test_importing_the_package_imports_no_engine():
    loaded = _modules_after("import checker\nassert checker.__version__")
    assert "checker.core.engine" not in loaded and "pydantic" not in loaded


def test_the_public_names_load_on_first_use():
    loaded = _modules_after("import checker\nassert checker.Engine.__name__ == 'Engine'\n"
                            "assert checker.rule and checker.Span and checker.data_files")
    assert "checker.core.engine" in loaded
    import checker

    assert set(checker.__all__) <= set(dir(checker))
    with pytest.raises(AttributeError):
        checker.no_such_name  # noqa: B018


@pytest.mark.parametrize("name, description, target", builtin.REPORTERS)
def test_each_built_in_format_stands_for_its_class(name, description, target):
    stand_in = lazy_reporter(name, description, target)
    real = resolve(stand_in)
    assert issubclass(real, Reporter) and real is not stand_in
    assert (real.name, real.description) == (stand_in.name, stand_in.description) == (name, description)
    assert f"{real.__module__}:{real.__name__}" == target


def test_a_stand_in_makes_the_real_reporter(tmp_path):
    text = resolve(lazy_reporter("text", "", "checker.reporters.text:TextReporter"))
    with open(tmp_path / "out.txt", "w", encoding="utf-8") as f:
        reporter = lazy_reporter("text", "", "checker.reporters.text:TextReporter")(f, color=False)
    assert type(reporter) is text and reporter.color is False
    assert resolve(text) is text


# --- a check the cache answers ------------------------------------------------------------------

ENGINE = ("checker.core.engine", "checker.core.manager", "checker.builtin", "checker.language.schema",
          "checker.language.lexicon", "pluggy")


def _check_process(*argv: str, env: dict | None = None) -> tuple[int, str, set[str]]:
    """``checker check ARGV`` in a fresh process: its exit status, its report and the modules it imported."""
    code = ("import io, json, sys\nfrom checker.cli import main\nout = io.StringIO()\n"
            f"rc = main(['check', *{list(argv)!r}], stdout=out)\n"
            "print(json.dumps([rc, out.getvalue(), sorted(sys.modules)]))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                          env=env)
    rc, out, modules = json.loads(proc.stdout.splitlines()[-1])
    return rc, out, set(modules)


def test_importing_the_command_line_imports_no_engine_and_no_data_model():
    loaded = _modules_after("import checker.cli.main")
    assert [m for m in (*ENGINE, "pydantic", "checker.core.models", "checker.run.batch") if m in loaded] == []


def test_a_cache_hit_imports_no_engine_no_plugin_and_no_extractor():
    rc, out, first = _check_process(str(SEED), "--no-config")
    assert "checker.core.engine" in first and "checker_plugins.dates" in first   # a miss: checked
    again = _check_process(str(SEED), "--no-config")
    assert again[:2] == (rc, out) and rc == 1 and out
    loaded = again[2]
    assert sorted(m for m in loaded if m in ENGINE or m.startswith(("checker_plugins", "checker.extractors"))) == []
    assert "checker.reporters.text" in loaded and "checker.run.cache" in loaded


@pytest.fixture
def builds(monkeypatch) -> list[tuple[str, ...]]:
    """The engines `checker check` builds in this process (the ``--plugin`` modules of each): one
    for a run the cache does not answer whole, none for one it does."""
    from checker.run.spec import EngineSpec

    made: list[tuple[str, ...]] = []
    real = EngineSpec.build

    def build(spec):
        made.append(spec.plugins)
        return real(spec)

    monkeypatch.setattr(EngineSpec, "build", build)
    return made


def _report(*argv: str) -> tuple[int, str, str]:
    """``checker check ARGV`` in this process; the JUnit report's running time left out."""
    from tests.helpers import run_cli

    rc, out, err = run_cli("check", *argv)
    return rc, re.sub(r' time="[0-9.]+"', ' time=""', out), err


@pytest.mark.parametrize("fmt", [name for name, _, _ in builtin.REPORTERS])
def test_a_hit_writes_the_report_of_the_miss_byte_for_byte(fmt, builds):
    # the text format with the statistics (rule names) and the Arabic locale (the rules' templates
    # and the plugins' catalogues): what a hit reads of the rules without the engine
    argv = [str(SEED), "--no-config", "--format", fmt, *(["--statistics", "--locale", "ar"] if fmt == "text" else [])]
    miss = _report(*argv)
    assert miss[0] == 1 and miss[1] and len(builds) == 1
    assert _report(*argv) == miss and len(builds) == 1      # answered by the cache: no engine
    assert _report(*argv, "--no-cache") == miss


def test_a_changed_configuration_is_a_miss(tmp_path, builds):
    article = tmp_path / "a.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "checker.toml").write_text('ignore = ["RESIDUE"]\n', encoding="utf-8")
    first = _report(str(article))
    assert _report(str(article)) == first and len(builds) == 1
    (tmp_path / "checker.toml").write_text('ignore = ["PUNCT"]\n', encoding="utf-8")
    _report(str(article))
    assert len(builds) == 2
    _report(str(article), "--select", "DATE")        # an option that changes the configuration
    assert len(builds) == 3


PLUGIN = '''
from checker import hookimpl


@hookimpl
def checker_register_rules():
    return []
'''


@pytest.fixture
def cold_rules(tmp_path, monkeypatch):
    from tests.helpers import plugin_module

    yield from plugin_module(tmp_path, monkeypatch, "cold_rules", PLUGIN)


def test_an_added_plugin_and_a_changed_plugin_file_are_misses(tmp_path, cold_rules, builds):
    name = cold_rules
    first = _report(str(SEED), "--no-config")
    assert _report(str(SEED), "--no-config") == first and builds == [()]
    assert _report(str(SEED), "--no-config", "--plugin", name) == first and builds == [(), (name,)]
    assert _report(str(SEED), "--no-config", "--plugin", name) == first and len(builds) == 2
    source = tmp_path / "plug" / f"{name}.py"
    source.write_text(PLUGIN + "\n# edited\n", encoding="utf-8")
    assert _report(str(SEED), "--no-config", "--plugin", name) == first and len(builds) == 3


def test_an_installed_plugin_added_upgraded_or_edited_is_a_miss(tmp_path):
    site = tmp_path / "site"
    info = site / "cold_plugin-1.0.dist-info"
    info.mkdir(parents=True)
    (site / "cold_installed.py").write_text(PLUGIN, encoding="utf-8")
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: cold-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[checker]\ncold = cold_installed\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site)}
    assert "checker.core.engine" in _check_process(str(SEED), "--no-config")[2]
    assert "checker.core.engine" not in _check_process(str(SEED), "--no-config")[2]
    rc, out, loaded = _check_process(str(SEED), "--no-config", env=env)       # installed: a miss
    assert "cold_installed" in loaded and "checker.core.engine" in loaded
    assert "cold_installed" not in _check_process(str(SEED), "--no-config", env=env)[2]   # then a hit
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: cold-plugin\nVersion: 1.1\n", encoding="utf-8")
    assert "cold_installed" in _check_process(str(SEED), "--no-config", env=env)[2]
    (site / "cold_installed.py").write_text(PLUGIN + "\n# edited\n", encoding="utf-8")
    assert "cold_installed" in _check_process(str(SEED), "--no-config", env=env)[2]
    assert "cold_installed" not in _check_process(str(SEED), "--no-config", env=env)[2]


def test_usage_errors_read_the_same_whether_the_cache_knows_the_run_or_not(builds):
    _report(str(SEED), "--no-config")
    assert _report(str(SEED), "--no-config", "--format", "yaml")[2].startswith(
        "checker: error: unknown output format 'yaml' (available: github, html, json, jsonl, junit, sarif, text)")
    for _ in range(2):
        assert _report(str(SEED), "--no-config", "--lang", "xx") == (
            2, "", "checker: error: unknown language 'xx' (available: ar, en)\n")
        assert _report(str(SEED), "--no-config", "--plugin", "no_such_plugin_module")[2].startswith(
            "checker: error: plugin 'no_such_plugin_module' failed to import: ModuleNotFoundError(")


def test_the_parser_knows_every_input_format():
    from checker.io import INPUT_FORMATS
    from checker.io.inputs import LOADERS

    assert INPUT_FORMATS == tuple(LOADERS)
