"""DATE007: two dated events joined by 'then' / ثم (or 'after' / بعد أن) whose years run the
other way."""

from __future__ import annotations

from functools import lru_cache

from checker import Example, rule
from checker.language.matching import word_regex


@lru_cache(maxsize=32)
def _sequence_rx(lex):
    d = lex.section("dates", {})
    return word_regex(lex, d.get("sequence_then", [])), word_regex(lex, d.get("sequence_after", []))


@rule(
    id="DATE007",
    name="chronology-mismatch",
    severity="warning",
    languages=["*"],
    summary="Two dated events joined by 'then' / ثم (or 'after' / بعد أن) whose dates run the other way.",
    messages={
        "then": "'{word}' says the event dated {second} came after the one dated {first}, but {second} is earlier.",
        "after": "'{word}' says the event dated {second} came before the one dated {first}, but {second} is later.",
    },
    examples=[
        Example("وانضم إلى الحزب عام 2019 ثم انتخب نائباً عام 2017.", "ar", True),
        Example("وانضم إلى الحزب عام 2015 ثم انتخب نائباً عام 2017.", "ar", False),
        Example("He joined the party in 2019 and was then elected to parliament in 2017.", "en", True),
        Example("He joined the party in 2015 and was then elected to parliament in 2017.", "en", False),
    ],
)
def chronology_mismatch(ctx, date_mentions):
    """
    ## What it flags
    Two events in one sentence, each with its year written, joined by a word that orders them —
    `ثم`, `لاحقاً`, `بعد ذلك`, `قبل أن`, "then", "later", "subsequently" (the first came first) or
    `بعد أن`, `بعدما` (the second came first) — when their dates say the opposite:
    `انضم إلى الحزب عام 2019 ثم انتخب نائباً عام 2017`.

    ## Why it matters
    A sequence that runs backwards means one of the years is wrong, or the events were told in
    the wrong order; either way the reader is misled about what led to what.

    ## Example
    "He joined the party in 2019 and was then elected to parliament in 2017."

    ## Not flagged
    Events in the right order, a sequence word with another date between the two, dates in
    different sentences, and dates whose year was not written.
    """
    then_rx, after_rx = _sequence_rx(ctx.lexicon)
    view = ctx.doc.normalized
    dated = [m for m in date_mentions if m.year_part is not None and not m.bare_year and m.interval()]
    for a, b in zip(dated, dated[1:]):
        if b.start - a.end > 160 or any(a.end <= m.start < b.start for m in date_mentions if m not in (a, b)):
            continue
        sentence = ctx.doc.sentence_at(a.start)
        if sentence is not None and ctx.doc.sentence_at(b.start) is not sentence:
            continue
        between = ctx.doc.normalized_slice(a.end, b.start)
        ia, ib = a.interval(), b.interval()
        for rx, kind in ((then_rx, "then"), (after_rx, "after")):
            hit = rx.search(between) if rx else None
            if not hit:
                continue
            wrong = ib[1] < ia[0] if kind == "then" else ib[0] > ia[1]
            if wrong:
                s0, e0 = view.to_original(view.from_original(a.end) + hit.start(), view.from_original(a.end) + hit.end())
                ctx.report(kind, s0, e0, related=[ctx.related(a.start, a.end, "first date"),
                                                  ctx.related(b.start, b.end, "second date")],
                           word=ctx.text[s0:e0], first=a.text, second=b.text)
            break
