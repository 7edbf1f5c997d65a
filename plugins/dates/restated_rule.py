"""DATE009: a statement restated with its date changed (:mod:`.restated`), or one distinctive figure
told with two years (:mod:`.figure_years`)."""

from __future__ import annotations

from checker import Example, rule

from .figure_years import figure_years
from .restated import find_restated_dates


@rule(
    id="DATE009",
    name="restated-date",
    severity="warning",
    languages=["*"],
    summary="A statement told again later in the article with its date or year changed.",
    messages={"conflict": "This statement is told earlier in the article with the date {first}, not {second}.",
              "figure": "The figure {figure} is told with the year {first} earlier in the article and {second} here: one of the two years is wrong."},
    notes={
        "told-first": "the date told first",
        "year-first": "the year told first",
        "figure-first": "the figure told first",
        "figure-here": "the same figure here",
    },
    examples=[
        Example("The two delegations signed the agreement on 4 March 2023 in Doha. Mediators said progress was slow. "
                "The two delegations signed the agreement on 14 March 2023 in Doha, a diplomat said.", "en", True),
        Example("The two delegations signed the agreement on 4 March 2023 in Doha. After a postponement, the two "
                "delegations signed the agreement on 14 March 2023 in Doha.", "en", False),
        Example("وقعت الحكومة الاتفاق مع النقابات في آذار 2019. وقال الوزير إن الاتفاق الذي وقعته الحكومة مع "
                "النقابات في آذار 2021 ما زال ساريا.", "ar", True),
        Example("وقعت الحكومة الاتفاق مع النقابات في آذار 2019. ووقعت الحكومة الاتفاق مع النقابات مجددا "
                "في آذار 2021.", "ar", False),
    ],
)
def restated_date(ctx, date_mentions, date_ranges, events, open_events, quantities):
    """
    ## What it flags
    A statement told twice in the article — the same words, in any order, the later telling
    possibly longer (an attribution, a relative clause) — with dates that cannot both hold:
    "Talks began on 4 March in Doha" … "talks began on 14 March in Doha"; "The bank cut its
    main rate in June 2019" … "the bank cut its main rate in June 2021"; `وقّعت الحكومة الاتفاق
    في آذار 2019` … `الاتفاق الذي وقّعته الحكومة في آذار 2021`. Words are compared by their
    derivation keys, so a verb and its form with a pronoun suffix match (`وقّعت`/`وقّعته`).
    Also one distinctive figure (four significant digits or more: 1,705, not 1,700) told exactly
    twice, each time with another year the nearest date of its clause:
    "those of 2023, when Bangladesh recorded 1,705 dengue deaths" … "The record epidemic of 2022,
    which killed 1,705 people" — unless a sentence says the value held again ("again", "unchanged",
    `مجددا`) or a year lies in a range.

    ## Why it matters
    A reader who meets both dates cannot know which is true; one was usually mistyped when the
    sentence was rewritten lower in the story.

    ## Example
    `افتتحت البلدية الجسر الجديد في أيار 2018` … `افتتحت البلدية الجسر الجديد في أيار 2016`.

    ## Not flagged
    A short statement found entire in a long sentence needs five shared words ("the
    memorandum sent by the minister to the governors was dated 12 June 2018" against the same
    words run on after "12 June 2019" is flagged; "the bakery opened its doors in 2012" against
    a long sentence with "opened its doors in 2014" is not).
    Dates that overlap ("March 2019" and "14 March 2019"); two statements that each have words
    of their own (another subject, another object, another figure, "he" and "she"); a date that
    qualifies a noun ("the 2019 festival", `مهرجان 2019`) or lies in a range; a negation, a
    repetition ("again", "re-", `مجددا`, `أعيد`) or an event that recurs (anniversaries, "every
    year", elections, festivals, "won the title") in the clause of either date, unless the two
    clauses are one clause told word for word with only its date changed, in sentences not
    side by side, and say more than the guard words ("the regional carrier did not report a
    single fatal accident until 2011" … "until 2013" is flagged; "Karlsson won the sprint
    title in 2003" … "in 2005" is not); an update
    ("now", "later", "was scheduled") or a qualifier ("new", "also", `الجديدة`) in one telling
    only; a change of date ("postponed", `تأجيل`, `أرجئ`; "moved" before a date in its clause)
    told from the first telling to the second in a sentence about the same thing; two dates
    DATE008 already tells of as one event;
    the other dates of the two sentences differing too; tellings in the same sentence.
    """
    for a, b in find_restated_dates(ctx, date_mentions, date_ranges, events, open_events):
        ctx.report("conflict", b.start, b.end, related=[ctx.related(a.start, a.end, "the date told first")],
                   first=a.text, second=b.text)
    for a, b, qa, qb in figure_years(ctx, quantities, date_mentions, date_ranges):
        if not any(f.span.start < b.end and b.start < f.span.end for f in ctx.findings):
            ctx.report("figure", b.start, b.end, related=[ctx.related(a.start, a.end, "the year told first"),
                                                          ctx.related(qa.start, qa.end, "the figure told first"),
                                                          ctx.related(qb.start, qb.end, "the same figure here")],
                       figure=qb.text, first=a.text, second=b.text)
