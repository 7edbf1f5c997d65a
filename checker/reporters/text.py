"""``--format text``: compiler-style diagnostics, readable for right-to-left lines."""

from __future__ import annotations

from checker.core.models import ArticleResult, Finding, Span, Summary
from checker.reporters import Reporter

# Isolate each quoted piece of text so a right-to-left quote does not reorder the
# surrounding left-to-right diagnostic (first-strong isolate ... pop directional isolate).
FSI, PDI = "\u2068", "\u2069"
_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"


def quote(text: str, limit: int = 120) -> str:
    t = " ".join(text.split())
    if len(t) > limit:
        t = t[: limit - 1] + "…"
    return f"«{FSI}{t}{PDI}»"


def where(path: str, span: Span) -> str:
    """``path:line:col``; for a span in the headline or standfirst ``path:title:line:col``, its
    line and column counted in that field."""
    field = f"{span.field}:" if span.field else ""
    return f"{path}:{field}{span.line}:{span.column}"


def at(span: Span) -> str:
    """``line:col`` of a span, ``title line:col`` for one in a field."""
    return f"{span.field + ' ' if span.field else ''}{span.line}:{span.column}"


class TextReporter(Reporter):
    name = "text"
    description = "Compiler-style diagnostics: path:line:col, rule, severity, message, quoted evidence."

    def _label(self, r: ArticleResult) -> str:
        if r.path and r.path != r.id and not r.path.endswith(r.id):
            return f"{r.path}[{r.id}]"
        return r.path or r.id

    def article(self, result: ArticleResult) -> None:
        label = self._label(result)
        for e in result.errors:
            who = f" [{e.plugin}{'/' + e.rule if e.rule else ''}]" if e.plugin else ""
            self.out.write(f"{label}: error[{e.code}]{who}: {e.message}\n")
        for f in result.findings:
            self._finding(label, f)

    def _finding(self, label: str, f: Finding) -> None:
        sev = f.severity.value
        if self.color:
            sev = f"{_COLORS[sev]}{sev}{_RESET}"
        self.out.write(f"{where(label, f.span)}: {sev} {f.rule} [{f.name}] {f.message}\n")
        self.out.write(f"    {at(f.span)}  {quote(f.span.text)}\n")
        for rel in f.related:
            self.out.write(f"    {at(rel.span)}  {quote(rel.span.text)}  {rel.message}\n")
        for s in f.suggestions:
            kind = "fix" if s.safe else "suggestion"
            repl = quote(s.replacement) if s.replacement else "(delete)"
            self.out.write(f"    {kind}: {s.description}: {quote(s.span.text, 60)} -> {repl}\n")

    def finish(self, summary: Summary) -> None:
        parts = [f"{summary.articles} article{'s' if summary.articles != 1 else ''}",
                 f"{summary.findings} finding{'s' if summary.findings != 1 else ''}"]
        if summary.by_severity:
            parts.append(", ".join(f"{n} {k}" for k, n in summary.by_severity.items()))
        if summary.errors:
            parts.append(f"{summary.errors} item error{'s' if summary.errors != 1 else ''}")
        if summary.suppressed:
            parts.append(f"{summary.suppressed} suppressed")
        if summary.baselined:
            parts.append(f"{summary.baselined} hidden by the baseline")
        self.out.write("; ".join(parts) + "\n")
