""""Which case is the letter about?": a filterable list of case numbers (no names on screen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from coordinator_app.codes import label
from coordinator_app.errors import current_language
from coordinator_app.services import letters
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.worker import run_db

Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[letters.CaseChoice] = []

    def set_rows(self, rows: list[letters.CaseChoice]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.case_number}  ·  {label('status', row.status, current_language())}"
        if role == self.IdRole:
            return row.id
        return None


class CasePickerDialog(QDialog):
    casePicked = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("casePickerDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new dialog per Ctrl+N: free the old one
        self.setWindowTitle(self.tr("New letter"))
        self.resize(420, 480)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("caseFilter")
        self.filter_edit.setPlaceholderText(self.tr("Case number, e.g. ZM-2026-0007"))
        self.filter_edit.setAccessibleName(self.tr("Filter cases"))
        self.model = CaseListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list_view = QListView(self)
        self.list_view.setObjectName("caseList")
        self.list_view.setAccessibleName(self.tr("Cases"))
        self.list_view.setModel(self.proxy)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("&Write letter"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("pickCaseButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        prompt = QLabel(self.tr("Which case is the letter about?"), self)
        prompt.setBuddy(self.filter_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.list_view.doubleClicked.connect(lambda _i: self._accept())
        ctx.locked.connect(self.reject)
        vault = ctx.vault
        run_db(lambda _c: letters.case_choices(vault), self._loaded, self._failed)

    def _loaded(self, rows: list[letters.CaseChoice]) -> None:
        """Show the case numbers, unless the dialog was closed or the vault locked in the meantime."""
        if not Shiboken.isValid(self) or not self.ctx.is_unlocked:
            return
        self.model.set_rows(rows)
        self._filter(self.filter_edit.text())

    def _failed(self, exc: BaseException) -> None:
        if Shiboken.isValid(self):
            show_error(self, exc)

    def _filter(self, text: str) -> None:
        """Filter on the typed text; keep the chosen case while it still matches, else pick the first."""
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))

    def selected_case_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return int(index.data(CaseListModel.IdRole)) if index.isValid() else None

    def _accept(self) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            return
        self.accept()
        self.casePicked.emit(case_id)
