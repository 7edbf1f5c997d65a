"""Language data. Every language's knowledge (month names, weekdays, abbreviations, proclitics,
phrases used by rules) is data: TOML files contributed through the ``checker_language_data``
hook, validated against the schema of each section (:mod:`checker.language.schema`) and merged
per language. Adding a language is adding data files."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Mapping, TypeVar

from pydantic import BaseModel

from checker.language.lexicons import SCHEMAS as CORE_SCHEMAS
from checker.language.matching import trie_alternation
from checker.language.normalize import normalize_text
from checker.language.schema import LanguageDataError, Schemas, UnknownSection, validate_data
from checker.language.sections import Abbreviations, Months, Script, Weekdays
from checker.language.regexes import compiled

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class LanguageData:
    """One contribution of language data: ``lang`` ('ar', 'en', ...), and either a TOML file
    ``path`` or an already-parsed mapping ``data``. ``name`` says who contributed it.

    ``schemas`` declares the contributor's own sections (section name to model): every section
    of every contribution must be declared, by the core or by a plugin. ``checked`` marks the
    copy :meth:`checked_against` returns, which a :class:`LexiconSet` does not validate again."""

    lang: str
    name: str
    path: Path | None = None
    data: dict[str, Any] | None = None
    schemas: Mapping[str, type[BaseModel]] = field(default_factory=dict)
    checked: bool = field(default=False, repr=False, compare=False, kw_only=True)

    def load(self) -> dict[str, Any]:
        if self.data is not None:
            return self.data
        assert self.path is not None
        with open(self.path, "rb") as f:
            return tomllib.load(f)

    @property
    def source(self) -> str:
        """The file, relative to the working directory when it lies below it, or the name."""
        if self.path is None:
            return self.name
        path, cwd = Path(self.path).resolve(), Path.cwd().resolve()
        return path.relative_to(cwd).as_posix() if path.is_relative_to(cwd) else str(self.path)

    def checked_against(self, schemas: Schemas) -> LanguageData:
        """This contribution parsed and validated against ``schemas``: a copy holding the data,
        marked checked. Raises :class:`LanguageDataError` naming the file and the key."""
        if self.checked:
            return self
        try:
            data = self.load()
        except tomllib.TOMLDecodeError as e:
            raise LanguageDataError(f"{self.source}: not valid TOML: {e}") from e
        validate_data(data, schemas, self.source)
        return replace(self, data=data, checked=True)


def declared_schemas(contributions: Iterable[LanguageData]) -> dict[str, type[BaseModel]]:
    """Every section's model: the core's, and those the contributions declare. A section
    declared twice with two different models is a :class:`LanguageDataError`."""
    schemas = dict(CORE_SCHEMAS)
    owner = dict.fromkeys(CORE_SCHEMAS, "the core")
    for c in contributions:
        for name, model in c.schemas.items():
            if schemas.setdefault(name, model) is not model:
                raise LanguageDataError(f"{c.name}: section '{name}' is declared by {owner[name]} "
                                        f"with another schema ({schemas[name].__name__}, not {model.__name__})")
            owner.setdefault(name, c.name)
    return schemas


def merge(into: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``new`` into ``into``: tables merge, lists concatenate, scalars override.
    ``new`` is left as it was: its tables and lists are copied, not shared."""
    for key, value in new.items():
        old = into.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            old.extend(v for v in value if v not in old)
        else:
            into[key] = merge({}, value) if isinstance(value, dict) else list(value) if isinstance(value, list) else value
    return into


@dataclass(frozen=True)
class MonthName:
    number: int
    system: str
    name: str
    ambiguous: bool


class Lexicon:
    """The merged language data of one language. ``section(name)`` is the plain data of a
    section, ``get(Model)`` the same data as its validated model."""

    def __init__(self, lang: str, data: dict[str, Any], schemas: Schemas | None = None):
        self.lang = lang
        self.data = data
        self.schemas = CORE_SCHEMAS if schemas is None else schemas
        self._typed: dict[type[BaseModel], BaseModel] = {}

    def section(self, name: str, default: Any = None) -> Any:
        """The merged data of section ``name`` as plain tables and lists (``default``, or an
        empty table, when no contribution has it). A name no schema declares is an error."""
        if name not in self.schemas:
            raise UnknownSection(f"no schema declares the language-data section '{name}' "
                                 f"(declared: {', '.join(sorted(self.schemas))})")
        return self.data.get(name, {} if default is None else default)

    def get(self, model: type[M]) -> M:
        """The merged data of the section declared with ``model``, as an instance of it (its
        defaults when no contribution has the section). Built once per lexicon."""
        if model not in self._typed:
            names = [n for n, m in self.schemas.items() if m is model]
            if len(names) != 1:
                raise UnknownSection(f"{model.__name__} is the schema of {len(names)} language-data "
                                     f"sections, not one: {', '.join(names) or 'none'}")
            self._typed[model] = model.model_validate(self.data.get(names[0], {}))
        return self._typed[model]  # type: ignore[return-value]

    @cached_property
    def abbreviations(self) -> frozenset[str]:
        return frozenset(a.lower() for a in self.get(Abbreviations).words)

    @cached_property
    def proclitics(self) -> tuple[str, ...]:
        """Single-letter prefixes written attached to the next word (Arabic و ب ل ف ك)."""
        return tuple(self.get(Script).proclitics)

    def variants(self, key: str) -> list[str]:
        """Written forms of a normalised word or phrase besides itself: Arabic "الولايات" after
        the preposition ل is written "للولايات"."""
        out = []
        for plain, contracted in self.get(Script).contractions:
            p, c = normalize_text(plain), normalize_text(contracted)
            if key.startswith(p):
                out.append(c + key[len(p):])
        return out

    @cached_property
    def month_names(self) -> list[MonthName]:
        months = self.get(Months)
        ambiguous = {normalize_text(w) for w in months.ambiguous}
        out = []
        for system, table in months.systems().items():
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
        alts = trie_alternation(keys, r"\s+")
        pro = "".join(re.escape(normalize_text(p)) for p in self.proclitics)
        prefix = f"(?P<p>[{pro}]{{1,2}})?" if pro else "(?P<p>)"
        # A digit may touch the name ("8أغسطس", "آذار1985"); a letter may not.
        return compiled(rf"(?<![^\W\d_]){prefix}(?P<m>{alts})(?![^\W\d_])", re.IGNORECASE)

    def match_key(self, name: str) -> str:
        return re.sub(r"\s+", " ", normalize_text(name).replace(".", "")).strip()

    def month_name(self, number: int, system: str) -> str | None:
        """The first (preferred) spelling of month ``number`` in ``system``."""
        names = self.get(Months).systems().get(system, {}).get(str(number))
        return names[0] if names else None

    def weekday_name(self, number: int) -> str | None:
        """The first (preferred) name of ISO weekday ``number`` (1 = Monday)."""
        names = self.get(Weekdays).root.get(str(number))
        return names[0] if names else None

    def phrases(self, section: str, key: str = "phrases") -> list[str]:
        return list(self.section(section, {}).get(key, []))


class LexiconSet:
    """All languages' lexicons, built from the language-data contributions of every plugin.
    Contributions not yet checked are validated here (see :meth:`LanguageData.checked_against`),
    once, before they are merged: a :class:`LanguageDataError` names the file and the key."""

    def __init__(self, contributions: Iterable[LanguageData]):
        contributions = list(contributions)
        self.schemas = declared_schemas(contributions)
        merged: dict[str, dict[str, Any]] = {}
        self.sources: list[LanguageData] = []
        for c in contributions:
            c = c.checked_against(self.schemas)
            merge(merged.setdefault(c.lang, {}), c.load())
            self.sources.append(c)
        self._lexicons = {lang: Lexicon(lang, data, self.schemas) for lang, data in merged.items()}

    @property
    def languages(self) -> list[str]:
        return sorted(self._lexicons)

    def get(self, lang: str) -> Lexicon:
        if lang not in self._lexicons:
            return Lexicon(lang, {}, self.schemas)
        return self._lexicons[lang]


def data_files(directory: Path, name: str, files: str = "*.toml", *,
               schemas: Schemas | None = None) -> list[LanguageData]:
    """LanguageData for every ``<directory>/<lang>/<files>`` (a glob, default every TOML file),
    sorted, for a plugin to return from ``checker_language_data``. ``schemas`` declares the
    plugin's own sections (section name to model, see :mod:`checker.language.schema`)."""
    out = []
    for path in sorted(directory.glob(f"*/{files}")):
        out.append(LanguageData(lang=path.parent.name, name=f"{name}:{path.parent.name}/{path.name}", path=path,
                                schemas=dict(schemas or {})))
    return out
