"""DATE004: a date range whose end comes before its start."""

from __future__ import annotations

from checker import Example, rule
from checker.extractors.date_mentions.ranges import is_date_change, is_numbered


@rule(
    id="DATE004",
    name="inverted-date-range",
    severity="warning",
    languages=["*"],
    summary="A range of dates or years whose end comes before its start ('between 2019 and 2017', 'from 24 to 17 May').",
    messages={"inverted": "This range runs backwards: {last} comes before {first}."},
    notes={
        "range-start": "start of the range",
        "range-end": "end of the range",
    },
    examples=[
        Example("وبلغ التنظيم أوج قوته بين عامي 2016 و2015.", "ar", True),
        Example("Output rose steadily from 2019 to 2017, the ministry said.", "en", True),
        Example("وبلغ التنظيم أوج قوته بين عامي 2015 و2016.", "ar", False),
        Example("Output rose steadily from 2017 to 2019, the ministry said.", "en", False),
    ],
)
def inverted_date_range(ctx, date_ranges, day_ranges):
    """
    ## What it flags
    A range whose second end comes before its first: `بين عامي 2016 و2015`, "from 2019 to 2017",
    `من مارس 2019 إلى يناير 2018`, "2019–2017", "2019–17" (both years written), and a range of days in one
    month: "from 24 to 17 May", `من 20 إلى 5 آذار`, "22–14 December", "March 20 to March 3"; a
    period ended by an event is a range too ("from 2018 until his release in 2016", `من 2018 حتى
    تبرئته عام 2016`).

    ## Why it matters
    One of the two years is almost always mistyped, and every figure said to fall in the period
    is then in doubt.

    ## Example
    `وبلغ التنظيم أوج قوته بين عامي 2016 و2015`.

    ## Not flagged
    Forward ranges, a range of two weekdays ("from Sunday to Thursday", `من الأحد إلى الخميس`: the days
    of every week), ranges that run over a new year ("from 20 December to 3 January", "from
    November to February"), a pair of dates that is not a range (a list "March 20 and March 3",
    a score "3-1"), and a change of date ("the vote was brought forward from 20 May to 3 May",
    words in `[range_words] change_words`), the number of a law ("Law 2019-17", `القانون رقم
    2019-2017`, `[range_words] number_words`), and "1998-02" (1998 to 2002).
    """
    for r in [*date_ranges, *day_ranges]:
        a, b = r.first, r.second
        if a.form == b.form == "weekday":
            continue   # "from Sunday to Thursday": the days of every week
        if not _backwards(a, b) or is_date_change(ctx.doc, r.start) or is_numbered(ctx.doc, a.start):
            continue
        ctx.report("inverted", a.start, b.end,
                   related=[ctx.related(a.start, a.end, "start of the range"), ctx.related(b.start, b.end, "end of the range")],
                   first=a.text, last=b.text)


def _backwards(a, b) -> bool:
    """The second end comes before the first: by their intervals when both years are written,
    else by the day when both ends fall in one month of one (or an unwritten) year."""
    if a.year_part is not None and b.year_part is not None:
        ia, ib = a.interval(), b.interval()
        return ia is not None and ib is not None and ib[1] < ia[0]
    if a.day is None or b.day is None or a.months != b.months or len(a.months) != 1:
        return False
    if a.year_part is not None and b.year_part is not None and a.year != b.year:
        return False
    return b.day < a.day
