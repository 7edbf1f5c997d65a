"""Command line: ``checker check|rules|explain|schema|plugins|cache``.

Importing it loads nothing but the parser's needs: each command imports what it uses, so that
``checker check`` answered from the cache imports no engine, no plugin and no fact extractor
(:mod:`checker.cli.check`), and ``--help`` or ``checker cache`` not even the data model.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from typing import IO, Sequence

from checker.cli.options import EXIT_ERROR, EXIT_OK, add_cache_parser, add_check_arguments, cmd_cache
from checker.core.errors import ConfigError, PluginError
from checker.core.version import __version__
from checker.io import INPUT_FORMATS
from checker.reporters import FORMATS
from checker.run.startup import start_up


def _csv(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="checker", description="Find internal inconsistencies in news articles.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser("check", help="check articles and report findings")
    c.add_argument("paths", nargs="+", metavar="PATH",
                   help="files (.txt .md .html .json .jsonl), directories, or - for stdin")
    formats = ", ".join(name for name, _, _ in FORMATS)
    c.add_argument("--format", default="text",
                   help=f"output format: {formats}, or one a plugin adds (default: text; see `checker plugins`)")
    c.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    c.add_argument("--lang", help="language of every article (default: per-article field, else detected)")
    c.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="publication date of every article")
    c.add_argument("--select", type=_csv, metavar="IDS", help="only these rule ids or prefixes, comma-separated")
    c.add_argument("--ignore", type=_csv, metavar="IDS", help="skip these rule ids or prefixes")
    c.add_argument("--fail-on", choices=["info", "warning", "error"],
                   help="lowest severity that makes the exit code 1 (default: warning)")
    c.add_argument("--input-format", default="auto", choices=["auto", *INPUT_FORMATS],
                   help="how to read inputs (default: by file extension; stdin is txt)")
    c.add_argument("--fix", action="store_true",
                   help="apply the safe fixes to .txt and .md files, then report what is left")
    c.add_argument("--diff", action="store_true",
                   help="print the safe fixes as a unified diff; change no file")
    _locale_argument(c)
    _common(c)
    add_check_arguments(c)

    r = sub.add_parser("rules", help="list every rule of every plugin")
    r.add_argument("--format", default="text", choices=["text", "json", "markdown"],
                   help="text (one line a rule), json, or markdown (the full rule catalogue)")
    _locale_argument(r)
    _common(r)

    e = sub.add_parser("explain", help="show a rule's documentation and examples")
    e.add_argument("rule", help="rule id (e.g. DATE001) or name")
    _locale_argument(e)
    _common(e)

    s = sub.add_parser("schema", help="print the JSON schema of the json output")
    s.add_argument("--model", default="report", choices=["report", "article"],
                   help="schema of the whole report or of one article result (jsonl lines)")

    add_cache_parser(sub)

    sv = sub.add_parser("serve", help="run the HTTP service and the review page")
    sv.add_argument("--host", help="address to listen on (default: 127.0.0.1, this machine only)")
    sv.add_argument("--port", type=int, help="port to listen on (default: 8080)")
    sv.add_argument("--workers", type=int, metavar="N",
                    help="processes that run the checks (default: one per CPU; 0: inside the server)")
    sv.add_argument("--cors-origin", action="append", metavar="ORIGIN",
                    help="let pages from ORIGIN call the API (repeatable)")
    _common(sv)

    pl = sub.add_parser("plugins", help="list loaded plugins and what each registered")
    pl.add_argument("--format", default="text", choices=["text", "json"])
    _common(pl)
    return p


def _locale_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--locale", metavar="LOCALE",
                   help="language of the findings and documentation: ar, en, or auto (each article's "
                        "own language); default: the configuration's, else en")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE", help="configuration file (checker.toml or pyproject.toml)")
    p.add_argument("--no-config", action="store_true", help="ignore configuration files")
    p.add_argument("--plugin", action="append", default=[], metavar="MODULE",
                   help="also load this plugin module (module or module:object)")


def main(argv: Sequence[str] | None = None, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as e:
        return EXIT_ERROR if e.code else EXIT_OK
    try:
        if args.command == "schema":
            return cmd_schema(args, out)
        if args.command == "cache":
            return cmd_cache(args, out, err)
        if args.command == "check":
            # imported without the garbage collector walking what the imports make
            with start_up():
                # the batch, the cache and the reports: for `check` only (it builds the engine when needed)
                from checker.cli.check import cmd_check

            return cmd_check(args, _config(args), out, err)
        engine = _engine(args)
        if args.command == "rules":
            return cmd_rules(args, engine, out)
        if args.command == "explain":
            return cmd_explain(args, engine, out, err)
        if args.command == "plugins":
            return cmd_plugins(args, engine, out)
        if args.command == "serve":
            # the service's modules (FastAPI, uvicorn: an optional extra) load for `serve` only
            from checker.service.server import cmd_serve

            return cmd_serve(args, engine, out, err)
    except (ConfigError, PluginError) as e:
        err.write(_error_line(str(e), getattr(args, "locale", None)) + "\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write(_error_line(None, getattr(args, "locale", None)) + "\n")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
    return EXIT_ERROR


def _error_line(message: str | None, locale: str | None) -> str:
    # the error line in the locale asked for (checker.i18n.cli): loaded when there is an error
    from checker.i18n.cli import error_line

    return error_line(message, locale)


def _config(args):
    """The configuration the command's options and files make."""
    # the configuration's model (pydantic): loaded by the commands that read one
    from checker.core.config import load_config

    paths = getattr(args, "paths", [])
    overrides = {}
    if args.command == "check":
        overrides = dict(select=args.select, ignore=args.ignore, fail_on=args.fail_on,
                         lang=args.lang, published=args.published, headlines=args.headlines)
    if getattr(args, "locale", None):
        overrides["locale"] = args.locale
    return load_config(paths, args.config, args.no_config, **overrides)


def _engine(args):
    # the engine and the plugins: for the commands that list or run them
    from checker.core.engine import Engine
    from checker.core.manager import import_plugin  # likewise

    config = _config(args)
    plugins = [(spec, import_plugin(spec)) for spec in args.plugin]
    return Engine(config, plugins=plugins)


def cmd_rules(args, engine, out) -> int:
    # the catalogue's formatting: for `rules` (the engine is loaded by then)
    from checker.core.catalogue import rule_dict, rules_markdown
    from checker.i18n.cli import rules_markdown_for  # likewise
    from checker.reporters.snippet import display_width, pad  # likewise

    rules = engine.rules.values()
    if args.format == "json":
        out.write(json.dumps([rule_dict(r) for r in rules], ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if args.format == "markdown":
        group = engine.registry.group_rules   # marked as run by `check --across`
        every = [*rules, *group.values()]
        out.write(rules_markdown_for(every, engine, group) or rules_markdown(every, group))  # --locale (checker.i18n.cli)
        return EXIT_OK
    # group rules are run by `check --across` over groups of articles
    rows = [(r.id, r.name, r.severity.value, f"[{','.join(r.languages)}]", f"{r.summary}  ({r.plugin})")
            for r in rules]
    rows += [(r.id, r.name, r.severity.value, f"[{','.join(r.languages)}]", f"(--across) {r.summary}  ({r.plugin})")
             for r in engine.registry.group_rules.values()]
    widths = [max((display_width(row[i]) for row in rows), default=0) for i in range(4)]
    for row in rows:   # columns padded by display width: a wide or Arabic cell keeps them aligned
        out.write("  ".join(pad(cell, w) for cell, w in zip(row, widths)) + "  " + row[4] + "\n")
    return EXIT_OK


def find_rule(engine, key: str):
    for r in [*engine.rules.values(), *engine.registry.group_rules.values()]:
        if r.id == key.upper() or r.name == key.lower():
            return r
    return None


def cmd_explain(args, engine, out, err) -> int:
    # for `explain` (the engine is loaded by then)
    from checker.core.catalogue import ACROSS_RUN
    from checker.i18n.cli import explain_in  # likewise

    r = find_rule(engine, args.rule)
    if r is None:
        err.write(f"checker: error: unknown rule '{args.rule}' (see `checker rules`)\n")
        return EXIT_ERROR
    if explain_in(r, engine, out):  # --locale / the configuration's locale (checker.i18n.cli)
        return EXIT_OK
    out.write(f"{r.id} {r.name}\n\n")
    out.write(f"Severity: {r.severity.value}    Languages: {', '.join(r.languages)}    Plugin: {r.plugin}\n\n")
    if r.id in engine.registry.group_rules:
        out.write(f"Run by: {ACROSS_RUN.replace('`', '')}\n\n")
    out.write(r.summary + "\n\n")
    out.write(r.explain.rstrip() + "\n")
    if r.options and "## Options" not in r.explain:
        out.write("\n## Options\n" + "".join(f"- {k} (default: {v!r})\n" for k, v in r.options.items()))
    if r.examples:
        out.write("\n## Examples checked by the test suite\n")
        for ex in r.examples:
            out.write(f"- [{ex.lang}] {'fires' if ex.fires else 'silent'}: {ex.text}\n")
    return EXIT_OK


def cmd_schema(args, out) -> int:
    # the data model (pydantic): for the commands that use it
    from checker.core.models import ArticleResult, Report

    model = Report if args.model == "report" else ArticleResult
    out.write(json.dumps(model.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def cmd_plugins(args, engine, out) -> int:
    infos = engine.registry.plugins
    if args.format == "json":
        out.write(json.dumps([i.__dict__ for i in infos], ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for i in infos:
        version = f" {i.version}" if i.version else ""
        out.write(f"{i.name}{version} ({i.module})\n")
        for label, items in (("rules", i.rules), ("extractors", i.extractors),
                             ("reporters", i.reporters), ("language data", i.language_data)):
            if items:
                out.write(f"    {label}: {', '.join(items)}\n")
    return EXIT_OK
