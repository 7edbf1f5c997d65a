"""The installed plugins: the entry points of the ``checker`` group, in the order the plugin
manager registers them, each with the name and version of the distribution that declares it.
Reading them imports no plugin, so the result cache (:mod:`checker.run.fingerprint`) can tell
from them alone whether the plugins a run would load changed."""

from __future__ import annotations

import importlib.metadata as md
from dataclasses import dataclass

GROUP = "checker"
CORE = "checker.core"    # the name the core's own contributions are registered under


@dataclass(frozen=True)
class Declared:
    """An entry point of :data:`GROUP` and its distribution's name and version."""

    entry_point: md.EntryPoint
    distribution: str | None
    version: str | None

    @property
    def name(self) -> str:
        return self.entry_point.name

    @property
    def value(self) -> str:
        return self.entry_point.value


def declared_plugins() -> list[Declared]:
    """Every entry point of :data:`GROUP`, sorted by name and value (the order the manager
    registers them in; of two with one name, it registers the first)."""
    # a distribution's name and version, read once for all its entry points (each read of
    # either parses its metadata file again)
    named: dict[int, tuple[str | None, str | None]] = {}
    out = []
    for ep in sorted(md.entry_points(group=GROUP), key=lambda e: (e.name, e.value)):
        if id(ep.dist) not in named:
            meta = ep.dist.metadata if ep.dist else None
            named[id(ep.dist)] = (meta["Name"], meta["Version"]) if meta is not None else (None, None)
        out.append(Declared(ep, *named[id(ep.dist)]))
    return out


def loaded_plugins(declared: list[Declared]) -> list[Declared]:
    """Those of ``declared`` an engine loads (with nothing blocked): the first of each name, none
    under the core's name."""
    seen = {CORE}
    out = []
    for d in declared:
        if d.name not in seen:
            seen.add(d.name)
            out.append(d)
    return out
