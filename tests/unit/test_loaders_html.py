"""The HTML loader: linear time on any markup, modest memory, the standard's reading of
constructs left open, and every character mapped to its place in the source."""

from __future__ import annotations

import tracemalloc

import pytest

from checker.io.html import article_from_html
from tests.growth import cost


def extract(source: str):
    art = article_from_html("p.html", "p.html", source)
    assert len(art.source_map) == len(art.text)
    for i, ch in enumerate(art.text):
        s, e = art.source_map[i]
        assert 0 <= s <= e <= len(source)
        if e - s == 1:
            assert source[s] == ch or (source[s].isspace() and ch == " "), (i, ch, source[s])
    return art


@pytest.mark.parametrize("unit", ["<a ", "</", "<!--", "<!-- x ", "<a b=\"", "<a b='", "&", "&#", "&#x",
                                  "<", "</a ", "<!", "<?", "<p>a &amp; b ", "<script>", "</script ",
                                  "<br/>\n", "&#" + "9" * 40 + ";"])
def test_time_grows_linearly_with_repeated_markup(unit):
    """Four times the input takes about four times as long (quadratic growth would be 16)."""
    small, large = unit * (8_000 // len(unit)), unit * (32_000 // len(unit))
    t_small = cost(lambda: article_from_html("a", "a", small), runs=2)
    t_large = cost(lambda: article_from_html("a", "a", large), runs=2)
    assert t_large < 8 * max(t_small, 0.005), (t_small, t_large)


def test_peak_memory_is_a_small_multiple_of_the_page():
    page = "<p>قال المتحدث &amp; المستشار إن المفاوضات بدأت (في الربيع).</p>\n" * 3000
    tracemalloc.start()
    try:
        art = article_from_html("a", "a", page)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(art.text) > 150_000
    # a list of characters and a list of (start, end) pairs took about 190 bytes a character
    assert peak < 30 * len(page), peak / len(page)


def test_unclosed_comment_runs_to_the_end():
    art = extract("<p>The vote passed.</p><!-- draft (note\n<p>Hidden (text.</p>")
    assert art.text == "The vote passed."


def test_tag_open_at_the_end_is_dropped_and_quoted_gt_stays_in_the_tag():
    art = extract('<p title="a > b">The vote (passed.</p><p>Then <a href="x')
    assert art.text == "The vote (passed.\nThen"
    assert art.source_map[art.text.index("(")][0] == 26


def test_raw_text_of_script_and_style_is_not_markup():
    art = extract("<script>if (a < b) { s = '</p><p>(' }</script><p>Now (here.</p><style>p{}</STYLE >x")
    assert art.text == "Now (here.\nx"


def test_end_tag_markers_and_bogus_comments():
    assert extract("<p>a </> b </3 c> d</p>").text == "a b d"
    assert extract("<p>a <? pi ?> b <!DOCTYPE x> c</p>").text == "a b c"
    assert extract("<p>tail </").text == "tail </"
    assert extract("<p>1 < 2 & 3</p>").text == "1 < 2 & 3"


def test_character_references_out_of_range_and_huge():
    art = extract("<p>a &#" + "9" * 5000 + "; b &#x110000; c &#0; d &#x41;&#66;</p>")
    assert art.text == "a \ufffd b \ufffd c \ufffd d AB"
    assert art.source_map[len(art.text) - 1] == (len(art.source_text) - len("&#66;</p>"), len(art.source_text) - 4)


def test_words_and_spaces_map_to_their_source_positions():
    src = "<div>\n  <p>The  finance\tminister</p>\n  <p>said   no.</p>\n</div>"
    art = extract(src)
    assert art.text == "The finance minister\nsaid no."
    assert art.source_map[art.text.index("minister")] == (src.index("minister"), src.index("minister") + 1)
    assert art.source_map[art.text.index("said")][0] == src.index("said")
