"""The fingerprint of a run: everything a cached result depends on, told without loading a
plugin or building the engine.

It has two parts. The *static* part (:func:`static`) is read from what a run would load: the
configuration as loaded; the entry points of the ``checker`` group as installed (those an engine
registers: :func:`checker.core.discovery.loaded_plugins`), each with its distribution's name and
version; the ``--plugin`` modules; and the code and data of the top-level package of each of
those, and of the ``checker`` package itself — its ``.py``, ``.toml`` and ``.json`` files by
relative path, and the folder it lies in. The packages are found with
:func:`importlib.util.find_spec`, which imports nothing.

An engine may read more than those packages hold: a language data file kept elsewhere, the code
of a rule or fact extractor defined in another package, language data made in memory. Those are
the engine's *extras* (:func:`engine_fingerprint`), learnt from the engine the first time and
stored in the cache under the static part; the full fingerprint (:func:`combined`) adds them and
what they hold now. A run that finds its extras stored can tell its fingerprint, and so look
every article up, before any plugin is imported.

An engine that is not the one a run of the command line would build (plugins given as objects,
entry points turned off, other entry points than those installed now) gets a fingerprint of its
own, never stored as a run's, so no run mistakes its results for its own.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Iterable, Sequence

from checker.core.discovery import CORE, declared_plugins, loaded_plugins
from checker.core.version import __version__

if TYPE_CHECKING:
    from checker.core.config import Config
    from checker.core.engine import Engine

# How entries and fingerprints are made; a change of it leaves every older entry unused.
SCHEMA = 3
SUFFIXES = (".py", ".toml", ".json")


@dataclass(frozen=True)
class Static:
    """The static part: its hash, the files and folders it hashed, and the installed plugins an
    engine would load (name, module, distribution, version)."""

    key: str
    roots: tuple[str, ...]
    plugins: tuple[tuple[str, str, str | None, str | None], ...]


@dataclass(frozen=True)
class Fingerprint:
    """An engine's fingerprint (``key``), its static part and its extras; ``exact`` when the
    engine is the one its static part describes (its extras may then be stored for others)."""

    key: str
    static: str
    extras: tuple[str, ...]
    exact: bool


def _hash_file(h, path: str) -> None:
    try:
        with open(path, "rb") as f:
            h.update(f.read())
    except OSError:
        h.update(b"\0unreadable\0")


def _hash_tree(h, root: str) -> None:
    """The .py, .toml and .json files under ``root`` (no ``__pycache__``), in a fixed order, each
    with its path relative to ``root``."""
    cut = len(root.rstrip(os.sep)) + 1
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(SUFFIXES):
                path = os.path.join(folder, name)
                h.update(path[cut:].encode("utf-8", "surrogateescape") + b"\0")
                _hash_file(h, path)


def _hash_path(h, path: str) -> bool:
    """A folder's tree or a file; False when there is neither."""
    if os.path.isdir(path):
        _hash_tree(h, path)
    elif os.path.isfile(path):
        _hash_file(h, path)
    else:
        return False
    return True


def _top(module: str) -> str:
    return module.partition(":")[0].strip().split(".")[0]


def locations(name: str) -> list[str] | None:
    """Where the top-level module ``name`` lies — its package's folders, or its file — found
    without importing it; None when it cannot be found."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if spec.submodule_search_locations is not None:
        return [str(p) for p in spec.submodule_search_locations]
    return [spec.origin] if spec.origin and os.path.isfile(spec.origin) else []


def _module_paths(module: str) -> list[str]:
    """Where the loaded top-level package of ``module`` lies (none when it is not loaded)."""
    mod = sys.modules.get(_top(module))
    if mod is None:
        return []
    paths = [str(p) for p in (getattr(mod, "__path__", None) or [])]
    file = getattr(mod, "__file__", None)
    return paths or ([file] if file else [])


def static(config: Config, plugins: Sequence[str] = (), entry_points: bool = True) -> Static | None:
    """The static part for ``config``, the installed entry points (unless ``entry_points`` is
    False) and the ``--plugin`` modules ``plugins``; None when a module cannot be found (building
    the engine says why)."""
    h = hashlib.sha256(f"checker {__version__} cache {SCHEMA}\0".encode())
    h.update(json.dumps(config.model_dump(mode="json"), sort_keys=True, default=str).encode())
    tops = ["checker"]
    installed: list[tuple[str, str, str | None, str | None]] = []
    if entry_points:
        for d in loaded_plugins(declared_plugins()):
            installed.append((d.name, d.value, d.distribution, d.version))
            tops.append(_top(d.value))
    h.update(json.dumps([entry_points, installed, list(plugins)]).encode("utf-8", "surrogateescape"))
    tops += [_top(p) for p in plugins]
    roots: list[str] = []
    for top in dict.fromkeys(tops):
        where = locations(top)
        if where is None:
            return None
        for path in where:
            h.update(f"\0root {top} {path}\0".encode("utf-8", "surrogateescape"))
            _hash_path(h, path)
            roots.append(path)
    return Static(h.hexdigest(), tuple(roots), tuple(installed))


def combined(static_key: str, extras: Iterable[str]) -> str | None:
    """The full fingerprint: the static part and the extras, with what the extras' files and
    folders hold now; None when one is gone."""
    h = hashlib.sha256(f"checker run\0{static_key}".encode())
    for extra in extras:
        h.update(b"\0" + extra.encode("utf-8", "surrogateescape") + b"\0")
        kind, _, path = extra.partition(":")
        if kind in ("tree", "file") and not _hash_path(h, path):
            return None
    return h.hexdigest()


def _covered(path: str, roots: Sequence[str], tree: bool = False) -> bool:
    """Whether the static part hashed ``path`` already (a file of a hashed suffix, or a whole
    folder, under one of ``roots``)."""
    inside = any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)
    return inside and (tree or path.endswith(SUFFIXES))


def _extras(engine: Engine, roots: Sequence[str]) -> list[str]:
    """What ``engine`` reads beyond ``roots``: ``tree:`` the packages of its plugins, rules and
    fact extractors elsewhere, ``file:`` its language data files elsewhere, ``data:`` the digest
    of language data made in memory."""
    reg = engine.registry
    modules = {info.module for info in reg.plugins}
    for name in engine.given_plugins:   # a plugin given as an object: the module of its class
        obj = engine.pm.get_plugin(name)
        modules.add(getattr(obj, "__name__", None) if isinstance(obj, ModuleType) else type(obj).__module__)
    modules |= {getattr(r.check, "__module__", None) or "" for r in [*reg.rules.values(), *reg.group_rules.values()]}
    modules |= {getattr(ex.extract, "__module__", None) or "" for ex in reg.extractors.values()}
    out = {f"tree:{p}" for m in modules if m for p in _module_paths(m) if not _covered(p, roots, tree=True)}
    for ld in reg.language_data:
        if ld.path is not None:
            if not _covered(str(ld.path), roots):
                out.add(f"file:{ld.path}")
        else:
            digest = hashlib.sha256(json.dumps(ld.data, sort_keys=True, default=str).encode()).hexdigest()
            out.add(f"data:{ld.lang} {ld.name} {digest}")
    return sorted(out)


def engine_fingerprint(engine: Engine, plugins: Sequence[str] = ()) -> Fingerprint:
    """The fingerprint of ``engine``, built from its configuration, the installed entry points
    (unless it was built without them) and ``plugins``, the ``--plugin`` modules it was given."""
    st = static(engine.config, plugins, engine.entry_points)
    odd = []
    if st is None or list(engine.given_plugins) != list(plugins):
        st = static(engine.config, (), engine.entry_points)
        given = {i.name: i.module for i in engine.registry.plugins if i.name in engine.given_plugins}
        odd.append("given:" + json.dumps(given, sort_keys=True))
    if st is None:   # only the checker package itself was looked for: it is where it is loaded from
        raise RuntimeError("the checker package cannot be found")
    loaded = tuple((i.name, i.module, i.distribution, i.version) for i in engine.registry.plugins
                   if i.name != CORE and i.name not in engine.given_plugins)
    if loaded != st.plugins:
        odd.append("loaded:" + json.dumps(loaded))
    extras = tuple(odd + _extras(engine, st.roots))
    key = combined(st.key, extras)
    if key is None:   # a file the engine read is gone: a fingerprint no run has
        key = hashlib.sha256(f"gone\0{st.key}\0{extras}".encode("utf-8", "surrogateescape")).hexdigest()
        odd.append("gone")
    return Fingerprint(key, st.key, extras, exact=not odd)
