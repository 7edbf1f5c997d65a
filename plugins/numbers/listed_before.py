"""NUM002's reading of a list of people named before the count that sums them up: "Kiprugut,
Alemu, Otieno and Mwangi were the three men who dipped under the old record" (four names),
`وكان أحمد وسالم وخالد هم اللاعبين الأربعة` (three). The names are person mentions of the shared
name facts, one after another with only a comma or "and" between; right after the last one, a
word that equates them with the count (``[figures.lists] named_before``: "were the", `هم`), and the
count, maybe after its noun where the noun comes first (`اللاعبين الأربعة`)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

from .common import and_words, figures_data

_NOUN_FIRST = compiled(r"[^\W\d_]+\s+")   # the counted noun before the count, where nouns come first
_MAX = 12


@lru_cache(maxsize=32)
def _data(lex):
    words = figures_data(lex).get("lists", {}).get("named_before", [])
    if not words:
        return None
    free, attached = and_words(lex)
    alt = "|".join(re.escape(normalize_text(w).lower()) for w in sorted(words, key=len, reverse=True))
    joiner = compiled(r"\s*(?:[,،]\s*)?(?:(?:" + "|".join(re.escape(w) for w in free) + r")\s+)?(?:"
                      + "|".join(re.escape(w) for w in attached) + r")?\s*") if free or attached else compiled(r"\s*[,،]\s*")
    return compiled(rf"\s+(?:{alt})\s+"), joiner, normalize_text(lex.section("script", {}).get("article", ""))


def named_before(ctx, quantities, name_mentions):
    """Yield (count, list start, list end, names) where a count told right after a list of people's
    names, as what they were, does not match how many they are."""
    data = _data(ctx.lexicon)
    if data is None:
        return
    lead, joiner, article = data
    text, view = ctx.doc.text, ctx.doc.normalized
    people = sorted((m for m in name_mentions if m.person), key=lambda m: m.start)
    starts = {view.from_original(q.start): q for q in quantities if q.unit is None and float(q.value).is_integer()}
    i = 0
    while i < len(people):
        run = [people[i]]
        while i + 1 < len(people) and joiner.fullmatch(text, run[-1].end, people[i + 1].start):
            i += 1
            run.append(people[i])
        i += 1
        if not 2 <= len(run) <= _MAX or not joiner.fullmatch(text, run[-2].end, run[-1].start):
            continue
        end = view.from_original(run[-1].end)
        m = lead.match(view.text.lower(), end)
        if m is None:
            continue
        q = starts.get(m.end()) or starts.get(m.end() + len(article)) if article else starts.get(m.end())
        if q is None and (n := _NOUN_FIRST.match(view.text, m.end())) is not None:   # `هم اللاعبين الأربعة`: the count
            q = starts.get(n.end()) or (starts.get(n.end() + len(article)) if article else None)   # after its noun and the article
        if q is not None and 2 <= q.value <= _MAX and q.value != len(run) and ctx.doc.sentence_index(q.start) == \
                ctx.doc.sentence_index(run[0].start):
            yield q, run[0].start, run[-1].end, len(run)
