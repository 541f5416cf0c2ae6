"""The global search field (Ctrl+F, Ctrl+K): finds cases, contacts and organisations as you type
(services/search/quick.py on the vault worker), shows them grouped in a list under the field (cases
with number, name as stored and status; names that only resemble what was typed marked "lijkt op"),
and opens the chosen one through `ctx.navigate`. Results of an older query are dropped. No result:
"Geen resultaten" with a hint. Enter opens the current result, or the single match of a query still
waiting to run. The list always fits inside the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListView, QWidget

from coordinator_app import codes
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import current_language
from coordinator_app.ui import theme
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import inline_error_text
from coordinator_app.ui.worker import run_db

if TYPE_CHECKING:
    from coordinator_app.services.search.quick import Result

DEBOUNCE_MS = 180
ResultRole = Qt.ItemDataRole.UserRole + 1
IsHeaderRole = Qt.ItemDataRole.UserRole + 2


class SearchResultsModel(QAbstractListModel):
    """Rows: a header per group that has results, then its results. Headers cannot be selected."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Result | None]] = []  # (header text, None) or ("", result)
        self.nothing_found = False  # the one row is the "no results" hint
        self.failed = False  # the one row says the search failed (and why)

    def show_nothing_found(self) -> None:
        self.beginResetModel()
        self._rows = [(self.tr("No results. Type part of a name (any spelling), a case number or a date of "
                               "birth (dd-mm-yyyy)."), None)]
        self.nothing_found = True
        self.endResetModel()

    def show_failure(self, text: str) -> None:
        """One row in place of the results: the search did not run (not "no results")."""
        self.beginResetModel()
        self._rows = [(self.tr("Search failed: %1").replace("%1", text), None)]
        self.nothing_found = False
        self.failed = True
        self.endResetModel()

    def group_title(self, group: str) -> str:
        return {
            "case": self.tr("Case files"),
            "contact": self.tr("Contacts"),
            "organisation": self.tr("Organisations"),
        }.get(group, group)

    def set_results(self, results: list[Result]) -> None:
        self.beginResetModel()
        self.nothing_found = False
        self.failed = False
        self._rows = []
        from coordinator_app.services.search.quick import GROUPS  # start-up time: loaded after the first paint

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
            return self.row_text(result)
        if role == Qt.ItemDataRole.ForegroundRole and self.failed:
            return theme.warning_colour()
        if role == Qt.ItemDataRole.ToolTipRole and self.failed:  # the whole text, should the row be cut off
            return header
        if role == Qt.ItemDataRole.FontRole and result is None and not self.nothing_found and not self.failed:
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

    def row_text(self, result: Result) -> str:
        """Case: number, name (as stored, "lijkt op" when it only resembles) and status."""
        detail = bidi_isolate(result.detail) if result.detail else ""  # an override cannot reorder the row
        if result.similar and detail:
            detail = self.tr("looks like: %1").replace("%1", detail)
        parts = [bidi_isolate(result.label), detail]
        if result.group == "case" and result.status:
            parts.append(codes.label("status", result.status, current_language()))
        return "  —  ".join(p for p in parts if p)

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
        theme.follow_icon(self.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition), "search")
        self.setMinimumWidth(380)
        self._limited = False  # the length limit is set at the first show (`showEvent`), before any typing
        self.model = SearchResultsModel(self)
        self.results = QListView(overlay_parent, objectName="searchResults")
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setUniformItemSizes(False)  # headers are lower than results: the height adds them up
        self.results.setWordWrap(True)  # a long row (a failed search's reason) wraps instead of being cut off
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.hide()
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.results.installEventFilter(self)
        self._serial = 0
        self._open_single = False  # Enter was pressed before the query ran: open its only match
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
            # start-up time: loaded after the first paint
            from coordinator_app.services.search.quick import quick_search

            return quick_search(vault, text)

        run_db(work, lambda results: self._show(serial, results), lambda exc: self._failed(serial, exc))

    def _failed(self, serial: int, exc: BaseException) -> None:
        """Said in the list, where the results would be (not a box per key press); a newer query's answer
        replaces it. A failure because the vault was locked meanwhile says nothing (the unlock screen shows)."""
        if serial != self._serial or not self.ctx.is_unlocked:
            return
        text = inline_error_text(exc)
        if text is None:
            return
        self._open_single = False
        self.model.show_failure(text)
        self._place()
        self.results.show()
        self.results.raise_()

    def _show(self, serial: int, results: list[Result]) -> None:
        if serial != self._serial or not self.ctx.is_unlocked:
            return
        open_single, self._open_single = self._open_single, False
        if not results:
            self.model.show_nothing_found()
        else:
            self.model.set_results(results)
        self._place()
        self.results.show()
        self.results.raise_()
        row = self.model.first_result_row()
        if row >= 0:
            self.results.setCurrentIndex(self.model.index(row, 0))
        if open_single and len(results) == 1:
            self.open_current()

    def _place(self) -> None:
        """Under the field, as wide as needed (at least 460 px) but always inside the window."""
        overlay = self.results.parentWidget()
        top_left = self.mapTo(overlay, QPoint(0, self.height() + 2))
        margin = 8
        width = min(max(self.width(), 560), overlay.width() - 2 * margin)
        x = max(margin, min(top_left.x(), overlay.width() - width - margin))
        self.results.resize(width, self.results.height())  # the row heights below follow this width (wrapping)
        rows_height = sum(self.results.sizeHintForRow(r) for r in range(self.model.rowCount()))
        height = min(420, rows_height + 2 * self.results.frameWidth() + 4)
        height = max(40, min(height, overlay.height() - top_left.y() - margin))
        self.results.setGeometry(x, top_left.y(), width, height)

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
        self._open_single = False
        self._timer.stop()
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self.model.clear()
        self.results.hide()

    def showEvent(self, event) -> None:
        if not self._limited:
            # start-up time: loaded at the first show (after unlocking); services.search.index brings SQLAlchemy
            from coordinator_app.services.search.index import MAX_QUERY

            self.setMaxLength(MAX_QUERY)  # issue 21: a very long text made a filter take minutes
            self._limited = True
        super().showEvent(event)

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    # --- keys -------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self._open_single = True  # opens when the query finds exactly one match
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
