"""The headline and standfirst checked against the body (checker.core.fields), and findings
suppressed by an article's ``suppress`` entries."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import Extractor, hookimpl, rule
from checker.core.config import Config
from checker.core.document import Document
from checker.core.engine import Engine
from checker.core.fields import compose
from checker.core.models import Article
from checker.io.inputs import article_from_record
from checker.io.markdown import article_from_markdown

BODY = ("Floods have killed 30 people in the northern provinces, civil defence officials said on Monday.\n\n"
        "Spokesman Samir Haddad said rescue teams were still searching. Haddad said the rain would go on.")


@pytest.fixture(scope="module")
def engine():
    return Engine()


def spans(result):
    return [(f.rule, f.span.field, f.span.start, f.span.end, f.span.text,
             [(r.span.field, r.span.start, r.span.end, r.span.text) for r in f.related]) for f in result.findings]


def test_a_headline_figure_against_the_body(engine):
    r = engine.check(BODY, lang="en", title="Floods kill 25 in northern provinces")
    assert spans(r) == [("NUM001", None, 19, 21, "30", [("title", 12, 14, "25")])]
    related = r.findings[0].related[0].span
    assert (related.line, related.column, related.end_line, related.end_column) == (1, 13, 1, 15)


def test_a_name_spelt_otherwise_in_the_headline(engine):
    r = engine.check(BODY, lang="en", title="Hadad warns of more rain")
    assert spans(r) == [("NAME001", "title", 0, 5, "Hadad", [(None, 113, 119, "Haddad")])]
    assert r.findings[0].span.model_dump(mode="json")["field"] == "title"


def test_a_standfirst_is_checked_and_named(engine):
    r = engine.check(BODY, lang="en", title="Floods kill 30 in north", summary="Hadad warns of more rain")
    assert [(f.rule, f.span.field, f.span.text) for f in r.findings] == [("NAME001", "summary", "Hadad")]


@pytest.mark.parametrize("title", ["Floods kill 30 in north", "Haddad: 'rain will go on'",
                                   "Rescue teams search villages for the missing", "", "   "])
def test_headlines_that_agree_with_the_body_raise_nothing(engine, title):
    assert engine.check(BODY, lang="en", title=title).findings == ()


def test_a_headline_repeating_a_dated_figure_of_the_body_is_silent(engine):
    body = ("The government posted a budget surplus of $214 billion in April 2018, the Treasury said.\n\n"
            "It had a surplus of $182 billion in April 2017.")
    assert engine.check(body, lang="en", title="Government posts $214 billion surplus").findings == ()


def test_body_spans_keep_no_field_in_the_json(engine):
    dump = engine.check(BODY, lang="en", title="Floods kill 25 in northern provinces").model_dump(mode="json")
    assert "field" not in dump["findings"][0]["span"]
    assert dump["findings"][0]["related"][0]["span"]["field"] == "title"


_WORDS = st.lists(st.sampled_from(["Floods", "kill", "25", "30", "Haddad", "Hadad", "rain", "north", "'",
                                   "March", "5", "Monday", "(", "«", "in", "as", "warns"]), max_size=8)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=_WORDS)
def test_findings_inside_the_body_never_change_with_a_headline(engine, words):
    """Whatever the headline, the findings that lie in the body alone are here those of the body
    without it, byte for byte (a headline's facts can change how the body reads, but not in this
    article); every span in a field quotes that field."""
    title = " ".join(words)
    body = BODY + "\n\nThe toll rose from 25 to 30 on Monday, March 5, officials said (without giving names."
    plain = engine.check(body, lang="en", published="2024-03-05")
    titled = engine.check(body, lang="en", published="2024-03-05", title=title)
    inside = [f for f in titled.findings
              if all(s.field is None for s in (f.span, *(r.span for r in f.related)))]
    assert [f.model_dump_json() for f in inside] == [f.model_dump_json() for f in plain.findings]
    for f in titled.findings:
        for s in (f.span, *(r.span for r in f.related)):
            source = title if s.field == "title" else body
            assert source[s.start:s.end] == s.text


def test_suppress_by_rule_and_by_fingerprint(engine):
    heads = {"title": "Hadad warns of more rain", "summary": "Floods kill 25 in northern provinces"}
    r = engine.check(BODY, lang="en", **heads)
    assert [f.rule for f in r.findings] == ["NAME001", "NUM001"]
    fp = next(f.fingerprint for f in r.findings if f.rule == "NAME001")
    for suppress, left in ((["NUM001"], ["NAME001"]), ([fp], ["NUM001"]), (["NUM", fp], []), (["ALL"], [])):
        again = engine.check(BODY, lang="en", suppress=suppress, **heads)
        assert [f.rule for f in again.findings] == left
        assert again.suppressed == 2 - len(left)


def test_json_records_carry_summary_standfirst_and_suppress():
    rec = {"id": "a", "text": "x", "title": "T", "standfirst": "S", "suppress": ["NUM001", "abc"]}
    a = article_from_record(rec, "f.jsonl", 1)
    assert (a.title, a.summary, a.suppress) == ("T", "S", ("NUM001", "abc"))
    assert "standfirst" not in a.meta and "suppress" not in a.meta
    a = article_from_record({"id": "a", "text": "x", "summary": "S2", "suppress": "DATE"}, "f.jsonl", 1)
    assert (a.summary, a.suppress) == ("S2", ("DATE",))
    bad = article_from_record({"id": "a", "text": "x", "suppress": [1]}, "f.jsonl", 3)
    assert [e.code for e in bad.errors] == ["bad-record"] and "'suppress'" in bad.errors[0].message


def test_markdown_front_matter_gives_title_and_standfirst():
    src = "---\ntitle: \"Floods kill 25\"\nstandfirst: Rescue goes on\nauthor: x\n---\nFloods have killed 30.\n"
    a = article_from_markdown("a.md", "a.md", src)
    assert (a.title, a.summary) == ("Floods kill 25", "Rescue goes on")
    assert a.text.startswith("   \n" + " " * 23 + "\n") and a.text.endswith("Floods have killed 30.\n")
    assert article_from_markdown("b.md", "b.md", "title: not front matter\n").title is None


def test_the_cli_reports_title_spans_in_every_ci_format(tmp_path, capsys):
    from checker.cli.main import main
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a1", "lang": "en", "title": "Floods kill 25 in northern provinces",
                             "text": BODY}) + "\n", encoding="utf-8")
    assert main(["check", str(f), "--no-cache", "--format", "text"]) == 1
    out = capsys.readouterr().out
    assert "    title 1:13  «\u206825\u2069»  the same figure given earlier" in out
    assert main(["check", str(f), "--no-cache", "--format", "github"]) == 1
    assert "::a1: 30 'killed' here" in capsys.readouterr().out
    assert main(["check", str(f), "--no-cache", "--format", "sarif"]) == 1
    sarif = json.loads(capsys.readouterr().out)
    rel = sarif["runs"][0]["results"][0]["relatedLocations"][0]
    assert rel["properties"] == {"field": "title", "charOffset": 12, "charLength": 2, "snippet": "25"}
    assert "region" not in rel["physicalLocation"]


def test_a_title_finding_in_a_text_file_names_the_field(tmp_path, capsys):
    from checker.cli.main import main
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: Hadad warns of more rain\n---\n" + BODY + "\n", encoding="utf-8")
    assert main(["check", str(f), "--no-cache", "--lang", "en", "--format", "text"]) == 1
    assert f"{f}:title:1:1: warning NAME001" in capsys.readouterr().out
    assert main(["check", str(f), "--no-cache", "--lang", "en", "--format", "github"]) == 1
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith(f"::warning file={f},title=NAME001") and "::in the title: 'Hadad'" in line


def test_an_unknown_language_still_reports_its_error(engine):
    r = engine.check_article(Article(id="x", text="abc", lang="xx", title="A title"))
    assert [e.code for e in r.errors] == ["unknown-language"] and r.findings == ()


def test_headlines_can_be_turned_off_for_throughput(tmp_path):
    off = Engine(Config(headlines=False))
    assert off.check(BODY, lang="en", title="Floods kill 25 in northern provinces").findings == ()
    assert spans(Engine().check(BODY, lang="en", title="Floods kill 25 in northern provinces"))[0][0] == "NUM001"


def test_the_command_line_turns_headlines_off(tmp_path):
    from checker.cli.main import main
    import io
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "lang": "en", "text": BODY, "title": "Floods kill 25 in northern provinces"}) + "\n",
                    encoding="utf-8")
    on, off = io.StringIO(), io.StringIO()
    assert main(["check", "--no-cache", "--no-config", "--format", "json", str(path)], stdout=on) == 1
    assert main(["check", "--no-cache", "--no-config", "--no-headlines", "--format", "json", str(path)], stdout=off) == 0
    assert [f["rule"] for f in json.loads(on.getvalue())["articles"][0]["findings"]] == ["NUM001"]
    assert json.loads(off.getvalue())["articles"][0]["findings"] == []


class _Reader:
    """Records the text of every document its extractor is asked about."""

    def __init__(self):
        self.texts: list[str] = []

    @hookimpl
    def checker_register_extractors(self):
        def read(doc, facts):
            self.texts.append(doc.text)
            return []
        return [Extractor("read_texts", read, empty=list)]

    @hookimpl
    def checker_register_rules(self):
        @rule(id="READ001", name="reads-texts", severity="info", languages=["*"], summary="s", messages={"x": "x"})
        def reads(ctx, read_texts):
            """doc"""
        return [reads]


def test_a_titled_article_is_read_once_with_its_fields_before_the_body():
    reader = _Reader()
    engine = Engine(plugins=[("reader", reader)])
    engine.check(BODY, lang="en", title="Floods kill 25 in northern provinces", summary="Rescue goes on")
    assert reader.texts == ["Floods kill 25 in northern provinces\n\nRescue goes on\n\n" + BODY]
    reader.texts.clear()
    Engine(Config(headlines=False), plugins=[("reader", reader)]).check(BODY, lang="en", title="Floods kill 25")
    assert reader.texts == [BODY]


def test_a_slip_the_headline_spells_right_is_the_body_own_finding(engine):
    """The headline's "Haddad" would be the first mention of the name the body's "Hadad" slips
    from, and the headline only repeats the body: the finding is the one of the body alone."""
    body = BODY + "\n\nHadad added that roads were closed."
    plain = engine.check(body, lang="en")
    titled = engine.check(body, lang="en", title="Haddad says rain will go on")
    assert [f.rule for f in plain.findings] == ["NAME001"]
    assert [f.model_dump_json() for f in titled.findings] == [f.model_dump_json() for f in plain.findings]


def test_the_dateline_of_a_titled_body_gives_the_publication_date(engine):
    body = "LONDON, March 4, 2024 (Reuters) - Floods have killed 30 people, officials said on Monday."
    for title in (None, "Floods kill 30", "Floods kill 30 on March 9, 2023 (Reuters) - a long headline"):
        r = engine.check(body, lang="en", title=title)
        assert (str(r.published), r.published_source) == ("2024-03-04", "text"), title


def test_the_body_is_split_into_paragraphs_as_alone():
    """Hard-wrapped wire copy stays hard-wrapped under a headline: its paragraphs are the runs of
    lines between blank lines, at the body's offsets moved past the fields."""
    body = ("Floods have killed 30 people in the northern provinces, civil defence\n"
            "officials said on Monday, and more rain was expected in the region.\n\n"
            "Spokesman Samir Haddad said rescue teams were still searching the\n"
            "villages. Haddad said the rain would go on.\n")
    comp = compose(Article(id="a", text=body, title="Floods kill 30"))
    alone = Engine().document(Article(id="a", text=body, lang="en"))
    doc = comp.document(alone)
    assert [p.text for p in doc.paragraphs] == ["Floods kill 30"] + [p.text for p in alone.paragraphs]
    assert [p.start - comp.body_start for p in doc.paragraphs[1:]] == [p.start for p in alone.paragraphs]
    assert len(alone.paragraphs) == 2 and isinstance(doc, Document) and doc.body_start == comp.body_start


def test_an_inline_suppression_covers_the_body_under_a_headline(engine):
    body = BODY.replace("Haddad said the rain", "Hadad said the rain")
    plain = engine.check(body, lang="en")
    assert [f.rule for f in plain.findings] == ["NAME001"]
    article = Article(id="a", text=body, lang="en", title="Floods kill 30",
                      suppressions=[("NAME", body.index("Spokesman"), len(body))])
    r = engine.check_article(article)
    assert (r.findings, r.suppressed) == ((), 1)
