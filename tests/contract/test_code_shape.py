"""The shape of the code of ``checker/`` and ``plugins/``: no module over ``MAX_MODULE_LINES``
lines and no function over ``MAX_FUNCTION_LINES`` lines, unless its docstring (the module's for a
module, the function's for a function) gives the reason after the marker ``Long because:``.

Lengths are read with :mod:`ast`: a module's is its number of lines, a function's is
``end_lineno - lineno`` (its decorators left out, its docstring and nested functions counted).
"""

from __future__ import annotations

import ast

from tests.helpers import ROOT

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80
MARKER = "Long because:"
ROOTS = (ROOT / "checker", ROOT / "plugins")


def _excused(node: ast.AST) -> bool:
    doc = ast.get_docstring(node) or ""
    reason = doc.partition(MARKER)[2].strip()
    return bool(reason)


def offenders(source: str, name: str) -> list[str]:
    """What in one module's ``source`` is too long and says no reason: ``NAME: N lines`` for the
    module, ``NAME:LINE QUALNAME(): N lines`` for a function."""
    tree = ast.parse(source, name)
    out = []
    lines = len(source.splitlines())
    if lines > MAX_MODULE_LINES and not _excused(tree):
        out.append(f"{name}: {lines} lines (limit {MAX_MODULE_LINES})")

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                qualname = f"{prefix}{child.name}"
                length = child.end_lineno - child.lineno
                if length > MAX_FUNCTION_LINES and not _excused(child):
                    out.append(f"{name}:{child.lineno} {qualname}(): {length} lines (limit {MAX_FUNCTION_LINES})")
                visit(child, f"{qualname}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            else:
                visit(child, prefix)

    visit(tree, "")
    return out


def test_a_long_function_is_named_with_its_length():
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES + 1))
    source = f"class C:\n    def f(self):\n    {body.replace(chr(10), chr(10) + '    ')}\n"
    assert offenders(source, "m.py") == [f"m.py:2 C.f(): {MAX_FUNCTION_LINES + 1} lines (limit {MAX_FUNCTION_LINES})"]


def test_a_function_of_the_limit_passes():
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    assert offenders(f"def f():\n{body}\n", "m.py") == []


def test_a_reason_after_the_marker_excuses_a_long_function_but_the_bare_marker_does_not():
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES + 1))
    excused = f'def f():\n    """Builds x.\n\n    Long because: one table, row by row."""\n{body}\n'
    bare = f'def f():\n    """Builds x. Long because:"""\n{body}\n'
    assert offenders(excused, "m.py") == []
    assert offenders(bare, "m.py") == [f"m.py:1 f(): {MAX_FUNCTION_LINES + 2} lines (limit {MAX_FUNCTION_LINES})"]


def test_a_long_module_is_named_unless_its_docstring_gives_the_reason():
    body = "x = 1\n" * MAX_MODULE_LINES
    assert offenders(body + "y = 2\n", "m.py") == [f"m.py: {MAX_MODULE_LINES + 1} lines (limit {MAX_MODULE_LINES})"]
    assert offenders('"""M.\n\nLong because: a table."""\n' + body, "m.py") == []


def test_no_long_module_or_function_without_a_reason():
    found = []
    for root in ROOTS:
        for path in sorted(root.rglob("*.py")):
            found += offenders(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
    assert found == [], ("too long, with no 'Long because: ...' in the docstring; split it or give "
                         "the reason:\n" + "\n".join(found))
