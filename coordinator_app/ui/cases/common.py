"""Small building blocks shared by the case screens: a table model over plain rows, code-list combo
boxes, date formatting, field error labels and running a service call on the vault worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coordinator_app.codes import code_list
from coordinator_app.domain.text import bidi_isolate, shown_field_messages
from coordinator_app.errors import ValidationError, VaultLocked, current_language
from coordinator_app.ui import dates, theme
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.worker import run_db

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    """Dates the app's way (ui/dates.py): Dutch 05-12-2026, English 5 Dec 2026."""
    return dates.display(value)


def label(list_name: str, code: str | None) -> str:
    return code_list(list_name).label(code, current_language()) if code else ""


class RecordModel(QAbstractTableModel):
    """A read-only table over a list of rows (a service's dataclasses, or dicts); each column is (header,
    function of the row)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._columns[index.column()][1](row)
            if isinstance(value, dt.date):
                return fmt_date(value)
            # a right-to-left name or a bidi control keeps to its own cell: it cannot reorder the row
            return "" if value is None else bidi_isolate(str(value))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None


def compact_combo(min_chars: int = 12) -> QComboBox:
    """A combo box whose width does not follow its longest entry (keeps pages within 1366 pixels)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min_chars)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    combo.setMaximumWidth(480)
    return combo


def code_combo(list_name: str, *, empty: str | None = None, name: str = "", accessible: str = "") -> QComboBox:
    """A combo box with the Dutch (or English) labels of a code list; item data = the code."""
    combo = compact_combo()
    if empty is not None:
        combo.addItem(empty, None)
    for code in code_list(list_name).codes:
        combo.addItem(label(list_name, code), code)
    if name:
        combo.setObjectName(name)
    if accessible:
        combo.setAccessibleName(accessible)
    return combo


def set_combo(combo: QComboBox, code: Any) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(index if index >= 0 else 0)


def combo_code(combo: QComboBox) -> Any:
    return combo.currentData()


def field_box(widget: QWidget, error: QLabel) -> QVBoxLayout:
    """The input with its error label beneath; a narrow input (a date) does not squeeze the message."""
    box = QVBoxLayout()
    box.setSpacing(2)
    if widget.maximumWidth() < 10_000:
        row = QHBoxLayout()
        row.addWidget(widget, 1)  # grows up to its maximum width; the rest stays empty
        row.addStretch(0)
        box.addLayout(row)
    else:
        box.addWidget(widget)
    box.addWidget(error)
    return box


class FieldErrors:
    """Dutch validation messages next to the fields: one hidden red label per field name."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def label_for(self, field: str, parent: QWidget | None = None) -> QLabel:
        lab = QLabel(parent)
        lab.setObjectName(f"error_{field.replace('.', '_')}")
        theme.mark(lab, "error")
        lab.setWordWrap(True)
        lab.hide()
        self._labels[field] = lab
        return lab

    def show(self, exc: ValidationError) -> bool:
        """Show the messages of `exc` next to their fields; False if none of its fields is here."""
        self.clear()
        shown = False
        for field, text in shown_field_messages(exc, current_language()).items():
            lab = self._labels.get(field)
            if lab is not None:
                lab.setText(text)
                lab.show()
                shown = True
        return shown

    def clear(self) -> None:
        for lab in self._labels.values():
            lab.clear()
            lab.hide()

    def visible(self) -> dict[str, str]:
        return {f: lab.text() for f, lab in self._labels.items() if not lab.isHidden()}


def call_db(
    widget: QWidget,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None] | None = None,
    errors: FieldErrors | None = None,
) -> None:
    """Run a service call on the vault worker; validation errors go next to the fields, others to a dialog."""

    def failed(exc: BaseException) -> None:
        if isinstance(exc, VaultLocked):  # the vault was locked while this ran: nothing to show
            return
        if isinstance(exc, ValidationError) and errors is not None and errors.show(exc):
            return
        show_error(widget, exc)

    def done(result: Any) -> None:
        if errors is not None:
            errors.clear()
        if on_success is not None:
            on_success(result)

    run_db(lambda _control: fn(), done, failed)
