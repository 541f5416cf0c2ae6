"""Where things live: the bundled resources and the per-user data, config and log folders.

Resources are found in one place for a checkout (top-level `resources/`), an installed wheel
(`coordinator_app/resources/`) and a PyInstaller bundle (`sys._MEIPASS/resources`).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Coordinator"


@cache
def resources_dir() -> Path:
    """The folder holding the data files the application loads (code lists, texts, fonts, ...)."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir.parent / "resources")  # checkout / editable install
    candidates.append(package_dir / "resources")  # installed wheel
    for candidate in candidates:
        if (candidate / "codes.toml").is_file():
            return candidate
    raise FileNotFoundError("resources folder not found (looked in: " + ", ".join(map(str, candidates)) + ")")


def resource(*parts: str) -> Path:
    """Path of one resource file, e.g. `resource("letters", "structure.toml")`."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """Per-user data folder (the default vault lives below it)."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def default_vault_dir() -> Path:
    return data_dir() / "vault"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"
