"""The `checker` command."""

from checker.cli.main import main

__all__ = ["main"]
