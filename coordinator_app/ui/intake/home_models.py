"""Table models of the Intake page: unfinished intakes (drafts) and quick signals waiting for an intake."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coordinator_app.codes import code_list
from coordinator_app.domain.intake.content import intake_content
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services.intake.drafts import DraftInfo
from coordinator_app.ui.intake.common import fmt_date, lang, translate

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _local(moment: dt.datetime) -> str:
    """A UTC time stamp of the vault as local date and time."""
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d-%m-%Y %H:%M")


class _RowsModel(QAbstractTableModel):
    """A read-only table over a short list of frozen rows; columns are (header, text, sort key)."""

    columns: list[tuple[str, Callable[[Any], str], Callable[[Any], Any]]] = []

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        _header, text, key = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return bidi_isolate(text(row))  # a name, case number or signal cannot reorder the row or its tip
        if role == ID_ROLE:
            return row.id if hasattr(row, "id") else row.case_id
        if role == SORT_ROLE:
            return sort_key(key(row))
        return None


def sort_key(value: Any) -> Any:
    """A sort key the proxy can compare: dates as ISO text (a Python date is opaque to Qt), None first."""
    if value is None:
        return ""
    if isinstance(value, dt.date):  # also datetime
        return value.isoformat()
    return value


def _step_title(code: str) -> str:
    try:
        return intake_content().step(code).title.get(lang())
    except StopIteration:
        return code


def _person(row: DraftInfo) -> str:
    return (
        translate("Intake", "anonymous or unknown")
        if row.anonymous
        else (row.person or translate("Intake", "(no name yet)"))
    )


class DraftModel(_RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = [
            (translate("Intake", "Stopped at"), lambda r: _step_title(r.step), lambda r: r.step),
            (translate("Intake", "Received"), lambda r: fmt_date(r.received_on), lambda r: r.received_on),
            (translate("Intake", "Person"), _person, lambda r: _person(r).casefold()),
            (translate("Intake", "Signal"), lambda r: r.signal_excerpt, lambda r: r.signal_excerpt.casefold()),
            (translate("Intake", "Last changed"), lambda r: _local(r.updated_at), lambda r: r.updated_at),
        ]


class SignalModel(_RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = [
            (translate("Intake", "Case"), lambda r: r.case_number, lambda r: r.case_number),
            (translate("Intake", "Received"), lambda r: fmt_date(r.received_on),  # same day: the later saved one
             lambda r: f"{r.received_on.isoformat() if r.received_on else ''}|{r.case_id:012d}"),
            (
                translate("Intake", "Form"),
                lambda r: code_list("form").label(r.primary_form, lang()),
                lambda r: r.primary_form,
            ),
            (translate("Intake", "Signal"), lambda r: r.signal_excerpt, lambda r: r.signal_excerpt.casefold()),
        ]


__all__ = ["ID_ROLE", "SORT_ROLE", "DraftModel", "SignalModel", "sort_key"]
