"""Safe fixes: ``checker check --fix`` and ``--diff`` (checker.io.fixes). Only suggestions marked
safe are applied; overlapping edits are chosen from the end backwards; --fix is idempotent; the
encoding, byte-order mark and line endings of a file survive."""

from __future__ import annotations

import codecs
import io
import shutil
import subprocess

import pytest

from checker.cli.main import main
from checker.io.fixes import Edit, apply_edits, choose, fix_text, safe_edits, unified_diff

from tests.helpers import FIXTURES

SEED = FIXTURES / "articles" / "seed-ar-sharaa.txt"
BUDGET = FIXTURES / "articles" / "en-council-budget.txt"
PAIR = "تشرين الثاني/ديسمبر"
RESIDUE_LINES = ["مقالات ذات صلة", "اترك تعليقاً", "زر الذهاب إلى الأعلى"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = main(list(argv), stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


def edit(start, end, replacement="", text=None):
    return Edit(start, end, replacement, text or "", "R", "d", 1, start + 1)


# --- choosing and applying edits ----------------------------------------------------------------

def test_non_overlapping_edits_are_applied_from_the_end():
    text = "abcdefghij"
    kept, left = choose([edit(0, 2, "X"), edit(4, 6, "Y"), edit(8, 10, "")])
    assert [e.start for e in kept] == [8, 4, 0] and left == []
    assert apply_edits(text, kept) == "XcdYgh"


def test_overlapping_edits_keep_the_later_one():
    kept, left = choose([edit(2, 6, "A"), edit(4, 8, "B"), edit(0, 1, "C")])
    assert [(e.start, e.replacement) for e in kept] == [(4, "B"), (0, "C")]
    assert [(e.start, e.replacement) for e in left] == [(2, "A")]
    assert apply_edits("0123456789", kept) == "C123B89"


def test_two_edits_at_one_place_are_not_both_applied():
    kept, left = choose([edit(3, 3, "x"), edit(3, 3, "y")])
    assert len(kept) == 1 and len(left) == 1


def test_adjacent_edits_do_not_overlap():
    kept, left = choose([edit(0, 3, "A"), edit(3, 6, "B")])
    assert len(kept) == 2 and not left
    assert apply_edits("abcdef", kept) == "AB"


def test_only_safe_suggestions_become_edits(engine):
    result = engine.check(SEED.read_text(encoding="utf-8"))
    edits = safe_edits(result)
    assert edits and all(e.rule in ("PUNCT001", "RESIDUE001") for e in edits)
    date = [f for f in result.findings if f.rule == "DATE001"]
    assert date and all(not s.safe for f in date for s in f.suggestions)


def test_fix_text_removes_residue_and_turns_quotes_but_keeps_the_month_pair(engine):
    text = SEED.read_text(encoding="utf-8")
    out = fix_text(engine, text)
    assert out.changed and not out.left
    assert {e.rule for e in out.applied} == {"PUNCT001", "RESIDUE001"}
    for line in RESIDUE_LINES:
        assert line in text and line not in out.text
    assert PAIR in out.text
    after = engine.check(out.text)
    assert not safe_edits(after)
    assert any(f.rule == "DATE001" for f in after.findings)
    assert fix_text(engine, out.text).applied == []  # idempotent


def test_markdown_source_is_edited_where_the_analysed_text_points(engine):
    md = "# Brief\n\nThe mayor said “the plan is ready“ on Monday.\n\n<!-- note -->\n\nLeave a comment\n"
    out = fix_text(engine, md, "md", "brief.md", "brief.md")
    assert "“the plan is ready”" in out.text
    assert "Leave a comment" not in out.text
    assert "<!-- note -->" in out.text and out.text.startswith("# Brief\n")


# --- the command line ------------------------------------------------------------------------

@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(SEED, tmp_path / "seed.txt")
    shutil.copy(BUDGET, tmp_path / "budget.txt")
    (tmp_path / "page.html").write_text("<p>Leave a comment</p>\n", encoding="utf-8")
    return tmp_path


def test_diff_shows_the_fixes_and_changes_nothing(desk):
    before = (desk / "seed.txt").read_bytes()
    rc, out, err = run("check", "--diff", "seed.txt")
    assert rc == 1
    assert (desk / "seed.txt").read_bytes() == before
    assert out.startswith("--- a/seed.txt\n+++ b/seed.txt\n@@ ")
    assert "-مقالات ذات صلة\n" in out and "-زر الذهاب إلى الأعلى\n\\ No newline at end of file\n" in out
    assert PAIR not in "".join(line for line in out.splitlines() if line[:1] in "+-")
    assert "seed.txt:33:1: would fix RESIDUE001 delete the line" in err
    assert err.endswith("would fix 6 problems in 1 file\n")


def test_diff_applies_with_patch(desk):
    if shutil.which("patch") is None:
        pytest.skip("no patch program on this machine")
    _, out, _ = run("check", "--diff", "seed.txt", "budget.txt")
    expected = {n: fix_text_of(desk / n) for n in ("seed.txt", "budget.txt")}
    p = subprocess.run(["patch", "-p1", "--quiet"], input=out.encode(), cwd=desk, capture_output=True)
    assert p.returncode == 0, p.stderr
    for n, text in expected.items():
        assert (desk / n).read_text(encoding="utf-8") == text


def fix_text_of(path):
    from checker.core.engine import Engine

    return fix_text(Engine(), path.read_text(encoding="utf-8")).text


def test_fix_writes_reports_and_is_idempotent(desk):
    rc, out, err = run("check", "--fix", "seed.txt", "budget.txt")
    seed = (desk / "seed.txt").read_text(encoding="utf-8")
    assert all(line not in seed for line in RESIDUE_LINES) and PAIR in seed
    assert "Leave a comment" not in (desk / "budget.txt").read_text(encoding="utf-8")
    assert "seed.txt:9:203: fixed PUNCT001 write the closing mark" in err
    assert "fixed 9 problems in 2 files" in err
    # the report that follows is of what is left: the month pair, no residue
    assert rc == 1 and "DATE001" in out and "RESIDUE001" not in out
    snapshot = {p.name: p.read_bytes() for p in desk.iterdir()}
    rc2, out2, err2 = run("check", "--fix", "seed.txt", "budget.txt")
    assert err2.endswith("no safe fix to apply\n")
    assert {p.name: p.read_bytes() for p in desk.iterdir()} == snapshot
    assert out2 == out


def test_fix_keeps_bom_crlf_and_utf16(desk):
    text = "The council met.\r\nLeave a comment\r\nThe end.\r\n"
    (desk / "a.txt").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    (desk / "b.txt").write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    assert run("check", "--fix", "a.txt", "b.txt")[0] == 0
    fixed = "The council met.\r\nThe end.\r\n"
    assert (desk / "a.txt").read_bytes() == codecs.BOM_UTF8 + fixed.encode("utf-8")
    assert (desk / "b.txt").read_bytes() == codecs.BOM_UTF16_BE + fixed.encode("utf-16-be")


def test_fix_leaves_other_formats_alone_and_says_so(desk):
    before = (desk / "page.html").read_bytes()
    rc, out, err = run("check", "--fix", "page.html")
    assert (desk / "page.html").read_bytes() == before
    assert "page.html: not changed: --fix and --diff rewrite .txt and .md files only" in err
    assert "RESIDUE001" in out


def test_fix_refuses_stdin_but_diff_reads_it(desk, monkeypatch):
    rc, out, err = run("check", "--fix", "-")
    assert rc == 2 and "--fix cannot rewrite standard input" in err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Story.\nLeave a comment\n")))
    rc, out, err = run("check", "--diff", "-")
    assert rc == 1 and "--- a/<stdin>" in out and "-Leave a comment\n" in out


def test_fix_respects_select_and_ignore(desk):
    rc, out, err = run("check", "--diff", "seed.txt", "--ignore", "RESIDUE")
    assert "RESIDUE001" not in err and "PUNCT001" in err
    rc, out, err = run("check", "--diff", "budget.txt", "--select", "DATE")
    assert (rc, out) == (0, "") and err == "no safe fix to apply\n"


def test_diff_to_an_output_file(desk):
    rc, out, err = run("check", "--diff", "budget.txt", "-o", "fixes.diff")
    assert rc == 1 and out == ""
    assert (desk / "fixes.diff").read_text(encoding="utf-8").startswith("--- a/budget.txt\n")


def test_unified_diff_marks_a_missing_final_newline():
    d = unified_diff("x.txt", "a\nb", "a\n")
    assert d.endswith("-b\n\\ No newline at end of file\n")


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_deleting_a_final_residue_line_leaves_no_blank_line_at_the_end(engine, ending):
    body = f"Officials said the bridge would reopen on Monday.{ending}{ending}Read more: click here{ending}"
    out = fix_text(engine, body)
    assert [e.rule for e in out.applied] == ["RESIDUE001"]
    assert out.text == f"Officials said the bridge would reopen on Monday.{ending}"


def test_a_text_without_final_newline_keeps_none(engine):
    out = fix_text(engine, "Officials said the bridge would reopen on Monday.\n\nShare this article")
    assert out.text == "Officials said the bridge would reopen on Monday."
