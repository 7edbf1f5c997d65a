"""A one-article check imports only what it uses: the service, Dask, the HTML and other report
formats, Markdown and HTML inputs, dateparser, Babel and wordfreq's tokenizers load on demand.
Behaviour, not time: which modules a fresh process has imported after the command."""

from __future__ import annotations

import json
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
