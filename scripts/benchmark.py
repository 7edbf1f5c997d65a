#!/usr/bin/env python3
"""Benchmark the checker and evaluate its date extractor. Prints figures; it is not a test.

usage: benchmark.py [--sizes 1,10,100] [--base N] [--seed S] [--jsonl FILE...] [--no-tracemalloc]
                    [--tempeval DIR] [--arabic-timex DIR] [--errors N] [--json FILE]
                    [--skip-speed] [--skip-eval] [--skip-batch] [--cold-runs N] [--repeat N]
                    [--compare-size K] [--growth SIZES]

1. Speed and memory. A seeded, deterministic synthetic corpus of Arabic and English news-like
   articles (dates, month pairs, numbers, quotations, brackets, the odd planted inconsistency),
   or the articles of the ``--jsonl`` files, checked at 1x, 10x and 100x ``--base`` articles.
   For each size: articles, characters, wall time of ``Engine.check_items``, articles/s,
   characters/s, findings, date, name and quantity mentions extracted per second (separate passes
   over ``Facts(engine.document(article))["date_mentions"]``, ``["name_mentions"]`` and
   ``["quantities"]``), the
   process's peak RSS so far and the
   tracemalloc peak of a third, traced pass (``--no-tracemalloc`` skips it).

2. Date extraction on TimeML corpora, when present: TempEval-3 (te3-platinum, TimeBank and
   AQUAINT scored separately) and the Arabic TIMEX3 set. The tags inside ``<TEXT>`` (or inside
   the root element when there is no ``<TEXT>``) are stripped to plain text, keeping the exact
   offsets of every TIMEX3; the document creation time is the publication date. The extractor
   runs on the plain text and is scored against the TIMEX3 of type DATE:

   - span detection, strict (exact offsets) and relaxed (any overlap): precision is the share of
     mentions that hit a DATE timex, recall the share of DATE timexes hit by a mention. Scored
     twice: without the extractor's bare years (lone four-digit numbers, kept only for range
     rules) and with them;
   - normalisation: of the DATE timexes whose value is YYYY-MM-DD, YYYY-MM or YYYY and that a
     mention overlaps, the share whose value the best-overlapping mention states exactly (same
     year, month and day, and nothing more; a mention with two candidate months is right when
     either is).

   ``--errors N`` prints the most common kinds (shapes such as "MONTH N, YYYY") of misses,
   spurious mentions, boundary disagreements and wrong values, and N examples of each in context.

3. Batch runs of ``checker check`` (``--skip-batch`` leaves them out; ``--skip-speed`` leaves out
   sections 1 and 3). The corpus at each size is
   written to a JSON Lines file and checked end to end (read, check, write JSON Lines):

   - single-process: ``Engine.check_items`` over the file in this process, MB/s of article text
     (UTF-8) and articles/s;
   - ``checker check FILE --jobs 1`` and ``--jobs 2`` as subprocesses (cache off), wall time,
     MB/s, articles/s and the peak RSS of the run (its largest process); each figure the best of
     ``--repeat`` runs, the two job counts taking turns;
   - cold start: the wall time of ``checker check`` on one article, and the CPU time of its
     process, best and median of ``--cold-runs`` runs: with the cache off (the article checked),
     and answered by the cache (the same article again);
   - time per rule and per fact extractor (each one's own time, extractors called inside a rule
     not counted for the rule) on the ``--compare-size`` corpus;
   - on that same corpus, a naive baseline (``dateparser.search.search_dates`` over each article;
     ``pip install 'newscheck[bench]'``) and a floor (read the file, parse each line, one regex word pass), as ratios to the
     single-process checker;
   - the targets with the figure measured against each: single-process throughput >= 1.6 MB/s,
     >= 20x the naive baseline and <= 12x the floor's time, ``--jobs 2`` >= 1.8x ``--jobs 1`` (in wall time, and
     with the cold-start time taken off both runs), cold start <= 0.3 s (the slower of a check
     with the cache off and one the cache answers, with the bytecode cache written first as an
     install writes it), peak RSS from 1x to
     100x flat within 10%.

4. ``--growth SIZES`` (characters, e.g. ``1000,10000,100000,1000000``): time against length.
   Articles that repeat one shape (the shapes of ``tests/growth.py``: an ordinary wire story in
   each language, "25 dead." told again and again, dates, month names, years, abbreviations,
   initials, names with roles, quotations, a long word, floods of quotation marks and brackets,
   Arabic digits and proclitics, ...) are checked at each size; for each shape the process
   seconds at each size, the growth from the smallest to the largest size per unit of length
   (1.0 is linear) and the time at the largest size as a multiple of the ordinary article's of
   that length and language.

5. ``--json FILE`` writes every figure as JSON.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime as dt
import functools
import html
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.core.engine import Engine  # noqa: E402
from checker.core.facts import Extractor, Facts  # noqa: E402
from checker.io.inputs import iter_inputs  # noqa: E402
from checker.io.html import article_from_html  # noqa: E402
from checker.io.markdown import article_from_markdown  # noqa: E402
from checker.core.models import Article  # noqa: E402
from checker.language.normalize import normalize_text  # noqa: E402

SHARED = ROOT.parent / "shared" / "external"
MIB = 1024 * 1024

# --------------------------------------------------------------------------------------------
# Synthetic corpus

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_PLACES = ["Cairo", "Beirut", "Amman", "Geneva", "Nairobi", "Lisbon", "Tunis", "Baghdad"]
EN_PEOPLE = ["Finance Minister Laila Haddad", "Mayor Tom Reyes", "spokeswoman Ana Silva",
             "the agency's director, Omar Nasser", "council member Grace Obi"]
EN_SENTENCES = [
    "{person} said on {weekday}, {month} {day}, {year}, that the council would meet again.",
    "The report, published on {month} {day}, {year}, put the cost at {money} million dollars.",
    "Between {month} and {month2} {year}, prices rose by {pct}%.",
    '"We cannot wait until {month2}," {person} told reporters in {place}.',
    "Officials counted {count} people at the site on {numdate}.",
    "The project, first announced in {year0}, is due to be finished by {year}.",
    "Turnout fell to {pct}% (from {pct2}% in {year0}).",
    "{person} (who took office in {month} {year0}) declined to comment.",
    "The figures for {month} {year} show {count} new applications [{pct}% more than a year earlier].",
    "About {count} households in {place} were still without power, {person} said.",
]
EN_FLAWS = ['"The deal is done, {person} said on {weekday}.', "Leave a comment",
            "The plan (approved in {year0} was never funded."]

AR_GREGORIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                "أكتوبر", "نوفمبر", "ديسمبر"]
AR_LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                "تشرين الأول", "تشرين الثاني", "كانون الأول"]
AR_HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
            "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_PLACES = ["بيروت", "عمّان", "القاهرة", "دمشق", "بغداد", "تونس", "الرباط", "مسقط"]
AR_PEOPLE = ["وزير المالية", "رئيس البلدية", "المتحدث باسم الحكومة", "مديرة المشروع", "نائب المحافظ"]
AR_SENTENCES = [
    "قال {person} يوم {weekday} {day} {pair} {year} إن المجلس سيجتمع مجدداً.",
    "وأظهر التقرير الصادر في {day} {greg} {year} أن الكلفة بلغت {money} مليون دولار.",
    "وارتفعت الأسعار بنسبة {pct} في المئة بين {lev} و{lev2} {year}.",
    "وقال {person} للصحافيين في {place}: «لن ننتظر حتى {pair2}».",
    "وأحصى المسؤولون {count} شخصاً في الموقع بتاريخ {numdate}.",
    "وكان المشروع قد أُعلن عام {year0}، ومن المقرر أن ينتهي في {year}.",
    "وتصادف الذكرى في {hday} {hijri} {hyear} هـ.",
    "(وكان {person} قد تولى منصبه في {pair} {year0}) ورفض التعليق.",
    "وتشير أرقام شهر {greg} {year} إلى {count} طلباً جديداً [بزيادة {pct} في المئة].",
    "ولا يزال نحو {count} منزل في {place} من دون كهرباء، بحسب {person}.",
]
AR_FLAWS = ["وقال {person} يوم {weekday}: «انتهى الاتفاق.", "أضف تعليقاً",
            "وكانت الخطة (التي أقرت عام {year0} لم تموّل."]
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _date_fields(rng: random.Random) -> dict[str, object]:
    """Values for one sentence's placeholders: a real date, its weekday (wrong 3% of the time)
    and month names in both languages (a gloss pair that disagrees 3% of the time)."""
    d = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(8 * 365))
    m, m2 = d.month - 1, (d.month + rng.randrange(1, 4) - 1) % 12
    wd = (d.weekday() + (1 if rng.random() < 0.03 else 0)) % 7
    gloss = (m + 1) % 12 if rng.random() < 0.03 else m
    sep = rng.choice(["/", " (", " "])
    pair = f"{AR_LEVANTINE[m]}{sep}{AR_GREGORIAN[gloss]}" + (")" if sep == " (" else "")
    return {"day": d.day, "year": d.year, "year0": d.year - rng.randrange(1, 12), "weekday_n": wd,
            "month": EN_MONTHS[m], "month2": EN_MONTHS[m2], "greg": AR_GREGORIAN[m], "lev": AR_LEVANTINE[m],
            "lev2": AR_LEVANTINE[m2], "pair": pair, "pair2": f"{AR_LEVANTINE[m2]}/{AR_GREGORIAN[m2]}",
            "numdate": f"{d.day:02d}/{d.month:02d}/{d.year}", "hday": rng.randint(1, 29),
            "hijri": rng.choice(AR_HIJRI), "hyear": rng.randint(1438, 1447),
            "money": rng.randint(2, 950), "pct": rng.randint(1, 60), "pct2": rng.randint(1, 60),
            "count": f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}"}


def _sentence(rng: random.Random, lang: str, digits: bool) -> str:
    f = _date_fields(rng)
    flawed = rng.random() < 0.02
    if lang == "en":
        template = rng.choice(EN_FLAWS if flawed else EN_SENTENCES)
        f.update(person=rng.choice(EN_PEOPLE), place=rng.choice(EN_PLACES), weekday=EN_WEEKDAYS[f["weekday_n"]])
        return template.format(**f)
    template = rng.choice(AR_FLAWS if flawed else AR_SENTENCES)
    f.update(person=rng.choice(AR_PEOPLE), place=rng.choice(AR_PLACES), weekday=AR_WEEKDAYS[f["weekday_n"]])
    text = template.format(**f)
    return text.translate(AR_DIGITS) if digits else text


def _dateline(rng: random.Random, lang: str, published: dt.date) -> str:
    if lang == "en":
        return f"{rng.choice(EN_PLACES).upper()}, {EN_MONTHS[published.month - 1]} {published.day} (Wire) —"
    return f"{rng.choice(AR_PLACES)} - {published.day} {AR_GREGORIAN[published.month - 1]} {published.year} (وكالات) -"


def synthetic_article(index: int, seed: int = 0) -> Article:
    """Article ``index`` of the synthetic corpus: the same for the same (index, seed). Even
    indexes are Arabic, odd ones English; half carry a publication date, a third a dateline."""
    rng = random.Random(f"checker-benchmark:{seed}:{index}")
    lang = "ar" if index % 2 == 0 else "en"
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    digits = rng.random() < 0.3
    paragraphs = [" ".join(_sentence(rng, lang, digits) for _ in range(rng.randint(1, 3)))
                  for _ in range(rng.randint(6, 14))]
    if rng.random() < 1 / 3:
        paragraphs[0] = f"{_dateline(rng, lang, published)} {paragraphs[0]}"
    return Article(id=f"synthetic-{seed}-{index:06d}", text="\n\n".join(paragraphs), lang=lang,
                   published=published if rng.random() < 0.5 else None)


# --------------------------------------------------------------------------------------------
# Speed and memory


def load_pool(paths: list[str]) -> list[Article]:
    """The articles of the given files (items that fail to load are left out)."""
    return [item for item in iter_inputs(paths) if isinstance(item, Article)]


def corpus(count: int, pool: list[Article] | None, seed: int) -> list[Article]:
    """``count`` articles: synthetic, or the pool's in order, repeated (with new ids) as needed."""
    if not pool:
        return [synthetic_article(i, seed) for i in range(count)]
    out = []
    for i in range(count):
        a = pool[i % len(pool)]
        out.append(a if i < len(pool) else a.model_copy(update={"id": f"{a.id}#{i // len(pool)}"}))
    return out


def time_check(engine: Engine, articles: list[Article]) -> tuple[float, int, int]:
    """Wall seconds of checking every article, findings and item errors."""
    findings = errors = 0
    start = time.perf_counter()
    for result in engine.check_items(iter(articles)):
        findings += len(result.findings)
        errors += len(result.errors)
    return time.perf_counter() - start, findings, errors


def time_dates(engine: Engine, articles: list[Article], fact: str = "date_mentions") -> tuple[float, int]:
    """Wall seconds of extracting the date mentions (or another ``fact``) of every article, and
    their number."""
    mentions = 0
    start = time.perf_counter()
    for a in articles:
        mentions += len(Facts(engine.document(a), engine.registry.extractors)[fact])
    return time.perf_counter() - start, mentions


def traced_peak(engine: Engine, articles: list[Article]) -> int:
    """Peak bytes allocated by Python while checking every article (tracemalloc)."""
    tracemalloc.start()
    try:
        for _ in engine.check_items(iter(articles)):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def peak_rss() -> int:
    """Peak resident set size of this process so far, in bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def speed_row(engine: Engine, multiple: int, articles: list[Article], trace: bool) -> dict:
    seconds, findings, errors = time_check(engine, articles)
    date_seconds, mentions = time_dates(engine, articles)
    name_seconds, names = time_dates(engine, articles, "name_mentions")
    quantity_seconds, quantities = time_dates(engine, articles, "quantities")
    chars = sum(len(a.text) for a in articles)
    return {"size": multiple, "articles": len(articles), "chars": chars, "seconds": seconds,
            "articles_per_s": len(articles) / seconds, "chars_per_s": chars / seconds,
            "findings": findings, "item_errors": errors, "date_mentions": mentions,
            "date_seconds": date_seconds, "date_mentions_per_s": mentions / date_seconds if date_seconds else 0.0,
            "name_mentions": names, "name_mentions_per_s": names / name_seconds if name_seconds else 0.0,
            "quantity_mentions": quantities,
            "quantity_mentions_per_s": quantities / quantity_seconds if quantity_seconds else 0.0,
            "tracemalloc_peak_bytes": traced_peak(engine, articles) if trace else None,
            "peak_rss_bytes": peak_rss()}


def run_speed(engine: Engine, sizes: list[int], base: int, pool: list[Article] | None, seed: int,
              trace: bool = True) -> list[dict]:
    """One row per size, smallest first (so the process's peak RSS grows with the sizes)."""
    return [speed_row(engine, k, corpus(k * base, pool, seed), trace) for k in sorted(sizes)]


def print_speed(rows: list[dict], source: str, load_seconds: float) -> None:
    print(f"== Speed and memory ({source}; engine start-up {load_seconds * 1000:.0f} ms)")
    print(f"{'size':>5} {'articles':>8} {'chars':>10} {'wall s':>7} {'art/s':>7} {'chars/s':>10} "
          f"{'findings':>8} {'dates':>7} {'dates/s':>8} {'names':>7} {'names/s':>8} {'qties':>7} {'qties/s':>8} "
          f"{'RSS MiB':>8} {'traced MiB':>10}")
    for r in rows:
        traced = "-" if r["tracemalloc_peak_bytes"] is None else f"{r['tracemalloc_peak_bytes'] / MIB:.1f}"
        print(f"{str(r['size']) + 'x':>5} {r['articles']:>8} {r['chars']:>10} {r['seconds']:>7.2f} "
              f"{r['articles_per_s']:>7.0f} {r['chars_per_s']:>10.0f} {r['findings']:>8} "
              f"{r['date_mentions']:>7} {r['date_mentions_per_s']:>8.0f} {r['name_mentions']:>7} "
              f"{r['name_mentions_per_s']:>8.0f} {r['quantity_mentions']:>7} {r['quantity_mentions_per_s']:>8.0f} "
              f"{r['peak_rss_bytes'] / MIB:>8.1f} {traced:>10}")
    print("RSS is the process's peak so far; traced is tracemalloc's peak during a separate check pass.")


# --------------------------------------------------------------------------------------------
# TimeML


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass
class TimemlDoc:
    name: str
    text: str
    dct: dt.date | None
    timexes: list[Timex] = field(default_factory=list)


_TAG = re.compile(r"<!--.*?-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<[?!][^>]*>|<(?P<close>/?)(?P<name>[\w:.-]+)(?P<attrs>[^>]*?)(?P<empty>/?)>",
                  re.DOTALL)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TEXT = re.compile(r"<TEXT\b[^>]*>(.*?)</TEXT\s*>", re.DOTALL)
_ROOT = re.compile(r"<(?P<name>[\w:.-]+)\b[^>]*>(?P<body>.*)</(?P=name)\s*>", re.DOTALL)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ABSOLUTE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def attributes(tag_attrs: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(tag_attrs)}


def timeml_body(source: str) -> str:
    """The markup holding the article: ``<TEXT>``'s content, else the root element's."""
    m = _TEXT.search(source)
    if m:
        return m.group(1)
    prolog_free = re.sub(r"<\?.*?\?>|<!DOCTYPE[^>]*>|<!--.*?-->", "", source, flags=re.DOTALL)
    m = _ROOT.search(prolog_free)
    return m.group("body") if m else prolog_free


def strip_tags(markup: str) -> tuple[str, list[Timex]]:
    """Plain text (entities decoded, byte-order marks dropped) and each TIMEX3 with its exact
    offsets in it. Other tags vanish and keep their content; TIMEX3 may nest."""
    parts: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[Timex] = []

    def add(chunk: str) -> None:
        nonlocal length
        chunk = html.unescape(chunk).replace("\ufeff", "")
        parts.append(chunk)
        length += len(chunk)

    pos = 0
    for m in _TAG.finditer(markup):
        add(markup[pos:m.start()])
        pos = m.end()
        if m.group("cdata") is not None:
            parts.append(m.group("cdata"))
            length += len(m.group("cdata"))
        elif m.group("name") == "TIMEX3" and not m.group("empty"):
            if not m.group("close"):
                open_timexes.append((length, attributes(m.group("attrs"))))
            elif open_timexes:
                start, attrs = open_timexes.pop()
                timexes.append((start, length, attrs))
    add(markup[pos:])
    text = "".join(parts)
    out = [Timex(s, e, text[s:e], a.get("type", ""), a.get("value", ""), a.get("tid", "")) for s, e, a in timexes]
    return text, sorted(out, key=lambda t: (t.start, t.end))


def creation_time(source: str) -> dt.date | None:
    """The value of the TIMEX3 inside ``<DCT>`` (or marked CREATION_TIME), as a day."""
    m = re.search(r"<DCT>\s*<TIMEX3\b([^>]*)>", source) or \
        re.search(r"<TIMEX3\b([^>]*functionInDocument=\"CREATION_TIME\"[^>]*)>", source)
    if not m:
        return None
    day = _ISO_DAY.match(attributes(m.group(1)).get("value", ""))
    return dt.date(*map(int, day.groups())) if day else None


def parse_timeml(source: str, name: str = "") -> TimemlDoc:
    text, timexes = strip_tags(timeml_body(source.lstrip("\ufeff")))
    return TimemlDoc(name, text, creation_time(source), timexes)


def read_timeml(path: Path) -> TimemlDoc:
    return parse_timeml(path.read_text(encoding="utf-8-sig", errors="replace"), path.name)


def load_timeml_dir(directory: Path) -> list[TimemlDoc]:
    return [read_timeml(p) for p in sorted(directory.glob("*.tml"))]


# The Arabic set has no DCT: its relative expressions are resolved against 2015-12-22..25.
ARABIC_WINDOW = (dt.date(2015, 12, 22), dt.date(2015, 12, 25))
ARABIC_TODAY = normalize_text("اليوم")


def arabic_dct(doc: TimemlDoc) -> dt.date:
    """The value of «اليوم» when the file resolves it, else the latest day of the window the
    file resolves anything to, else the window's last day."""
    days = [(t, _ISO_DAY.fullmatch(t.value)) for t in doc.timexes]
    days = [(t, dt.date(*map(int, m.groups()))) for t, m in days if m]
    today = [d for t, d in days if normalize_text(t.text.strip()) == ARABIC_TODAY]
    if today:
        return today[0]
    inside = [d for _, d in days if ARABIC_WINDOW[0] <= d <= ARABIC_WINDOW[1]]
    return max(inside) if inside else ARABIC_WINDOW[1]


# --------------------------------------------------------------------------------------------
# Scoring


def overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def exact(a, b) -> bool:
    return a.start == b.start and a.end == b.end


def span_counts(gold: list, predicted: list) -> collections.Counter:
    """Hits of predicted spans on gold spans and of gold spans by predicted ones, strict and
    relaxed. Both lists hold objects with ``start`` and ``end``."""
    c = collections.Counter(gold=len(gold), predicted=len(predicted))
    for match in (exact, overlaps):
        key = "strict" if match is exact else "relaxed"
        c[f"{key}_pred_hits"] = sum(any(match(p, g) for g in gold) for p in predicted)
        c[f"{key}_gold_hits"] = sum(any(match(g, p) for p in predicted) for g in gold)
    return c


def ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def prf(counts: collections.Counter, key: str) -> dict[str, float]:
    p = ratio(counts[f"{key}_pred_hits"], counts["predicted"])
    r = ratio(counts[f"{key}_gold_hits"], counts["gold"])
    return {"precision": p, "recall": r, "f1": ratio(2 * p * r, p + r)}


def gold_value(value: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of an absolute YYYY, YYYY-MM or YYYY-MM-DD value, else None."""
    m = _ABSOLUTE.fullmatch(value)
    return tuple(int(g) if g else None for g in m.groups()) if m else None


def value_matches(mention, value: tuple[int, int | None, int | None]) -> bool:
    year, month, day = value
    if mention.year != year or mention.day != day:
        return False
    return month in mention.months if month is not None else not mention.months


def best_overlap(gold, mentions):
    """The mention sharing the most characters with ``gold`` (exact offsets first), or None."""
    hits = [m for m in mentions if overlaps(m, gold)]
    return max(hits, key=lambda m: (exact(m, gold), min(m.end, gold.end) - max(m.start, gold.start)),
               default=None)


def normalisation_counts(gold: list[Timex], mentions: list) -> collections.Counter:
    c = collections.Counter()
    for g in gold:
        value = gold_value(g.value)
        if value is None:
            continue
        c["absolute"] += 1
        m = best_overlap(g, mentions)
        if m is not None:
            c["matched"] += 1
            c["correct"] += value_matches(m, value)
    return c


VARIANTS = {"without bare years": lambda m: not m.bare_year, "with bare years": lambda m: True}


def date_mentions(engine: Engine, doc: TimemlDoc, lang: str) -> list:
    article = Article(id=doc.name or "doc", text=doc.text, lang=lang, published=doc.dct)
    return Facts(engine.document(article), engine.registry.extractors)["date_mentions"]


def score_docs(engine: Engine, docs: list[TimemlDoc], lang: str) -> tuple[dict, list]:
    """Figures for one corpus, per variant, and the per-document material for error analysis."""
    totals = {v: collections.Counter() for v in VARIANTS}
    pairs = []
    for doc in docs:
        gold = [t for t in doc.timexes if t.type == "DATE"]
        mentions = date_mentions(engine, doc, lang)
        pairs.append((doc, mentions))
        for variant, keep in VARIANTS.items():
            predicted = [m for m in mentions if keep(m)]
            totals[variant] += span_counts(gold, predicted) + normalisation_counts(gold, predicted)
    result = {"docs": len(docs), "chars": sum(len(d.text) for d in docs), "variants": {}}
    for variant, c in totals.items():
        result["variants"][variant] = {
            "gold_date": c["gold"], "mentions": c["predicted"], "counts": dict(c),
            "strict": prf(c, "strict"), "relaxed": prf(c, "relaxed"),
            "normalisation": {"absolute": c["absolute"], "matched": c["matched"], "correct": c["correct"],
                              "accuracy": ratio(c["correct"], c["matched"])}}
    return result, pairs


def print_scores(name: str, result: dict) -> None:
    print(f"-- {name}: {result['docs']} documents, {result['chars']} characters")
    print(f"   {'mentions':<20} {'DATE':>5} {'found':>6}   {'strict P':>8} {'R':>6} {'F1':>6}   "
          f"{'relaxed P':>9} {'R':>6} {'F1':>6}   {'value right / overlapped (absolute)':>36}")
    for variant, v in result["variants"].items():
        s, r, n = v["strict"], v["relaxed"], v["normalisation"]
        norm = f"{n['correct']}/{n['matched']} = {100 * n['accuracy']:.1f}% ({n['absolute']})"
        print(f"   {variant:<20} {v['gold_date']:>5} {v['mentions']:>6}   {100 * s['precision']:>8.1f} "
              f"{100 * s['recall']:>6.1f} {100 * s['f1']:>6.1f}   {100 * r['precision']:>9.1f} "
              f"{100 * r['recall']:>6.1f} {100 * r['f1']:>6.1f}   {norm:>36}")


# --------------------------------------------------------------------------------------------
# Error analysis


class Shaper:
    """The shape of a date expression: month and weekday names as MONTH/WEEKDAY, four-digit
    numbers as YYYY, other numbers as N, the rest normalised and lower-cased."""

    def __init__(self, lexicon):
        self.names: dict[str, str] = {}
        for section, label in (("months", "MONTH"), ("weekdays", "WEEKDAY")):
            table = lexicon.section(section, {})
            if section == "months":   # the calendars' tables only (not "ambiguous", "context_words", …)
                table = {k: v for k, v in table.items() if isinstance(v, dict)}
            for names in _name_lists(table):
                for n in names:
                    self.names[" ".join(normalize_text(n).replace(".", "").split())] = label
        alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(self.names, key=len, reverse=True))
        pro = "".join(re.escape(normalize_text(p)) for p in lexicon.proclitics)
        prefix = f"([{pro}]?)" if pro else "()"
        self.rx = re.compile(rf"(?<!\w){prefix}({alt})\.?(?!\w)") if alt else None

    def __call__(self, text: str) -> str:
        s = " ".join(normalize_text(text).split())
        if self.rx is not None:
            s = self.rx.sub(lambda m: m.group(1) + self.names[" ".join(m.group(2).split())], s)
        s = re.sub(r"(?<!\d)\d{4}(?!\d)", "YYYY", s)
        return re.sub(r"\d+", "N", s)


def _name_lists(table: dict):
    for value in table.values():
        if isinstance(value, dict):
            yield from _name_lists(value)
        elif isinstance(value, list) and value and isinstance(value[0], str):
            yield value


def context(text: str, start: int, end: int, width: int = 50) -> str:
    left, right = text[max(0, start - width):start], text[end:end + width]
    return " ".join(f"{left}⟦{text[start:end]}⟧{right}".split())


@dataclass
class Case:
    kind: str          # missed | spurious | boundary | value
    shape: str
    doc: str
    start: int
    end: int
    context: str
    detail: str = ""


def error_cases(doc: TimemlDoc, mentions: list, shape: Shaper) -> list[Case]:
    """Misses, spurious mentions, boundary disagreements and wrong values of one document, for
    the mentions without bare years (a miss that a bare year overlaps says so)."""
    bare = [m for m in mentions if m.bare_year]
    mentions = [m for m in mentions if not m.bare_year]
    gold = [t for t in doc.timexes if t.type == "DATE"]
    cases = []
    for g in gold:
        best = best_overlap(g, mentions)
        value = gold_value(g.value)
        if best is None:
            note = " [bare year only]" if any(overlaps(g, m) for m in bare) else ""
            cases.append(_case("missed", shape(g.text) + note, doc, g, f"value {g.value}"))
        elif not exact(best, g):
            cases.append(_case("boundary", f"{shape(g.text)}  vs  {shape(best.text)}", doc, g,
                               f"extracted {best.text!r}"))
        if best is not None and value is not None and not value_matches(best, value):
            cases.append(_case("value", shape(g.text), doc, g, f"gold {g.value}, extracted {_stated(best)}"))
    for m in mentions:
        if not any(overlaps(m, g) for g in gold):
            other = next((t.type for t in doc.timexes if overlaps(m, t)), None)
            label = f"[{other}] " if other else ""
            cases.append(_case("spurious", label + shape(m.text), doc, m, f"extracted {_stated(m)}"))
    return cases


def _case(kind: str, shape: str, doc: TimemlDoc, span, detail: str) -> Case:
    return Case(kind, shape, doc.name, span.start, span.end, context(doc.text, span.start, span.end), detail)


def _stated(m) -> str:
    months = "|".join(f"{x:02d}" for x in m.months) or "--"
    year = f"{m.year}{'?' if m.year_inferred else ''}" if m.year is not None else "????"
    return f"{year}-{months}-{m.day:02d}" if m.day else f"{year}-{months}" if m.months else year


def error_summary(cases: list[Case], top: int = 10) -> dict[str, list[tuple[str, int]]]:
    by_kind = collections.defaultdict(collections.Counter)
    for c in cases:
        by_kind[c.kind][c.shape] += 1
    return {k: by_kind[k].most_common(top) for k in ("missed", "spurious", "boundary", "value")}


def print_errors(cases: list[Case], n: int) -> None:
    for kind, common in error_summary(cases).items():
        total = sum(1 for c in cases if c.kind == kind)
        print(f"   {kind}: {total}; most common kinds: " + "; ".join(f"{s!r} ×{k}" for s, k in common))
        for c in [c for c in cases if c.kind == kind][:n]:
            print(f"     {c.doc}:{c.start}-{c.end}  {c.context}  ({c.detail})")


# --------------------------------------------------------------------------------------------
# Batch runs of checker check: throughput, scaling, memory, cold start, cost per rule, baselines

TARGETS = {"single_mb_per_s": 1.6, "vs_naive": 20.0, "vs_floor": 12.0, "jobs2_speedup": 1.8, "cold_start_s": 0.3,
           "rss_growth": 0.10}
_WORD = re.compile(r"\w+")


def write_jsonl(path: Path, articles: list[Article]) -> int:
    """Write the articles as JSON Lines; the UTF-8 bytes of their texts."""
    text_bytes = 0
    with open(path, "w", encoding="utf-8") as f:
        for a in articles:
            rec = {"id": a.id, "text": a.text, "lang": a.lang, "published": a.published.isoformat() if a.published else None}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            text_bytes += len(a.text.encode("utf-8"))
    return text_bytes


def run_cli(args: list[str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in bytes (of its largest process) and exit status of ``checker``."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "checker", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"checker {' '.join(args)} exited {proc.returncode}: {err[-500:]}")
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return seconds, peak, proc.returncode


def in_process(engine: Engine, path: Path) -> float:
    """Seconds to read, check and serialise every article of a JSONL file in this process."""
    from checker.reporters.json import dump_result

    start = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as out:
        for result in engine.check_items(iter_inputs([str(path)])):
            out.write(dump_result(result) + "\n")
    return time.perf_counter() - start


def cli_args(path: Path, jobs: int) -> list[str]:
    return ["check", str(path), "--format", "jsonl", "--output", os.devnull, "--no-cache", "--quiet",
            "--jobs", str(jobs)]


def batch_rows(engine: Engine, sizes: list[int], base: int, pool: list[Article] | None, seed: int,
               workdir: Path, repeat: int = 1) -> tuple[list[dict], dict[int, Path]]:
    rows, paths = [], {}
    for k in sorted(sizes):
        articles = corpus(k * base, pool, seed)
        path = workdir / f"corpus-{k}x.jsonl"
        text_bytes = write_jsonl(path, articles)
        paths[k] = path
        row = {"size": k, "articles": len(articles), "text_bytes": text_bytes, "file_bytes": path.stat().st_size}
        row["single"] = {"seconds": min(in_process(engine, path) for _ in range(max(1, repeat)))}
        for _ in range(max(1, repeat)):  # best of N, the two job counts interleaved
            for jobs in (1, 2):
                seconds, peak, _ = run_cli(cli_args(path, jobs))
                best = row.get(f"jobs{jobs}")
                if best is None or seconds < best["seconds"]:
                    row[f"jobs{jobs}"] = {"seconds": seconds, "peak_rss_bytes": peak}
        for key in ("single", "jobs1", "jobs2"):
            r = row[key]
            r["mb_per_s"] = text_bytes / 1e6 / r["seconds"]
            r["articles_per_s"] = len(articles) / r["seconds"]
        rows.append(row)
    return rows, paths


def cold_start(workdir: Path, runs: int) -> dict:
    """``checker check`` on one article, from a new process each time: wall seconds, and the
    process's CPU seconds (user and system), which other work on a shared machine disturbs less;
    with the cache off, and (``hit``) answered by a cache the first run filled."""
    one = workdir / "one.txt"
    one.write_text(synthetic_article(1).text, encoding="utf-8")
    cache = ["--cache-dir", str(workdir / "cold-cache")]
    run_cli(["check", str(one), "--quiet", *cache])
    figures = {}
    for case, args in (("no_cache", ["--no-cache"]), ("hit", cache)):
        times, cpu = [], []
        for _ in range(max(1, runs)):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            times.append(run_cli(["check", str(one), "--quiet", *args])[0])
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        figures[case] = {"runs": len(times), "best_s": min(times), "median_s": statistics.median(times),
                         "best_cpu_s": min(cpu), "median_cpu_s": statistics.median(cpu)}
    return {**figures["no_cache"], "hit": figures["hit"]}


def profile_rules(articles: list[Article], plugins=()) -> dict:
    """Each rule's and extractor's own time over ``articles``, and the engine's remainder."""
    engine = Engine(plugins=plugins)
    own: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    stack: list[float] = []

    def timed(key, fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            stack.append(0.0)
            t0 = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                elapsed = time.perf_counter() - t0
                inner = stack.pop()
                own[key] += elapsed - inner
                calls[key] += 1
                if stack:
                    stack[-1] += elapsed
        return wrapper

    reg = engine.registry
    reg.rules = {rid: dataclasses.replace(r, check=timed(("rule", rid), r.check)) for rid, r in reg.rules.items()}
    reg.extractors = {n: Extractor(n, timed(("extractor", n), ex.extract), ex.plugin) for n, ex in reg.extractors.items()}
    start = time.perf_counter()
    for _ in engine.check_items(iter(articles)):
        pass
    total = time.perf_counter() - start
    rows = [{"kind": kind, "name": name, "seconds": sec, "calls": calls[(kind, name)],
             "us_per_article": sec / len(articles) * 1e6, "share": sec / total}
            for (kind, name), sec in own.most_common()]
    rest = total - sum(own.values())
    return {"articles": len(articles), "total_seconds": total, "rows": rows,
            "engine_seconds": rest, "engine_share": rest / total}


def naive_baseline(path: Path) -> float:
    """dateparser.search.search_dates over each article of the file: seconds."""
    try:  # an optional extra, needed only for this comparison
        from dateparser.search import search_dates
    except ImportError:
        raise SystemExit("the naive baseline needs dateparser: pip install 'newscheck[bench]' "
                         "(or leave the batch runs out with --skip-batch)") from None

    start = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            search_dates(rec["text"], languages=[rec["lang"]] if rec.get("lang") else None)
    return time.perf_counter() - start


def floor(path: Path) -> float:
    """Read each article of the file and make one regex pass over its words: seconds (best of 3)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        words = 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                words += len(_WORD.findall(json.loads(line)["text"]))
        best = min(best, time.perf_counter() - start)
    return best


def run_batch(engine: Engine, sizes: list[int], base: int, pool: list[Article] | None, seed: int,
              cold_runs: int, compare_size: int | None, repeat: int = 1) -> dict:
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    # the bytecode cache, as an install writes it (pip compiles what it installs; an editable
    # install or PYTHONDONTWRITEBYTECODE=1 would leave every command, and every worker of
    # --jobs, to compile the sources again at its start)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "checker"), str(ROOT / "plugins")],
                   stdout=subprocess.DEVNULL, check=False)
    for _ in engine.check_items(iter(corpus(4, pool, seed + 1))):  # warm up: lexicons and patterns load lazily
        pass
    with tempfile.TemporaryDirectory(prefix="checker-bench-") as tmp:
        workdir = Path(tmp)
        rows, paths = batch_rows(engine, sizes, base, pool, seed, workdir, repeat)
        cold = cold_start(workdir, cold_runs)
        k = compare_size if compare_size in paths else (10 if 10 in paths else max(paths))
        articles = [a for a in iter_inputs([str(paths[k])]) if isinstance(a, Article)]
        prof = profile_rules(articles)
        checker_s = in_process(engine, paths[k])
        naive_s = naive_baseline(paths[k])
        floor_s = floor(paths[k])
    compare = {"size": k, "articles": len(articles), "checker_seconds": checker_s, "naive_seconds": naive_s,
               "floor_seconds": floor_s, "vs_naive": naive_s / checker_s, "vs_floor": checker_s / floor_s}
    largest = max(rows, key=lambda r: r["size"])
    smallest = min(rows, key=lambda r: r["size"])
    rss = [r["jobs1"]["peak_rss_bytes"] for r in rows]
    startup = cold["best_s"]
    single = next(r for r in rows if r["size"] == k)["single"]["mb_per_s"]
    measured = {"single_mb_per_s": single, "vs_naive": compare["vs_naive"], "vs_floor": compare["vs_floor"],
                "jobs2_speedup": largest["jobs1"]["seconds"] / largest["jobs2"]["seconds"],
                "jobs2_speedup_after_startup": max(largest["jobs1"]["seconds"] - startup, 1e-9)
                / max(largest["jobs2"]["seconds"] - startup, 1e-9),
                "cold_start_s": max(cold["best_s"], cold["hit"]["best_s"]), "rss_growth": max(rss) / smallest["jobs1"]["peak_rss_bytes"] - 1}
    met = {"single_mb_per_s": single >= TARGETS["single_mb_per_s"],
           "vs_naive": measured["vs_naive"] >= TARGETS["vs_naive"], "vs_floor": measured["vs_floor"] <= TARGETS["vs_floor"],
           "jobs2_speedup": measured["jobs2_speedup"] >= TARGETS["jobs2_speedup"],
           "jobs2_speedup_after_startup": measured["jobs2_speedup_after_startup"] >= TARGETS["jobs2_speedup"],
           "cold_start_s": measured["cold_start_s"] <= TARGETS["cold_start_s"],
           "rss_growth": measured["rss_growth"] <= TARGETS["rss_growth"]}
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {"rows": rows, "cold_start": cold, "profile": prof, "compare": compare,
            "targets": {"target": TARGETS, "measured": measured, "met": met}, "cpus": os.cpu_count(),
            "load_average": [load_before, load_after]}


def print_batch(b: dict, source: str) -> None:
    load = " to ".join(f"{x:.2f}" for x in b["load_average"] if x is not None) or "unknown"
    print(f"== Batch runs of checker check ({source}; {b['cpus']} CPUs, load average {load}; cache off)")
    print(f"{'size':>5} {'articles':>8} {'text MB':>8}   {'single MB/s':>11} {'art/s':>6}   "
          f"{'--jobs 1 MB/s':>13} {'art/s':>6} {'RSS MiB':>7}   {'--jobs 2 MB/s':>13} {'art/s':>6} {'RSS MiB':>7}")
    for r in b["rows"]:
        s, j1, j2 = r["single"], r["jobs1"], r["jobs2"]
        print(f"{str(r['size']) + 'x':>5} {r['articles']:>8} {r['text_bytes'] / 1e6:>8.2f}   {s['mb_per_s']:>11.3f} "
              f"{s['articles_per_s']:>6.0f}   {j1['mb_per_s']:>13.3f} {j1['articles_per_s']:>6.0f} "
              f"{j1['peak_rss_bytes'] / MIB:>7.1f}   {j2['mb_per_s']:>13.3f} {j2['articles_per_s']:>6.0f} "
              f"{j2['peak_rss_bytes'] / MIB:>7.1f}")
    print("single: Engine.check_items in this process; --jobs N: the command, start-up included; "
          "RSS: the run's largest process.")
    c = b["cold_start"]
    for label, f in (("--no-cache", c), ("answered by the cache", c["hit"])):
        print(f"cold start of `checker check` on one article, {label}: best {f['best_s']:.3f} s, median "
              f"{f['median_s']:.3f} s (CPU: best {f['best_cpu_s']:.3f} s, median {f['median_cpu_s']:.3f} s; {f['runs']} runs)")
    p = b["profile"]
    print(f"-- own time per rule and extractor ({p['articles']} articles, {p['total_seconds']:.2f} s)")
    for r in p["rows"]:
        print(f"   {r['kind']:<9} {r['name']:<22} {r['seconds'] * 1000:>9.1f} ms {r['us_per_article']:>9.0f} us/article "
              f"{100 * r['share']:>5.1f}%")
    print(f"   {'engine':<9} {'(documents, sorting)':<22} {p['engine_seconds'] * 1000:>9.1f} ms "
          f"{p['engine_seconds'] / p['articles'] * 1e6:>9.0f} us/article {100 * p['engine_share']:>5.1f}%")
    m = b["compare"]
    print(f"-- the same {m['articles']} articles ({m['size']}x): checker {m['checker_seconds']:.2f} s, naive baseline "
          f"(dateparser.search_dates) {m['naive_seconds']:.2f} s, floor (read + one regex word pass) "
          f"{m['floor_seconds']:.3f} s")
    t = b["targets"]
    labels = {"single_mb_per_s": ("single-process throughput (MB/s of article text)", ">=", " MB/s"),
              "vs_naive": ("throughput vs the naive baseline", ">=", "x"),
              "vs_floor": ("time vs the floor", "<=", "x"),
              "jobs2_speedup": ("--jobs 2 vs --jobs 1 (largest size, wall time)", ">=", "x"),
              "jobs2_speedup_after_startup": ("--jobs 2 vs --jobs 1 (largest size, start-up excluded)", ">=", "x"),
              "cold_start_s": ("cold start, one article, cache off or answered by it", "<=", " s"),
              "rss_growth": ("peak RSS growth from the smallest to the largest size", "<=", "")}
    print("-- targets")
    for key, (label, op, unit) in labels.items():
        value, target = t["measured"][key], t["target"][key.replace("_after_startup", "")]
        shown = f"{100 * value:+.1f}%" if key == "rss_growth" else f"{value:.2f}{unit}"
        goal = f"{100 * target:.0f}%" if key == "rss_growth" else f"{target:g}{unit}"
        print(f"   {label:<55} {shown:>9}  target {op} {goal:<6} {'met' if t['met'][key] else 'NOT met'}")


# --------------------------------------------------------------------------------------------
# Driver


def timeml_sets(tempeval: Path, arabic: Path) -> list[tuple[str, Path, str]]:
    return [("te3-platinum", tempeval / "te3-platinum", "en"),
            ("TimeBank", tempeval / "TBAQ-cleaned" / "TimeBank", "en"),
            ("AQUAINT", tempeval / "TBAQ-cleaned" / "AQUAINT", "en"),
            ("arabic-timex", arabic / "Corpus_test", "ar")]


def evaluate(engine: Engine, sets: list[tuple[str, Path, str]], errors: int) -> dict:
    print("== Date extraction against TIMEX3 type DATE (precision, recall, F1 in %)")
    out = {}
    for name, directory, lang in sets:
        docs = load_timeml_dir(directory) if directory.is_dir() else []
        if not docs:
            print(f"-- {name}: skipped, no .tml files in {directory}")
            out[name] = {"skipped": f"no .tml files in {directory}"}
            continue
        for d in docs:
            d.dct = d.dct or (arabic_dct(d) if lang == "ar" else None)
        result, pairs = score_docs(engine, docs, lang)
        print_scores(name, result)
        shaper = Shaper(engine.lexicons.get(lang))
        cases = [c for doc, mentions in pairs for c in error_cases(doc, mentions, shaper)]
        result["errors"] = {k: [list(x) for x in v] for k, v in error_summary(cases).items()}
        result["error_counts"] = dict(collections.Counter(c.kind for c in cases))
        if errors:
            print_errors(cases, errors)
            result["examples"] = [asdict(c) for c in cases if c.kind in ("missed", "spurious")]
        out[name] = result
    return out


def growth_rows(engine: Engine, sizes: list[int]) -> list[dict]:
    """Process seconds of checking each repeated shape at each size (best of two below 100 KB)."""
    sys.path.insert(0, str(ROOT))   # the shapes are the growth tests' own
    from tests.growth import SHAPES, check_cost  # noqa: E402 - a checkout's test helpers, only here
    rows = []
    for shape in SHAPES:
        check_cost(engine, shape, 2_000, runs=1)
        seconds = [check_cost(engine, shape, n, runs=2 if n < 100_000 else 1) for n in sizes]
        rows.append({"shape": shape.name, "lang": shape.lang, "seconds": seconds,
                     "growth": seconds[-1] / max(seconds[0], 1e-9) / (sizes[-1] / sizes[0])})
    ordinary = {r["lang"]: r["seconds"][-1] for r in rows if r["shape"].startswith("ordinary-")}
    for r in rows:
        r["vs_ordinary"] = r["seconds"][-1] / max(ordinary.get(r["lang"], r["seconds"][-1]), 1e-9)
    return rows


def print_growth(rows: list[dict], sizes: list[int]) -> None:
    heads = " ".join(f"{_chars(n):>9}" for n in sizes)
    print(f"Time against length (process seconds; growth 1.0 is linear; x ordinary at {_chars(sizes[-1])})")
    print(f"  {'shape':<22}{heads} {'growth':>7} {'x ordinary':>11}")
    for r in rows:
        cells = " ".join(f"{t:>9.3f}" for t in r["seconds"])
        print(f"  {r['shape']:<22}{cells} {r['growth']:>7.2f} {r['vs_ordinary']:>11.1f}")


def _chars(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1_000} KB" if n >= 1_000 else f"{n} B"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,10,100", help="multiples of --base to run (default 1,10,100)")
    ap.add_argument("--base", type=int, default=20, help="articles at size 1 (default 20)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus")
    ap.add_argument("--jsonl", nargs="+", metavar="FILE", help="check these articles instead of synthetic ones")
    ap.add_argument("--no-tracemalloc", action="store_true", help="skip the traced memory pass")
    ap.add_argument("--tempeval", type=Path, default=SHARED / "tempeval3")
    ap.add_argument("--arabic-timex", type=Path, default=SHARED / "arabic-timex-dahmri")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N missed and N spurious examples")
    ap.add_argument("--json", type=Path, metavar="FILE", help="write every figure as JSON")
    ap.add_argument("--skip-speed", action="store_true", help="leave out the speed figures and the batch runs")
    ap.add_argument("--growth", metavar="SIZES", help="time against length: repeated shapes checked at these "
                    "sizes in characters (e.g. 1000,10000,100000,1000000)")
    ap.add_argument("--skip-eval", action="store_true")
    ap.add_argument("--skip-batch", action="store_true", help="leave out the batch runs of checker check")
    ap.add_argument("--cold-runs", type=int, default=5, metavar="N", help="cold-start runs (default 5)")
    ap.add_argument("--repeat", type=int, default=3, metavar="N",
                    help="batch runs: the best of N runs of each (default 3)")
    ap.add_argument("--compare-size", type=int, metavar="K",
                    help="size whose articles are profiled and compared with the baselines (default 10, else the largest)")
    return ap.parse_args(argv)


def loader_rows(size: int = 1_000_000) -> list[dict]:
    """Time and traced peak memory of reading a page of ``size`` characters in each loader that
    extracts text (HTML, Markdown), per character of the page."""
    para = ("The ministry said on Monday that 25 people (including two children) were hurt &amp; "
            "قال المتحدث إن المفاوضات بدأت في تشرين الثاني الماضي.")
    pages = {"html": (f"<p>{para}</p>\n", article_from_html), "md": (f"{para} `code` [a](b)\n\n", article_from_markdown)}
    rows = []
    for fmt, (unit, load) in pages.items():
        page = unit * (size // len(unit))
        start = time.perf_counter()
        load("bench", "bench", page)
        seconds = time.perf_counter() - start
        tracemalloc.start()
        try:
            load("bench", "bench", page)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        rows.append({"format": fmt, "chars": len(page), "seconds": seconds, "traced_peak_bytes": peak,
                     "bytes_per_char": peak / len(page)})
    return rows


def print_loaders(rows: list[dict]) -> None:
    print("loaders (one page each):")
    for r in rows:
        print(f"  {r['format']:5} {r['chars']:>10,} chars {r['seconds']:6.2f} s  traced peak "
              f"{r['traced_peak_bytes'] / MIB:6.1f} MiB = {r['bytes_per_char']:.0f} bytes a character")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    start = time.perf_counter()
    engine = Engine()
    figures: dict = {"engine_start_seconds": time.perf_counter() - start}
    pool = None
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if not args.skip_speed:
        pool = load_pool(args.jsonl) if args.jsonl else None
        if args.jsonl and not pool:
            print("no article could be loaded from --jsonl", file=sys.stderr)
            return 2
    source = f"{len(pool)} articles from --jsonl" if pool else f"synthetic corpus, seed {args.seed}"
    if not args.skip_speed:
        rows = run_speed(engine, sizes, args.base, pool, args.seed, not args.no_tracemalloc)
        print_speed(rows, f"{source}, base {args.base} articles", figures["engine_start_seconds"])
        figures["speed"] = {"source": source, "base": args.base, "seed": args.seed, "rows": rows}
        if not args.no_tracemalloc:
            figures["loaders"] = loader_rows()
            print_loaders(figures["loaders"])
    if not (args.skip_speed or args.skip_batch):
        print()
        figures["batch"] = run_batch(engine, sizes, args.base, pool, args.seed, args.cold_runs, args.compare_size,
                                     args.repeat)
        print_batch(figures["batch"], f"{source}, base {args.base} articles")
    if args.growth:
        growth_sizes = [int(n) for n in args.growth.split(",") if n.strip()]
        figures["growth"] = {"sizes": growth_sizes, "rows": growth_rows(engine, growth_sizes)}
        print()
        print_growth(figures["growth"]["rows"], growth_sizes)
    if not args.skip_eval:
        if not args.skip_speed:
            print()
        figures["evaluation"] = evaluate(engine, timeml_sets(args.tempeval, args.arabic_timex), args.errors)
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
