"""Retention review (docs/DOMAIN.md §9): cases past their retention period; the coordinator selects,
confirms with the passphrase, and the cases are deleted for real (audited, without personal data).
Old backups still hold the data until they rotate out: the dialog says so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import retention
from coordinator_app.ui import theme
from coordinator_app.ui.cases.common import RecordModel, call_db, label
from coordinator_app.ui.error_dialog import error_text
from coordinator_app.ui.worker import run_db


class CheckableModel(RecordModel):
    """RecordModel with a check box in the first column (the cases chosen for deletion)."""

    def __init__(self, columns, parent=None) -> None:
        super().__init__(columns, parent)
        self.checked: set[int] = set()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.checked = set()
        super().set_rows(rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self.row_at(index.row())
            if row is None:
                return None
            return Qt.CheckState.Checked if row["id"] in self.checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        row = self.row_at(index.row())
        if row is None:
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self.checked.add(row["id"])
        else:
            self.checked.discard(row["id"])
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def check_all(self, on: bool) -> None:
        self.checked = {r["id"] for r in self.rows()} if on else set()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))


class RetentionDialog(QDialog):
    deleted = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention review"))
        self.resize(820, 560)
        self._vault = vault
        intro = QLabel(self.tr(
            "These cases are past their retention period: closed cases after the period set in the settings "
            "(default 15 years after closing) and signals that never became a case (default 5 years). "
            "Select the cases to delete and confirm with your passphrase. Deletion is final and is recorded "
            "in the audit trail without personal data."))
        intro.setWordWrap(True)
        backups = QLabel(self.tr(
            "Note: backups made earlier still hold these cases until they are rotated out."))
        backups.setWordWrap(True)
        backups.setObjectName("retentionBackupNote")
        backups.setStyleSheet("font-weight: bold;")
        self.model = CheckableModel([
            (self.tr("Case number"), lambda r: r["case_number"]),
            (self.tr("Status"), lambda r: label("status", r["status"])),
            (self.tr("Reason"), lambda r: self.tr("closed") if r["reason"] == "closed" else self.tr("signal only")),
            (self.tr("Since"), lambda r: r["since"]),
            (self.tr("Retention ended"), lambda r: r["due_on"]),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("retentionTable")
        self.table.setAccessibleName(self.tr("Cases past their retention period"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setObjectName("retentionSummary")
        select_all = QPushButton(self.tr("Select &all"))
        select_all.setObjectName("retentionSelectAll")
        select_all.clicked.connect(lambda: self.model.check_all(True))
        select_none = QPushButton(self.tr("Select &none"))
        select_none.clicked.connect(lambda: self.model.check_all(False))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("retentionPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase of the vault"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("retentionError")
        theme.mark(self.error, "error")
        self.progress = QProgressBar()
        self.progress.setObjectName("retentionProgress")
        self.progress.hide()
        self.delete_button = QPushButton(self.tr("&Delete selected cases"))
        self.delete_button.setObjectName("retentionDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        picks = QHBoxLayout()
        picks.addWidget(self.summary, 1)
        picks.addWidget(select_all)
        picks.addWidget(select_none)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(backups)
        layout.addLayout(picks)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        vault = self._vault

        def done(rows: list[dict[str, Any]]) -> None:
            self.model.set_rows(rows)
            self.summary.setText(self.tr("%n case(s) past the retention period", "", len(rows)))

        call_db(self, lambda: [i.__dict__ for i in retention.review_list(vault)], done)

    def delete_selected(self) -> None:
        chosen = sorted(self.model.checked)
        self.error.clear()
        if not chosen:
            self.error.setText(self.tr("Select the cases to delete first."))
            return
        if not self.passphrase.text():
            self.error.setText(self.tr("Enter your passphrase to confirm the deletion."))
            return
        vault, passphrase = self._vault, self.passphrase.text()
        self.passphrase.clear()
        self.delete_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()

        def progress(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

        def finished(count: int) -> None:
            self.progress.hide()
            self.delete_button.setEnabled(True)
            self.error.setStyleSheet("")
            self.error.setText(self.tr("%n case(s) deleted.", "", count))
            self.reload()
            self.deleted.emit()

        def failed(exc: BaseException) -> None:
            self.progress.hide()
            self.delete_button.setEnabled(True)
            theme.mark(self.error, "error")
            self.error.setText(error_text(exc))

        run_db(lambda c: retention.delete_reviewed(vault, chosen, passphrase, progress=c.progress),
               finished, failed, progress)

    def clear(self) -> None:
        self.model.clear()
        self.passphrase.clear()
