"""Configuration: ``[tool.checker]`` in pyproject.toml or a ``checker.toml``, found upward from
the first input; command-line flags override."""

from __future__ import annotations

import datetime as dt
import fnmatch
import tomllib
from pathlib import Path
from typing import Any, Iterable, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.core.errors import ConfigError
from checker.core.models import Severity, new_table


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)

    select: tuple[str, ...] = Field(default=(), description="Rule ids or prefixes to run (default: all).")
    ignore: tuple[str, ...] = Field(default=(), description="Rule ids or prefixes never to run.")
    severity: dict[str, Severity] = Field(default_factory=new_table, description="Rule id -> severity.")
    options: dict[str, dict[str, Any]] = Field(default_factory=new_table, description="Rule id -> options.")
    per_path_ignores: dict[str, tuple[str, ...]] = Field(
        default_factory=new_table, alias="per-path-ignores",
        description="Glob of input paths -> rule ids or prefixes ignored there.")
    fail_on: Severity = Field(default=Severity.WARNING, alias="fail-on",
                              description="Lowest severity that makes `check` exit 1.")
    lang: str | None = Field(default=None, description="Language of every article (default: detect).")
    published: dt.date | None = Field(default=None, description="Publication date of every article.")
    locale: str | None = Field(default=None, description="Language of the findings: a locale such as "
                               "'ar' or 'en', or 'auto' for each article's own language (default: en).")
    digits: Literal["auto", "latin", "arabic"] = Field(
        default="auto", description="Digits of numbers in localised messages: as the article writes "
        "them (auto), 0-9 (latin) or ٠-٩ (arabic).")
    serve: dict[str, Any] = Field(default_factory=new_table, description="Settings of `checker serve` "
                                  "(checked by checker.service.settings).")
    exclude: tuple[str, ...] = Field(default=(), description="Files and folders a directory walk leaves out: "
                                     "patterns in .gitignore syntax, relative to the project root.")
    respect_gitignore: bool = Field(default=True, alias="respect-gitignore",
                                    description="A directory walk also leaves out what .gitignore files ignore.")
    only_findings: bool = Field(default=False, alias="only-findings",
                                description="Reports list only the articles with findings or errors "
                                            "(the summary still counts every article).")
    headlines: bool = Field(default=True, description="Check an article's headline and standfirst against its "
                            "body (in the same pass: they are composed before the body and checked with it).")
    source: str | None = Field(default=None, exclude=True, description="Where this config was read.")

    def rule_enabled(self, rule_id: str, path: str | None = None) -> bool:
        if self.select and not any(_matches(rule_id, s) for s in self.select):
            return False
        if any(_matches(rule_id, s) for s in self.ignore):
            return False
        if path:
            for pattern, ids in self.per_path_ignores.items():
                if _path_matches(path, pattern) and any(_matches(rule_id, s) for s in ids):
                    return False
        return True

    def rule_patterns(self) -> Iterable[tuple[str, str]]:
        """Every rule id or prefix named anywhere, with the key that names it."""
        for s in self.select:
            yield "select", s
        for s in self.ignore:
            yield "ignore", s
        for s in self.severity:
            yield "severity", s
        for s in self.options:
            yield "options", s
        for pattern, ids in self.per_path_ignores.items():
            for s in ids:
                yield f"per-path-ignores.{pattern}", s


def _matches(rule_id: str, pattern: str) -> bool:
    return pattern.upper() == "ALL" or rule_id.startswith(pattern.upper())


def _path_matches(path: str, pattern: str) -> bool:
    p = path.replace("\\", "/")
    return fnmatch.fnmatch(p, pattern) or fnmatch.fnmatch(Path(p).name, pattern) or \
        fnmatch.fnmatch(p, f"*/{pattern}")


def find_config_file(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest checker.toml, or pyproject.toml with a [tool.checker] table, at or above
    ``start``."""
    start = start.resolve()
    here = start if start.is_dir() else start.parent
    for d in [here, *here.parents]:
        ck = d / "checker.toml"
        if ck.is_file():
            return ck, _read_toml(ck)
        pp = d / "pyproject.toml"
        if pp.is_file():
            data = _read_toml(pp)
            if "checker" in data.get("tool", {}):
                return pp, data["tool"]["checker"]
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: cannot read configuration: {e}") from e


def build_config(data: dict[str, Any], source: str | None = None, **overrides: Any) -> Config:
    """Validate a raw mapping (file contents) and apply non-None command-line overrides."""
    merged = dict(data)
    for key, value in overrides.items():
        if value is not None:
            merged[key.replace("_", "-") if key in ("fail_on", "per_path_ignores") else key] = value
    try:
        return Config.model_validate({**merged, "source": source})
    except ValidationError as e:
        problems = []
        for err in e.errors():
            loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
            if err["type"] == "extra_forbidden":
                problems.append(f"unknown configuration key '{loc}'")
            else:
                problems.append(f"'{loc}': {err['msg']}")
        where = f"{source}: " if source else ""
        raise ConfigError(where + "; ".join(problems)) from None


def load_config(paths: list[str], config_file: str | None = None, no_config: bool = False,
                **overrides: Any) -> Config:
    data: dict[str, Any] = {}
    source = None
    if config_file:
        p = Path(config_file)
        if not p.is_file():
            raise ConfigError(f"configuration file not found: {config_file}")
        raw = _read_toml(p)
        data = raw.get("tool", {}).get("checker", {}) if p.name == "pyproject.toml" else raw
        source = str(p)
    elif not no_config:
        start = next((Path(p) for p in paths if p != "-" and Path(p).exists()), Path.cwd())
        found = find_config_file(start)
        if found:
            source, data = str(found[0]), found[1]
    return build_config(data, source, **overrides)
