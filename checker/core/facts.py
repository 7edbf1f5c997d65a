"""Facts: extracted once per article, lazily, and shared by every rule."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from checker.core.document import Document


@dataclass(frozen=True)
class Extractor:
    """``name`` is the parameter name rules use to receive the facts; ``extract(doc, facts)``
    returns them (usually a list of frozen dataclasses with absolute offsets).

    ``empty`` (optional) makes the value that stands for "no facts" (``list``, say): when
    ``extract`` raises on an article, its facts are that value, the failure is reported once as
    an error entry of the article, and every rule still runs. Without it, the rules that ask for
    these facts are left out of that article (the failure is still reported once)."""

    name: str
    extract: Callable[[Document, "Facts"], Any]
    plugin: str | None = None
    empty: Callable[[], Any] | None = None


class FactError(Exception):
    def __init__(self, extractor: Extractor, error: BaseException):
        super().__init__(f"fact extractor {extractor.name!r} ({extractor.plugin}) failed: {error!r}")
        self.extractor = extractor
        self.error = error


class Facts:
    """Lazy per-article fact store: ``facts["month_mentions"]`` runs that extractor once."""

    def __init__(self, doc: Document, extractors: dict[str, Extractor]):
        self.doc = doc
        self._extractors = extractors
        self._values: dict[str, Any] = {}
        self._failed: dict[str, FactError] = {}
        self._running: set[str] = set()
        self.failures: list[FactError] = []   # in the order they happened, each extractor once
        self._told = 0

    def over(self, doc: Document) -> "Facts":
        """A fresh fact store over another document (an excerpt, say), with the same extractors."""
        sub = Facts(doc, self._extractors)
        sub.failures = self.failures   # reported with the article's own
        return sub

    def new_failures(self) -> list[FactError]:
        """The extractors that failed since the last call, each once."""
        out, self._told = self.failures[self._told:], len(self.failures)
        return out

    def __contains__(self, name: str) -> bool:
        return name in self._extractors

    def __getitem__(self, name: str) -> Any:
        if name in self._values:
            return self._values[name]
        if name in self._failed:
            raise self._failed[name]
        if name not in self._extractors:
            raise KeyError(f"no fact extractor named {name!r}")
        if name in self._running:
            raise RuntimeError(f"fact extractor {name!r} depends on itself")
        ex = self._extractors[name]
        self._running.add(name)
        try:
            value = ex.extract(self.doc, self)
        except FactError:
            raise
        except Exception as e:  # noqa: BLE001 - reported per article by the engine
            failure = FactError(ex, e)
            self.failures.append(failure)
            if ex.empty is None:
                self._failed[name] = failure
                raise failure from e
            value = ex.empty()   # the extractor's own facts are lost, no one else's
        finally:
            self._running.discard(name)
        self._values[name] = value
        return value
