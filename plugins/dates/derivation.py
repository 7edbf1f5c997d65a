"""Derivation: what a verb and the noun derived from it have in common, so that one event told
as "was founded" and "its founding", `تأسست` and `تأسيسها`, `أصدر` and `صدور`, is recognised as
one.

English (a language written without ``patterns``): a word reduces to a stem by stripping one
inflectional or derivational ending and then a trailing letter ("collapsed", "collapse" →
"collaps"; "elected", "election" → "elect"), with a table of irregular forms ("born" → birth).
Arabic (``patterns``): a word, once its clitics are stripped, is matched against the verb and
verbal-noun patterns of the derived forms (فعّل/تفعيل, أفعل/إفعال, انفعل/انفعال, افتعل/افتعال,
تفعّل, استفعل/استفعال, فعل/فعول/فعيل/فعال …); its keys are its possible roots, each with a
derived form, and a verb and its masdar share one. Everything a language contributes is data
(``[event_derivation]``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_WEAK = str.maketrans({c: "*" for c in "اويء"})  # weak letters and hamza of a root, taken as one


@dataclass(frozen=True)
class Derived:
    """``keys``: the stems or root:form pairs the word can stand for; ``pos``: 'v' (only a
    verb), 'n' (only a noun) or '' (either, or unknown); ``gender``: the kind of subject a suffix
    marks ('f', 'm', 'p') or None."""

    keys: frozenset[str]
    pos: str = ""
    gender: str | None = None
    suffix: bool = False      # the gender is marked by a pronoun suffix (`تأسيسها`)


_NONE = Derived(frozenset())
_MEMO = 200_000   # words remembered per language, before the memory is reset


class Deriver:
    """The derivation rules of one language."""

    def __init__(self, lex):
        d = lex.section("event_derivation", {})
        self.irregular = {normalize_text(k).lower(): normalize_text(v).lower() for k, v in d.get("irregular", {}).items()}
        self.patterns = [(self._pattern(p), tuple(forms), pos) for p, forms, pos, *_ in d.get("patterns", [])]
        # a pattern matches words of one length only: each base is tried against those of its length; one
        # marked "bare" only a word with nothing taken off it but a conjunction (`أقرّ`, not `الأهم`, `أزمة`)
        self._by_length: dict[int, list] = {}
        self._bare_by_length: dict[int, list] = {}
        for (rx, forms, pos), (p, _, _, *flags) in zip(self.patterns, d.get("patterns", [])):
            size = sum(1 if c in "FAL" else len(normalize_text(c)) for c in p)
            (self._bare_by_length if "bare" in flags else self._by_length).setdefault(size, []).append((rx, forms, pos))
        pre = d.get("prefixes", {})
        self.conj, self.preps, self.articles = ([normalize_text(p) for p in pre.get(k, [])]
                                                for k in ("conjunctions", "prepositions", "articles"))
        self.suffixes = sorted((normalize_text(s) for s in d.get("suffixes", [])), key=len, reverse=True)
        self.gender = {normalize_text(k): v for k, v in d.get("gender", {}).items()}
        self.no_ta = frozenset(d.get("no_ta_marbuta", []))
        self.en_suffixes = sorted(d.get("suffixes", []), key=len, reverse=True) if not self.patterns else []
        self.trailing = list(d.get("trailing", []))
        self.restore = [tuple(pair) for pair in d.get("restore", [])]
        self.action = (frozenset(d.get("action_suffixes", [])), [tuple(p) for p in d.get("action_restore", [])])
        self.min_stem = int(d.get("min_stem", 3))
        self._lemmas = frozenset(v for v in self.irregular.values() if v)
        # the suffixes by their last letter, longest first: a word is tried only with those it
        # may end with (with an empty suffix, which every word ends with, with all of them)
        self._ending: dict[str, list[str]] | None = None if "" in self.suffixes else {}
        for suffix in self.suffixes if self._ending is not None else ():
            self._ending.setdefault(suffix[-1], []).append(suffix)
        self._cache: dict[str, Derived] = {}     # normalised word -> derivation
        self._written: dict[str, Derived] = {}   # word as written -> derivation
        self._read: dict[str, tuple] = {}        # base -> its readings (:meth:`_readings`)

    @staticmethod
    def _pattern(p: str) -> re.Pattern:
        rx = "".join("(.)" if c in "FAL" else re.escape(normalize_text(c)) for c in p)
        return compiled(rx)

    def seed(self, word: str) -> Derived:
        """A word of the language data, written without conjunction or preposition."""
        return self._arabic(normalize_text(word), clitics=False) if self.patterns else self.derive(word)

    def derive(self, word: str) -> Derived:
        got = self._written.get(word)
        if got is None:
            w = normalize_text(word).lower()
            got = self._cache.get(w)
            if got is None:
                if w in self.irregular and not self.patterns:
                    lemma = self.irregular[w]
                    got = Derived(frozenset({"=" + lemma})) if lemma else _NONE
                else:
                    got = self._arabic(w) if self.patterns else self._english(w)
                    if w in self._lemmas:    # "begin" meets "began" and "beginning"
                        got = Derived(got.keys | {"=" + w}, got.pos, got.gender, got.suffix)
                self._cache[w] = got
            if len(self._written) >= _MEMO:
                self._written.clear()
                self._cache.clear()
                self._read.clear()
            self._written[word] = got
        return got

    # -- English -----------------------------------------------------------------------------
    def stem(self, w: str) -> str:
        for suf in self.en_suffixes:
            if w.endswith(suf) and len(w) - len(suf) >= self.min_stem:
                w = w[:-len(suf)]
                if suf in self.action[0]:   # "suspension": "suspens" is "suspend"
                    for old, new in self.action[1]:
                        if w.endswith(old) and len(w) - len(old) >= self.min_stem:
                            return w[:-len(old)] + new
                break
        for t in self.trailing:
            if w.endswith(t) and len(w) - len(t) >= self.min_stem:
                w = w[:-len(t)]
                break
        if len(w) > self.min_stem and w[-1] == w[-2] and w[-1] not in "aeiou":
            w = w[:-1]
        for old, new in self.restore:   # "registr" (registration) is "register" (registered)
            if w.endswith(old):
                return w[:-len(old)] + new
        return w

    def _english(self, w: str) -> Derived:
        if not w.isalpha() or len(w) < self.min_stem:
            return _NONE
        return Derived(frozenset({self.stem(w)}))

    # -- Arabic ------------------------------------------------------------------------------
    def _heads(self, w: str, clitics: bool) -> dict[str, bool]:
        """The word without what may be attached before it, in the order it is written: a
        conjunction, a preposition, the article (`وبالتأسيس`); a seed only loses its article. Each
        with whether at most a conjunction was taken off it."""
        heads = {w: True}
        steps = (self.conj, self.preps, self.articles) if clitics else (self.articles,)
        for options in steps:
            for h, bare in list(heads.items()):
                for p in options:
                    if h.startswith(p) and len(h) - len(p) >= 3:
                        heads[h[len(p):]] = heads.get(h[len(p):], False) or bare and options is self.conj
        return heads

    def _bases(self, w: str, clitics: bool = True):
        """Every (base, suffix, bare) a word can be read as once a prefix and a suffix are stripped, ``bare``
        when at most a conjunction was taken off it."""
        for h, bare in self._heads(w, clitics).items():
            yield h, None, bare
            for s in self.suffixes if self._ending is None else self._ending.get(h[-1:], ()):
                if h.endswith(s) and len(h) - len(s) >= 2:
                    base = h[:-len(s)]
                    yield base, s, False
                    if s != "ت" and base.endswith("ت") and len(base) >= 4:
                        yield base[:-1], s, False   # ولادته: the ta marbuta is written ت before a suffix
                    if s == "ه" and len(base) >= 3:
                        yield base, "ta", False     # a final ه may be the ta marbuta

    def _readings(self, base: str, bare: bool = False) -> tuple[tuple[frozenset[str], tuple, str], ...]:
        """(keys, forms, pos) for each pattern ``base`` matches (``bare``: the patterns of a word with
        nothing taken off it too); a base is read once (many words share one: `التأسيس`, `بتأسيس`, `تأسيسها`)."""
        got = self._read.get((base, bare))
        if got is None:
            out = []
            for rx, forms, pos in (*self._by_length.get(len(base), ()), *(self._bare_by_length.get(len(base), ()) if bare else ())):
                m = rx.fullmatch(base)
                if m is None:
                    continue
                letters = m.groups()
                root = "".join(letters) + (letters[-1] if len(letters) == 2 else "")
                root = root.translate(_WEAK)
                # A form I noun (فعول, فعال, مفعل …) is an irregular masdar: it meets only nouns
                out.append((frozenset(f"{root}:{f}{'n' if pos == 'n' and f == 1 else ''}" for f in forms), forms, pos))
            got = self._read[(base, bare)] = tuple(out)
        return got

    def _arabic(self, w: str, clitics: bool = True) -> Derived:
        keys, poses, genders, suffixed = set(), set(), set(), set()
        for base, suffix, bare in self._bases(w, clitics):
            if base in self.irregular:     # وفاته: the masdar of a verb of another pattern
                base = self.irregular[base]
            for found, forms, pos in self._readings(base, bare):
                keys |= found
                poses.add(pos)
                g = self._gender(suffix, forms, pos, w)
                genders.add(g)
                if g and suffix in self.gender and suffix != "ت":
                    suffixed.add(g)
        if not keys:
            return _NONE
        pos = "v" if poses == {"v"} else "n" if poses == {"n"} else ""
        genders.discard(None)
        gender = genders.pop() if len(genders) == 1 else None
        return Derived(frozenset(keys), pos, gender, gender is not None and gender in suffixed)

    def _gender(self, suffix, forms, pos, w) -> str | None:
        if suffix == "ta":
            return None
        if suffix == "ه" and not (set(forms) <= self.no_ta or pos == "v"):
            return None
        if suffix == "ت" and "v" not in pos:
            return None
        if suffix is None:
            return "m" if pos == "v" and not w.startswith("ال") else None
        return self.gender.get(suffix)


@lru_cache(maxsize=32)
def deriver(lex) -> Deriver:
    return Deriver(lex)
