"""The locale parts of the command line: choosing the locale of a run, the localised summary line
of the text format, and ``checker explain ID --locale ar``."""

from __future__ import annotations

from typing import IO

from checker.core.config import ConfigError
from checker.core.models import Summary
from checker.i18n.docs import rules_markdown_in
from checker.i18n.errors import error_detail
from checker.i18n.localize import AUTO, Localizer
from checker.i18n.render import FSI, PDI


def localizer_for(engine, locale: str | None = None) -> Localizer:
    """The engine's localizer for ``locale`` (default: the configuration's, else en); an unknown
    locale is a usage error."""
    loc = Localizer.for_engine(engine, locale)
    if loc.locale != AUTO and loc.locale not in loc.locales:
        raise ConfigError(f"unknown locale '{loc.locale}' (available: {', '.join(loc.locales)}, auto)")
    return loc


def use_locale(reporter, engine) -> Localizer:
    """Give ``reporter`` the run's localizer (it renders its interface strings with it)."""
    loc = localizer_for(engine)
    reporter.localizer = loc
    reporter.locale = loc.locale
    return loc


def summary_line(summary: Summary, loc: Localizer, locale: str) -> str:
    """The text format's closing line in ``locale``."""
    t = loc.text
    parts = [t("summary", "articles", locale, "{n} articles", n=summary.articles),
             t("summary", "findings", locale, "{n} findings", n=summary.findings)]
    if summary.by_severity:
        parts.append("، ".join(t("summary", k, locale, "{n} " + k, n=n) for k, n in summary.by_severity.items())
                     if locale == "ar" else ", ".join(t("summary", k, locale, "{n} " + k, n=n)
                                                      for k, n in summary.by_severity.items()))
    if summary.errors:
        parts.append(t("summary", "item-errors", locale, "{n} item errors", n=summary.errors))
    if summary.suppressed:
        parts.append(t("summary", "suppressed", locale, "{n} suppressed", n=summary.suppressed))
    if summary.baselined:
        parts.append(t("summary", "baselined", locale, "{n} hidden by the baseline", n=summary.baselined))
    return t("summary", "separator", locale, "; ").join(parts)


def explain_in(rule, engine, out: IO[str], locale: str | None = None) -> bool:
    """Print ``rule``'s documentation in the configured locale when that is not English; False
    when the English documentation is wanted (the caller prints it)."""
    loc = localizer_for(engine, locale)
    target = loc.locale if loc.locale != AUTO else "en"
    if target == "en":
        return False
    summary, explain = loc.rule_text(rule, target)
    out.write(f"{rule.id} {rule.name}\n\n")
    langs = "، ".join(rule.languages).replace("*", loc.text("ui", "all-languages", target, "all"))
    out.write(f"{loc.text('ui', 'severity', target, 'Severity')}: "
              f"{loc.text('severity', rule.severity.value, target, rule.severity.value)}    "
              f"{loc.text('ui', 'languages', target, 'Languages')}: {FSI}{langs}{PDI}    "
              f"{loc.text('ui', 'plugin', target, 'Plugin')}: {FSI}{rule.plugin}{PDI}\n\n")
    if rule.id in engine.registry.group_rules:
        out.write(loc.text("ui", "run-by", target, "Run by") + ": " + loc.text(
            "ui", "across-run", target, "{command}, over the articles of one story",
            command=f"{FSI}checker check --across{PDI}") + "\n\n")
    out.write(summary + "\n\n" + explain.rstrip() + "\n")
    if rule.examples:
        out.write("\n## " + loc.text("ui", "examples", target, "Examples checked by the test suite") + "\n")
        for ex in rule.examples:
            word = loc.text("ui", "fires" if ex.fires else "silent", target, "fires" if ex.fires else "silent")
            out.write(f"- [{ex.lang}] {word}: {FSI}{ex.text}{PDI}\n")
    return True


def rules_markdown_for(rules, engine, across=()) -> str | None:
    """The rule catalogue in the configured locale, or None for English (the core's catalogue);
    ``across``: the ids of the group rules among ``rules``."""
    loc = localizer_for(engine)
    if loc.locale in ("en", AUTO):
        return None
    return rules_markdown_in(rules, loc, loc.locale, across)


def error_line(message: str | None, locale: str | None) -> str:
    """The command line's error line (``message`` None: interrupted) in the locale asked for with
    ``--locale``; a detail the catalogues' ``error`` templates recognise is translated (the files,
    keys and values it names quoted as written), any other stays as written, isolated."""
    if locale not in ("ar",):
        return f"checker: error: {message}" if message is not None else "checker: interrupted"
    loc = Localizer({}, locale=locale)
    if message is None:
        return loc.text("cli", "interrupted", locale, "checker: interrupted")
    detail = error_detail(loc, locale, message)   # the common errors' details are translated
    return loc.text("cli", "error", locale, "checker: error: {message}",
                    message=detail if detail is not None else f"{FSI}{message}{PDI}")
