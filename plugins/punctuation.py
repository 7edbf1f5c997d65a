"""Quotation marks and brackets: unclosed, unopened, mismatched, or written the wrong way round.

PUNCT001 covers quotation marks, PUNCT002 brackets. Both scan paragraph by paragraph with a
stack. A mark's role (opening or closing) is read from its position first (a mark after a space
and before a letter opens; one after a letter and before a space or punctuation closes; an
Arabic proclitic such as و may stand before an opening mark), and from the state of the stack
when the position says nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker import Example, Extractor, hookimpl, rule

# family -> (opening glyph, closing glyph); None marks a neutral glyph used both ways.
QUOTE_PAIRS = {"double": ("“", "”"), "guillemet": ("«", "»"), "single": ("‘", "’")}
NEUTRAL_QUOTES = {'"': "straight"}
BRACKETS = {"(": ")", "[": "]"}
CLOSING_BRACKETS = {v: k for k, v in BRACKETS.items()}

_OPEN_BEFORE = set("([{«“‘\"'—–-/:") | {"\u200f", "\u200e"}
_CLOSE_AFTER = set(".,;:!?،؛؟)]}»”’…-–—/\"'*")


@dataclass(frozen=True)
class Mark:
    """One quotation mark or bracket. ``role`` is 'open' or 'close' as written (the glyph), or
    'neutral'; ``pos`` is what its position says: 'open', 'close' or None."""

    start: int
    char: str
    family: str
    role: str
    pos: str | None
    paragraph: int


@dataclass(frozen=True)
class MarkProblem:
    kind: str            # unclosed | unopened | mismatched | reversed
    mark: Mark
    partner: Mark | None = None
    expected: str | None = None


def _is_space(c: str | None) -> bool:
    return c is None or c.isspace()


def _position(text: str, i: int, proclitics: tuple[str, ...]) -> str | None:
    prev = text[i - 1] if i > 0 else None
    prev2 = text[i - 2] if i > 1 else None
    nxt = text[i + 1] if i + 1 < len(text) else None
    after_word_start = prev in proclitics and (_is_space(prev2) or prev2 in _OPEN_BEFORE)
    opens = (_is_space(prev) or prev in _OPEN_BEFORE or after_word_start) and not _is_space(nxt) \
        and nxt not in _CLOSE_AFTER
    closes = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSE_AFTER)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return None


def _convention(marks: list[Mark], family: str) -> tuple[str, str] | None:
    """The article's own use of a directional pair: standard (“…”), reversed (”…“), or None when
    only one glyph occurs (then it is used both ways, like a straight quote)."""
    o, c = QUOTE_PAIRS[family]
    fam = [m for m in marks if m.family == family]
    glyphs = {m.char for m in fam}
    if glyphs != {o, c}:
        return None
    standard = sum(1 for m in fam if (m.char == o and m.pos == "open") or (m.char == c and m.pos == "close"))
    reverse = sum(1 for m in fam if (m.char == c and m.pos == "open") or (m.char == o and m.pos == "close"))
    return (c, o) if reverse > standard else (o, c)


def extract_marks(doc, facts=None) -> list[Mark]:
    text = doc.text
    proclitics = doc.lexicon.proclitics
    glyph_family = {ch: fam for fam, pair in QUOTE_PAIRS.items() for ch in pair}
    raw = []
    for pi, para in enumerate(doc.paragraphs):
        for i in range(para.start, para.end):
            ch = text[i]
            if ch in glyph_family:
                fam = glyph_family[ch]
                raw.append(Mark(i, ch, fam, "open" if ch == QUOTE_PAIRS[fam][0] else "close",
                                _position(text, i, proclitics), pi))
            elif ch in NEUTRAL_QUOTES:
                raw.append(Mark(i, ch, NEUTRAL_QUOTES[ch], "neutral", _position(text, i, proclitics), pi))
            elif ch in BRACKETS or ch in CLOSING_BRACKETS:
                raw.append(Mark(i, ch, "bracket", "open" if ch in BRACKETS else "close", None, pi))
    # Apply each article's own convention for directional quotes.
    out = []
    conventions = {fam: _convention(raw, fam) for fam in ("double", "guillemet")}
    for m in raw:
        if m.family in conventions:
            conv = conventions[m.family]
            role = "neutral" if conv is None else ("open" if m.char == conv[0] else "close")
            m = Mark(m.start, m.char, m.family, role, m.pos, m.paragraph)
        out.append(m)
    return out


def _is_apostrophe(text: str, m: Mark) -> bool:
    prev = text[m.start - 1] if m.start > 0 else ""
    nxt = text[m.start + 1] if m.start + 1 < len(text) else ""
    return m.char == "’" and (prev.isalnum() and (nxt.isalpha() or m.pos != "open"))


def _is_inch(text: str, m: Mark) -> bool:
    return m.char == '"' and m.start > 0 and text[m.start - 1].isdigit() and m.pos != "open"


def quote_problems(doc, marks: list[Mark]) -> list[MarkProblem]:
    text = doc.text
    problems: list[MarkProblem] = []
    paragraphs: dict[int, list[Mark]] = {}
    for m in marks:
        if m.family != "bracket":
            paragraphs.setdefault(m.paragraph, []).append(m)
    order = sorted(paragraphs)
    for idx, p in enumerate(order):
        stack: list[Mark] = []
        for m in paragraphs[p]:
            if m.family == "single":
                if m.role == "close" and (_is_apostrophe(text, m) or not any(s.family == "single" for s in stack)):
                    continue  # an apostrophe, or a closing single quote we cannot tell from one
            if m.family == "straight" and _is_inch(text, m) and not any(s.family == "straight" for s in stack):
                continue
            top = stack[-1] if stack else None
            same_open = next((s for s in reversed(stack) if s.family == m.family), None)
            if m.role == "neutral":
                role = m.pos or ("close" if same_open else "open")
                if role == "close" and same_open is None:
                    role = "open" if m.pos is None else role
                if role == "open":
                    stack.append(m)
                    continue
                if same_open is None:
                    problems.append(MarkProblem("unopened", m))
                    continue
                _pop_to(stack, same_open, problems)
                continue
            # a directional glyph
            if m.role == "open" and m.pos == "close" and top is not None and top.family == m.family:
                problems.append(MarkProblem("reversed", m, top, _other_glyph(m)))
                stack.pop()
                continue
            if m.role == "close" and m.pos == "open" and (top is None or top.family != m.family):
                problems.append(MarkProblem("reversed", m, None, _other_glyph(m)))
                stack.append(Mark(m.start, m.char, m.family, "open", m.pos, m.paragraph))
                continue
            if m.role == "open":
                stack.append(m)
                continue
            if same_open is None:
                if m.family != "single":
                    problems.append(MarkProblem("unopened", m))
                continue
            if top is not same_open:
                problems.append(MarkProblem("mismatched", m, top))
            _pop_to(stack, same_open, problems, report=False)
        nxt = paragraphs.get(order[idx + 1]) if idx + 1 < len(order) else None
        for s in stack:
            if s.family == "single" and s.pos != "open":
                continue
            if _continues(doc, s, nxt):
                continue
            problems.append(MarkProblem("unclosed", s))
    return _link_reversed_openers(problems, marks)


def _other_glyph(m: Mark) -> str:
    """A directional mark written the wrong way round should be the other glyph of its pair."""
    o, c = QUOTE_PAIRS[m.family]
    return c if m.char == o else o


def _pop_to(stack: list[Mark], target: Mark, problems: list[MarkProblem], report: bool = True) -> None:
    while stack:
        s = stack.pop()
        if s is target:
            return
        if report:
            problems.append(MarkProblem("unclosed", s))


def _continues(doc, mark: Mark, next_marks: list[Mark] | None) -> bool:
    """A quotation running over several paragraphs leaves each open and reopens the next one."""
    if not next_marks:
        return False
    para = doc.paragraphs[next_marks[0].paragraph]
    first = next_marks[0]
    return first.start == para.start and first.family == mark.family and first.role in ("open", "neutral")


def _link_reversed_openers(problems: list[MarkProblem], marks: list[Mark]) -> list[MarkProblem]:
    """Give an opening mark written as a closing one its partner: the next mark of its family."""
    out = []
    for pr in problems:
        if pr.kind == "reversed" and pr.partner is None:
            partner = next((m for m in marks if m.family == pr.mark.family and m.start > pr.mark.start
                            and m.paragraph == pr.mark.paragraph), None)
            pr = MarkProblem(pr.kind, pr.mark, partner, pr.expected)
        out.append(pr)
    return out


def bracket_problems(doc, marks: list[Mark]) -> list[MarkProblem]:
    text = doc.text
    problems: list[MarkProblem] = []
    by_para: dict[int, list[Mark]] = {}
    for m in marks:
        if m.family == "bracket":
            by_para.setdefault(m.paragraph, []).append(m)
    for p, ms in sorted(by_para.items()):
        stack: list[Mark] = []
        para = doc.paragraphs[p]
        for m in ms:
            if m.role == "open":
                stack.append(m)
                continue
            if _is_list_marker(text, para.start, m) or _is_emoticon(text, m):
                continue
            want = CLOSING_BRACKETS[m.char]
            match = next((s for s in reversed(stack) if s.char == want), None)
            if match is None:
                problems.append(MarkProblem("unopened", m))
                continue
            if stack[-1] is not match:
                problems.append(MarkProblem("mismatched", m, stack[-1]))
            while stack and stack[-1] is not match:
                stack.pop()
            stack.pop()
        problems.extend(MarkProblem("unclosed", s) for s in stack)
    return problems


def _is_list_marker(text: str, para_start: int, m: Mark) -> bool:
    """`1)`, `a)`, `أ)` opening a paragraph or a line."""
    line_start = text.rfind("\n", 0, m.start) + 1
    head = text[max(line_start, para_start):m.start].strip()
    return 0 < len(head) <= 3 and head.isalnum()


def _is_emoticon(text: str, m: Mark) -> bool:
    return m.start > 0 and text[m.start - 1] in ":;=" and m.char in ")]("


_NAMES = {"double": "quotation mark", "guillemet": "guillemet", "single": "single quotation mark",
          "straight": "quotation mark", "bracket": "bracket"}


def _report(ctx, problems: list[MarkProblem]) -> None:
    for pr in problems:
        m = pr.mark
        name = _NAMES[m.family]
        related = []
        if pr.partner is not None:
            label = "the quotation it closes opens here" if pr.kind != "mismatched" else "still open here"
            if pr.kind == "reversed" and pr.partner.start > m.start:
                label = "the quotation it opens closes here"
            related.append(ctx.related(pr.partner.start, pr.partner.start + 1, label))
        suggestions = []
        if pr.kind == "reversed" and pr.expected:
            suggestions.append(ctx.suggestion(m.start, m.start + 1, pr.expected,
                                              f"write the {'closing' if m.role == 'open' else 'opening'} mark",
                                              safe=True))
        ctx.report(pr.kind, m.start, m.start + 1, related=related, suggestions=suggestions,
                   mark=m.char, name=name,
                   other=pr.partner.char if pr.partner is not None else "",
                   expected=pr.expected or "")


@rule(
    id="PUNCT001",
    name="unbalanced-quotation",
    severity="warning",
    languages=["*"],
    summary="A quotation mark that is never closed, closes nothing, or is written the wrong way round.",
    messages={
        "unclosed": "This {name} {mark} opens a quotation that is never closed.",
        "unopened": "This {name} {mark} closes a quotation that was never opened.",
        "mismatched": "This {mark} closes a quotation while a {other} opened later is still open.",
        "reversed": "This {mark} is written the wrong way round for its place; {expected} is expected here.",
    },
    examples=[
        Example("قال الوزير إن “الاتفاق سيوقع غداً“.", "ar", True),
        Example("وأكد أن ”قسد” لن تشارك.", "ar", True),
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
    still open, and a curly or angle mark written the wrong way round for its place (a closing
    “ where ” belongs). The article's own convention decides which way round is right: copy that
    consistently writes ”…“ is not flagged for it, and copy that uses one glyph both ways is
    treated like straight quotes.

    ## Why it matters
    A quotation without its end makes the reader guess where the speaker's words stop, which
    changes who said what. Wrongly turned marks are a common slip of Arabic keyboards and
    copy-paste between right-to-left and left-to-right editors.

    ## Example
    `قال إن “الاتفاق سيوقع غداً“.` — the closing mark is an opening “; the fix (safe) writes ”.

    ## Not flagged
    Apostrophes (don’t, the minister’s), inch marks (12"), and a quotation that runs over several
    paragraphs in the English convention: each paragraph reopens it and only the last closes it.
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


@hookimpl
def checker_register_extractors():
    return [Extractor("quote_marks", extract_marks)]


@hookimpl
def checker_register_rules():
    return [unbalanced_quotation, unbalanced_bracket]
