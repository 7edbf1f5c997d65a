"""What a batch needs to know before any engine is built: how to build the same engine in
another process (:class:`EngineSpec`), the default time limit and number of workers. Importing
it loads neither the engine nor a plugin (a run the cache answers builds none)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.core.config import Config
    from checker.core.engine import Engine

DEFAULT_TIMEOUT = 60.0


def default_jobs() -> int:
    """One worker per CPU this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class EngineSpec:
    """What is needed to build the same engine in another process: the resolved configuration
    and the ``--plugin`` modules (installed plugins are found through their entry points)."""

    config: Config
    plugins: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.config.model_dump_json() + "\0" + "\0".join(self.plugins)

    def build(self) -> Engine:
        # the engine and the plugins load when an engine is built, not with this module
        from checker.core.engine import Engine
        from checker.core.manager import import_plugin  # likewise

        return Engine(self.config, plugins=[(p, import_plugin(p)) for p in self.plugins])
