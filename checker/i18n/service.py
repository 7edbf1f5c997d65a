"""The locale parts of the service: which locale a request wants (its ``locale`` field, else its
``Accept-Language`` header, else the server's configured locale), its results and its errors in
that locale, and the review page with its interface strings translated and its direction set."""

from __future__ import annotations

import html
import json
import re

from checker.i18n.localize import AUTO, Localizer, negotiate
from checker.i18n.render import is_rtl

_TAGGED = re.compile(r'(<(\w+)\b[^>]*\bdata-i18n="([\w-]+)"[^>]*>)([^<]*)(</\2>|<)')
_ATTR = re.compile(r'\bdata-i18n-(placeholder|aria-label|title)="([\w-]+)"')
_HTML_TAG = re.compile(r'<html lang="[^"]*"[^>]*>')


def request_locale(loc: Localizer, body_locale: str | None, accept_language: str | None) -> str:
    """The locale of one request: ``auto`` and the locales the catalogues have are accepted."""
    if body_locale:
        return body_locale
    if accept_language:
        return negotiate(accept_language, loc.locales, default=_default(loc))
    return _default(loc)


def _default(loc: Localizer) -> str:
    return loc.locale


def error_message(loc: Localizer, locale: str, code: str, english: str) -> str:
    """A service error's message in ``locale``; the stable ``code`` and the problems stay."""
    if locale in ("en", AUTO):
        return english
    return loc.text("service", code, locale, english)


def request_error_message(loc: Localizer | None, accept_language: str | None, key: str, english: str) -> str:
    """The message of an error answered before the request reaches the application (the API-key
    middleware's 401), in the locale of its ``Accept-Language``; ``key`` names the message in the
    ``service`` context of the catalogues."""
    if loc is None:
        return english
    return error_message(loc, request_locale(loc, None, accept_language), key, english)


def localize_error_body(loc: Localizer, accept_language: str | None, body: bytes) -> bytes:
    """An error response body (``{"error", "message", "problems"}``) in the request's locale."""
    locale = request_locale(loc, None, accept_language)
    if locale in ("en", AUTO):
        return body
    data = json.loads(body)
    data["message"] = error_message(loc, locale, data.get("error", ""), data.get("message", ""))
    return json.dumps(data, ensure_ascii=False).encode()


def ui_strings(loc: Localizer, locale: str) -> dict[str, str]:
    """Every ``page`` string of ``locale`` (for the review page's script)."""
    r = loc.renderer(locale)
    return {key: r.cats.get("page", key) or "" for key in r.cats.keys("page")}


def page_html(page: str, loc: Localizer, locale: str) -> str:
    """The review page in ``locale``: elements marked ``data-i18n="key"`` (and attributes marked
    ``data-i18n-placeholder`` and the like) translated, ``lang`` and ``dir`` set on the page, and the
    strings of its script embedded as JSON."""
    if locale == AUTO:
        locale = "en"
    strings = ui_strings(loc, locale) if locale != "en" else {}

    def inner(m: re.Match) -> str:
        text = strings.get(m.group(3))
        return m.group(1) + (html.escape(text, quote=False) if text else m.group(4)) + m.group(5)

    out = _TAGGED.sub(inner, page)
    for name, key in _ATTR.findall(out):
        if strings.get(key):
            out = re.sub(rf'((?<![\w-]){name}=")[^"]*("[^>]*?\bdata-i18n-{name}="{key}")',
                         lambda m: m.group(1) + html.escape(strings[key]) + m.group(2), out)
    direction = "rtl" if is_rtl(locale) else "ltr"
    out = _HTML_TAG.sub(f'<html lang="{locale}" dir="{direction}">', out, count=1)
    r = loc.renderer(locale)
    findings = {str(n): r.cats.get("summary", "findings", n) for n in (0, 1, 2, 3, 11, 100)} if strings else {}
    payload = json.dumps({"locale": locale, "strings": strings, "findings": findings},
                         ensure_ascii=False).replace("</", "<\\/")
    return out.replace("</head>", f'<script id="ui-strings" type="application/json">{payload}</script>\n</head>', 1)
