"""The one place the version is written (pyproject.toml reads it from here)."""

__version__ = "0.1.0"

#: The name the project is installed under (``pip install newscheck``); the import package and
#: the command stay ``checker``. The name ``checker`` on PyPI belongs to another project.
DISTRIBUTION = "newscheck"
