"""A bounded load test of ``checker serve`` on this machine: requests/s and latency percentiles
for one article (the seed article by default) sent to ``POST /v1/check``.

    .venv/bin/python scripts/loadtest.py                              # starts a server itself
    .venv/bin/python scripts/loadtest.py --requests 500 --concurrency 8 --workers 2
    .venv/bin/python scripts/loadtest.py --url http://127.0.0.1:8080  # a server already running

Without ``--url`` it starts ``checker serve`` on a free port of 127.0.0.1 and stops it at the end.
Only loopback addresses are accepted. The run is bounded by ``--requests`` and ``--max-seconds``,
whichever comes first; a few warm-up requests are not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "seed-ar-sharaa.txt"


def loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def start_server(workers: int | None) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "checker", "serve", "--host", "127.0.0.1", "--port", str(port), "--no-config"]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    env = {**os.environ, "CHECKER_API_KEYS": ""}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            raise SystemExit(f"the server stopped: {proc.stderr.read().decode()}")
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return proc, url
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            stop_server(proc)
            raise SystemExit("the server did not start within 60 s")
        time.sleep(0.1)


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def load(url: str, body: dict, requests: int, concurrency: int, max_seconds: float,
               warmup: int) -> dict:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    failures = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
        for _ in range(warmup):
            (await client.post("/v1/check", json=body)).raise_for_status()
        queue = iter(range(requests))
        start = time.perf_counter()
        deadline = start + max_seconds

        async def worker():
            nonlocal failures
            for _ in queue:
                if time.perf_counter() > deadline:
                    return
                t = time.perf_counter()
                try:
                    r = await client.post("/v1/check", json=body)
                    statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                    if r.status_code == 200:
                        latencies.append(time.perf_counter() - t)
                except httpx.HTTPError:
                    failures += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    done = sum(statuses.values())
    return {"requests": done, "ok": len(latencies), "failed": failures + done - len(latencies),
            "statuses": statuses, "concurrency": concurrency, "seconds": round(elapsed, 3),
            "requests_per_second": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
            "latency_ms": {name: round(percentile(latencies, p) * 1000, 1)
                           for name, p in (("p50", 50), ("p95", 95), ("p99", 99), ("max", 100))}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", help="a running server on this machine (default: start one)")
    ap.add_argument("--article", type=Path, default=SEED, help="the article to send (default: the seed article)")
    ap.add_argument("--requests", type=int, default=300, help="requests to send (default: 300)")
    ap.add_argument("--concurrency", type=int, default=8, help="requests in flight at once (default: 8)")
    ap.add_argument("--workers", type=int, help="check workers of the server started (default: one per CPU)")
    ap.add_argument("--max-seconds", type=float, default=120, help="stop sending after this long (default: 120)")
    ap.add_argument("--warmup", type=int, default=5, help="requests sent first and not counted (default: 5)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if args.requests < 1 or args.concurrency < 1 or args.max_seconds <= 0:
        ap.error("--requests, --concurrency and --max-seconds must be positive")
    if args.url and not loopback(args.url):
        ap.error(f"{args.url} is not a loopback address: this load test only targets this machine")
    body = {"text": args.article.read_text(encoding="utf-8")}
    proc = None
    url = args.url
    if url is None:
        proc, url = start_server(args.workers)
    try:
        health = httpx.get(url + "/healthz", timeout=5).json()
        figures = asyncio.run(load(url, body, args.requests, args.concurrency, args.max_seconds, args.warmup))
    finally:
        if proc is not None:
            stop_server(proc)
    figures.update(article=args.article.name, characters=len(body["text"]), server_workers=health.get("workers"),
                   cpus=os.cpu_count())
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        lat = figures["latency_ms"]
        print(f"article: {figures['article']} ({figures['characters']:,} characters)")
        print(f"server: {figures['server_workers']} check workers on {figures['cpus']} CPUs; "
              f"client: {figures['concurrency']} requests in flight")
        print(f"requests: {figures['ok']} ok, {figures['failed']} failed in {figures['seconds']} s")
        print(f"throughput: {figures['requests_per_second']} requests/s")
        print(f"latency: p50 {lat['p50']} ms, p95 {lat['p95']} ms, p99 {lat['p99']} ms, max {lat['max']} ms")
    return 0 if figures["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
