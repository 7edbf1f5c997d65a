"""What a fuzz case must never do: raise out of the API, end in a plugin error, give a span that
does not slice to its text. Shared by the fuzz tests and ``scripts/fuzz.py``."""

from __future__ import annotations

from checker.core.engine import Engine
from checker.core.models import Article, ArticleResult
from checker.io.inputs import read_article

from tests.fuzz.generate import Case


def result_of(engine: Engine, case: Case) -> ArticleResult:
    """The case read by its loader and checked, as a user of the API would."""
    item = read_article(case.fmt, "fuzz." + case.fmt, "fuzz." + case.fmt, case.text)
    if isinstance(item, ArticleResult):   # empty, or too large: an item error, not a crash
        return item
    article = Article(**{**item.__dict__, "lang": case.lang, "published": case.published})
    return engine.check_article(article)


def span_problems(result: ArticleResult, text: str, source: str | None) -> list[str]:
    """Every span that does not slice ``text`` to its own text, or points outside the source."""
    out = []
    for f in result.findings:
        for span in [f.span] + [r.span for r in f.related]:
            if text[span.start:span.end] != span.text:
                out.append(f"{f.rule}: [{span.start}, {span.end}) is not {span.text!r}")
            src = span.source
            if src is not None and not (source is not None and 0 <= src.start <= src.end <= len(source)):
                out.append(f"{f.rule}: source [{src.start}, {src.end}) outside the page")
    return out


def problems(engine: Engine, case: Case) -> dict[str, list[str]]:
    """The case's exceptions, plugin errors and bad spans (each a list of descriptions)."""
    try:
        result = result_of(engine, case)
    except Exception as e:   # the whole point: count it, do not stop
        return {"exception": [f"{type(e).__name__}: {e}"], "plugin-error": [], "bad-span": []}
    item = read_article(case.fmt, "x", "x", case.text)
    text = item.text if isinstance(item, Article) else ""
    source = item.source_text if isinstance(item, Article) else None
    return {"exception": [],
            "plugin-error": [f"{e.rule}: {e.message}" for e in result.errors if e.code == "plugin-error"],
            "bad-span": span_problems(result, text, source)}
