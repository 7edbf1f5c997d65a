"""Glob patterns of input paths, expanded without following links round a loop or out of the tree.

The standard library's ``glob`` (before Python 3.13) follows every symbolic link to a directory
under ``**``: a link back up the tree is walked round and round (each file found again at every
turn, the work growing with the number of loops to the power of the depth), and a link to
``/etc`` is searched too. Here ``**`` descends only into real directories below the pattern's
fixed part, and a match that is a symbolic link is kept only when it leads to a file inside it.
A pattern without ``**`` names its depth and is left to ``glob``.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
from functools import lru_cache
from typing import Iterator

_SEP = re.compile(r"[/\\]" if os.sep == "\\" else "/")


def expand(pattern: str) -> list[str]:
    """The paths that ``pattern`` matches, sorted (``**``: any number of directories)."""
    parts = _SEP.split(pattern)
    if "**" not in parts:
        return sorted(glob.iglob(pattern))
    first = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    fixed = parts[:first]
    base = os.sep.join(fixed) if fixed != [""] else os.sep
    rest = tuple(parts[first:])
    return sorted(_matches(base or ".", bool(fixed), rest))


def _matches(base: str, keep_base: bool, rest: tuple[str, ...]) -> Iterator[str]:
    try:
        top = os.path.realpath(base, strict=True)
    except OSError:
        return
    for dirpath, dirnames, filenames in os.walk(base):   # followlinks=False: no loop, no way out
        rel = os.path.relpath(dirpath, base)
        prefix = () if rel == "." else tuple(rel.split(os.sep))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") or _dotted(rest))
        for name in dirnames + filenames:
            if not _match(rest, prefix + (name,)):
                continue
            path = os.path.join(dirpath, name) if keep_base else os.path.relpath(os.path.join(dirpath, name))
            if os.path.islink(path) and not _inside(path, top):
                continue
            yield path


def _inside(path: str, top: str) -> bool:
    """Whether the link ``path`` leads to a file under ``top`` (a linked directory never counts)."""
    try:
        real = os.path.realpath(path, strict=True)
    except OSError:
        return False
    return os.path.isfile(real) and (real + os.sep).startswith(top.rstrip(os.sep) + os.sep)


def _dotted(rest: tuple[str, ...]) -> bool:
    return any(part.startswith(".") and part not in (".", "..") for part in rest)


def _match(pattern: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Whether the path ``names`` (its components) matches the pattern's components; ``**``
    stands for any number of components, ``*`` for none that starts with a dot."""
    return _match_from(pattern, names, 0, 0)


@lru_cache(maxsize=4096)
def _match_from(pattern: tuple[str, ...], names: tuple[str, ...], i: int, j: int) -> bool:
    while i < len(pattern):
        part = pattern[i]
        if part == "**":
            return any(_match_from(pattern, names, i + 1, k) for k in range(j, len(names) + 1)
                       if all(not n.startswith(".") for n in names[j:k]))
        if j >= len(names):
            return False
        name = names[j]
        if name.startswith(".") and not part.startswith("."):
            return False
        if not fnmatch.fnmatchcase(name, part):
            return False
        i, j = i + 1, j + 1
    return j == len(names)
