"""Small form helpers shared by the network dialogs: labelled rows with mnemonics and accessible names,
optional dates and numbers, and showing a ValidationError beside the fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTableView, QWidget

from coordinator_app.domain.text import shown_field_messages
from coordinator_app.errors import ValidationError
from coordinator_app.ui import theme
from coordinator_app.ui.dates import DateField
from coordinator_app.ui.network import labels


def add_row(form: QFormLayout, text: str, widget: QWidget, name: str) -> QWidget:
    """A row 'label: widget'; the label's mnemonic (&) focuses the widget; object and accessible names set."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setObjectName(name)
    widget.setAccessibleName(text.replace("&", ""))
    form.addRow(label, widget)
    return widget


def action_button(text: str, name: str, slot: Any) -> QPushButton:
    """A push button with an object name (tests drive it) and an accessible name from its text."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.clicked.connect(slot)
    return button


def line(value: str | None = None, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(value or "")
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def date_line(value: dt.date | None) -> DateField:
    field = DateField()
    field.set_date(value)
    return field


def birthday_line(value: str | None) -> QLineEdit:
    """A birthday as stored (YYYY-MM-DD, or --MM-DD without a year) shown as DD-MM-JJJJ or DD-MM."""
    return line(labels.birthday_text(value), "DD-MM-JJJJ of DD-MM")


def optional_number() -> QSpinBox:
    """A spin box whose lowest value (-1) means 'not known' (shown as a dash)."""
    box = QSpinBox()
    box.setRange(-1, 100_000)
    box.setSpecialValueText("—")
    box.setValue(-1)
    return box


def number_value(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()


def combo(items: list[tuple[str | None, str]], current: str | None = None) -> QComboBox:
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(14)
    for code, text in items:
        box.addItem(text, code)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    return box


def split_list(text: str) -> list[str]:
    return [p.strip() for p in text.split(",") if p.strip()]


def show_errors(exc: ValidationError, fields: dict[str, QWidget], summary: QLabel) -> None:
    """Mark the fields with a problem (accessible description + red outline) and list them in `summary`."""
    for widget in fields.values():
        widget.setStyleSheet("")
        widget.setAccessibleDescription("")
    messages = shown_field_messages(exc)
    names = labels.field_names()
    lines = []
    for field, text in messages.items():
        widget = fields.get(field)
        if widget is not None:
            widget.setStyleSheet(f"border: 1px solid {theme.warning_colour().name()};")
            widget.setAccessibleDescription(text)
        lines.append(f"{names.get(field, field)}: {text}")
    summary.setText("\n".join(lines) or exc.message())
    summary.setVisible(True)
    first = next((fields[f] for f in messages if f in fields), None)
    if first is not None:
        first.setFocus()


class FittedTableView(QTableView):
    """A table whose columns share its width in fixed proportions (the last one takes the rest) whenever it is
    resized, so every column stays visible at 1366 pixels; the user can still drag a column wider."""

    def __init__(self, fractions: tuple[float, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fractions = fractions

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        for column, fraction in enumerate(self.fractions):
            self.horizontalHeader().resizeSection(column, int(width * fraction))
