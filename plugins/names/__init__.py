"""Names. NAME001: one name written two ways that look like a slip (al-Sharaa/al-Shaara,
Kowalski/Kowlaski; :mod:`.variants`). NAME002: one person given two offices that one person does
not hold at once (Finance Minister X … Trade Minister X; :mod:`.roles`), or two roles of one
story that exclude each other (the judge and the prosecutor of a trial; :mod:`.role_sets`,
:mod:`.role_conflicts`).

Both read the shared ``name_mentions`` facts (``checker/extractors/name_mentions/``): every
mention of a name with the title before it and the entity it belongs to. Everything they know of
a language is the ``[names]`` language data (:mod:`.lexicon`): given names, spellings that are
two norms of one word, endings that make another word, offices and their groups, words that say
an office changed hands; and the roles that exclude each other in one story are the family's
``[role_sets]`` data (``data/<lang>/roles.toml``, schema in :mod:`.schema_roles`).
"""

from __future__ import annotations

from pathlib import Path

from checker.i18n import MessageCatalogue
from checker import Extractor, data_files, hookimpl

from .role_sets import extract_role_claims
from .roles import extract_roles, role_conflict
from .schema import SCHEMAS
from .variants import name_variants


@hookimpl
def checker_language_data():
    return data_files(Path(__file__).parent / "data", "names", schemas=SCHEMAS)


@hookimpl
def checker_register_extractors():
    return [Extractor("name_roles", extract_roles, empty=list), Extractor("role_claims", extract_role_claims, empty=list)]


@hookimpl
def checker_register_rules():
    return [name_variants, role_conflict]


@hookimpl
def checker_message_catalogues():
    return [MessageCatalogue(Path(__file__).parent / "locale", ("ar", "en"))]
