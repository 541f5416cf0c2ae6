"""Picking contacts and organisations from the address book inside the intake wizard.

`AddressBook` keeps the names of the address book (loaded through `run_db`) so the pages can show
a name for an id; `PickField` holds one choice, `PickList` several. Both open the network's
`ContactPicker` (search, or add someone on the spot) without blocking.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services.network import listing
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.network.picker import pick
from coordinator_app.ui.worker import run_db

translate = QCoreApplication.translate  # translate("Intake", "...") is what pyside6-lupdate finds

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class AddressBook(QObject):
    """Names and organisation types of the address book, by (kind, id)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: dict[tuple[str, int], listing.NetworkRow] = {}

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        vault = self.ctx.vault
        run_db(lambda _c: listing.list_network(vault), self._loaded, lambda exc: show_error(None, exc))

    def _loaded(self, rows: list[listing.NetworkRow]) -> None:
        self.rows = {(r.kind, r.id): r for r in rows}
        self.changed.emit()

    def clear(self) -> None:
        self.rows = {}
        self.changed.emit()

    def name(self, kind: str, item_id: int | None) -> str:
        """The name to show, name and organisation each bidi-isolated (an override in a name cannot
        reorder the label or row around it); the stored name is not changed."""
        if item_id is None:
            return ""
        row = self.rows.get((kind, item_id))
        if row is None:
            return translate("Intake", "(address book entry %1)").replace("%1", str(item_id))
        name = bidi_isolate(row.name)
        return f"{name} ({bidi_isolate(row.organisation)})" if row.organisation else name

    def org_type(self, kind: str, item_id: int | None) -> str:
        row = self.rows.get((kind, item_id)) if item_id is not None else None
        return (row.org_type or "") if row else ""


def _open_picker(ctx: AppContext, parent: QWidget, kind: str, on_picked: Any, multi: bool = False) -> None:
    """The address-book picker for one kind; `on_picked(id)` for each one chosen (several with `multi`)."""
    pick(ctx, parent, lambda picked_kind, item_id: on_picked(item_id) if picked_kind == kind else None, kinds=(kind,),
         multi=multi)


class PickField(QWidget):
    """One contact or organisation: its name, 'Choose…' (the address-book picker) and 'Clear'."""

    changed = Signal()

    def __init__(self, book: AddressBook, kind: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book, self.kind = book, kind
        self.setObjectName(name)
        self._id: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName(f"{name}_name")
        # a long name (a reporter of "Politie Oost-Nederland, AVIM (…)") wraps instead of widening the step
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(120)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton(translate("Intake", "Choose…"))
        self.choose.setObjectName(f"{name}_choose")
        self.choose.setAccessibleName(translate("Intake", "Choose from the address book"))
        self.clear_button = QPushButton(translate("Intake", "Clear"))
        self.clear_button.setObjectName(f"{name}_clear")
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.clear_button)
        self.choose.clicked.connect(lambda: _open_picker(book.ctx, self, kind, self._picked))
        self.clear_button.clicked.connect(lambda: self.set_value(None, notify=True))
        book.changed.connect(self._show)
        self._show()

    def _picked(self, item_id: int) -> None:
        if (self.kind, item_id) not in self.book.rows:
            self.book.reload()
        self.set_value(item_id, notify=True)

    def value(self) -> int | None:
        return self._id

    def set_value(self, item_id: int | None, notify: bool = False) -> None:
        self._id = item_id
        self._show()
        if notify:
            self.changed.emit()

    def _show(self) -> None:
        text = self.book.name(self.kind, self._id) if self._id is not None else translate("Intake", "(none)")
        self.label.setText(text)
        self.label.setToolTip(text if self._id is not None else "")
        self.clear_button.setEnabled(self._id is not None)


class IdListModel(QAbstractListModel):
    """The chosen ids with their names."""

    def __init__(self, book: AddressBook, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book, self.kind = book, kind
        self.ids: list[int] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        item_id = self.ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.book.name(self.kind, item_id)
        if role == ID_ROLE:
            return item_id
        return None

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = list(dict.fromkeys(ids))
        self.endResetModel()

    def refresh(self) -> None:
        if self.ids:
            self.dataChanged.emit(self.index(0), self.index(len(self.ids) - 1))


class PickList(QWidget):
    """Several contacts or organisations: a list with 'Add…' (the picker, several at once) and 'Remove'."""

    changed = Signal()

    def __init__(self, book: AddressBook, kind: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book, self.kind = book, kind
        self.setObjectName(name)
        self.model = IdListModel(book, kind, self)
        book.changed.connect(self.model.refresh)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QListView()
        self.view.setObjectName(f"{name}_list")
        self.view.setModel(self.model)
        self.view.setMaximumHeight(90)
        layout.addWidget(self.view, 1)
        buttons = QVBoxLayout()
        self.add = QPushButton(translate("Intake", "Add…"))
        self.add.setObjectName(f"{name}_add")
        self.remove = QPushButton(translate("Intake", "Remove"))
        self.remove.setObjectName(f"{name}_remove")
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add.clicked.connect(lambda: _open_picker(book.ctx, self, kind, self.add_id, multi=True))
        self.remove.clicked.connect(self._remove)

    def setAccessibleName(self, name: str) -> None:
        """The list inside carries the name too: it is what the keyboard focus lands on."""
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)

    def ids(self) -> list[int]:
        return list(self.model.ids)

    def set_ids(self, ids: list[int]) -> None:
        self.model.set_ids(ids)

    def add_id(self, item_id: int) -> None:
        if (self.kind, item_id) not in self.book.rows:
            self.book.reload()
        self.model.set_ids([*self.model.ids, item_id])
        self.changed.emit()

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            ids = list(self.model.ids)
            del ids[index.row()]
            self.model.set_ids(ids)
            self.changed.emit()
