"""The vault settings cross to the UI as `Settings` (one typed field per setting) and come back from the
settings page as a `SettingsForm`: both name exactly the settings of resources/settings_defaults.toml (the
form: those the page edits), and a stored value of another type than its default is refused, naming it."""

from __future__ import annotations

import dataclasses
import tomllib

import pytest

from coordinator_app.services.settings import form, settings
from coordinator_app.services.settings.defaults import Settings, default_settings, settings_of
from tests.helpers import ROOT


def _defaults_file() -> dict[str, object]:
    with (ROOT / "resources" / "settings_defaults.toml").open("rb") as handle:
        return tomllib.load(handle)["settings"]


def test_settings_has_one_field_per_default_with_its_value() -> None:
    expected = _defaults_file()
    assert [f.name for f in dataclasses.fields(Settings)] == list(expected)
    assert dataclasses.asdict(default_settings()) == expected


def test_the_form_holds_the_settings_the_page_edits() -> None:
    assert sorted(f.name for f in dataclasses.fields(form.SettingsForm)) == sorted(form.EDITED_KEYS)
    assert set(form.EDITED_KEYS) <= set(_defaults_file())


@pytest.mark.parametrize(("key", "value"), [
    ("idle_lock_minutes", "5"), ("idle_lock_minutes", True), ("lock_on_minimise", 1),
    ("municipality_address", "Postbus 1"), ("municipality_address", ["Postbus 1", 2]), ("coordinator_name", None),
])
def test_a_value_of_another_type_is_refused_by_name(key: str, value: object) -> None:
    values = {**_defaults_file(), key: value}
    with pytest.raises(ValueError, match=key):
        settings_of(values)


def test_a_missing_or_unknown_setting_is_refused() -> None:
    values = _defaults_file()
    with pytest.raises(ValueError, match="is_demo"):
        settings_of({k: v for k, v in values.items() if k != "is_demo"})
    with pytest.raises(ValueError, match="colour"):
        settings_of({**values, "colour": "red"})


def test_saved_values_come_back_typed(vault) -> None:
    settings.set_many(vault, form.clean(form.SettingsForm(coordinator_name=" Anouk ", idle_lock_minutes=12,
                                                          municipality_address="Postbus 1\n8060 AA Hasselt")))
    stored = settings.get_all(vault)
    assert (stored.coordinator_name, stored.idle_lock_minutes) == ("Anouk", 12)
    assert stored.municipality_address == ["Postbus 1", "8060 AA Hasselt"]
    assert form.SettingsForm(backup_keep=3).given() == {"backup_keep": 3}
