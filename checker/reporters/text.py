"""``--format text``: compiler-style diagnostics, readable for right-to-left lines.

Each finding is a ``path:line:column:`` header — the position in the file the user opened, so
the HTML file's own line for an ``.html`` input — then the source line with carets under the
span (:mod:`checker.reporters.snippet`), the related statements and the fixes. The source line
needs the article's text, which the reporter keeps from :meth:`TextReporter.inputs` until the
article is reported; a result reported without it gets the span's quoted text instead.
"""

from __future__ import annotations

from collections import defaultdict, deque

from checker.core.models import Article, ArticleResult, Finding, Span, Summary
from checker.i18n.cli import summary_line as localized_summary
from checker.reporters import Reporter
from checker.reporters.snippet import has_rtl, snippet

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


def line_col(span: Span) -> tuple[int, int]:
    """The span's line and column in the input file when it has its own (HTML), else in the text."""
    if span.source is not None:
        return span.source.line, span.source.column
    return span.line, span.column


def where(path: str, span: Span) -> str:
    """``path:line:col`` (in the file opened); for a span in the headline or standfirst
    ``path:title:line:col``, its line and column counted in that field."""
    if span.field:
        return f"{path}:{span.field}:{span.line}:{span.column}"
    line, col = line_col(span)
    return f"{path}:{line}:{col}"


def at(span: Span) -> str:
    """``line:col`` of a span, ``title line:col`` for one in a field."""
    if span.field:
        return f"{span.field} {span.line}:{span.column}"
    line, col = line_col(span)
    return f"{line}:{col}"


class TextReporter(Reporter):
    name = "text"
    description = "Compiler-style diagnostics: path:line:col, rule, severity, message, quoted evidence."

    def __init__(self, out, *, color: bool = False, rules: dict | None = None):
        super().__init__(out, color=color, rules=rules)
        self._texts: dict[str, deque[str]] = defaultdict(deque)
        self._langs: set[str | None] = set()   # the batch's languages (the summary's locale under auto)

    def inputs(self, items):
        for item in items:
            if isinstance(item, Article):
                self._texts[item.id].append(item.source_text if item.source_map is not None else item.text)
            yield item

    def _text_of(self, result: ArticleResult) -> str | None:
        texts = self._texts.get(result.id)
        if not texts:
            return None
        text = texts.popleft()
        if not texts:
            del self._texts[result.id]
        return text

    def skip(self, result: ArticleResult) -> None:
        self._text_of(result)
        self._langs.add(result.lang)

    def _label(self, r: ArticleResult) -> str:
        if r.path and r.path != r.id and not r.path.endswith(r.id):
            return f"{r.path}[{r.id}]"
        return r.path or r.id

    def _word(self, context: str, key: str) -> str:
        """An interface word in the article's locale (English unless a localizer says otherwise)."""
        if self.localizer is None or self._locale == "en":
            return key
        return self.localizer.text(context, key, self._locale, key)

    _locale = "en"

    def article(self, result: ArticleResult) -> None:
        self._langs.add(result.lang)
        if self.localizer is not None:
            self._locale = self.localizer.locale_for(result.lang)
        label = self._label(result)
        for e in result.errors:
            who = f" [{e.plugin}{'/' + e.rule if e.rule else ''}]" if e.plugin else ""
            self.out.write(f"{label}: {self._word('severity', 'error')}[{e.code}]{who}: {e.message}\n")
        text = self._text_of(result)
        for f in result.findings:
            self._finding(label, f, text)

    def _finding(self, label: str, f: Finding, text: str | None = None) -> None:
        sev = f.severity.value
        if self.color:
            sev = f"{_COLORS[sev]}{self._word('severity', sev)}{_RESET}"
        else:
            sev = self._word("severity", sev)
        name = f" [{f.name}]" if self._locale == "en" else ""  # the kebab-case name is an English identifier
        self.out.write(f"{where(label, f.span)}: {sev} {f.rule}{name} {f.message}\n")
        if text is None or f.span.field:
            self.out.write(f"    {at(f.span)}  {quote(f.span.text)}\n")
        else:
            self._source(f.span, text)
        for rel in f.related:
            self.out.write(f"    {at(rel.span)}  {quote(rel.span.text)}  {rel.message}\n")
        for s in f.suggestions:
            kind = self._word("ui", "fix" if s.safe else "suggestion")
            repl = quote(s.replacement) if s.replacement else self._word("ui", "(delete)")
            self.out.write(f"    {kind}: {s.description}: {quote(s.span.text, 60)} -> {repl}\n")

    def _source(self, span: Span, text: str) -> None:
        """The source line with carets under the span (and the span quoted after them when the
        line holds right-to-left text, whose carets a bidi terminal may move)."""
        start, end = (span.source.start, span.source.end) if span.source is not None else (span.start, span.end)
        sn = snippet(text, start, end)
        gutter = " " * len(str(sn.line))
        carets = f"{_COLORS['info']}{sn.carets}{_RESET}" if self.color else sn.carets
        tail = f" {quote(span.text)}" if has_rtl(sn.source) else ""
        self.out.write(f"  {sn.line} | {sn.source}\n  {gutter} | {carets}{tail}\n")

    def finish(self, summary: Summary) -> None:
        # auto: the batch's language when all its articles share one, else English
        locale = self.localizer.batch_locale(self._langs) if self.localizer is not None else "en"
        if locale != "en":
            self.out.write(localized_summary(summary, self.localizer, locale) + "\n")
            return
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
