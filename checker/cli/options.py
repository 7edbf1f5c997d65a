"""The parts of the command line that load nothing (the parser is built before any command
runs): the exit statuses, the options of ``checker check`` about the batch (workers, time limit,
cache, baseline, progress, statistics, the Dask executor) and the ``checker cache`` command."""

from __future__ import annotations

import argparse
from typing import IO

from checker.run.spec import DEFAULT_TIMEOUT

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

def _number(value: str, kind, what: str, least: float, limit: str):
    try:
        n = kind(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not {what}: {value!r}") from None
    if n < least:
        raise argparse.ArgumentTypeError(limit)
    return n


def _positive_int(value: str) -> int:
    return _number(value, int, "a whole number", 1, "must be at least 1")


def _seconds(value: str) -> float:
    return _number(value, float, "a number of seconds", 0, "must not be negative")


def add_check_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("batch runs")
    g.add_argument("--jobs", "-j", type=_positive_int, metavar="N",
                   help="worker processes checking articles (default: one per CPU)")
    g.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help="time limit per article: a rule that runs longer is stopped and reported as an "
                        "error of that article (default: 60; 0: none)")
    g.add_argument("--quiet", "-q", action="store_true", help="no progress line on a terminal")
    g.add_argument("--no-cache", action="store_true", help="check every article, ignoring and not filling the cache")
    g.add_argument("--cache-dir", metavar="DIR",
                   help="cache directory (default: $CHECKER_CACHE_DIR, else $XDG_CACHE_HOME/checker, "
                        "else ~/.cache/checker)")
    g.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                   help="colour the severities of the text format: auto (on a terminal, unless NO_COLOR "
                        "is set), always, never")
    g.add_argument("--statistics", action="store_true", help="print the number of findings per rule")
    g.add_argument("--exit-zero", action="store_true",
                   help="exit 0 even when there are findings (2 still means an input or usage error)")
    g.add_argument("--headlines", action=argparse.BooleanOptionalAction, default=None,
                   help="check each article's headline and standfirst against its body, in the same pass "
                        "(default: yes; config: headlines)")
    g.add_argument("--only-findings", action="store_true", default=None,
                   help="list only the articles with findings or errors in the report (the summary still "
                        "counts every article); config: only-findings")
    g.add_argument("--exclude", action="append", default=[], metavar="PATTERN",
                   help="leave out files and folders matching PATTERN (.gitignore syntax, relative to the "
                        "project root) when walking directories; repeatable, adds to the config's exclude")
    g.add_argument("--respect-gitignore", action=argparse.BooleanOptionalAction, default=None,
                   help="when walking directories, leave out what .gitignore files ignore (default: yes; "
                        "config: respect-gitignore)")
    g.add_argument("--baseline", metavar="FILE", help="report only findings that FILE does not record")
    g.add_argument("--write-baseline", metavar="FILE", help="record this run's findings in FILE")
    g.add_argument("--executor", choices=["local", "dask"], default="local",
                   help="local worker processes, or a Dask cluster (pip install 'newscheck[dask]')")
    g.add_argument("--across", action="store_true",
                   help="also check across articles: group the articles that tell one story and run the "
                        "cross-article rules (ACROSS...) over each group")
    g.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://127.0.0.1:8786 (default: a local cluster of --jobs workers)")


def add_cache_parser(sub) -> None:
    c = sub.add_parser("cache", help="show or clear the result cache")
    c.add_argument("action", choices=["clear", "info"], help="clear: delete every cached result; info: where and how big")
    c.add_argument("--cache-dir", metavar="DIR", help="cache directory (default: as for check)")


def cmd_cache(args, out: IO[str], err: IO[str]) -> int:
    # the cache's module reads results (the data model): imported for this command only
    from checker.run import cache

    if args.action == "clear":
        directory, freed = cache.clear(args.cache_dir)
        out.write(f"cleared the cache in {directory} ({freed:,} bytes)\n")
        return 0
    i = cache.info(args.cache_dir)
    out.write(f"{i['file']}: {i['entries']:,} results, {i['bytes']:,} bytes\n")
    return 0
