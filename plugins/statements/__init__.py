"""Statements. STMT001: a statement restated elsewhere in the article with its polarity flipped —
a negation added or dropped on the same verb, or a word swapped for its opposite. The words the
rule reads (negations, opposites, words that set two statements apart) are language data in
``data/<lang>/statements.toml``; the alignment is structure (:mod:`.restated`)."""

from __future__ import annotations

from pathlib import Path

from checker.i18n import MessageCatalogue
from checker import Example, data_files, hookimpl, rule

from .reading import blocking_words, read, statements_data
from .restated import MAX_POSTING, candidate_pairs, find_flips
from .schema import SCHEMAS


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "data", "statements", schemas=SCHEMAS)


@hookimpl
def checker_register_rules():
    return [restated_statement]


@rule(
    id="STMT001",
    name="restated-statement",
    severity="warning",
    languages=["*"],
    summary="A statement told twice in the same words, once negated or with a word swapped for its opposite.",
    messages={
        "negation": "'{quote}' is told elsewhere in the article in the same words {how} the negation "
                    "'{neg}': the two cannot both be true.",
        "antonym": "'{word}' here, but '{other}' in the same statement earlier in the article: the two "
                   "cannot both be true.",
    },
    notes={
        "with-negation": "the same statement, with the negation",
        "without-negation": "the same statement, without the negation",
        "with-word": "the same statement with '{word}'",
    },
    examples=[
        Example("The council approved the new bridge over the river on Monday. Residents welcomed "
                "the plan. The council did not approve the new bridge over the river on Monday.", "en", True),
        Example("Shares in the airline rose sharply after the merger was announced. Analysts said "
                "shares in the airline fell sharply after the merger was announced.", "en", True),
        Example("وافق المجلس البلدي على خطة بناء الجسر الجديد فوق النهر. "
                "ورحب السكان بالخطة. ورفض المجلس البلدي خطة بناء الجسر الجديد فوق النهر.", "ar", True),
        Example("The council approved the new bridge over the river in 2019. The council did not "
                "approve the new bridge over the river in 2021.", "en", False),
        Example("The team won the first set in straight games. The team lost the match in straight "
                "games.", "en", False),
        Example('The company cut prices in all its stores this spring. "The company did not cut '
                'prices in all its stores," the union said.', "en", False),
    ],
)
def restated_statement(ctx):
    """
    ## What it flags
    One statement told twice, the second time with its polarity flipped: "The agency charged a
    Leeds man on Friday" … "The agency did not charge a Leeds man on Friday"; "Both parties
    supported the plan to widen the road" … "Both parties opposed the plan to widen the road";
    `أيدت الحكومة خطة توسيع الطريق` … `عارضت الحكومة خطة توسيع الطريق`. The two sentences are
    lined up word by word over their content words, whatever the statement is about: they must
    say the same words in the same order, and differ by exactly one flip — a negation ("not",
    "never", "didn't", `لم`, `لن`, `لا`) on one side only, or one word against its opposite
    ("rose"/"fell", "won"/"lost", "before"/"after", `فاز`/`خسر`, `ارتفع`/`انخفض`), its figure
    possibly changed with the opposite ("opened to a series-best $64 million over the holiday
    weekend" … "opened to a series-worst $21 million over the holiday weekend"). Either
    statement may add words at its ends (an attribution, a relative clause, a clause with
    figures of its own after a comma or a quotation mark, as where a sentence runs on without its
    full stop into one that opens with a quoted name) or an aside between commas.

    ## Why it matters
    A fact negated or reversed on its way from the lede to the body, or by an edit of one of
    the two sentences, leaves the reader with two accounts of one event and no way to tell
    which is true.

    ## Example
    "The officer first reported that he used his baton on the man" … later, "The officer first
    reported that he did not use his baton on the man": the later sentence is flagged, with the
    earlier one as related.

    ## Not flagged
    Two statements that differ in anything else: another figure or year alone or beside a
    negation ("did not rise in 2021" … "rose in 2019"), another word beside the flip ("won the
    first set" … "lost the match"), a word of time, condition or dispute on one side only
    ("later", "if", "denied", "claimed", "still", "last week", `لاحقاً`, `إذا`, `زعم`; "last"
    that describes a noun, "its last film", sets nothing apart), a negation or opposite inside a
    quotation set against the narrator, questions, and a word told as "did not fall" against "rose" (a double
    flip). Sentences are paired only through content words that are rare in the article, so a
    statement is never compared with every other one. Severity is a warning: an editor
    decides which of the two is true.
    """
    d = statements_data(ctx.lexicon)
    view = ctx.doc.normalized
    if len(view.text) == len(ctx.text):   # nothing dropped: offsets are the same in both
        bounds = [(s.start, s.end) for s in ctx.doc.sentences]
    else:
        bounds = [(view.from_original(s.start), view.from_original(s.end)) for s in ctx.doc.sentences]
    bags, sizes = blocking_words(view.text, bounds, d, MAX_POSTING)
    needed = sorted({k for pair in candidate_pairs(bags, d, sizes) for k in pair})
    # a conjunction is taken off a word whose bare form the compared sentences use too
    vocab = frozenset().union(*(bags[k] for k in needed)) if d.proclitics else frozenset()
    sents = [part for k in needed for part in read(ctx.text, view, *bounds[k], d, vocab)]

    def written(at, word):   # the flipped word as the article writes it, not its normalised form
        if at is None:
            return word
        s, e = view.to_original(*at)
        return ctx.text[s:e]

    for f in find_flips(sents, d):
        word_a, word_b = written(f.at_a, f.word_a), written(f.at_b, f.word_b)
        a0, a1 = view.to_original(*f.span_a)
        b0, b1 = view.to_original(*f.span_b)
        if f.kind == "negation":
            neg = word_b or word_a
            how = "without" if word_b else "with"
            rel = ctx.related(a0, a1, "the same statement, " + ("with" if word_a else "without") + " the negation")
            ctx.report("negation", b0, b1, related=[rel], quote=ctx.text[b0:b1], how=how, neg=neg)
        else:
            rel = ctx.related(a0, a1, f"the same statement with '{word_a}'")
            ctx.report("antonym", b0, b1, related=[rel], word=word_b, other=word_a)


@hookimpl
def checker_message_catalogues():
    return [MessageCatalogue(Path(__file__).parent / "locale", ("ar", "en"))]
