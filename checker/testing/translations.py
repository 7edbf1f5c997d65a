"""Checking a plugin's catalogues: every message and note of its rules translated in every
locale it declares, with no placeholder the English template lacks."""

from __future__ import annotations

import re
import string
from typing import Iterable

from checker.i18n.catalogues import Catalogue, MessageCatalogue

_FORMATTER = string.Formatter()


def _fields(template: str) -> set[str]:
    try:
        return {re.split(r"[.\[]", name)[0] for _, name, _, _ in _FORMATTER.parse(template) if name}
    except ValueError:
        return {"<malformed template>"}


def translation_problems(rules: Iterable, catalogue: MessageCatalogue, *,
                         documentation: bool = False) -> list[str]:
    """What is missing or wrong in ``catalogue`` for ``rules``: a declared locale without a
    compiled catalogue, a message id or note id without a translation, a translation naming a
    placeholder its English template does not have; with ``documentation``, also a rule whose
    summary (``@summary``) or documentation (``@explain``) is untranslated."""
    problems = []
    rules = list(rules)
    for locale in catalogue.locales:
        path = catalogue.path(locale)
        if not path.is_file():
            problems.append(f"{locale}: no compiled catalogue {path.name} in {catalogue.directory}")
            continue
        cat = Catalogue.read(path)
        for rule in rules:
            wanted = {**rule.messages, **rule.notes}
            if documentation:
                wanted.update({"@summary": "", "@explain": ""})
            for key, english in wanted.items():
                found = cat.get(rule.id, key)
                if found is None:
                    problems.append(f"{locale}: {rule.id} {key!r} has no translation")
                    continue
                extra = _fields(found) - _fields(english) - {"n"}
                if extra:
                    problems.append(f"{locale}: {rule.id} {key!r} names {', '.join(sorted(extra))}, "
                                    f"which its English template does not have")
    return problems
