"""The case list model: holds only case ids; row data are fetched in batches on the vault worker when
the view first asks for them, so 10,000 cases load as fast as 100. Sorting asks the page for a new
id list (SQL does the sorting), through `sort_requested`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services.cases.listing import COLUMNS, CaseRow
from coordinator_app.ui import theme
from coordinator_app.ui.cases.common import IdRole, Index, SortRole, fmt_date, label
from coordinator_app.ui.worker import run_db

BATCH = 100
COL_NUMBER, COL_NAME, COL_STATUS, COL_FORM, COL_MUNICIPALITY, COL_OPENED, COL_DUE, COL_REFLECTION = range(8)
LOADING = "…"
# The roles data() answers, as plain ints: a set lookup instead of comparing with enum members on every call
_ANSWERED = frozenset(int(role) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                             Qt.ItemDataRole.ToolTipRole, SortRole, IdRole))


class CaseListModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # (column key, descending)
    rows_loaded = Signal()

    def __init__(self, fetch: Callable[[list[int]], dict[int, CaseRow]] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.similar: set[int] = set()  # cases whose name only resembles the filter text ("lijkt op")
        self._fetch = fetch  # called on the vault worker with a batch of ids
        self._ids: list[int] = []
        self._rows: dict[int, CaseRow] = {}
        self._pending: set[int] = set()  # batch numbers being fetched
        self._generation = 0
        self._headers = [
            self.tr("Case number"), self.tr("Name or alias"), self.tr("Status"), self.tr("Form"),
            self.tr("Municipality"), self.tr("Opened"), self.tr("Next task due"), self.tr("Reflection period ends"),
        ]
        self.sort_column, self.sort_descending = COL_NUMBER, False

    # --- content --------------------------------------------------------------------------------

    def set_fetch(self, fetch: Callable[[list[int]], dict[int, CaseRow]] | None) -> None:
        self._fetch = fetch

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._rows = {}
        self._pending.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.set_ids([])

    def ids(self) -> list[int]:
        return list(self._ids)

    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def cached(self, row: int) -> CaseRow | None:
        cid = self.case_id(row)
        return self._rows.get(cid) if cid is not None else None

    def refresh_rows(self) -> None:
        """Forget the fetched rows (after an edit); the view fetches the visible ones again."""
        self._generation += 1
        self._rows = {}
        self._pending.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def _request(self, row: int) -> None:
        batch = row // BATCH
        if batch in self._pending or self._fetch is None:
            return
        self._pending.add(batch)
        ids = self._ids[batch * BATCH:(batch + 1) * BATCH]
        generation, fetch = self._generation, self._fetch

        def done(rows: dict[int, CaseRow]) -> None:
            if generation != self._generation:
                return
            self._rows.update(rows)
            first, last = batch * BATCH, min(len(self._ids), (batch + 1) * BATCH) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            self.rows_loaded.emit()

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self._pending.discard(batch)

        run_db(lambda _c: fetch(ids), done, failed)

    # --- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            if section == COL_REFLECTION:  # the narrow last column: its long header on two lines
                return self._headers[section].replace(" ", "\n", 1)
            return self._headers[section]
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:  # most of what the view asks for every cell it paints (font, alignment, …)
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        row = self.cached(index.row())
        if row is None:
            self._request(index.row())
            return LOADING if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DUE and row.overdue:
                return QBrush(theme.warning_colour())
            return None
        value = row.value(COLUMNS[column])
        if role == SortRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_DUE and row.overdue:
                return self.tr("This case has an overdue task")
            return None
        if column == COL_STATUS:
            return label("status", value)
        if column == COL_FORM:
            return label("form", value)
        if column == COL_MUNICIPALITY:
            return label("municipality", value)
        if column == COL_NAME and value == "onbekend":
            return self.tr("unknown")
        if column == COL_NAME and row.id in self.similar and isinstance(value, str):
            return QCoreApplication.translate("SearchResultsModel", "looks like: %1").replace("%1", bidi_isolate(value))
        if column in (COL_NUMBER, COL_NAME) and isinstance(value, str):
            return bidi_isolate(value)  # an override in a name cannot reorder the row
        if column in (COL_OPENED, COL_DUE, COL_REFLECTION):
            return fmt_date(value)
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_column = column
        self.sort_descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(COLUMNS[column], self.sort_descending)
