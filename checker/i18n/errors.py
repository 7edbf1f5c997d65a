"""The details of input and usage errors in the reader's locale.

An error keeps its machine-readable code; its English detail ("no such file or directory:
x.txt", "line 3: malformed JSON: …") is recognised against the English templates of the
catalogues' ``error`` context and rendered again from the same entry of the target locale, its
arguments (paths, values, reasons the parser gave) quoted as written, inside directional isolates
when in the other script. A detail no template recognises stays in English.
"""

from __future__ import annotations

import re

from checker.i18n.notes import match_note

_LINE = re.compile(r"line (\d+): (.+)", re.DOTALL)   # the prefix of an error of one record of a file


def error_detail(loc, locale: str, english: str) -> str | None:
    """``english`` (an error's detail) in ``locale`` through ``loc`` (a Localizer), or None when
    no template of the ``error`` context recognises it or ``locale`` has no translation."""
    if locale == "en":
        return None
    m = _LINE.fullmatch(english)
    if m:
        inner = error_detail(loc, locale, m.group(2))
        if inner is None:
            return None
        return loc.renderer(locale).plain("error", "line", line=int(m.group(1)), detail=inner)
    source = loc.renderer("en").cats
    templates = {k: t for k in source.keys("error") if k != "line" and (t := source.get("error", k))}
    found = match_note(templates, english)
    if found is None:
        return None
    key, args = found
    return loc.renderer(locale).message("error", key, templates[key], args)
