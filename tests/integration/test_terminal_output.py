"""What ``checker check`` writes to a terminal: the progress line kept apart from the report,
and colour (``--color``, ``NO_COLOR``)."""

from __future__ import annotations

import io

import pytest

from checker.cli.main import main

BRACKET = "The minister (who spoke for an hour said nothing new.\n"


class Terminal(io.StringIO):
    """One terminal that both standard output and standard error write to."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    for n in range(4):
        (tmp_path / f"a{n}.txt").write_text(BRACKET, encoding="utf-8")
    return tmp_path


def test_report_lines_never_land_on_the_progress_line(desk):
    tty = Terminal()
    rc = main(["check", ".", "--no-cache", "-j", "1"], stdout=tty, stderr=tty)
    assert rc == 1
    screen = tty.getvalue()
    assert "articles" in screen           # the progress line was drawn
    # what a terminal shows: an erase (carriage return, erase line) wipes the line it is on
    lines = screen.split("\n")
    for line in lines:
        visible = line.rsplit("\r\033[K", 1)[-1]
        assert not ("articles ·" in visible and ".txt:" in visible), repr(line)
    assert sum(".txt:1:" in line for line in lines) == 4
    assert "ETA" not in lines[-1] and screen.endswith("\n")


@pytest.mark.parametrize("argv,env,colored", [
    ([], {}, True),
    ([], {"NO_COLOR": "1"}, False),
    (["--color", "never"], {}, False),
    (["--color", "always"], {"NO_COLOR": "1"}, True),
])
def test_color_auto_always_never_and_no_color(desk, monkeypatch, argv, env, colored):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    tty = Terminal()
    main(["check", "a0.txt", "--no-cache", "-q", *argv], stdout=tty, stderr=io.StringIO())
    assert ("\033[33mwarning\033[0m" in tty.getvalue()) is colored


def test_color_always_into_a_file(desk):
    out = io.StringIO()
    main(["check", "a0.txt", "--no-cache", "--color", "always"], stdout=out, stderr=io.StringIO())
    assert "\033[33mwarning" in out.getvalue()
