"""Hostile articles, made from a seeded ``random.Random``: shared by the fuzz tests (through
hypothesis, which draws the seed and shrinks it) and ``scripts/fuzz.py`` (which counts over many
seeds). Each article is plain text, or HTML or Markdown to go through its loader, with an
optional publication date at the ends of the calendar."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"

BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
        "\u2068", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff", "\u061c"]
COMBINING = [chr(c) for c in range(0x0300, 0x0370)] + [chr(c) for c in range(0x064B, 0x0660)]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\udc80"]
BREAKS = ["\n", "\r\n", "\r", "\n\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"]
MARKS = list("“”«»\"'‘’()[]{}<>/\\-–—.,،؛؟!:…*=;%") + ["&", "&amp;", "&#", "`", "``", "#", "> ", "- "]
DIGITS_AR = "٠١٢٣٤٥٦٧٨٩"
WORDS = ["the", "minister", "said", "on", "Monday", "March", "4", "2024", "killed", "people", "dead",
         "Mr.", "a.", "four", "ministers", "resigned", "Ali", "Omar", "and", "Sami", "percent", "%",
         "yesterday", "October", "قال", "الوزير", "إن", "الاتفاق", "سيوقع", "غداً", "آذار", "مارس",
         "تشرين الثاني/نوفمبر", "الاثنين", "قتيلاً", "أمس", "الماضي", "أربعة", "وزراء", "هم"]
DATES = ["On Monday, March 4, 2024.", "February 30, 2024", "31 April 2023", "0000-00-00",
         "March 0, 2024", "year 0", "9999-12-31", "10000-01-01", "الاثنين 30 شباط 2024",
         "يوم الأحد 32 آذار/مارس ٢٠٢٤", "Feb 29, 1900", "1 January 1"]
PUBLISHED = [None, None, dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(9999, 12, 31), dt.date(9999, 12, 30),
             dt.date(2024, 2, 29), dt.date(1900, 3, 1)]


def _number(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return "1" + "0" * 400                            # 10^400
    if kind == 1:
        return "".join(rng.choice("0123456789") for _ in range(rng.randrange(100, 1200)))
    if kind == 2:
        return "".join(rng.choice(DIGITS_AR) for _ in range(rng.randrange(1, 30)))
    if kind == 3:
        return f"{rng.randrange(10**6):,}.{rng.randrange(1000)}"
    if kind == 4:
        return "1e400" if rng.random() < 0.5 else "10^400"
    return f"{rng.randrange(1000)}%"


def _piece(rng: random.Random) -> str:
    kind = rng.randrange(12)
    if kind == 0:
        return "".join(chr(rng.randrange(0x20, 0x30000)) for _ in range(rng.randrange(1, 8)))
    if kind == 1:
        return rng.choice(BIDI)
    if kind == 2:
        return "a" + "".join(rng.choice(COMBINING) for _ in range(rng.randrange(1, 40)))
    if kind == 3:
        return rng.choice(SURROGATES)
    if kind == 4:
        return "\0" * rng.randrange(1, 4)
    if kind == 5:
        return rng.choice(DATES)
    if kind == 6:
        return _number(rng)
    if kind == 7:   # quote and bracket floods
        return rng.choice(["“", "«", "(", "[", "\"", "”", ")", "'"]) * rng.randrange(1, 300)
    if kind == 8:
        return rng.choice(BREAKS)
    if kind == 9:
        return rng.choice(MARKS)
    return rng.choice(WORDS) + " "


def _mutated_fixture(rng: random.Random) -> str:
    files = sorted(p for p in FIXTURES.glob("*") if p.suffix in (".txt", ".md"))
    text = files[rng.randrange(len(files))].read_text(encoding="utf-8") if files else "The vote passed."
    chars = list(text)
    for _ in range(rng.randrange(1, 30)):
        at = rng.randrange(len(chars) + 1)
        op = rng.randrange(3)
        if op == 0 and chars:
            del chars[min(at, len(chars) - 1)]
        elif op == 1:
            chars.insert(at, _piece(rng))
        else:
            chars[at:at] = chars[max(0, at - 20):at]   # a stutter: text repeated in place
    return "".join(chars)


def _nest(rng: random.Random, text: str, fmt: str) -> str:
    """``text`` wrapped in markup of ``fmt``, nested a few levels, some of it left open."""
    for _ in range(rng.randrange(0, 6)):
        if fmt == "html":
            tag = rng.choice(["p", "div", "b", "pre", "script", "style", "title", "head", "a href=\"x", "!--", "li"])
            close = "" if rng.random() < 0.2 else f"</{tag.split()[0]}>"
            text = f"<{tag}>{text}{close}" if tag != "!--" else f"<!--{text}" + ("-->" if close else "")
        else:
            text = rng.choice([f"> {text}", f"- {text}", f"`{text}`", f"``{text}", f"```\n{text}\n```",
                               f"    {text}", f"[{text}](x \"t)", f"---\r\n{text}\r\n---\r\n", f"<div>\n{text}",
                               f"*{text}*", f"# {text} #", f"<!-- {text}"])
    return text


@dataclass(frozen=True)
class Case:
    """One generated article: its text (or page), how to read it, its language and date."""

    text: str
    fmt: str                 # "txt", "md" or "html"
    lang: str | None
    published: dt.date | None


def generate(seed: int) -> Case:
    """The article of ``seed``: the same seed gives the same article."""
    rng = random.Random(seed)
    if rng.random() < 0.25:
        text = _mutated_fixture(rng)
    else:
        text = "".join(_piece(rng) for _ in range(rng.randrange(1, 60)))
    fmt = rng.choice(["txt", "txt", "md", "html"])
    if fmt != "txt":
        text = _nest(rng, text, fmt)
    return Case(text=text, fmt=fmt, lang=rng.choice([None, "en", "ar"]), published=rng.choice(PUBLISHED))
