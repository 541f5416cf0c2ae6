"""The Back-ups page: the backups in the configured folder (date, size, version, verified state),
and the buttons Back-up maken, Controleren and Terugzetten. Every long step runs on the vault
worker with a progress bar and a cancel button. `save_pending()` (called by the shell before a
lock or on close) queues the automatic backup when one is due; the lock waits for the worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import message
from coordinator_app.services.backups import backup, restore
from coordinator_app.services.backups.file_format import BackupInvalid
from coordinator_app.services.settings import settings
from coordinator_app.ui import theme
from coordinator_app.ui.backups.models import (
    COL_DATE,
    FAILED,
    SORT_ROLE,
    VERIFIED,
    BackupTableModel,
    format_when,
    rows_from,
)
from coordinator_app.ui.backups.safety import SafetyCopiesPanel
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.page import Page
from coordinator_app.ui.worker import Cancelled, JobControl, run_db


class BackupsPage(Page):
    page_id = "backups"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._serial = 0
        self._job: JobControl | None = None
        self.folder = ""
        self.model = BackupTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self._folder_card())
        layout.addWidget(self._safety_card())
        layout.addLayout(self._buttons())
        layout.addWidget(self._progress_row())
        self.result_label = QLabel(self, objectName="backupResult")  # the outcome of the last backup or verification
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.table = QTableView(self, objectName="backupTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Backups in the folder"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(110)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.verify_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self, objectName="backupEmpty")
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self._note_template = self.tr(
            "Note: a backup also holds data you have deleted since, until that backup is rotated out. "
            "The newest %1 backups are kept, plus one per month for a year; older ones are deleted automatically."
        )
        self.note = QLabel(self._note_template.replace("%1", "10"), self, objectName="backupNote")
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        ctx.changed.connect(self._changed)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Back-ups")

    # --- building ---------------------------------------------------------------------------------

    def _folder_card(self) -> QFrame:
        card = QFrame(self, objectName="backupFolderCard")
        card.setProperty("card", True)
        grid = QVBoxLayout(card)
        grid.setContentsMargins(14, 10, 14, 12)
        row = QHBoxLayout()
        heading = QLabel(self.tr("Backup folder:"), card)
        heading.setProperty("role", "subheading")
        self.folder_label = QLabel(card, objectName="backupFolder")
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose folder…"), card, objectName="chooseBackupFolder")
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(heading)
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.choose_button)
        grid.addLayout(row)
        self.status_label = QLabel(card, objectName="backupStatus")
        self.status_label.setWordWrap(True)
        grid.addWidget(self.status_label)
        return card

    def _safety_card(self) -> QFrame:
        """The safety copies a restore left in the vault folder: listed with their age, with an offer to
        delete them (they open with an older passphrase and still hold deleted cases)."""
        self.safety_card = SafetyCopiesPanel(self)
        self.safety_label = self.safety_card.label
        self.delete_safety_button = self.safety_card.delete_button
        return self.safety_card

    def _show_safety_copies(self, copies: list) -> None:
        folder = self.ctx.vault.folder if self.ctx.is_unlocked and copies else None
        self.safety_card.show_copies(folder, copies)

    def delete_safety_copies(self) -> None:
        if self.ctx.is_unlocked:
            self.safety_card.delete()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Make a backup"), self)
        theme.follow_icon(self.backup_button, "backups")
        self.backup_button.setObjectName("makeBackup")
        self.backup_button.setProperty("primary", True)
        self.backup_button.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_button.clicked.connect(self.make_backup)
        self.verify_button = QPushButton(self.tr("&Verify"), self, objectName="verifyBackup")
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton(self.tr("&Restore…"), self, objectName="restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self, objectName="refreshBackups")
        self.refresh_button.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_button.clicked.connect(self.reload)
        for button in (self.backup_button, self.verify_button, self.restore_button, self.refresh_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _progress_row(self) -> QWidget:
        box = QWidget(self, objectName="backupProgressRow")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(box, objectName="backupProgressLabel")
        self.progress = QProgressBar(box, objectName="backupProgress")
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel"), box, objectName="cancelBackupJob")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_job)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        box.hide()
        self.progress_row = box
        return box

    # --- loading ----------------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.reload()

    def on_locked(self) -> None:
        self._serial += 1
        self.model.clear()
        self.folder = ""
        self.folder_label.clear()
        self.status_label.clear()
        self.empty_label.clear()
        self.result_label.clear()
        self.result_label.hide()
        self._show_safety_copies([])
        self._update_buttons()

    def _changed(self, area: str, _item_id: int) -> None:
        if area in ("backup", "settings"):
            self.reload()

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self._serial += 1
        serial, vault = self._serial, self.ctx.vault

        def load(_control: JobControl):
            stored = settings.get_all(vault)
            folder, keep = stored.backup_folder, stored.backup_keep
            entries = backup.list_backups(folder) if folder else []
            return folder, keep, rows_from(entries, vault.vault_id, backup.verification_states(vault)), \
                backup.backup_status(vault), restore.safety_copies(vault.folder)

        run_db(load, lambda result: self._show(serial, *result), lambda exc: self._show_error(exc))

    def _show(
        self, serial: int, folder: str, keep: int, rows: list, status: backup.BackupStatus, copies: list | None = None
    ) -> None:
        if serial != self._serial or not self.ctx.is_unlocked:
            return
        self._show_safety_copies(copies or [])
        self.folder = folder
        selected = self._selected()
        self.model.set_rows(rows)
        if selected is not None:
            self.select_path(selected.path)  # a reload (e.g. after verifying) keeps the selection
        self.folder_label.setText(folder or self.tr("(not chosen yet)"))
        self.note.setText(self._note_template.replace("%1", str(keep)))
        if not folder:
            text, warn = self.tr("Choose a folder for backups, preferably on a USB stick or network drive."), True
        elif not status.folder_available:
            reason = message("backup_folder_missing")
            text, warn = reason[:1].upper() + reason[1:] + ".", True
        elif status.last_good is None and not any(r.state == VERIFIED for r in rows):
            text, warn = self.tr("No backup has been made and verified yet."), True
        else:
            # when the newest verified backup was made: a later verification only confirms it
            verified = [r.created_at for r in rows if r.state == VERIFIED]
            last = max(verified) if verified else status.last_good
            text = self.tr("Last good backup: %1").replace("%1", format_when(last))
            warn = status.overdue
        self.status_label.setText(text)
        self.status_label.setProperty("role", "error" if warn else "")
        self.status_label.style().polish(self.status_label)
        empty = not rows and status.folder_available
        self.empty_label.setText(self.tr("There are no backups in this folder yet.") if empty else "")
        self.empty_label.setVisible(bool(self.empty_label.text()))
        self._update_buttons()

    def select_path(self, path: Path) -> None:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            item = self.model.row_at(source.row())
            if item is not None and item.path == path:
                self.table.selectRow(row)
                return

    def _show_result(self, text: str, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setProperty("role", "" if ok else "error")
        self.result_label.style().polish(self.result_label)
        self.result_label.show()

    def _selected(self):
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def _update_buttons(self, *_args: object) -> None:
        busy = self._job is not None
        unlocked = self.ctx.is_unlocked
        row = self._selected()
        self.backup_button.setEnabled(unlocked and not busy and bool(self.folder))
        self.verify_button.setEnabled(unlocked and not busy and row is not None)
        self.restore_button.setEnabled(unlocked and not busy and row is not None)
        self.choose_button.setEnabled(unlocked and not busy)
        self.refresh_button.setEnabled(unlocked and not busy)

    # --- jobs ---------------------------------------------------------------------------------------

    def _start(self, label: str, fn, on_success) -> None:
        self.progress_label.setText(label)
        self.progress.setValue(0)
        self.progress_row.show()

        def done(result: object) -> None:
            self._finish()
            on_success(result)

        def failed(exc: BaseException) -> None:
            self._finish()
            if not isinstance(exc, Cancelled):
                self._show_error(exc)

        self._job = run_db(fn, done, failed, lambda d, t: self.progress.setValue(int(100 * d / max(t, 1))))
        self._update_buttons()

    def _finish(self) -> None:
        self._job = None
        self.progress_row.hide()
        self._update_buttons()

    def cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))

    def _show_error(self, exc: BaseException) -> None:
        show_error(self.window(), exc, self.tr("Back-ups"))

    def make_backup(self) -> None:
        if not self.ctx.is_unlocked or self._job is not None:
            return
        vault = self.ctx.vault
        self.result_label.hide()

        def done(path: Path) -> None:
            self._show_result(self.tr("A backup has been made and verified: %1")
                              .replace("%1", bidi_isolate(path.name)), True)
            self.ctx.notify("backup")

        self._start(
            self.tr("Making and verifying a backup…"),
            lambda c: backup.backup_now(vault, progress=c.progress, check=c.check),
            done,
        )

    def show_item(self, kind: str, item_id: int) -> None:
        """("backups", "make", -1) — the dashboard's "Make a backup": the same backup as this page's button,
        once the configured folder has been read; without a folder this page says why nothing was made."""
        if kind != "make" or not self.ctx.is_unlocked or self._job is not None:
            return
        vault = self.ctx.vault

        def start(folder: str) -> None:
            if not self.ctx.is_unlocked:
                return
            if folder:
                self.make_backup()
            else:
                self._show_result(self.tr(
                    "No backup was made: no backup folder has been chosen yet. Choose a folder first, "
                    "preferably on a USB stick or network drive."), False)
                self.choose_button.setFocus()

        run_db(lambda _c: settings.get_all(vault).backup_folder, start, self._show_error)

    def verify_selected(self) -> None:
        row = self._selected()
        if row is None or not self.ctx.is_unlocked or self._job is not None:
            return
        vault, path, made = self.ctx.vault, row.path, format_when(row.created_at)
        self.result_label.hide()

        def work(control: JobControl):
            try:
                return backup.verify_and_record(vault, path, progress=control.progress, check=control.check), None
            except BackupInvalid as exc:
                return None, exc

        def done(result) -> None:
            _contents, problem = result
            if problem is None:
                self.model.set_state(path, VERIFIED)
                self.progress_label.setText("")
                self._show_result(
                    self.tr("The backup of %1 has been verified: it is complete and can be restored.")
                    .replace("%1", made), True)
            else:
                if problem.code not in ("backup_other_vault", "backup_file_missing"):
                    self.model.set_state(path, FAILED, problem.code)
                self._show_result(
                    self.tr("The backup of %1 could not be verified; do not rely on it.").replace("%1", made), False)
                self._show_error(problem)
            self.ctx.notify("backup")

        self._start(self.tr("Verifying the backup…"), work, done)

    def restore_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        from coordinator_app.ui.backups.restore_wizard import RestoreWizard  # start-up time: loaded on first use

        folder = self.ctx.vault_dir or str(self.ctx.vault.folder)
        self.wizard = RestoreWizard(self.ctx, folder, self.window(), backup_file=str(row.path))
        self.wizard.open()

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the backup folder"), self.folder or str(Path.home()))
        dialog.setObjectName("backupFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.set_folder)
        dialog.open()
        self.folder_dialog = dialog

    def set_folder(self, folder: str) -> None:
        if not folder or not self.ctx.is_unlocked:
            return
        vault = self.ctx.vault
        run_db(lambda _c: settings.set_many(vault, {"backup_folder": folder}),
               lambda _r: self.ctx.notify("settings"), self._show_error)

    # --- the page contract ----------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return False

    def save_pending(self) -> None:
        """Before a lock or close: queue the automatic backup (the shell waits for the vault worker)."""
        if not self.ctx.is_unlocked:
            return
        vault = self.ctx.vault
        run_db(lambda _c: backup.auto_backup_if_due(vault), None, self._auto_failed)

    def _auto_failed(self, exc: BaseException) -> None:
        show_error(self.window(), exc, self.tr("Automatic backup failed"))

    def status_text(self) -> str:
        """The visible status line (for tests)."""
        return self.status_label.text()


__all__ = ["BackupsPage"]
