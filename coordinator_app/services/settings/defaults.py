"""The default value of every vault setting (resources/settings_defaults.toml), and `Settings`, the typed
set of all of them that the settings service hands out; cheap to import."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from coordinator_app.resources_loader import ResourceError, load_toml

# what one setting holds: the types of the values in resources/settings_defaults.toml
SettingValue = str | int | bool | list[str]


@dataclass(frozen=True, slots=True)
class Settings:
    """Every vault setting, the stored value or else its default (resources/settings_defaults.toml)."""

    case_number_prefix: str
    municipality_name: str
    municipality_address: list[str]
    municipality_logo_png: str  # base64 PNG, empty = no logo
    coordinator_name: str
    coordinator_function: str
    coordinator_phone: str
    coordinator_email: str
    idle_lock_minutes: int
    lock_on_minimise: bool
    backup_folder: str
    backup_keep: int
    backup_reminder_days: int
    backup_min_age_days: int
    retention_years_closed: int
    retention_years_signal: int
    suppression_threshold: int
    reflection_period_months: int
    reflection_reminder_days: int
    draft_max_age_days: int
    network_template_offered: bool
    is_demo: bool


def _same_kind(value: object, default: object) -> bool:
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return type(value) is type(default)  # a bool is no int here, nor an int a bool


def settings_of(values: Mapping[str, object]) -> Settings:
    """`Settings` from one value per setting; a missing or unknown setting, or a value of another type than
    its default's, raises ValueError naming the setting (nothing is converted or dropped on the way)."""
    names = {f.name for f in fields(Settings)}
    if set(values) != names:
        raise ValueError(f"settings differ from Settings: {sorted(set(values) ^ names)}")
    wrong = sorted(key for key, value in values.items() if not _same_kind(value, defaults()[key]))
    if wrong:
        raise ValueError(f"settings of another type than their default: {wrong}")
    return Settings(**values)  # type: ignore[arg-type]  # each value's type was checked against its default


@cache
def defaults() -> dict[str, Any]:
    data = load_toml("settings_defaults.toml")
    values = data.get("settings")
    if not isinstance(values, dict):
        raise ResourceError("settings_defaults.toml", "settings", "tabel ontbreekt")
    return values


@cache
def default_settings() -> Settings:
    """The settings of a vault that never changed one."""
    return settings_of(defaults())
