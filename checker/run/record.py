"""What a run answered from the cache needs of the engine, kept so that it builds none: the
metadata of the rules that the reports (SARIF's rule descriptions), the statistics and the
localizer (each message's English template and notes) read, the languages the engine has data
for (``--lang`` is checked against them) and the message catalogues of its plugins.

The run that builds the engine stores it in the cache under the run's fingerprint
(:mod:`checker.run.fingerprint`): everything in it follows from what the fingerprint covers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.core.models import Severity
from checker.i18n.catalogues import MessageCatalogue


@dataclass(frozen=True)
class RuleInfo:
    """A rule's metadata, as :class:`checker.core.rules.Rule` has it, without its check."""

    id: str
    name: str
    severity: Severity
    languages: tuple[str, ...]
    summary: str
    messages: dict[str, str]
    explain: str = ""
    plugin: str | None = None
    notes: dict[str, str] = field(default_factory=dict)

    def applies_to(self, lang: str) -> bool:
        return "*" in self.languages or lang in self.languages

    @classmethod
    def of(cls, rule) -> "RuleInfo":
        return cls(rule.id, rule.name, rule.severity, tuple(rule.languages), rule.summary, dict(rule.messages),
                   rule.explain, rule.plugin, dict(rule.notes))

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "severity": self.severity.value, "languages": list(self.languages),
                "summary": self.summary, "messages": self.messages, "explain": self.explain,
                "plugin": self.plugin, "notes": self.notes}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "RuleInfo":
        return cls(d["id"], d["name"], Severity(d["severity"]), tuple(d["languages"]), d["summary"],
                   dict(d["messages"]), d["explain"], d["plugin"], dict(d["notes"]))


@dataclass(frozen=True)
class RunRecord:
    """The rules (id -> metadata, in the engine's order), the group rules (``--across``), the
    languages and the message catalogues of an engine. ``group_rules`` under the name an
    engine's registry gives them, so that what reads them of an engine reads them of this."""

    rules: dict[str, RuleInfo]
    group_rules: dict[str, RuleInfo]
    languages: tuple[str, ...]
    catalogues: tuple[MessageCatalogue, ...]

    @classmethod
    def of(cls, engine) -> "RunRecord":
        # the catalogues are read of the engine's plugins here, when the engine is built anyway
        from checker.i18n.localize import plugin_catalogues

        return cls({k: RuleInfo.of(r) for k, r in engine.rules.items()},
                   {k: RuleInfo.of(r) for k, r in engine.registry.group_rules.items()},
                   tuple(engine.lexicons.languages), tuple(plugin_catalogues(engine.pm)))

    def to_json(self) -> dict[str, Any]:
        return {"rules": [r.to_json() for r in self.rules.values()],
                "group_rules": [r.to_json() for r in self.group_rules.values()],
                "languages": list(self.languages),
                "catalogues": [[str(c.directory), list(c.locales)] for c in self.catalogues]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "RunRecord":
        rules = [RuleInfo.from_json(r) for r in d["rules"]]
        group = [RuleInfo.from_json(r) for r in d["group_rules"]]
        return cls({r.id: r for r in rules}, {r.id: r for r in group}, tuple(d["languages"]),
                   tuple(MessageCatalogue(Path(p), tuple(locales)) for p, locales in d["catalogues"]))
