"""Quotation marks and brackets: unclosed, unopened, mismatched, or written the wrong way round.

PUNCT001 covers quotation marks, PUNCT002 brackets (:mod:`.rules`). Both scan paragraph by
paragraph with a stack (:mod:`.pairing`). A mark's role (opening or closing) is read from its
position first (a mark after a space and before a letter opens; one after a letter and before a
space or punctuation closes; an Arabic proclitic such as و may stand before an opening mark), and
from the state of the stack when the position says nothing (:mod:`.marks`).
"""

from __future__ import annotations

from checker import Extractor, hookimpl

from .marks import extract_marks
from .rules import unbalanced_bracket, unbalanced_quotation


@hookimpl
def checker_register_extractors():
    return [Extractor("quote_marks", extract_marks)]


@hookimpl
def checker_register_rules():
    return [unbalanced_quotation, unbalanced_bracket]
