"""The code of dataclasses' methods kept in the derived-data cache (checker.run.classcode): the
classes made inside the block are the classes made without it, whether their code was compiled
there, read back or not readable; and the block leaves dataclasses as it found it."""

from __future__ import annotations

import dataclasses
import sys
import textwrap
import types
from pathlib import Path

import pytest

from checker.language import derived
from checker.run import classcode

SOURCE = textwrap.dedent('''
    from __future__ import annotations
    import dataclasses
    from typing import ClassVar

    @dataclasses.dataclass(frozen=True, order=True)
    class Frozen:
        """A frozen, ordered class."""
        a: int
        b: str = "x"
        c: tuple[int, ...] = ()
        d: list = dataclasses.field(default_factory=list, compare=False, repr=False)
        e: ClassVar[int] = 3

    @dataclasses.dataclass(slots=True, kw_only=True)
    class Slotted:
        name: str
        count: int = 0

    @dataclasses.dataclass(eq=False)
    class Plain:
        x: "Frozen | None" = None
        def __post_init__(self):
            self.y = 1
''')
METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__lt__", "__ge__")


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "derived"
    monkeypatch.setenv(derived.ENV, str(folder))
    classcode.forget()
    yield folder
    classcode.forget()


def _classes(block: bool) -> dict[str, type]:
    """The classes of ``SOURCE``, made in a fresh module (inside the block or not)."""
    module = types.ModuleType("classcode_probe")
    sys.modules[module.__name__] = module
    try:
        code = compile(SOURCE, "classcode_probe.py", "exec")
        if block:
            with classcode.class_code():
                exec(code, vars(module))
        else:
            exec(code, vars(module))
    finally:
        del sys.modules[module.__name__]
    return {name: getattr(module, name) for name in ("Frozen", "Slotted", "Plain")}


def _methods(classes: dict[str, type]) -> dict[tuple[str, str], types.CodeType]:
    return {(c, m): getattr(vars(cls).get(m), "__code__", None) for c, cls in classes.items() for m in METHODS}


def _annotations(classes: dict[str, type]) -> dict[str, dict]:
    return {c: {k: repr(v) for k, v in cls.__init__.__annotations__.items()} for c, cls in classes.items()}


def test_the_methods_are_those_compiled_without_the_block_cold_warm_and_damaged(cache):
    plain = _classes(block=False)
    cold = _classes(block=True)
    assert list(cache.glob("classcode-*.bin"))
    classcode.forget()
    warm = _classes(block=True)
    for path in cache.glob("classcode-*.bin"):   # damaged: compiled again, silently
        path.write_bytes(path.read_bytes()[:-1])
    classcode.forget()
    damaged = _classes(block=True)
    for made in (cold, warm, damaged):
        assert _methods(made) == _methods(plain)
        assert _annotations(made) == _annotations(plain)
        assert [f.name for f in dataclasses.fields(made["Frozen"])] == ["a", "b", "c", "d"]
    frozen = warm["Frozen"]
    one = frozen(1, "y")
    assert one == frozen(1, "y", (), [5]) and one < frozen(2) and hash(one) == hash(frozen(1, "y"))
    assert repr(one) == "Frozen(a=1, b='y', c=())"
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.a = 2
    assert warm["Slotted"](name="n").count == 0 and warm["Plain"]().y == 1


def test_the_block_leaves_dataclasses_as_it_was_and_nests(cache):
    assert "exec" not in vars(dataclasses)
    with classcode.class_code():
        assert "exec" in vars(dataclasses)
        with classcode.class_code():
            pass
        assert "exec" in vars(dataclasses)   # the outer block still open
    assert "exec" not in vars(dataclasses)
    with pytest.raises(KeyError), classcode.class_code():
        raise KeyError("x")
    assert "exec" not in vars(dataclasses)


def test_other_calls_of_exec_are_left_to_exec(cache):
    store = classcode._Store()
    namespace: dict = {}
    store.exec(compile("z = 1", "<string>", "exec"), namespace)
    store.exec("w = 2", namespace)
    assert namespace["z"] == 1 and namespace["w"] == 2 and list(store.codes) == ["w = 2"]


def test_an_unwritable_cache_changes_nothing(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("")
    monkeypatch.setenv(derived.ENV, str(blocked / "derived"))
    classcode.forget()
    try:
        assert _methods(_classes(block=True)) == _methods(_classes(block=False))
    finally:
        classcode.forget()
