"""The hooks a checker plugin can implement. These docstrings are the reference.

A plugin is a module (or object) with functions named after these hooks and decorated with
``checker.hookimpl``. Plugins are found through the ``checker`` entry point group: the built-in
rule families are registered there exactly like third-party ones. Every hook is called with
keyword arguments; an implementation may accept any subset of the documented arguments.
"""

from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("checker")
hookimpl = pluggy.HookimplMarker("checker")


@hookspec
def checker_register_rules(config):
    """Return the rules this plugin provides.

    :param config: the resolved :class:`checker.core.config.Config` of the run (read-only).
    :return: an iterable of :class:`checker.core.rules.Rule` objects, usually made with the
        :func:`checker.rule` decorator. Each carries its metadata: ``id`` (a family prefix and
        three digits, unique across all plugins), ``name`` (kebab-case), ``languages`` (the
        language codes it applies to, or ``("*",)``), default ``severity``, ``summary``,
        ``messages`` (templates by message id), ``explain`` text (the check function's
        docstring, with the sections *What it flags*, *Why it matters*, *Example* and
        *Not flagged*), and ``examples`` that must fire and that must stay silent.
        Two plugins registering the same rule id is a start-up error naming both.
    """


@hookspec
def checker_register_extractors(config):
    """Return the fact extractors this plugin provides.

    :param config: the resolved configuration of the run.
    :return: an iterable of :class:`checker.core.facts.Extractor`. An extractor has a ``name`` (the
        parameter name under which rules receive its facts, e.g. ``month_mentions``) and a
        function ``extract(doc, facts)`` called at most once per article, lazily, the first time
        a rule (or another extractor, through ``facts[name]``) asks for it. Its result is shared
        by every rule of that article. Facts carry absolute ``[start, end)`` offsets into
        ``doc.text``.
    """


@hookspec
def checker_register_reporters():
    """Return the output formats this plugin provides.

    :return: an iterable of :class:`checker.reporters.Reporter` subclasses, each with a unique
        ``name`` (the value of ``--format``). A reporter receives results one article at a time
        (``start``, ``article``, ``finish``) so output can stream.
    """


@hookspec
def checker_language_data():
    """Return language data: month names, weekdays, abbreviations, phrases used by rules.

    :return: an iterable of :class:`checker.language.lexicon.LanguageData`, each naming a language code
        and a TOML file (or a parsed mapping). Contributions for one language are deep-merged in
        plugin order: tables merge, lists concatenate. Use :func:`checker.language.lexicon.data_files` to
        contribute every ``<dir>/<lang>/*.toml`` of a plugin package.
    """


@hookspec
def checker_register_group_rules(config):
    """Return the rules this plugin runs over a group of articles that tell one story
    (``checker check --across``; :mod:`checker.across` finds the groups).

    :param config: the resolved configuration of the run.
    :return: an iterable of :class:`checker.core.rules.Rule` made with :func:`checker.rule`, with
        the same metadata as an article's rule. The check function is
        ``check(ctx, group)``: ``group`` is a :class:`checker.across.group.Group` (its members in
        the order they were published, each with its article, document and lazy facts) and
        ``ctx`` a :class:`checker.across.group.GroupContext`, whose ``report(member, ...)``
        records a finding on one member's article and whose ``related(member, ...)`` gives a
        span of any member (JSON ``related[].article`` names it). Group rule ids share the id
        space of article rules.
    """


@hookspec
def checker_message_catalogues():
    """Return the message catalogues this plugin ships, for findings in the reader's language.

    :return: an iterable of :class:`checker.i18n.MessageCatalogue`: a directory of compiled
        gettext catalogues named ``<locale>.mo`` and the locales the plugin translates. An entry
        is keyed by context (a rule id) and msgid (a message id, a note id of the rule's
        ``notes``, ``@summary`` or ``@explain``); ``count:<argument>`` entries give the plural
        forms of a number argument. The entries of the ``term`` and ``phrase`` contexts render
        the words of arguments. ``checker.testing.translation_problems`` lists what is missing.
    """
