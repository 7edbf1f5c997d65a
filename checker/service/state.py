"""The service's state: the loaded engine, the settings and the pool of workers that run the
checks, so that a long article never blocks other requests."""

import asyncio
import multiprocessing
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from checker.core.models import ArticleResult
from checker.run.worker import EngineSpec, start_worker
from checker.service import pool
from checker.service.errors import ApiError
from checker.service.settings import ServeSettings


class Service:
    """The loaded engine, the settings and the worker pool."""

    def __init__(self, engine, settings: ServeSettings, plugin_specs: tuple[str, ...] = ()):
        self.engine = engine
        self.settings = settings
        self.plugin_specs = plugin_specs
        self.spec = EngineSpec(engine.config, plugin_specs)
        self.workers = settings.worker_count()
        self.pending = 0
        self.max_pending = max(8, self.workers * 16)
        self._pool: Executor | None = None

    @property
    def languages(self) -> list[str]:
        return list(self.engine.lexicons.languages)

    def pool(self) -> Executor:
        if self._pool is None:
            if self.workers == 0:
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="checker")
            else:
                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context("spawn"),
                    initializer=start_worker, initargs=(self.spec,))
        return self._pool

    def warm_up(self) -> None:
        """Start every worker now (each loads the plugins) rather than on the first request."""
        if self.workers:
            ex = self.pool()
            for f in [ex.submit(pool.ping) for _ in range(self.workers)]:
                f.result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    @staticmethod
    def options(options) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
        if options is None:
            return None, None
        conv = lambda v: tuple(v) if v is not None else None  # noqa: E731
        return conv(options.select), conv(options.ignore)

    async def run(self, items: list[dict], select, ignore, utf16: bool) -> list[tuple[ArticleResult, dict]]:
        """Check items in the pool, at most ``time_limit`` seconds for all of them."""
        if self.pending >= self.max_pending:
            raise ApiError(503, "busy", "too many checks waiting; try again shortly", headers={"Retry-After": "1"})
        self.pending += 1
        ex = self.pool()
        futures = []
        try:
            chunks = [items[i::self.workers or 1] for i in range(min(len(items), self.workers or 1))]
            engine = self.engine if self.workers == 0 else self.spec
            futures = [asyncio.wrap_future(ex.submit(pool.check_items, chunk, select, ignore, utf16, engine))
                       for chunk in chunks]
            done = await asyncio.wait_for(asyncio.gather(*futures), self.settings.time_limit)
        except asyncio.TimeoutError:
            raise ApiError(503, "time-limit", f"checking took longer than the limit of "
                           f"{self.settings.time_limit:g} s", headers={"Retry-After": "5"}) from None
        except BrokenProcessPool:
            self.close()
            raise ApiError(503, "busy", "a check worker stopped; it has been restarted, try again",
                           headers={"Retry-After": "1"}) from None
        finally:
            self.pending -= 1
            for f in futures:
                f.cancel()
        # undo the round-robin split, keeping the request's order
        out: list[Any] = [None] * len(items)
        for c, results in enumerate(done):
            for k, r in enumerate(results):
                out[c + k * len(chunks)] = r
        return out
