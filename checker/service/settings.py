"""Settings of ``checker serve``: ``[tool.checker.serve]`` (or ``[serve]`` in checker.toml), then
the environment, then command-line flags. Importing this module needs no web framework."""

from __future__ import annotations

import os
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.core.config import ConfigError

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class ServeSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)

    host: str = Field("127.0.0.1", description="Address to listen on; the default serves this machine only.")
    port: int = Field(8080, ge=0, le=65535)
    workers: int | None = Field(None, ge=0, le=64, description="Processes that run the checks "
                                "(default: one per CPU; 0: a thread of the server process).")
    api_keys: tuple[str, ...] = Field((), alias="api-keys", description="Keys a client must send "
                                      "(Authorization: Bearer KEY or X-API-Key); none: no key needed.")
    cors_origins: tuple[str, ...] = Field((), alias="cors-origins",
                                          description="Origins whose pages may call the API.")
    max_body_bytes: int = Field(4_000_000, alias="max-body-bytes", ge=1024,
                                description="Largest request body accepted (bytes).")
    max_chars: int = Field(200_000, alias="max-chars", ge=1, description="Longest article (characters).")
    max_batch: int = Field(50, alias="max-batch", ge=1, description="Most articles in one batch request.")
    max_batch_chars: int = Field(1_000_000, alias="max-batch-chars", ge=1,
                                 description="Most characters in one batch request, all articles together.")
    time_limit: float = Field(10.0, alias="time-limit", gt=0,
                              description="Seconds a request may take (waiting and checking) before it "
                                          "is answered 503; the workers still checking it are replaced.")
    client_concurrency: int | None = Field(None, alias="client-concurrency", ge=1, le=64, description=(
        "Workers one client (an API key, else an address) may keep busy at once (default: half the "
        "workers, at least one); its other checks wait their turn."))
    client_queue: int = Field(16, alias="client-queue", ge=1, description=(
        "Checks one client may have in progress or waiting; more are answered 429."))
    read_timeout: float = Field(15.0, alias="read-timeout", gt=0, description=(
        "Seconds a client has to send a request's headers, and then its body; a slower one is "
        "answered 408 (body) or disconnected (headers)."))

    def worker_count(self) -> int:
        return self.workers if self.workers is not None else max(1, os.cpu_count() or 1)

    def client_cap(self) -> int:
        """Workers one client may keep busy at once."""
        if self.client_concurrency is not None:
            return self.client_concurrency
        return max(1, self.worker_count() // 2)


def _keys(value: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in value.split(",") if k.strip())


def load_settings(config_table: dict[str, Any] | None = None, env: dict[str, str] | None = None,
                  **flags: Any) -> ServeSettings:
    """Merge the configuration table, the environment (CHECKER_API_KEYS, CHECKER_CORS_ORIGINS,
    comma-separated) and non-None flags; a bad value is a ConfigError naming it."""
    env = os.environ if env is None else env
    data = dict(config_table or {})
    if env.get("CHECKER_API_KEYS", "").strip():
        data["api-keys"] = _keys(env["CHECKER_API_KEYS"])
    if env.get("CHECKER_CORS_ORIGINS", "").strip():
        data["cors-origins"] = _keys(env["CHECKER_CORS_ORIGINS"])
    for key, value in flags.items():
        if value is not None:
            data[key.replace("_", "-")] = value
    try:
        return ServeSettings.model_validate(data)
    except ValidationError as e:
        problems = []
        for err in e.errors():
            loc = ".".join(str(p) for p in err["loc"])
            problems.append(f"unknown configuration key 'serve.{loc}'" if err["type"] == "extra_forbidden"
                            else f"'serve.{loc}': {err['msg']}")
        raise ConfigError("; ".join(problems)) from None
