"""The data model shared by the engine, the plugins and every output format.

All offsets are ``[start, end)`` in Python string indices (code points) of the exact
text that was analysed. Lines and columns are 1-based and computed by the core.
"""

from __future__ import annotations

import datetime as dt
from array import array
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import core_schema

OUTPUT_VERSION = 1


class Severity(str, Enum):
    """How serious a finding is. Ordered: info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


def new_table() -> dict:
    """A new empty table: the default factory of the data model's tables (a function of no
    arguments, whose signature pydantic reads without tokenizing the text signature of ``dict``:
    compiling the tokenizer's pattern alone took 3 ms of every start)."""
    return {}


def new_list() -> list:
    """A new empty list (see :func:`new_table`)."""
    return []


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SourcePosition(_Frozen):
    """Where a span lies in the original input file, when that differs from the analysed text
    (HTML inputs, whose text is extracted from markup)."""

    start: int = Field(description="Start offset in the decoded source file (code points).")
    end: int = Field(description="End offset (exclusive) in the decoded source file.")
    line: int
    column: int


class Span(_Frozen):
    """A ``[start, end)`` range of the analysed text with 1-based line/column and its text."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    source: SourcePosition | None = None
    field: str | None = Field(
        default=None, exclude_if=lambda v: v is None,
        description="The field of the article the span lies in when it is not the body: 'title' or "
                    "'summary'. Offsets, line and column are then relative to that field's text. "
                    "Absent for spans of the body.")


class Related(_Frozen):
    """Another statement that takes part in a finding (the other side of a contradiction)."""

    span: Span
    message: str
    article: str | None = Field(default=None, description=(
        "The id of the article the span is in, when it is not the finding's own article "
        "(a finding across the articles of one story, `checker check --across`)."))
    path: str | None = Field(default=None, description="The input file of that other article.")
    message_id: str | None = Field(default=None, description="The rule's note id of this message (its `notes`), when it is one.")
    arguments: dict[str, Any] | None = Field(default=None, description="The note's arguments, when it is one of the rule's notes.")


class Suggestion(_Frozen):
    """A proposed edit: replace ``span`` with ``replacement``. Only ``safe`` ones are applied
    automatically."""

    span: Span
    replacement: str
    description: str
    safe: bool = False
    message_id: str | None = Field(default=None, description="The rule's note id of the description (its `notes`), when it is one.")
    arguments: dict[str, Any] | None = Field(default=None, description="The description's arguments, when it is one of the rule's notes.")


class Finding(_Frozen):
    rule: str
    name: str
    severity: Severity
    message: str
    message_id: str
    arguments: dict[str, Any] = Field(default_factory=new_table, description="The arguments of the message template: machines read these and `message_id`, never the wording.")
    span: Span
    related: tuple[Related, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    confidence: float | None = None
    plugin: str | None = None
    fingerprint: str = ""


class ItemError(_Frozen):
    """Something that went wrong for one article (bad input, a plugin that raised)."""

    code: str
    message: str
    plugin: str | None = None
    rule: str | None = None
    line: int | None = None


class SourceMap:
    """The [start, end) in the source file of each character of an extracted text, held in two
    arrays of machine integers (8 bytes a character instead of a tuple's 120 or so): ``m[i]`` is
    the pair of character ``i``, ``len(m)`` the length of the text."""

    __slots__ = ("starts", "ends")

    def __init__(self, starts: array, ends: array):
        self.starts, self.ends = starts, ends

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> tuple[int, int]:
        return self.starts[i], self.ends[i]

    def __iter__(self):
        return zip(self.starts, self.ends)

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (SourceMap, list)) else NotImplemented

    def __reduce__(self):
        return SourceMap, (self.starts, self.ends)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> core_schema.CoreSchema:
        return core_schema.is_instance_schema(cls)   # kept as it is: no copy into a list


class Article(BaseModel):
    """One article to check. ``text`` is the body; ``title`` and ``summary`` (a standfirst) are
    checked against it, their spans reported with ``field`` set."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    lang: str | None = None
    published: dt.date | None = None
    title: str | None = None
    summary: str | None = None
    path: str | None = None
    meta: dict[str, Any] = Field(default_factory=new_table)
    # Findings not to report: fingerprints, rule ids or rule prefixes (a record's ``suppress``).
    suppress: tuple[str, ...] = ()
    # For inputs whose text is extracted (HTML): the [start, end) in the source file of each
    # character of ``text``. Not part of the output.
    source_map: SourceMap | list[tuple[int, int]] | None = Field(default=None, exclude=True, repr=False)
    source_text: str | None = Field(default=None, exclude=True, repr=False)
    # Inline suppressions found while loading: rule prefix -> list of (start, end) ranges.
    suppressions: list[tuple[str, int, int]] = Field(default_factory=new_list, exclude=True, repr=False)


class ArticleResult(_Frozen):
    id: str
    path: str | None = None
    lang: str | None = None
    published: dt.date | None = None
    published_source: str | None = None
    findings: tuple[Finding, ...] = ()
    errors: tuple[ItemError, ...] = ()
    suppressed: int = 0


class Summary(_Frozen):
    articles: int = 0
    checked: int = 0
    failed: int = 0
    findings: int = 0
    errors: int = 0
    suppressed: int = 0
    baselined: int = Field(default=0, description="Findings hidden because the baseline (--baseline) records them.")
    by_severity: dict[str, int] = Field(default_factory=new_table)
    by_rule: dict[str, int] = Field(default_factory=new_table)


class Report(_Frozen):
    """The whole JSON output of ``checker check --format json``."""

    version: int = OUTPUT_VERSION
    articles: tuple[ArticleResult, ...] = ()
    summary: Summary = Summary()


class SummaryBuilder:
    """Counts results as they stream past, so memory does not grow with the batch."""

    def __init__(self) -> None:
        self.articles = self.checked = self.failed = self.findings = self.errors = self.suppressed = 0
        self.baselined = 0
        self.by_severity: dict[str, int] = {}
        self.by_rule: dict[str, int] = {}
        self.worst: Severity | None = None

    def add(self, r: ArticleResult) -> None:
        self.articles += 1
        loaded = not any(e.code != "plugin-error" for e in r.errors)
        self.checked += loaded
        self.failed += bool(r.errors)
        self.findings += len(r.findings)
        self.errors += len(r.errors)
        self.suppressed += r.suppressed
        for f in r.findings:
            self.by_severity[f.severity.value] = self.by_severity.get(f.severity.value, 0) + 1
            self.by_rule[f.rule] = self.by_rule.get(f.rule, 0) + 1
            if self.worst is None or f.severity.rank > self.worst.rank:
                self.worst = f.severity

    def build(self) -> Summary:
        return Summary(articles=self.articles, checked=self.checked, failed=self.failed,
                       findings=self.findings, errors=self.errors, suppressed=self.suppressed,
                       baselined=self.baselined,
                       by_severity=dict(sorted(self.by_severity.items())),
                       by_rule=dict(sorted(self.by_rule.items())))

    def exit_code(self, fail_on: Severity) -> int:
        """0: nothing at or above ``fail_on``; 1: such findings; 2: an item had an error."""
        if self.errors:
            return 2
        return 1 if self.worst is not None and self.worst.rank >= fail_on.rank else 0


def summarize(results) -> Summary:
    b = SummaryBuilder()
    for r in results:
        b.add(r)
    return b.build()
