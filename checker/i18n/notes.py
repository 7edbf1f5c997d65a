"""Recognising a related-span note or a suggestion description as one of its rule's note
templates, so that it can be rendered again in another locale from its id and arguments."""

from __future__ import annotations

import functools
import re
from typing import Any, Mapping
from checker.language.regexes import compiled

_FIELD = re.compile(r"\{(\w+)(?::([^}]*))?\}")


@functools.lru_cache(maxsize=2048)
def _pattern(template: str) -> re.Pattern:
    """A note template as a regular expression. ``{slot}`` matches any text; ``{slot:a|b}``
    matches text that begins with the word ``a`` or ``b`` (``{when:since|until}``)."""
    out, pos = [], 0
    for m in _FIELD.finditer(template):
        out.append(re.escape(template[pos:m.start()]))
        name, lead = m.group(1), m.group(2)
        body = ".+?" if not lead else "(?:" + "|".join(map(re.escape, lead.split("|"))) + r")\b.*?"
        out.append(f"(?P<{name}>{body})" if f"(?P<{name}>" not in "".join(out) else f"(?P={name})")
        pos = m.end()
    out.append(re.escape(template[pos:]))
    return compiled("".join(out), re.DOTALL)


def match_note(notes: Mapping[str, str], text: str) -> tuple[str, dict[str, Any]] | None:
    """The id and arguments of the first template of ``notes`` that renders as ``text``
    (templates without placeholders are tried first, then the most specific)."""
    for note_id, template in sorted(notes.items(), key=lambda kv: (bool(_FIELD.search(kv[1])),
                                                                    -len(_FIELD.sub("", kv[1])))):
        m = _pattern(template).fullmatch(text)
        if m:
            return note_id, m.groupdict()
    return None


def json_safe(data: Mapping[str, Any]) -> dict[str, Any]:
    """Arguments as JSON-ready values: strings, numbers and booleans kept, anything else as text."""
    return {k: v if isinstance(v, (str, int, float, bool)) or v is None else str(v) for k, v in data.items()}
