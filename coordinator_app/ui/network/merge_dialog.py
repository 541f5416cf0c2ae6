"""Merging duplicates: the groups found (same name and organisation, phone or e-mail; below them the names
that only resemble each other, "lijkt op", as every picker finds them) on the left, the entries of the
chosen group on the right; the user picks the one to keep and every other one is merged
into it. Every case link moves over (services/network/duplicates.py)."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services.network.duplicates import DuplicateGroup
from coordinator_app.services.network.listing import NetworkRow
from coordinator_app.ui.network.models import ROW_ROLE, RowTableModel

Group = tuple[DuplicateGroup, list[NetworkRow]]


def _reasons(group: DuplicateGroup) -> str:
    names = {"name": QCoreApplication.translate("MergeDialog", "name"),
             "phone": QCoreApplication.translate("MergeDialog", "phone"),
             "email": QCoreApplication.translate("MergeDialog", "e-mail"),
             "similar_name": QCoreApplication.translate("MergeDialog", "looks like")}
    return ", ".join(names.get(r, r) for r in group.reasons)


class GroupModel(RowTableModel):
    def headers(self) -> list[str]:
        return [QCoreApplication.translate("MergeDialog", "Entries"), QCoreApplication.translate("MergeDialog", "Same")]

    def cell(self, row: Group, column: int) -> Any:
        group, rows = row
        return " / ".join(bidi_isolate(r.name) for r in rows) if column == 0 else _reasons(group)


class MergeDialog(QDialog):
    merge_requested = Signal(str, int, list)  # kind, id to keep, ids to merge into it

    def __init__(self, groups: list[Group], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.setModal(True)
        self.resize(980, 520)
        layout = QVBoxLayout(self)
        self.confirm_box: QMessageBox | None = None  # "merge these?" (tests answer it)
        self._last: tuple[str, list[str]] | None = None  # the name kept and the names merged, for the result line
        intro = QLabel(self.tr("These entries look like the same person or organisation. Choose the entry to keep: "
                               "the others are merged into it. Empty fields are filled in, notes are kept, and every "
                               "link to a case moves to the entry you keep."))
        self.intro = intro
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        self.model = GroupModel(self)
        self.model.set_rows(groups)
        self.view = QTableView()
        self.view.setObjectName("duplicateGroups")
        self.view.setAccessibleName(self.tr("Possible duplicates"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().selectionChanged.connect(self._group_chosen)
        body.addWidget(self.view, 3)
        right = QVBoxLayout()
        keep_label = QLabel(self.tr("Keep:"))
        keep_label.setProperty("role", "subheading")
        right.addWidget(keep_label)
        self.choices = QVBoxLayout()
        right.addLayout(self.choices)
        right.addStretch(1)
        self.merge_button = QPushButton(self.tr("&Merge into the chosen entry"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setProperty("primary", True)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self._merge)
        right.addWidget(self.merge_button)
        body.addLayout(right, 2)
        self.body = QWidget()
        self.body.setLayout(body)
        layout.addWidget(self.body, 1)
        self.empty = QLabel(self.tr("No duplicates found: no two entries share a name within the same organisation, "
                                    "a phone number or an e-mail address, and no two names look alike. To merge two "
                                    "entries yourself, select both in the list and choose Merge duplicates again."))
        self.empty.setObjectName("noDuplicates")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        layout.addWidget(self.empty, 1)
        self.result = QLabel()  # what the last merge did
        self.result.setObjectName("mergeResult")
        self.result.setWordWrap(True)
        self.result.setVisible(False)
        layout.addWidget(self.result)
        self._show_empty(not groups)
        close = QPushButton(self.tr("&Close"))
        close.setObjectName("closeButton")
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.keep = QButtonGroup(self)
        if groups:
            self.view.selectRow(0)

    def _show_empty(self, empty: bool) -> None:
        self.body.setVisible(not empty)
        self.intro.setVisible(not empty)  # the intro speaks of entries found: not when there are none
        self.empty.setVisible(empty)
        if empty:
            self.resize(640, 200)

    def _group_chosen(self, _selected: QItemSelection | None = None, _old: QItemSelection | None = None) -> None:
        for button in self.keep.buttons():
            self.keep.removeButton(button)
            button.deleteLater()
        row = self.current_group()
        self.merge_button.setEnabled(row is not None)
        if row is None:
            return
        for i, entry in enumerate(row[1]):
            details = " · ".join(filter(None, (entry.organisation if entry.kind == "contact" else "", entry.phone,
                                               entry.email)))
            name = bidi_isolate(entry.name)  # an override in a name cannot reorder the details
            radio = QRadioButton(f"{name}\n{bidi_isolate(details)}" if details else name)
            radio.setObjectName(f"keep_{entry.id}")
            radio.setAccessibleName(bidi_isolate(entry.name))
            radio.setProperty("item_id", entry.id)
            radio.setChecked(i == 0)
            self.keep.addButton(radio)
            self.choices.addWidget(radio)
        chain = [self.view, *self.keep.buttons(), self.merge_button]
        for first, second in itertools.pairwise(chain):  # Tab: the list, the choice, then Merge
            QWidget.setTabOrder(first, second)

    def current_group(self) -> Group | None:
        index = self.view.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _merge(self) -> None:
        row = self.current_group()
        checked = self.keep.checkedButton()
        if row is None or checked is None:
            return
        keep = int(checked.property("item_id"))
        kept_name = next(r.name for r in row[1] if r.id == keep)
        kept = bidi_isolate(kept_name)
        others = [r for r in row[1] if r.id != keep]
        names = ", ".join(f"“{bidi_isolate(r.name)}”" for r in others)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge duplicates"),
                          self.tr("Merge %1 into “%2”? The merged entries are removed; this cannot be undone.")
                          .replace("%1", names).replace("%2", kept),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("mergeConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Merge"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            self.confirm_box = None
            if button != QMessageBox.StandardButton.Yes:
                return
            self._last = (kept_name, [r.name for r in others])
            self.merge_button.setEnabled(False)
            self.merge_requested.emit(row[0].kind, keep, [r.id for r in others])

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def merged(self) -> None:
        """The page merged the current group: take it off the list and say what was merged."""
        if self._last is not None:
            kept, names = self._last
            self.result.setText(self.tr("Merged into “%1”: %2.").replace("%1", bidi_isolate(kept))
                                .replace("%2", ", ".join(map(bidi_isolate, names))))
            self.result.setVisible(True)
            self._last = None
        row = self.view.currentIndex().row()
        rows = self.model.rows()
        if 0 <= row < len(rows):
            del rows[row]
        self.model.set_rows(rows)
        self._show_empty(not rows)
        if not rows:
            self.empty.setText(self.tr("No other duplicates left."))
        if rows:
            self.view.selectRow(min(row, len(rows) - 1))
        else:
            self._group_chosen()
