"""Markdown inputs: the analysed text is the source with markup blanked, offsets unchanged."""

from __future__ import annotations

import re

from checker.core.models import Article
from checker.io.suppressions import suppression_ranges

_MD_MASKS = [
    re.compile(r"\A---\n.*?\n---\n", re.S),               # front matter
    re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M),  # fenced code
    re.compile(r"`[^`\n]+`"),                               # inline code
    re.compile(r"<!--.*?-->", re.S),                       # comments (suppressions read first)
    re.compile(r"(?<=\])\([^()\s]*(?:\s+\"[^\"]*\")?\)"),  # link targets
    re.compile(r"<https?://[^>\s]+>"),                     # autolinks
    re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$", re.M),     # reference definitions
    re.compile(r"<\/?[A-Za-z][^<>]*>"),                    # inline HTML tags
]
_MD_COMMENTS = 3
_FRONT_FIELD = re.compile(r"^(title|summary|standfirst):[ \t]*(.*?)[ \t]*\r?$", re.M)
_SUPPRESS = re.compile(r"<!--\s*checker:\s*(ignore|ignore-file)\s+([A-Za-z0-9_,\s]+?)\s*-->")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def article_from_markdown(id: str, path: str, source: str) -> Article:
    """The analysed text is the Markdown source with code, link targets, comments and markup tags
    replaced by spaces: offsets and lines are exactly those of the source file."""
    text = source
    suppressions: list[tuple[str, int, int]] = []
    for i, pat in enumerate(_MD_MASKS):
        if i == _MD_COMMENTS:  # read suppressions once code is blanked, so code cannot hold one
            suppressions = suppression_ranges(text, [(m.start(), m.end(), m.group(1), m.group(2))
                                                for m in _SUPPRESS.finditer(text)], blank_line_ends=True)
        for m in list(pat.finditer(text)):
            text = _blank(text, m.start(), m.end())
    article = Article(id=id, text=text, path=path, suppressions=suppressions)
    front = _MD_MASKS[0].match(source)
    for key, value in _FRONT_FIELD.findall(front.group(0) if front else ""):
        value = value[1:-1] if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"" else value
        setattr(article, "summary" if key == "standfirst" else key, value or None)
    return article

