"""The service's state: the loaded engine, the settings and the workers that run the checks, so
that a long article never blocks other requests (:mod:`checker.service.workers`)."""

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from checker.core.models import ArticleResult
from checker.run.worker import EngineSpec
from checker.service import pool
from checker.service.errors import ApiError
from checker.service.settings import ServeSettings
from checker.service.workers import Stopping, WorkerGone, WorkerPool


class Service:
    """The loaded engine, the settings and the workers: processes (:class:`WorkerPool`), or with
    ``workers = 0`` one thread of the server, whose overrun cannot be stopped (for development)."""

    def __init__(self, engine, settings: ServeSettings, plugin_specs: tuple[str, ...] = ()):
        self.engine = engine
        self.settings = settings
        self.plugin_specs = plugin_specs
        self.spec = EngineSpec(engine.config, plugin_specs)
        self.workers = settings.worker_count()
        self.pending = 0
        self.max_pending = max(8, self.workers * 16)
        self.client_pending: dict[str, int] = {}
        self.pool = WorkerPool(self.spec, self.workers, settings.client_cap()) if self.workers else None
        self._thread: ThreadPoolExecutor | None = None

    @property
    def languages(self) -> list[str]:
        return list(self.engine.lexicons.languages)

    async def warm_up(self) -> None:
        """Start every worker now (each loads the plugins) rather than on the first request."""
        if self.pool is not None:
            self.pool.start()
            await self.pool.wait_ready()

    def stop(self) -> None:
        """The server was told to stop (a signal): answer the checks in flight or waiting at once
        with 503 and end their work, rather than let it run through the grace period. Safe to
        call from a signal handler."""
        if self.pool is not None:
            self.pool.stop_soon()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
        if self._thread is not None:
            self._thread.shutdown(wait=False, cancel_futures=True)
            self._thread = None

    def health(self) -> dict[str, Any]:
        """Saturation: ``saturated`` when no worker is free to take a check now."""
        if self.pool is None:
            stats = {"workers": 0, "ready": 0, "busy": min(self.pending, 1), "queued": max(0, self.pending - 1),
                     "restarts": 0}
        else:
            stats = self.pool.stats()
        free = stats["ready"] - stats["busy"] if self.pool is not None else 1 - stats["busy"]
        return {"status": "saturated" if free <= 0 else "ok", "load": {**stats, "requests": self.pending, "max_requests": self.max_pending}}

    @staticmethod
    def options(options) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
        if options is None:
            return None, None
        conv = lambda v: tuple(v) if v is not None else None  # noqa: E731
        return conv(options.select), conv(options.ignore)

    def _admit(self, client: str) -> None:
        if self.pending >= self.max_pending:
            raise ApiError(503, "busy", "too many checks waiting; try again shortly", headers={"Retry-After": "1"})
        if self.client_pending.get(client, 0) >= self.settings.client_queue:
            raise ApiError(429, "too-many-requests", f"this client already has {self.settings.client_queue} "
                           "checks in progress or waiting; wait for their answers", headers={"Retry-After": "1"})
        self.pending += 1
        self.client_pending[client] = self.client_pending.get(client, 0) + 1

    def _release(self, client: str) -> None:
        self.pending -= 1
        self.client_pending[client] -= 1
        if not self.client_pending[client]:
            del self.client_pending[client]

    async def run(self, items: list[dict], select, ignore, utf16: bool,
                  client: str = "") -> list[tuple[ArticleResult, dict]]:
        """Check items in the workers, at most ``time_limit`` seconds for all of them, waiting in
        ``client``'s queue; on time out the workers still checking them are replaced."""
        self._admit(client)
        try:
            n = min(len(items), self.settings.client_cap() if self.pool is not None else 1)
            chunks = [items[i::n] for i in range(n)]
            done = await asyncio.wait_for(self._chunks(chunks, select, ignore, utf16, client),
                                          self.settings.time_limit)
        except asyncio.TimeoutError:
            raise ApiError(503, "time-limit", f"checking took longer than the limit of "
                           f"{self.settings.time_limit:g} s", headers={"Retry-After": "5"}) from None
        except Stopping:
            raise ApiError(503, "stopping", "the server is stopping; try again shortly",
                           headers={"Retry-After": "5", "Connection": "close"}) from None
        except WorkerGone as e:
            raise ApiError(503, "busy", f"{e}; it has been replaced, try again",
                           headers={"Retry-After": "1"}) from None
        finally:
            self._release(client)
        # undo the round-robin split, keeping the request's order
        out: list[Any] = [None] * len(items)
        for c, results in enumerate(done):
            for k, r in enumerate(results):
                out[c + k * len(chunks)] = r
        return out

    async def _chunks(self, chunks, select, ignore, utf16: bool, client: str) -> list:
        if self.pool is None:
            if self._thread is None:
                self._thread = ThreadPoolExecutor(1, thread_name_prefix="checker")
            loop = asyncio.get_running_loop()
            return await asyncio.gather(*(loop.run_in_executor(
                self._thread, pool.check_items, chunk, select, ignore, utf16, self.engine) for chunk in chunks))
        jobs = [self.pool.submit(client, (chunk, select, ignore, utf16)) for chunk in chunks]
        try:
            return await asyncio.gather(*(j.future for j in jobs))
        finally:
            # timed out, cancelled (the server stops) or failed: nothing of this request goes on
            self.pool.cancel(jobs)
