"""The substring test that lets a scan skip a pattern must never skip a text the pattern matches."""

import random
import re

import pytest

from checker.core.prefilter import finditer, may_match, required

PATTERNS = [
    r"\b(?:TK){2,}\b", r"\bX{4,}\b", r"(?<=[$£€])TK\b", r"(?:ab)?c", r"x(?=TK)", r"(?<!TK)x",
    r"(?P<tens>1[89]\d|20\d)0'?s|the (?:sixties|seventies)", r"(?:about\s+)?(?:years?|months)\s+ago",
    r"(?i:ab)cd", r"a|b", r"[ab]+c?d", r"(?:a|bc)d{2,}", r"e(?:f|gh)?i",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_never_skips_a_match(pattern):
    rx = re.compile(pattern)
    needs = required(rx)
    alphabet = "abcdefghiTKX0123456789 's$tyo"
    rng = random.Random(pattern)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        if rx.search(text):
            assert may_match(needs, text), (pattern, text, needs)
        assert [m.span() for m in finditer(rx, text)] == [m.span() for m in rx.finditer(text)]


def test_what_a_match_holds():
    assert required(re.compile(r"\b(?:TK){2,}\b")) == ("TK",)
    assert set(required(re.compile(r"(?:1[89]\d|20\d)0'?s"))) == {"0s", "0's"}
    assert required(re.compile(r"(?i)lorem ipsum")) is None   # case-insensitive: no filter
    assert required(re.compile(r"^\s*[-=_*]{10,}\s*$")) is None
