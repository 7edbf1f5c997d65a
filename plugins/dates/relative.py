"""DATE005: a date whose "last"/"next"/"this month" word does not fit the publication date, and
an event told as done but dated after it."""

from __future__ import annotations

import re
from functools import lru_cache

from checker import Example, rule
from checker.language.matching import alternation, prefixes
from checker.language.normalize import normalize_text


@rule(
    id="DATE005",
    name="relative-date-mismatch",
    severity="warning",
    languages=["*"],
    summary="A date called 'last', 'next' or 'this month' that does not fit the publication date.",
    messages={
        "past": "{date} is called past ('{word}') but falls after the publication date {published}.",
        "future": "{date} is called coming ('{word}') but falls before the publication date {published}.",
        "current": "{date} is said to be in the current month ('{word}') but the article is dated {published}.",
        "done": "'{word} {date}' tells as done an event dated after the publication date {published}.",
    },
    examples=[
        Example("وكانت الحكومة قد أعلنت في مارس الماضي 2019 عن الخطة.", "ar", True, "2018-06-01"),
        Example("وكانت الحكومة قد أعلنت في مارس الماضي عن الخطة.", "ar", False, "2018-06-01"),
        Example("وتبدأ الدراسة في 20 سبتمبر الجاري.", "ar", True, "2018-06-01"),
        Example("وتبدأ الدراسة في 20 يونيو الجاري.", "ar", False, "2018-06-01"),
        Example("The summit was held on 20 March 2019 in Brussels.", "en", True, "2018-06-01"),
        Example("The summit will be held on 20 March 2019 in Brussels.", "en", False, "2018-06-01"),
    ],
)
def relative_date_mismatch(ctx, date_mentions):
    """
    ## What it flags
    A date placed relative to the publication date by a word — `الماضي`/"last", `المقبل`/"next",
    `الجاري`/"this month" — that contradicts it: `مارس الماضي 2019` in an article published in
    2018, `20 سبتمبر الجاري` in an article published in June; and an event told as done ("was held
    on", `جرت في`) on a full date after the publication date. Needs the publication date.

    ## Why it matters
    Copy reused from an older story keeps its "last" and "next"; the relation word is then
    false and the reader misdates the event.

    ## Example
    `وتبدأ الدراسة في 20 سبتمبر الجاري` in an article published on 1 June.

    ## Not flagged
    A relation word on a date without a written year (the year is then read from the word), and
    any date when the publication date is unknown.
    """
    published = ctx.doc.published
    if published is None:
        return
    for m in date_mentions:
        if m.relation is None or m.precision not in ("day", "month"):
            continue
        iv = m.interval()
        if iv is None:
            continue
        word = _relation_word(ctx.doc, m)
        if m.relation == "past" and not m.year_inferred and iv[0] > published:
            kind = "past"
        elif m.relation == "future" and not m.year_inferred and iv[1] < published:
            kind = "future"
        elif m.relation == "current" and m.calendar == "gregorian" and published.month not in m.months \
                and not (published.day <= 3 and (published.month - 2) % 12 + 1 in m.months):
            kind = "current"  # (a story written at the end of the previous month is let through)
        else:
            continue
        ctx.report(kind, m.start, m.end, date=m.text, word=word, published=published.isoformat())
    _past_tense_after_publication(ctx, date_mentions, published)


@lru_cache(maxsize=32)
def _past_event_rx(lex) -> re.Pattern | None:
    """A verb that tells an event as done, then up to three words and a preposition, ending
    where a date begins: "was held in Brussels on", `جرت الانتخابات في`."""
    d = lex.section("dates", {})
    alts = alternation(d.get("past_events", []))
    if not alts:
        return None
    preps = alternation(d.get("past_event_links", [])) or "(?!x)x"
    return re.compile(rf"(?<![^\W\d_]){prefixes(lex)}(?:{alts})(?:\s+[^\s\d]+){{0,3}}?\s+(?:(?:{preps})\s+)?$", re.I)


def _past_tense_after_publication(ctx, date_mentions, published) -> None:
    """An event told as done ("was held on", `جرت في`) dated after the publication date."""
    rx = _past_event_rx(ctx.lexicon)
    if rx is None:
        return
    view = ctx.doc.normalized
    for m in date_mentions:
        if m.year_part is None or m.year_inferred or m.form not in ("words", "numeric") or m.precision != "day":
            continue
        iv = m.interval()
        if iv is None or iv[0] <= published:
            continue
        ns = view.from_original(m.lead if m.lead is not None else m.start)
        base = max(0, ns - 40)
        hit = rx.search(view.text[base:ns])
        if hit is None:
            continue
        ws, we = view.to_original(base + hit.start(), base + hit.end())
        ctx.report("done", m.start, m.end, date=m.text, word=" ".join(ctx.text[ws:we].split()),
                   published=published.isoformat())


def _relation_word(doc, m) -> str:
    after = doc.text[m.end:m.end + 20].split()
    before = doc.text[max(0, m.start - 20):m.start].split()
    words = {w for key in ("past", "future", "current") for w in doc.lexicon.section("dates", {}).get(key, [])}
    norm = {normalize_text(w) for w in words}
    for w in after[:1] + before[-1:]:
        if normalize_text(w.strip(",،.")) in norm:
            return w.strip(",،.")
    return m.relation
