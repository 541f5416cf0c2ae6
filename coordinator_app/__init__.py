"""Coordinator: encrypted case files for the municipal care coordinator for victims of human trafficking."""

# The one place the version is written: pyproject.toml reads it from here (setuptools `attr`), so the
# installed metadata and the running program cannot disagree, and start-up does not scan the installed
# packages' metadata for it (importlib.metadata: ~0.3 s of a cold start on a busy laptop).
__version__ = "0.1.0"

APP_NAME = "Coordinator"
