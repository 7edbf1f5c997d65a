"""The service's worker processes under abuse: a check over its time limit kills and replaces
the worker running it; clients take turns and one client cannot hold every worker; /healthz
reports saturation; shutting down leaves no worker. Each test runs the app in this process
(ASGI, no socket) with one or two spawned workers and a rule that loops for ever on LOOPME,
and is bounded by its own time limits (a few seconds)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time

import pytest

pytest.importorskip("fastapi", reason="the service needs the 'serve' extra (FastAPI, uvicorn)")

import httpx  # noqa: E402

from checker.core.config import Config  # noqa: E402
from checker.core.engine import Engine  # noqa: E402
from checker.core.manager import import_plugin  # noqa: E402
from checker.service.app import create_app  # noqa: E402
from checker.service.settings import ServeSettings  # noqa: E402

LOOP_PLUGIN = '''
from checker import hookimpl, rule


@rule(id="LOOP001", name="loops", severity="warning", languages=["*"], summary="Loops on LOOPME.",
      messages={"m": "m"})
def loops(ctx):
    """Runs for ever on LOOPME, computing."""
    n = 0
    if "LOOPME" in ctx.text:
        while True:
            n += 1


@hookimpl
def checker_register_rules():
    return [loops]
'''

PLUGIN = "svc_loop_rules"
CLEAN = "The city council approved the new budget on Tuesday after a long debate."
LOOP = "LOOPME. " + CLEAN


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """An engine with the looping rule; spawned workers import it from the same path."""
    plugdir = tmp_path_factory.mktemp("plug")
    (plugdir / f"{PLUGIN}.py").write_text(LOOP_PLUGIN, encoding="utf-8")
    sys.path.insert(0, str(plugdir))
    try:
        yield Engine(Config(), plugins=[(PLUGIN, import_plugin(PLUGIN))])
    finally:
        sys.path.remove(str(plugdir))
        sys.modules.pop(PLUGIN, None)


@contextlib.asynccontextmanager
async def serving(engine, **settings):
    """The app, started (its workers ready) and a client; stopped on leaving."""
    app = create_app(engine, ServeSettings(**settings), plugin_specs=(PLUGIN,))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://svc",
                                     timeout=30) as client:
            yield app.state.service, client


def alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (a zombie, waiting for its parent to reap it, does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


async def until(condition, within: float = 15.0) -> None:
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


def worker_pids(svc) -> list[int]:
    return [w.proc.pid for w in svc.pool.workers]


pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def test_a_check_over_its_time_limit_kills_and_replaces_its_worker(engine):
    async def scenario():
        async with serving(engine, workers=1, time_limit=1.0) as (svc, c):
            [old] = worker_pids(svc)
            t = time.monotonic()
            r = await c.post("/v1/check", json={"text": LOOP})
            assert r.status_code == 503 and r.json()["error"] == "time-limit"
            assert time.monotonic() - t < 3
            await until(lambda: not alive(old), within=2)   # killed, not left computing
            h = (await c.get("/healthz")).json()
            assert h["load"]["restarts"] == 1 and h["load"]["busy"] == 0
            await until(lambda: svc.pool.stats()["ready"] == 1)
            [new] = worker_pids(svc)
            assert new != old and alive(new)
            r = await c.post("/v1/check", json={"text": CLEAN})
            assert r.status_code == 200 and r.json()["errors"] == []
        assert not alive(new)

    asyncio.run(scenario())


def test_one_client_cannot_hold_every_worker(engine):
    """Two runaway checks of one client run one at a time (client-concurrency 1); another
    client's ordinary check is answered at once, not after them."""

    async def scenario():
        async with serving(engine, workers=2, time_limit=3.0, api_keys=("k1", "k2")) as (svc, c):
            assert svc.settings.client_cap() == 1
            k1, k2 = {"x-api-key": "k1"}, {"x-api-key": "k2"}
            most = 0

            async def watch():   # the most checks of one client running at once, all along
                nonlocal most
                while True:
                    most = max(most, *svc.pool.running.values(), 0)
                    await asyncio.sleep(0.01)

            watcher = asyncio.create_task(watch())
            hogs = [asyncio.create_task(c.post("/v1/check", json={"text": LOOP}, headers=k1)) for _ in range(2)]
            await until(lambda: svc.pool.stats()["busy"] == 1 and svc.pool.stats()["queued"] == 1, within=2)
            t = time.monotonic()
            r = await c.post("/v1/check", json={"text": CLEAN}, headers=k2)
            ordinary = time.monotonic() - t
            assert r.status_code == 200
            assert not any(h.done() for h in hogs)   # answered while both runaway checks go on
            answers = [await h for h in hogs]
            assert [a.json()["error"] for a in answers] == ["time-limit", "time-limit"]
            assert ordinary < 3.0   # not after the runaway ones (whose limit is 3 s)
            watcher.cancel()
            assert most == 1   # one at a time: the cap held while both waited and ran
            # the second starts only when the first is killed, for what is left of its own limit
            # (the few milliseconds between the two requests), so one or two workers were replaced
            assert svc.pool.stats()["restarts"] in (1, 2)

    asyncio.run(scenario())


def test_a_client_over_its_queue_is_answered_429(engine):
    async def scenario():
        async with serving(engine, workers=1, time_limit=2.0, client_queue=1) as (svc, c):
            hog = asyncio.create_task(c.post("/v1/check", json={"text": LOOP}))
            await until(lambda: svc.pool.stats()["busy"] == 1, within=2)
            r = await c.post("/v1/check", json={"text": CLEAN})
            assert r.status_code == 429 and r.headers["retry-after"] == "1"
            assert r.json()["error"] == "too-many-requests"
            assert (await hog).status_code == 503

    asyncio.run(scenario())


def test_healthz_reports_saturation(engine):
    async def scenario():
        async with serving(engine, workers=1, time_limit=2.0) as (svc, c):
            h = (await c.get("/healthz")).json()
            assert h["status"] == "ok" and h["load"] == {"workers": 1, "ready": 1, "busy": 0, "queued": 0,
                                                          "restarts": 0, "requests": 0, "max_requests": 16}
            hog = asyncio.create_task(c.post("/v1/check", json={"text": LOOP}))
            await until(lambda: svc.pool.stats()["busy"] == 1, within=2)
            h = (await c.get("/healthz")).json()
            assert h["status"] == "saturated" and h["load"]["busy"] == 1 and h["load"]["requests"] == 1
            assert (await hog).status_code == 503

    asyncio.run(scenario())


def test_shutting_down_with_a_check_in_flight_leaves_no_worker(engine):
    async def scenario():
        async with serving(engine, workers=2, time_limit=60.0) as (svc, c):
            pids = worker_pids(svc)
            hog = asyncio.create_task(c.post("/v1/check", json={"text": LOOP}))
            await until(lambda: svc.pool.stats()["busy"] == 1, within=2)
            hog.cancel()   # as the server does with the requests still running when it stops
            with contextlib.suppress(asyncio.CancelledError):
                await hog
        return pids

    t = time.monotonic()
    pids = asyncio.run(scenario())
    assert time.monotonic() - t < 20
    assert len(pids) == 2 and not any(alive(p) for p in pids)


def test_a_worker_that_dies_is_replaced_and_its_request_answered_503(engine):
    async def scenario():
        async with serving(engine, workers=1, time_limit=5.0) as (svc, c):
            [old] = worker_pids(svc)
            hog = asyncio.create_task(c.post("/v1/check", json={"text": LOOP}))
            await until(lambda: svc.pool.stats()["busy"] == 1, within=2)
            os.kill(old, 9)
            r = await hog
            assert r.status_code == 503 and r.json()["error"] == "busy"
            await until(lambda: svc.pool.stats()["ready"] == 1)
            assert (await c.post("/v1/check", json={"text": CLEAN})).status_code == 200

    asyncio.run(scenario())


def test_a_worker_that_cannot_start_stops_the_start_and_leaves_no_process(engine):
    """A plugin the workers cannot import: starting fails with the worker's exit, and neither a
    worker nor a respawning loop is left behind."""

    async def scenario():
        app = create_app(engine, ServeSettings(workers=1), plugin_specs=("svc_no_such_rules",))
        svc = app.state.service
        with pytest.raises(Exception, match="exited while starting"):
            async with app.router.lifespan_context(app):
                pass
        return svc

    svc = asyncio.run(scenario())
    assert svc.pool.workers == [] and svc.pool.closed
