"""The batch options of ``checker check`` and ``checker cache``: parallel workers, time limit,
cache, baseline, progress, statistics, the Dask executor."""

from __future__ import annotations

import argparse
import os
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterable, Iterator

from checker.across.profile import profile_from_facts
from checker.core.config import ConfigError
from checker.core.engine import Engine
from checker.io.walk import Ignore
from checker.run import cache
from checker.run.baseline import Baseline, BaselineWriter, project_root
from checker.run.batch import Batch, ExecutorFactory
from checker.run.cache import ResultCache
from checker.run.progress import Progress, count_items
from checker.run.worker import DEFAULT_TIMEOUT, EngineSpec, default_jobs

if TYPE_CHECKING:
    from checker.across.dask import DaskAcross
    from checker.across.runner import Across
    from checker.run.dask import DaskExecutor

EXIT_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}


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
    if args.action == "clear":
        directory, freed = cache.clear(args.cache_dir)
        out.write(f"cleared the cache in {directory} ({freed:,} bytes)\n")
        return 0
    i = cache.info(args.cache_dir)
    out.write(f"{i['file']}: {i['entries']:,} results, {i['bytes']:,} bytes\n")
    return 0


@dataclass(frozen=True)
class BatchOptions:
    """How ``checker check`` runs a batch (the command line's options, typed)."""

    paths: tuple[str, ...]
    input_format: str = "auto"
    jobs: int | None = None
    timeout: float | None = DEFAULT_TIMEOUT
    quiet: bool = False
    no_cache: bool = False
    cache_dir: str | None = None
    statistics: bool = False
    baseline: str | None = None
    write_baseline: str | None = None
    executor: str = "local"
    scheduler: str | None = None
    plugins: tuple[str, ...] = ()
    format: str = "text"
    output: str | None = None
    exit_zero: bool = False
    exclude: tuple[str, ...] = ()
    respect_gitignore: bool | None = None
    across: bool = False

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> "BatchOptions":
        return cls(paths=tuple(args.paths), input_format=args.input_format, jobs=args.jobs, timeout=args.timeout,
                   quiet=args.quiet, no_cache=args.no_cache, cache_dir=args.cache_dir, statistics=args.statistics,
                   baseline=args.baseline, write_baseline=args.write_baseline, executor=args.executor,
                   scheduler=args.scheduler, plugins=tuple(args.plugin), format=args.format, output=args.output,
                   exit_zero=args.exit_zero, exclude=tuple(args.exclude), respect_gitignore=args.respect_gitignore,
                   across=getattr(args, "across", False))


def _dask(scheduler: str | None) -> ExecutorFactory:
    # --executor dask only: the Dask executor and what it needs are not imported otherwise
    from checker.run.dask import DaskExecutor

    def make(spec: EngineSpec, jobs: int, timeout: float | None) -> DaskExecutor:
        return DaskExecutor(spec, jobs, timeout, scheduler=scheduler)
    return make


class BatchRun:
    """``checker check`` over a stream: wraps :class:`checker.run.batch.Batch` with the baseline,
    the progress line and the statistics."""

    def __init__(self, options: BatchOptions, engine: Engine, err: IO[str]):
        self.args = options
        self.err = err
        self.baseline = None
        self.writer = None
        if options.scheduler and options.executor != "dask":
            raise ConfigError("--scheduler needs --executor dask")
        root = project_root(engine.config.source)
        self.ignore = make_ignore(engine.config, root, options.exclude, options.respect_gitignore)
        if options.baseline:
            self.baseline = Baseline.load(options.baseline, root)
        results = None if options.no_cache else ResultCache(options.cache_dir, warn=err)
        executor = None
        spec = EngineSpec(engine.config, options.plugins)
        self.cluster: DaskAcross | None = None   # --executor dask --across: checked and grouped there
        if options.executor == "dask":
            from checker.across.dask import DaskAcross  # Dask is an optional extra: --executor dask only
            from checker.run.dask import require_dask  # likewise

            require_dask()
            executor = _dask(options.scheduler)
            if options.across:
                self.cluster = DaskAcross(engine, spec, options.jobs or default_jobs(), options.scheduler)
                executor = self.cluster.executor
        # --across on this machine: each worker builds an article's profile from the facts of its check
        observe = profile_from_facts if options.across and self.cluster is None else None
        self.batch = Batch(engine, jobs=options.jobs, timeout=options.timeout, cache=results,
                           spec=spec, executor=executor, observe=observe)
        if options.write_baseline:
            self.writer = BaselineWriter(options.write_baseline, root)
        self.progress = None
        if not options.quiet and _isatty(err):
            total = None
            if "-" not in options.paths:
                try:
                    total = count_items(list(options.paths), options.input_format, self.ignore)
                except OSError:
                    total = None
            self.progress = Progress(err, total)
        self.written = 0
        self.across: Across | DaskAcross | None = None

    def results(self, items: Iterable) -> Iterator:
        for result in self._checked(items):
            if self.writer is not None:
                self.writer.add(result)
            if self.baseline is not None:
                result, _ = self.baseline.filter(result)
            if self.progress is not None:
                self.progress.update(result)
            self.written += 1
            yield result

    def report_stream(self, stream: IO[str]) -> IO[str]:
        """``stream`` made to erase the progress line before anything is written to it, so a
        report line never lands on the progress line of the same terminal."""
        return stream if self.progress is None else AboveProgress(stream, self.progress)

    def _checked(self, items: Iterable) -> Iterator:
        """The batch's results; with ``--across``, all of them at once, the group findings added
        (a group spans the batch, so nothing is written before every article is checked)."""
        if not self.args.across:
            yield from self.batch.results(items)
            return
        items = list(items)
        results = list(self.batch.results(iter(items)))
        if self.cluster is not None:
            self.across = self.cluster
            yield from self.cluster.run(items[:len(results)], results)
            return
        from checker.across.runner import Across  # --across only: grouping is not imported otherwise

        self.across = Across(self.batch.engine)
        yield from self.across.run(items[:len(results)], results, self.batch.extras)

    def summary(self, builder):
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        builder.baselined = self.baseline.hidden if self.baseline is not None else 0
        return builder.build()

    def close(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        if self.writer is not None:
            self.writer.close(complete=not self.batch.interrupted)
            self.writer = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def finish(self, builder, summary, engine, out: IO[str], err: IO[str]) -> int:
        """Statistics, the interruption message; the exit status."""
        if self.args.statistics:
            stream = out if (self.args.format == "text" or self.args.output) else err
            write_statistics(stream, summary, {**engine.rules, **engine.registry.group_rules})
            if self.across is not None:
                st = self.across.stats
                stream.write(f"across: {st.articles} articles, {st.keys} blocking keys ({st.skipped_keys} too common), "
                             f"{st.pairs_compared} pairs compared, {st.pairs_joined} joined, {st.groups} groups\n")
        if self.baseline is not None and self.baseline.articles and not self.baseline.matched and self.written:
            err.write(f"checker: warning: the baseline {self.args.baseline} records no article of this run, so it "
                      f"hid nothing (its files are keyed by their path relative to {self.baseline.root})\n")
        if self.batch.interrupted:
            sig = self.batch.stop_signal
            name = signal.Signals(sig).name if sig in EXIT_SIGNAL else str(sig)
            err.write(f"checker: interrupted by {name}: {self.written} result{'s' if self.written != 1 else ''} "
                      f"written; the rest of the batch was not checked\n")
            if self.args.write_baseline:
                err.write(f"checker: {self.args.write_baseline} was not written (the run did not finish)\n")
            return EXIT_SIGNAL.get(sig, 130)
        status = builder.exit_code(engine.config.fail_on)
        return 0 if status == 1 and self.args.exit_zero else status


def make_ignore(config, root: Path, exclude: Iterable[str] = (), respect_gitignore: bool | None = None) -> Ignore:
    """What a directory walk leaves out: the configuration's ``exclude`` and ``exclude`` (the
    command line's), relative to ``root``; .gitignore files unless turned off."""
    gitignore = config.respect_gitignore if respect_gitignore is None else respect_gitignore
    return Ignore(root, (*config.exclude, *exclude), gitignore)


class AboveProgress:
    """A text stream that erases the progress line before each write (the line is drawn again,
    below, at the next update)."""

    def __init__(self, stream: IO[str], progress: Progress):
        self._stream = stream
        self._progress = progress

    def write(self, s: str) -> int:
        if s:
            self._progress.hide()
        return self._stream.write(s)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def write_statistics(stream: IO[str], summary, rules: dict) -> None:
    rows = sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    width = max([len(str(n)) for _, n in rows] + [5])
    stream.write(f"{'count':>{width}}  rule        name\n")
    for rid, n in rows:
        name = rules[rid].name if rid in rules else ""
        stream.write(f"{n:>{width}}  {rid:<10}  {name}\n")
    total = f"{summary.findings:>{width}}  total"
    if summary.baselined:
        total += f" ({summary.baselined} more hidden by the baseline)"
    stream.write(total + "\n")


def use_color(choice: str, stream, environ=None) -> bool:
    """Whether to colour: ``always``, ``never``, or ``auto`` — on a terminal unless the
    ``NO_COLOR`` environment variable is set to anything but the empty string (no-color.org)."""
    if choice != "auto":
        return choice == "always"
    environ = os.environ if environ is None else environ
    return not environ.get("NO_COLOR") and _isatty(stream)


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
