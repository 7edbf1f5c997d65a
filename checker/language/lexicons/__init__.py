"""The core's language data: ``<lang>/*.toml``, one directory per language, and the schemas of its
sections. Every lexicon knows these sections, whichever plugins are loaded."""

from __future__ import annotations

from checker.language.family_sections import FAMILY_SECTIONS
from checker.language.sections import SHARED

#: The sections of the core's data files: the shared ones, and family ones not yet moved to the
#: family that reads them.
SCHEMAS = {**SHARED, **FAMILY_SECTIONS}
