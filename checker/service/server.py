"""``checker serve``: run the service with uvicorn."""

from __future__ import annotations

import signal

from checker.core.config import ConfigError
from checker.service.settings import LOOPBACK, load_settings


def cmd_serve(args, engine, out, err) -> int:
    try:
        import uvicorn  # an optional extra (serve)

        from checker.service.app import create_app  # needs FastAPI, an optional extra (serve)
        from checker.service.protocol import protocol_with_deadline  # needs uvicorn, an optional extra (serve)
    except ImportError as e:
        raise ConfigError(f"checker serve needs FastAPI and uvicorn ({e.name} is missing): "
                          "install the 'serve' extra, pip install 'newscheck[serve]'") from None
    settings = load_settings(engine.config.serve, host=args.host, port=args.port, workers=args.workers,
                             cors_origins=tuple(args.cors_origin) if args.cors_origin else None)
    if settings.host not in LOOPBACK and not settings.api_keys:
        err.write(f"checker: warning: listening on {settings.host} with no API key: anyone who can reach "
                  "it can use it (set CHECKER_API_KEYS)\n")
    app = create_app(engine, settings, plugin_specs=tuple(args.plugin))
    err.write(f"checker: {len(engine.rules)} rules, {settings.worker_count() or 'no'} check worker"
              f"{'s' if settings.worker_count() != 1 else ''}; review page and API at "
              f"http://{_host(settings.host)}:{settings.port}/\n")
    err.flush()
    config = uvicorn.Config(app, host=settings.host, port=settings.port, log_level="info", server_header=False,
                            timeout_graceful_shutdown=5, http=protocol_with_deadline(settings.read_timeout))
    server = uvicorn.Server(config)
    exit_handler = server.handle_exit
    signals: list[int] = []

    def handle_exit(sig, frame) -> None:
        signals.append(sig)
        app.state.service.stop()   # the checks in flight are answered 503 now, their workers end
        exit_handler(sig, frame)

    server.handle_exit = handle_exit  # type: ignore[method-assign]
    server.run()
    if signal.SIGINT in signals:
        # uvicorn raises the signal again once stopped, but asyncio may swallow it when the server's
        # task ends first: an interrupt is an interrupt either way (the command's exit status 2)
        raise KeyboardInterrupt
    return 0


def _host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
