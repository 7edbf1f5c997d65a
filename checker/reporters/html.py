"""``--format html``: one self-contained HTML file for a batch — an index, then one section per
article with its text and every finding's spans highlighted (the review page's markup and
styles), the findings listed beside it. No external resource: styles and the small script are
inlined, and the file opens from disk. The same input gives the same file, byte for byte."""

from __future__ import annotations

import re
from html import escape
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from checker.across.report import STORY_CSS, Stories
from checker.core.models import Article, ArticleResult, Finding, Summary
from checker.i18n.cli import summary_line
from checker.i18n.render import is_rtl
from checker.io.inputs import load_path
from checker.reporters import Reporter

_BREAK = re.compile(r"\r\n|\r|\n")
_RANK = {"info": 0, "warning": 1, "error": 2}
SEVERITIES = ("error", "warning", "info")


def asset(name: str) -> str:
    """A file of checker/assets (styles and scripts shared with the review page)."""
    return resources.files("checker").joinpath("assets", name).read_text(encoding="utf-8")


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _BREAK.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _marks(findings: Iterable[Finding]) -> list[tuple[int, int, int, str, str]]:
    out = []
    for i, f in enumerate(findings):   # spans of the headline or standfirst are not in the text
        if f.span.field is None:
            out.append((f.span.start, f.span.end, i, "p", f.severity.value))
        # a related span in another article (--across) is marked in the story view, not here
        out.extend((r.span.start, r.span.end, i, "r", f.severity.value) for r in f.related
                   if r.article is None and r.span.field is None)
    return out


def _visible(text: str, m) -> bool:
    return m[1] > m[0] and any(c not in "\r\n" for c in text[m[0]:m[1]])


def _mark(covering, content: str | None, anchor: str | None = None) -> str:
    primary = [m for m in covering if m[3] == "p"]
    related = [m for m in covering if m[3] == "r"]
    ids = lambda ms: " ".join(dict.fromkeys(str(m[2]) for m in ms))  # noqa: E731
    sev = max((m[4] for m in (primary or related)), key=_RANK.__getitem__)
    cls = "hl" + (" p" if primary else "") + (" r" if related else "") + f" sev-{sev}"
    if content is None:
        cls += " caret"
    ident = f' id="{anchor}"' if anchor else ""
    return (f'<mark{ident} class="{cls}" data-p="{ids(primary)}" data-r="{ids(related)}">'
            f'{escape(content or "")}</mark>')


def render_text(text: str, findings: Iterable[Finding], prefix: str = "") -> str:
    """The article's lines as ``div.ln`` with every span marked — the markup that
    ``CheckerHighlight.render`` draws on the review page. The first piece of each finding's
    primary span gets the id ``{prefix}m{i}``."""
    marks = _marks(findings)
    spans = [m for m in marks if _visible(text, m)]
    carets = [m for m in marks if not _visible(text, m)]
    anchored: set[int] = set()

    def anchor_for(covering) -> str | None:
        for m in covering:
            if m[3] == "p" and m[2] not in anchored:
                anchored.add(m[2])
                return f"{prefix}m{m[2]}"
        return None

    out = []
    for ls, le in _lines(text):
        here = [m for m in spans if m[0] < le and m[1] > ls]
        bounds = sorted({ls, le, *(max(m[0], ls) for m in here), *(min(m[1], le) for m in here),
                         *(m[0] for m in carets if ls <= m[0] <= le)})
        parts = []

        def carets_at(p: int) -> None:
            for m in carets:
                if m[0] == p:
                    parts.append(_mark([m], None, anchor_for([m])))

        for a, b in zip(bounds, bounds[1:]):
            carets_at(a)
            covering = [m for m in here if m[0] <= a and m[1] >= b]
            piece = text[a:b]
            parts.append(_mark(covering, piece, anchor_for(covering)) if covering else escape(piece))
        carets_at(le)
        # a blank line keeps the article's direction (its number on the same side as the others')
        direction = ' dir="auto"' if text[ls:le].strip() else ""
        out.append(f'<div class="ln"{direction}>' + "".join(parts) + "</div>")
    return "".join(out)


def _quote(text: str, limit: int = 80) -> str:
    t = " ".join(text.split())
    if len(t) > limit:
        t = t[: limit - 1] + "…"
    return f'<bdi class="quote" dir="auto">{escape(t)}</bdi>'


def _at(span) -> str:
    """line:column, with the field named for a span in the headline or standfirst."""
    return f"{escape(span.field) + ' ' if span.field else ''}{span.line}:{span.column}"


def _english(key: str, english: str) -> str:
    return english


def render_finding(f: Finding, i: int, prefix: str = "", href: bool = True, t=_english, rtl: bool = False) -> str:
    """One finding as a list item: severity, rule, position, message, related spans and
    suggestions (safe ones marked). ``t(key, english)`` gives the interface words of the page's
    locale, ``rtl`` its direction."""
    sev = f.severity.value
    where = _at(f.span)
    name = f" {escape(f.name)} " if t is _english else " "
    head = (f'<span class="sev">{escape(t("severity-" + sev, sev))}</span> <code>{escape(f.rule)}</code>{name}'
            f'<span class="where">{where}</span>')
    goto = (f'<a class="goto" href="#{prefix}m{i}">{head}</a>' if href
            else f'<button type="button" class="goto">{head}</button>')
    parts = [f'<li class="finding sev-{sev}" data-i="{i}" data-severity="{sev}" data-rule="{escape(f.rule)}">',
             goto, f'<p class="msg" dir="{"rtl" if rtl else "ltr"}">{escape(f.message)}</p>']
    if f.related:
        parts.append('<ul class="related">' + "".join(
            f'<li>{_at(r.span)} {_quote(r.span.text)} {escape(r.message)}</li>'
            for r in f.related) + "</ul>")
    if f.suggestions:
        items = []
        for s in f.suggestions:
            repl = _quote(s.replacement) if s.replacement else escape(t("delete", "(delete)"))
            kind = (f'<span class="safe">{escape(t("safe-fix", "safe fix"))}</span>' if s.safe
                    else escape(t("suggestion", "suggestion")))
            items.append(f'<li>{kind}: {escape(s.description)}: {_quote(s.span.text, 40)} → {repl}</li>')
        parts.append('<ul class="suggestions">' + "".join(items) + "</ul>")
    parts.append("</li>")
    return "".join(parts)


_SCRIPT = """
(function () {
  "use strict";
  var H = window.CheckerHighlight;
  function section(el) { return el.closest(".ck-article"); }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest("a.goto");
    if (a) {
      ev.preventDefault();
      var li = a.closest(".finding");
      H.select(section(li), li.getAttribute("data-i"));
      history.replaceState(null, "", a.getAttribute("href"));
      return;
    }
    var m = ev.target.closest(".ck-text mark.hl");
    if (m && window.getSelection().isCollapsed) {
      var i = H.findingOf(m), sec = section(m);
      if (i !== null) {
        H.select(sec, i, { scroll: false });
        var goto = sec.querySelector('.finding[data-i="' + i + '"] .goto');
        if (goto) goto.focus({ preventScroll: true });
      }
    }
  });
  var boxes = document.querySelectorAll("#severity-filter input");
  function apply() {
    var shown = {};
    boxes.forEach(function (b) { shown[b.value] = b.checked; });
    document.querySelectorAll(".ck-article").forEach(function (sec) { H.filter(sec, shown); });
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
})();
"""

_PAGE_CSS = """
body { margin: 0; font: 15px/1.5 system-ui, "DejaVu Sans", sans-serif; color: #1f1f1f; background: #f6f7f9; }
header.top { padding: 1rem 1.5rem; background: #fff; border-bottom: 1px solid var(--ck-border); }
header.top h1 { margin: 0 0 0.3rem; font-size: 1.4rem; }
main { padding: 1rem 1.5rem; }
#severity-filter { border: 0; padding: 0; margin: 0.4rem 0 0; }
#severity-filter legend { float: left; margin-inline-end: 0.6rem; font-weight: 600; }
#severity-filter label { margin-inline-end: 1rem; }
table.index { border-collapse: collapse; background: #fff; margin-bottom: 1.5rem; }
table.index th, table.index td { border: 1px solid var(--ck-border); padding: 0.3rem 0.6rem; text-align: start; }
table.index td.n { text-align: end; font-variant-numeric: tabular-nums; }
section.ck-article { background: #fff; border: 1px solid var(--ck-border); border-radius: 6px; margin: 0 0 1.5rem; padding: 0.8rem 1rem; }
section.ck-article h2 { margin: 0 0 0.3rem; font-size: 1.15rem; overflow-wrap: anywhere; }
.meta { color: var(--ck-muted); margin: 0 0 0.6rem; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1rem; align-items: start; }
.layout .ck-text { border: 1px solid var(--ck-border); border-radius: 4px; }
.layout .ck-findings { position: sticky; top: 0.5rem; max-height: 96vh; overflow: auto; }
.errors { color: var(--ck-error); }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
"""


class HtmlReporter(Reporter):
    name = "html"
    description = "One self-contained HTML file: an index and each article with its findings highlighted."

    def __init__(self, out, *, color: bool = False, rules: dict | None = None):
        super().__init__(out, color=color, rules=rules)
        self._texts: dict[tuple[str, str | None], str] = {}
        self._sections: list[str] = []
        self._index: list[str] = []
        self._reread: dict[str, dict[str, str]] = {}
        self._stories = Stories()   # the articles of one story side by side (--across)
        self._langs: set[str | None] = set()
        self._pending: list[ArticleResult] = []   # --locale auto: sections written at the end

    _batch_locale = "en"   # with --locale auto: the batch's language, known at the end

    def _auto(self) -> bool:
        return self.localizer is not None and self.locale == "auto"

    def _page_locale(self) -> str:
        if self._auto():
            return self._batch_locale
        return self.locale if self.localizer is not None and self.locale != "en" else "en"

    @property
    def _rtl(self) -> bool:
        return is_rtl(self._page_locale())

    def _t(self, key: str, english: str) -> str:
        """An interface string of the report in its locale (``auto``: English around findings
        that are each in their article's language)."""
        locale = self._page_locale()
        if locale == "en":
            return english
        return self.localizer.text("page", key, locale, english)

    def _count(self, key: str, n: int, english: str) -> str:
        locale = self._page_locale()
        return english if locale == "en" else self.localizer.text("summary", key, locale, english, n=n)

    def inputs(self, items):
        for item in items:
            if isinstance(item, Article):
                self._texts[(item.id, item.path)] = item.text
            yield item

    def _text_of(self, result: ArticleResult) -> str | None:
        text = self._texts.pop((result.id, result.path), None)
        if text is not None or result.errors or not result.path or result.path == "<stdin>":
            return text
        # not seen on the way in: read the input again (once per file)
        if result.path not in self._reread:
            try:
                self._reread = {result.path: {a.id: a.text for a in load_path(Path(result.path))
                                              if isinstance(a, Article)}}
            except OSError:
                self._reread = {result.path: {}}
        return self._reread[result.path].get(result.id)

    def skip(self, result: ArticleResult) -> None:
        self._texts.pop((result.id, result.path), None)
        self._langs.add(result.lang)

    def article(self, result: ArticleResult) -> None:
        """With ``--locale auto`` the page's language is the batch's, known only at the end: the
        article's section is written then."""
        self._langs.add(result.lang)
        if self._auto():
            self._pending.append(result)
        else:
            self._section(result)

    def _section(self, result: ArticleResult) -> None:
        n = len(self._sections) + 1
        prefix = f"a{n}-"
        text = self._text_of(result)
        self._stories.add(result.id, text, result.lang, result.findings)
        label = result.path if result.path and result.path.endswith(result.id) else (
            f"{result.path} [{result.id}]" if result.path else result.id)
        counts = {s: 0 for s in SEVERITIES}
        for f in result.findings:
            counts[f.severity.value] += 1
        self._index.append(
            f'<tr><td><a href="#a{n}" dir="auto">{escape(label)}</a></td><td>{escape(result.lang or "")}</td>'
            + "".join(f'<td class="n">{counts[s]}</td>' for s in SEVERITIES)
            + f'<td class="n">{len(result.errors)}</td></tr>')
        direction = "rtl" if result.lang in ("ar", "fa", "he", "ur") else "auto"
        t = self._t
        meta = [f"{escape(t('meta-language', 'language'))}: {escape(result.lang or 'unknown')}"]
        if result.published:
            meta.append(f"{escape(t('meta-published', 'published'))}: {result.published.isoformat()} "
                        f"({escape(result.published_source or '')})")
        meta.append(self._count("findings", len(result.findings),
                                f"{len(result.findings)} finding{'s' if len(result.findings) != 1 else ''}"))
        if result.suppressed:
            meta.append(self._count("suppressed", result.suppressed, f"{result.suppressed} suppressed"))
        parts = [f'<section class="ck-article" id="a{n}" aria-labelledby="a{n}-h">',
                 f'<h2 id="a{n}-h" dir="auto">{escape(label)}</h2>',
                 f'<p class="meta">{" · ".join(meta)}</p>']
        if result.errors:
            parts.append('<ul class="errors">' + "".join(
                f"<li>{escape(t('severity-error', 'error'))} [{escape(e.code)}]{' ' + escape(e.plugin) if e.plugin else ''}: "
                f"{escape(e.message)}</li>"
                for e in result.errors) + "</ul>")
        if text is not None or result.findings:
            parts.append('<div class="layout">')
            if text is not None:
                lang_attr = f' lang="{escape(result.lang)}"' if result.lang else ""
                parts.append(f'<div class="ck-text" dir="{direction}"{lang_attr}>'
                             f'{render_text(text, result.findings, prefix)}</div>')
            else:
                parts.append('<p class="ck-text">(the text of this article is not available to the report)</p>')
            parts.append(f'<ol class="ck-findings" aria-label="findings in {escape(label)}">'
                         + "".join(render_finding(f, i, prefix, t=t, rtl=self._rtl)
                                   for i, f in enumerate(result.findings))
                         + "</ol></div>")
        parts.append("</section>")
        self._sections.append("".join(parts))

    def finish(self, summary: Summary) -> None:
        if self._auto():
            self._batch_locale = self.localizer.batch_locale(self._langs)
            for result in self._pending:
                self._section(result)
            self._pending = []
        sev = ", ".join(f"{n} {k}" for k, n in summary.by_severity.items())
        line = (f"{summary.articles} article{'s' if summary.articles != 1 else ''}, "
                f"{summary.findings} finding{'s' if summary.findings != 1 else ''}"
                + (f" ({sev})" if sev else "")
                + (f", {summary.errors} item error{'s' if summary.errors != 1 else ''}" if summary.errors else "")
                + (f", {summary.suppressed} suppressed" if summary.suppressed else ""))
        t, locale = self._t, self._page_locale()
        if locale != "en":
            line = summary_line(summary, self.localizer, locale)
        plural = {"error": "errors", "warning": "warnings", "info": "infos"}
        boxes = "".join(f'<label><input type="checkbox" value="{s}" checked> {escape(t(plural[s], s))}</label>'
                        for s in SEVERITIES)
        title = escape(t("report-title", "checker report"))
        dir_attr = ' dir="rtl"' if self._rtl else ""
        self.out.write(
            f'<!DOCTYPE html>\n<html lang="{locale}"{dir_attr}>\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="checker">\n<title>{title}</title>\n'
            f"<style>\n{asset('highlight.css')}{_PAGE_CSS}{STORY_CSS if self._stories.links else ''}</style>\n</head>\n<body>\n"
            f'<header class="top"><h1>{title}</h1><p class="summary">{escape(line)}</p>'
            f'<fieldset id="severity-filter"><legend>{escape(t("show", "Show"))}</legend>{boxes}</fieldset></header>\n<main>\n'
            f'<nav aria-label="{escape(t("articles", "articles"))}"><table class="index"><thead><tr>'
            f'<th>{escape(t("article", "article") if locale != "en" else "article")}</th>'
            f'<th>{escape(t("language", "language") if locale != "en" else "language")}</th>'
            + "".join(f"<th>{escape(t(plural[s], s) if locale != 'en' else s)}</th>" for s in SEVERITIES)
            + f"<th>{escape(t('item-errors', 'item errors'))}</th></tr></thead><tbody>\n"
            + "\n".join(self._index) + "\n</tbody></table></nav>\n"
            + (self._stories.render(render_text) + "\n" if self._stories.links else "")
            + "\n".join(self._sections)
            + f"\n</main>\n<script>\n{asset('highlight.js')}{_SCRIPT}</script>\n</body>\n</html>\n")
