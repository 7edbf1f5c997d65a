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

``title`` and ``summary`` (optional) are checked against the text; a span in one of them names it
with ``field = "title"`` (its quote is then searched in that field, its offsets relative to it).
Or an article file (``.txt``, ``.md``, ``.html``) with a sidecar ``<name>.expect.toml`` holding
the same keys except ``text``. ``expect = []`` marks text on which every rule must stay silent.
Comparison is exact: the set of (rule, span, related spans) found must equal the set expected.
``select = ["PUNCT001"]`` limits the comparison to those rule ids or prefixes.

With pytest, the ``checker`` pytest plugin (:mod:`checker.testing.pytest_plugin`, installed with
checker) turns every fixture under the directories named by the ``checker_fixtures`` ini option
into one test item; :func:`contract_problems` checks a rule's metadata and that it has a firing
and a silent fixture.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from checker.core.models import Article
from checker.io.inputs import load_path
from checker.testing.translations import translation_problems  # noqa: F401 - part of the kit

ARTICLE_SUFFIXES = (".txt", ".md", ".html")


@dataclass(frozen=True)
class Expected:
    rule: str
    start: int
    end: int
    related: tuple[tuple, ...] | None = None
    message_id: str | None = None
    field: str | None = None    # the primary span lies in the title or summary


@dataclass
class FixtureCase:
    path: Path
    text: str
    lang: str | None
    published: dt.date | None
    expected: list[Expected]
    source: Path | None = None  # the article file, for sidecar fixtures
    select: list[str] = field(default_factory=list)
    title: str | None = None
    summary: str | None = None

    def field_text(self, name: str | None) -> str:
        """The text a span of field ``name`` (None: the body) indexes."""
        return self.text if name is None else getattr(self, name) or ""


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


SPAN_KEYS = {"quote", "in", "occurrence", "start", "end", "field"}
FIELDS = ("title", "summary")
EXPECT_KEYS = SPAN_KEYS | {"rule", "related", "message_id"}
FIXTURE_KEYS = {"text", "lang", "published", "select", "expect", *FIELDS}


def _field_of(spec: Any) -> str | None:
    name = spec.get("field") if isinstance(spec, dict) else None
    if name is not None and name not in FIELDS:
        raise FixtureError(f"'field' must be one of {list(FIELDS)}: {spec!r}")
    return name


def _located(fields: dict[str | None, str], spec: Any) -> tuple:
    """A span as compared: ``(start, end)`` in the body, ``(start, end, field)`` in a field."""
    name = _field_of(spec)
    if name is not None and not fields.get(name):
        raise FixtureError(f"a span in the {name} of a fixture that has no {name}: {spec!r}")
    start, end = _span_of(fields[name], spec)
    return (start, end) if name is None else (start, end, name)


def _span_of(text: str, spec: Any) -> tuple[int, int]:
    if isinstance(spec, str):
        return locate(text, spec)
    if isinstance(spec, dict):
        if "start" in spec or "end" in spec:
            try:
                start, end = int(spec["start"]), int(spec["end"])
            except (KeyError, TypeError, ValueError):
                raise FixtureError(f"a span needs integer 'start' and 'end': {spec!r}") from None
            if not 0 <= start <= end <= len(text):
                raise FixtureError(f"span [{start}, {end}) is outside the text ({len(text)} characters)")
            return start, end
        if not isinstance(spec.get("quote"), str) or not spec["quote"]:
            raise FixtureError(f"a span needs 'quote' (the exact evidence text) or 'start'/'end': {spec!r}")
        anchor = spec.get("in")
        if anchor is not None and not isinstance(anchor, str):
            raise FixtureError(f"'in' must be a string: {spec!r}")
        occurrence = spec.get("occurrence", 1)
        if not isinstance(occurrence, int) or occurrence < 1:
            raise FixtureError(f"'occurrence' must be a positive integer: {spec!r}")
        return locate(text, spec["quote"], anchor, occurrence)
    raise FixtureError(f"bad span specification: {spec!r}")


def parse_expectations(text: str, items: Iterable[dict], title: str | None = None,
                       summary: str | None = None) -> list[Expected]:
    """Resolve ``[[expect]]`` entries against ``text`` (and the ``title`` and ``summary``)."""
    fields = {None: text, "title": title, "summary": summary}
    out = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise FixtureError(f"expect entry {n} is not a table: {item!r}")
        unknown = sorted(set(item) - EXPECT_KEYS)
        if unknown:
            raise FixtureError(f"expect entry {n} has unknown keys {unknown} (known: {sorted(EXPECT_KEYS)})")
        if not isinstance(item.get("rule"), str):
            raise FixtureError(f"expect entry {n} has no 'rule' (a rule id such as 'PUNCT001')")
        try:
            start, end = _located(fields, item)[:2]
            related = None
            if "related" in item:
                if not isinstance(item["related"], list):
                    raise FixtureError("'related' must be a list of spans")
                related = tuple(sorted(_located(fields, r) for r in item["related"]))
        except FixtureError as e:
            raise FixtureError(f"expect entry {n} ({item['rule']}): {e}") from None
        out.append(Expected(item["rule"], start, end, related, item.get("message_id"), _field_of(item)))
    return out


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except OSError as e:
        raise FixtureError(f"{path}: cannot be read: {e.strerror or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise FixtureError(f"{path}: invalid TOML: {e}") from None


def load_fixture(path: Path) -> FixtureCase:
    """Load a ``.toml`` fixture or an article file with its ``.expect.toml`` sidecar. A fixture
    that cannot be read or resolved raises :class:`FixtureError` naming the file."""
    path = Path(path)
    if path.suffix == ".toml" and not path.name.endswith(".expect.toml"):
        data = _read_toml(path)
        if not isinstance(data.get("text"), str):
            raise FixtureError(f"{path}: no 'text'")
        text = data["text"]
        source = None
        allowed = FIXTURE_KEYS
    else:
        if not sidecar(path).exists():
            raise FixtureError(f"{path}: no sidecar {sidecar(path).name} with the expected findings")
        data = _read_toml(sidecar(path))
        source = path
        text = _article_text(path)
        allowed = FIXTURE_KEYS - {"text"}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise FixtureError(f"{path}: unknown keys {unknown} (known: {sorted(allowed)})")
    published = data.get("published")
    try:
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
    except ValueError:
        raise FixtureError(f"{path}: 'published' is not an ISO date: {published!r}") from None
    if "expect" not in data:
        raise FixtureError(f"{path}: no 'expect' (write expect = [] for a silent fixture)")
    select = data.get("select", [])
    if not isinstance(select, list) or not all(isinstance(x, str) for x in select):
        raise FixtureError(f"{path}: 'select' must be a list of rule ids or prefixes")
    heads = {name: data.get(name) for name in FIELDS}
    if not all(v is None or isinstance(v, str) for v in heads.values()):
        raise FixtureError(f"{path}: 'title' and 'summary' must be strings")
    if source is not None:   # a Markdown file's front matter may give them
        loaded = next(iter(load_path(source)))
        heads = {name: heads[name] or getattr(loaded, name, None) for name in FIELDS}
    try:
        expected = parse_expectations(text, data["expect"], **heads)
    except FixtureError as e:
        raise FixtureError(f"{path}: {e}") from None
    return FixtureCase(path, text, data.get("lang"), published, expected, source, list(select), **heads)


def _article_text(path: Path) -> str:
    items = list(load_path(path))
    if len(items) != 1 or not isinstance(items[0], Article):
        raise FixtureError(f"{path}: could not be loaded as one article")
    return items[0].text


def sidecar(path: Path) -> Path:
    """The ``<name>.expect.toml`` that holds the expectations of article file ``path``."""
    path = Path(path)
    return path.with_name(path.stem + ".expect.toml")


def is_fixture(path: Path) -> bool:
    """Whether ``path`` is a fixture: a ``.toml`` file that is not a sidecar, or an article file
    (``.txt``, ``.md``, ``.html``) that has a sidecar."""
    path = Path(path)
    if path.name.endswith(".expect.toml"):
        return False
    if path.suffix == ".toml":
        return True
    return path.suffix in ARTICLE_SUFFIXES and sidecar(path).exists()


def discover(root: Path) -> list[Path]:
    """Every fixture under ``root``: ``*.toml`` (not sidecars) and article files with sidecars."""
    root = Path(root)
    found = [p for p in root.rglob("*.toml") if not p.name.endswith(".expect.toml")]
    for suffix in ARTICLE_SUFFIXES:
        found += [p for p in root.rglob(f"*{suffix}") if sidecar(p).exists()]
    return sorted(found)


def fires(case: FixtureCase, rule) -> bool:
    """Whether ``case`` expects ``rule`` (a :class:`checker.core.rules.Rule`) to fire."""
    return any(x.rule == rule.id for x in case.expected)


def silences(case: FixtureCase, rule) -> bool:
    """Whether ``case`` is a silent fixture (``expect = []``) that ``rule`` runs on: its
    ``select`` (if any) names the rule and its ``lang`` (if any) is one of the rule's."""
    selected = not case.select or any(rule.id.startswith(s) for s in case.select)
    return selected and not case.expected and (case.lang is None or rule.applies_to(case.lang))


def contract_problems(rule, cases: Iterable[FixtureCase]) -> list[str]:
    """What keeps ``rule`` from meeting the plugin contract: incomplete metadata (see
    :meth:`checker.core.rules.Rule.problems`), no fixture among ``cases`` on which it fires, or no
    silent fixture that it runs on. Empty when the rule is complete."""
    cases = list(cases)
    out = [f"{rule.id}: {p}" for p in rule.problems()]
    if not any(fires(c, rule) for c in cases):
        out.append(f"{rule.id}: no fixture that fires (an [[expect]] entry with rule = {rule.id!r})")
    if not any(silences(c, rule) for c in cases):
        out.append(f"{rule.id}: no fixture that must stay silent (expect = [] in a fixture the rule runs on)")
    return out


def actual(result, rules: Iterable[str] | None = None, with_related: bool = True) -> set[tuple]:
    keep = set(rules) if rules is not None else None
    out = set()
    for f in result.findings:
        if keep is not None and f.rule not in keep:
            continue
        related = tuple(sorted(_compared(r.span) for r in f.related))
        out.add((f.rule, f.span.start, f.span.end, related if with_related else None)
                + ((f.span.field,) if f.span.field else ()))
    return out


def _compared(span) -> tuple:
    return (span.start, span.end) if span.field is None else (span.start, span.end, span.field)


class FixtureMismatch(AssertionError):
    """The findings on a fixture are not exactly the expected ones."""


def _describe(case: FixtureCase, rule: str, start: int, end: int, related, field: str | None = None) -> str:
    text = case.field_text(field)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    rel = f" related={[case.field_text(r[2] if len(r) > 2 else None)[r[0]:r[1]] for r in related]}" \
        if related else ""
    where = f"{field} " if field else ""
    return f"{rule} {where}{line}:{column} [{start},{end}) {text[start:end]!r}{rel}"


def check_fixture(engine, case: FixtureCase) -> None:
    """Run ``engine`` on the fixture and raise :class:`FixtureMismatch` (an AssertionError)
    unless the findings of the selected rules are exactly the expected ones: the same set of
    (rule, span, related spans), and the expected ``message_id`` where one is given."""
    unknown = sorted({x.rule for x in case.expected} - set(engine.rules))
    if unknown:
        raise FixtureMismatch(f"{case.path}: expects findings of {', '.join(unknown)}, which no loaded "
                              f"plugin registers (is the plugin installed?)")
    if case.select and not any(r.startswith(s) for r in engine.rules for s in case.select):
        raise FixtureMismatch(f"{case.path}: select = {case.select} names no loaded rule")
    if case.source is not None:
        article = next(iter(load_path(case.source)))
        if case.lang:
            article = article.model_copy(update={"lang": case.lang})
        if case.published:
            article = article.model_copy(update={"published": case.published})
        article = article.model_copy(update={"title": case.title, "summary": case.summary})
        result = engine.check_article(article)
    else:
        result = engine.check(case.text, lang=case.lang, published=case.published, id=str(case.path),
                              title=case.title, summary=case.summary)
    selected = [r for r in engine.rules if not case.select or any(r.startswith(s) for s in case.select)]
    errors = [e for e in result.errors if e.rule is None or e.rule in selected]
    if errors:
        raise FixtureMismatch(f"{case.path}: the check reported errors: "
                              + "; ".join(f"{e.code}: {e.message}" for e in errors))
    got = actual(result, selected)
    want = set()
    for x in case.expected:
        head = (x.rule, x.start, x.end)
        tail = (x.field,) if x.field else ()
        rel = x.related
        if rel is None:  # related spans not specified: accept whatever the finding has
            rel = next((g[3] for g in got if g[:3] == head and g[4:] == tail), ())
        want.add(head + (rel,) + tail)
    if got != want:
        lines = [f"{case.path}: the findings differ from the expected ones"]
        lines += [f"  missing:    {d}" for d in sorted(_describe(case, *w) for w in want - got)]
        lines += [f"  unexpected: {d}" for d in sorted(_describe(case, *g) for g in got - want)]
        raise FixtureMismatch("\n".join(lines))
    ids = {(f.rule, f.span.start, f.span.end, f.span.field): f.message_id for f in result.findings}
    for x in case.expected:
        if x.message_id and ids.get((x.rule, x.start, x.end, x.field)) != x.message_id:
            raise FixtureMismatch(
                f"{case.path}: {_describe(case, x.rule, x.start, x.end, (), x.field)} has message "
                f"{ids.get((x.rule, x.start, x.end, x.field))!r}, expected {x.message_id!r}")
