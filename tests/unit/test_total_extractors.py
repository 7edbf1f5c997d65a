"""Total extractors: calendar arithmetic past either end of the calendar gives no date, never an
exception; an extractor that still raises loses only its own facts, reported once."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.core.engine import Engine
from checker.core.facts import Extractor, Facts
from checker.core.hookspecs import hookimpl
from checker.core.models import Article
from checker.core.rules import rule
from checker.extractors.date_mentions import standalone
from checker.extractors.spans import SpanIndex

FIRST, LAST = dt.date(1, 1, 1), dt.date(9999, 12, 31)

ENDS = [
    ("Yesterday, the council met, and last month it voted. A week ago it rested.", "en", FIRST),
    ("On Monday the council met, and last Friday it voted.", "en", FIRST),
    ("In October, the council met; next month it meets again and next year it will vote.", "en", LAST),
    ("Tomorrow the council meets, and on Friday it votes.", "en", LAST),
    ("قال المسؤول أمس إن المجلس اجتمع يوم الاثنين والشهر الماضي.", "ar", FIRST),
    ("اجتمع المجلس في أكتوبر، وسيجتمع غدا والعام المقبل.", "ar", LAST),
]


def _facts(engine: Engine, text: str, lang: str, published: dt.date) -> Facts:
    doc = engine.document(Article(id="ends", text=text, lang=lang, published=published))
    return Facts(doc, engine.registry.extractors)


@pytest.mark.parametrize("text,lang,published", ENDS)
def test_a_date_past_an_end_of_the_calendar_is_no_mention_and_no_error(engine, text, lang, published):
    result = engine.check(text, lang=lang, published=published)
    assert result.errors == ()
    for name in ("date_mentions", "relative_days", "date_ranges"):
        for m in _facts(engine, text, lang, published)[name]:
            year = getattr(m, "year", None)
            assert year is None or dt.MINYEAR <= year <= dt.MAXYEAR


@pytest.mark.parametrize("published", [FIRST, LAST])
def test_what_lies_past_the_end_is_left_out_and_the_rest_kept(engine, published):
    text = "Yesterday the council met. Tomorrow it votes. In 2019 it was founded."
    mentions = _facts(engine, text, "en", published)["date_mentions"]
    forms = {(m.form, m.text) for m in mentions}
    assert ("year", "2019") in forms
    gone = "Yesterday" if published == FIRST else "Tomorrow"
    assert not any(t == gone for _, t in forms)


@pytest.mark.parametrize("text", ["The ruins date from the year 0 and the plan runs to 10000.",
                                  "On March 4, 0 and on 1 January 10000 nothing happened.",
                                  "في 4 مارس 0 وفي 1 يناير 10000 وفي 5 رمضان 0 هـ."])
def test_years_0_and_10000_in_the_text_are_no_date(engine, text):
    lang = "ar" if text[0] == "ف" else "en"
    result = engine.check(text, lang=lang, published=LAST)
    assert result.errors == ()
    assert all(m.year not in (0, 10000) for m in _facts(engine, text, lang, LAST)["date_mentions"])


class _Flaky:
    """A plugin with one extractor that always raises, and two rules that read it."""

    def __init__(self, empty):
        self.empty = empty

    @hookimpl
    def checker_register_extractors(self):
        def flaky(doc, facts):
            raise ValueError("out of order")
        return [Extractor("flaky_facts", flaky, empty=self.empty)]

    @hookimpl
    def checker_register_rules(self):
        @rule(id="FLAKY001", name="reads-flaky-facts", severity="error", languages=["*"], summary="s",
              messages={"x": "x"})
        def first(ctx, flaky_facts, month_mentions):
            """doc"""
            for m in month_mentions:
                ctx.report("x", m.start, m.end)

        @rule(id="FLAKY002", name="reads-flaky-facts-too", severity="error", languages=["*"], summary="s",
              messages={"x": "x"})
        def second(ctx, flaky_facts):
            """doc"""
        return [first, second]


TEXT = "قال إن التعاون بدأ في تشرين الثاني/ديسمبر الماضي.\nاترك تعليقاً\n"


def test_an_extractor_with_an_empty_value_loses_only_its_facts_reported_once():
    result = Engine(plugins=[("flaky", _Flaky(list))]).check(TEXT, lang="ar")
    assert [(e.code, e.plugin, e.rule) for e in result.errors] == [("plugin-error", "flaky", "FLAKY001")]
    assert "fact extractor 'flaky_facts' raised ValueError: out of order" in result.errors[0].message
    # both of its rules ran (on no flaky facts), and the built-in rules kept their findings
    assert {f.rule for f in result.findings} == {"DATE001", "RESIDUE001", "FLAKY001"}


def test_an_extractor_without_one_is_reported_once_and_its_rules_left_out():
    result = Engine(plugins=[("flaky", _Flaky(None))]).check(TEXT, lang="ar")
    assert [(e.code, e.plugin, e.rule) for e in result.errors] == [("plugin-error", "flaky", "FLAKY001")]
    assert {f.rule for f in result.findings} == {"DATE001", "RESIDUE001"}


def test_a_built_in_extractor_that_raises_costs_only_its_own_facts(monkeypatch):
    def broken(sc):
        raise OverflowError("date value out of range")
    monkeypatch.setattr(standalone, "relatives", broken)
    result = Engine().check(TEXT, lang="ar", published=dt.date(2024, 3, 5))
    assert [(e.code, e.plugin) for e in result.errors] == [("plugin-error", "checker.core")]
    assert result.errors[0].message.startswith("fact extractor 'date_mentions' raised OverflowError")
    assert {f.rule for f in result.findings} == {"DATE001", "RESIDUE001"}


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda p: (p[0], p[0] + p[1])), max_size=8)


@given(spans, st.integers(0, 50), st.integers(0, 8))
def test_the_span_index_answers_as_a_scan_of_every_range(ranges, start, length):
    index, end = SpanIndex(ranges), start + length
    assert index.holds(start) == any(a <= start < b for a, b in ranges)
    assert index.overlaps(start, end) == any(a < end and start < b for a, b in ranges)
    assert index.cuts(start, end) == any(a <= start < b or a < end <= b for a, b in ranges)
