"""``checker check``: the batch of articles through the cache and the engine, into a report.

The engine is the run's :class:`checker.run.lazy.LazyEngine`: when the cache knows the run, a
batch whose every article it answers builds none (and imports no plugin); the options that need
the engine itself (``--fix``, ``--diff``, ``--across``, a format a plugin adds) build it first.
"""

from __future__ import annotations

import argparse
import io
import os
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterable, Iterator

from checker.cli.options import EXIT_ERROR
from checker.core.errors import ConfigError
from checker.core.models import SummaryBuilder
from checker.i18n.cli import use_locale
from checker.io.inputs import iter_inputs
from checker.io.walk import Ignore
from checker.reporters import FORMATS, lazy_reporter
from checker.run.baseline import Baseline, BaselineWriter, project_root
from checker.run.batch import Batch, ExecutorFactory
from checker.run.cache import ResultCache
from checker.run.lazy import LazyEngine
from checker.run.progress import Progress, count_items
from checker.run.spec import DEFAULT_TIMEOUT, EngineSpec, default_jobs

if TYPE_CHECKING:
    from checker.across.dask import DaskAcross
    from checker.across.runner import Across
    from checker.core.config import Config
    from checker.run.dask import DaskExecutor

EXIT_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}


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

    def __init__(self, options: BatchOptions, engine: LazyEngine, err: IO[str], warnings: str = ""):
        """``warnings``: what opening the cache had to say, written here (after the usage
        errors of the options, as when the cache was opened here)."""
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
        results = engine.cache
        if results is not None:
            err.write(warnings)
            results.warn = err
        executor = None
        spec = EngineSpec(engine.config, options.plugins)
        self.cluster: DaskAcross | None = None   # --executor dask --across: checked and grouped there
        if options.executor == "dask":
            from checker.across.dask import DaskAcross  # Dask is an optional extra: --executor dask only
            from checker.run.dask import require_dask  # likewise

            require_dask()
            executor = _dask(options.scheduler)
            if options.across:
                self.cluster = DaskAcross(engine.engine, spec, options.jobs or default_jobs(), options.scheduler)
                executor = self.cluster.executor
        observe = None
        if options.across and self.cluster is None:
            # --across on this machine: each worker builds an article's profile from the facts of its check
            from checker.across.profile import profile_from_facts

            observe = profile_from_facts
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


def cmd_check(args, config: Config, out: IO[str], err: IO[str]) -> int:
    """``checker check``; the exit status."""
    warnings = io.StringIO()    # written by BatchRun, where the cache used to be opened
    cache = None if args.no_cache else ResultCache(args.cache_dir, warn=warnings)
    try:
        engine = LazyEngine(config, args.plugin, cache)
        if args.format not in _BUILT_IN or args.fix or args.diff or args.across:
            engine.engine   # noqa: B018 - what these need is the engine itself: built now
        return _check(args, engine, warnings.getvalue(), out, err)
    finally:
        if cache is not None:
            cache.close()


_BUILT_IN = {name: (name, description, target) for name, description, target in FORMATS}


def _reporter_class(args, engine: LazyEngine) -> type:
    if engine.built:
        reporter_cls = engine.engine.registry.reporters.get(args.format)
    else:   # the cache knows the run: a built-in format (an engine registers these stand-ins)
        reporter_cls = lazy_reporter(*_BUILT_IN[args.format])
    if reporter_cls is None:
        raise ConfigError(f"unknown output format '{args.format}' "
                          f"(available: {', '.join(sorted(engine.engine.registry.reporters))})")
    return reporter_cls


def _check(args, engine: LazyEngine, warnings: str, out: IO[str], err: IO[str]) -> int:
    reporter_cls = _reporter_class(args, engine)
    if args.lang and args.lang not in engine.languages:
        raise ConfigError(f"unknown language '{args.lang}' (available: {', '.join(engine.languages)})")
    if args.fix or args.diff:
        from checker.io.fixes import FixOptions, run_fixes  # --fix/--diff only: reads Markdown (markdown-it)

        ignore = make_ignore(engine.config, project_root(engine.config.source), args.exclude, args.respect_gitignore)
        fixes = FixOptions(paths=tuple(args.paths), input_format=args.input_format, fix=args.fix, diff=args.diff,
                           output=args.output, ignore=ignore)
        status = run_fixes(fixes, engine.engine, out, err)
        if args.diff or status == EXIT_ERROR:
            return status
    run = BatchRun(BatchOptions.from_args(args), engine, err, warnings)  # workers, time limit, cache, baseline, progress
    only_findings = engine.config.only_findings if args.only_findings is None else args.only_findings
    try:
        # a name read from the file system may hold undecodable bytes as lone surrogates
        stream = open(args.output, "w", encoding="utf-8", errors="backslashreplace") if args.output \
            else _lenient(out)
    except OSError as e:
        raise ConfigError(f"cannot write {args.output}: {e.strerror or e}") from None
    try:
        color = use_color(args.color, stream) and args.format == "text"
        rules = {**engine.rules, **engine.registry.group_rules} if getattr(args, "across", False) else engine.rules
        reporter = reporter_cls(run.report_stream(stream), color=color, rules=rules)
        localizer = use_locale(reporter, engine)  # findings in the configured locale (checker.i18n)
        reporter.start()
        summary = SummaryBuilder()
        items = iter_inputs(args.paths, args.input_format, ignore=run.ignore)
        for result in run.results(reporter.inputs(items)):
            result = localizer.result(result)
            if only_findings and not result.findings and not result.errors:
                reporter.skip(result)
            else:
                reporter.article(result)
            summary.add(result)
        built = run.summary(summary)
        reporter.finish(built)
    finally:
        run.close()
        if args.output:
            stream.close()
    return run.finish(summary, built, engine, out, err)


def _lenient(stream: IO[str]) -> IO[str]:
    """``stream``, made to write a lone surrogate as a backslash escape instead of raising when it
    is a strict text stream that can say so (standard output in a UTF-8 locale)."""
    if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="backslashreplace")
    return stream


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
