"""The errors the command line turns into a message and exit status 2. Defined apart from what
raises them, so that catching them costs no import of the configuration's model or of the
plugin manager."""

from __future__ import annotations


class ConfigError(Exception):
    """A configuration or usage problem; the CLI exits 2 with this message."""


class PluginError(Exception):
    """A plugin that cannot be loaded or registers something invalid."""
