"""Settings stored inside the vault (letterhead, coordinator details, retention, thresholds, ...).

Defaults live in resources/settings_defaults.toml; only non-sensitive UI preferences go to QSettings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.db.models import Setting
from coordinator_app.db.vault import Vault
from coordinator_app.services import audit
from coordinator_app.services.settings.defaults import Settings, SettingValue, defaults, settings_of

__all__ = ["get", "get_all", "get_in", "set_many"]


def get_in(session: Session, key: str) -> Any:
    if key not in defaults():
        raise KeyError(key)
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return defaults()[key] if value is None else value


def get(vault: Vault, key: str) -> Any:
    with vault.read() as session:
        return get_in(session, key)


def get_all(vault: Vault) -> Settings:
    """Every setting: the stored value, else the default. A stored value of another type than its default
    raises ValueError (see `settings_of`)."""
    with vault.read() as session:
        stored = {s.key: s.value for s in session.scalars(select(Setting))}
    return settings_of({**defaults(), **{k: v for k, v in stored.items() if k in defaults()}})


def set_many(vault: Vault, values: Mapping[str, SettingValue]) -> None:
    unknown = set(values) - set(defaults())
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    with vault.write() as session:
        for key, value in values.items():
            setting = session.get(Setting, key)
            if setting is None:
                session.add(Setting(key=key, value=value))
            else:
                setting.value = value
        audit.record(session, "settings_changed", "settings", None, detail=",".join(sorted(values))[:64])
