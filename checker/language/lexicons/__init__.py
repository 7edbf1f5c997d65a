"""The core's language data: ``<lang>/*.toml``, one directory per language, and the schemas of its
sections (:mod:`checker.language.sections`). Every lexicon knows these sections, whichever plugins
are loaded; a rule family declares its own sections with its data."""

from __future__ import annotations

from checker.language.sections import SHARED

#: The sections of the core's data files.
SCHEMAS = dict(SHARED)
