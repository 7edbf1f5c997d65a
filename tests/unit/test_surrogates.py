"""Lone surrogates wherever text is hashed or written: an article given through the Python API
may hold one, and a file name with bytes that are not UTF-8 reaches the reporters as one."""

from __future__ import annotations

import json
import os
import sys

import pytest

import checker
from checker.core.rules import fingerprint
from tests.helpers import run_cli

FOUR = "3baaeaa4ecbd1583"  # the fingerprint the evidence "Four" had before surrogates were passed
LIST = "Four ministers resigned: Ali{s}, Omar and Sami."


def test_fingerprint_of_a_lone_surrogate_is_a_fingerprint():
    assert len(fingerprint("NUM002", ["Ali\ud800"])) == 16
    assert fingerprint("NUM002", ["Ali\ud800"]) != fingerprint("NUM002", ["Ali\ud801"])
    # valid text keeps the fingerprint it always had (baselines stay valid)
    assert fingerprint("NUM002", ["Four"]) == FOUR


@pytest.mark.parametrize("surrogate", ["\ud800", "\udbff", "\udc00", "\udfff"])
def test_count_rule_reports_over_a_lone_surrogate(engine, surrogate):
    r = engine.check(LIST.format(s=surrogate), lang="en")
    assert r.errors == ()
    assert [f.rule for f in r.findings] == ["NUM002"]
    assert r.findings[0].span.text == "Four"


def test_residue_rule_reports_a_placeholder_holding_a_lone_surrogate(engine):
    r = engine.check("Lorem ipsum\udc80 dolor.\n\nThe vote passed on Monday.", lang="en")
    assert r.errors == ()
    assert [f.rule for f in r.findings] == ["RESIDUE001"]


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux only")
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif", "junit", "github", "html"])
def test_undecodable_file_name_is_written_escaped(tmp_path, fmt):
    os.makedirs(tmp_path / "in")
    with open(os.fsencode(tmp_path / "in") + b"/\xffbad.txt", "w", encoding="utf-8") as f:
        f.write(LIST.format(s="") + "\n")
    out = tmp_path / f"report.{fmt}"
    rc, _, err = run_cli("check", str(tmp_path / "in"), "--no-cache", "--format", fmt, "-o", str(out))
    assert rc == 1, err
    written = out.read_bytes().decode("utf-8")  # valid UTF-8: the surrogate is escaped
    assert "\\udcff" in written
    if fmt == "json":
        [art] = json.loads(written)["articles"]
        assert art["id"].endswith("\udcffbad.txt")  # the escape reads back as the name's character
        assert [f["rule"] for f in art["findings"]] == ["NUM002"]
