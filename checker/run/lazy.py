"""The engine of a ``checker check`` run, built only when an article needs checking.

:class:`LazyEngine` stands for the engine wherever a run reads it: the configuration, the rules'
metadata, the languages, the message catalogues, the fingerprint of the cache keys. When the
cache holds this run's record (:mod:`checker.run.record`, stored under the run's fingerprint by
the run that last built the same engine), all of those come from it and no plugin is imported;
the engine is built at the first article the cache does not answer, or when something needs the
engine itself (:attr:`LazyEngine.engine`). Without the record — the first run, a changed
plugin, configuration or checker — the engine is built at once, as it always was, so that a
plugin or configuration error stops the run before anything else happens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from checker.core.config import Config
from checker.run.fingerprint import combined, engine_fingerprint, static
from checker.run.record import RunRecord
from checker.run.spec import EngineSpec
from checker.run.startup import start_up

if TYPE_CHECKING:
    from checker.core.engine import Engine
    from checker.run.cache import ResultCache


class LazyEngine:
    """See the module docstring. ``plugins``: the ``--plugin`` modules; ``cache``: where the
    run's record and fingerprint are looked up (None: no cache, the engine is built at once)."""

    def __init__(self, config: Config, plugins: Sequence[str] = (), cache: ResultCache | None = None,
                 engine: Engine | None = None):
        self.config = config
        self.plugins = tuple(plugins)
        self.cache = cache
        self._engine = engine
        self._record: RunRecord | None = None
        self._fingerprint: str | None = None
        if engine is None and not self._cold():
            self._build()

    @classmethod
    def of(cls, engine: Engine, plugins: Sequence[str] = (), cache: ResultCache | None = None) -> "LazyEngine":
        """An engine already built, given the ``--plugin`` modules it was built with."""
        return cls(engine.config, plugins, cache, engine)

    @property
    def built(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        """The engine itself, built now if it was not."""
        if self._engine is None:
            self._build()
        assert self._engine is not None
        return self._engine

    def _build(self) -> None:
        with start_up():   # the plugins imported, the language data read: nothing to collect
            self._engine = EngineSpec(self.config, self.plugins).build()
        self._fingerprint = None

    def _cold(self) -> bool:
        """Find the fingerprint and the record in the cache without the engine; False when they
        are not there (or there is no cache)."""
        if self.cache is None or not self.cache.enabled:
            return False
        st = static(self.config, self.plugins)
        stored = self.cache.run(st.key) if st is not None else None
        extras = stored.get("extras") if isinstance(stored, dict) else None
        key = combined(st.key, extras) if st is not None and isinstance(extras, list) else None
        data = self.cache.run(key) if key is not None else None
        if data is None:
            return False
        try:
            self._record = RunRecord.from_json(data)
        except (KeyError, TypeError, ValueError):   # a record of another shape: build the engine
            return False
        self._fingerprint = key
        return True

    def fingerprint(self) -> str:
        """The run's fingerprint, the first part of every cache key (of the engine, once built;
        its record is then stored for the next run)."""
        if self._fingerprint is None:
            fp = engine_fingerprint(self.engine, self.plugins)
            if fp.exact and self.cache is not None:
                self.cache.put_run(fp.static, {"extras": list(fp.extras)})
                self.cache.put_run(fp.key, RunRecord.of(self.engine).to_json())
            self._fingerprint = fp.key
        return self._fingerprint

    # what a run reads of the engine: of the record while the engine is not built -----------

    @property
    def rules(self) -> dict:
        return self._record.rules if self._engine is None and self._record is not None else self.engine.rules

    @property
    def registry(self):
        """The engine's registry; before it is built, the record (its ``group_rules``)."""
        return self._record if self._engine is None and self._record is not None else self.engine.registry

    @property
    def languages(self) -> list[str]:
        if self._engine is None and self._record is not None:
            return list(self._record.languages)
        return list(self.engine.lexicons.languages)

    @property
    def catalogues(self) -> list:
        """The message catalogues of the plugins (:func:`checker.i18n.localize.engine_catalogues`)."""
        if self._engine is None and self._record is not None:
            return list(self._record.catalogues)
        # read of the built engine's plugins; the localizer is imported by then
        from checker.i18n.localize import plugin_catalogues

        return plugin_catalogues(self.engine.pm)
