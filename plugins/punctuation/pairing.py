"""Pairing the marks of each paragraph with a stack: unclosed, unopened, mismatched and reversed
marks."""

from __future__ import annotations

import collections

from checker.language.matching import punctuation_marks

from .attribution import attributed
from .marks import CLOSING_BRACKETS, Mark, MarkProblem, QUOTE_PAIRS
from .schema import Quotes


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


def _after_sentence_end(text: str, i: int, ends: str) -> bool:
    """A mark that ends a sentence (one of ``ends``) and spaces stand right before ``i``."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return 0 <= j < i - 1 and text[j] in ends


def _pair_family(doc, ms: list[Mark], merged: bool = True) -> tuple[list[tuple[Mark, Mark]], list[MarkProblem], Mark | None]:
    """Pair one family's marks within a paragraph. A mark's role is what its position says, else
    what its glyph says (directional quotes), else the state (straight quotes alternate). In a
    paragraph that may hold several merged ones (``merged``), an opening mark after a sentence
    end may continue a quotation left open at the end of the one before.
    Returns the pairs, the problems, and the mark left open at the end, if any."""
    text = doc.text
    ends = punctuation_marks(doc.lexicon, "sentence_end")
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
            if _ended_before(doc, open_mark, m):
                problems.append(MarkProblem("unclosed", open_mark))
                reported = True
                open_mark = m  # the quotation ended without its mark: this one opens the next
                continue
            if merged and _after_sentence_end(text, m.start, ends):
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


def _ended_before(doc, open_mark: Mark, m: Mark) -> bool:
    """The quotation ``open_mark`` opens ended before ``m`` opens another one: a colon introduces
    ``m`` ("He added: "…"), or a speaker's tag stands between them ("…, said Ms Reed. "…")."""
    text = doc.text
    j = m.start - 1
    while j > open_mark.start and text[j] in " \t":
        j -= 1
    return text[j] == ":" or attributed(doc, open_mark.start + 1, m.start)


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


def _nested_pairs(ms: list[Mark]) -> list[tuple[Mark, Mark]] | None:
    """A paragraph's marks of one directional family that nest as written, one quotation inside
    another told with the same marks (`«قال لي «اترك كل شيء»، فتركت»`): every glyph's role agrees
    with its position, each closing mark closes the innermost one open, none is left open, and
    one opens inside another. Their pairs, else None (read flat)."""
    stack: list[Mark] = []
    pairs: list[tuple[Mark, Mark]] = []
    inner = False
    for m in ms:
        if m.role not in ("open", "close") or m.pos not in (None, m.role):
            return None
        if m.role == "open":
            stack.append(m)
            inner = inner or len(stack) > 1
        elif stack:
            pairs.append((stack.pop(), m))
        else:
            return None
    return pairs if inner and not stack else None


_QUOTE_CHARS = frozenset("“”„«»‹›\"'‘’")


def _cut_off(doc) -> bool:
    """Whether the text stops mid-sentence (a truncated excerpt): its last character, before a
    sign-off in capitals on a line of its own, is not one a paragraph may end with (the
    language's ``[punctuation] terminal`` marks)."""
    end = doc.text.rstrip()
    last = end.rsplit("\n", 1)
    if len(last) == 2 and 0 < len(last[1].split()) <= 2 and all(c.isupper() for c in last[1] if c.isalpha()) \
            and last[1].strip().isupper() and not any(c in _QUOTE_CHARS for c in last[1]):
        # every letter a capital (not `«قال“TKTK`), no quotation mark (the line is then the quotation's, not a sign-off)
        end = last[0].rstrip()  # a sign-off on a line of its own (REUTER) ends no sentence
    terminal = doc.lexicon.section("punctuation", {}).get("terminal", [])
    return bool(end) and bool(terminal) and end[-1] not in terminal


def quote_problems(doc, marks: list[Mark]) -> list[MarkProblem]:
    text = doc.text
    paragraphs: dict[int, list[Mark]] = {}
    for m in marks:
        if m.family != "bracket":
            paragraphs.setdefault(m.paragraph, []).append(m)
    problems: list[MarkProblem] = []
    left_open: dict[tuple[int, str], Mark] = {}
    fixed, reopened = set(doc.lexicon.get(Quotes).fixed_order), set(doc.lexicon.get(Quotes).reopened)
    for p, ms in sorted(paragraphs.items()):
        para_problems: list[MarkProblem] = []
        for fam in sorted({m.family for m in ms}):
            fam_marks = [m for m in ms if m.family == fam]
            if fam == "single":
                fam_marks = _single_quote_marks(text, fam_marks)
            if (nested := _nested_pairs(fam_marks)) is not None:
                pairs, probs, still_open = nested, [], None
            else:   # the lines of a paragraph of hard-wrapped copy are one paragraph, not merged ones
                pairs, probs, still_open = _pair_family(doc, fam_marks, merged="\n" not in doc.paragraphs[p].text)
            if fam == "single":  # a lone ’ may be an apostrophe or a reversed mark: say nothing
                probs = [pr for pr in probs if pr.kind != "unopened"]
            para_problems.extend(probs)
            para_problems.extend(_reversed(a, b) for a, b in pairs if a.role != "neutral" and a.char == b.char)
            if fam in fixed:
                para_problems.extend(MarkProblem("swapped", a, b, QUOTE_PAIRS[fam][0])
                                     for a, b in pairs if _swapped(a, b))
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
        if closing is not None and fam not in reopened:
            problems.remove(closing)  # one quotation spanning a paragraph break
            continue
        if mark.pos == "open" and p == len(doc.paragraphs) - 1 and _cut_off(doc):
            continue  # the text stops mid-sentence: the quotation may close in what is missing
        problems.append(MarkProblem("unclosed", mark))
    problems = _mismatches(problems)
    problems.sort(key=lambda pr: pr.mark.start)
    return problems


def _swapped(a: Mark, b: Mark) -> bool:
    """A pair whose two glyphs are exchanged (»…« in a language that writes «…» only): each
    end's glyph says the other role, and each end's position says its own."""
    return a.role == "close" and b.role == "open" and a.char != b.char and a.pos == "open" and b.pos == "close"


def _reversed(a: Mark, b: Mark) -> MarkProblem:
    """A pair written with one glyph at both ends (“…“ or ”…”): the end whose glyph is wrong."""
    o, c = QUOTE_PAIRS[a.family]
    if a.role == "open":  # the shared glyph is the opening one: the closing end is wrong
        return MarkProblem("reversed", b, a, c if b.char == o else o)
    return MarkProblem("reversed", a, b, c if a.char == o else o)


def _mismatches(problems: list[MarkProblem]) -> list[MarkProblem]:
    """An unclosed quotation and, after it in the same paragraph, an unopened closing mark of
    another family: one quotation closed with the wrong mark. The openers are kept by paragraph
    and family, so a flood of one mark costs its length, not its square."""
    out: list[MarkProblem | None] = list(problems)
    openers: dict[tuple, list[int]] = collections.defaultdict(list)   # (paragraph, family) -> indexes
    for i, pr in enumerate(problems):
        if pr.kind == "unclosed":
            openers[(pr.mark.paragraph, pr.mark.family)].append(i)
    heads = dict.fromkeys(openers, 0)   # where each list's openers not yet taken begin
    families: dict[int, list] = collections.defaultdict(list)
    for para, family in openers:
        families[para].append(family)
    for k, closer in enumerate(problems):
        if closer.kind != "unopened":
            continue
        best = None
        for family in families.get(closer.mark.paragraph, ()):
            if family == closer.mark.family:
                continue
            key = (closer.mark.paragraph, family)
            ids = openers[key]
            while heads[key] < len(ids) and out[ids[heads[key]]] is None:
                heads[key] += 1
            i = next((i for i in ids[heads[key]:] if out[i] is not None and problems[i].mark.start < closer.mark.start),
                     None)
            if i is not None and (best is None or i < best):
                best = i
        if best is None or out[k] is None:
            continue
        opener = problems[best]
        out[best] = None
        expected = QUOTE_PAIRS[opener.mark.family][1] if opener.mark.family in QUOTE_PAIRS else opener.mark.char
        out[k] = MarkProblem("mismatched", closer.mark, opener.mark, expected)
    return [pr for pr in out if pr is not None]


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
