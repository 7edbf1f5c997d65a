"""The documentation stays true: docs/rules.md is what `checker rules --format markdown` generates
for the built-in rules, the plugin guide names every hook and every shared fact, and the README
points to the guides."""

from __future__ import annotations

import io
import re
import tomllib

from checker.core import hookspecs
from checker.cli.main import main
from checker.core.catalogue import rule_markdown, rules_markdown

from tests.helpers import ROOT

DOCS = ROOT / "docs"
REGENERATE = ("docs/rules.md is out of date with the rules' metadata: regenerate it with\n"
              "    .venv/bin/checker rules --format markdown > docs/rules.md\n"
              "(in the project's environment, where no third-party checker plugin is installed)")

with open(ROOT / "pyproject.toml", "rb") as _f:
    BUILTIN_PLUGINS = set(tomllib.load(_f)["project"]["entry-points"]["checker"])


def _builtin_rules(engine):
    return [r for r in engine.rules.values() if r.plugin in BUILTIN_PLUGINS]


def _builtin_group_rules(engine):
    return [r for r in engine.registry.group_rules.values() if r.plugin in BUILTIN_PLUGINS]


def test_rules_md_is_up_to_date(engine):
    expected = rules_markdown(_builtin_rules(engine) + _builtin_group_rules(engine), engine.registry.group_rules)
    path = DOCS / "rules.md"
    actual = path.read_text(encoding="utf-8") if path.exists() else ""
    assert actual == expected, REGENERATE


def test_the_cli_generates_the_catalogue(engine):
    out = io.StringIO()
    assert main(["rules", "--format", "markdown", "--no-config"], stdout=out, stderr=io.StringIO()) == 0
    group = engine.registry.group_rules
    assert out.getvalue() == rules_markdown([*engine.rules.values(), *group.values()], group)


def test_the_catalogue_holds_the_group_rules_marked_as_run_by_across(engine):
    group = engine.registry.group_rules
    assert {"ACROSS001", "ACROSS002", "ACROSS003", "ACROSS004"} <= set(group)
    text = (DOCS / "rules.md").read_text(encoding="utf-8")
    for r in group.values():
        section = rule_markdown(r, across=True)
        assert section in text
        assert "\n- **Run by:** `checker check --across`, over the articles of one story\n" in section
        assert f"| {r.plugin} | (--across) " in text
    assert "Run by:" not in rule_markdown(engine.rules["NUM001"])


def test_the_catalogue_holds_every_rule_with_its_metadata(engine):
    text = rules_markdown(engine.rules.values())
    assert text.startswith("# Rule catalogue\n")
    for r in engine.rules.values():
        assert f"| [{r.id}](#{r.id.lower()}-{r.name}) | {r.name} | {r.severity.value} |" in text
        section = rule_markdown(r)
        assert section in text
        assert section.startswith(f"## {r.id} {r.name}\n")
        assert f"- **Severity:** {r.severity.value}\n" in section
        assert r.summary in section
        for heading in ("What it flags", "Why it matters", "Example", "Not flagged"):
            assert f"\n### {heading}\n" in section
        for key in r.options:
            assert f"`{key}` (default " in section
        for mid in r.messages:
            assert f"- `{mid}`: " in section
        assert section.count("\n- fires (") + section.count("\n- silent (") == len(r.examples)


def test_markdown_survives_backticks_and_pipes():
    from checker import Example, rule

    @rule(id="MD001", name="md-test", severity="info", languages=["*"], summary="a | b",
          messages={"m": "use `x`"}, examples=[Example("a `b` c", "en", True)], options={"k": ["a"]})
    def md(ctx):
        """## What it flags\nthings"""

    md.plugin = "p"
    text = rules_markdown([md])
    assert "| all | p | a \\| b |" in text
    assert "- `m`: `` use `x` ``" in text
    assert "- fires (en): `` a `b` c ``" in text
    assert '`k` (default `["a"]`)' in text
    assert "### What it flags\nthings" in text


def test_the_plugin_guide_names_every_hook_and_every_shared_fact(engine):
    guide = (DOCS / "plugins.md").read_text(encoding="utf-8")
    for name in dir(hookspecs):
        if name.startswith("checker_"):
            assert f"`{name}" in guide, f"docs/plugins.md does not document the hook {name}"
    for name, ex in engine.registry.extractors.items():
        if ex.plugin in BUILTIN_PLUGINS | {"checker.core"}:
            assert f"`{name}`" in guide, f"docs/plugins.md does not document the facts '{name}' ({ex.plugin})"
    for word in ("checker.testing", "checker_fixtures", "pytest11", "[project.entry-points.checker]",
                 "expect = []", "occurrence"):
        assert word in guide


def test_the_architecture_page_has_the_flow_diagram():
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    assert "```mermaid" in text
    flow = re.search(r"```mermaid\n(.*?)```", text, re.S).group(1).lower()
    positions = [flow.index(word) for word in ("article", "document", "facts", "rules", "findings", "reporter")]
    assert positions == sorted(positions)


def test_the_readme_points_to_the_guides():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# checker\n\n```sh\nmake example   # check the bundled example articles "
                             "(creates .venv on first use)\nmake test      # run the whole test suite\n```\n")
    section = readme.split("## Writing a plugin\n", 1)[1].split("\n## ", 1)[0]
    for link in ("docs/plugins.md", "docs/architecture.md", "docs/rules.md", "examples/checker-french"):
        assert f"]({link}" in section, f"README's 'Writing a plugin' does not link {link}"
        assert (ROOT / link).exists()


def test_a_reason_for_a_long_docstring_stays_out_of_the_explanation(engine):
    from checker import rule

    @rule(id="X999", name="x", severity="info", languages=["*"], summary="x.", messages={"m": "m"})
    def check(ctx):
        """
        ## What it flags
        Something.

        Long because: a reason for the code-shape check.
        """

    assert check.explain == "## What it flags\nSomething."
    assert not any("Long because:" in r.explain for r in engine.registry.rules.values())
