"""The checking side of the service: what runs in a worker (a process of the pool, or a thread of
the server with ``--workers 0``). Each worker process loads the plugins once, when it starts
(:func:`checker.run.worker.start_worker`, the bootstrap shared with the batch executors)."""

from __future__ import annotations

import copy
import datetime as dt
import os
from itertools import accumulate
from typing import Any, Callable

from checker.across.runner import Across
from checker.core.engine import Engine
from checker.core.models import Article, ArticleResult
from checker.io.inputs import read_article
from checker.run.worker import EngineSpec, engine_for as process_engine

_variants: dict[tuple, Any] = {}


def ping() -> int:
    return os.getpid()


def engine_for(engine, select: tuple[str, ...] | None, ignore: tuple[str, ...] | None):
    """The engine with a request's select/ignore in place of the configured ones (a shallow copy
    sharing the loaded plugins)."""
    if select is None and ignore is None:
        return engine
    key = (id(engine), select, ignore)
    e = _variants.get(key)
    if e is None:
        update: dict[str, Any] = {}
        if select is not None:
            update["select"] = tuple(select)
        if ignore is not None:
            update["ignore"] = tuple(ignore)
        e = copy.copy(engine)
        e.config = engine.config.model_copy(update=update)
        if len(_variants) >= 64:
            _variants.clear()
        _variants[key] = e
    return e


def load_article(item: dict[str, Any]) -> Article | ArticleResult:
    """A request's article as the CLI would read it: ``format`` txt (as is), md (markup blanked,
    offsets unchanged) or html (text extracted, spans carry their source position)."""
    article = read_article(item.get("format", "txt"), item["id"], None, item["text"])
    if isinstance(article, Article):
        article.lang = item.get("lang")
        published = item.get("published")
        article.published = dt.date.fromisoformat(published) if isinstance(published, str) else published
        article.title = item.get("title") or article.title
        if item.get("story"):
            article.meta["story"] = item["story"]
        article.summary = item.get("summary") or article.summary
        article.suppress = tuple(item.get("suppress") or ())
    return article


def utf16_offsets(text: str) -> Callable[[int], int]:
    """Code point offset -> UTF-16 code unit offset in ``text``."""
    if not text or max(text) <= "\uffff":
        return lambda i: i
    table = list(accumulate((2 if ord(c) > 0xFFFF else 1 for c in text), initial=0))
    return table.__getitem__


def add_utf16(dump: dict[str, Any], text: str, source: str | None,
              fields: dict[str, str | None] | None = None) -> None:
    """Add ``start_utf16``/``end_utf16`` to every span (and its source position) of a dumped
    result, for JavaScript editors whose strings count UTF-16 code units; a span in the headline
    or standfirst is counted in ``fields[span["field"]]``."""
    f16 = utf16_offsets(text)
    s16 = utf16_offsets(source) if source is not None else None
    by_field = {name: utf16_offsets(value or "") for name, value in (fields or {}).items()}

    def fix(span: dict[str, Any]) -> None:
        count = by_field.get(span["field"], f16) if span.get("field") else f16
        span["start_utf16"], span["end_utf16"] = count(span["start"]), count(span["end"])
        if span.get("source") and s16 is not None:
            span["source"]["start_utf16"] = s16(span["source"]["start"])
            span["source"]["end_utf16"] = s16(span["source"]["end"])

    for f in dump["findings"]:
        fix(f["span"])
        for r in f["related"]:
            if r.get("article") in (None, dump.get("id")):   # a span in another article: its own offsets
                fix(r["span"])
        for s in f["suggestions"]:
            fix(s["span"])


def check_items(items: list[dict[str, Any]], select: tuple[str, ...] | None, ignore: tuple[str, ...] | None,
                utf16: bool, engine: Engine | EngineSpec) -> list[tuple[ArticleResult, dict]]:
    """Check articles (request dicts); for each, the result and its JSON form (the CLI's).
    ``engine``: the server's own (``--workers 0``), or the spec of this worker process's."""
    if isinstance(engine, EngineSpec):
        engine = process_engine(engine)
    engine = engine_for(engine, select, ignore)
    out = []
    for item in items:
        loaded = load_article(item)
        result = loaded if isinstance(loaded, ArticleResult) else engine.check_article(loaded)
        dump = result.model_dump(mode="json")
        if utf16 and isinstance(loaded, Article):
            # a Markdown file's offsets are those of its source, blanked markup and all
            text = loaded.text if item.get("format") == "html" else item["text"]
            add_utf16(dump, text, loaded.source_text, {"title": loaded.title, "summary": loaded.summary})
        out.append((result, dump))
    return out


def check_across(items: list[dict[str, Any]], results: list[tuple[ArticleResult, dict]],
                 select: tuple[str, ...] | None, ignore: tuple[str, ...] | None, utf16: bool,
                 engine: Engine) -> list[tuple[ArticleResult, dict]]:
    """A batch's results (as :func:`check_items` gave them) with the cross-article findings of
    ``across`` added, dumped again; a related span in another article gets that article's UTF-16
    offsets."""
    engine = engine_for(engine, select, ignore)
    loaded = [load_article(i) for i in items]
    merged = Across(engine).run(loaded, [r for r, _ in results])
    texts = {i["id"]: (a.text if i.get("format") == "html" else i["text"])
             for i, a in zip(items, loaded) if isinstance(a, Article)}
    out = []
    for item, article, result in zip(items, loaded, merged):
        dump = result.model_dump(mode="json")
        if utf16 and isinstance(article, Article):
            add_utf16(dump, texts[item["id"]], article.source_text)
            for f in dump["findings"]:
                for r in f["related"]:
                    if r.get("article") not in (None, result.id) and r["article"] in texts:
                        f16 = utf16_offsets(texts[r["article"]])
                        r["span"]["start_utf16"], r["span"]["end_utf16"] = f16(r["span"]["start"]), f16(r["span"]["end"])
        out.append((result, dump))
    return out
