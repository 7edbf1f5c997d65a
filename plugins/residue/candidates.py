"""Where residue may stand in an article: one-line paragraphs, short lines of hard-wrapped copy
that stand apart from the wrapping, the last segment of a paragraph, and link segments ending with
an arrow inside a paragraph; each is scored by :func:`.structure.score`."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from checker.language.regexes import compiled

from .structure import BULLETS, CHARS_PER_WORD, Score, Structure, is_residue, score

# A sentence ends here and the next one starts after the spaces (a closing quote may follow the
# full stop; CNN's link lines follow a bare closing quote too).
_BOUNDARY = compiled(r"(?:[.!?؟…][\"'”’)\]]*|[\"”])[^\S\n]+")
_ARROW_AT = compiled(r"(?<=\s)[»›→](?=\s|$)")
_MAX_BACK = 240  # characters searched back from an arrow for the link's first word


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    score: Score
    whole_line: bool          # the segment is its paragraph, alone on its line
    delete: tuple[int, int]   # what removing it removes


def _norm(doc, s: int, e: int) -> str:
    view = doc.normalized
    return view.text[view.from_original(s):view.from_original(e)]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in BULLETS):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def candidates(doc, st: Structure, taken: set[int]) -> list[Candidate]:
    """Structural residue in ``doc``: whole one-line paragraphs, the last segment of a
    paragraph, and link segments that end with an arrow. ``taken`` holds the starts of the lines
    already reported as residue by phrase."""
    out: list[Candidate] = []
    for para in doc.paragraphs:
        found = None
        short = len(para.text) <= st.max_words * CHARS_PER_WORD
        if short and para.start not in taken and not _has_sentences(para.text):
            sc = score(_norm(doc, para.start, para.end), para.text, st, closed=True)
            if is_residue(sc):
                found = Candidate(para.start, para.end, sc, True, (para.start, para.end))
        if found is None and ("\n" in para.text or "\r" in para.text):
            out.extend(_wrapped_lines(doc, para, st, taken))
        if found is None:
            found = _last_segment(doc, para, st)
        if found is not None:
            out.append(found)
        out.extend(c for c in _arrow_segments(doc, para, st)
                   if found is None or c.end <= found.start or c.start >= found.end)
    return out


_SHORT_LINE = 0.7  # a line this much shorter than the widest of its paragraph is not wrapped text
_ENDS_SENTENCE = compiled(r"[.!?؟…:][\"'”’»)\]]*[^\S\n]*$")


def _wrapped_lines(doc, para, st: Structure, taken: set[int]) -> list[Candidate]:
    """Lines of hard-wrapped copy that stand alone: one short call to action on a line that
    follows a finished sentence, or that is much shorter than the lines wrapped around it."""
    out = []
    text = doc.text
    starts = doc.lines.starts
    first = bisect.bisect_right(starts, para.start) - 1
    last = bisect.bisect_right(starts, para.end) - 1
    lines = [_trim(text, starts[i], starts[i + 1] if i + 1 < len(starts) else len(text))
             for i in range(first, last + 1)]
    width = max(e - s for s, e in lines)
    for k in range(1, len(lines)):
        s, e = lines[k]
        if s >= e or s in taken or _has_sentences(text[s:e]):
            continue
        # the line before ends a sentence, or is itself short (a sign-off such as REUTER ends
        # its wrapped text): this one does not continue it
        ps, pe = lines[k - 1]
        after_break = bool(_ENDS_SENTENCE.search(text[ps:pe])) or pe - ps <= width * (1 - _SHORT_LINE) \
            or ps in taken   # the line before is residue itself ("Related: …")
        if not after_break and (k == len(lines) - 1 or e - s > width * _SHORT_LINE):
            continue
        sc = score(_norm(doc, s, e), text[s:e], st)
        if is_residue(sc):
            out.append(Candidate(s, e, sc, True, (s, e)))
    return out


def _has_sentences(text: str) -> bool:
    """More than one line, or a sentence ending inside it."""
    return "\n" in text or "\r" in text or any(m.end() < len(text) for m in _BOUNDARY.finditer(text))


def _last_segment(doc, para, st: Structure) -> Candidate | None:
    """The paragraph's last sentence, when it is a call to action (only the paragraph's tail is
    searched: a longer sentence is no call to action)."""
    last = None
    tail = max(0, len(para.text) - st.max_words * CHARS_PER_WORD - 8)
    for m in _BOUNDARY.finditer(para.text, tail):
        if m.end() < len(para.text):
            last = m
    if last is None:
        return None
    s, e = _trim(doc.text, para.start + last.end(), para.end)
    sc = score(_norm(doc, s, e), doc.text[s:e], st)
    if not is_residue(sc):
        return None
    cut = para.start + last.start() + len(last.group().rstrip())
    return Candidate(s, e, sc, False, (cut, e))


def _arrow_segments(doc, para, st: Structure) -> list[Candidate]:
    """Link segments such as "Watch the full interview »" inside a paragraph: the nearest
    sentence start before the arrow that an imperative or a link label opens, with no
    quotation left open before it that the arrow could close."""
    out: list[Candidate] = []
    if "»" not in para.text and "›" not in para.text and "→" not in para.text:
        return out
    text = doc.text
    floor = para.start
    for m in _ARROW_AT.finditer(para.text):
        arrow = para.start + m.start()
        starts = [para.start] + [para.start + b.end() for b in _BOUNDARY.finditer(para.text, 0, m.start())]
        for s in reversed(starts):
            if s < floor or arrow - s > _MAX_BACK:
                break
            seg = text[s:arrow + 1]
            if "«" in seg or text.count("«", para.start, s) > text.count("»", para.start, s):
                break
            sc = score(_norm(doc, s, arrow + 1), seg, st)
            if is_residue(sc) and sc.opens:
                cut = s
                while cut > para.start and text[cut - 1].isspace():
                    cut -= 1
                out.append(Candidate(s, arrow + 1, sc, False, (cut, arrow + 1)))
                floor = arrow + 1
                break
    return out
