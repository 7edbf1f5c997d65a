"""Language data files parsed and validated once, not at every start.

Starting an engine parses every plugin's TOML language data and validates it against the section
schemas (:meth:`LanguageData.checked_against`): a tenth of a second or more. The data that
passed is kept in the derived-data cache (:mod:`checker.language.derived`) under a key made of
every data file's content and name and of the schemas (each section's model and the source of
the modules that define them): a later start with the same files and schemas takes the data from
there, already validated. A changed file, a new schema or a new version is a new key, and the
data is parsed and validated again. Contributions given as data rather than a file are
validated at every start (they cost no parsing).
"""

from __future__ import annotations

import sys
import typing
from dataclasses import replace
from typing import Any

from pydantic import VERSION as PYDANTIC_VERSION
from pydantic import BaseModel

from checker.language import derived
from checker.language.lexicon import LanguageData
from checker.language.schema import Schemas

KIND = "langdata"
_LIBRARIES = ("pydantic", "builtins", "typing", "abc")   # their versions, not their sources, in the key


class CheckedData:
    """The derived-data entry of the file contributions among ``contributions`` against
    ``schemas``: :meth:`load` gives them checked when an earlier start validated the same,
    :meth:`store` keeps them once they are."""

    def __init__(self, contributions: list[LanguageData], schemas: Schemas):
        self.files = [i for i, c in enumerate(contributions) if c.path is not None and not c.checked]
        self.digest: str | None = None
        if self.files:
            try:
                self.digest = _key(contributions, self.files, schemas)
            except OSError:   # an unreadable file: parsed (and reported) as usual
                self.digest = None

    def load(self, contributions: list[LanguageData]) -> list[LanguageData] | None:
        """``contributions`` with their files' data, checked, or None when not kept."""
        if self.digest is None:
            return None
        kept = derived.load(KIND, self.digest)
        if not isinstance(kept, list) or len(kept) != len(self.files) or \
                not all(isinstance(d, dict) for d in kept):
            return None
        out = list(contributions)
        for i, data in zip(self.files, kept):
            out[i] = replace(contributions[i], data=data, checked=True)
        return out

    def store(self, checked: list[LanguageData]) -> None:
        """Keep the data of the file contributions of ``checked`` (all of them validated)."""
        if self.digest is not None:
            derived.store(KIND, self.digest, [checked[i].data for i in self.files])


def _key(contributions: list[LanguageData], files: list[int], schemas: Schemas) -> str:
    parts: list[Any] = []
    for i in files:
        c = contributions[i]
        parts.append(f"{c.lang}\0{c.name}\0{c.path}\0{derived.file_digest(c.path)}")
    modules = {"checker.language.schema", "checker.language.lexicon"}
    seen: set[type] = set()
    for name, model in sorted(schemas.items()):
        parts.append(f"{name}\0{model.__module__}.{model.__qualname__}")
        _model_modules(model, modules, seen)
    parts.append(f"pydantic {PYDANTIC_VERSION}")
    return derived.key(KIND, *parts, derived.code_digest(modules))


def _model_modules(model: type, modules: set[str], seen: set[type]) -> None:
    """The modules that define ``model``, its bases and the models of its fields, at any depth
    (their source decides what validates)."""
    if model in seen:
        return
    seen.add(model)
    modules.update(cls.__module__ for cls in model.__mro__
                   if cls.__module__ in sys.modules and not cls.__module__.startswith(_LIBRARIES))
    for info in getattr(model, "model_fields", {}).values():
        stack = [info.annotation]
        while stack:
            t = stack.pop()
            if isinstance(t, type) and issubclass(t, BaseModel):
                _model_modules(t, modules, seen)
            stack.extend(typing.get_args(t))
