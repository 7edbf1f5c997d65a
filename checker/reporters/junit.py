"""``--format junit``: JUnit XML, which CI systems show as a test report.

One ``<testcase>`` per article (``classname`` its file, ``name`` its id), one ``<failure>`` per
finding (``type`` the rule id; the text says where, the evidence and the related spans), one
``<error>`` per item error. ``failures`` and ``errors`` on the suite count articles, as JUnit
readers expect. Test cases are spooled to a temporary file as they arrive, so that the counts can
head the document without holding the batch in memory.
"""

from __future__ import annotations

import re
import tempfile
import time
from xml.sax.saxutils import escape, quoteattr

from checker.core.models import ArticleResult, Summary
from checker.reporters import Reporter
from checker.reporters.locations import label
from checker.reporters.text import line_col

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _attr(text: str) -> str:
    return quoteattr(_clean(text), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _text(text: str) -> str:
    return escape(_clean(text))


class JunitReporter(Reporter):
    name = "junit"
    description = "JUnit XML: a test case per article, a failure per finding, an error per item error."

    def start(self) -> None:
        self._cases = tempfile.TemporaryFile("w+", encoding="utf-8", errors="backslashreplace")
        self._tests = self._failures = self._errors = 0
        self._start = time.monotonic()

    def article(self, r: ArticleResult) -> None:
        self._tests += 1
        if r.errors:
            self._errors += 1
        elif r.findings:
            self._failures += 1
        where = label(r)
        classname = r.path or r.id
        w = self._cases.write
        w(f"    <testcase classname={_attr(classname)} name={_attr(r.id)}")
        if not r.findings and not r.errors:
            w("/>\n")
            return
        w(">\n")
        for f in r.findings:
            head = f"{f.severity.value} {f.rule} [{f.name}] {f.message}"
            at = "{}:{}".format(*line_col(f.span))   # in the file opened (an HTML file's own line)
            lines = [f"{where}:{at}: {head}", f"    {at}  {f.span.text}"]
            lines += [f"    {rel.span.line}:{rel.span.column}  {rel.span.text}  {rel.message}" for rel in f.related]
            lines += [f"    {'fix' if s.safe else 'suggestion'}: {s.description}: {s.span.text!r} -> {s.replacement!r}"
                      for s in f.suggestions]
            w(f"      <failure type={_attr(f.rule)} message={_attr(head)}>{_text(chr(10).join(lines))}</failure>\n")
        for e in r.errors:
            who = f" [{e.plugin}{'/' + e.rule if e.rule else ''}]" if e.plugin else ""
            w(f"      <error type={_attr(e.code)} message={_attr(e.message)}>"
              f"{_text(f'{where}: error[{e.code}]{who}: {e.message}')}</error>\n")
        w("    </testcase>\n")

    def finish(self, summary: Summary) -> None:
        seconds = f"{time.monotonic() - self._start:.3f}"
        counts = f'tests="{self._tests}" failures="{self._failures}" errors="{self._errors}"'
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(f'<testsuites name="checker" {counts} time="{seconds}">\n')
        self.out.write(f'  <testsuite name="checker" {counts} skipped="0" time="{seconds}">\n')
        self._cases.seek(0)
        while chunk := self._cases.read(1 << 16):
            self.out.write(chunk)
        self._cases.close()
        self.out.write("  </testsuite>\n</testsuites>\n")
