"""First run: the wizard creates a vault, shows the recovery code once, refuses a mistyped code
and opens the app only when the code is typed back (case, spaces and hyphens do not matter)."""

from __future__ import annotations

from pathlib import Path

from coordinator_app.db import recovery_code
from coordinator_app.db.folder import is_vault
from coordinator_app.db.vault import Vault
from coordinator_app.services import audit
from tests.ui.shell_fixtures import settle

NEW_PASSPHRASE = "Blauwe fietsen rijden langs de IJssel bij nacht"


def _create(qtbot, window) -> str:
    wizard = window.first_run
    assert wizard is not None and window.stack.currentWidget() is wizard
    wizard.go(1)
    wizard.fields.new.setText(NEW_PASSPHRASE)
    wizard.fields.repeat.setText(NEW_PASSPHRASE)
    wizard.fields.update_strength()
    assert wizard.create_button.isEnabled()
    qtbot.mouseClick(wizard.create_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 2, timeout=30_000)
    code = wizard._code
    assert recovery_code.normalise(code) == code
    assert wizard.code_panel.code_label.text().replace("\n", "") == code
    return code


def test_first_run_creates_vault_and_refuses_mistyped_code(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "new-vault"
    window = make_window(folder)
    assert not is_vault(folder)
    code = _create(qtbot, window)
    assert is_vault(folder)
    wizard = window.first_run
    assert not wizard.code_next.isEnabled()  # first confirm that the code was kept
    wizard.kept.setChecked(True)
    wizard.code_next.click()
    assert wizard.steps.currentIndex() == 3

    # a code with a typo (check character wrong) and another valid code are both refused
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    for wrong in (typo, recovery_code.generate(), "", "ABCD"):
        wizard.confirm_field.setText(wrong)
        wizard.finish_button.click()
        assert wizard.confirm_error.text(), wrong
        assert not window.ctx.is_unlocked
        assert window.stack.currentWidget() is wizard

    with qtbot.waitSignal(wizard.completed, timeout=5000):
        wizard.confirm_field.setText(code.replace("-", " ").lower())
        wizard.finish_button.click()
    assert window.ctx.is_unlocked
    assert window.stack.currentWidget() is window.workspace
    assert window.first_run is None
    settle(qtbot)
    events = [e.event for e in audit.events(window.ctx.vault)]
    assert "vault_created" in events
    window.ctx.lock()
    Vault.open(folder, passphrase=NEW_PASSPHRASE).close()
    Vault.open(folder, code=code).close()


def test_weak_or_different_passphrase_cannot_create(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(tmp_path / "v")
    wizard = window.first_run
    wizard.go(1)
    for new, repeat in (("kort", "kort"), ("wachtwoord123456", "wachtwoord123456"), (NEW_PASSPHRASE, "anders")):
        wizard.fields.new.setText(new)
        wizard.fields.repeat.setText(repeat)
        wizard.fields.update_strength()
        assert not wizard.create_button.isEnabled()
        wizard.create_vault()
        assert wizard.error.text()
    assert not is_vault(tmp_path / "v")
    assert wizard.fields.verdict.text()  # the meter says why


def test_recovery_sheet_prints_from_memory(qtbot, make_window, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    window = make_window(tmp_path / "v")
    _create(qtbot, window)
    panel = window.first_run.code_panel
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(panel.printed, timeout=30_000) as blocker:
        panel.print_sheet(printer)
    assert blocker.args == [1]
    assert out.read_bytes().startswith(b"%PDF")


def test_new_laptop_restores_a_backup_from_the_first_run_screen(qtbot, make_window, tmp_path: Path,
                                                                 vault) -> None:
    from PySide6.QtCore import Qt

    from coordinator_app.services.backups import backup, restore
    from coordinator_app.services.cases import store
    from tests.conftest import PASSPHRASE

    store.create_case(vault, store.CaseInput(signal_received_on="2026-02-02", case_number="LAPTOP-1"))
    (tmp_path / "stick").mkdir()
    backup_file = backup.create_backup(vault, tmp_path / "stick")
    vault.close()
    folder = tmp_path / "new-laptop"
    window = make_window(folder)
    assert window.first_run is not None
    qtbot.mouseClick(window.first_run.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.restore_wizard is not None, timeout=5_000)
    restore.restore(backup_file, folder, passphrase=PASSPHRASE)
    window.restore_wizard.restored.emit(str(folder))
    settle(qtbot)
    assert window.first_run is None
    assert window.stack.currentWidget() is window.unlock_screen
    with Vault.open(folder, passphrase=PASSPHRASE) as restored:
        assert restored.execute_sql("SELECT case_number FROM cases")[0][0] == "LAPTOP-1"
