"""Transliteration keys: a name reduced to a Latin consonant skeleton, so that the same name
written in Arabic and in English meets ("منصور" and "Mansour" are both ``mnsr``). The mapping is
language data (``[transliteration]``, :mod:`checker.across.schema`); this module only applies it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from checker.language.lexicon import Lexicon
from checker.language.normalize import normalize_text


@dataclass(frozen=True)
class _Map:
    digraphs: tuple[tuple[str, str], ...]
    letters: dict[str, str]
    prefixes: tuple[str, ...]
    final: tuple[str, ...]


@lru_cache(maxsize=32)
def _map(lex: Lexicon) -> _Map | None:
    t = lex.section("transliteration", {}) or {}
    if not t.get("letters"):
        return None
    digraphs = tuple(sorted(((normalize_text(k), v) for k, v in t.get("digraphs", {}).items()),
                            key=lambda kv: -len(kv[0])))
    return _Map(digraphs, {normalize_text(k): v for k, v in t["letters"].items()},
                tuple(sorted((normalize_text(p) for p in t.get("prefixes", [])), key=len, reverse=True)),
                tuple(normalize_text(f) for f in t.get("final", [])))


def word_key(lex: Lexicon, word: str) -> str:
    """The consonant skeleton of one word of a name ("" when the language has no mapping)."""
    m = _map(lex)
    if m is None:
        return ""
    w = normalize_text(word)
    for p in m.prefixes:
        if w.startswith(p) and len(w) > len(p) + 1:
            w = w[len(p):]
            break
    for f in m.final:
        if w.endswith(f) and len(w) > len(f) + 1:
            w = w[:-len(f)]
            break
    for a, b in m.digraphs:   # a digraph becomes a letter that maps to itself ("sh" -> "s")
        w = w.replace(a, b)
    out: list[str] = []
    for ch in w:
        for c in m.letters.get(ch, ""):
            if not out or out[-1] != c:
                out.append(c)
    return "".join(out)


def name_key(lex: Lexicon, tokens: tuple[str, ...]) -> str:
    """The key of a whole name: its words' keys joined by a space (empty words left out)."""
    return " ".join(k for k in (word_key(lex, t) for t in tokens) if k)
