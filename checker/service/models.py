"""The service's request and response models. The request models are built per server
(:func:`request_models`) so that the OpenAPI document lists exactly the languages and rules it
accepts and its limits."""

import datetime as dt
import re
from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import AliasChoices, BaseModel, BeforeValidator, ConfigDict, Field, create_model, field_validator

from checker.core.models import ArticleResult, Finding, Related, Report, SourcePosition, Span, Suggestion
from checker.i18n.localize import Localizer
from checker.service.settings import ServeSettings

_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(value: Any) -> Any:
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("must be an ISO date string, YYYY-MM-DD")
    return dt.date.fromisoformat(value)  # a ValueError names an impossible day


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
Offsets = Annotated[Literal["codepoint", "utf16"], Query(
    description="utf16: every span also gives start_utf16/end_utf16, offsets in UTF-16 code units, "
                "as JavaScript strings count them")]


class ArticleBase(BaseModel):
    """One article to check. ``text`` is exactly what is analysed; ``title`` and ``summary`` are
    checked against it (their spans carry ``field``)."""

    model_config = ConfigDict(extra="forbid", regex_engine="python-re")

    text: str = Field(min_length=1, description="The article. Spans in the result index it.")
    id: str | None = Field(None, min_length=1, max_length=200,
                           description="Returned as the result's id (default: 'article', or the "
                                       "article's position in a batch, from 1).")
    lang: str | None = Field(None, description="Language; default: detected from the script.")
    published: IsoDate | None = Field(None, description="Publication date, YYYY-MM-DD; default: a "
                                                        "dateline or 'Published:' line in the text.")
    title: str | None = Field(None, max_length=2000, description="The headline, checked against the text; "
                                                                "its spans carry field 'title'.")
    summary: str | None = Field(None, max_length=5000, validation_alias=AliasChoices("summary", "standfirst"),
                                description="The standfirst (also accepted as 'standfirst'), checked "
                                            "against the text; its spans carry field 'summary'.")
    suppress: list[Annotated[str, Field(min_length=1, max_length=100)]] | None = Field(
        None, max_length=200, description="Findings not to report: fingerprints, rule ids or families "
                                          "(DATE), or ALL; the result's suppressed counts them.")
    story: str | None = Field(None, max_length=200, description=(
        "The feed's story or thread id: with `across`, articles of one story id are one story, "
        "and articles of two different ids never are."))
    format: Literal["txt", "md", "html"] = Field(
        "txt", description="txt: the text as is; md: Markdown (markup blanked, offsets unchanged); "
                           "html: text extracted, each span also gives its `source` position.")

    @field_validator("text", "id", "title", "summary")
    @classmethod
    def _no_lone_surrogates(cls, v):
        if isinstance(v, str) and _SURROGATE.search(v):
            raise ValueError("contains unpaired UTF-16 surrogate escapes (\\ud800-\\udfff)")
        return v


def rule_choices(engine) -> list[str]:
    """What select/ignore accept: every rule id, every family (the letters of an id: DATE), ALL."""
    ids = list(engine.rules) + list(engine.registry.group_rules)
    families = sorted({m.group(0) for i in ids if (m := re.match(r"[A-Z]+", i))} - set(ids))
    return ids + families + ["ALL"]


def request_models(engine, settings: ServeSettings):
    """The request models, their enums (languages, rule ids) and limits those of this server, so
    the OpenAPI document says exactly what is accepted."""
    lang_t = Literal[tuple(engine.lexicons.languages)]
    rule_t = Literal[tuple(rule_choices(engine))]
    options = create_model(
        "CheckOptions", __config__=ConfigDict(extra="forbid"),
        __doc__="Which rules run for this request, each entry a rule id, a family (DATE) or ALL; "
                "they replace the server's configured select/ignore.",
        select=(list[rule_t] | None, Field(None, max_length=100, description="Only these rules.")),
        ignore=(list[rule_t] | None, Field(None, max_length=100, description="Never these rules.")))
    article = create_model(
        "ArticleIn", __base__=ArticleBase,
        text=(str, Field(min_length=1, max_length=settings.max_chars, pattern=r"\S",
                         description="The article (some text, not only white space). Spans in the "
                                     "result index it.")),
        lang=(lang_t | None, Field(None, description="Language; default: detected from the script.")))
    locale_t = Literal[tuple(Localizer.for_engine(engine).locales + ["auto"])]
    locale_f = (locale_t | None, Field(None, description="Language of the findings' messages (auto: "
                                       "each article's own); default: the Accept-Language header, "
                                       "else the server's configured locale, else en. message_id and "
                                       "arguments are the same in every locale."))
    check = create_model("CheckRequest", __base__=article, options=(options | None, None), locale=locale_f)
    batch = create_model(
        "BatchRequest", __config__=ConfigDict(extra="forbid"),
        articles=(list[article], Field(min_length=1, max_length=settings.max_batch,
                                       description="The articles, checked in parallel; results "
                                                   "come back in the same order.")),
        options=(options | None, None),
        across=(bool, Field(False, description="Also check across the articles: group those that tell "
                                               "one story and run the cross-article rules (ACROSS...) "
                                               "over each group; a related span in another article "
                                               "names it (`related[].article`).")),
        locale=locale_f)
    return check, batch


class Utf16SourcePosition(SourcePosition):
    start_utf16: int | None = Field(None, description="With offsets=utf16: start in UTF-16 code units.")
    end_utf16: int | None = None


class Utf16Span(Span):
    """A span; with ``offsets=utf16`` also its offsets in UTF-16 code units (JavaScript)."""

    source: Utf16SourcePosition | None = None
    start_utf16: int | None = Field(None, description="With offsets=utf16: start in UTF-16 code units.")
    end_utf16: int | None = None


class Utf16Related(Related):
    span: Utf16Span
    # in another article of the story (``across``): the UTF-16 offsets are that article's


class Utf16Suggestion(Suggestion):
    span: Utf16Span


class Utf16Finding(Finding):
    span: Utf16Span
    related: tuple[Utf16Related, ...] = ()
    suggestions: tuple[Utf16Suggestion, ...] = ()


class CheckResult(ArticleResult):
    """An article's result: the model of ``checker check --format json`` (``checker schema
    --model article``); with ``offsets=utf16`` every span also carries UTF-16 offsets."""

    findings: tuple[Utf16Finding, ...] = ()


class BatchResult(Report):
    """The whole report, as ``checker check --format json`` writes it."""

    articles: tuple[CheckResult, ...] = ()


class Problem(BaseModel):
    loc: str = Field(description="Where: body.text, body.options.select[0], query.offsets, ...")
    message: str


class ErrorResponse(BaseModel):
    error: str = Field(description="A stable code: malformed-json, invalid-request, unknown-rule, "
                                   "unknown-language, empty-article, too-large, unauthorized, "
                                   "not-found, method-not-allowed, unsupported-media-type, busy, "
                                   "time-limit, too-many-requests, request-timeout, "
                                   "ambiguous-length, stopping")
    message: str
    problems: list[Problem] = []


class RuleInfo(BaseModel):
    id: str
    name: str
    severity: str
    languages: list[str]
    summary: str
    plugin: str | None
    messages: dict[str, str]
    options: dict[str, Any]


class Health(BaseModel):
    status: Literal["ok", "saturated"] = Field(description="saturated: no worker is free to take a "
                                                           "check now (all busy or restarting); it would wait")
    load: dict[str, int] = Field(description="workers, ready (started, plugins loaded), busy, queued "
                                             "(checks waiting), restarts (workers replaced after a "
                                             "time limit or a crash), requests, max_requests")
    version: str
    languages: list[str]
    rules: int
    workers: int
    auth: bool
    limits: dict[str, float]


def item(a: ArticleBase, default_id: str) -> dict[str, Any]:
    """What a worker checks for one article of a request (see :func:`checker.service.pool.check_items`)."""
    return {"id": a.id or default_id, "text": a.text, "lang": a.lang,
            "published": a.published.isoformat() if a.published else None, "title": a.title, "format": a.format,
            "summary": a.summary, "suppress": list(a.suppress or ()),
            **({"story": a.story} if a.story else {})}
