"""Issue 19 (no failure turned into silence): a vault job that fails shows why, in the place of its data —
the as-you-type searches (known person, case picker, global search) in a row or label where the results would
be, the dashboard at its top, the status bar in place of the backup age, a failed "unlock" audit line in an
error box, a failed "lock" audit line in the log (class and code only). A failure because the vault was locked
meanwhile (VaultLocked) shows nothing, and a later successful query clears the message."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from coordinator_app.errors import VaultDamaged, VaultLocked
from tests.helpers import settle
from tests.ui.shell_fixtures import unlock

WAIT = 15_000
# the catalogue's Dutch text of vault_damaged (resources/locale/nl), written out here as the oracle
DAMAGED = "De kluis is beschadigd en kan niet worden geopend."
FAILED = ("Search failed:", "Zoeken is mislukt:")  # English source or Dutch, whichever translator is installed


class Switch:
    """A service stand-in: raises what it is given, or answers `result` once `error` is None."""

    def __init__(self, result: object) -> None:
        self.result = result
        self.error: BaseException | None = None
        self.calls = 0

    def __call__(self, *_args: object, **_kwargs: object) -> object:
        self.calls += 1
        if self.error is not None:
            raise self.error
        return self.result


def _fails_then_recovers(qtbot, switch: Switch, run, shown) -> None:
    """VaultLocked: nothing shown; a known error: its text shown; then a successful run clears it."""
    switch.error = VaultLocked()
    run()
    settle(qtbot)
    assert switch.calls == 1 and shown() == ""
    switch.error = VaultDamaged()
    run()
    qtbot.waitUntil(lambda: DAMAGED in shown(), timeout=WAIT)
    switch.error = None
    run()
    qtbot.waitUntil(lambda: DAMAGED not in shown(), timeout=WAIT)
    assert switch.calls == 3


def test_known_person_check_says_it_did_not_run(qtbot, ctx, monkeypatch) -> None:
    from coordinator_app.ui.intake import known_person

    switch = Switch([])
    monkeypatch.setattr(known_person, "known_persons", switch)
    dialog = known_person.KnownPersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.last_name.setText("Jansen")

    def shown() -> str:
        text = dialog.status.text()
        return text if DAMAGED in text else ""

    switch.error = VaultLocked()
    dialog.run_check()
    settle(qtbot)
    assert switch.calls == 1 and DAMAGED not in dialog.status.text()
    switch.error = VaultDamaged()
    dialog.run_check()
    qtbot.waitUntil(lambda: DAMAGED in dialog.status.text(), timeout=WAIT)
    text = dialog.status.text()
    assert text.startswith(FAILED)
    assert "did not run" in text or "niet uitgevoerd" in text  # not to be taken for "no match"
    assert dialog.model.rowCount() == 0 and dialog.status.property("role") == "error"
    switch.error = None
    dialog.run_check()
    qtbot.waitUntil(lambda: "No known person" in dialog.status.text()  # the answer, not "checking…"
                    or "Geen bekende persoon" in dialog.status.text(), timeout=WAIT)
    assert DAMAGED not in dialog.status.text() and dialog.status.property("role") == ""


def test_case_picker_name_search_failure_is_shown_under_the_field(qtbot, ctx, monkeypatch) -> None:
    from coordinator_app.ui.documents import case_picker

    switch = Switch([])
    monkeypatch.setattr(case_picker, "find_cases", switch)
    picker = case_picker.CasePickerDialog(ctx)  # deletes itself when closed
    picker.show()
    settle(qtbot)

    def run() -> None:
        picker.filter_edit.setText(f"jansen{switch.calls}")  # a new query each time (a new serial number)
        picker._search_names()

    def shown() -> str:
        return picker.search_error.text() if picker.search_error.isVisible() else ""

    _fails_then_recovers(qtbot, switch, run, shown)
    picker.filter_edit.setText("jansen")
    picker.search_error.setText("x")
    picker.search_error.show()
    picker.filter_edit.setText("")  # nothing to search for: no failure to speak of
    assert not picker.search_error.isVisible()
    picker.close()


def test_global_search_failure_is_a_row_in_the_results(qtbot, ctx, monkeypatch) -> None:
    from coordinator_app.services.search import quick
    from coordinator_app.ui.search.popup import GlobalSearch

    switch = Switch([])
    monkeypatch.setattr(quick, "quick_search", switch)
    overlay = QWidget()
    qtbot.addWidget(overlay)
    overlay.resize(1366, 768)
    search = GlobalSearch(ctx, overlay, overlay)
    overlay.show()

    def run() -> None:
        search.setText(f"jansen{switch.calls}")
        search.run_query()

    def shown() -> str:
        if not search.results.isVisible():
            return ""
        return " ".join(str(search.model.index(r, 0).data()) for r in range(search.model.rowCount()))

    _fails_then_recovers(qtbot, switch, run, shown)
    assert search.model.nothing_found  # the successful (empty) query shows "no results", not the failure
    overlay.resize(420, 600)  # a narrow window: the reason is wider than the list
    switch.error = VaultDamaged()
    run()
    qtbot.waitUntil(lambda: DAMAGED in shown(), timeout=WAIT)
    assert search.model.rowCount() == 1 and str(search.model.index(0, 0).data()).startswith(FAILED)
    assert search.model.result_count() == 0  # nothing to open
    row = search.results.visualRect(search.model.index(0, 0))
    assert search.results.viewport().rect().contains(row)  # the whole reason is seen: wrapped, not cut off


def test_dashboard_failure_is_said_at_the_top(qtbot, ctx, monkeypatch) -> None:
    from coordinator_app.services import dashboard
    from coordinator_app.ui.dashboard.page import DashboardPage

    real = dashboard.load(ctx.vault)
    switch = Switch(real)
    monkeypatch.setattr(dashboard, "load", switch)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()

    def shown() -> str:
        return page.error_label.text() if page.error_label.isVisible() else ""

    _fails_then_recovers(qtbot, switch, page.reload, shown)
    assert page.data is real
    switch.error = VaultDamaged()
    page.reload()
    qtbot.waitUntil(lambda: DAMAGED in shown(), timeout=WAIT)
    assert page.data is None and page.tasks_model.rowCount() == 0  # no stale figures, no "no tasks due"


def test_status_bar_says_the_backup_age_could_not_be_read(qtbot, ctx, monkeypatch, tmp_path: Path) -> None:
    from coordinator_app.services import dashboard
    from coordinator_app.ui.shell.status import ShellStatusBar

    switch = Switch(3)
    monkeypatch.setattr(dashboard, "last_backup_age_days", switch)
    bar = ShellStatusBar(ctx, tmp_path)
    qtbot.addWidget(bar)
    bar.show()

    def shown() -> str:
        return bar.backup_label.text()

    _fails_then_recovers(qtbot, switch, bar.refresh, shown)
    assert "3" in bar.backup_label.text()
    switch.error = VaultDamaged()
    bar.refresh()
    qtbot.waitUntil(lambda: DAMAGED in shown(), timeout=WAIT)
    assert "backup" in shown().lower() or "back-up" in shown().lower()


def _error_boxes(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "errorDialog") if b.isVisible()]


def test_unlock_audit_failure_is_shown(qtbot, make_window, vault_dir: Path, monkeypatch) -> None:
    from coordinator_app.services import audit

    real_log = audit.log

    def log(vault, event, *args, **kwargs):
        if event == "unlock":
            raise VaultDamaged()
        return real_log(vault, event, *args, **kwargs)

    monkeypatch.setattr(audit, "log", log)
    window = make_window(vault_dir)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: any(DAMAGED in b.text() for b in _error_boxes(window)), timeout=WAIT)


def test_lock_audit_failure_is_logged_without_its_text(qtbot, make_window, vault_dir: Path, monkeypatch,
                                                         caplog) -> None:
    from coordinator_app.services import audit

    window = make_window(vault_dir)
    unlock(qtbot, window)
    real_log = audit.log
    secret = "Jansen-geheim"

    def log(vault, event, *args, **kwargs):
        if event == "lock":
            error = VaultDamaged()
            error.params = {"name": secret}  # personal data a message could carry: never in the log
            raise error
        return real_log(vault, event, *args, **kwargs)

    monkeypatch.setattr(audit, "log", log)
    with caplog.at_level(logging.WARNING, logger="coordinator.locking"):
        window.lock_manager.lock("manual")
        qtbot.waitUntil(lambda: any("VaultDamaged" in r.getMessage() for r in caplog.records), timeout=WAIT)
    record = next(r for r in caplog.records if "VaultDamaged" in r.getMessage())
    assert record.levelno == logging.WARNING and "vault_damaged" in record.getMessage()
    assert all(secret not in r.getMessage() and DAMAGED not in r.getMessage() for r in caplog.records)
    assert _error_boxes(window) == []  # not shown over the unlock screen


def test_a_bug_in_a_search_is_shown_calmly_without_its_text(qtbot, ctx, monkeypatch, caplog) -> None:
    from coordinator_app.ui.intake import known_person

    secret = "Jansen-geheim"
    switch = Switch([])
    switch.error = RuntimeError(f"no row for {secret}")  # a bug's text may hold personal data
    monkeypatch.setattr(known_person, "known_persons", switch)
    dialog = known_person.KnownPersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.last_name.setText("Jansen")
    with caplog.at_level(logging.ERROR, logger="coordinator.ui"):
        dialog.run_check()
        qtbot.waitUntil(lambda: dialog.status.text().startswith(FAILED), timeout=WAIT)
    assert secret not in dialog.status.text()
    assert "Something unexpected went wrong" in dialog.status.text() or "onverwacht" in dialog.status.text()
    assert any(r.levelno == logging.ERROR and r.exc_info for r in caplog.records)  # the bug is logged
