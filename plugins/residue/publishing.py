"""RESIDUE001: web and CMS leftovers in the article body, and the ``residue`` fact it reads."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from checker import Example, rule
from checker.core.prefilter import may_match, required
from checker.extractors.keywords import finditer_at, register, starts
from checker.language.matching import phrase_key, trie_alternation
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled


from .candidates import candidates
from .structure import ARROWS, compile_structure

# What may surround residue phrases on a residue line: punctuation, bullets, counts, asterisks.
_FILLER = compiled(r"[\s\W\d_]*", re.UNICODE)


@dataclass(frozen=True)
class Residue:
    start: int
    end: int
    category: str
    severity: str
    phrase: str
    line: tuple[int, int] | None  # the whole line with its break, when the residue fills it
    delete: tuple[int, int] | None = None  # a segment inside a line: what removing it removes
    arrow: int | None = None  # the offset of a link arrow ("Watch the interview »") that ends it


@dataclass(frozen=True)
class _Compiled:
    phrases: re.Pattern | None
    phrase_category: dict[str, str]
    prefixes: list[tuple[str, str]]
    # the prefixes a line can start with, by the first character of the line (in data order)
    prefixes_by_char: dict[str, tuple[tuple[str, str], ...]]
    patterns: list[tuple[re.Pattern, str, tuple[str, ...] | None]]   # with what a match holds
    # per pattern, what an article must hold for any of its lines to match (None: not known)
    gates: list[re.Pattern | None]
    # per gate, strings one of which the text lowered holds wherever the gate matches (None: not known)
    gate_runs: list[tuple[str, ...] | None]
    severities: dict[str, str]
    # every phrase opens with a letter: the keyword pass finds where any of them can start
    keyed: bool = False


def _phrase_regex(phrase: str) -> str:
    words = normalize_text(phrase).split()
    return r"\s*".join(re.escape(w) for w in words) if len(words) == 1 else r"\s+".join(map(re.escape, words))


@lru_cache(maxsize=32)
def _compile(lexicon) -> _Compiled:
    table = lexicon.section("residue", {})
    phrase_category: dict[str, str] = {}
    prefixes, patterns, severities = [], [], {}
    for category, entry in sorted(table.items()):
        severities[category] = entry.get("severity", "warning")
        for p in entry.get("phrases", []):
            phrase_category.setdefault(phrase_key(p), category)
        for p in entry.get("prefixes", []):
            prefixes.append((phrase_key(p), category))
        for p in entry.get("patterns", []):
            rx = compiled(p, re.M)
            patterns.append((rx, category, required(rx)))
    alts = sorted(phrase_category, key=len, reverse=True)
    # the alternation of ``_phrase_regex`` over every phrase, as one prefix tree
    rx = compiled(r"(?<!\w)(?:" + trie_alternation(alts, r"\s+") + r")(?!\w)") if alts else None
    gates = [_case_free_gate(p, needs) for p, _cat, needs in patterns]
    runs = [_lowered_runs(g) for g in gates]
    keyed = all(k[:1].isalpha() for k in alts)
    return _Compiled(rx, phrase_category, prefixes, _by_first_char(prefixes), patterns, gates, runs, severities,
                     keyed)


# the first words of the phrases: a phrase matches only where one of them starts a word
_PHRASES = register("residue.phrases", lambda lex: list(_compile(lex).phrase_category), own_starts=True,
                    whole_words=True)


def _holds_phrase(doc, comp: _Compiled) -> bool:
    """The article's normalised text holds a phrase of ``comp``: tried only where the keyword
    pass found a phrase's first word, when every phrase opens with a letter."""
    text = doc.normalized.text
    if not comp.keyed:
        return comp.phrases.search(text) is not None
    return next(finditer_at(comp.phrases, text, starts(doc, _PHRASES), 0), None) is not None


def _case_free_gate(rx: re.Pattern, needs: tuple[str, ...] | None) -> re.Pattern | None:
    """For a pattern written case-free with a leading ``(?i)`` (where ``required`` knows nothing),
    a pattern of the strings its matches hold, matched case-free alike: a text with no match of
    it has no match of ``rx``."""
    if needs is not None or not rx.pattern.startswith("(?i)"):
        return None
    held = required(re.compile(rx.pattern[len("(?i)"):], rx.flags & ~re.IGNORECASE))
    return re.compile("|".join(map(re.escape, held)), re.IGNORECASE) if held else None


# ASCII characters that a case-free pattern matches only where the text, lowered, holds their
# lower case (not "i" nor "s": `ı` and `ſ` match them too)
_PLAIN_CASE = frozenset(chr(c) for c in range(32, 127)) - {"i", "s", "I", "S"}


def _lowered_runs(gate: re.Pattern | None) -> tuple[str, ...] | None:
    """For a gate of literal alternatives, the longest stretch of each written in characters of
    ``_PLAIN_CASE``, lowered: a text whose lower case holds none of them has no match of it."""
    if gate is None:
        return None
    held = required(re.compile(gate.pattern))
    if not held:
        return None
    runs = tuple(max("".join(c if c in _PLAIN_CASE else "\n" for c in h).split("\n"), key=len).lower() for h in held)
    return runs if all(runs) else None


def _gate_passes(gate: re.Pattern | None, runs: tuple[str, ...] | None, text: str, lowered: list) -> bool:
    """The case-free ``gate`` (None: none) matches ``text``, its runs first looked for in the text
    lowered (``lowered``: the text lowered, once per article)."""
    if gate is None:
        return True
    if runs is not None:
        if not lowered:
            lowered.append(text.lower())
        if not any(map(lowered[0].__contains__, runs)):
            return False
    return gate.search(text) is not None


def _by_first_char(prefixes: list[tuple[str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """The prefixes that can start a line beginning with each character, in data order; a
    prefix with no word (a lone colon) can start any line and is kept under every key and ""."""
    firsts = {p.rstrip(":").rstrip()[:1] for p, _ in prefixes}
    return {c: tuple((p, cat) for p, cat in prefixes if p.rstrip(":").rstrip()[:1] in (c, ""))
            for c in firsts | {""}}


def _lines(doc):
    """(start, end of content, end including the line break) of every line, as the core counts
    lines (\n, \r\n or \r)."""
    starts = doc.lines.starts
    text = doc.text
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(text)
        end = stop
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        yield start, end, stop


def extract_residue(doc, facts=None) -> list[Residue]:
    comp = _compile(doc.lexicon)
    text = doc.text
    out: list[Residue] = []
    # what a pattern needs is looked for in each line only when the article holds it at all
    lowered: list[str] = []
    patterns = [(rx, category, needs) for (rx, category, needs), gate, runs in zip(comp.patterns, comp.gates, comp.gate_runs)
                if may_match(needs, text) and _gate_passes(gate, runs, text, lowered)]
    # a line's phrase is a phrase of the article's text: none there, none in any line
    phrases = comp.phrases if comp.phrases is not None and _holds_phrase(doc, comp) else None
    view = doc.normalized
    # a phrase of a line starts where the keyword pass found a phrase's first word
    places = starts(doc, _PHRASES) if phrases is not None and comp.keyed else None
    for start, end, stop in _lines(doc):
        body = text[start:end]
        s = start + len(body) - len(body.lstrip())
        e = start + len(body.rstrip())
        if e <= s:
            continue
        ns = view.from_original(s)
        found = _line_residue(view.text[ns:view.from_original(e)], comp, phrases,
                              None if places is None else (view.text, places, ns))
        if found:
            category, phrase = found
            out.append(Residue(s, e, category, comp.severities[category], phrase, (start, stop)))
            continue
        matched: list[Residue] = []
        for rx, category, needs in patterns:
            if not may_match(needs, body):
                continue
            for m in rx.finditer(body):
                a, b = (start + i for i in (m.span("flag") if "flag" in rx.groupindex else m.span()))
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                if b > a:
                    whole = (start, stop) if not text[start:a].strip() and not text[b:end].strip() else None
                    matched.append(Residue(a, b, category, comp.severities[category], text[a:b], whole))
        # a match inside a wider one of the line is part of it ("TK" of "[number TK]")
        out.extend(r for r in matched if not any(o.start <= r.start and r.end <= o.end and (o.start, o.end) != (r.start, r.end)
                                                 for o in matched))
    out.extend(_structural(doc, comp, {r.start for r in out if r.line is not None}))
    out.sort(key=lambda r: (r.start, r.end))
    return out


def _structural(doc, comp: _Compiled, taken: set[int]) -> list[Residue]:
    """Calls to action and link segments recognised by their structure (see ``structure``)."""
    out = []
    text = doc.text
    for c in candidates(doc, compile_structure(doc.lexicon), taken):
        category = "link" if c.score.arrow else "call-to-action"
        severity = comp.severities.get(category, "warning")
        arrow = c.end - 1 if text[c.end - 1] in ARROWS else None
        line = _line_of(doc, c.start) if c.whole_line else None
        out.append(Residue(c.start, c.end, category, severity, text[c.start:c.end], line,
                           None if c.whole_line else c.delete, arrow))
    return out


def _line_of(doc, offset: int) -> tuple[int, int]:
    """The line holding ``offset``, with its break."""
    starts = doc.lines.starts
    i = bisect.bisect_right(starts, offset) - 1
    return starts[i], starts[i + 1] if i + 1 < len(starts) else len(doc.text)


def extract_link_arrows(doc, facts=None) -> frozenset[int]:
    """Offsets of the arrows that end link segments: web residue, never quotation marks."""
    residue = facts["residue"] if facts is not None and "residue" in facts else extract_residue(doc)
    return frozenset(r.arrow for r in residue if r.arrow is not None)


def _line_residue(norm: str, comp: _Compiled, phrases: re.Pattern | None,
                  at: tuple[str, list[int], int] | None = None) -> tuple[str, str] | None:
    """The category and phrase of a line that is residue by a prefix or by its phrases
    (``phrases``: ``comp.phrases``, or None where the article holds none of them). With ``at``
    (the article's normalised text, the starts of the phrases' first words in it, and where the
    line starts there) the phrases are tried only at those starts."""
    stripped = norm.lstrip(" \t-•*·>|–—")
    for prefix, category in comp.prefixes_by_char.get(stripped[:1], comp.prefixes_by_char[""]):
        if _prefix_matches(stripped, prefix):
            return category, prefix
    if phrases is None:
        return None
    if at is None:
        found = [m.span() for m in phrases.finditer(norm)]
    else:
        vt, places, ns = at
        found = [(m.start() - ns, m.end() - ns) for m in finditer_at(phrases, vt, places, 0, ns, ns + len(norm))]
    if not found:
        return None
    # the line less its phrases, each one a space (what ``phrases.sub(" ", norm)`` gives)
    rest = " ".join(norm[a:b] for a, b in zip([0] + [e for _, e in found], [s for s, _ in found] + [len(norm)]))
    if not _FILLER.fullmatch(rest):
        return None
    first = " ".join(norm[found[0][0]:found[0][1]].split())
    category = comp.phrase_category.get(first)
    return (category if category is not None else _category_of(first, comp)), first


def _blank_lines_after(doc, end: int) -> int:
    """Extend a deleted line over the blank lines that follow it, so no gap is left behind."""
    starts = doc.lines.starts
    text = doc.text
    i = next((k for k, s in enumerate(starts) if s == end), None)
    while i is not None and i < len(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(text)
        if text[starts[i]:stop].strip() or stop == starts[i]:
            break
        end = stop
        i += 1
    return end


def _prefix_matches(line: str, prefix: str) -> bool:
    """``prefix`` starts the line as whole words; a prefix written with a final colon must be
    followed by a colon or a dash ("للمزيد: <headline>", not "للمزيد من التفاصيل")."""
    needs_separator = prefix.endswith(":")
    word = prefix.rstrip(":").rstrip()
    if not line.startswith(word):
        return False
    rest = line[len(word):]
    if needs_separator:
        return bool(re.match(r"\s*[:\-–—]", rest))
    return not rest or not rest[0].isalnum()


def _category_of(matched: str, comp: _Compiled) -> str:
    for phrase, category in comp.phrase_category.items():
        if re.fullmatch(_phrase_regex(phrase), matched):
            return category
    return next(iter(comp.severities))


_LABELS = {"comment-form": "comment-form text", "navigation": "page navigation",
           "related": "a related-articles block", "share": "a share or subscribe prompt",
           "read-also": "a read-also link", "wire-marker": "a wire or layout marker",
           "placeholder": "a placeholder", "promo": "a promotion of the publisher's app or newsletter",
           "advertisement": "an advertisement marker", "link": "a link to a video, gallery or page",
           "call-to-action": "a call to action (share, follow, subscribe, read or watch)",
           "photo-credit": "a photo credit or caption"}


@rule(
    id="RESIDUE001",
    name="publishing-residue",
    severity="warning",
    languages=["*"],
    summary="Web or CMS leftovers in the body: calls to action, share bars, link arrows, comment forms, placeholders.",
    messages={
        "line": "This line is {label} left over from a web page or CMS, not part of the article.",
        "placeholder": "Placeholder text '{quote}' left in the article.",
        "segment": "This text is {label} left over from a web page, not part of the article.",
    },
    notes={
        "delete-text": "delete this text",
        "delete-line": "delete the line",
    },
    examples=[
        Example("The council voted 7-2 to close the bridge.\n\nLeave a comment\n\nBack to top", "en", True),
        Example("أعلنت الوزارة عن خطة جديدة.\nاترك تعليقاً\nزر الذهاب إلى الأعلى", "ar", True),
        Example("The mayor said the plan would cost TKTK million.", "en", True),
        Example("The council voted to close the bridge.\nSign up for our daily newsletter", "en", True),
        Example("أعلنت الوزارة عن خطة جديدة.\nشارك الخبر: فيسبوك | تويتر | واتساب | نسخ الرابط", "ar", True),
        Example("The storm hit the coast on Monday.  Watch the full interview » . Power is back.",
                "en", True),
        Example("Readers were invited to leave a comment on the council's website.", "en", False),
        Example("أعلنت الوزارة عن خطة جديدة.\nالمصدر: المدن", "ar", False),
        Example("The council met on Monday.\nShare prices tumble\nShoppers queued at TK Maxx.", "en", False),
        Example("أعلنت اللجنة الموعد.\nإعلان النتائج\nشارك في الاجتماع ممثلون عن 12 دولة", "ar", False),
    ],
    options={"categories": []},
)
def publishing_residue(ctx, residue):
    """
    ## What it flags
    Lines that are web furniture rather than journalism: comment forms ("Leave a comment",
    `اترك تعليقاً`, "Your email address will not be published"), navigation ("Back to top",
    `زر الذهاب إلى الأعلى`), related-article headings, share and subscribe prompts, read-also links,
    "Advertisement" / `إعلان` alone on a line, wire markers and photo credits or captions left as
    a line of their own ("Photo: …", `تصوير: …`; info), and placeholders anywhere in the text
    (TKTK, lorem ipsum, [TK], "[number TK]", `[عدد TK]`, "TK" standing for a missing figure, set off by commas
    where an age is to come, "Atiga Nabié, TK, who", or a dateline's date, "Uzbekistan, TK (Wire)", or alone in Latin
    letters among Arabic words, `وقال الحاج TK،`).

    Calls to action are recognised by their structure, in every phrasing: a short line, or the
    short last segment of a paragraph, with no sentence punctuation at its end, opened by an
    imperative ("Sign up", "Follow", `اشترك`, `تابعونا`, `حمّل`; or after a lead-in opened by a weaker one and a dash:
    "Get the latest results straight to your inbox — sign up for our Game, Set, Match newsletter.", `احصل على آخر
    النتائج في بريدك — اشترك في نشرتنا`) or a link label ("Read more:", `للمزيد:`), and made of what such prompts offer (a newsletter, an app, the story, comments),
    words addressing the reader ("our", "your", `نشرتنا`), social networks and separators
    (`فيسبوك | تويتر | واتساب`). A paragraph of its own may end with a full stop when it opens with
    an imperative and offers the site's own ("Sign up for our newsletter and get the results in
    your inbox.", `اشترك في نشرتنا البريدية لتصلك آخر الأخبار.`), or one it names by its capitalised name
    ("Subscribe to Energy Wire for a weekly digest."; not "Download speeds … the report said"), or asks the reader to
    follow it on networks it names ("Follow us on Facebook, X and Instagram for the latest from Hull.", "Follow us on
    Viber for breaking news and updates.", `تابعونا على فايبر لآخر الأخبار.`). The label of a page widget with its
    counter ("Comments (42)", `التعليقات (17)`) is residue when all its words are such words. In hard-wrapped copy, a call
    to action on a line after a finished sentence or a short line (a sign-off such as REUTER) is
    found too. Link segments that end with an arrow ("Watch the full interview
    »", "See photos of the storm »") are reported as links (info), and the arrow is not taken
    for a quotation mark by PUNCT001.

    ## Why it matters
    Copy pasted from a web page or exported from a CMS carries the page's furniture with it;
    published in the body it looks careless and can leak internal notes.

    ## Example
    `Leave a comment` on a line of its own at the end of the story. The fix, safe to apply,
    deletes the line. A segment inside a paragraph ("…the centre said.  Watch the interview »")
    gets a suggestion to delete it, to be reviewed.

    ## Not flagged
    The same words inside a sentence ("residents were invited to share their views", "placed
    an advertisement", `إعلان النتائج`), a line whose verb is told in the past (`شارك في الاجتماع
    ممثلون`), headlines with a network as their subject, sub-headings such as "Share prices
    tumble", quotes, list items in lowercase, lines of hard-wrapped copy that continue a
    sentence, "TK Maxx" and airline codes, and source credits such as `المصدر: المدن` or "Reuters".

    ## Options
    `categories` (default: all): report only these categories of residue — comment-form,
    navigation, related, share, read-also, promo, advertisement, wire-marker, placeholder,
    call-to-action, link, photo-credit.
    """
    wanted = set(ctx.options["categories"])
    for r in residue:
        if wanted and r.category not in wanted:
            continue
        if r.delete is not None:
            fix = ctx.suggestion(r.delete[0], r.delete[1], "", "delete this text")
            ctx.report("segment", r.start, r.end, suggestions=[fix], severity=r.severity,
                       label=_LABELS.get(r.category, r.category))
            continue
        if r.category == "placeholder" or r.line is None:
            ctx.report("placeholder", r.start, r.end, severity=r.severity, quote=r.phrase)
            continue
        start, end = r.line
        end = _blank_lines_after(ctx.doc, end)
        fix = ctx.suggestion(start, end, "", "delete the line", safe=True)
        ctx.report("line", r.start, r.end, suggestions=[fix], severity=r.severity,
                   label=_LABELS.get(r.category, r.category))
