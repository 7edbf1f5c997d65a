"""Safe files: the directory walk follows no symbolic link out of the tree or round a loop, temp
files are created exclusively beside their target, ``--fix`` writes through links, size limits
are checked before an input is read, and ``--diff`` applies with ``git apply`` and ``patch`` in
every encoding the loaders read."""

from __future__ import annotations

import codecs
import io
import json
import os
import shutil
import subprocess

import pytest

from checker.cli.main import main
from checker.io import inputs
from checker.io.inputs import iter_inputs, load_path, walk_files

BRACKET = "The finance minister (who took office in March said the budget would pass.\n"
CLEAN = "The city council approved the new budget on Tuesday after a long debate.\n"
RESIDUE = "Leave a comment"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = main(list(argv), stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


def _errors(out: str) -> dict[str, list[str]]:
    """id -> error codes of a --format json report."""
    return {a["id"]: [e["code"] for e in a["errors"]] for a in json.loads(out)["articles"]}


# --- the directory walk ------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """in/ with a file, a loop back to in/, a link out of the tree, a link inside it and a file
    after them all; outside/ holds an article the walk must not reach."""
    monkeypatch.chdir(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(BRACKET, encoding="utf-8")
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(CLEAN, encoding="utf-8")
    (d / "sub" / "b.txt").write_text(BRACKET, encoding="utf-8")
    (d / "sub" / "loop").symlink_to("..")                    # in/sub/loop -> in
    (d / "out").symlink_to(outside)                           # a directory out of the tree
    (d / "out-file.txt").symlink_to(outside / "secret.txt")   # a file out of the tree
    (d / "same.txt").symlink_to("a.txt")                      # inside: followed
    (d / "self.txt").symlink_to("self.txt")                   # a link to itself
    (d / "z.txt").write_text(CLEAN, encoding="utf-8")
    return d


def test_the_walk_reports_loops_and_links_out_of_the_tree_and_goes_on(tree):
    items = list(walk_files(tree))
    got = [(str(i.relative_to(tree.parent)), None) if not hasattr(i, "errors")
           else (i.id.removeprefix(str(tree.parent) + os.sep), i.errors[0].code) for i in items]
    assert got == [("in/a.txt", None),
                   ("in/out", "symlink-outside"),
                   ("in/out-file.txt", "symlink-outside"),
                   ("in/same.txt", None),
                   ("in/self.txt", "symlink-loop"),
                   ("in/sub/b.txt", None),
                   ("in/sub/loop", "symlink-loop"),
                   ("in/z.txt", None)]


def test_check_of_a_tree_with_a_loop_gives_valid_json_every_file_once_and_status_2(tree):
    rc, out, err = run("check", "in", "--format", "json", "--no-cache")
    assert rc == 2, err   # item errors make the status 2, as an unreadable file does
    errors = _errors(out)
    assert list(errors) == ["in/a.txt", "in/out", "in/out-file.txt", "in/same.txt", "in/self.txt",
                            "in/sub/b.txt", "in/sub/loop", "in/z.txt"]
    assert errors["in/out"] == ["symlink-outside"] and errors["in/sub/loop"] == ["symlink-loop"]
    assert errors["in/self.txt"] == ["symlink-loop"] and errors["in/z.txt"] == []
    assert "secret" not in out


def test_a_glob_descends_through_no_linked_directory(tree):
    (tree / "sub" / "loop2").symlink_to("../sub")   # a second loop: walked round, 2**depth paths
    rc, out, _ = run("check", "in/**/*.txt", "--format", "jsonl", "--no-cache")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [
        "in/a.txt", "in/same.txt", "in/sub/b.txt", "in/z.txt"]


def test_a_tree_without_trouble_exits_as_before(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "in" / "b.txt").symlink_to("a.txt")
    rc, out, _ = run("check", "in", "--format", "jsonl", "--no-cache")
    assert rc == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["in/a.txt", "in/b.txt"]


def test_a_directory_given_through_a_link_is_walked(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "link").symlink_to("real")
    assert [str(p) for p in walk_files(tmp_path / "link")] == [str(tmp_path / "link" / "a.txt")]


# --- size limits before reading ----------------------------------------------------------------


class _Counting(io.BytesIO):
    def __init__(self, data: bytes):
        super().__init__(data)
        self.taken = 0

    def read(self, n=-1):
        chunk = super().read(n)
        self.taken += len(chunk)
        return chunk


def test_a_file_over_the_byte_limit_is_rejected_from_its_size_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_CHARS", 100)
    p = tmp_path / "big.txt"
    p.write_bytes(b"x" * 405)                      # over 4 * 100 + 4 bytes
    opened = []
    real_read = inputs.read_bounded
    monkeypatch.setattr(inputs, "read_bounded", lambda f, limit: opened.append(limit) or real_read(f, limit))
    r = list(load_path(p))[0]
    assert [e.code for e in r.errors] == ["too-large"] and opened == []
    assert r.errors[0].message == ("the file has 405 bytes, over the limit of 404 bytes for a txt input "
                                   "(articles of at most 100 characters)")
    p.write_bytes(b"x" * 404)                      # within the bytes: judged by its characters
    assert [e.code for e in list(load_path(p))[0].errors] == ["too-large"] and opened == [404]


def test_stdin_is_read_no_further_than_the_limit(monkeypatch):
    monkeypatch.setattr(inputs, "MAX_CHARS", 100)
    stream = _Counting(b"x" * 10_000)
    r = list(iter_inputs(["-"], stdin=stream))[0]
    assert [e.code for e in r.errors] == ["too-large"] and stream.taken == 405


def test_a_jsonl_record_over_the_limit_is_skipped_without_holding_it(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_CHARS", 10)
    limit = inputs.max_bytes("jsonl")
    p = tmp_path / "feed.jsonl"
    ok = json.dumps({"id": "ok", "text": "Fine."})
    p.write_text(f"{ok}\n" + '{"id": "big", "text": "' + "y" * (2 * limit) + '"}\n' + ok.replace("ok", "ok2") + "\n",
                 encoding="utf-8")
    items = list(iter_inputs([str(p)]))
    assert [(i.id, [e.code for e in getattr(i, "errors", ())]) for i in items] == [
        ("ok", []), (f"{p}:2", ["too-large"]), ("ok2", [])]
    assert items[1].errors[0].line == 2


# --- temp files and links ----------------------------------------------------------------------


def test_write_baseline_never_writes_through_a_planted_link(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(BRACKET, encoding="utf-8")
    victim = tmp_path / "victim"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / "base.json.tmp").symlink_to(victim)   # the old fixed temp name, planted
    rc, _, err = run("check", "a.txt", "--write-baseline", "base.json", "--no-cache")
    assert rc == 1, err
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))["articles"]["a.txt"][0]["rule"] == "PUNCT002"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "base.json", "base.json.tmp", "victim"]


def test_write_baseline_through_a_link_replaces_the_real_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(BRACKET, encoding="utf-8")
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "base.json").write_text("{}", encoding="utf-8")
    (tmp_path / "base.json").symlink_to("conf/base.json")
    run("check", "a.txt", "--write-baseline", "base.json", "--no-cache")
    assert (tmp_path / "base.json").is_symlink()
    assert "PUNCT002" in (tmp_path / "conf" / "base.json").read_text(encoding="utf-8")


def test_fix_writes_through_a_symlink_to_the_real_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "real.txt").write_text(f"Story.\n{RESIDUE}\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("real.txt")
    assert run("check", "--fix", "link.txt", "--no-cache")[0] == 0
    assert (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "real.txt").read_text(encoding="utf-8") == "Story.\n"


def test_fix_keeps_hard_links(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(f"Story.\n{RESIDUE}\n", encoding="utf-8")
    os.link(tmp_path / "a.txt", tmp_path / "b.txt")
    assert run("check", "--fix", "a.txt", "--no-cache")[0] == 0
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == "Story.\n"
    assert os.stat(tmp_path / "a.txt").st_ino == os.stat(tmp_path / "b.txt").st_ino


# --- --diff in every encoding ------------------------------------------------------------------

ENCODINGS = [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
             ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE)]
TEXTS = {"first-line": f"{RESIDUE}\nThe council met.\nThe end.\n",
         "last-line": f"The council met.\r\nThe end.\r\n{RESIDUE}",
         "middle": f"The council met.\n{RESIDUE}\nسافر الوزير\u2028إلى القاهرة.\n"}


@pytest.mark.parametrize("tool", ["git", "patch"])
@pytest.mark.parametrize("case", sorted(TEXTS))
@pytest.mark.parametrize("enc,bom", ENCODINGS, ids=["utf8", "utf8-bom", "utf16le", "utf16be", "utf32le"])
def test_diff_applies_in_every_encoding(tmp_path, monkeypatch, enc, bom, case, tool):
    if shutil.which(tool) is None:
        pytest.skip(f"no {tool} on this machine")
    monkeypatch.chdir(tmp_path)
    original = bom + TEXTS[case].encode(enc)
    (tmp_path / "a.txt").write_bytes(original)
    rc, _, err = run("check", "--diff", "a.txt", "-o", "fix.diff", "--no-cache")
    assert rc == 1, err
    assert (tmp_path / "a.txt").read_bytes() == original
    (tmp_path / "fixed").mkdir()
    shutil.copy(tmp_path / "a.txt", tmp_path / "fixed" / "a.txt")
    assert run("check", "--fix", "fixed/a.txt", "--no-cache")[0] in (0, 1)
    expected = (tmp_path / "fixed" / "a.txt").read_bytes()
    assert expected != original
    cmd = ["git", "apply", "--unsafe-paths", "fix.diff"] if tool == "git" else ["patch", "-p1", "-i", "fix.diff"]
    p = subprocess.run(cmd, cwd=tmp_path, capture_output=True)
    assert p.returncode == 0, p.stderr + p.stdout
    assert (tmp_path / "a.txt").read_bytes() == expected
