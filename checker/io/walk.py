"""The directory walk of the inputs: sorted, streaming, safe with symbolic links, and leaving
out what the configuration's ``exclude`` patterns and the tree's ``.gitignore`` files name."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from checker.core.models import ArticleResult, ItemError

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec


def _spec(lines: Iterable[str]) -> GitIgnoreSpec:
    """``lines`` in .gitignore syntax, compiled."""
    # pathspec is imported when a walk has patterns to match: a check of named files never does
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(lines)


class Ignore:
    """What a directory walk leaves out: paths matching ``exclude`` (``.gitignore`` syntax,
    relative to ``root``, the project root) and, with ``gitignore``, what the ``.gitignore``
    files of the walked folders and of their parents up to the git work tree ignore (a deeper
    file's verdict wins, as in git). An ignored folder is not entered at all, so nothing under
    it can be included again (git's rule). Files named on the command line are never left out:
    only the walk consults this."""

    def __init__(self, root: Path, exclude: Iterable[str] = (), gitignore: bool = True):
        self.root = Path(os.path.abspath(root))
        patterns = [p for p in exclude if p.strip()]
        self.exclude = _spec(patterns) if patterns else None
        self.gitignore = gitignore

    def specs_above(self, top: Path) -> list[tuple[Path, GitIgnoreSpec]]:
        """The ``.gitignore`` files of the folders above ``top`` up to its git work tree."""
        if not self.gitignore:
            return []
        top = Path(os.path.abspath(top))
        parents = []
        for d in top.parents:
            parents.append(d)
            if (d / ".git").exists():
                break
        else:
            return []   # not in a git work tree: only the walked tree's own files count
        return [s for d in reversed(parents) if (s := self.spec_of(d)) is not None]

    def spec_of(self, folder: Path) -> tuple[Path, GitIgnoreSpec] | None:
        if not self.gitignore:
            return None
        try:
            lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return None
        return Path(os.path.abspath(folder)), _spec(lines)

    def ignored(self, path: Path, is_dir: bool, specs: list[tuple[Path, GitIgnoreSpec]]) -> bool:
        full = Path(os.path.abspath(path))
        slash = "/" if is_dir else ""
        if self.exclude is not None:
            rel = os.path.relpath(full, self.root)
            if not rel.startswith(".."):
                if self.exclude.match_file(Path(rel).as_posix() + slash):
                    return True
        verdict = False
        for base, spec in specs:
            rel = os.path.relpath(full, base)
            if rel.startswith(".."):
                continue
            include = spec.check_file(Path(rel).as_posix() + slash).include
            if include is not None:
                verdict = include
        return verdict


def error_item(id: str, path: str | None, code: str, message: str, line: int | None = None) -> ArticleResult:
    """An input that could not be read, as a result carrying its error."""
    return ArticleResult(id=id, path=path, errors=(ItemError(code=code, message=message, line=line),))


def walk(root: Path, suffixes, ignore: Ignore | None = None) -> Iterator[Path | ArticleResult]:
    """The files under ``root`` whose suffix is one of ``suffixes``, in sorted order (the order of sorting their paths), hidden
    entries skipped. Streams: only one directory's listing is held at a time per level.

    Symbolic links are followed only inside the tree: a link that leads out of ``root`` (as its
    real path has it), one that leads back into a directory being walked (a loop), one that
    cannot be resolved and a directory that cannot be listed each give an error item, and the walk
    goes on. With ``ignore``, what it names is left out (:class:`Ignore`)."""
    try:
        top = Path(os.path.realpath(root))
    except (OSError, ValueError) as e:
        yield error_item(str(root), str(root), "unreadable", f"cannot read {root}: {e}")
        return
    specs = ignore.specs_above(root) if ignore is not None else []
    yield from _walk(root, top, [top], suffixes, ignore, specs)


def _walk(path: Path, top: Path, stack: list[Path], suffixes, ignore: Ignore | None = None,
          specs: list | None = None) -> Iterator[Path | ArticleResult]:
    specs = list(specs or [])
    if ignore is not None and (own := ignore.spec_of(path)) is not None:
        specs.append(own)
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
        if ignore is not None and (is_dir or is_file) and ignore.ignored(p, is_dir, specs):
            continue
        if is_dir:
            real = real or Path(os.path.realpath(p))
            yield from _walk(p, top, stack + [real], suffixes, ignore, specs)
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
