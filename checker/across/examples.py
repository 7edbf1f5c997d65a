"""The examples of a group rule: an :class:`checker.core.rules.Example` whose text holds the
articles of one group, separated by a line ``---``, each optionally opening with a line
``published: YYYY-MM-DD``. The articles of an example carry one ``story`` field: an example shows
what the rule does with a group, not how groups are found."""

from __future__ import annotations

import datetime as dt

from checker.core.models import Article
from checker.core.rules import Example

SEPARATOR = "\n---\n"
_PUBLISHED = "published:"


def example_articles(example: Example) -> list[Article]:
    """The articles of a group rule's example, ids ``example-1``, ``example-2``, ..."""
    out = []
    for i, part in enumerate(example.text.split(SEPARATOR), 1):
        published = None
        first, _, rest = part.partition("\n")
        if first.startswith(_PUBLISHED):
            published, part = dt.date.fromisoformat(first[len(_PUBLISHED):].strip()), rest
        out.append(Article(id=f"example-{i}", text=part, lang=example.lang, published=published,
                           meta={"story": "example"}))
    return out
