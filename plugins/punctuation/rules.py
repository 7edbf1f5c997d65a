"""PUNCT001 (quotation marks) and PUNCT002 (brackets): the problems of :mod:`.pairing` reported."""

from __future__ import annotations

from checker import Example, rule

from .marks import MarkProblem
from .pairing import bracket_problems, quote_problems


_NAMES = {"double": "quotation mark", "guillemet": "guillemet", "single": "single quotation mark",
          "straight": "quotation mark", "bracket": "bracket"}


def _report(ctx, problems: list[MarkProblem]) -> None:
    for pr in problems:
        if pr.kind == "swapped":
            _report_swapped(ctx, pr)
            continue
        m = pr.mark
        name = _NAMES[m.family]
        related = []
        if pr.partner is not None:
            label = "the quotation it closes opens here"
            if pr.kind == "reversed" and pr.partner.start > m.start:
                label = "the quotation it opens closes here"
            elif pr.kind == "mismatched":
                label = f"opened here with {pr.partner.char}"
            related.append(ctx.related(pr.partner.start, pr.partner.start + 1, label))
        suggestions = []
        if pr.kind in ("reversed", "mismatched") and pr.expected and m.family != "bracket":
            what = "closing" if pr.kind == "mismatched" or pr.partner is None or pr.partner.start < m.start else "opening"
            suggestions.append(ctx.suggestion(m.start, m.start + 1, pr.expected, f"write the {what} mark {pr.expected}",
                                              safe=pr.kind == "reversed"))
        kind = "unpaired" if pr.kind == "unclosed" and m.role == "neutral" and m.pos is None else pr.kind
        ctx.report(kind, m.start, m.start + 1, related=related, suggestions=suggestions,
                   mark=m.char, name=name,
                   other=pr.partner.char if pr.partner is not None else "",
                   expected=pr.expected or "")


def _report_swapped(ctx, pr: MarkProblem) -> None:
    """Both marks of one quotation exchanged (»…«): the opening one reported, the closing one
    related, and both fixed."""
    a, b = pr.mark, pr.partner
    o, c = b.char, a.char
    related = [ctx.related(b.start, b.start + 1, f"the quotation closes here with {o}, also the wrong way round")]
    suggestions = [ctx.suggestion(a.start, a.start + 1, o, f"write the opening mark {o}", safe=True),
                   ctx.suggestion(b.start, b.start + 1, c, f"write the closing mark {c}", safe=True)]
    ctx.report("swapped", a.start, a.start + 1, related=related, suggestions=suggestions,
               mark=a.char, name=_NAMES[a.family], other=o, expected=f"{o}…{c}")


@rule(
    id="PUNCT001",
    name="unbalanced-quotation",
    severity="warning",
    languages=["*"],
    summary="A quotation mark that is never closed, closes nothing, or is written the wrong way round (»…« for «…»).",
    messages={
        "unclosed": "This {name} {mark} opens a quotation that is never closed.",
        "unopened": "This {name} {mark} closes a quotation that was never opened.",
        "mismatched": "This {mark} closes a quotation opened with {other}; {expected} is expected here.",
        "reversed": "This {mark} is written the wrong way round for its place; {expected} is expected here.",
        "unpaired": "This {name} {mark} has no partner in its paragraph.",
        "swapped": "This quotation opens with {mark} and closes with {other}: both marks are the wrong way round; {expected} is expected.",
    },
    notes={
        "closes-opens": "the quotation it closes opens here",
        "opens-closes": "the quotation it opens closes here",
        "opened-with": "opened here with {mark}",
        "closes-reversed": "the quotation closes here with {mark}, also the wrong way round",
        "write-closing": "write the closing mark {mark}",
        "write-opening": "write the opening mark {mark}",
    },
    examples=[
        Example("قال الوزير إن “الاتفاق سيوقع غداً“.", "ar", True),
        Example("وأكد أن ”قسد” لن تشارك.", "ar", True),
        Example("وقال التاجر: »الحركة أفضل من الأسبوع الماضي«.", "ar", True),
        Example('"We will not resign," the minister said. "The inquiry is a farce.', "en", True),
        Example("قال الوزير إن «الاتفاق سيوقع غداً» في جنيف.", "ar", False),
        Example('"We need help," he said.\n"We are running out of water," he added.', "en", False),
        Example("The rocket's 12\" tubes were recovered, the army's spokesman said.", "en", False),
    ],
)
def unbalanced_quotation(ctx, quote_marks):
    """
    ## What it flags
    Quotation marks that do not pair up within a paragraph: a quotation opened and never closed,
    a closing mark with no opening one, a quotation closed while another opened inside it is
    still open, a curly or angle mark written the wrong way round for its place (a closing
    “ where ” belongs), and a quotation whose two marks are exchanged (`»…«` in Arabic,
    `”…“` in English). Where the language writes a pair one way round only (Arabic guillemets
    `«…»`, English curly quotes `“…”` and `‘…’`), that way is right however often the article
    departs from it; otherwise the article's own convention decides: Arabic copy that
    consistently writes ”…“ is not flagged for it, and copy that uses one glyph both ways is
    treated like straight quotes.

    A quotation still open when the next one opens is reported without waiting for the count of
    marks when its end is plain from the structure: a speaker's tag stands inside it ("…, said
    the minister." / "…, Ms Reed added." / `…، قال مسؤول.` / `وأضاف أن …`; the verbs of saying
    are language data) or a colon introduces the next quotation ("He added: "…"). A quotation in
    double quotes left open at the end of its paragraph and closed in the next one, which does not
    reopen it, leaves both marks unpaired (the families a run-on quotation reopens are language data,
    ``[quotes] reopened``); guillemets may run over paragraphs and close in the last (`«…` … `…»`).

    ## Why it matters
    A quotation without its end makes the reader guess where the speaker's words stop, which
    changes who said what. Wrongly turned marks are a common slip of Arabic keyboards and
    copy-paste between right-to-left and left-to-right editors.

    ## Example
    `قال إن “الاتفاق سيوقع غداً“.` — the closing mark is an opening “; the fix (safe) writes ”.
    `قال التاجر: »الحركة أفضل«.` — both guillemets are exchanged; the fix (safe) writes «…».

    ## Not flagged
    Apostrophes (don’t, the minister’s), inch marks (12"), and a quotation that runs over several
    paragraphs in the English convention: each paragraph reopens it and only the last closes it,
    a quotation nested in another with the other family's marks (`«… “…” …»`) or with the same
    ones, every mark the right way round for its place and the inner one closed first (`«قال لي
    «اترك كل شيء»، فتركت»`), and a quotation running over the lines of hard-wrapped wire copy.
    The arrow that ends a web link ("Watch the full interview »") is no quotation mark: the
    residue family finds it (RESIDUE001) and this rule skips it. A quotation opened in the last
    paragraph of a text that stops mid-sentence (an excerpt cut off by a feed) may close in the
    part that is missing: it is not reported (a sign-off in capitals on a line of its own, such
    as REUTER, does not make a text cut off). Reported speech inside a quotation ("…and they said
    no.") is no speaker's tag.
    """
    _report(ctx, quote_problems(ctx.doc, quote_marks))


@rule(
    id="PUNCT002",
    name="unbalanced-bracket",
    severity="warning",
    languages=["*"],
    summary="A bracket or parenthesis that is never closed, closes nothing, or closes the wrong kind.",
    messages={
        "unclosed": "This {mark} is never closed in its paragraph.",
        "unopened": "This {mark} closes nothing: no matching opening bracket in its paragraph.",
        "mismatched": "This {mark} closes a {other}.",
    },
    notes={
        "closes-opens": "the quotation it closes opens here",
        "opens-closes": "the quotation it opens closes here",
        "opened-with": "opened here with {mark}",
    },
    examples=[
        Example("The Federal Reserve (the US central bank said on Monday it would act.", "en", True),
        Example("أعلنت قوات سوريا الديمقراطية (قسد] عن هجوم جديد.", "ar", True),
        Example("The Federal Reserve (the US central bank) said it would act.", "en", False),
        Example("The plan has two steps:\n1) a ceasefire\n2) elections", "en", False),
    ],
)
def unbalanced_bracket(ctx, quote_marks):
    """
    ## What it flags
    Round and square brackets that do not pair up within a paragraph: an opening bracket never
    closed, a closing bracket with nothing to close, and a `(` closed by `]` or the reverse.

    ## Why it matters
    A lost bracket usually means a cut or a bad merge: part of the sentence is missing or the
    aside swallows the rest of the paragraph.

    ## Example
    `The Federal Reserve (the US central bank said on Monday it would act.`

    ## Not flagged
    List markers such as `1)` or `a)` at the start of a line, and emoticons such as `:)`.
    """
    _report(ctx, bracket_problems(ctx.doc, quote_marks))
