"""Rules: metadata plus a check function that receives the facts it names."""

from __future__ import annotations

import functools
import hashlib
import unicodedata
import inspect
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from checker.core.document import Document
from checker.core.models import Finding, Related, Severity, Suggestion
from checker.i18n.notes import json_safe, match_note
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

RULE_ID = compiled(r"^[A-Z]{2,8}[0-9]{3}$")
RULE_NAME = compiled(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
EXPLAIN_SECTIONS = ("What it flags", "Why it matters", "Example", "Not flagged")


@dataclass(frozen=True)
class Example:
    """Text that must make the rule fire (``fires=True``) or stay silent."""

    text: str
    lang: str
    fires: bool
    published: str | None = None


@dataclass
class Rule:
    id: str
    name: str
    severity: Severity
    languages: tuple[str, ...]
    summary: str
    messages: dict[str, str]
    check: Callable[..., None]
    explain: str = ""
    examples: tuple[Example, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    plugin: str | None = None
    # Templates of the related-span notes and suggestion descriptions, by note id: a note that
    # matches one is recorded with its id and arguments, and can be rendered in another locale.
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def fact_names(self) -> list[str]:
        return list(_fact_names(self.check))

    def applies_to(self, lang: str) -> bool:
        return "*" in self.languages or lang in self.languages

    def problems(self) -> list[str]:
        """What is wrong with this rule's metadata (empty when it is complete)."""
        out = []
        if not RULE_ID.match(self.id):
            out.append(f"rule id {self.id!r} is not a family prefix plus three digits")
        if not RULE_NAME.match(self.name):
            out.append(f"rule name {self.name!r} is not kebab-case")
        if not self.summary:
            out.append("no summary")
        if not self.messages:
            out.append("no messages")
        for note_id in set(self.notes) & set(self.messages):
            out.append(f"note id {note_id!r} is also a message id")
        for section in EXPLAIN_SECTIONS:
            if f"## {section}" not in self.explain:
                out.append(f"explain text lacks the section '## {section}'")
        if not any(e.fires for e in self.examples):
            out.append("no example that fires")
        if not any(not e.fires for e in self.examples):
            out.append("no example that must stay silent")
        return out


@functools.lru_cache(maxsize=None)
def _fact_names(check: Callable[..., None]) -> tuple[str, ...]:
    """The parameters of a check function after the context: the facts it asks for."""
    return tuple(inspect.signature(check).parameters)[1:]


def rule(*, id: str, name: str, severity: str | Severity, languages: Iterable[str], summary: str,
         messages: dict[str, str], examples: Iterable[Example] = (),
         options: dict[str, Any] | None = None,
         notes: dict[str, str] | None = None) -> Callable[[Callable[..., None]], Rule]:
    """Make a :class:`Rule` from a check function ``fn(ctx, <fact names>...)``. The function's
    docstring is the rule's ``explain`` text, up to a last paragraph opening with "Long because:"
    (the reason a code-shape check reads for a long docstring, not part of the explanation)."""

    def wrap(fn: Callable[..., None]) -> Rule:
        explain = inspect.cleandoc(fn.__doc__ or "")
        head, marker, _ = explain.rpartition("\n\nLong because:")
        return Rule(id=id, name=name, severity=Severity(severity), languages=tuple(languages),
                    summary=summary, messages=dict(messages), check=fn,
                    explain=head.rstrip() if marker else explain, examples=tuple(examples),
                    options=dict(options or {}), notes=dict(notes or {}))

    return wrap


def fingerprint(rule_id: str, quotes: Iterable[str]) -> str:
    """A fingerprint that survives edits elsewhere in the article: rule id + normalised evidence.
    Text is hashed as UTF-8 with lone surrogates passed through (an article given through the
    API may hold one), so every string has a fingerprint and valid text keeps its old one."""
    h = hashlib.sha256(rule_id.encode("utf-8", "surrogatepass"))
    for q in quotes:
        h.update(b"\0" + " ".join(normalize_text(q).split()).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


class RuleContext:
    """What a check function receives first: the document, the rule's options and ``report``."""

    def __init__(self, rule: Rule, doc: Document, severity: Severity, options: dict[str, Any],
                 severity_configured: bool = False):
        self.rule = rule
        self.doc = doc
        self.severity = severity
        self.severity_configured = severity_configured
        self.options = options
        self.findings: list[Finding] = []

    @property
    def lexicon(self):
        return self.doc.lexicon

    @property
    def text(self) -> str:
        return self.doc.text

    def _marked(self, start: int, end: int):
        """The span of ``[start, end)`` with the marks written on its last letter (`شهراً`: the
        tanween), which a span read in the normalised view leaves out."""
        text = self.doc.text
        while start < end < len(text) and unicodedata.category(text[end]) == "Mn":
            end += 1
        return self.doc.span(start, end)

    def related(self, start: int, end: int, message: str) -> Related:
        note = match_note(self.rule.notes, message) if self.rule.notes else None
        return Related(span=self._marked(start, end), message=message,
                       message_id=note[0] if note else None, arguments=note[1] if note else None)

    def suggestion(self, start: int, end: int, replacement: str, description: str,
                   safe: bool = False) -> Suggestion:
        note = match_note(self.rule.notes, description) if self.rule.notes else None
        return Suggestion(span=self.doc.span(start, end), replacement=replacement,
                          description=description, safe=safe,
                          message_id=note[0] if note else None, arguments=note[1] if note else None)

    def report(self, message_id: str, start: int, end: int, *, related: Iterable[Related] = (),
               suggestions: Iterable[Suggestion] = (), confidence: float | None = None,
               severity: Severity | str | None = None, **data: Any) -> None:
        """Record a finding whose primary span is ``[start, end)`` of ``doc.text``. The message is
        the rule's template ``message_id`` formatted with ``data`` (whose keys must not be
        ``start``, ``end``, ``related``, ``suggestions``, ``confidence`` or ``severity``)."""
        if message_id not in self.rule.messages:
            raise KeyError(f"rule {self.rule.id} has no message {message_id!r}")
        span = self._marked(start, end)
        related = tuple(related)
        sev = self.severity
        if severity is not None and not self.severity_configured:
            sev = Severity(severity)  # a rule may vary its own default; a configured severity wins
        self.findings.append(Finding(
            rule=self.rule.id, name=self.rule.name, severity=sev,
            message=self.rule.messages[message_id].format(**data), message_id=message_id,
            arguments=json_safe(data),
            span=span, related=related, suggestions=tuple(suggestions), confidence=confidence,
            plugin=self.rule.plugin,
            fingerprint=fingerprint(self.rule.id, [span.text] + [r.span.text for r in related]),
        ))
