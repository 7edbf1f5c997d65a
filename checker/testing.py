"""Helpers for testing rules against annotated fixture articles.

A fixture is either a TOML file holding the text::

    lang = "en"                    # optional: detected when absent
    published = 2024-03-06         # optional
    text = '''...'''

    [[expect]]
    rule = "PUNCT001"
    quote = "“"                    # the primary span's exact text...
    in = "غداً“."                  # ...searched inside this longer anchor (optional)
    occurrence = 1                 # which occurrence of the anchor (or quote), 1-based
    related = ["“", {quote = "”", in = "…", occurrence = 1}]   # optional: exact related spans
    message_id = "reversed"        # optional

or an article file (``.txt``, ``.md``, ``.html``) with a sidecar ``<name>.expect.toml`` holding
the same keys except ``text``. ``expect = []`` marks text on which every rule must stay silent.
Comparison is exact: the set of (rule, span, related spans) found must equal the set expected.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

ARTICLE_SUFFIXES = (".txt", ".md", ".html")


@dataclass(frozen=True)
class Expected:
    rule: str
    start: int
    end: int
    related: tuple[tuple[int, int], ...] | None = None
    message_id: str | None = None


@dataclass
class FixtureCase:
    path: Path
    text: str
    lang: str | None
    published: dt.date | None
    expected: list[Expected]
    source: Path | None = None  # the article file, for sidecar fixtures
    select: list[str] = field(default_factory=list)


class FixtureError(Exception):
    pass


def locate(text: str, quote: str, anchor: str | None = None, occurrence: int = 1) -> tuple[int, int]:
    """The ``[start, end)`` of ``quote`` (inside the ``occurrence``-th ``anchor`` when given)."""
    needle = anchor or quote
    pos = -1
    for _ in range(max(1, occurrence)):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise FixtureError(f"{needle!r} (occurrence {occurrence}) not found in the fixture text")
    if anchor:
        inner = anchor.find(quote)
        if inner < 0:
            raise FixtureError(f"quote {quote!r} is not inside anchor {anchor!r}")
        pos += inner
    return pos, pos + len(quote)


def _span_of(text: str, spec: Any) -> tuple[int, int]:
    if isinstance(spec, str):
        return locate(text, spec)
    if isinstance(spec, dict):
        if "start" in spec:
            return int(spec["start"]), int(spec["end"])
        return locate(text, spec["quote"], spec.get("in"), int(spec.get("occurrence", 1)))
    raise FixtureError(f"bad span specification: {spec!r}")


def parse_expectations(text: str, items: Iterable[dict]) -> list[Expected]:
    out = []
    for item in items:
        start, end = _span_of(text, item)
        related = None
        if "related" in item:
            related = tuple(sorted(_span_of(text, r) for r in item["related"]))
        out.append(Expected(item["rule"], start, end, related, item.get("message_id")))
    return out


def load_fixture(path: Path) -> FixtureCase:
    """Load a ``.toml`` fixture or an article file with its ``.expect.toml`` sidecar."""
    path = Path(path)
    if path.suffix == ".toml" and not path.name.endswith(".expect.toml"):
        with open(path, "rb") as f:
            data = tomllib.load(f)
        if "text" not in data:
            raise FixtureError(f"{path}: no 'text'")
        text = data["text"]
        source = None
    else:
        sidecar = path.with_name(path.stem + ".expect.toml")
        with open(sidecar, "rb") as f:
            data = tomllib.load(f)
        source = path
        text = _article_text(path)
    published = data.get("published")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if "expect" not in data:
        raise FixtureError(f"{path}: no 'expect' (write expect = [] for a silent fixture)")
    return FixtureCase(path, text, data.get("lang"), published, parse_expectations(text, data["expect"]),
                       source, list(data.get("select", [])))


def _article_text(path: Path) -> str:
    from .inputs import load_path
    from .models import Article

    items = list(load_path(path))
    if len(items) != 1 or not isinstance(items[0], Article):
        raise FixtureError(f"{path}: could not be loaded as one article")
    return items[0].text


def discover(root: Path) -> list[Path]:
    """Every fixture under ``root``: ``*.toml`` (not sidecars) and article files with sidecars."""
    root = Path(root)
    found = [p for p in root.rglob("*.toml") if not p.name.endswith(".expect.toml")]
    for suffix in ARTICLE_SUFFIXES:
        found += [p for p in root.rglob(f"*{suffix}") if p.with_name(p.stem + ".expect.toml").exists()]
    return sorted(found)


def actual(result, rules: Iterable[str] | None = None, with_related: bool = True) -> set[tuple]:
    keep = set(rules) if rules is not None else None
    out = set()
    for f in result.findings:
        if keep is not None and f.rule not in keep:
            continue
        related = tuple(sorted((r.span.start, r.span.end) for r in f.related))
        out.add((f.rule, f.span.start, f.span.end, related if with_related else None))
    return out


def check_fixture(engine, case: FixtureCase) -> None:
    """Run ``engine`` on the fixture and assert the findings are exactly the expected ones."""
    if case.source is not None:
        from .inputs import load_path

        article = next(iter(load_path(case.source)))
        if case.lang:
            article = article.model_copy(update={"lang": case.lang})
        if case.published:
            article = article.model_copy(update={"published": case.published})
        result = engine.check_article(article)
    else:
        result = engine.check(case.text, lang=case.lang, published=case.published, id=str(case.path))
    assert not result.errors, f"{case.path}: errors {result.errors}"
    selected = [r for r in engine.rules if not case.select or any(r.startswith(s) for s in case.select)]
    got = {(r, s, e, rel) for (r, s, e, rel) in actual(result, selected)}
    want = set()
    for x in case.expected:
        rel = x.related
        if rel is None:  # related spans not specified: accept whatever the finding has
            rel = next((g[3] for g in got if g[:3] == (x.rule, x.start, x.end)), ())
        want.add((x.rule, x.start, x.end, rel))
    text = case.text

    def show(items):
        return sorted(f"{r} [{s},{e}) {text[s:e]!r} related={[text[a:b] for a, b in rel]}" for r, s, e, rel in items)

    assert got == want, (f"{case.path}:\n  missing: {show(want - got)}\n  unexpected: {show(got - want)}")
    ids = {(f.rule, f.span.start, f.span.end): f.message_id for f in result.findings}
    for x in case.expected:
        if x.message_id:
            assert ids.get((x.rule, x.start, x.end)) == x.message_id, \
                f"{case.path}: {x.rule} at {x.start} has message {ids.get((x.rule, x.start, x.end))}, expected {x.message_id}"
