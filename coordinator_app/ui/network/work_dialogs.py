"""Dialogs of the network-work tab: a training/awareness session and a contact moment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import ValidationError
from coordinator_app.services.network import contacts
from coordinator_app.services.network import outreach as nw
from coordinator_app.services.network.contacts import ContactRecord, OrganisationRecord
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.network import forms, labels
from coordinator_app.ui.network.picker import pick
from coordinator_app.ui.worker import run_db

Index = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate


class CheckListModel(QAbstractListModel):
    """A list of (id, name) with a check box per line (the organisations of a training session)."""

    def __init__(self, items: list[tuple[int, str]], checked: set[int], parent: Any = None) -> None:
        super().__init__(parent)
        self._items = list(items)
        self._checked = set(checked)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item_id, name = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the tip shows an elided name
            return bidi_isolate(name)  # an override in a name cannot reorder the list
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item_id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return item_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item_id = self._items[index.row()][0]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(item_id)
        else:
            self._checked.discard(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked_ids(self) -> list[int]:
        return [i for i, _ in self._items if i in self._checked]


class _WorkDialog(QDialog):
    submitted = Signal(object)

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.fields: dict[str, QWidget] = {}
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.outer.addLayout(self.form)
        self.errors = QLabel()
        self.errors.setObjectName("formErrors")
        self.errors.setProperty("role", "error")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

    def _finish(self) -> None:
        self.outer.addWidget(self.errors)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("NetworkDialogs", "&Save"))
        save.setObjectName("saveButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("NetworkDialogs", "Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.outer.addWidget(self.buttons)

    def _add(self, text: str, widget: QWidget, field: str) -> Any:
        self.fields[field] = forms.add_row(self.form, text, widget, field)
        return widget

    def value(self) -> Any:
        raise NotImplementedError

    def submit(self) -> None:
        self.submitted.emit(self.value())

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.errors:
            forms.show_errors(exc, self.fields, self.errors)
        else:
            show_error(self, exc)

    def saved(self) -> None:
        self.accept()


class TrainingDialog(_WorkDialog):
    def __init__(
        self, organisations: list[tuple[int, str]], row: nw.TrainingRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit session") if row else self.tr("New training or awareness session"), parent)
        self.setObjectName("trainingDialog")
        self.resize(560, 600)
        self.held_on = self._add(self.tr("&Date"), forms.date_line(row.held_on if row else dt.date.today()), "held_on")
        self.topic = self._add(self.tr("&Topic"), forms.line(row.topic if row else ""), "topic")
        self.participants = self._add(self.tr("&Participants"), QSpinBox(), "participants")
        self.participants.setRange(0, 100_000)
        self.participants.setValue(row.participants if row else 0)
        self.orgs = CheckListModel(organisations, set(row.organisation_ids if row else ()), self)
        self.org_view = QListView()
        self.org_view.setModel(self.orgs)
        self.org_view.setMinimumHeight(200)
        self.org_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long names elided
        self.org_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._add(self.tr("Organisations &reached"), self.org_view, "organisation_ids")
        self.notes = self._add(self.tr("N&otes"), QPlainTextEdit(row.notes or "" if row else ""), "notes")
        self.notes.setMaximumHeight(90)
        self._finish()

    def value(self) -> nw.TrainingInput:
        return nw.TrainingInput(
            self.held_on.text(),
            self.topic.text(),
            self.participants.value(),
            self.orgs.checked_ids(),
            self.notes.toPlainText(),
        )


class MomentDialog(_WorkDialog):
    """A contact moment with a person or organisation chosen with the ContactPicker."""

    def __init__(self, ctx: AppContext, preset: tuple[str, int, str] | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New contact moment"), parent)
        self.setObjectName("momentDialog")
        self.resize(520, 360)
        self.ctx = ctx
        self.target: tuple[str, int] | None = None
        self.on = self._add(self.tr("&Date"), forms.date_line(dt.date.today()), "on")
        self.kind = self._add(self.tr("&Kind"), forms.combo(list(labels.moment_kinds().items()), "meeting"), "kind")
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.target_label = QLabel(self.tr("(nobody chosen)"))
        self.target_label.setObjectName("momentTarget")
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setObjectName("momentChoose")
        self.choose.setAccessibleName(self.tr("Choose contact or organisation"))
        self.choose.clicked.connect(self._pick)
        row.addWidget(self.target_label, 1)
        row.addWidget(self.choose)
        self._add(self.tr("&With"), box, "contact_id")
        self.note = self._add(self.tr("&Note"), QPlainTextEdit(), "note")
        self._finish()
        if preset:
            self.set_target(*preset)

    def _pick(self) -> None:
        self.picker = pick(self.ctx, self, lambda kind, item_id: self._picked(kind, item_id))

    def _picked(self, kind: str, item_id: int) -> None:
        vault = self.ctx.vault
        getter = contacts.get_contact if kind == "contact" else contacts.get_organisation

        def shown(values: ContactRecord | OrganisationRecord) -> None:
            if isinstance(values, OrganisationRecord):
                name = values.name
            else:
                name = " ".join(filter(None, (values.first_name, values.last_name)))
            self.set_target(kind, item_id, name)

        run_db(lambda _c: getter(vault, item_id), shown, lambda exc: show_error(self, exc))

    def set_target(self, kind: str, item_id: int, name: str) -> None:
        self.target = (kind, item_id)
        self.target_label.setText(bidi_isolate(name))

    def value(self) -> nw.MomentInput:
        kind, item_id = self.target or ("", None)
        return nw.MomentInput(
            self.on.text(),
            self.kind.currentData(),
            organisation_id=item_id if kind == "organisation" else None,
            contact_id=item_id if kind == "contact" else None,
            note=self.note.toPlainText(),
        )
