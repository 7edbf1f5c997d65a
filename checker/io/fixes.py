"""Safe fixes: ``checker check --fix`` and ``--diff``.

Only suggestions their rule marks ``safe`` are applied (a residue line deleted, a quotation mark
turned the right way round); a suggestion that needs an editor's judgement (which half of a
month pair is wrong) never is. Edits that overlap cannot all be applied: they are chosen from
the end of the text backwards, each kept only when it does not overlap one already kept, and
applied in that order so earlier offsets stay valid. The text is then checked again and the
next round of safe fixes applied, until none is left, so running ``--fix`` twice changes
nothing the second time.

Only ``.txt`` and ``.md`` inputs are rewritten: their offsets are those of the file itself.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable

from checker.core.config import ConfigError
from checker.core.models import Article, ArticleResult
from checker.io.inputs import format_of, iter_inputs
from checker.io.walk import Ignore
from checker.io.markdown import article_from_markdown
from checker.reporters.text import quote

FIXABLE = {"txt", "md"}
MAX_ROUNDS = 10


@dataclass(frozen=True)
class Edit:
    """One safe suggestion to apply: replace ``text[start:end]`` (which reads ``old``) with
    ``replacement``."""

    start: int
    end: int
    replacement: str
    old: str
    rule: str
    description: str
    line: int
    column: int

    def overlaps(self, other: "Edit") -> bool:
        if self.start == other.start:  # two edits at one place: their order would be a guess
            return True
        return self.start < other.end and other.start < self.end


def safe_edits(result: ArticleResult) -> list[Edit]:
    """Every safe suggestion of every finding, each edit once."""
    seen: dict[tuple[int, int, str], Edit] = {}
    for f in result.findings:
        for s in f.suggestions:
            if not s.safe:
                continue
            key = (s.span.start, s.span.end, s.replacement)
            seen.setdefault(key, Edit(s.span.start, s.span.end, s.replacement, s.span.text, f.rule,
                                      s.description, s.span.line, s.span.column))
    return list(seen.values())


def choose(edits: Iterable[Edit]) -> tuple[list[Edit], list[Edit]]:
    """Non-overlapping edits, chosen from the end of the text backwards: (kept, left out). Kept
    edits are in descending order of position, the order to apply them in."""
    kept: list[Edit] = []
    left: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        if kept and e.overlaps(kept[-1]):
            left.append(e)
        else:
            kept.append(e)
    return kept, left


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits (as returned by :func:`choose`), from the end backwards."""
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[:e.start] + e.replacement + text[e.end:]
    return text


def keep_ending(before: str, after: str) -> str:
    """``after`` ending as ``before`` did: deleting the last line of a text (a residue line after
    a blank one) leaves no extra blank line at the end. Only a longer run of trailing blank lines
    is trimmed; an ending the edits did not lengthen is kept as it is."""
    core = after.rstrip()
    tail = after[len(core):]
    old_tail = before[len(before.rstrip()):]
    if tail.count("\n") <= old_tail.count("\n"):
        return after
    ending = "\r\n" if before.endswith("\r\n") else "\n" if before.endswith("\n") else ""
    return core + ending


@dataclass
class FixOutcome:
    text: str
    applied: list[Edit] = field(default_factory=list)
    left: list[Edit] = field(default_factory=list)  # safe edits still pending after the last round

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def article_for(text: str, fmt: str, id: str, path: str | None) -> Article:
    """The article a .txt or .md file of this text is read as."""
    if fmt == "md":
        return article_from_markdown(id, path or id, text)
    return Article(id=id, text=text, path=path)


def fix_text(engine, text: str, fmt: str = "txt", id: str = "<text>", path: str | None = None,
             lang: str | None = None, published=None, max_rounds: int = MAX_ROUNDS) -> FixOutcome:
    """Apply safe fixes round after round until none is left (or ``max_rounds``). The source
    text of a Markdown file is edited; its analysed text has the same offsets."""
    out = FixOutcome(text)
    for _ in range(max_rounds):
        article = article_for(out.text, fmt, id, path)
        article.lang, article.published = lang, published
        edits = [e for e in safe_edits(engine.check_article(article)) if out.text[e.start:e.end] == e.old]
        kept, left = choose(edits)
        out.left = left
        if not kept:
            break
        out.text = keep_ending(out.text, apply_edits(out.text, kept))
        out.applied.extend(reversed(kept))
    else:
        article = article_for(out.text, fmt, id, path)
        article.lang, article.published = lang, published
        out.left = safe_edits(engine.check_article(article))
    return out


# --- files ----------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def read_source(path: Path) -> tuple[str, bytes, str]:
    """(text, byte-order mark, encoding) of a text file as the checker decodes it."""
    data = path.read_bytes()
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc), bom, enc
    return data.decode("utf-8"), b"", "utf-8"


def write_source(path: Path, text: str, bom: bytes, encoding: str) -> None:
    """Write the fixed text to the file ``path`` names, keeping its encoding, byte-order mark,
    permissions and links: a symbolic link is followed to the real file, which is replaced
    atomically (a new file created exclusively beside it, then renamed over it); a file with
    other hard links is rewritten in place, so every name of it sees the fix."""
    data = bom + text.encode(encoding)
    real = Path(os.path.realpath(path))
    st = real.stat()
    if st.st_nlink > 1:
        with open(real, "r+b") as f:
            f.write(data)
            f.truncate()
            f.flush()
            os.fsync(f.fileno())
        return
    replace_file(real, data, st.st_mode & 0o7777)


def replace_file(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` atomically: a temporary file of a random name is created
    exclusively (``O_EXCL``: never through a planted link) in the same directory, written,
    flushed to disk, then renamed over ``path``."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of two UTF-8 texts that ``patch`` and ``git apply`` accept, missing final
    newlines marked."""
    return unified_diff_bytes(path, before, after).decode("utf-8", "surrogateescape")


def _byte_lines(data: bytes) -> list[bytes]:
    lines = data.split(b"\n")
    out = [line + b"\n" for line in lines[:-1]]
    return out + [lines[-1]] if lines[-1] else out


def unified_diff_bytes(path: str, before: str, after: str, bom: bytes = b"", encoding: str = "utf-8") -> bytes:
    """The unified diff of a file whose text goes from ``before`` to ``after``, in the file's own
    bytes (its encoding and byte-order mark), lines cut at the byte ``\\n`` as ``patch`` and
    ``git apply`` cut them: it applies to a UTF-16 file, to a UTF-8 file with a byte-order mark
    whose first line changes, and to a line holding U+2028 alike. A missing final newline is
    marked."""
    a = _byte_lines(bom + before.encode(encoding, "surrogatepass"))
    b = _byte_lines(bom + after.encode(encoding, "surrogatepass"))
    name = path.encode("utf-8", "surrogateescape")
    out = []
    for line in difflib.diff_bytes(difflib.unified_diff, a, b, fromfile=b"a/" + name, tofile=b"b/" + name):
        out.append(line if line.endswith(b"\n") else line + b"\n\\ No newline at end of file\n")
    return b"".join(out)


def _write_bytes(stream: IO, data: bytes) -> None:
    """Write the bytes of a diff to a binary stream, or to a text stream's buffer (a text stream
    without one gets the bytes decoded as UTF-8, undecodable ones kept as surrogate escapes)."""
    if isinstance(stream, (io.RawIOBase, io.BufferedIOBase)):
        stream.write(data)
        return
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(data)
        buffer.flush()
    else:
        stream.write(data.decode("utf-8", "surrogateescape"))


@dataclass(frozen=True)
class FixOptions:
    """What ``checker check --fix`` / ``--diff`` works on: the input ``paths`` read as
    ``input_format``; ``fix`` rewrites the files, ``diff`` writes the fixes as a unified diff (to
    ``output`` when given) and changes no file."""

    paths: tuple[str, ...]
    input_format: str = "auto"
    fix: bool = False
    diff: bool = False
    output: str | None = None
    ignore: Ignore | None = None    # what a directory walk leaves out (exclude, .gitignore)


def run_fixes(args: FixOptions, engine, out: IO[str], err: IO[str]) -> int:
    """``checker check --fix`` / ``--diff``: fix (or show the fixes of) every .txt and .md input.
    Returns 2 when a file could not be read or written; with ``--diff``, 1 when any file would
    change and 0 otherwise."""
    if args.fix and "-" in args.paths:
        raise ConfigError("--fix cannot rewrite standard input; use --diff to see the fixes")
    verb = "would fix" if args.diff else "fixed"
    diff_out: IO = out
    if args.diff and args.output:
        try:
            diff_out = open(args.output, "wb")
        except OSError as e:
            raise ConfigError(f"cannot write {args.output}: {e.strerror or e}") from None
    status, total, files, skipped = 0, 0, 0, set()
    try:
        for item in iter_inputs(list(args.paths), args.input_format, ignore=args.ignore):
            if isinstance(item, ArticleResult):
                continue  # a load error: the report that follows names it
            fmt = format_of(item.path or "", args.input_format)
            if item.path in ("<stdin>", None):
                source = item.text if fmt == "txt" else None
                if source is None:
                    skipped.add("<stdin>")
                    continue
                bom, enc = b"", "utf-8"
            elif fmt not in FIXABLE:
                skipped.add(item.path)
                continue
            else:
                try:
                    source, bom, enc = read_source(Path(item.path))
                except (OSError, ValueError) as e:
                    err.write(f"checker: error: cannot read {item.path}: {e}\n")
                    status = 2
                    continue
            outcome = fix_text(engine, source, fmt, item.id, item.path, item.lang, item.published)
            if not outcome.changed:
                continue
            label = item.path or item.id
            files += 1
            total += len(outcome.applied)
            for e in outcome.applied:
                repl = quote(e.replacement) if e.replacement else "(delete)"
                err.write(f"{label}:{e.line}:{e.column}: {verb} {e.rule} {e.description}: "
                          f"{quote(e.old, 60)} -> {repl}\n")
            if outcome.left:
                err.write(f"{label}: {len(outcome.left)} safe fix(es) left after {MAX_ROUNDS} rounds\n")
            if args.diff:
                _write_bytes(diff_out, unified_diff_bytes(label, source, outcome.text, bom, enc))
                continue
            try:
                write_source(Path(item.path), outcome.text, bom, enc)
            except OSError as e:
                err.write(f"checker: error: cannot write {item.path}: {e.strerror or e}\n")
                status = 2
    finally:
        if diff_out is not out:
            diff_out.close()
    for p in sorted(skipped):
        err.write(f"{p}: not changed: --fix and --diff rewrite .txt and .md files only\n")
    err.write(f"{verb} {total} problem{'s' if total != 1 else ''} in {files} file{'s' if files != 1 else ''}\n"
              if total else "no safe fix to apply\n")
    if status:
        return status
    return 1 if args.diff and total else 0
