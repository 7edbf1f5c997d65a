"""DATE004: a date range whose end comes before its start."""

from __future__ import annotations

from checker import Example, rule


@rule(
    id="DATE004",
    name="inverted-date-range",
    severity="warning",
    languages=["*"],
    summary="A range of dates or years whose end comes before its start ('between 2019 and 2017').",
    messages={"inverted": "This range runs backwards: {last} comes before {first}."},
    examples=[
        Example("وبلغ التنظيم أوج قوته بين عامي 2016 و2015.", "ar", True),
        Example("Output rose steadily from 2019 to 2017, the ministry said.", "en", True),
        Example("وبلغ التنظيم أوج قوته بين عامي 2015 و2016.", "ar", False),
        Example("Output rose steadily from 2017 to 2019, the ministry said.", "en", False),
    ],
)
def inverted_date_range(ctx, date_ranges):
    """
    ## What it flags
    A range whose second end comes before its first: `بين عامي 2016 و2015`, "from 2019 to 2017",
    `من مارس 2019 إلى يناير 2018`, "2019–2017". Both ends must have their years written.

    ## Why it matters
    One of the two years is almost always mistyped, and every figure said to fall in the period
    is then in doubt.

    ## Example
    `وبلغ التنظيم أوج قوته بين عامي 2016 و2015`.

    ## Not flagged
    Forward ranges, ranges of months without years that run over a new year ("from November to
    February"), and a pair of years that is not a range (a list, a score).
    """
    for r in date_ranges:
        a, b = r.first, r.second
        ia, ib = a.interval(), b.interval()
        if ia is None or ib is None or ib[1] >= ia[0]:
            continue
        ctx.report("inverted", a.start, b.end,
                   related=[ctx.related(a.start, a.end, "start of the range"), ctx.related(b.start, b.end, "end of the range")],
                   first=a.text, last=b.text)
