"""NUM001's reading of one temperature told in two scales: "reach about 280 degrees Celsius, roughly
420 degrees Fahrenheit" (280 °C is 536 °F); `45 درجة مئوية (113 درجة فهرنهايت)`.

A figure followed by a word of ``[figures.temperatures] celsius`` and one followed by a word of
``fahrenheit``, in one sentence and at most a few words apart, tell one temperature. Fahrenheit is
Celsius times 9/5 plus 32; the two agree within two degrees or 3 % (a tenth when either is told
"about", ``[quantities]`` qualifiers)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import NEVER, alternation
from checker.language.regexes import compiled

_NEAR = 60   # characters between the two figures, at most


@lru_cache(maxsize=32)
def _rx(lex):
    d = lex.section("figures", {}).get("temperatures", {})
    if not d.get("celsius") or not d.get("fahrenheit"):
        return None
    about = alternation(d.get("about", [])) or NEVER
    num = r"(?P<n>[-−]?\d{1,4}(?:[.,٫]\d+)?)"
    return compiled(rf"(?:(?P<about>{about})\s+)?{num}\s*(?:(?P<c>{alternation(d['celsius'])})|(?P<f>{alternation(d['fahrenheit'])}))(?![^\W\d_])",
                      re.I)


def temperature_pairs(ctx):
    """Yield (Celsius start, end, Fahrenheit start, end, the Fahrenheit the Celsius makes) for a
    temperature told in Celsius and in Fahrenheit nearby that do not agree; each figure is read in one
    pair, the nearer first ("40C (104F) …, 45C (113F)")."""
    rx = _rx(ctx.lexicon)
    if rx is None or not _fahrenheit(ctx.doc.text):
        return
    view, doc = ctx.doc.normalized, ctx.doc
    found = list(rx.finditer(view.text))
    i = 0
    while i + 1 < len(found):
        a, b = found[i], found[i + 1]
        if b.start() - a.end() > _NEAR or bool(a.group("c")) == bool(b.group("c")) or \
                doc.sentence_at(view.to_original(a.start(), a.end())[0]) is not doc.sentence_at(view.to_original(b.start(), b.end())[0]):
            i += 1
            continue
        i += 2
        c, f = (a, b) if a.group("c") else (b, a)
        made = _value(c) * 9 / 5 + 32
        slack = max(2.0, abs(made) * (0.1 if a.group("about") or b.group("about") else 0.03))
        if abs(made - _value(f)) > slack:
            yield (*view.to_original(c.start("n"), c.end()), *view.to_original(f.start("n"), f.end()), round(made))


def _fahrenheit(text: str) -> bool:
    """A cheap look for a temperature in Fahrenheit before the scan: its name, a degree sign, or an F
    right after a digit ("104F", "104 F")."""
    if "ahrenheit" in text or "AHRENHEIT" in text or "فهرنهايت" in text or "°" in text:
        return True
    i = text.find("F")
    while i > 0:
        if text[i - 1].isdigit() or text[i - 1] == " " and i > 1 and text[i - 2].isdigit():
            return True
        i = text.find("F", i + 1)
    return False


def _value(m) -> float:
    return float(m.group("n").replace(",", ".").replace("٫", ".").replace("−", "-"))
