"""Rendering a message template with its arguments in one locale.

A rule reports a message id and arguments; the words of the arguments that are not quotations of
the article ("founding", "wanted by", "2 years", "14 October 2018", "until 2023") are rendered
in the locale too, from the catalogue's ``term`` entries (a word or fixed phrase) and ``phrase``
entries (a pattern with slots: ``until {when}``, ``{day} {month} {year}``, and plural patterns
such as ``{n} year`` / ``{n} years``, rendered with the catalogue's plural forms). A number
argument with a ``count:<name>`` entry of its rule is rendered with the plural forms too.

Quotations of the article (placeholders written between quote marks in the English template,
or values that carry their own quote marks) are never translated; a fragment in the other
script is wrapped in directional isolates (U+2068 ... U+2069) so it cannot reorder the sentence
around it. Digits of rendered arguments follow the configured style.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Any

from checker.i18n.catalogues import Catalogues

FSI, PDI = "\u2068", "\u2069"
RTL_LOCALES = frozenset({"ar", "fa", "he", "ur"})
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_QUOTES = {"'": "'", '"': '"', "‘": "’", "“": "”", "«": "»"}
_NUMERIC_SLOTS = frozenset({"n", "day", "year", "a", "b", "count"})
_FREE_SLOTS = ("name", "place", "who", "word", "counterpart")   # slots that may hold a name or a quotation
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_FORMATTER = string.Formatter()


def is_rtl(locale: str) -> bool:
    return locale.split("-")[0].lower() in RTL_LOCALES


def isolate(text: str) -> str:
    return f"{FSI}{text}{PDI}"


def quoted_fields(template: str) -> frozenset[str]:
    """The placeholders written between quote marks in a template: quotations of the article."""
    return frozenset(m.group(2) for m in re.finditer(r"(['\"‘“«])\{(\w+)(?:[:!][^}]*)?\}(['\"’”»])", template))


@dataclass(frozen=True)
class _Phrase:
    regex: re.Pattern
    context: str
    msgid: str
    plural: bool


def _phrase_regex(pattern: str) -> re.Pattern:
    out, pos = [], 0
    for m in re.finditer(r"\{(\w+)\}", pattern):
        out.append(re.escape(pattern[pos:m.start()]))
        name = m.group(1)
        out.append(rf"(?P<{name}>\d+(?:[.,]\d+)?)" if name in _NUMERIC_SLOTS else rf"(?P<{name}>.+?)")
        pos = m.end()
    out.append(re.escape(pattern[pos:]))
    return re.compile("".join(out), re.IGNORECASE)


class Renderer:
    """Renders templates for one locale. ``digits``: ``latin`` keeps 0-9, ``arabic`` writes the
    digits of rendered arguments as Arabic-Indic (٠-٩). Quotations keep the article's digits."""

    def __init__(self, catalogues: Catalogues, digits: str = "latin"):
        self.cats = catalogues
        self.locale = catalogues.locale
        self.digits = digits
        self.rtl = is_rtl(self.locale)
        self._phrases = self._load_phrases()
        self._memo: dict[str, str | None] = {}

    def _load_phrases(self) -> list[_Phrase]:
        phrases = []
        for msgid in self.cats.keys("phrase"):
            forms = [msgid] + [p for p in [self.cats.plural_id("phrase", msgid)] if p]
            for form in forms:
                phrases.append(_Phrase(_phrase_regex(form), "phrase", msgid, len(forms) > 1))
        # the most specific pattern (most literal text, then fewest slots that take any text) first: "in
        # {year}" before "in {when}"
        phrases.sort(key=lambda p: (-len(re.sub(r"\(\?P<\w+>[^)]*\)", "", p.regex.pattern)), p.regex.pattern.count(".+?")))
        return phrases

    # -- whole messages --------------------------------------------------------------------------

    def template(self, context: str, msgid: str) -> str | None:
        return self.cats.get(context, msgid)

    def message(self, context: str, msgid: str, english: str, args: dict[str, Any]) -> str | None:
        """The message ``msgid`` of ``context`` (a rule id) in this locale, or None when the
        catalogue has no entry for it."""
        template = self.template(context, msgid)
        if template is None:
            return None
        quoted = quoted_fields(english) | quoted_fields(template)
        values = {}
        for _, name, spec, _ in _FORMATTER.parse(template):
            if name is None or name in values:
                continue
            key = name.split(".")[0].split("[")[0]
            if key not in args:
                return None
            values[key] = self.argument(context, key, args.get(key, ""), spec or "", key in quoted)
        try:
            return _FORMATTER.vformat(re.sub(r"\{(\w+)[:!][^}]*\}", r"{\1}", template), (), values)
        except (KeyError, IndexError, ValueError):
            return None

    def plain(self, context: str, msgid: str, n: int | None = None, **args: Any) -> str | None:
        """A catalogue string (an interface string, a summary part) with its arguments."""
        template = self.cats.get(context, msgid, n)
        if template is None:
            return None
        values = {k: self.number(v) if isinstance(v, (int, float)) else v for k, v in args.items()}
        if n is not None:
            values.setdefault("n", self.number(n))
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return None

    # -- arguments -------------------------------------------------------------------------------

    def argument(self, context: str, name: str, value: Any, spec: str, quoted: bool) -> str:
        if isinstance(value, bool):
            value = str(value).lower()
        if isinstance(value, str) and value.isdigit() and self.cats.get(context, f"count:{name}", 1):
            value = int(value)
        if isinstance(value, (int, float)):
            counted = self.cats.get(context, f"count:{name}", int(value)) if float(value).is_integer() else None
            text = format(value, spec) if spec else (f"{value:g}" if isinstance(value, float) else str(value))
            return (counted.replace("{n}", self.number_text(text)) if counted
                    else self.number_text(text))
        value = str(value)
        inner = _strip_quotes(value)
        # a word a rule writes in place of a quotation when it has none (its own label): the
        # rule's catalogue renders it (``term:<word>`` in the rule's context)
        gloss = self.cats.get(context, f"term:{inner if inner is not None else value}")
        if inner is not None:
            return self.quote(gloss, marks=True) if gloss else self.quote(inner, marks=True)
        if quoted:
            return gloss or self.quote(value)
        return self.words(value)

    def quote(self, text: str, marks: bool = False) -> str:
        """A quotation of the article: never translated, isolated when in the other script (or,
        in a right-to-left message, when it is only punctuation, which would otherwise mirror)."""
        if self._foreign(text) or (self.rtl and text and not any(c.isalnum() for c in text)):
            text = isolate(text)
        if not marks:
            return text
        return f"«{text}»" if self.rtl else f"'{text}'"

    def words(self, value: str) -> str:
        """An argument that is words of the message's own language: rendered in the locale."""
        if value not in self._memo:
            self._memo[value] = self._translate(value, 0)
        done = self._memo[value]
        if done is None:
            return self.quote(value)
        if FSI not in done and (self._foreign(done) or (self.rtl and done and not any(c.isalnum() for c in done))):
            return isolate(done)
        return done

    def _translate(self, value: str, depth: int) -> str | None:
        if not value or not self._needs_translation(value):
            return self.number_text(value)
        term = self.cats.get("term", value) or self.cats.get("term", value.lower())
        if term is not None:
            return term
        if depth > 4:
            return None
        for phrase in self._phrases:
            m = phrase.regex.fullmatch(value)
            if not m:
                continue
            parts, ok = {}, True
            for slot, part in m.groupdict().items():
                done = self._translate(part, depth + 1)
                if done is None and slot.startswith(_FREE_SLOTS):
                    done = self.quote(part)
                if done is None:
                    ok = False
                    break
                parts[slot] = done
            if not ok:
                continue
            n = _plural_n(m.group("n")) if "n" in parts else None
            template = self.cats.get("phrase", phrase.msgid, n)
            if template is not None:
                return template.format(**parts)
        return None

    def _needs_translation(self, text: str) -> bool:
        return bool(_LATIN.search(text)) if self.locale != "en" else False

    def _foreign(self, text: str) -> bool:
        return bool(_LATIN.search(text)) if self.rtl else bool(_ARABIC.search(text))

    def number_text(self, text: str) -> str:
        return text.translate(_ARABIC_INDIC) if self.digits == "arabic" else text

    def number(self, value: int | float) -> str:
        return self.number_text(f"{value:g}" if isinstance(value, float) else str(value))


def _plural_n(text: str) -> int:
    """The number that chooses a plural form: a fraction takes the form of 100 ("other" in the
    languages with plural categories: 2.4 billion, not two billions)."""
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() else 100


def _strip_quotes(value: str) -> str | None:
    if len(value) >= 2 and _QUOTES.get(value[0]) == value[-1]:
        return value[1:-1]
    return None
