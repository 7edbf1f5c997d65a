"""What grouping reads of one article: a small, picklable :class:`Profile` built from the fact
layer (names, places, figures, dates) and the article's own fields (title, ``story``/``thread``,
``published``). Profiles are built where the article is (a worker, a Dask partition); grouping
compares profiles only."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker.across.keys import word_key
from checker.core.document import Document
from checker.core.facts import FactError, Facts
from checker.core.models import Article
from checker.language.normalize import normalize_text

STORY_FIELDS = ("story", "thread")   # an explicit story id a feed may carry (in ``meta``)
_TITLE_WORD = re.compile(r"[^\W\d_]{5,}")
_MIN_KEY = 2   # a family-name key this short ("hd") is kept, but only with its given name


@dataclass(frozen=True)
class Profile:
    """``people``: ``"<given> <family>"`` (the two last words) transliteration keys of the full names of people;
    ``places``: keys of the other names (places, organisations); ``figures``: (what is counted,
    value) of classed counts (tolls); ``days``: ISO dates named at day precision; ``title``: the
    normalised title; ``story``: the feed's story or thread id."""

    index: int
    id: str
    lang: str
    published: dt.date | None
    story: str | None
    title: str
    people: tuple[str, ...]
    places: tuple[str, ...]
    figures: tuple[tuple[str, float], ...]
    days: tuple[str, ...]

    def blocking_keys(self) -> list[str]:
        """The keys under which this article meets candidates: its story id, every person's
        name key, and the longer words of its title (within one language)."""
        keys = [f"story:{self.story}"] if self.story else []
        keys += [f"person:{p}" for p in self.people]
        keys += sorted({f"title:{self.lang}:{w}" for w in _TITLE_WORD.findall(self.title)})
        return keys


def story_of(article: Article) -> str | None:
    for name in STORY_FIELDS:
        value = article.meta.get(name)
        if value not in (None, ""):
            return str(value)
    return None


def build_profile(index: int, article: Article, doc: Document, facts: Facts) -> Profile:
    """The profile of one loaded article (``doc`` and ``facts`` as the engine builds them): of its
    body, the facts of a headline composed before it (``doc.body_start``) left out."""
    lex = doc.lexicon
    people: set[str] = set()
    places: set[str] = set()
    try:
        mentions = facts["name_mentions"] if "name_mentions" in facts else []
        quantities = facts["quantities"] if "quantities" in facts else []
        dates = facts["date_mentions"] if "date_mentions" in facts else []
    except FactError:   # an extractor failing here is reported by the article's own check
        mentions, quantities, dates = [], [], []
    if doc.body_start:
        mentions, quantities, dates = ([x for x in xs if x.start >= doc.body_start]
                                       for xs in (mentions, quantities, dates))
    for m in mentions:
        keys = [word_key(lex, t) for t in m.tokens]
        if m.person and m.full and keys[-2] and len(keys[-1]) >= _MIN_KEY:
            people.add(f"{keys[-2]} {keys[-1]}")   # the given name next to the family name
        elif not m.person and all(keys):
            places.add(" ".join(keys))
    figures = {(q.thing, q.value) for q in quantities if q.thing and not q.subset and q.unit is None}
    days = {d.isoformat() for m in dates if m.precision == "day" and not m.year_inferred
            for d in m.dates(doc.published)}
    return Profile(index=index, id=article.id, lang=doc.lang, published=doc.published,
                   story=story_of(article), title=normalize_text(article.title or ""),
                   people=tuple(sorted(people)), places=tuple(sorted(places)),
                   figures=tuple(sorted(figures)), days=tuple(sorted(days)))


def profile_from_facts(article: Article, doc: Document, facts: Facts) -> Profile:
    """The profile of an article from the document and facts its own check built (an
    ``observe`` of :class:`checker.core.engine.CheckOptions`); its ``index`` is set by whoever
    knows the article's number in the run (-1 until then)."""
    return build_profile(-1, article, doc, facts)
