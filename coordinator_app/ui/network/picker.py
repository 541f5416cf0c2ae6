"""ContactPicker: choose a person or organisation from the address book, or add one on the spot.

For the case screens and the intake wizard:

    picker = ContactPicker(ctx, parent, kinds=("contact", "organisation"))
    picker.picked.connect(lambda kind, item_id: ...)   # kind is "contact" or "organisation"
    picker.open()                                      # non-blocking

With `multi=True` several can be chosen at once (Ctrl/Shift+click, Space toggles the current row), also
across searches (type one name, choose, type the next: the first stays chosen); `picked` is emitted for
each, in the order they were chosen, then `pickedMany` once with all (kind, id) pairs.
`pick(ctx, parent, on_picked, kinds)` does the same in one call and returns the picker.

The search is the one every picker uses (services/person_search.find_in_network): entries the text finds
first, then names that only resemble it, marked "lijkt op" and kept below the others in every sort order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services.network import listing
from coordinator_app.services.network.contacts import ContactInput, OrganisationInput
from coordinator_app.services.search import persons
from coordinator_app.services.search.index import MAX_QUERY
from coordinator_app.ui import fit
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.network.editing import Editor
from coordinator_app.ui.network.models import ROW_ROLE, SORT_ROLE, NetworkTableModel
from coordinator_app.ui.worker import run_db


class PickerModel(NetworkTableModel):
    """The address book with the entries whose name only resembles the search marked "lijkt op"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.similar: set[tuple[str, int]] = set()

    def set_matches(self, matches: list[persons.NetworkMatch]) -> None:
        self.similar = {(m.row.kind, m.row.id) for m in matches if m.similar}
        self.set_rows([m.row for m in matches])

    def clear(self) -> None:
        self.similar = set()
        super().clear()

    def is_similar(self, row: listing.NetworkRow) -> bool:
        return (row.kind, row.id) in self.similar

    def cell(self, row: listing.NetworkRow, column: int) -> Any:
        if column == self.NAME and self.is_similar(row):
            return self.tr("looks like: %1").replace("%1", bidi_isolate(row.name))
        return super().cell(row, column)


class PickerProxy(QSortFilterProxyModel):
    """Sorts by the column chosen, with the "lijkt op" entries always below the others."""

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # type: ignore[override]
        model = self.sourceModel()
        if isinstance(model, PickerModel):
            a, b = (model.is_similar(model.row_at(i.row())) for i in (left, right))
            if a != b:
                return a if self.sortOrder() == Qt.SortOrder.DescendingOrder else b
            if a and b:
                rows = model.rows()  # both resemble: best first, as found
                first = rows.index(model.row_at(left.row())) < rows.index(model.row_at(right.row()))
                return first if self.sortOrder() == Qt.SortOrder.AscendingOrder else not first
        return super().lessThan(left, right)


class SpaceToggles(QObject):
    """Installed on a multi-select item view: Space toggles the current row's selection (Qt's own Space
    selects only), so several rows can be picked with the keyboard alone (arrows + Space)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Space
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier)):
            index = self.view.currentIndex()
            if index.isValid():
                flags = QItemSelectionModel.SelectionFlag.Toggle | QItemSelectionModel.SelectionFlag.Rows
                self.view.selectionModel().select(index, flags)
            return True
        return super().eventFilter(watched, event)


class ContactPicker(QDialog):
    picked = Signal(str, int)  # ("contact" | "organisation", id)
    pickedMany = Signal(list)  # [(kind, id), ...] once after the picked signals (also for one)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 kinds: tuple[str, ...] = ("contact", "organisation"), allow_add: bool = True,
                 multi: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kinds = kinds
        self.multi = multi
        self.setObjectName("contactPicker")
        self.setWindowTitle(self.tr("Choose from the address book"))
        self.setModal(True)
        self.resize(760, 520)
        self.editor = Editor(ctx, self)
        self.editor.saved.connect(self._added)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Search:"))
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setMaxLength(MAX_QUERY)
        self.search.setAccessibleName(self.tr("Search the address book"))
        self.search.setPlaceholderText(self.tr("Name, organisation, function, phone, e-mail…"))
        self.search.setClearButtonEnabled(True)
        label.setBuddy(self.search)
        top.addWidget(label)
        top.addWidget(self.search, 1)
        self.kind = QComboBox()
        self.kind.setObjectName("pickerKind")
        self.kind.setAccessibleName(self.tr("Show"))
        if len(kinds) > 1:
            self.kind.addItem(self.tr("People and organisations"), "all")
        if "contact" in kinds:
            self.kind.addItem(self.tr("People"), "contact")
        if "organisation" in kinds:
            self.kind.addItem(self.tr("Organisations"), "organisation")
        top.addWidget(self.kind)
        layout.addLayout(top)
        self.model = PickerModel(self)
        self.proxy = PickerProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("pickerList")
        self.view.setAccessibleName(self.tr("Address book"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NetworkTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        if multi:
            self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            SpaceToggles(self.view)
            self.view.setAccessibleDescription(self.tr("Ctrl+click, Shift+click or Space to choose several"))
        else:
            self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 150, 190, 100)):
            self.view.horizontalHeader().resizeSection(column, width)
        fit.keep_columns_fitted(self.view)  # long names elided with a tool tip, no sideways scrolling
        self.view.doubleClicked.connect(self._choose_index)
        self.view.activated.connect(self._choose_index)
        layout.addWidget(self.view, 1)
        if multi:
            hint = QLabel(self.tr("To choose several: Ctrl+click or Shift+click, or the arrow keys and Space."))
            hint.setObjectName("pickerMultiHint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.add_person = QPushButton(self.tr("New &person…"))
        self.add_person.setObjectName("pickerAddPerson")
        self.add_org = QPushButton(self.tr("New &organisation…"))
        self.add_org.setObjectName("pickerAddOrganisation")
        self.add_person.clicked.connect(
            lambda: self.editor.open("contact", None, ContactInput(last_name=self.search.text())))
        self.add_org.clicked.connect(
            lambda: self.editor.open("organisation", None, OrganisationInput(name=self.search.text())))
        for button, kind in ((self.add_person, "contact"), (self.add_org, "organisation")):
            button.setVisible(allow_add and kind in kinds)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.choose_button = QPushButton(self.tr("&Choose"))
        self.choose_button.setObjectName("pickerChoose")
        self.choose_button.setProperty("primary", True)
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self._choose_selected)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("pickerCancel")
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, activated=self.view.setFocus)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.kind.currentIndexChanged.connect(self.reload)
        self._chosen: dict[tuple[str, int], listing.NetworkRow] = {}  # multi: in the order chosen
        self._restoring = False
        if multi:
            self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.locked.connect(self._on_locked)
        self.reload()

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        vault = self.ctx.vault
        kind = self.kind.currentData() or "all"
        flt = listing.NetworkFilter(text=self.search.text(), kind=kind)

        kinds = self.kinds

        def load(_control: Any) -> list[persons.NetworkMatch]:
            return persons.find_in_network(vault, flt, kinds)

        run_db(load, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, matches: list[persons.NetworkMatch]) -> None:
        if not Shiboken.isValid(self) or not self.ctx.is_unlocked:  # closed (and deleted) while loading
            return
        if not self.multi:
            self.model.set_matches(matches)
            if matches:
                self.view.selectRow(0)
            return
        self._restoring = True  # a new result list: those chosen before are chosen again where they show
        try:
            self.model.set_matches(matches)
            selection = self.view.selectionModel()
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            for r in range(self.proxy.rowCount()):
                row = self.proxy.data(self.proxy.index(r, 0), ROW_ROLE)
                if row is not None and (row.kind, row.id) in self._chosen:
                    selection.select(self.proxy.index(r, 0), flags)
            if matches:  # the first row is current (Space chooses it, Enter takes it when nothing is chosen)
                selection.setCurrentIndex(self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._restoring = False
        self._show_count()

    def selected_rows(self) -> list[listing.NetworkRow]:
        """What Choose takes: everything chosen (multi, in the order chosen), else the current row."""
        if self.multi and self._chosen:
            return list(self._chosen.values())
        index = self.view.currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return [row] if row is not None else []

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        """Keep the chosen rows, those of earlier searches included (a row only leaves when deselected)."""
        if self._restoring:
            return
        for index in deselected.indexes():
            row = self.proxy.data(index, ROW_ROLE) if index.column() == 0 else None
            if row is not None:
                self._chosen.pop((row.kind, row.id), None)
        for index in selected.indexes():
            row = self.proxy.data(index, ROW_ROLE) if index.column() == 0 else None
            if row is not None:
                self._chosen.setdefault((row.kind, row.id), row)
        self._show_count()

    def _show_count(self) -> None:
        count = len(self._chosen)
        self.choose_button.setText(self.tr("&Choose (%n)", "", count) if count > 1 else self.tr("&Choose"))

    def _choose_selected(self) -> None:
        self._emit([(row.kind, row.id) for row in self.selected_rows()])

    def _choose_index(self, index: QModelIndex) -> None:
        """Enter or a double click: in a multi-select list with something chosen, everything chosen."""
        if self.multi and self._chosen:
            self._choose_selected()
            return
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        if row is not None:
            self._emit([(row.kind, row.id)])

    def _emit(self, chosen: list[tuple[str, int]]) -> None:
        if not chosen:
            return
        for kind, item_id in chosen:
            self.picked.emit(kind, item_id)
        self.pickedMany.emit(chosen)
        self.accept()

    def _added(self, kind: str, item_id: int) -> None:
        self._emit([(kind, item_id)])

    def _on_locked(self) -> None:
        self._chosen.clear()
        self.model.clear()
        self.search.clear()
        self.editor.close()
        self.reject()


def pick(ctx: AppContext, parent: QWidget | None, on_picked: Callable[[str, int], None],
         kinds: tuple[str, ...] = ("contact", "organisation"), multi: bool = False) -> ContactPicker:
    """Open a picker (non-blocking); `on_picked(kind, id)` is called for each one the user chose or added
    (several with `multi`)."""
    picker = ContactPicker(ctx, parent, kinds, multi=multi)
    picker.picked.connect(on_picked)
    picker.finished.connect(picker.deleteLater)
    picker.open()
    return picker
