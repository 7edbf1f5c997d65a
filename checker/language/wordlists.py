"""The words of wordfreq's word lists, read without importing wordfreq.

Importing ``wordfreq`` imports langcodes, ftfy and regex for its tokenizers and language-code
matching, which the checker does not use: about a third of the start-up of a one-article check.
The lists themselves are files of the installed package in wordfreq's documented "cBpack" format
(see ``wordfreq.read_cBpack``: gzipped msgpack, a header ``{"format": "cB", "version": 1}`` then
one list of words per frequency band), named ``<wordlist>_<lang>.msgpack.gz`` in its ``data``
directory; they are read here directly. Should a later wordfreq lay its data out otherwise, the
words come from wordfreq's own API instead (:func:`_through_wordfreq`), and the answer is the
same.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_HEADER = {"format": "cB", "version": 1}


def _data_directory() -> Path | None:
    """wordfreq's data directory, found without importing (running) the package."""
    spec = importlib.util.find_spec("wordfreq")
    locations = list(spec.submodule_search_locations or ()) if spec else []
    return Path(locations[0]) / "data" if locations else None


def list_file(lang: str, wordlist: str = "small") -> Path | None:
    """The file :func:`listed_words` reads for ``lang``, or None when it reads none (no such
    list, or wordfreq's data not where it was: its API is asked then)."""
    directory = _data_directory()
    path = directory / f"{wordlist}_{lang}.msgpack.gz" if directory is not None else None
    return path if path is not None and path.is_file() else None


def listed_words(lang: str, wordlist: str = "small") -> list[str] | None:
    """Every word of wordfreq's ``wordlist`` for the language code ``lang`` (as given: no
    nearest-code matching), most frequent band first; ``None`` when it has no such list."""
    directory = _data_directory()
    if directory is None or not directory.is_dir():
        return _through_wordfreq(lang, wordlist)
    path = directory / f"{wordlist}_{lang}.msgpack.gz"
    if not path.is_file():
        return None if any(directory.glob(f"{wordlist}_*.msgpack.gz")) else _through_wordfreq(lang, wordlist)
    bands = _bands(path)
    if bands is None:
        return _through_wordfreq(lang, wordlist)
    return [word for band in bands for word in band]


def _bands(path: Path) -> list[list[str]] | None:
    """The bands of words of a cBpack file, most frequent first; None when it is not one."""
    # read when the derived-data cache has no folded list: not a cost of every start
    import gzip

    import msgpack  # likewise

    with gzip.open(path, "rb") as f:
        data = msgpack.load(f, raw=False)
    return data[1:] if data and data[0] == _HEADER else None


def frequent_words(lang: str, zipf: float, wordlist: str = "small") -> list[str] | None:
    """The words of ``wordlist`` for ``lang`` whose Zipf frequency (log10 of uses per billion
    words) is ``zipf`` or more: the bands of the file down to ``(9 - zipf) * 100`` centibels."""
    directory = _data_directory()
    path = directory / f"{wordlist}_{lang}.msgpack.gz" if directory is not None else None
    if path is None or not path.is_file():
        import wordfreq   # 0.1-0.2 s to import: only when its data files are not where they were
        if lang not in wordfreq.available_languages(wordlist=wordlist):
            return None
        return [w for w, f in wordfreq.get_frequency_dict(lang, wordlist=wordlist).items() if f >= 10 ** (zipf - 9)]
    bands = _bands(path)
    return None if bands is None else [word for band in bands[:int(round((9 - zipf) * 100)) + 1] for word in band]


def _through_wordfreq(lang: str, wordlist: str) -> list[str] | None:
    # wordfreq itself (0.1-0.2 s to import): only when its data files are not where they were
    import wordfreq

    if lang not in wordfreq.available_languages(wordlist=wordlist):
        return None
    return list(wordfreq.get_frequency_dict(lang, wordlist=wordlist))
