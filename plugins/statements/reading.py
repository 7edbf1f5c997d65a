"""A sentence read as STMT001 compares it: a sequence of tokens, each a word key, a figure, a
negation or a clause mark, with where it stands and whether it stands inside a quotation.

Which words are left out, which negate, which state opposites and how a word is reduced to its
key are the family's language data (``data/<lang>/statements.toml``); the code only walks the
text."""

from __future__ import annotations

import collections
import itertools
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from checker.language.letters import LetterPattern
from checker.language.normalize import normalize_text

from .schema import Statements

TOKEN = LetterPattern(r"{L}+(?:['’]{L}+)?|{D}+(?:[.,]{D}+)*|[,;:()\[\]—–،؛]|[\"“”«»]")
WORD = LetterPattern(r"{L}{3,}")
MARK = "|"
NEG = "¬"


_MEMO = 200_000   # word keys remembered across articles


class Token(NamedTuple):
    """One token of a sentence (a named tuple: made for every token of every sentence read)."""

    kind: str      # "w" a content word, "n" a figure, NEG, MARK
    key: str
    word: str
    start: int     # in the normalised text
    end: int
    quoted: bool


@dataclass
class Sentence:
    tokens: list[Token]
    words: list[tuple[int, str]]   # every word as written (normalised) and where, for the "apart" test
    content: frozenset[str]      # the keys of its content words, for blocking
    question: bool


@dataclass(frozen=True)
class Data:
    ignore: frozenset[str]
    auxiliaries: frozenset[str]
    negators: frozenset[str]
    antonyms: frozenset[frozenset[str]]
    apart: frozenset[str]
    openers: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    proclitics: tuple[str, ...]
    min_stem: int
    min_shared: int
    quotes: str
    opposites: frozenset[str] = frozenset()     # every word of a pair of opposites, as a key
    stop: frozenset[str] = frozenset()          # every word that is no content word
    before_period: frozenset[str] = frozenset()  # apart words that set apart only before a period
    periods: frozenset[str] = frozenset()
    keys: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def key(self, word: str) -> str:
        """The word without up to two prefixes and one ending (each leaving ``min_stem`` letters)."""
        got = self.keys.get(word)
        if got is None:
            if len(self.keys) > _MEMO:
                self.keys.clear()
            w = word.replace("’", "'")
            w = w[:-2] if w.endswith("'s") else w
            for _ in range(2):   # a future and a present prefix: `سترفع`, `ترفع`, `رفع`
                w = next((w[len(p):] for p in self.prefixes if w.startswith(p) and len(w) - len(p) >= self.min_stem), w)
            w = next((w[:-len(s)] for s in self.suffixes if w.endswith(s) and len(w) - len(s) >= self.min_stem), w)
            got = self.keys[word] = w
        return got

    def bare(self, word: str, vocabulary: frozenset[str] = frozenset()) -> str:
        """The word without an attached conjunction when the rest is a word of the text, a word
        the data names or one of a pair of opposites (`ولم`, `وانخفض`; never `وزارة`)."""
        for p in self.proclitics:
            rest = word[len(p):]
            if word.startswith(p) and (rest in self.negators or rest in self.ignore or rest in self.auxiliaries
                                       or len(rest) >= self.min_stem and (rest in vocabulary or self.key(rest) in self.opposites)):
                return rest
        return word



def _norm(words) -> frozenset[str]:
    return frozenset(normalize_text(w).replace("’", "'") for w in words)


def _longest(words) -> tuple[str, ...]:
    return tuple(sorted({normalize_text(w) for w in words}, key=len, reverse=True))


@lru_cache(maxsize=32)
def statements_data(lex) -> Data:
    s = lex.get(Statements)
    d = Data(_norm(s.ignore), _norm(s.auxiliaries), _norm(s.negators), frozenset(), _norm(s.apart),
             _norm(s.openers), _longest(s.prefixes), _longest(s.suffixes), _longest(s.proclitics), s.min_stem,
             s.min_shared, s.quotes)
    pairs = frozenset(frozenset((d.key(normalize_text(a)), d.key(normalize_text(b)))) for a, b in s.antonyms)
    pairs = frozenset(p for p in pairs if len(p) == 2)
    return Data(d.ignore, d.auxiliaries, d.negators, pairs, d.apart, d.openers, d.prefixes, d.suffixes,
                d.proclitics, d.min_stem, d.min_shared, d.quotes, frozenset(k for p in pairs for k in p),
                d.ignore | d.auxiliaries | d.negators, _norm(s.apart_before_period), _norm(s.periods))


def blocking_words(text: str, bounds: list[tuple[int, int]], d: Data,
                   most: int) -> tuple[list[frozenset[str]], list[int]]:
    """For each sentence ``text[start:end]`` (normalised), its content words as written that stand
    in two to ``most`` sentences (the only ones that can pair it with another), and how many
    content words it has in all: a cheap first reading before any sentence is read token by token."""
    words = WORD.on(text)
    sets = [frozenset(words.findall(text, a, b)) for a, b in bounds]
    spread = collections.Counter(itertools.chain.from_iterable(sets))
    keep = frozenset(w for w, n in spread.items() if 1 < n <= most).difference(d.stop)
    return [keep.intersection(s) for s in sets], [len(s.difference(d.stop)) for s in sets]


def _starts_sentence(original: str, view, m, d: Data, bare: str) -> bool:
    """A function word written with a capital inside a sentence: the start of a sentence whose
    full stop was dropped ("…on Thursday The agency said…")."""
    return bare in d.openers and original[view.to_original(m.start(), m.end())[0]].isupper()


def read(original: str, view, start: int, end: int, d: Data, vocabulary: frozenset[str]) -> list[Sentence]:
    """The sentences of the normalised ``view.text[start:end]``: one, or more where a sentence
    runs on into the next without its full stop."""
    text = view.text
    out: list[Sentence] = []
    tokens: list[Token] = []
    words: list[tuple[int, str]] = []
    quoted = False
    question = "?" in text[start:end] or "؟" in text[start:end]
    for m in TOKEN.on(text).finditer(text, start, end):
        w = m.group()
        if w in d.quotes:
            quoted = not quoted if w == '"' else w in "“«"
            if tokens and tokens[-1].kind != MARK:   # a quotation opens or ends a clause
                tokens.append(Token(MARK, MARK, w, m.start(), m.end(), quoted))
            continue
        if not w[0].isalnum():
            if tokens and tokens[-1].kind != MARK:
                tokens.append(Token(MARK, MARK, w, m.start(), m.end(), quoted))
            continue
        w = w.replace("’", "'")
        bare = d.bare(w, vocabulary)
        if tokens and tokens[-1].kind != MARK and _starts_sentence(original, view, m, d, bare):
            out.append(_sentence(tokens, words, question))
            tokens, words = [], []
        words += [(m.start(), w), (m.start(), bare)]
        if bare in d.negators:
            tokens.append(Token(NEG, NEG, w, m.start(), m.end(), quoted))
        elif w[0].isdigit():
            tokens.append(Token("n", w, w, m.start(), m.end(), quoted))
        elif bare not in d.ignore and bare not in d.auxiliaries and len(w) > 1:
            tokens.append(Token("w", d.key(bare), w, m.start(), m.end(), quoted))
    out.append(_sentence(tokens, words, question))
    return out


def _sentence(tokens: list[Token], words: list[tuple[int, str]], question: bool) -> Sentence:
    content = frozenset(t.key for t in tokens if t.kind == "w" and len(t.key) >= 3)
    return Sentence(tokens, words, content, question)
