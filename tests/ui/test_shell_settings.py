"""Settings page: round-trip through the vault, clear Dutch errors for bad input (nothing lost,
nothing stored), logo as base64 PNG, language in QSettings, passphrase change and a new recovery code."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from coordinator_app.db.vault import Vault
from coordinator_app.services.settings import settings
from coordinator_app.ui import i18n
from tests.conftest import PASSPHRASE
from tests.helpers import type_text
from tests.ui.shell_fixtures import settle, unlock


def _page(qtbot, make_window, folder: Path):
    window = make_window(folder)
    unlock(qtbot, window)
    window.show_page("settings")
    return window, window.pages["settings"]


def test_settings_round_trip(qtbot, make_window, vault_dir: Path, tmp_path: Path) -> None:
    window, page = _page(qtbot, make_window, vault_dir)
    f = page.fields
    f["municipality_name"].setText("")
    type_text(f["municipality_name"], "Gemeente Zwartewaterland")
    f["municipality_address"].setPlainText("Postbus 1\n8060 AA Hasselt")
    f["coordinator_name"].setText("")
    type_text(f["coordinator_name"], "Anouk de Jonge-Çelik")
    f["coordinator_phone"].setText("038 498 9111")
    f["coordinator_email"].setText("a.dejonge@zwartewaterland.nl")
    f["idle_lock_minutes"].setValue(12)
    f["lock_on_minimise"].setChecked(True)
    f["backup_folder"].setText(str(tmp_path))
    f["backup_reminder_days"].setValue(14)
    f["retention_years_closed"].setValue(20)
    f["suppression_threshold"].setValue(10)
    image = QImage(800, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1F5F8B"))
    logo = tmp_path / "logo.png"
    image.save(str(logo))
    assert page.set_logo_from_file(str(logo))
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.has_unsaved_changes()
    page.save_button.click()
    settle(qtbot)
    assert page.status.text() == "De instellingen zijn opgeslagen."
    assert not page.has_unsaved_changes()
    assert i18n.saved_language() == "en"
    i18n.save_language("nl")
    window.lock_manager.lock("manual")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        stored = settings.get_all(vault)
    assert stored.municipality_name == "Gemeente Zwartewaterland"
    assert stored.municipality_address == ["Postbus 1", "8060 AA Hasselt"]
    assert stored.coordinator_name == "Anouk de Jonge-Çelik"
    assert stored.coordinator_phone == "038 498 9111"
    assert (stored.idle_lock_minutes, stored.lock_on_minimise, stored.backup_reminder_days) == (12, True, 14)
    assert (stored.retention_years_closed, stored.suppression_threshold) == (20, 10)
    assert stored.backup_folder == str(tmp_path)
    png = base64.b64decode(stored.municipality_logo_png)
    assert png.startswith(b"\x89PNG")
    assert QImage.fromData(png).width() == 600  # scaled down
    unlock(qtbot, window)  # the page shows what is stored
    assert page.fields["coordinator_name"].text() == "Anouk de Jonge-Çelik"
    assert window.lock_manager.idle.interval() == 12 * 60_000 and window.lock_manager.lock_on_minimise


def test_bad_input_is_explained_and_not_saved(qtbot, make_window, vault_dir: Path, tmp_path: Path) -> None:
    window, page = _page(qtbot, make_window, vault_dir)
    page.fields["municipality_name"].setText("")
    page.fields["coordinator_email"].setText("niet-een-adres@")
    page.fields["coordinator_phone"].setText("abc")
    page.fields["backup_folder"].setText(str(tmp_path / "bestaat-niet"))
    page.save_button.click()
    settle(qtbot)
    assert page.status.text() == "Niet alle gegevens zijn juist ingevuld."
    for key in ("municipality_name", "coordinator_email", "coordinator_phone", "backup_folder"):
        assert page.errors[key].text(), key
    assert page.fields["coordinator_email"].text() == "niet-een-adres@"  # nothing the user typed is lost
    assert settings.get(window.ctx.vault, "municipality_name") == "Gemeente Zwolle"
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"no image")
    assert not page.set_logo_from_file(str(bad))
    assert page.logo_error.text()


def test_change_passphrase_and_renew_recovery_code(qtbot, make_window, vault_dir: Path, recovery_code: str) -> None:
    new = "Zeven zwanen zwemmen zachtjes door de Zwolse gracht"
    window, page = _page(qtbot, make_window, vault_dir)
    dialog = page.change_passphrase()
    dialog.current.setText("fout")
    dialog.fields.new.setText(new)
    dialog.fields.repeat.setText(new)
    dialog.submit()
    settle(qtbot)
    assert dialog.error.text() and dialog.isVisible()
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.submit()

    renew = page.renew_recovery_code()
    renew.current.setText(new)
    renew.submit()
    qtbot.waitUntil(lambda: renew.panel.isVisible(), timeout=30_000)
    panel = renew.panel
    code = panel._code
    assert code and code != recovery_code
    assert panel.code_label.text().replace("\n", "") == code
    with qtbot.waitSignal(renew.rejected):
        renew.reject()
    window.lock_manager.lock("manual")
    Vault.open(vault_dir, passphrase=new).close()
    Vault.open(vault_dir, code=code).close()
