"""The import graph of ``checker/`` and ``plugins/`` (``checker_plugins``): no cycle between
modules, the core never imports the built-in rule families, and every import inside a function
of ``checker/`` or ``plugins/`` says why in a comment (an optional extra, or a start-up cost
avoided).

The graph is read with :mod:`ast` from module-level statements (imports inside a function,
class body or ``if TYPE_CHECKING:`` block do not count); ``from x import y`` is an edge to
``x.y`` when that is a module, else to ``x``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.helpers import ROOT

PACKAGES = {"checker": ROOT / "checker", "checker_plugins": ROOT / "plugins"}


def _modules() -> dict[str, Path]:
    out = {}
    for top, root in PACKAGES.items():
        for path in sorted(root.rglob("*.py")):
            parts = [top, *path.relative_to(root).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _top_level_imports(tree: ast.Module):
    """Import statements run when the module is imported (not in functions or TYPE_CHECKING)."""
    stack = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If):
            if not _is_type_checking(node):
                stack.extend(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            stack.extend(node.body + node.orelse + node.finalbody + [s for h in node.handlers for s in h.body])
        elif isinstance(node, ast.With):
            stack.extend(node.body)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def import_graph() -> dict[str, set[str]]:
    """Each module of the two packages -> the modules of the two packages it imports."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        edges: set[str] = set()
        for node in _top_level_imports(tree):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                base = _resolve(name, path.name == "__init__.py", node)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            for t in targets:
                while t and t not in modules:       # "checker.core.engine.Engine" -> its module
                    t = t.rpartition(".")[0]
                if t and t != name:
                    edges.add(t)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a list of modules whose last imports the first, or None."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = dict.fromkeys(graph, WHITE)
    for start in sorted(graph):
        if colour[start] != WHITE:
            continue
        path = [start]
        iters = [iter(sorted(graph[start]))]
        colour[start] = GREY
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                colour[path.pop()] = BLACK
                iters.pop()
            elif colour.get(nxt) == GREY:
                return path[path.index(nxt):]
            elif colour.get(nxt) == WHITE:
                colour[nxt] = GREY
                path.append(nxt)
                iters.append(iter(sorted(graph[nxt])))
    return None


def test_the_graph_is_read_from_the_sources():
    graph = import_graph()
    assert "checker.core.engine" in graph["checker.run.worker"]
    assert "checker.core.models" in graph["checker.io.inputs"]


def test_find_cycle_names_the_modules_of_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle + cycle[:1])


def test_the_core_never_imports_the_rule_families():
    graph = import_graph()
    bad = sorted(f"{m} imports {t}" for m, ts in graph.items() if m.startswith("checker.") or m == "checker"
                 for t in ts if t.startswith("checker_plugins"))
    assert bad == []


_NOQA = re.compile(r"noqa(:\s*[A-Z]+[0-9]+(,\s*[A-Z]+[0-9]+)*)?")


def _reason(lines: list[str], lineno: int) -> str:
    """The comment on an import's line, or on the line just above it, less any ``noqa`` code."""
    for line in (lines[lineno - 1], lines[lineno - 2] if lineno > 1 else ""):
        if "#" in line:
            comment = _NOQA.sub("", line.split("#", 1)[1]).strip()
            if comment:
                return comment
    return ""


def function_level_imports(roots=tuple(PACKAGES.values())) -> list[tuple[str, int, str]]:
    """(file, line, reason) of every import inside a function of ``roots``; the reason is its
    comment ('' when it has none)."""
    out = []
    for path in sorted(p for root in roots for p in root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for fn in ast.walk(ast.parse(source, str(path))):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for node in ast.walk(fn):
                    if isinstance(node, (ast.Import, ast.ImportFrom)):
                        out.append((path.relative_to(ROOT).as_posix(), node.lineno, _reason(lines, node.lineno)))
    return out


def test_reason_comments_are_read_from_the_line_or_the_one_above():
    lines = ["def f():", "    import a  # an optional extra", "    # avoids a start-up cost",
             "    import b", "    import c  # noqa: F401", "    import d  # noqa: F401  an optional extra"]
    assert [_reason(lines, n) for n in (2, 4, 5, 6)] == [
        "an optional extra", "avoids a start-up cost", "", "an optional extra"]


def test_function_level_imports_say_why():
    imports = function_level_imports()
    assert any(p == "checker/run/dask.py" for p, _, _ in imports)
    bare = [f"{p}:{n}" for p, n, reason in imports if not reason]
    assert bare == [], ("imports inside functions with no comment giving the reason (an optional "
                        "extra, or a start-up cost avoided): " + ", ".join(bare))
