"""Compiled gettext catalogues (``.mo``): reading them, and looking messages up by context.

The runtime needs only the standard library: a ``.mo`` file is read here into a mapping from
``(context, msgid)`` to its forms, and the catalogue's ``Plural-Forms`` header is turned into a
function by :func:`gettext.c2py`. Several catalogues of one locale (the core's, the built-in
rules', a third-party plugin's) are searched in order.
"""

from __future__ import annotations

import gettext
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

_MAGIC_LE, _MAGIC_BE = 0x950412DE, 0xDE120495
_CTX = "\x04"        # separates msgctxt from msgid in a .mo key
_PLURAL = "\x00"     # separates msgid from msgid_plural, and the plural forms of a msgstr


@dataclass(frozen=True)
class MessageCatalogue:
    """What a plugin returns from ``checker_message_catalogues``: a directory of compiled
    catalogues named ``<locale>.mo`` and the locales the plugin declares it translates."""

    directory: Path
    locales: tuple[str, ...]

    def path(self, locale: str) -> Path:
        return Path(self.directory) / f"{locale}.mo"


@dataclass
class Catalogue:
    """One compiled catalogue: ``(context, msgid) -> forms`` and the plural function."""

    entries: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    plural_ids: dict[tuple[str, str], str] = field(default_factory=dict)   # English plural msgid
    plural: Callable[[int], int] = lambda n: int(n != 1)

    @classmethod
    def read(cls, path: Path) -> "Catalogue":
        return cls.parse(Path(path).read_bytes())

    @classmethod
    def parse(cls, data: bytes) -> "Catalogue":
        magic = struct.unpack("<I", data[:4])[0]
        order = "<" if magic == _MAGIC_LE else ">" if magic == _MAGIC_BE else None
        if order is None:
            raise ValueError("not a compiled gettext catalogue (bad magic number)")
        _, count, keys_at, values_at = struct.unpack(order + "4I", data[4:20])
        cat = cls()
        for i in range(count):
            klen, koff = struct.unpack(order + "2I", data[keys_at + 8 * i: keys_at + 8 * i + 8])
            vlen, voff = struct.unpack(order + "2I", data[values_at + 8 * i: values_at + 8 * i + 8])
            key = data[koff:koff + klen].decode("utf-8")
            value = data[voff:voff + vlen].decode("utf-8")
            if not key:
                cat.plural = _plural_function(value) or cat.plural
                continue
            ctx, _, ids = key.rpartition(_CTX)
            msgid, _, msgid_plural = ids.partition(_PLURAL)
            cat.entries[(ctx, msgid)] = tuple(value.split(_PLURAL))
            if msgid_plural:
                cat.plural_ids[(ctx, msgid)] = msgid_plural
        return cat

    def get(self, context: str, msgid: str, n: int | None = None) -> str | None:
        forms = self.entries.get((context, msgid))
        if not forms or not any(forms):
            return None
        if n is None or len(forms) == 1:
            return forms[0] or None
        index = self.plural(abs(int(n)))
        return forms[index] if index < len(forms) and forms[index] else None

    def keys(self, context: str) -> Iterator[str]:
        return (m for (c, m) in self.entries if c == context)


def _plural_function(header: str) -> Callable[[int], int] | None:
    for line in header.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "plural-forms":
            expr = value.split("plural=", 1)[-1].strip().rstrip(";")
            return gettext.c2py(expr)
    return None


class Catalogues:
    """Every catalogue of one locale, searched in order (the first that has an entry wins)."""

    def __init__(self, locale: str, catalogues: Iterable[Catalogue]):
        self.locale = locale
        self.catalogues = list(catalogues)

    def get(self, context: str, msgid: str, n: int | None = None) -> str | None:
        for cat in self.catalogues:
            found = cat.get(context, msgid, n)
            if found is not None:
                return found
        return None

    def plural_id(self, context: str, msgid: str) -> str | None:
        """The English plural form (``msgid_plural``) of an entry, if it has one."""
        return next((c.plural_ids[(context, msgid)] for c in self.catalogues
                     if (context, msgid) in c.plural_ids), None)

    def keys(self, context: str) -> list[str]:
        seen: dict[str, None] = {}
        for cat in self.catalogues:
            seen.update(dict.fromkeys(cat.keys(context)))
        return list(seen)
