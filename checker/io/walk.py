"""The directory walk of the inputs: sorted, streaming, and safe with symbolic links."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Iterator

from checker.core.models import ArticleResult, ItemError


def error_item(id: str, path: str | None, code: str, message: str, line: int | None = None) -> ArticleResult:
    """An input that could not be read, as a result carrying its error."""
    return ArticleResult(id=id, path=path, errors=(ItemError(code=code, message=message, line=line),))


def walk(root: Path, suffixes) -> Iterator[Path | ArticleResult]:
    """The files under ``root`` whose suffix is one of ``suffixes``, in sorted order (the order of sorting their paths), hidden
    entries skipped. Streams: only one directory's listing is held at a time per level.

    Symbolic links are followed only inside the tree: a link that leads out of ``root`` (as its
    real path has it), one that leads back into a directory being walked (a loop), one that
    cannot be resolved and a directory that cannot be listed each give an error item, and the walk
    goes on."""
    try:
        top = Path(os.path.realpath(root))
    except (OSError, ValueError) as e:
        yield error_item(str(root), str(root), "unreadable", f"cannot read {root}: {e}")
        return
    yield from _walk(root, top, [top], suffixes)


def _walk(path: Path, top: Path, stack: list[Path], suffixes) -> Iterator[Path | ArticleResult]:
    try:
        with os.scandir(path) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield error_item(str(path), str(path), "unreadable", f"cannot list {path}: {e.strerror or e}")
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        p = path / e.name
        real = None
        if e.is_symlink():
            real, problem = _link_target(p, top, stack)
            if problem:  # said of inputs, directories and loops; other links are left out quietly
                if problem[0] == "symlink-loop" or p.suffix.lower() in suffixes or (real and real.is_dir()):
                    yield error_item(str(p), str(p), problem[0], problem[1])
                continue
        try:
            is_dir = e.is_dir()
            is_file = not is_dir and e.is_file()
        except OSError:
            continue
        if is_dir:
            real = real or Path(os.path.realpath(p))
            yield from _walk(p, top, stack + [real], suffixes)
        elif is_file and p.suffix.lower() in suffixes:
            yield p


def _link_target(p: Path, top: Path, stack: list[Path]) -> tuple[Path | None, tuple[str, str] | None]:
    """Where the link ``p`` leads, and the error code and message when it may not be followed."""
    try:
        real = Path(os.path.realpath(p, strict=True))
    except OSError as e:
        if e.errno == errno.ELOOP:
            return None, ("symlink-loop", f"{p}: a symbolic link that leads round a loop; not followed")
        return None, ("not-found", f"{p}: a symbolic link to nothing ({e.strerror or e}); not followed")
    if real != top and top not in real.parents:
        return real, ("symlink-outside", f"{p}: a symbolic link that leads out of the directory walked; "
                                        "not followed")
    if real in stack:
        return real, ("symlink-loop", f"{p}: a symbolic link back to {real.name or real}, a directory "
                                     "being walked (a loop); not followed")
    return real, None
