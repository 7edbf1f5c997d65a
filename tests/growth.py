"""Growth measurements shared by the default and the slow tier: articles built from repeated
shapes, every regular expression the engine compiles, and a cost that is a ratio between sizes.

Timing here is never compared with a number of seconds: a check of ``k`` times the text may cost
at most ``k`` times as much, with generous slack, measured in process time, best of a few runs.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from checker.core.engine import Engine
from checker.core.models import Article
from checker.language import regexes

PUBLISHED = dt.date(2024, 3, 5)

ORDINARY_EN = (
    "The regional council approved a revised budget on Tuesday after a debate that ran past "
    "midnight, officials said.\nRoad repairs will take most of the new money, and the council "
    "expects the work to begin in the spring.\n\nResidents who spoke at the meeting asked for "
    "more buses on the northern routes.\n")
ORDINARY_AR = (
    "وافق المجلس البلدي على الموازنة المعدلة بعد نقاش طويل امتد حتى ساعة متأخرة من الليل.\n"
    "وستذهب معظم الأموال الجديدة إلى إصلاح الطرق، ويتوقع المجلس أن تبدأ الأعمال في الربيع.\n\n"
    "وطالب السكان الذين تحدثوا في الاجتماع بمزيد من الحافلات على الخطوط الشمالية.\n")


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def long_word(size: int) -> str:
    """One word as long as the text, then a short sentence: the end of a sentence after it."""
    return "x" * (size - 5) + " end."


@dataclass(frozen=True)
class Shape:
    name: str
    lang: str
    build: Callable[[int], str]


def _rep(name: str, unit: str, lang: str = "en") -> Shape:
    return Shape(name, lang, lambda size: repeat(unit, size))


SHAPES = [
    _rep("ordinary-en", ORDINARY_EN),
    _rep("ordinary-ar", ORDINARY_AR, "ar"),
    _rep("toll", "25 dead. "),
    _rep("tolls-differ", "25 dead in the floods. 30 dead in the floods. "),
    _rep("date", "On Monday, March 4, 2024. "),
    _rep("weekday-wrong", "On Tuesday, March 4, 2024, the river rose. "),
    _rep("abbreviation-a", "a. "),
    _rep("abbreviation-mr", "Mr. "),
    _rep("initials", "J. R. "),
    _rep("month", "March "),
    _rep("year", "2024 "),
    _rep("years-sentence", "In 2019 the plant closed, and in 2021 it reopened. "),
    _rep("number-list", "1, 2, 3 and 4. "),
    _rep("money", "It cost $25 million, or 12 percent of the budget. "),
    _rep("name-role", "John Smith, the mayor, said 12 people were hurt. "),
    _rep("roles-differ", "Mayor John Smith spoke. Governor John Smith left. "),
    _rep("quote", '"We will rebuild," said Ahmed Hassan. '),
    _rep("relative-days", "Yesterday, 3 people died. "),
    _rep("age", "Smith, 45, was born in 1970. "),
    _rep("tenure", "He was minister from 2010 to 2014. "),
    _rep("time", "At 10:30 a.m. the storm hit. "),
    _rep("quote-flood", '"'),
    _rep("single-quote-flood", "'"),
    _rep("bracket-flood", "("),
    _rep("close-bracket-flood", ")"),
    _rep("guillemet-flood", "«"),
    _rep("newlines", "\n"),
    _rep("spaces-then-word", "          word"),
    _rep("capitals", "Aaa Bbb Ccc Ddd "),
    _rep("dots", "."),
    _rep("digits", "1"),
    _rep("digit-groups", "1,000,"),
    Shape("long-word", "en", long_word),
    _rep("toll-ar", "قتل 25 شخصا. ", "ar"),
    _rep("date-ar", "يوم الاثنين 4 مارس 2024. ", "ar"),
    _rep("month-ar", "مارس ", "ar"),
    _rep("month-pair-ar", "آذار/مارس ", "ar"),
    _rep("hijri-ar", "في 5 رمضان 1445 هـ. ", "ar"),
    _rep("name-ar", "قال الوزير محمد أحمد إن 25 شخصا قتلوا. ", "ar"),
    _rep("quote-ar", "«سنعيد البناء» قال أحمد حسن. ", "ar"),
    _rep("digits-ar", "٢٥ ", "ar"),
    _rep("proclitics-ar", "وال", "ar"),
]


def cost(fn: Callable[[], object], runs: int = 3) -> float:
    """The least process time of ``runs`` calls of ``fn``."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def growth(measure: Callable[[int], float], small: int, factor: int) -> float:
    """How much more ``measure(size)`` costs at ``small * factor`` than at ``small``, per unit of
    size: 1.0 is linear, ``factor`` quadratic."""
    low = measure(small)
    high = measure(small * factor)
    return high / max(low, 1e-9) / factor


def check_cost(engine: Engine, shape: Shape, size: int, runs: int = 2) -> float:
    text = shape.build(size)
    article = Article(id=shape.name, text=text, lang=shape.lang, published=PUBLISHED)
    return cost(lambda: engine.check_article(article), runs)


# --- every pattern the engine compiles -------------------------------------------------------

_OWN = tuple(str(Path(m.__file__).resolve().parent) for m in
             (sys.modules["checker"], __import__("checker_plugins")))


def _own_caller() -> bool:
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith(re.__file__.rsplit("/", 1)[0]):
        frame = frame.f_back
    return frame is not None and frame.f_code.co_filename.startswith(_OWN)


def _walk(value, seen: set[int], out: dict, depth: int = 0) -> None:
    if id(value) in seen or depth > 4:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        out[(value.pattern, value.flags)] = value
    elif isinstance(value, dict):
        for v in value.values():
            _walk(v, seen, out, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            _walk(v, seen, out, depth + 1)
    elif hasattr(value, "__dict__") and type(value).__module__.startswith(("checker", "checker_plugins")):
        for v in vars(value).values():
            _walk(v, seen, out, depth + 1)


def compiled_patterns(sample: dict[str, str]) -> dict[tuple, re.Pattern]:
    """Every regular expression of the core and the built-in plugins: those held by their modules
    (walked through containers), and those compiled while a fresh engine loads its language data
    and checks ``sample`` (language -> text), wherever they are kept (caches, lexicons)."""
    found: dict[tuple, re.Pattern] = {}
    original, original_make = re._compile, regexes._make
    regexes._store()   # its self-check compiled before recording

    def recording(pattern, flags):
        compiled = original(pattern, flags)
        if isinstance(compiled, re.Pattern) and _own_caller():
            found[(compiled.pattern, compiled.flags)] = compiled
        return compiled

    def making(pattern, entry):   # the patterns of checker.language.regexes.compiled
        compiled = original_make(pattern, entry)
        found[(compiled.pattern, compiled.flags)] = compiled
        return compiled

    re._compile, regexes._make = recording, making
    try:
        engine = Engine()
        for lang, text in sample.items():
            engine.check_article(Article(id="sample", text=text, lang=lang, published=PUBLISHED))
    finally:
        re._compile, regexes._make = original, original_make
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in ("checker", "checker_plugins"):
            _walk(vars(module), seen, found)
    _walk(engine.lexicons, seen, found)
    return found


PATTERN_UNITS = ["a", " ", "a ", "1", "1 ", "1,", ".", "a.", "-", "\n", " \n", "(", ")", '"', "'",
                 "«", "Aa ", "A. ", "ب", "ال", "و ", "،", "٣", "x" * 40 + " "]


def literal_units(pattern: str) -> list[str]:
    """A few words written in ``pattern`` (its alternatives' literals), repeated with and without
    a space: what an alternation of data words meets in an article that repeats them."""
    words = sorted(set(re.findall(r"[^\W\d_]{3,}", re.sub(r"\\.", " ", pattern))))[:3]
    return [w + sep for w in words for sep in ("", " ")]
