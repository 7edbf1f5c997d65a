"""Language data. Every language's knowledge (month names, weekdays, abbreviations, proclitics,
phrases used by rules) is data: TOML files contributed through the ``checker_language_data``
hook, merged per language. Adding a language is adding data files."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable

from checker.language.normalize import normalize_text


@dataclass(frozen=True)
class LanguageData:
    """One contribution of language data: ``lang`` ('ar', 'en', ...), and either a TOML file
    ``path`` or an already-parsed mapping ``data``. ``name`` says who contributed it."""

    lang: str
    name: str
    path: Path | None = None
    data: dict[str, Any] | None = None

    def load(self) -> dict[str, Any]:
        if self.data is not None:
            return self.data
        assert self.path is not None
        with open(self.path, "rb") as f:
            return tomllib.load(f)


def merge(into: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``new`` into ``into``: tables merge, lists concatenate, scalars override."""
    for key, value in new.items():
        old = into.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            old.extend(v for v in value if v not in old)
        else:
            into[key] = value if not isinstance(value, dict) else merge({}, value)
    return into


@dataclass(frozen=True)
class MonthName:
    number: int
    system: str
    name: str
    ambiguous: bool


class Lexicon:
    """The merged language data of one language."""

    def __init__(self, lang: str, data: dict[str, Any]):
        self.lang = lang
        self.data = data

    def section(self, name: str, default: Any = None) -> Any:
        return self.data.get(name, {} if default is None else default)

    @cached_property
    def abbreviations(self) -> frozenset[str]:
        return frozenset(a.lower() for a in self.section("abbreviations", {}).get("words", []))

    @cached_property
    def proclitics(self) -> tuple[str, ...]:
        """Single-letter prefixes written attached to the next word (Arabic و ب ل ف ك)."""
        return tuple(self.section("script", {}).get("proclitics", []))

    def variants(self, key: str) -> list[str]:
        """Written forms of a normalised word or phrase besides itself: Arabic "الولايات" after
        the preposition ل is written "للولايات"."""
        out = []
        for plain, contracted in self.section("script", {}).get("contractions", []):
            p, c = normalize_text(plain), normalize_text(contracted)
            if key.startswith(p):
                out.append(c + key[len(p):])
        return out

    @cached_property
    def month_names(self) -> list[MonthName]:
        months = self.section("months", {})
        ambiguous = {normalize_text(w) for w in months.get("ambiguous", [])}
        out = []
        for system, table in sorted(months.items()):
            if not isinstance(table, dict):
                continue
            for number, names in table.items():
                for name in names:
                    out.append(MonthName(int(number), system, name, normalize_text(name) in ambiguous))
        return out

    @cached_property
    def month_lookup(self) -> dict[str, list[MonthName]]:
        table: dict[str, list[MonthName]] = {}
        for m in self.month_names:
            table.setdefault(self.match_key(m.name), []).append(m)
        return table

    @cached_property
    def month_pattern(self) -> re.Pattern[str] | None:
        """A regex over the normalised view matching any month name as a whole word, with an
        optional attached proclitic (group 'p') before the name (group 'm')."""
        keys = sorted(self.month_lookup, key=len, reverse=True)
        if not keys:
            return None
        alts = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
        pro = "".join(re.escape(normalize_text(p)) for p in self.proclitics)
        prefix = f"(?P<p>[{pro}]{{1,2}})?" if pro else "(?P<p>)"
        # A digit may touch the name ("8أغسطس", "آذار1985"); a letter may not.
        return re.compile(rf"(?<![^\W\d_]){prefix}(?P<m>{alts})(?![^\W\d_])", re.IGNORECASE)

    def match_key(self, name: str) -> str:
        return re.sub(r"\s+", " ", normalize_text(name).replace(".", "")).strip()

    def month_name(self, number: int, system: str) -> str | None:
        """The first (preferred) spelling of month ``number`` in ``system``."""
        names = self.section("months", {}).get(system, {}).get(str(number))
        return names[0] if names else None

    def weekday_name(self, number: int) -> str | None:
        """The first (preferred) name of ISO weekday ``number`` (1 = Monday)."""
        names = self.section("weekdays", {}).get(str(number))
        return names[0] if names else None

    def phrases(self, section: str, key: str = "phrases") -> list[str]:
        return list(self.section(section, {}).get(key, []))


class LexiconSet:
    """All languages' lexicons, built from the language-data contributions of every plugin."""

    def __init__(self, contributions: Iterable[LanguageData]):
        merged: dict[str, dict[str, Any]] = {}
        self.sources: list[LanguageData] = []
        for c in contributions:
            merge(merged.setdefault(c.lang, {}), c.load())
            self.sources.append(c)
        self._lexicons = {lang: Lexicon(lang, data) for lang, data in merged.items()}

    @property
    def languages(self) -> list[str]:
        return sorted(self._lexicons)

    def get(self, lang: str) -> Lexicon:
        if lang not in self._lexicons:
            return Lexicon(lang, {})
        return self._lexicons[lang]


def data_files(directory: Path, name: str, files: str = "*.toml") -> list[LanguageData]:
    """LanguageData for every ``<directory>/<lang>/<files>`` (a glob, default every TOML file),
    sorted, for a plugin to return from ``checker_language_data``."""
    out = []
    for path in sorted(directory.glob(f"*/{files}")):
        out.append(LanguageData(lang=path.parent.name, name=f"{name}:{path.parent.name}/{path.name}", path=path))
    return out
