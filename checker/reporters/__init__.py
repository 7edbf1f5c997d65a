"""Output formats. A reporter gets results one article at a time so output can stream."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from checker.core.models import ArticleResult, Summary

# The built-in output formats (name, description, "module:Class"), each imported when a report in
# that format is made (the HTML report alone costs as much to import as the rest); the core
# registers them as stand-ins (checker.builtin), and `checker check` knows them without loading
# a plugin. tests/contract checks these against the classes.
FORMATS = (
    ("text", "Compiler-style diagnostics: path:line:col, rule, severity, message, quoted evidence.",
     "checker.reporters.text:TextReporter"),
    ("json", 'One JSON document: {"version", "articles": [...], "summary"}.', "checker.reporters.json:JsonReporter"),
    ("jsonl", "One JSON object per article per line, streamed; no summary line.",
     "checker.reporters.json:JsonLinesReporter"),
    ("html", "One self-contained HTML file: an index and each article with its findings highlighted.",
     "checker.reporters.html:HtmlReporter"),
    ("sarif", "SARIF 2.1.0 (code scanning): rules with help, results with related locations and fixes.",
     "checker.reporters.sarif:SarifReporter"),
    ("junit", "JUnit XML: a test case per article, a failure per finding, an error per item error.",
     "checker.reporters.junit:JunitReporter"),
    ("github", "GitHub Actions workflow annotations (::error file=…,line=…::message), one per finding.",
     "checker.reporters.github:GithubReporter"),
)


class Reporter:
    """Base class: subclass, set ``name`` and ``description``, override the three methods."""

    name = ""
    description = ""
    # The run's locale and its checker.i18n.Localizer (set by the command line and the service
    # before ``start``): a format with interface strings renders them in that locale.
    locale = "en"
    localizer = None

    def __init__(self, out: IO[str], *, color: bool = False, rules: dict | None = None):
        self.out = out
        self.color = color
        self.rules = rules or {}

    def inputs(self, items):
        """Sees the stream of loaded input items (``Article``, or ``ArticleResult`` for an item
        that could not be loaded) before they are checked, and returns it. The default passes
        it through; a format that shows the articles' text (html) records it here."""
        return items

    def start(self) -> None:
        """Called once before the first article."""

    def article(self, result: ArticleResult) -> None:
        """Called for every article, in input order."""

    def skip(self, result: ArticleResult) -> None:
        """Called instead of :meth:`article` for an article the report leaves out (``check
        --only-findings``: one without findings or errors). A format that keeps something of
        each input from :meth:`inputs` lets go of it here."""

    def finish(self, summary: Summary) -> None:
        """Called once at the end with the run summary."""


def lazy_reporter(name: str, description: str, target: str) -> type[Reporter]:
    """A stand-in for the reporter class ``target`` ("module:Class") that imports the module only
    when a report is made: registering every output format then costs no import. Calling the
    stand-in returns an instance of the real class; :func:`resolve` returns the class itself."""

    def __new__(cls, *args, **kwargs):
        return resolve(cls)(*args, **kwargs)

    return type(target.rpartition(":")[2], (Reporter,), {
        "name": name, "description": description, "target": target, "__new__": __new__,
        "__module__": __name__, "__doc__": f"{description} (loaded from {target} when used)"})


def resolve(reporter: type[Reporter]) -> type[Reporter]:
    """The real class of a reporter registered through :func:`lazy_reporter` (any other class
    as it is)."""
    target = reporter.__dict__.get("target")
    if not target:
        return reporter
    # the point of a stand-in: the module is imported only when its format is used
    import importlib

    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)
