"""Table models of the network screens. Each holds plain rows (dataclasses from the services), never ORM
objects, and is cleared on lock. Checked with pytest-qt's qtmodeltester."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services.network.contacts import CaseLink
from coordinator_app.services.network.importing import ImportItem
from coordinator_app.services.network.listing import NetworkRow, fold
from coordinator_app.services.network.outreach import MomentRow, TrainingRow
from coordinator_app.ui import theme
from coordinator_app.ui.network import labels

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate



class RowTableModel(QAbstractTableModel):
    """A read-only table of rows; subclasses name their columns and how each cell reads."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.cell(row, index.column())
            # a right-to-left name or a bidi control keeps to its own cell: it cannot reorder the row
            return "" if value is None else bidi_isolate(str(value))
        if role == SORT_ROLE:
            value = self.cell(row, index.column())
            return "" if value is None else labels_fold(str(value))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        return None

    def foreground(self, row: Any) -> QBrush | None:
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, index: int) -> Any:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def find(self, test: Callable[[Any], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if test(r)), -1)


def labels_fold(text: str) -> str:
    return fold(text)


class NetworkTableModel(RowTableModel):
    NAME, KIND, ORGANISATION, MUNICIPALITY, PHONE, EMAIL = range(6)

    def headers(self) -> list[str]:
        return [
            translate("NetworkModels", "Name"),
            translate("NetworkModels", "Type or function"),
            translate("NetworkModels", "Organisation"),
            translate("NetworkModels", "Municipality"),
            translate("NetworkModels", "Phone"),
            translate("NetworkModels", "E-mail"),
        ]

    def cell(self, row: NetworkRow, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.KIND:
            kind = labels.code_label("org_type", row.org_type)
            return kind if row.kind == "organisation" else (row.function or translate("NetworkModels", "Person"))
        if column == self.ORGANISATION:
            return row.organisation
        if column == self.MUNICIPALITY:
            return labels.code_label("municipality", row.municipality)
        if column == self.PHONE:
            return row.phone
        return row.email

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.NAME:
            row = self.row_at(index.row())
            if row is not None and row.kind == "organisation":
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class CaseLinksModel(RowTableModel):
    def headers(self) -> list[str]:
        return [
            translate("NetworkModels", "Case"),
            translate("NetworkModels", "Role"),
            translate("NetworkModels", "From"),
            translate("NetworkModels", "Until"),
            translate("NetworkModels", "Status"),
        ]

    def cell(self, row: CaseLink, column: int) -> Any:
        return (
            row.case_number,
            labels.role_label(row.role),
            labels.date_text(row.started_on),
            labels.date_text(row.ended_on),
            labels.code_label("status", row.status),
        )[column]


class TrainingModel(RowTableModel):
    def headers(self) -> list[str]:
        return [
            translate("NetworkModels", "Date"),
            translate("NetworkModels", "Topic"),
            translate("NetworkModels", "Participants"),
            translate("NetworkModels", "Organisations"),
        ]

    def cell(self, row: TrainingRow, column: int) -> Any:
        return (labels.date_text(row.held_on), row.topic, row.participants, ", ".join(row.organisation_names))[column]


class MomentModel(RowTableModel):
    def headers(self) -> list[str]:
        return [
            translate("NetworkModels", "Date"),
            translate("NetworkModels", "Kind"),
            translate("NetworkModels", "Contact"),
            translate("NetworkModels", "Organisation"),
            translate("NetworkModels", "Note"),
        ]

    def cell(self, row: MomentRow, column: int) -> Any:
        note = (row.note or "").replace("\n", " ")
        return (
            labels.date_text(row.on),
            labels.moment_kinds().get(row.kind, row.kind),
            row.contact_name,
            row.organisation_name,
            note[:80],
        )[column]


class ImportPreviewModel(RowTableModel):
    def headers(self) -> list[str]:
        return [
            translate("NetworkModels", "Row"),
            translate("NetworkModels", "Kind"),
            translate("NetworkModels", "Name"),
            translate("NetworkModels", "Organisation"),
            translate("NetworkModels", "Status"),
        ]

    def cell(self, row: ImportItem, column: int) -> Any:
        if column == 0:
            return row.where
        if column == 1:
            return (
                translate("NetworkModels", "Organisation")
                if row.kind == "organisation"
                else translate("NetworkModels", "Person")
            )
        if column == 2:
            return row.name
        if column == 3:
            return row.organisation_name
        return self.status(row)

    @staticmethod
    def status(row: ImportItem) -> str:
        if row.problems:
            reason = labels.problems_text(row.problems, row.problem_params)
            # a card without a name because its only name property was refused says why
            return "; ".join([translate("NetworkModels", "Not imported: %1").replace("%1", reason),
                              *labels.refused_properties_text(row.refused_properties)])
        parts = []
        if row.duplicate_of:
            parts.append(translate("NetworkModels", "Duplicate: already in the address book"))
        elif row.duplicate_in_file is not None:
            parts.append(
                translate("NetworkModels", "Duplicate of row %1 in this file").replace("%1", str(row.duplicate_in_file))
            )
        else:
            parts.append(translate("NetworkModels", "New"))
        notes = labels.notices()
        if row.notices:
            remarks = "; ".join(notes.get(n, n) for n in dict.fromkeys(row.notices))
            parts.append(translate("NetworkModels", "imported with remarks: %1").replace("%1", remarks))
        parts += labels.refused_properties_text(row.refused_properties)  # one property refused, not the card
        return "; ".join(parts)

    def foreground(self, row: ImportItem) -> QBrush | None:
        if row.problems:
            return QBrush(theme.warning_colour())
        if row.is_duplicate:
            return QBrush(theme.accent())
        return None
