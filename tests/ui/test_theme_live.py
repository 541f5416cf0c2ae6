"""Light and dark switch live (issue 18): colours a widget set itself from the theme — the status bar's
overdue-backup warning, the passphrase meter, an overdue task, icons drawn in the text colour — take the new
scheme's values at once, without rebuilding the window; a widget deleted meanwhile is simply left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel, QListWidgetItem

from coordinator_app.ui import theme
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.shell.passphrase_fields import PassphraseFields
from coordinator_app.ui.shell.status import ShellStatusBar


@pytest.fixture
def light(qapp):
    theme.set_dark(False)
    yield
    theme.set_dark(None)  # back to the system's scheme for the tests after this one


def text_colour(label: QLabel) -> str:
    """The colour the label's text is drawn in, as the style has resolved it (style sheet included)."""
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText).name().upper()


def icon_colour(icon) -> str:
    """The colour of the icon's darkest-and-most-opaque pixel (the SVG's strokes, drawn in the text colour)."""
    image: QImage = icon.pixmap(24, 24).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return max(pixels, key=lambda c: c.alpha()).name().upper()


def test_the_status_label_follows_a_switch(qtbot, vault, light, tmp_path: Path) -> None:
    ctx = AppContext()
    ctx.set_vault(vault)
    bar = ShellStatusBar(ctx, tmp_path)
    qtbot.addWidget(bar)
    bar.show()
    bar.show_backup_age(None, 7)  # no backup yet: the warning colour
    assert text_colour(bar.backup_label) == theme.WARNING_LIGHT
    lock_light = icon_colour(bar.lock_button.icon())
    theme.set_dark(True)
    assert text_colour(bar.backup_label) == theme.WARNING_DARK
    lock_dark = icon_colour(bar.lock_button.icon())
    assert lock_dark != lock_light  # redrawn in the dark scheme's text colour
    assert QColor(lock_dark).lightness() > QColor(lock_light).lightness()
    theme.set_dark(False)
    assert text_colour(bar.backup_label) == theme.WARNING_LIGHT
    bar.show_backup_age(0, 7)  # a backup today: the normal text colour, in either scheme
    theme.set_dark(True)
    assert text_colour(bar.backup_label) == theme._palette(True).color(QPalette.ColorRole.WindowText).name().upper()
    ctx.lock()


def test_the_passphrase_meter_and_an_overdue_task_follow(qtbot, light) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.new.setText("kort")
    fields.update_strength()
    assert theme.WARNING_LIGHT.lower() in fields.meter.styleSheet().lower()
    theme.set_dark(True)
    assert theme.WARNING_DARK.lower() in fields.meter.styleSheet().lower()

    from coordinator_app.ui.cases.detail import OVERDUE_ROLE, CaseDetail

    detail = CaseDetail(lambda: None)
    qtbot.addWidget(detail)
    item = QListWidgetItem("01-01-2020 — Bellen — te laat")
    item.setData(OVERDUE_ROLE, True)
    item.setForeground(theme.warning_colour())
    detail.next_tasks.addItem(item)
    theme.set_dark(False)
    assert item.foreground().color().name().upper() == theme.WARNING_LIGHT


def test_a_deleted_widget_is_left_out(qtbot, light) -> None:
    calls: list[bool] = []
    label = QLabel()
    theme.follow(label, lambda: calls.append(theme.is_dark()))
    assert calls == [False]
    theme.set_dark(True)
    assert calls == [False, True]
    with qtbot.waitSignal(label.destroyed, timeout=5_000):
        label.deleteLater()
    theme.set_dark(False)  # no call into the deleted label, no RuntimeError
    assert calls == [False, True]


def test_a_whole_window_follows(qtbot, make_window, demo_vault_dir: Path, light) -> None:
    from tests.ui.shell_fixtures import settle, unlock

    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    dashboard = window.pages["dashboard"]
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: dashboard.backup_value.text() != "", timeout=10_000)
    settle(qtbot)
    pairs = {theme.WARNING_LIGHT: theme.WARNING_DARK, theme.OK_LIGHT: theme.OK_DARK}
    before = text_colour(dashboard.backup_value)
    assert before in pairs
    nav_light = icon_colour(window.nav.item(0).icon())
    theme.set_dark(True)
    assert text_colour(dashboard.backup_value) == pairs[before]
    assert QColor(icon_colour(window.nav.item(0).icon())).lightness() > QColor(nav_light).lightness()
    theme.set_dark(False)
    assert text_colour(dashboard.backup_value) == before


def test_the_switch_in_settings_takes_effect_at_once(qtbot, make_window, demo_vault_dir: Path, light) -> None:
    from tests.ui.shell_fixtures import settle, unlock

    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    window.show_page("settings")
    page = window.pages["settings"]
    qtbot.waitUntil(page.isEnabled, timeout=10_000)
    label = window.findChild(QLabel, "statusBackup")
    qtbot.waitUntil(lambda: label.text() != "", timeout=10_000)
    assert text_colour(label) == theme.WARNING_LIGHT  # the demo vault has no backup yet: the warning colour
    assert page.scheme_buttons["system"].isChecked() and theme.saved_scheme() == "system"
    page.scheme_buttons["dark"].click()
    assert page.has_unsaved_changes()
    page.save_button.click()
    settle(qtbot)
    try:
        assert theme.saved_scheme() == "dark" and theme.is_dark()
        window_colour = window.palette().color(QPalette.ColorRole.Window).name().upper()
        assert window_colour == theme._palette(True).color(QPalette.ColorRole.Window).name().upper()
        assert text_colour(label) == theme.WARNING_DARK
    finally:
        theme.save_scheme("system")
    assert not theme.is_dark()
