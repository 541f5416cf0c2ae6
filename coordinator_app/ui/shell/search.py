"""The global search field (Ctrl+F, Ctrl+K): finds cases, contacts and organisations as you type
(services/quick_search.py on the vault worker), shows them grouped in a list under the field, and
opens the chosen one through `ctx.navigate`. Results of an older query are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListView, QWidget

from coordinator_app.services.validation import bidi_isolate
from coordinator_app.ui import theme
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.worker import run_db

if TYPE_CHECKING:
    from coordinator_app.services.quick_search import Result

DEBOUNCE_MS = 180
ResultRole = Qt.ItemDataRole.UserRole + 1
IsHeaderRole = Qt.ItemDataRole.UserRole + 2


class SearchResultsModel(QAbstractListModel):
    """Rows: a header per group that has results, then its results. Headers cannot be selected."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Result | None]] = []  # (header text, None) or ("", result)

    def group_title(self, group: str) -> str:
        return {
            "case": self.tr("Case files"),
            "contact": self.tr("Contacts"),
            "organisation": self.tr("Organisations"),
        }.get(group, group)

    def set_results(self, results: list[Result]) -> None:
        self.beginResetModel()
        self._rows = []
        from coordinator_app.services.quick_search import GROUPS

        for group in GROUPS:
            members = [r for r in results if r.group == group]
            if members:
                self._rows.append((self.group_title(group), None))
                self._rows.extend(("", r) for r in members)
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def result_count(self) -> int:
        return sum(1 for _h, r in self._rows if r is not None)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][1] is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        header, result = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if result is None:
                return header
            label = bidi_isolate(result.label)  # an override in a name cannot reorder the row
            return f"{label}  —  {bidi_isolate(result.detail)}" if result.detail else label
        if role == Qt.ItemDataRole.FontRole and result is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and result is not None:
            return theme.icon({"case": "cases", "contact": "network", "organisation": "network"}[result.group])
        if role == ResultRole:
            return result
        if role == IsHeaderRole:
            return result is None
        return None

    def first_result_row(self) -> int:
        return next((i for i, (_h, r) in enumerate(self._rows) if r is not None), -1)


class GlobalSearch(QLineEdit):
    """The search field; owns the results list (a child of `overlay_parent`, drawn over the page)."""

    def __init__(self, ctx: AppContext, overlay_parent: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search case files and contacts (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search"))
        self.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(380)
        self.model = SearchResultsModel(self)
        self.results = QListView(overlay_parent, objectName="searchResults")
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setUniformItemSizes(True)
        self.results.hide()
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.results.installEventFilter(self)
        self._serial = 0
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_query)
        self.textChanged.connect(lambda _t: self._timer.start())
        ctx.locked.connect(self.reset)

    # --- querying ---------------------------------------------------------------------------------

    def run_query(self) -> None:
        """Search now for the current text (normally 180 ms after the last key press)."""
        self._timer.stop()
        text = self.text().strip()
        self._serial += 1
        serial = self._serial
        if not text or not self.ctx.is_unlocked:
            self.model.clear()
            self.results.hide()
            return
        vault = self.ctx.vault

        def work(_control):
            from coordinator_app.services.quick_search import quick_search

            return quick_search(vault, text)

        run_db(work, lambda results: self._show(serial, results), lambda exc: None)

    def _show(self, serial: int, results: list[Result]) -> None:
        if serial != self._serial or not self.ctx.is_unlocked:
            return
        self.model.set_results(results)
        if not results:
            self.model.set_results([])
            self.results.hide()
            return
        self._place()
        self.results.show()
        self.results.raise_()
        row = self.model.first_result_row()
        self.results.setCurrentIndex(self.model.index(row, 0))

    def _place(self) -> None:
        overlay = self.results.parentWidget()
        top_left = self.mapTo(overlay, QPoint(0, self.height() + 2))
        rows = self.model.rowCount()
        height = min(420, max(1, rows) * (self.results.sizeHintForRow(0) + 2) + 8)
        self.results.setGeometry(top_left.x(), top_left.y(), max(self.width(), 460), height)

    # --- opening ----------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        result = index.data(ResultRole)
        if result is None:
            return
        self.reset()
        self.ctx.navigate.emit(result.page_id, result.kind, result.item_id)

    def open_current(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid() or index.data(ResultRole) is None:
            index = self.model.index(self.model.first_result_row(), 0)
        if index.isValid():
            self._open_index(index)

    def reset(self) -> None:
        self._serial += 1
        self._timer.stop()
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self.model.clear()
        self.results.hide()

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    # --- keys -------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self.run_query()
                return
            self.open_current()
            return
        if key == Qt.Key.Key_Escape:
            self.reset()
            return
        if key == Qt.Key.Key_Down and self.results.isVisible():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.reset()
                self.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)
