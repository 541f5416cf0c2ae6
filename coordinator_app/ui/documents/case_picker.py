""""Which case is the letter about?": a filterable list of cases, each with its number, the person's name
(as stored) and status, as every case picker shows them.

The filter finds a case by (part of) its number at once, and by the person's name as typed, other
spellings or date of birth through the search every case picker uses (services/search/persons.py, on
the vault worker); a case whose name only resembles what was typed is marked "lijkt op".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from coordinator_app.codes import label
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import current_language
from coordinator_app.services.documents import letters
from coordinator_app.services.search.index import MAX_QUERY
from coordinator_app.services.search.persons import find_cases
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import inline_error_text, show_error
from coordinator_app.ui.worker import run_db

Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[letters.CaseChoice] = []
        self.similar: set[int] = set()  # cases found only by a name that resembles what was typed

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
            name = bidi_isolate(row.name) if row.name else self.tr("(no name)")  # an override cannot reorder the row
            if row.id in self.similar:
                name = self.tr("looks like: %1").replace("%1", name)
            return f"{bidi_isolate(row.case_number)}  ·  {name}  ·  {label('status', row.status, current_language())}"
        if role == self.IdRole:
            return row.id
        return None


class CaseFilterProxy(QSortFilterProxyModel):
    """Rows whose case number contains the typed text, or that the name search found (in its order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.found: dict[int, int] = {}  # case id -> rank from the name search

    def set_text(self, text: str) -> None:
        self.text = text.casefold()
        self.found = {}
        self.invalidate()

    def set_found(self, ids: list[int]) -> None:
        self.found = {case_id: rank for rank, case_id in enumerate(ids)}
        self.invalidate()
        self.sort(0 if self.found else -1)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.text:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        number = str(index.data(Qt.ItemDataRole.DisplayRole)).split("  ·  ")[0].casefold()
        return self.text in number or index.data(CaseListModel.IdRole) in self.found

    def lessThan(self, left: Index, right: Index) -> bool:
        rank = self.found
        a, b = rank.get(left.data(CaseListModel.IdRole), -1), rank.get(right.data(CaseListModel.IdRole), -1)
        return (a < 0, a) < (b < 0, b) if (a, b) != (-1, -1) else left.row() < right.row()


class CasePickerDialog(QDialog):
    casePicked = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("casePickerDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new dialog per Ctrl+N: free the old one
        self.setWindowTitle(self.tr("New letter"))
        self.resize(560, 480)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("caseFilter")
        self.filter_edit.setPlaceholderText(self.tr("Case number, name or date of birth"))
        self.filter_edit.setMaxLength(MAX_QUERY)
        self.filter_edit.setAccessibleName(self.tr("Filter cases"))
        self.model = CaseListModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._serial = 0
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._search_names)
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
        self.search_error = QLabel(self)  # a failed name search, where the names would have been found
        self.search_error.setObjectName("caseSearchError")
        self.search_error.setProperty("role", "error")
        self.search_error.setWordWrap(True)
        self.search_error.hide()
        layout.addWidget(self.search_error)
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
        """Filter on the typed text (case number at once, names a moment later); keep the chosen case
        while it still matches, else pick the first."""
        self.proxy.set_text(text.strip())
        self.model.similar = set()
        self._pick_first()
        self._serial += 1
        if text.strip():
            self._timer.start()
        else:  # nothing to search for: no failed search to speak of
            self.search_error.hide()

    def _pick_first(self) -> None:
        if self.proxy.rowCount() and not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))

    def _search_names(self) -> None:
        if not self.ctx.is_unlocked:
            return
        text, serial, vault = self.filter_edit.text(), self._serial, self.ctx.vault

        def work(_control: object) -> list:
            return find_cases(vault, text, limit=50)

        def found(matches: list) -> None:
            if not Shiboken.isValid(self) or serial != self._serial or not self.ctx.is_unlocked:
                return
            self.search_error.hide()
            self.model.similar = {m.case_id for m in matches if m.similar}
            self.proxy.set_found([m.case_id for m in matches])
            self._pick_first()

        def failed(exc: BaseException) -> None:
            """Said under the field (not a box per key press): the list then shows case-number matches only.
            A newer query's answer clears it; a failure because the vault was locked meanwhile says nothing."""
            if not Shiboken.isValid(self) or serial != self._serial:
                return
            text = inline_error_text(exc)
            if text is None:
                return
            self.search_error.setText(self.tr("Search failed: %1").replace("%1", text) + " " + self.tr(
                "Only case numbers are matched now."))
            self.search_error.show()

        run_db(work, found, failed)

    def selected_case_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return int(index.data(CaseListModel.IdRole)) if index.isValid() else None

    def _accept(self) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            return
        self.accept()
        self.casePicked.emit(case_id)
