"""Schemas of language data: every top-level table ("section") of a language-data TOML file has a
pydantic model, and every contribution is validated against them when an engine starts, so that
a misspelt key or a wrong type fails at once, naming the file and the key, instead of silently
turning a rule off.

A section model subclasses :class:`Section` (a table with known keys) or is a
:class:`pydantic.RootModel` (a table whose keys are data, such as ``[weekdays]``). The building
blocks below (:data:`Words`, :data:`Pair`, :data:`Number`, ...) accept exactly what TOML gives:
no string is taken for a number, no number for a string.
"""

from __future__ import annotations

from typing import Annotated, Any, Mapping

from pydantic import AfterValidator, BaseModel, ConfigDict, StrictBool, StrictFloat, StrictInt, StrictStr
from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from checker.language.regexes import compiled

__all__ = [
    "Bool", "CurrencyCode", "Int", "LanguageDataError", "MonthKey", "MonthNumber", "Number", "Pair", "Schemas",
    "Section", "Str", "UnknownSection", "WeekdayKey", "Words", "validate_data",
]

Str = StrictStr
Int = StrictInt
Bool = StrictBool
#: An integer or a float (TOML ``1``, ``0.5``, ``1e6``); not a boolean, not a string.
Number = StrictFloat
Words = list[StrictStr]
#: Two strings, written as a two-item array: ``["ال", "لل"]``.
Pair = tuple[StrictStr, StrictStr]
#: Section models by section name.
Schemas = Mapping[str, type[BaseModel]]


def _number_key(kind: str, last: int):
    def check(key: str) -> str:
        if not (key.isascii() and key.isdigit() and 1 <= int(key) <= last and key == str(int(key))):
            raise PydanticCustomError("key", "not a {kind} number from 1 to {last}", {"kind": kind, "last": last})
        return key
    return check


#: A table key that is a month number, "1" to "12".
MonthKey = Annotated[str, AfterValidator(_number_key("month", 12))]
#: A table key that is an ISO weekday number, "1" (Monday) to "7" (Sunday).
WeekdayKey = Annotated[str, AfterValidator(_number_key("weekday", 7))]


def _currency_code(key: str) -> str:
    if not (3 <= len(key) <= 8 and key.isascii() and key.isalpha() and key.isupper()):
        raise PydanticCustomError("key", "not a currency code (ISO 4217, or a shared name in capitals)")
    return key


#: A table key that is an ISO 4217 currency code ("USD"), or, for a currency name that several
#: countries share and an article may write alone, that name in capitals ("DINAR", "RIYAL").
CurrencyCode = Annotated[str, AfterValidator(_currency_code)]


def _month_number(n: int) -> int:
    if not 1 <= n <= 12:
        raise PydanticCustomError("month", "not a month number from 1 to 12")
    return n


#: A month number as a TOML integer, 1 to 12.
MonthNumber = Annotated[StrictInt, AfterValidator(_month_number)]


class Section(BaseModel):
    """A section (or a sub-table) with a fixed set of keys, each optional: an unknown key or a
    value of the wrong type is an error. Instances are immutable views of the data."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class LanguageDataError(ValueError):
    """Language data that does not match the section schemas: an unknown section or key, a value
    of the wrong type, or one section declared with two different schemas."""


class UnknownSection(LookupError):
    """Code asked a lexicon for a section that no schema declares."""


# What a pydantic error type means, in the words of a data file's author.
_MESSAGES = {
    "string_type": "expected a string",
    "int_type": "expected an integer",
    "float_type": "expected a number",
    "bool_type": "expected true or false",
    "list_type": "expected an array",
    "tuple_type": "expected an array",
    "dict_type": "expected a table",
    "model_type": "expected a table",
    "model_attributes_type": "expected a table",
}
_BARE_KEY = compiled(r"[A-Za-z0-9_-]+")


def _key_path(section: str, loc: tuple[Any, ...]) -> str:
    """A pydantic error location as a dotted TOML key: ``dates.relative."last year"``, with array
    positions as ``[2]``; the marker pydantic adds for a bad table key is dropped."""
    out = section
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += "." + (part if _BARE_KEY.fullmatch(part) else '"' + part.replace('"', '\\"') + '"')
    return out


def _shown(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _message(error: Mapping[str, Any]) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "missing item"
    if kind in _MESSAGES:
        return f"{_MESSAGES[kind]}, got {_shown(error['input'])}"
    if kind == "literal_error":
        return f"expected {error['msg'].removeprefix('Input should be ')}, got {_shown(error['input'])}"
    return error["msg"][0].lower() + error["msg"][1:]


def validate_data(data: Mapping[str, Any], schemas: Schemas, source: str) -> None:
    """Check every section of one contribution's ``data`` against ``schemas``; raise a
    :class:`LanguageDataError` naming ``source`` and the dotted key of every problem:
    ``en/calendar.toml: months.gregorain: unknown key``."""
    problems = []
    for section, value in data.items():
        model = schemas.get(section)
        if model is None:
            problems.append(f"{_key_path(section, ())}: unknown section")
            continue
        try:
            model.model_validate(value)
        except ValidationError as e:
            problems += [f"{_key_path(section, err['loc'])}: {_message(err)}" for err in e.errors()]
    if problems:
        raise LanguageDataError(f"{source}: " + "; ".join(problems))
