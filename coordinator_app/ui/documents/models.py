"""The table model of the Documenten page: stored documents across cases (metadata only, no bytes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from coordinator_app.codes import label
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import current_language
from coordinator_app.services.documents.letters import DocumentRow

Index = QModelIndex | QPersistentModelIndex


def human_size(size: int, locale: QLocale) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{locale.toString(size / 1024, 'f', 0)} kB"
    return f"{locale.toString(size / (1024 * 1024), 'f', 1)} MB"


class DocumentsModel(QAbstractTableModel):
    CASE, TITLE, KIND, DATE, SIZE = range(5)
    SortRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRow] = []
        self._locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)

    def set_rows(self, rows: list[DocumentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DocumentRow:
        return self._rows[row]

    def index_of(self, document_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == document_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Case"), self.tr("Title"), self.tr("Kind"), self.tr("Date"), self.tr("Size"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CASE:
                return row.case_number
            if column == self.TITLE:
                return bidi_isolate(row.title)  # an override in a title cannot reorder the row
            if column == self.KIND:
                return label("document_kind", row.kind, current_language())
            if column == self.DATE:
                local = row.created_at.replace(tzinfo=dt.UTC).astimezone()
                return self._locale.toString(QDateTime(local.date(), local.time().replace(tzinfo=None)),
                                             "dd-MM-yyyy HH:mm")
            if column == self.SIZE:
                return human_size(row.size, self._locale)
        if role == self.SortRole:
            return (row.case_number, row.title.casefold(), row.kind, row.created_at.isoformat(), row.size)[column]
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
