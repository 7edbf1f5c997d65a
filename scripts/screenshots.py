"""Screenshots of the review page for the documentation: the seed article (Arabic) with its
month-pair finding selected, and an English article. Runs the service on 127.0.0.1 and the
system's headless Chromium (/usr/bin/chromium or $CHECKER_CHROMIUM) through Playwright.

    .venv/bin/python scripts/screenshots.py            # writes docs/review-ar.png, docs/review-en.png
    .venv/bin/python scripts/screenshots.py --out DIR
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def wait_for(page, expression: str, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {expression}")
        page.wait_for_timeout(25)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Screenshots of the review page.")
    ap.add_argument("--out", type=Path, default=ROOT / "docs", help="directory for the PNG files (default: docs)")
    ap.add_argument("--chromium", default=os.environ.get("CHECKER_CHROMIUM", "/usr/bin/chromium"))
    args = ap.parse_args(argv)

    import uvicorn
    from playwright.sync_api import sync_playwright

    from checker.core.engine import Engine
    from checker.service.app import create_app
    from checker.service.settings import ServeSettings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Engine(), ServeSettings(workers=0)), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
            ctx = p.chromium.launch_persistent_context(profile, executable_path=args.chromium, headless=True,
                                                       args=ARGS, viewport={"width": 1400, "height": 1000})
            page = ctx.new_page()
            for name, article, rule in (("review-ar.png", "seed-ar-sharaa.txt", "DATE001"),
                                        ("review-en.png", "en-council-budget.txt", "PUNCT001")):
                page.goto(f"http://127.0.0.1:{port}/")
                wait_for(page, "document.querySelectorAll('#lang option').length > 1")
                page.fill("#text", (ARTICLES / article).read_text(encoding="utf-8"))
                page.click("#check")
                wait_for(page, "document.getElementById('status').textContent.startsWith('Checked')")
                page.click(f'.finding[data-rule="{rule}"] .goto')
                page.wait_for_timeout(600)  # the smooth scroll
                page.screenshot(path=str(args.out / name))
                print(args.out / name)
            ctx.close()
    finally:
        server.should_exit = True
        thread.join(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
