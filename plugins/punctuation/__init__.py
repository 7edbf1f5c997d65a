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

_OPENERS = set("([{«“‘")
_OPEN_BEFORE = _OPENERS | set(":\u200f\u200e")
_CLOSE_AFTER = set(".,;:!?،؛؟)]}»”’…-–—/\"'*")
_SENTENCE_END = set(".!?؟…")


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
    """What the neighbours say of the mark at ``i``: 'open' (after a space, an opening bracket,
    a colon or an attached proclitic, and before a word), 'close' (after a word or a full stop
    and before a space or punctuation), or None when they say nothing clear."""
    prev = text[i - 1] if i > 0 else None
    prev2 = text[i - 2] if i > 1 else None
    nxt = text[i + 1] if i + 1 < len(text) else None
    after_word_start = prev in proclitics and (_is_space(prev2) or prev2 in _OPEN_BEFORE)
    opens = (_is_space(prev) or prev in _OPEN_BEFORE or after_word_start) and nxt is not None \
        and (nxt.isalnum() or nxt in _OPENERS)
    closes = not _is_space(prev) and prev not in _OPEN_BEFORE and (_is_space(nxt) or nxt in _CLOSE_AFTER)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return None


def _convention(marks: list[Mark], family: str) -> tuple[str, str]:
    """The article's own way round for a directional pair: (opening glyph, closing glyph).
    Standard (“…”) unless the article mostly writes it reversed (”…“)."""
    o, c = QUOTE_PAIRS[family]
    fam = [m for m in marks if m.family == family]
    standard = sum(1 for m in fam if (m.char == o and m.pos == "open") or (m.char == c and m.pos == "close"))
    reverse = sum(1 for m in fam if (m.char == c and m.pos == "open") or (m.char == o and m.pos == "close"))
    return (c, o) if reverse > standard else (o, c)


def extract_marks(doc, facts=None) -> list[Mark]:
    """Every quotation mark and bracket, with what its glyph and its position say."""
    text = doc.text
    proclitics = doc.lexicon.proclitics
    glyph_family = {ch: fam for fam, pair in QUOTE_PAIRS.items() for ch in pair}
    # arrows that end web link segments ("Watch the interview »"), when a plugin finds them
    arrows = facts["link_arrows"] if facts is not None and "link_arrows" in facts else ()
    raw = []
    for pi, para in enumerate(doc.paragraphs):
        for i in range(para.start, para.end):
            ch = text[i]
            if ch in glyph_family and i not in arrows:
                raw.append(Mark(i, ch, glyph_family[ch], "", _position(text, i, proclitics), pi))
            elif ch in NEUTRAL_QUOTES:
                raw.append(Mark(i, ch, NEUTRAL_QUOTES[ch], "neutral", _position(text, i, proclitics), pi))
            elif ch in BRACKETS or ch in CLOSING_BRACKETS:
                raw.append(Mark(i, ch, "bracket", "open" if ch in BRACKETS else "close", None, pi))
    conventions = {fam: _convention(raw, fam) for fam in QUOTE_PAIRS}
    out = []
    for m in raw:
        if m.family in QUOTE_PAIRS:
            m = Mark(m.start, m.char, m.family, "open" if m.char == conventions[m.family][0] else "close",
                     m.pos, m.paragraph)
        out.append(m)
    return out


def _is_apostrophe(text: str, m: Mark) -> bool:
    """’ inside a word (don’t) or after one with no quotation to close (the students’ union)."""
    prev = text[m.start - 1] if m.start > 0 else ""
    nxt = text[m.start + 1] if m.start + 1 < len(text) else ""
    return m.char in "’'" and prev.isalnum() and nxt.isalnum()


def _drop_inch_marks(text: str, ms: list[Mark]) -> list[Mark]:
    """A straight quote after a number when no quotation is open is an inch mark (a 12" pipe)."""
    out, is_open = [], False
    for m in ms:
        if m.family == "straight" and not is_open and m.start > 0 and text[m.start - 1].isdigit() \
                and m.pos != "open":
            continue
        out.append(m)
        is_open = not is_open
    return out


def _after_sentence_end(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return 0 <= j < i - 1 and text[j] in _SENTENCE_END


def _pair_family(doc, ms: list[Mark]) -> tuple[list[tuple[Mark, Mark]], list[MarkProblem], Mark | None]:
    """Pair one family's marks within a paragraph. A mark's role is what its position says, else
    what its glyph says (directional quotes), else the state (straight quotes alternate).
    Returns the pairs, the problems, and the mark left open at the end, if any."""
    text = doc.text
    ms = _drop_inch_marks(text, ms)
    odd = len(ms) % 2 == 1
    pairs: list[tuple[Mark, Mark]] = []
    problems: list[MarkProblem] = []
    open_mark: Mark | None = None
    reported = False
    for m in ms:
        role = m.pos or (m.role if m.role in ("open", "close") else None)
        if open_mark is None:
            if role == "close" and (m.role != "neutral" or (odd and not reported)):
                problems.append(MarkProblem("unopened", m))
                reported = True
                continue
            open_mark = m
            continue
        if m.pos == "open":
            if _after_sentence_end(text, m.start):
                open_mark = m  # a quotation continued in a paragraph merged into this one
                continue
            if odd and not reported:
                problems.append(MarkProblem("unclosed", open_mark))
                reported = True
                open_mark = m
                continue
        pairs.append((open_mark, m))
        open_mark = None
    return pairs, problems, open_mark


def _single_quote_marks(text: str, ms: list[Mark]) -> list[Mark]:
    """Single curly quotes double as apostrophes: keep ‘ and only the ’ that can close one."""
    out, opened = [], 0
    for m in ms:
        if m.char == "‘" or (m.role == "open" and m.char != "’"):
            out.append(m)
            opened += 1
        elif opened and not _is_apostrophe(text, m) and m.pos != "open":
            out.append(m)
            opened -= 1
    return out


def quote_problems(doc, marks: list[Mark]) -> list[MarkProblem]:
    text = doc.text
    paragraphs: dict[int, list[Mark]] = {}
    for m in marks:
        if m.family != "bracket":
            paragraphs.setdefault(m.paragraph, []).append(m)
    problems: list[MarkProblem] = []
    left_open: dict[tuple[int, str], Mark] = {}
    for p, ms in sorted(paragraphs.items()):
        para_problems: list[MarkProblem] = []
        for fam in sorted({m.family for m in ms}):
            fam_marks = [m for m in ms if m.family == fam]
            if fam == "single":
                fam_marks = _single_quote_marks(text, fam_marks)
            pairs, probs, still_open = _pair_family(doc, fam_marks)
            if fam == "single":  # a lone ’ may be an apostrophe or a reversed mark: say nothing
                probs = [pr for pr in probs if pr.kind != "unopened"]
            para_problems.extend(probs)
            para_problems.extend(_reversed(a, b) for a, b in pairs if a.role != "neutral" and a.char == b.char)
            if still_open is not None:
                if fam == "single" and still_open.pos != "open":
                    continue
                left_open[(p, fam)] = still_open
        problems.extend(_mismatches(para_problems))
    # what is left open either continues in the next paragraph or is unclosed
    for (p, fam), mark in sorted(left_open.items(), key=lambda kv: kv[1].start):
        nxt = [m for m in paragraphs.get(p + 1, []) if m.family == fam]
        if nxt and nxt[0].start == doc.paragraphs[p + 1].start:
            continue  # English convention: each paragraph of a long quotation reopens it
        closing = next((pr for pr in problems if pr.kind == "unopened" and pr.mark.paragraph == p + 1
                        and pr.mark.family == fam and nxt and pr.mark is nxt[0]), None)
        if closing is not None:
            problems.remove(closing)  # one quotation spanning a paragraph break
            continue
        problems.append(MarkProblem("unclosed", mark))
    problems = _mismatches(problems)
    problems.sort(key=lambda pr: pr.mark.start)
    return problems


def _reversed(a: Mark, b: Mark) -> MarkProblem:
    """A pair written with one glyph at both ends (“…“ or ”…”): the end whose glyph is wrong."""
    o, c = QUOTE_PAIRS[a.family]
    if a.role == "open":  # the shared glyph is the opening one: the closing end is wrong
        return MarkProblem("reversed", b, a, c if b.char == o else o)
    return MarkProblem("reversed", a, b, c if a.char == o else o)


def _mismatches(problems: list[MarkProblem]) -> list[MarkProblem]:
    """An unclosed quotation and, after it in the same paragraph, an unopened closing mark of
    another family: one quotation closed with the wrong mark."""
    out = list(problems)
    for closer in [pr for pr in problems if pr.kind == "unopened"]:
        opener = next((pr for pr in out if pr.kind == "unclosed" and pr.mark.family != closer.mark.family
                       and pr.mark.paragraph == closer.mark.paragraph and pr.mark.start < closer.mark.start),
                      None)
        if opener is None or closer not in out:
            continue
        out.remove(opener)
        expected = QUOTE_PAIRS[opener.mark.family][1] if opener.mark.family in QUOTE_PAIRS else opener.mark.char
        out[out.index(closer)] = MarkProblem("mismatched", closer.mark, opener.mark, expected)
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
        for m in ms:
            if m.role == "open":
                stack.append(m)
                continue
            want = CLOSING_BRACKETS[m.char]
            match = next((s for s in reversed(stack) if s.char == want), None)
            if match is None:
                if stack:
                    problems.append(MarkProblem("mismatched", m, stack.pop()))
                elif not _is_list_marker(text, m) and not _is_emoticon(text, m):
                    problems.append(MarkProblem("unopened", m))
                continue
            while stack[-1] is not match:
                problems.append(MarkProblem("unclosed", stack.pop()))
            stack.pop()
        problems.extend(MarkProblem("unclosed", s) for s in stack)
    problems.sort(key=lambda pr: pr.mark.start)
    return problems


def _is_list_marker(text: str, m: Mark) -> bool:
    """`1)` or `a)` at the start of a line or after a colon, `أ)` or `b)` after a space."""
    j = m.start - 1
    while j >= 0 and text[j].isalnum():
        j -= 1
    token = text[j + 1:m.start]
    before = text[:j + 1].rstrip(" \t")
    line_start = not before or before[-1] in "\n:"
    if token.isdigit() and len(token) <= 2:
        return line_start
    return len(token) == 1 and token.isalpha() and (line_start or (j >= 0 and text[j] in " \t"))


def _is_emoticon(text: str, m: Mark) -> bool:
    return m.start > 0 and text[m.start - 1] in ":;="


_NAMES = {"double": "quotation mark", "guillemet": "guillemet", "single": "single quotation mark",
          "straight": "quotation mark", "bracket": "bracket"}


def _report(ctx, problems: list[MarkProblem]) -> None:
    for pr in problems:
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


@rule(
    id="PUNCT001",
    name="unbalanced-quotation",
    severity="warning",
    languages=["*"],
    summary="A quotation mark that is never closed, closes nothing, or is written the wrong way round.",
    messages={
        "unclosed": "This {name} {mark} opens a quotation that is never closed.",
        "unopened": "This {name} {mark} closes a quotation that was never opened.",
        "mismatched": "This {mark} closes a quotation opened with {other}; {expected} is expected here.",
        "reversed": "This {mark} is written the wrong way round for its place; {expected} is expected here.",
        "unpaired": "This {name} {mark} has no partner in its paragraph.",
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
    The arrow that ends a web link ("Watch the full interview »") is no quotation mark: the
    residue family finds it (RESIDUE001) and this rule skips it.
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
