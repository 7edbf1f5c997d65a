"""Keeping the catalogues current: extract every rule's strings into its plugin's ``.po`` files
and compile them to ``.mo`` (Babel).

``python -m checker.i18n.build`` updates the catalogues of the core and of every loaded plugin
whose catalogue directory lies under the current directory, then compiles them;
``--check`` changes nothing and exits 1 naming every stale file. An English catalogue always
takes its rule strings from the rules' metadata; other locales keep their translations, gain
empty entries for new strings, and lose entries for strings that no longer exist.
Babel is needed here only (the ``i18n`` extra); reading the compiled catalogues needs nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from pathlib import Path
from typing import Iterable

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from checker.core.engine import Engine
from checker.core.manager import import_plugin
from checker.i18n.catalogues import MessageCatalogue
from checker.i18n.localize import plugin_catalogues

FIXED_DATE = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)   # byte-stable headers


def rule_strings(rules: Iterable) -> list[tuple[str, str, str]]:
    """``(context, msgid, English)`` for every string of ``rules`` a catalogue must translate."""
    out = []
    for r in rules:
        out += [(r.id, mid, t) for mid, t in r.messages.items()]
        out += [(r.id, nid, t) for nid, t in r.notes.items()]
        out += [(r.id, "@summary", r.summary), (r.id, "@explain", r.explain)]
    return out


def read_catalogue(path: Path, locale: str) -> Catalog:
    if path.is_file():
        with open(path, "rb") as f:
            return read_po(f, locale=locale)
    return Catalog(locale=locale, project="checker", version="", fuzzy=False, msgid_bugs_address="",
                   last_translator="", language_team="", creation_date=FIXED_DATE, revision_date=FIXED_DATE,
                   header_comment=f"# The {locale} catalogue of the rules' messages, notes and documentation.\n"
                                  "# msgctxt is a rule id (msgid: a message id, a note id, @summary or @explain),\n"
                                  "# or term / phrase. Compile with `python -m checker.i18n.build`.")


def update(po: Catalog, strings: list[tuple[str, str, str]], locale: str) -> Catalog:
    """``po`` with an entry for every string: English ones from the metadata, others kept; an
    entry of a rule that is no string of it goes, except the translator's own ``count:`` (plural
    forms of a number argument) and ``term:`` (a rule's label of its own) entries."""
    wanted = {(ctx, mid) for ctx, mid, _ in strings}
    rule_ids = {ctx for ctx, _, _ in strings}
    for msg in list(po):
        if msg.id and msg.context in rule_ids and (msg.context, _msgid(msg)) not in wanted \
                and not _msgid(msg).startswith(("count:", "term:")):
            po.delete(msg.id, context=msg.context)
    for ctx, mid, english in strings:
        old = po.get(mid, context=ctx)
        if locale == "en" and old is not None:
            old.string = english
        elif locale == "en":
            po.add(mid, english, context=ctx)
        elif old is None:
            po.add(mid, "", context=ctx, auto_comments=(english,))
        else:
            old.auto_comments = [english]
    return po


def _msgid(msg) -> str:
    return msg.id[0] if isinstance(msg.id, tuple) else msg.id


def po_text(po: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, po, width=100, omit_header=False, sort_output=True)
    return buf.getvalue()


def mo_bytes(po_path: Path, locale: str) -> bytes:
    """The compiled form of a ``.po`` file, as ``write_mo`` makes it."""
    with open(po_path, "rb") as f:
        cat = read_po(f, locale=locale)
    buf = io.BytesIO()
    write_mo(buf, cat, use_fuzzy=False)
    return buf.getvalue()


def sync(source: MessageCatalogue, rules: Iterable, *, check: bool) -> list[str]:
    """Update and compile one catalogue directory; with ``check``, only name the stale files."""
    stale = []
    strings = rule_strings(rules)
    for locale in source.locales:
        po_path = Path(source.directory) / f"{locale}.po"
        po = update(read_catalogue(po_path, locale), strings, locale)
        text = po_text(po)
        if not po_path.is_file() or po_path.read_bytes() != text:
            stale.append(str(po_path))
            if not check:
                po_path.write_bytes(text)
        mo_path = source.path(locale)
        if po_path.is_file():
            compiled = mo_bytes(po_path, locale)
            if not mo_path.is_file() or mo_path.read_bytes() != compiled:
                stale.append(str(mo_path))
                if not check:
                    mo_path.write_bytes(compiled)
    return stale


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m checker.i18n.build", description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="change nothing; exit 1 naming stale files")
    p.add_argument("--plugin", action="append", default=[], help="also load this plugin module")
    args = p.parse_args(argv)
    engine = Engine(plugins=[(spec, import_plugin(spec)) for spec in args.plugin])
    here = Path.cwd().resolve()
    stale = []
    for source in plugin_catalogues(engine.pm):
        directory = Path(source.directory).resolve()
        if here not in directory.parents:
            continue
        every = [*engine.rules.values(), *engine.registry.group_rules.values()]   # --across rules too
        rules = [r for r in every if _owns(source, r)]
        stale += sync(source, rules, check=args.check)
    for path in stale:
        print(("stale: " if args.check else "updated: ") + path, file=sys.stderr)
    return 1 if stale and args.check else 0


def _owns(source: MessageCatalogue, rule) -> bool:
    """A rule's strings belong to the catalogue inside its plugin's package."""
    module = sys.modules.get(rule.check.__module__)
    where = Path(getattr(module, "__file__", "") or "").resolve()
    return Path(source.directory).resolve().parent in where.parents


if __name__ == "__main__":
    sys.exit(main())
