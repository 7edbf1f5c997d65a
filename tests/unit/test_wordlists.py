"""wordfreq's word lists read without importing wordfreq: the same words as wordfreq's own API."""

import subprocess
import sys

import pytest

from checker.language import wordlists
from checker.language.wordlists import listed_words


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_words_are_wordfreqs_own(lang):
    wordfreq = pytest.importorskip("wordfreq")
    assert set(listed_words(lang)) == set(wordfreq.get_frequency_dict(lang, wordlist="small"))


def test_a_language_without_a_list_has_none():
    assert listed_words("xx") is None
    assert listed_words("en", "nosuchlist") is None


def test_without_the_data_files_wordfreq_itself_answers(monkeypatch, tmp_path):
    monkeypatch.setattr(wordlists, "_data_directory", lambda: tmp_path)   # an empty directory
    assert set(listed_words("en")) == set(wordlists._through_wordfreq("en", "small"))
    assert listed_words("xx") is None


def test_reading_a_list_does_not_import_wordfreq():
    code = ("import sys; from checker.language.wordlists import listed_words; "
            "assert listed_words('en'); print('wordfreq' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
