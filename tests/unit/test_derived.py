"""The derived-data cache (checker.language.derived): language data, word lists, keyword automata
and compiled patterns kept on disk for the next process. It never changes a result: a cold, a
warm, a damaged and an unwritable cache give the same findings; a changed data file is read
again; and a fresh engine builds only what the language of its article needs."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

import pytest

from checker import data_files, hookimpl
from checker.core.engine import Engine
from checker.core.manager import PluginError
from checker.core.models import Article
from checker.extractors import keywords
from checker.language import data_cache, derived, frequency, lexicon, regexes
from checker.language.schema import Section, Words
from tests.helpers import FIXTURES

ARTICLES = [FIXTURES / "articles" / "seed-ar-sharaa.txt", FIXTURES / "articles" / "en-council-budget.txt"]


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    """An empty derived-data cache of the test's own; this process's copies forgotten."""
    folder = tmp_path / "derived"
    monkeypatch.setenv(derived.ENV, str(folder))
    _forget()
    yield folder
    _forget()


def _forget() -> None:
    regexes.forget()
    frequency.word_list.cache_clear()
    keywords._automaton.cache_clear()


def _findings(engine: Engine) -> list:
    out = []
    for path in ARTICLES:
        result = engine.check_article(Article(id=path.name, text=path.read_text(encoding="utf-8")))
        out.append(result.model_dump(mode="json"))
    return out


def _kinds(folder: Path) -> set[str]:
    return {p.name.rsplit("-", 1)[0] for p in folder.glob("*.bin")}


# --- the store ------------------------------------------------------------------------------------

def test_an_entry_round_trips_and_a_damaged_or_misplaced_one_is_none(cache):
    digest, other = derived.key("test", "a"), derived.key("test", "b")
    value = {("pattern", 2): (34, b"\x01\x00", 0, {"w": 1}, (None, "w")), "words": ["ا", "b"]}
    assert derived.store("test", digest, value) is True
    assert derived.load("test", digest) == value
    assert derived.load("test", other) is None
    path = next(cache.glob("test-*.bin"))
    raw = path.read_bytes()
    path.write_bytes(raw[:-1] + bytes([raw[-1] ^ 1]))           # one bit flipped
    assert derived.load("test", digest) is None
    path.write_bytes(raw[:len(raw) // 2])                        # cut short
    assert derived.load("test", digest) is None
    path.write_bytes(b"")
    assert derived.load("test", digest) is None
    (cache / path.name.replace(digest[:40], other[:40])).write_bytes(raw)   # another key's file
    assert derived.load("test", other) is None


def test_keys_differ_with_every_part_and_data_that_is_not_plain_is_not_kept(cache):
    assert len({derived.key("k"), derived.key("k", "a"), derived.key("k", "b"), derived.key("k", "a", "")}) == 4
    import datetime as dt
    assert derived.store("test", derived.key("test"), {"when": dt.date(2024, 1, 1)}) is False
    assert not list(cache.glob("test-*"))


def test_switched_off_or_unwritable_it_keeps_nothing_and_fails_nothing(tmp_path, monkeypatch):
    for off in ("0", "off", "no", "false", ""):
        monkeypatch.setenv(derived.ENV, off)
        assert derived.directory() is None
        assert derived.store("test", derived.key("test"), [1]) is False
        assert derived.load("test", derived.key("test")) is None
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(derived.ENV, str(blocked / "derived"))
    assert derived.store("test", derived.key("test"), [1]) is False
    monkeypatch.delenv(derived.ENV)
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "results"))
    assert derived.directory() == tmp_path / "results" / "derived"


def test_a_kind_keeps_its_most_recent_files(cache):
    for n in range(7):
        assert derived.store("test", derived.key("test", str(n)), n)
    assert len(list(cache.glob("test-*.bin"))) == 4
    assert derived.load("test", derived.key("test", "6")) == 6


# --- compiled patterns ----------------------------------------------------------------------------

PATTERNS = [(r"(?<![^\W\d_])(?P<p>[وب]{1,2})?(?P<m>jan(?:uary)?|آذار)\s+(?P<d>\d{1,2})", 0),
            (r"(?i)mr\.|dr\.", 0), (r"\bfoo(?=bar)|(?P<x>b)(?P=x)", re.IGNORECASE), ("x*", re.M | re.S)]


def test_a_compiled_pattern_equals_re_compile_whether_made_or_read(cache):
    made = [regexes.compiled(p, f) for p, f in PATTERNS]
    assert made == [re.compile(p, f) for p, f in PATTERNS]   # equal patterns: the same code
    regexes.flush(force=True)
    regexes.forget()
    read = [regexes.compiled(p, f) for p, f in PATTERNS]
    assert regexes._STORE.new == 0 and read == made
    assert [(r.flags, r.groups, r.groupindex) for r in read] == [(m.flags, m.groups, m.groupindex) for m in made]
    assert read[0].match("وآذار 4").group("m", "d") == ("آذار", "4")
    with pytest.raises(re.error):
        regexes.compiled("(unclosed")


def test_a_damaged_pattern_store_is_compiled_again(cache):
    made = [regexes.compiled(p, f) for p, f in PATTERNS]
    regexes.flush(force=True)
    path = next(cache.glob("regexes-*.bin"))
    path.write_bytes(path.read_bytes()[:-3])
    regexes.forget()
    assert [regexes.compiled(p, f) for p, f in PATTERNS] == made
    assert regexes._STORE.new == len(PATTERNS)


def test_past_its_size_the_store_keeps_the_patterns_this_process_used(cache, monkeypatch):
    for p, f in PATTERNS:
        regexes.compiled(p, f)
    regexes.flush(force=True)
    regexes.forget()
    monkeypatch.setattr(regexes, "_MAX", 2)
    regexes.compiled(*PATTERNS[0])
    regexes.compiled("new")
    regexes.flush(force=True)
    assert set(derived.load(regexes.KIND, regexes._STORE.digest)) == {PATTERNS[0], ("new", 0)}
    monkeypatch.setattr(regexes, "_MAX_BYTES", 40)            # past its size in bytes too
    regexes.forget()
    regexes.compiled("newer")
    regexes.flush(force=True)
    assert set(derived.load(regexes.KIND, regexes._STORE.digest)) == {("newer", 0)}


def test_on_a_python_whose_re_differs_it_is_re_compile(cache, monkeypatch):
    monkeypatch.setattr(regexes, "_usable", lambda: False)
    regexes.forget()
    assert [regexes.compiled(p, f) for p, f in PATTERNS] == [re.compile(p, f) for p, f in PATTERNS]
    regexes.flush(force=True)
    assert not list(cache.glob("regexes-*"))


# --- language data, word lists, keyword automata: one engine's -------------------------------

def test_findings_are_the_same_cold_warm_damaged_and_unwritable(cache, monkeypatch):
    cold = _findings(Engine())
    regexes.flush(force=True)
    assert _kinds(cache) >= {"langdata", "words-ar", "words-en", "keywords-ar", "keywords-en", "regexes"}
    _forget()
    assert _findings(Engine()) == cold
    for path in cache.glob("*.bin"):              # every entry damaged: each rebuilt silently
        path.write_bytes(path.read_bytes()[:-1])
    _forget()
    assert _findings(Engine()) == cold
    blocked = cache.parent / "blocked"
    blocked.write_text("")
    monkeypatch.setenv(derived.ENV, str(blocked / "derived"))
    _forget()
    assert _findings(Engine()) == cold


def test_a_kept_word_list_is_the_list_folded(cache):
    folded = frequency.word_list("ar")
    frequency.word_list.cache_clear()
    assert frequency.word_list("ar") == folded
    words = frequency.listed_words("ar", "small")
    assert folded == frozenset(frequency.normalize_text(w) for w in words)


def test_language_data_kept_is_neither_parsed_nor_validated_again(cache, monkeypatch):
    first = Engine().registry.language_data

    def never(*args, **kwargs):
        raise AssertionError("parsed or validated again")

    monkeypatch.setattr(tomllib, "load", never)
    monkeypatch.setattr(lexicon, "validate_data", never)
    again = Engine().registry.language_data
    assert [(c.name, c.data, c.checked) for c in again] == [(c.name, c.data, True) for c in first]


class Honours(Section):
    orders: Words = []


class _Honours:
    """A plugin contributing one data file."""

    def __init__(self, root: Path):
        self.root = root

    @hookimpl
    def checker_language_data(self):
        return data_files(self.root, "honours", schemas={"honours": Honours})


def test_a_changed_data_file_is_read_and_validated_again(cache, tmp_path):
    data = tmp_path / "honours" / "fr" / "calendar.toml"
    data.parent.mkdir(parents=True)
    data.write_text('[honours]\norders = ["Légion"]\n', encoding="utf-8")
    plugin = [("honours", _Honours(tmp_path / "honours"))]
    assert Engine(plugins=plugin).lexicons.get("fr").section("honours") == {"orders": ["Légion"]}
    assert Engine(plugins=plugin).lexicons.get("fr").section("honours") == {"orders": ["Légion"]}
    data.write_text('[honours]\norders = ["Mérite"]\n', encoding="utf-8")
    assert Engine(plugins=plugin).lexicons.get("fr").section("honours") == {"orders": ["Mérite"]}
    data.write_text('[honours]\norder = ["Mérite"]\n', encoding="utf-8")
    with pytest.raises(PluginError, match=r"honours\.order: unknown key"):
        Engine(plugins=plugin)


def test_the_key_of_language_data_follows_its_files_and_schemas(cache, tmp_path):
    contributions = data_files(tmp_path, "none")
    base = data_cache.CheckedData([lexicon.LanguageData("fr", "x", path=Path(__file__))], {"honours": Honours})
    other = data_cache.CheckedData([lexicon.LanguageData("fr", "x", path=Path(__file__))], {"orders": Honours})
    assert base.digest and other.digest and base.digest != other.digest
    assert data_cache.CheckedData(contributions, {}).digest is None          # no file: nothing kept
    in_memory = lexicon.LanguageData("fr", "x", data={"honours": {}})
    assert data_cache.CheckedData([in_memory], {}).load([in_memory]) is None


# --- only the article's language is built ---------------------------------------------------------

@pytest.mark.parametrize("path,lang,other", [(ARTICLES[0], "ar", "en"), (ARTICLES[1], "en", "ar")])
def test_a_fresh_engine_builds_only_the_language_of_its_article(cache, monkeypatch, path, lang, other):
    """Of another language's data, detecting the article's language reads its ``[script]``; no
    pattern, word list, automaton or table of it is built."""
    asked: set[tuple[str, str]] = set()
    section, get = lexicon.Lexicon.section, lexicon.Lexicon.get
    monkeypatch.setattr(lexicon.Lexicon, "section",
                        lambda self, name, default=None: asked.add((self.lang, name)) or section(self, name, default))
    monkeypatch.setattr(lexicon.Lexicon, "get",
                        lambda self, model: asked.add((self.lang, model.__name__)) or get(self, model))
    lists: list[str] = []
    listed = frequency.listed_words
    monkeypatch.setattr(frequency, "listed_words", lambda code, wl="small": lists.append(code) or listed(code, wl))
    engine = Engine()
    result = engine.check_article(Article(id="a", text=path.read_text(encoding="utf-8")))
    assert result.lang == lang and result.findings
    assert {name for code, name in asked if code == other} == {"script"}
    assert "script" in {name for code, name in asked if code == lang} and len(asked) > 10
    assert lists == [lang]
    built = keywords._automaton.cache_info()
    keywords._automaton(engine.lexicons.get(lang))          # the one automaton built is this one
    assert built.currsize == 1 and keywords._automaton.cache_info().hits == built.hits + 1


def test_the_derived_cache_lies_in_the_tests_own_folder():
    folder = derived.directory()
    assert folder is not None and not str(folder).startswith(str(Path.home() / ".cache"))
    assert os.environ[derived.ENV] == str(folder)
