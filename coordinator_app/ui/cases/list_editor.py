"""A list-with-editor panel used by several case tabs (route, consent, indicators, tasks, network, journal).

Left or top: a table of the records; below: a small form for the selected (or a new) record, with
"New", "Save" and "Delete". Each action is one service call on the vault worker; validation
messages appear next to the fields. Subclasses build the form and convert between the form and the
service's dataclasses: a row (with `id` and `as_input()`) shown in it, an input collected from it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.db.vault import Vault
from coordinator_app.ui import theme
from coordinator_app.ui.cases.common import FieldErrors, RecordModel, call_db, field_box
from coordinator_app.ui.fit import fit_columns


class ListEditor(QWidget):
    """Subclasses set `name`, implement `columns()`, `build_form(form)`, `fill(row)`, `collect()`,
    `load_rows(vault, case_id)`, `save_row(vault, case_id, data, row_id)`, `delete_row(vault, case_id, row_id)`.
    Rows are the service's row dataclasses (an `id`, and `as_input()`: the values to save them again, for
    undo); `collect()` and `save_row` use the service's input dataclass."""

    name = "list"
    changed = Signal()  # after a successful save or delete

    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.case_id: int | None = None
        self.current_id: int | None = None
        self._fit_pending = False
        self.errors = FieldErrors()
        self.setObjectName(f"tab_{self.name}")
        self.model = RecordModel(self.columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{self.name}Table")
        self.table.setAccessibleName(self.table_title())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.table.viewport().installEventFilter(self)

        self.empty_hint = QLabel(self.empty_text(), self)
        self.empty_hint.setObjectName(f"{self.name}Empty")
        theme.mark(self.empty_hint, "muted", "font-style: italic;")
        self.form_title = QLabel(self)
        self.form_title.setObjectName(f"{self.name}FormTitle")
        self.form_title.setStyleSheet("font-weight: bold;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.build_form(form)

        # the buttons get their parent from the layout below, after the form's fields: Tab goes table, form, buttons
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setObjectName(f"{self.name}New")
        self.new_button.clicked.connect(self.new_record)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName(f"{self.name}Save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName(f"{self.name}Delete")
        self.delete_button.clicked.connect(self.delete)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName(f"{self.name}Undo")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.undo_label = QLabel()
        self.undo_label.setObjectName(f"{self.name}UndoLabel")
        self._undo: tuple[int | None, Any] | None = None  # (id to restore into or None, old values as an input)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_label)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        for button in (self.new_button, self.delete_button, self.save_button):
            buttons.addWidget(button)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.new_record()

    # --- for subclasses -----------------------------------------------------------------------------

    def table_title(self) -> str:
        return self.name

    def empty_text(self) -> str:
        return self.tr("Nothing recorded yet. Fill in the form below and choose Save.")

    def columns(self) -> Sequence[tuple[str, Callable[[Any], Any]]]:
        raise NotImplementedError

    def build_form(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def fill(self, row: Any | None) -> None:
        """Show `row` in the form (None: an empty form for a new record)."""
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def load_rows(self, vault: Vault, case_id: int) -> Sequence[Any]:
        raise NotImplementedError

    def save_row(self, vault: Vault, case_id: int, data: Any, row_id: int | None) -> Any:
        raise NotImplementedError

    def delete_row(self, vault: Vault, case_id: int, row_id: int) -> None:
        raise NotImplementedError

    def add_field(self, form: QFormLayout, text: str, widget: QWidget, field: str) -> None:
        """A labelled field with its error label beneath it."""
        widget.setAccessibleName(text.replace("&", ""))
        box = field_box(widget, self.errors.label_for(field, self))
        lab = QLabel(text, self)
        lab.setBuddy(widget)
        form.addRow(lab, box)

    # --- behaviour ----------------------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        self._set_undo(None)
        self.case_id = case_id
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        if self.case_id is None:
            return
        vault, case_id = self._vault(), self.case_id

        def done(rows: Sequence[Any]) -> None:
            if case_id != self.case_id:
                return
            self.model.set_rows(list(rows))
            self.empty_hint.setVisible(not rows)
            self.fit_table()
            for i, row in enumerate(rows):
                if select_id is not None and row.id == select_id:
                    self.table.selectRow(i)
                    return
            self.new_record()

        call_db(self, lambda: self.load_rows(vault, case_id), done)

    def fit_table(self) -> None:
        """Fit columns and rows to their contents. A hidden tab waits until it is shown: measuring every
        row (200 wrapped journal notes) costs tens of milliseconds, which opening a case paid for each tab."""
        if not self.isVisible():
            self._fit_pending = True
            return
        self._fit_pending = False
        fit_columns(self.table)  # long organisation names are elided (tool tip), not scrolled (1280×720)
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self.fit_table()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The table got another width (first layout, window resized): fit the columns to it again."""
        viewport = self.table.viewport()
        if watched is viewport and event.type() == QEvent.Type.Resize and self.isVisible() and isinstance(
            event, QResizeEvent
        ) and event.size().width() != event.oldSize().width():
            self.fit_table()
        return super().eventFilter(watched, event)

    def _set_undo(self, undo: tuple[int | None, Any] | None, text: str = "") -> None:
        self._undo = undo
        self.undo_label.setText(text)
        self.undo_button.setVisible(undo is not None)

    def undo(self) -> None:
        """Undo the last change or deletion made here (restores the previous values as they were)."""
        if self.case_id is None or self._undo is None:
            return
        vault, case_id, (row_id, values) = self._vault(), self.case_id, self._undo

        def done(result: Any) -> None:
            self._set_undo(None)
            self.reload(select_id=result if isinstance(result, int) else row_id)
            self.changed.emit()

        call_db(self, lambda: self.save_row(vault, case_id, values, row_id), done)

    def clear(self) -> None:
        self._set_undo(None)
        self.case_id = None
        self.model.clear()
        self.fill(None)
        self.errors.clear()

    def _row_selected(self, current, _previous) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.current_id = row.id if row else None
        self.errors.clear()
        self.fill(row)
        self.form_title.setText(self.tr("Edit the selected item") if row else self.tr("New item"))
        self.delete_button.setEnabled(row is not None)

    def new_record(self) -> None:
        self.table.clearSelection()
        self.current_id = None
        self.errors.clear()
        self.fill(None)
        self.form_title.setText(self.tr("New item"))
        self.delete_button.setEnabled(False)

    def save(self) -> None:
        if self.case_id is None:
            return
        vault, case_id, row_id, data = self._vault(), self.case_id, self.current_id, self.collect()
        before = next((r.as_input() for r in self.model.rows() if row_id is not None and r.id == row_id), None)

        def done(result: Any) -> None:
            new_id = result if isinstance(result, int) else row_id
            if before is not None:
                self._set_undo((row_id, before), self.tr("Change saved."))
            self.reload(select_id=new_id if row_id is not None else None)
            self.changed.emit()

        call_db(self, lambda: self.save_row(vault, case_id, data, row_id), done, self.errors)

    def delete(self) -> None:
        if self.case_id is None or self.current_id is None:
            return
        vault, case_id, row_id = self._vault(), self.case_id, self.current_id
        before = next((r.as_input() for r in self.model.rows() if r.id == row_id), None)

        def done(_result: Any) -> None:
            if before is not None:
                self._set_undo((None, before), self.tr("Deleted."))
            self.reload()
            self.changed.emit()

        call_db(self, lambda: self.delete_row(vault, case_id, row_id), done)
