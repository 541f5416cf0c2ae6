"""The default value of every vault setting (resources/settings_defaults.toml); cheap to import."""

from __future__ import annotations

from functools import cache
from typing import Any

from coordinator_app.resources_loader import ResourceError, load_toml


@cache
def defaults() -> dict[str, Any]:
    data = load_toml("settings_defaults.toml")
    values = data.get("settings")
    if not isinstance(values, dict):
        raise ResourceError("settings_defaults.toml", "settings", "tabel ontbreekt")
    return values
