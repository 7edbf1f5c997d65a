"""DATE008's reading of a work named with its year in brackets ("Salt Orchard (1991)", `«نخيل المدّ» (1967)`),
the convention of reviews and obituaries for the year a book, a film or an album came out, and told
elsewhere in the article with a verb of its release and another year ("Her debut collection, Salt
Orchard, came out in 1989", `صدرت روايته «نخيل المدّ» عام 1969`). A work comes out once.

The title is a run of capitalised words right before the bracket (in a script with capitals) or a
quoted title (`«…»`, "…"); the verbs of release are language data (``[event_subject] release``);
the other telling names the same title, with a verb of release within a few words of it and a year
right after that, in its clause."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.matching import alternation, prefixes
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_BRACKETED = compiled(r"(?:[«\"“](?P<q>[^»\"”\n]{2,60})[»\"”]|(?P<c>(?:[A-Z][\w'’-]*[^\S\n]+){0,4}[A-Z][\w'’-]*))"
                      r"[^\S\n]*\((?P<y>1[5-9]\d\d|20\d\d)\)")
_STOP = compiled(r"[.;؛!?]")   # what ends the clause between a verb of release and its year
_NEAR = 40   # characters between a title and a verb of release, or the verb and the year after it


@lru_cache(maxsize=32)
def _release_rx(lex) -> re.Pattern | None:
    words = lex.section("event_subject", {}).get("release", [])
    return compiled(rf"(?<![^\W\d_]){prefixes(lex)}(?:{alternation([normalize_text(w) for w in words])})(?![^\W\d_])", re.I) \
        if words else None


def titled_pairs(ctx, date_mentions):
    """Yield (first year, later year, first title, later title) spans, in the order told, for a work
    given two years of release."""
    release = _release_rx(ctx.lexicon)
    if release is None or "(" not in ctx.text:
        return
    years = [m for m in date_mentions if m.precision == "year" and m.year is not None]
    text, view = ctx.text, ctx.doc.normalized
    for b in _BRACKETED.finditer(text):
        title = b.group("q") or b.group("c")
        if len(title) < 4 or (b.group("c") and " " not in title and title.lower() == title):
            continue
        year = int(b.group("y"))
        at = text.find(title)
        while at >= 0:
            if not b.start() <= at < b.end() and (told := _released(ctx, view, release, years, at, at + len(title))) is not None \
                    and told.year != year:
                ys, ye, told_at = b.start("y"), b.end("y"), (at, at + len(title))
                if at < b.start():
                    yield (told.start, told.end), (ys, ye), told_at, (b.start(), b.end("y") + 1)
                else:
                    yield (ys, ye), (told.start, told.end), (b.start(), b.end("y") + 1), told_at
                break
            at = text.find(title, at + 1)


def _released(ctx, view, release, years, start: int, end: int):
    """The year a title at ``[start, end)`` is told to have come out in its clause: a verb of release
    within a few words of the title, and a year right after the verb (or after the title)."""
    sent = ctx.doc.sentence_at(start)
    if sent is None:
        return None
    lo, hi = view.from_original(max(sent.start, start - _NEAR)), view.from_original(min(sent.end, end + _NEAR))
    verb = release.search(view.text, lo, hi)
    if verb is None:
        return None
    after = max(view.to_original(verb.end(), verb.end())[0], end)
    return next((m for m in years if after <= m.start <= after + _NEAR and not _STOP.search(ctx.text, after, m.start)), None)
