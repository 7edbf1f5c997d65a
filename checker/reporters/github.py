"""``--format github``: GitHub Actions workflow commands, one annotation line per finding.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE name::message`` — ``error``,
``warning`` or ``notice`` by severity. A finding in a JSON Lines record is placed on the record's
line, at the columns its span takes inside the raw line (escapes counted as written); one in a
JSON file names the file only. The message of a record's finding starts with the record's id. An
item that could not be checked is an ``::error`` titled with its error code. The last line is
the plain summary of the text format.
"""

from __future__ import annotations

from checker.core.models import ArticleResult, Summary
from checker.reporters import Reporter
from checker.reporters.locations import has_file, position
from checker.reporters.records import RecordLines
from checker.reporters.text import TextReporter

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props) -> str:
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{name}{' ' + fields if fields else ''}::{escape_data(message)}\n"


class GithubReporter(Reporter):
    name = "github"
    description = "GitHub Actions workflow annotations (::error file=…,line=…::message), one per finding."

    def __init__(self, out, *, color: bool = False, rules: dict | None = None):
        super().__init__(out, color=color, rules=rules)
        self._records = RecordLines()

    def inputs(self, items):
        return self._records.watch(items)

    def skip(self, result: ArticleResult) -> None:
        self._records.line_of(result)

    def article(self, r: ArticleResult) -> None:
        file = r.path if has_file(r) else None
        record = self._records.record_of(r)
        own_id = r.id == r.path or (r.path is not None and r.id.startswith(f"{r.path}:"))
        prefix = "" if own_id else f"{r.id}: "
        for f in r.findings:
            pos = position(r, f.span, record)
            props = {"file": file}
            if pos is not None:
                props.update(line=pos.line, col=pos.column, endLine=pos.end_line, endColumn=pos.end_column)
            props["title"] = f"{f.rule} {f.name}"
            field = f"in the {f.span.field}: " if f.span.field else ""
            self.out.write(command(COMMANDS[f.severity.value], prefix + field + f.message, **props))
        for e in r.errors:
            who = f" ({e.plugin}{'/' + e.rule if e.rule else ''})" if e.plugin else ""
            self.out.write(command("error", prefix + e.message + who, file=file, line=e.line,
                                   title=f"checker {e.code}"))

    def finish(self, summary: Summary) -> None:
        self._records.close()
        TextReporter(self.out).finish(summary)
