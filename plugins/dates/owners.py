"""DATE008's reading of two tellings by a pronoun alone: whose each is, by the first words of its
clause ("the university had grown since its opening in 1985" … "Its central library has lent a
million books since its opening in 2016": two openings)."""

from __future__ import annotations

from .changes import STRIP
from .event_data import _bare, _data
from .events import Event
from .subjects import SHORT_ARTICLE


def owned_apart(ctx, a: Event, b: Event) -> bool:
    """Two tellings by a pronoun alone whose clauses open with different words: "the university
    had grown since its opening in 1985" … "Its central library has lent a million books since its
    opening in 2016" tell two openings."""
    if a.subject or b.subject or not (a.pronoun and b.pronoun) or not _data(ctx.lexicon).clause_openers:
        return False   # (read where the language data gives the words that open a clause)
    oa, ob = _owner(ctx, a), _owner(ctx, b)
    return bool(oa and ob) and not oa & ob


def _owner(ctx, ev: Event) -> frozenset[str]:
    """The first two content words of the clause a telling stands in (after its sentence's last
    clause opener, else from the sentence's start), without the article; none when the clause
    opens with a pronoun ("It has grown since its founding": what "it" is, is told elsewhere)."""
    data = _data(ctx.lexicon)
    sent = ctx.doc.sentence_at(ev.start)
    words = [w.strip(STRIP) for w in ctx.doc.normalized_slice(sent.start, ev.start).lower().split()]
    words = words[max((i + 1 for i, w in enumerate(words) if w in data.clause_openers), default=0):]
    if words and words[0] in data.pronouns and words[0] not in data.determiners:
        return frozenset()
    def plain(w: str) -> str:   # (a proclitic before the article dropped with it: `والمرزوقي` is `مرزوقي`)
        b = _bare(w, data)
        return SHORT_ARTICLE.sub("", b if data.article and b.startswith(data.article) else w)
    content = [plain(w) for w in words if w and w not in data.stop and not w.isdigit()]
    return frozenset(content[:2])
