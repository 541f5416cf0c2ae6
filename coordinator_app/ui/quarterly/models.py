"""The preview model of the Rapportages page: one measure of the published quarterly table.

Rows: a heading row per dimension (bold, spans the columns), then one row per category with its
label (a group of categories: their labels joined by " + "), its code (as in the CSV) and the
published value exactly as it is exported (`<5` or a number). A hidden value and a group get a
distinct look (tinted background, italic, warning colour) and a tooltip that says why. Only
published values ever reach this model; a breakdown left out has no rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coordinator_app.domain.disclosure import PublishedCell, PublishedTable, cell_label
from coordinator_app.domain.quarterly_table import dimension_label
from coordinator_app.ui import theme

COL_LABEL, COL_CODE, COL_VALUE = range(3)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # "shown" / "primary" / "group"; "" for a heading row
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2  # True for a dimension heading row
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3  # the published value (int or marker) of a category row

Index = QModelIndex | QPersistentModelIndex




def hidden_fill() -> QColor:
    return theme.hidden_fill()


def status(cell: PublishedCell) -> str:
    if cell.hidden:
        return "primary"
    return "group" if cell.coarsened else "shown"


def hidden_tooltip(cell: PublishedCell, threshold: int) -> str:
    if cell.hidden:
        text = QCoreApplication.translate(
            "PreviewModel", "Between 1 and %1: the exact number is hidden so that nobody can be recognised.")
        return text.replace("%1", str(threshold - 1))
    text = QCoreApplication.translate(
        "PreviewModel",
        "These categories are shown together because at least one of them has a number from 1 to %1.")
    return text.replace("%1", str(threshold - 1))


@dataclass(frozen=True)
class _Row:
    dimension: str
    cell: PublishedCell | None  # None: the heading row of a dimension


class PreviewModel(QAbstractTableModel):
    """One measure of a PublishedTable, as rows of headings and categories."""

    def __init__(self, measure: str, parent=None) -> None:
        super().__init__(parent)
        self.measure = measure
        self.lang = "nl"
        self._rows: list[_Row] = []
        self._threshold = 5

    # --- content ----------------------------------------------------------------------------------

    def set_table(self, published: PublishedTable | None, lang: str = "nl") -> None:
        self.beginResetModel()
        self.lang = lang
        self._rows = []
        if published is not None:
            self._threshold = published.threshold
            for dim in published.dimensions(self.measure):
                self._rows.append(_Row(dim, None))
                self._rows += [_Row(dim, cell) for cell in published.breakdown(self.measure, dim)]
        self.endResetModel()

    def clear(self) -> None:
        self.set_table(None)

    def heading_rows(self) -> list[int]:
        return [i for i, row in enumerate(self._rows) if row.cell is None]

    def values(self) -> list[tuple[str, str, int | str]]:
        """(dimension, category, published value) of every category row, for tests and checks."""
        return [(r.dimension, r.cell.category, r.cell.value) for r in self._rows if r.cell is not None]

    # --- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (
                QCoreApplication.translate("PreviewModel", "Category"),
                QCoreApplication.translate("PreviewModel", "Code in export"),
                QCoreApplication.translate("PreviewModel", "Value"),
            )
            return names[section] if 0 <= section < 3 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if row.cell is None:
            return self._heading_data(row, col, role)
        cell = row.cell
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_LABEL:
                return cell_label(row.dimension, cell.category, self.lang)
            if col == COL_CODE:
                return cell.category
            return str(cell.value)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_VALUE:
            hidden = QCoreApplication.translate("PreviewModel", "hidden")
            return f"{cell.value} ({hidden})" if cell.hidden else str(cell.value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == STATUS_ROLE:
            return status(cell)
        if role == HEADING_ROLE:
            return False
        if role == VALUE_ROLE:
            return cell.value
        if (cell.hidden or cell.coarsened) and col == COL_VALUE:
            if role == Qt.ItemDataRole.ToolTipRole:
                return hidden_tooltip(cell, self._threshold)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(hidden_fill())
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.warning_colour())
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                font.setBold(True)
                return font
        return None

    def _heading_data(self, row: _Row, col: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return dimension_label(row.dimension, self.lang) if col == COL_LABEL else ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == HEADING_ROLE:
            return True
        if role == STATUS_ROLE:
            return ""
        return None
