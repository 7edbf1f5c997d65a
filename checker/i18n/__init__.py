"""Findings, rule documentation and interface strings in the reader's language.

gettext catalogues, one per locale: the core's in ``checker/i18n/locale/<locale>.po`` (interface
strings, the words of arguments), each plugin's in its own directory, declared through the
``checker_message_catalogues`` hook. The ``.po`` files are the source; the compiled ``.mo`` files
beside them are what runs, rebuilt with ``python -m checker.i18n.build`` (Babel).
"""

from checker.i18n.catalogues import Catalogue, Catalogues, MessageCatalogue
from checker.i18n.localize import AUTO, CORE, Localizer, negotiate, plugin_catalogues
from checker.i18n.render import FSI, PDI, Renderer, is_rtl

__all__ = ["AUTO", "CORE", "Catalogue", "Catalogues", "FSI", "Localizer", "MessageCatalogue", "PDI",
           "Renderer", "is_rtl", "negotiate", "plugin_catalogues"]
