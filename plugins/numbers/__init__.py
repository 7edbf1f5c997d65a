"""Figures. NUM001: the same quantity of the same thing stated twice with figures that cannot both
be right (:mod:`.figures`). NUM002: a count that does not match the list it announces, and the
shares of one breakdown that add up to well over 100% (:mod:`.counts`).
"""

from __future__ import annotations

from pathlib import Path

from checker import data_files, hookimpl

from .counts import count_mismatch
from .figures import conflicting_figures


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "data", "numbers")


@hookimpl
def checker_register_rules():
    return [conflicting_figures, count_mismatch]
