"""Coordinator: encrypted case files for the municipal care coordinator for victims of human trafficking."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("coordinator-app")
except _metadata.PackageNotFoundError:  # running from a frozen bundle without dist-info
    __version__ = "0.1.0"

APP_NAME = "Coordinator"
