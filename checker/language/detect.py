"""Language detection from the script data of each language, so that a language added as data
can be detected.

Each language declares in ``[script]`` the ``name`` of its script, the ``letters`` of that script
(ranges ``"a-z"`` or single characters) and, where several languages share a script, the
``characteristic`` letters that tell it from the others (French é è ç in Latin text). The
script with the most letters in the text wins; on a tie a right-to-left script wins (Latin
names and figures are quoted in Arabic copy far more than the reverse), then the first script
by name. Among the languages of that script, the one whose characteristic letters are at least
:data:`CHARACTERISTIC_SHARE` of the script's letters in the text, the most of them, wins;
otherwise the language of the script that declares no characteristic letters (English for
Latin text), else the first by code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from checker.language.lexicon import Lexicon, LexiconSet, data_files
from checker.language.regexes import compiled

CHARACTERISTIC_SHARE = 0.02


@dataclass(frozen=True)
class ScriptProfile:
    """What detection knows of one language: its script's name, a pattern for the script's
    letters, a pattern for its characteristic letters (None when it declares none), and
    whether the script is written right to left."""

    lang: str
    script: str
    letters: re.Pattern
    characteristic: re.Pattern | None
    rtl: bool


def _char_class(items: Iterable[str]) -> str:
    """A regex class of ``items``: ranges written ``"a-z"`` and single characters."""
    parts = []
    for item in items:
        first, dash, last = item.partition("-")
        if dash and len(first) == 1 and len(last) == 1:
            parts.append(f"{re.escape(first)}-{re.escape(last)}")
        else:
            parts.extend(re.escape(c) for c in item)
    return "[" + "".join(parts) + "]"


def profile(lex: Lexicon) -> ScriptProfile | None:
    """The detection profile of a language from its ``[script]`` data; None when it declares no
    letters (it is then never detected)."""
    script = lex.section("script", {})
    letters = script.get("letters", [])
    if not letters:
        return None
    characteristic = script.get("characteristic", [])
    return ScriptProfile(lang=lex.lang, script=script.get("name", lex.lang),
                         letters=compiled(_char_class(letters)),
                         characteristic=compiled(_char_class(characteristic)) if characteristic else None,
                         rtl=script.get("direction") == "rtl")


@lru_cache(maxsize=1)
def _core_profiles() -> tuple[ScriptProfile, ...]:
    """The profiles of the languages of the core's own data."""
    core = LexiconSet(data_files(Path(__file__).parent / "lexicons", "checker.core", "script.toml"))
    return profiles(core)


@lru_cache(maxsize=8)
def profiles(lexicons: LexiconSet) -> tuple[ScriptProfile, ...]:
    """The detection profiles of every language of ``lexicons`` that declares its letters."""
    found = (profile(lexicons.get(lang)) for lang in lexicons.languages)
    return tuple(p for p in found if p is not None)


def detect_language(text: str, lexicons: LexiconSet | None = None) -> str | None:
    """The language of ``text`` among those of ``lexicons`` (default: the core's languages),
    by script and characteristic letters; None when it has no letter of any known script."""
    known = profiles(lexicons) if lexicons is not None else _core_profiles()
    by_script: dict[str, list[ScriptProfile]] = {}
    for p in known:
        by_script.setdefault(p.script, []).append(p)
    counts = {script: len(langs[0].letters.findall(text)) for script, langs in by_script.items()}
    if not counts or max(counts.values()) == 0:
        return None
    script = min(counts, key=lambda s: (-counts[s], not any(p.rtl for p in by_script[s]), s))
    return _within_script(text, sorted(by_script[script], key=lambda p: p.lang), counts[script])


def _within_script(text: str, langs: list[ScriptProfile], letters: int) -> str:
    """The language among ``langs`` (one script, ``letters`` of it in ``text``)."""
    hits = {p.lang: len(p.characteristic.findall(text)) for p in langs if p.characteristic is not None}
    best = max(hits, key=lambda lang: hits[lang], default=None)
    if best is not None and hits[best] >= CHARACTERISTIC_SHARE * letters and hits[best] > 0:
        return best
    plain = [p.lang for p in langs if p.characteristic is None]
    return plain[0] if plain else langs[0].lang
