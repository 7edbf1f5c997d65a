"""Start-up without the cyclic garbage collector, and with the code of the dataclasses' methods
compiled once per Python build (:mod:`checker.run.classcode`): :func:`start_up`.

Importing the checker's modules and building an engine allocate hundreds of thousands of objects
(modules, classes, the language data's tables, compiled patterns) and free almost none of them:
the collector, run every few hundred allocations, would walk them again and again for nothing
(about a tenth of a one-article check's time). :func:`quiet_collector` holds it off while that is
done, then moves what was made to the permanent generation (:func:`gc.freeze`), where later
collections no longer walk it, and lets it run again. Objects freed by their reference counts
are freed as ever; only a reference cycle left unreachable during start-up stays in memory.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def quiet_collector() -> Iterator[None]:
    """No cyclic garbage collection inside the block; what it made is frozen at its end. The
    collector runs again afterwards only if it ran before (a host that switched it off keeps it
    off)."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if running:
            gc.enable()


@contextlib.contextmanager
def start_up() -> Iterator[None]:
    """Imports and an engine's construction: no cyclic garbage collection (:func:`quiet_collector`)
    and the dataclasses' code from the derived-data cache (:func:`checker.run.classcode.class_code`)."""
    # loaded here, not with the command line: other commands make no dataclass worth it
    from checker.run.classcode import class_code

    with quiet_collector(), class_code():
        yield
