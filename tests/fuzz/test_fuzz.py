"""Fuzzing the API and the loaders with hostile articles (random Unicode, bidi controls,
combining marks, lone surrogates, NUL bytes, impossible dates, 10^400 and thousand-digit
numbers, Arabic-Indic digits, quote and bracket floods, mutated fixture articles, nested HTML and
Markdown): no exception, no plugin error, every span slices to its text, the same output twice.

``CHECKER_FUZZ_EXAMPLES=5000 pytest tests/fuzz`` runs longer; ``CHECKER_FUZZ_SEED=N`` draws
other cases (the default is derandomized: the same cases on every run)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from checker.core.engine import Engine
from checker.io.html import article_from_html
from checker.io.markdown import article_from_markdown
from tests.fuzz.generate import BIDI, COMBINING, DATES, SURROGATES, generate
from tests.fuzz.probe import problems, result_of

EXAMPLES = int(os.environ.get("CHECKER_FUZZ_EXAMPLES", "60"))
SEED = os.environ.get("CHECKER_FUZZ_SEED")
BUDGET = settings(max_examples=EXAMPLES, deadline=None, derandomize=SEED is None, database=None,
                  suppress_health_check=list(HealthCheck))
ENGINE, ENGINE2 = Engine(), Engine()


def seeded(fn):
    return seed(int(SEED))(fn) if SEED is not None else fn


@seeded
@BUDGET
@given(st.integers(0, 2**63))
def test_generated_articles_break_nothing(case_seed):
    case = generate(case_seed)
    found = problems(ENGINE, case)
    assert found == {"exception": [], "plugin-error": [], "bad-span": []}, (case_seed, case)


@seeded
@BUDGET
@given(st.integers(0, 2**63))
def test_output_is_deterministic(case_seed):
    case = generate(case_seed)
    first = result_of(ENGINE, case).model_dump(mode="json")
    assert result_of(ENGINE, case).model_dump(mode="json") == first
    assert result_of(ENGINE2, case).model_dump(mode="json") == first


hostile = st.lists(st.one_of(
    st.text(min_size=1, max_size=8),                               # any code point, surrogates too
    st.sampled_from(BIDI + COMBINING + SURROGATES + DATES + ["\0", "1" + "0" * 400, "٣٤٥", "“" * 50, "(" * 50]),
    st.sampled_from(["<p>", "</p>", "<!--", "-->", "<a href=\"", "&amp;", "&#99999999;", "</", "<script>",
                     "`", "``", "```\n", "    ", "> ", "[x](", "---\n", "\r\n", "<div>\n"]),
), max_size=40).map("".join)


@seeded
@BUDGET
@given(hostile, st.sampled_from(["html", "md"]))
def test_loaders_map_every_character_into_the_source(page, fmt):
    if fmt == "html":
        art = article_from_html("x", "x", page)
        assert len(art.source_map) == len(art.text)
        assert all(0 <= s <= e <= len(page) for s, e in art.source_map)
    else:
        art = article_from_markdown("x", "x", page)
        assert len(art.text) == len(page)
        assert all(a == b or a == " " for a, b in zip(art.text, page))   # only blanked, never moved
    for _, start, end in art.suppressions:
        assert 0 <= start <= end <= len(art.text)
