"""``--format sarif``: SARIF 2.1.0, the static-analysis format code-scanning services read.

One run whose ``tool.driver.rules`` describe every rule (summary, the full ``explain`` text as
help, default level, languages and plugin); one result per finding, with the primary span as its
location, related spans as ``relatedLocations``, safe and suggested edits as ``fixes`` (for
``.txt`` and ``.md`` inputs, whose text is the file's), and the finding's fingerprint as a partial fingerprint.
Columns are Unicode code points (``columnKind: unicodeCodePoints``), as everywhere in checker.
Items that could not be checked are tool execution notifications of the invocation. Results are
written as they arrive.
"""

from __future__ import annotations

import json
import tempfile

from checker.core.version import __version__
from checker.core.models import ArticleResult, Finding, ItemError, Span, Summary
from checker.reporters import Reporter
from checker.reporters.records import RecordLines
from checker.reporters.locations import file_uri, has_file, position, text_is_file

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "checkerFingerprint/v1"


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def rule_descriptor(rule) -> dict:
    d = {"id": rule.id, "name": rule.name,
         "shortDescription": {"text": rule.summary},
         "fullDescription": {"text": rule.summary},
         "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
         "properties": {"languages": list(rule.languages), "plugin": rule.plugin,
                        "tags": [t for t in (rule.plugin,) if t]}}
    if rule.explain:
        d["help"] = {"text": rule.explain, "markdown": rule.explain}
    return d


def _owner(result: ArticleResult, rel) -> ArticleResult:
    """The article a related span is in: this one, or another article of its story (``--across``),
    located in its own file."""
    if rel.article is None or rel.article == result.id:
        return result
    return ArticleResult(id=rel.article, path=rel.path)


class SarifReporter(Reporter):
    name = "sarif"
    description = "SARIF 2.1.0 (code scanning): rules with help, results with related locations and fixes."

    def __init__(self, out, *, color: bool = False, rules: dict | None = None):
        super().__init__(out, color=color, rules=rules)
        self._records = RecordLines()
        self._record = None

    def inputs(self, items):
        return self._records.watch(items)

    def skip(self, result: ArticleResult) -> None:
        self._records.line_of(result)

    def start(self) -> None:
        rules = list(self.rules.values())
        self._index = {r.id: i for i, r in enumerate(rules)}
        driver = {"name": "checker", "version": __version__, "semanticVersion": __version__,
                  "rules": [rule_descriptor(r) for r in rules]}
        self.out.write('{"$schema":%s,"version":"2.1.0","runs":[{"tool":%s,"columnKind":"unicodeCodePoints",'
                       '"results":[' % (_dumps(SCHEMA_URI), _dumps({"driver": driver})))
        self._first = True
        self._notes = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._notes_first = True

    def _artifact(self, result: ArticleResult) -> dict | None:
        return {"uri": file_uri(result.path)} if has_file(result) else None

    def _location(self, result: ArticleResult, span: Span, message: str | None = None, id: int | None = None) -> dict:
        loc: dict = {}
        if id is not None:
            loc["id"] = id
        artifact = self._artifact(result)
        if artifact is not None:
            phys: dict = {"artifactLocation": artifact}
            pos = position(result, span, self._record)
            if pos is not None:
                region = {"startLine": pos.line}
                if pos.column is not None:
                    region["startColumn"] = pos.column
                if pos.end_line is not None:
                    region.update(endLine=pos.end_line, endColumn=pos.end_column)
                if pos.offset is not None:
                    region.update(charOffset=pos.offset, charLength=pos.length)
                if self._record is None:   # a record's raw line writes the text with its escapes
                    region["snippet"] = {"text": span.text}
                phys["region"] = region
            loc["physicalLocation"] = phys
        loc["logicalLocations"] = [{"name": result.id, "fullyQualifiedName": result.id, "kind": "object"}]
        if span.field is not None:  # in the headline or standfirst: offsets counted in that field
            loc["properties"] = {"field": span.field, "charOffset": span.start,
                                 "charLength": span.end - span.start, "snippet": span.text}
        if message:
            loc["message"] = {"text": message}
        return loc

    def _fixes(self, result: ArticleResult, f: Finding) -> list[dict]:
        fixes: list[dict] = []
        artifact = self._artifact(result)
        if artifact is None or not text_is_file(result):  # an edit of extracted HTML text is no edit of the file
            return fixes
        for s in f.suggestions:
            pos = position(result, s.span)
            if pos is None or pos.offset is None or s.span.source is not None:
                continue
            fixes.append({"description": {"text": s.description},
                          "artifactChanges": [{"artifactLocation": artifact, "replacements": [{
                              "deletedRegion": {"charOffset": pos.offset, "charLength": pos.length},
                              "insertedContent": {"text": s.replacement}}]}],
                          "properties": {"safe": s.safe}})
        return fixes

    def _result(self, result: ArticleResult, f: Finding) -> dict:
        r: dict = {"ruleId": f.rule, "level": LEVELS[f.severity.value], "message": {"text": f.message},
                   "locations": [self._location(result, f.span)]}
        if f.rule in self._index:
            r["ruleIndex"] = self._index[f.rule]
        if f.related:
            r["relatedLocations"] = [self._location(_owner(result, rel), rel.span, rel.message, i)
                                     for i, rel in enumerate(f.related, 1)]
        if f.fingerprint:
            r["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
        fixes = self._fixes(result, f)
        if fixes:
            r["fixes"] = fixes
        props = {"article": result.id, "name": f.name, "messageId": f.message_id, "plugin": f.plugin,
                 "span": {"start": f.span.start, "end": f.span.end, "line": f.span.line, "column": f.span.column}}
        if f.confidence is not None:
            props["confidence"] = f.confidence
        r["properties"] = props
        return r

    def _notification(self, result: ArticleResult, e: ItemError) -> dict:
        n: dict = {"level": "error", "message": {"text": e.message}, "descriptor": {"id": e.code}}
        artifact = self._artifact(result)
        loc: dict = {"logicalLocations": [{"name": result.id, "fullyQualifiedName": result.id, "kind": "object"}]}
        if artifact is not None:
            phys: dict = {"artifactLocation": artifact}
            if e.line:
                phys["region"] = {"startLine": e.line}
            loc["physicalLocation"] = phys
        n["locations"] = [loc]
        if e.rule:
            n["associatedRule"] = {"id": e.rule}
            if e.rule in self._index:
                n["associatedRule"]["index"] = self._index[e.rule]
        n["properties"] = {"article": result.id, "plugin": e.plugin}
        return n

    def article(self, result: ArticleResult) -> None:
        self._record = self._records.record_of(result)
        for f in result.findings:
            self.out.write(("\n" if self._first else ",\n") + _dumps(self._result(result, f)))
            self._first = False
        for e in result.errors:
            self._notes.write(("" if self._notes_first else ",\n") + _dumps(self._notification(result, e)))
            self._notes_first = False

    def finish(self, summary: Summary) -> None:
        self._records.close()
        self.out.write('\n],"invocations":[{"executionSuccessful":%s,"toolExecutionNotifications":['
                       % ("false" if summary.errors else "true"))
        self._notes.seek(0)
        while chunk := self._notes.read(1 << 16):
            self.out.write(chunk)
        self._notes.close()
        self.out.write(']}],"properties":{"summary":%s}}]}\n' % _dumps(summary.model_dump(mode="json")))
