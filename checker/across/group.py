"""A group of articles that tell one story, as group rules see it, and the context a group rule
reports through."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from checker.core.document import Document
from checker.core.facts import Facts
from checker.core.models import Article, Finding, Related, Severity
from checker.core.rules import Rule, fingerprint
from checker.i18n.notes import json_safe, match_note


@dataclass
class Member:
    """One article of a group: ``index`` is its position in the run's input."""

    index: int
    article: Article
    doc: Document
    facts: Facts

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def published(self) -> dt.date | None:
        return self.doc.published

    @property
    def lang(self) -> str:
        return self.doc.lang


class Group:
    """The members of one story in the order they were published (an article without a date
    after the dated ones; equal dates in input order)."""

    def __init__(self, members: Iterable[Member]):
        self.members: tuple[Member, ...] = tuple(sorted(
            members, key=lambda m: (m.published is None, m.published or dt.date.min, m.index)))

    def __len__(self) -> int:
        return len(self.members)

    def pairs(self) -> Iterator[tuple[Member, Member]]:
        """Every (earlier, later) pair of members."""
        for i, a in enumerate(self.members):
            for b in self.members[i + 1:]:
                yield a, b

    @staticmethod
    def could_know(later: Member, earlier: Member) -> bool:
        """Whether ``later`` was published when ``earlier`` was out (not strictly before it): an
        article is never contradicted by news it could not have had."""
        if later.published is None or earlier.published is None:
            return True
        return later.published >= earlier.published


class GroupContext:
    """What a group rule's check function receives first."""

    def __init__(self, rule: Rule, severity: Severity, options: dict[str, Any],
                 severity_configured: bool = False):
        self.rule = rule
        self.severity = severity
        self.severity_configured = severity_configured
        self.options = options
        self.findings: list[tuple[int, Finding]] = []

    def related(self, member: Member, start: int, end: int, message: str) -> Related:
        """A span of ``member``'s text, naming that article (a note that matches one of the
        rule's ``notes`` keeps its id and arguments, for other locales)."""
        note = match_note(self.rule.notes, message) if self.rule.notes else None
        return Related(span=member.doc.span(start, end), message=message, article=member.id,
                       path=member.article.path, message_id=note[0] if note else None,
                       arguments=note[1] if note else None)

    def report(self, member: Member, message_id: str, start: int, end: int, *,
               related: Iterable[Related] = (), severity: Severity | str | None = None,
               confidence: float | None = None, **data: Any) -> None:
        """Record a finding on ``member``'s article, its primary span ``[start, end)`` of that
        article's text; ``data`` formats the message template ``message_id``."""
        if message_id not in self.rule.messages:
            raise KeyError(f"rule {self.rule.id} has no message {message_id!r}")
        span = member.doc.span(start, end)
        related = tuple(related)
        sev = self.severity
        if severity is not None and not self.severity_configured:
            sev = Severity(severity)
        self.findings.append((member.index, Finding(
            rule=self.rule.id, name=self.rule.name, severity=sev,
            message=self.rule.messages[message_id].format(**data), message_id=message_id,
            arguments=json_safe(data), span=span, related=related, confidence=confidence, plugin=self.rule.plugin,
            fingerprint=fingerprint(self.rule.id, [span.text] + [f"{r.article}\0{r.span.text}" for r in related]))))
