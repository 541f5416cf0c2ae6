"""pytest-qt tests of the Back-ups page and the restore wizard (with and without an open vault)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from coordinator_app.db.vault import Vault
from coordinator_app.services.backups import backup
from coordinator_app.services.cases import store
from coordinator_app.services.settings import settings
from coordinator_app.ui.backups.models import FAILED, STATE_ROLE, UNVERIFIED, VERIFIED
from coordinator_app.ui.backups.page import BackupsPage
from coordinator_app.ui.backups.restore_wizard import PAGE_CONFIRM, PAGE_DONE, PAGE_SECRET, RestoreWizard
from coordinator_app.ui.context import AppContext
from tests.conftest import PASSPHRASE
from tests.helpers import settle as wait_for_jobs

TIMEOUT = 30_000


def settle(qtbot) -> None:
    wait_for_jobs(qtbot, TIMEOUT)


def close_error_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "errorDialog" and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def page(qtbot, vault: Vault, stick: Path):
    settings.set_many(vault, {"backup_folder": str(stick)})
    ctx = AppContext(str(vault.folder))
    widget = BackupsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    ctx.set_vault(vault)
    settle(qtbot)
    yield widget
    settle(qtbot)
    close_error_boxes()
    if ctx.is_unlocked:
        ctx.lock()


def states(page: BackupsPage) -> list[str]:
    return [page.model.index(r, 0).data(STATE_ROLE) for r in range(page.model.rowCount())]


def test_page_lists_backups_with_states(qtbot, qtmodeltester, page: BackupsPage, vault: Vault, stick: Path) -> None:
    assert page.title() == "Back-ups" and page.page_id == "backups"
    assert page.model.rowCount() == 0 and page.empty_label.text()
    first = backup.create_backup(vault, stick)
    (stick / "coordinator-backup-20200101-000000.cbak").write_bytes(first.read_bytes()[:3000])
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    qtmodeltester.check(page.model)
    assert sorted(states(page)) == sorted([VERIFIED, "unreadable"])
    assert page.status_text() and page.folder == str(stick)
    assert "10" in page.note.text()


def test_make_backup_button(qtbot, page: BackupsPage, stick: Path) -> None:
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert not page.backup_button.isEnabled()  # busy: buttons off, progress shown
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page._job is None, timeout=TIMEOUT)
    assert states(page) == [VERIFIED]
    assert len(list(stick.glob("*.cbak"))) == 1
    assert not page.progress_row.isVisible()


def test_verify_button_marks_damaged_backup(qtbot, page: BackupsPage, vault: Vault, stick: Path) -> None:
    good = backup.create_backup(vault, stick)
    data = bytearray(good.read_bytes())
    data[-7000] ^= 0x04
    bad = stick / "coordinator-backup-20200101-000000.cbak"
    bad.write_bytes(bytes(data))
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    row = next(r for r in range(page.proxy.rowCount()) if page.model.row_at(page.proxy.mapToSource(
        page.proxy.index(r, 0)).row()).path == bad)
    assert page.model.row_at(page.proxy.mapToSource(page.proxy.index(row, 0)).row()).state == UNVERIFIED
    page.table.selectRow(row)
    assert page.verify_button.isEnabled()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._job is None, timeout=TIMEOUT)
    settle(qtbot)
    assert FAILED in states(page)
    texts = close_error_boxes()
    assert texts and "beschadigd of gewijzigd" in texts[0]
    assert backup.verification_states(vault)[bad.name] is False


def test_lock_clears_the_page(qtbot, page: BackupsPage, vault: Vault, stick: Path) -> None:
    backup.create_backup(vault, stick)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    page.ctx.lock()
    assert page.model.rowCount() == 0 and not page.folder_label.text() and not page.status_label.text()
    assert not page.backup_button.isEnabled() and not page.restore_button.isEnabled()


def test_save_pending_makes_automatic_backup_when_due(qtbot, page: BackupsPage, vault: Vault, stick: Path) -> None:
    page.save_pending()
    settle(qtbot)
    assert len(list(stick.glob("*.cbak"))) == 1
    page.save_pending()  # the same day: not due again
    settle(qtbot)
    assert len(list(stick.glob("*.cbak"))) == 1


def test_save_pending_with_missing_stick_shows_clear_message(qtbot, page: BackupsPage, vault: Vault, tmp_path) -> None:
    settings.set_many(vault, {"backup_folder": str(tmp_path / "stick-not-plugged-in")})
    page.save_pending()
    settle(qtbot)
    texts = close_error_boxes()
    assert texts and "niet gevonden" in texts[0]
    assert vault.check() == []


def _wait_page(qtbot, wizard: RestoreWizard, page_id: int) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page_id and not wizard.busy, timeout=TIMEOUT)


def test_wizard_without_open_vault_restores_on_new_laptop(
    qtbot, vault: Vault, recovery_code: str, stick: Path, tmp_path: Path
) -> None:
    store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05", person=store.PersonInput(last_name="W")))
    made = backup.create_backup(vault, stick)
    vault.close()
    target = tmp_path / "new-laptop" / "vault"
    ctx = AppContext(str(target))
    wizard = RestoreWizard(ctx, target)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.file_page.isComplete()
    wizard.file_page.path_edit.setText(str(tmp_path / "nothing.cbak"))
    assert not wizard.file_page.isComplete() and wizard.file_page.info.text()
    wizard.file_page.path_edit.setText(str(made))
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_SECRET
    wizard.secret_page.secret.setText("niet het juiste wachtwoord")
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT)
    assert wizard.currentId() == PAGE_SECRET
    assert "klopt niet" in wizard.secret_page.message.text()
    wizard.secret_page.use_code.setChecked(True)
    wizard.secret_page.secret.setText(recovery_code)
    wizard.next()
    _wait_page(qtbot, wizard, PAGE_CONFIRM)
    assert wizard.confirm_page.cases.text() == "1"
    assert wizard.confirm_page.confirm.isHidden() and wizard.confirm_page.isComplete()  # nothing to replace
    with qtbot.waitSignal(wizard.restored, timeout=TIMEOUT):
        wizard.next()
    _wait_page(qtbot, wizard, PAGE_DONE)
    assert wizard.secret_page.secret.text() == ""
    with Vault.open(target, code=recovery_code) as restored:
        assert store.count_cases(restored) == 1


def test_wizard_from_page_locks_and_replaces_open_vault(qtbot, page: BackupsPage, vault: Vault, stick: Path) -> None:
    backup.create_backup(vault, stick)
    store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05", person=store.PersonInput(last_name="Z")))
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    page.table.selectRow(0)
    page.restore_selected()
    wizard = page.wizard
    qtbot.addWidget(wizard)
    assert wizard.file_page.isComplete()
    wizard.next()
    wizard.secret_page.secret.setText(PASSPHRASE)
    wizard.next()
    _wait_page(qtbot, wizard, PAGE_CONFIRM)
    assert not wizard.confirm_page.isComplete()  # replacing a vault needs the tick
    assert wizard.confirm_page.warning.text()
    wizard.confirm_page.confirm.setChecked(True)
    wizard.next()
    _wait_page(qtbot, wizard, PAGE_DONE)
    assert not page.ctx.is_unlocked and page.model.rowCount() == 0
    assert "before-restore-" in wizard.done_page.text.text()
    folder = Path(wizard.vault_folder)
    with Vault.open(folder, passphrase=PASSPHRASE) as restored:
        assert store.count_cases(restored) == 0
    wizard.accept()


def test_wizard_cancel_during_verification_changes_nothing(qtbot, vault: Vault, stick: Path, tmp_path: Path) -> None:
    made = backup.create_backup(vault, stick)
    vault.close()
    wizard = RestoreWizard(AppContext(None), tmp_path / "target", backup_file=str(made))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.secret_page.secret.setText(PASSPHRASE)
    wizard.next()
    wizard.reject()  # while busy: cancels the job, the wizard stays open
    qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT)
    assert wizard.isVisible()
    assert not (tmp_path / "target").exists()


def test_restore_from_the_unlock_screen_of_the_main_window(qtbot, vault: Vault, stick: Path) -> None:
    from coordinator_app.db import keys
    from coordinator_app.ui import i18n
    from coordinator_app.ui.app import build_main_window

    made = backup.create_backup(vault, stick)
    store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05", person=store.PersonInput(last_name="U")))
    folder = vault.folder
    vault.close()
    app, window = build_main_window(folder, "nl", kdf_profile=keys.TEST_ONLY, watch_session=False)
    qtbot.addWidget(window)
    try:
        window.resize(1366, 768)
        window.show()
        assert window.unlock_screen.restore_button.isVisible()
        qtbot.mouseClick(window.unlock_screen.restore_button, Qt.MouseButton.LeftButton)
        wizard = window.findChild(RestoreWizard)
        assert wizard is not None and wizard.isVisible()
        assert wizard.windowTitle() == "Back-up terugzetten"  # Dutch from backups_nl.qm
        wizard.file_page.path_edit.setText(str(made))
        wizard.next()
        wizard.secret_page.secret.setText(PASSPHRASE)
        wizard.next()
        _wait_page(qtbot, wizard, PAGE_CONFIRM)
        wizard.confirm_page.confirm.setChecked(True)
        wizard.next()
        _wait_page(qtbot, wizard, PAGE_DONE)
        wizard.accept()
        assert window.stack.currentWidget() is window.unlock_screen
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.try_unlock()
        qtbot.waitUntil(lambda: window.ctx.is_unlocked, timeout=TIMEOUT)
        assert store.count_cases(window.ctx.vault) == 0
    finally:
        window._close_confirmed = True
        window.close()
        settle(qtbot)
        i18n.uninstall(app)


def test_verify_keeps_the_selection_and_shows_the_result(qtbot, page: BackupsPage, vault: Vault, stick: Path) -> None:
    import datetime as dt

    from coordinator_app.ui.backups.models import format_when

    made = dt.datetime(2026, 3, 2, 9, 30)
    backup.create_backup(vault, stick, now=made)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    page.table.selectRow(0)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._job is None, timeout=TIMEOUT)
    settle(qtbot)
    assert close_error_boxes() == []
    assert page.table.selectionModel().selectedRows()  # still selected after the reload
    assert page.verify_button.isEnabled()
    assert page.result_label.isVisible() and format_when(made) in page.result_label.text()
    assert format_when(made) in page.status_text()  # the backup's creation time, not the verification time


def test_restore_notifies_the_backup_state(qtbot, vault: Vault, stick: Path, tmp_path: Path) -> None:
    ctx = AppContext(str(tmp_path / "restored"))
    wizard = RestoreWizard(ctx, str(tmp_path / "restored"))
    qtbot.addWidget(wizard)
    changed = []
    ctx.changed.connect(lambda area, item: changed.append((area, item)))
    wizard.set_result(None)  # what the restore job hands over when it is done
    assert ("backup", -1) in changed


def test_backups_are_listed_newest_first(qtbot, page: BackupsPage, vault: Vault, stick: Path) -> None:
    """Issue 18: the table shows the newest backup on top (the file names carry the time they were made)."""
    import datetime as dt

    made = [dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC), dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC),
            dt.datetime(2026, 6, 5, 9, 0, tzinfo=dt.UTC)]
    paths = [backup.create_backup(vault, stick, now=when) for when in made]
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=TIMEOUT)
    from coordinator_app.ui.backups.models import PATH_ROLE

    view = page.table.model()  # what the table shows, in its order
    shown = [Path(view.index(r, 0).data(PATH_ROLE)).name for r in range(3)]
    assert shown == [paths[1].name, paths[2].name, paths[0].name]  # November, June, March
