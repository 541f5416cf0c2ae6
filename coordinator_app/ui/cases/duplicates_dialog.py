"""Duplicate review: persons in the vault who are probably the same (services/case_merge.likely_duplicates,
on the vault worker), each pair with case numbers, names as stored, status, date of birth and why.
"Samenvoegen…" first says exactly what moves (case_merge.merge_plan) and which file stays, then merges.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from coordinator_app import codes
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import current_language
from coordinator_app.services.cases import merge
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.worker import run_db

PairRole = Qt.ItemDataRole.UserRole + 1


class DuplicateReviewDialog(QDialog):
    merged = Signal(int)  # the kept case id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duplicateReview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Possible duplicate persons"))
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "These files may be about the same person (the same or a similar name in any spelling, and no "
            "different date of birth). Check each pair; merge only when you are sure."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Name"), self.tr("Status"), self.tr("Case"), self.tr("Name"), self.tr("Status"),
            self.tr("Why"),
        ])
        self.view = QTableView(objectName="duplicatePairs")
        self.view.setAccessibleName(self.tr("Possible duplicate persons"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        for column in (1, 4):
            self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self.status = QLabel(objectName="duplicateStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge…"), objectName="duplicateMerge")
        self.merge_button.setToolTip(self.tr("The first file stays; the second is added to it."))
        self.merge_button.setEnabled(False)
        close = QPushButton(self.tr("Close"), objectName="duplicateClose")
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        close.clicked.connect(self.reject)
        self.merge_button.clicked.connect(self.ask_merge)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: self.merge_button.setEnabled(self.view.selectionModel().hasSelection()))
        ctx.locked.connect(self.reject)
        self.confirm: QMessageBox | None = None
        self.reload()

    # --- the list -----------------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.status.setText(self.tr("Looking for possible duplicates…"))
        vault = self.ctx.vault
        run_db(lambda _c: merge.likely_duplicates(vault), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if Shiboken.isValid(self):
            show_error(self, exc)

    def _reasons(self, pair: merge.DuplicatePair) -> str:
        words = {"same_name": self.tr("same name"), "similar_name": self.tr("looks like"),
                 "date_of_birth": self.tr("same date of birth")}
        return ", ".join(words[r] for r in pair.reasons)

    def _show(self, pairs: list[merge.DuplicatePair]) -> None:
        if not Shiboken.isValid(self) or not self.ctx.is_unlocked:
            return
        self.model.removeRows(0, self.model.rowCount())
        lang = current_language()
        for pair in pairs:
            cells = []
            for m in (pair.first, pair.second):
                born = f" ({m.date_of_birth.strftime('%d-%m-%Y')})" if m.date_of_birth else ""
                # an override in a name cannot reorder the row; the stored name is not changed
                cells += [bidi_isolate(m.case_number), bidi_isolate(m.name) + born,
                          codes.label("status", m.status, lang)]
            items = [QStandardItem(t) for t in (*cells, self._reasons(pair))]
            items[0].setData((pair.first.case_id, pair.second.case_id), PairRole)
            self.model.appendRow(items)
        self.view.resizeColumnsToContents()
        if pairs:
            self.view.selectRow(0)
            self.status.setText(self.tr("%1 possible duplicates.").replace("%1", str(len(pairs))))
        else:
            self.status.setText(self.tr("No possible duplicates found."))

    def selected_pair(self) -> tuple[int, int] | None:
        rows = self.view.selectionModel().selectedRows(0)
        return rows[0].data(PairRole) if rows else None

    # --- merging ------------------------------------------------------------------------------------

    def plan_text(self, plan: merge.MergePlan) -> str:
        kinds = {
            "journal": self.tr("journal lines"), "tasks": self.tr("tasks"), "documents": self.tr("documents"),
            "milestones": self.tr("milestones"), "consents": self.tr("consents"), "links": self.tr("links"),
            "indicators": self.tr("indicators"), "drafts": self.tr("intake drafts"),
        }
        moving = [f"{n} {kinds[k]}" for k, n in plan.counts.items() if n]
        if plan.other_forms:
            moving.append(f"{plan.other_forms} {self.tr('other forms of exploitation')}")
        lines = [
            self.tr("Case %1 is added to case %2 and then removed. Case %2 stays.")
            .replace("%1", bidi_isolate(plan.absorb_number)).replace("%2", bidi_isolate(plan.keep_number)),
            self.tr("Moves: %1.").replace("%1", ", ".join(moving) if moving else self.tr("nothing else")),
        ]
        if plan.names:
            lines.append(self.tr("These names become other spellings of the person: %1.")
                         .replace("%1", "; ".join(map(bidi_isolate, plan.names))))
        lines.append(self.tr("The signal date, status and texts of case %1 (and details that differ) are written "
                             "into one journal line of case %2. The merge is recorded in the audit log.")
                     .replace("%1", bidi_isolate(plan.absorb_number)).replace("%2", bidi_isolate(plan.keep_number)))
        return "\n\n".join(lines)

    def ask_merge(self) -> None:
        pair = self.selected_pair()
        if pair is None or not self.ctx.is_unlocked:
            return
        keep, absorb = pair
        vault = self.ctx.vault
        run_db(lambda _c: merge.merge_plan(vault, keep, absorb), self._confirm, self._failed)

    def _confirm(self, plan: merge.MergePlan) -> None:
        if not Shiboken.isValid(self):
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge two files?"), self.plan_text(plan),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("duplicateMergeConfirm")
        yes = box.addButton(self.tr("&Merge"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("duplicateMergeYes")
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.buttons()[-1])  # type: ignore[arg-type]
        self.confirm = box

        def answered(_result: int) -> None:
            if box.clickedButton() is yes:
                self._merge(plan)
            self.confirm = None

        box.finished.connect(answered)
        box.open()

    def _merge(self, plan: merge.MergePlan) -> None:
        vault = self.ctx.vault

        def done(_plan: merge.MergePlan) -> None:
            if not Shiboken.isValid(self):
                return
            self.ctx.notify("case", plan.keep_id)
            self.merged.emit(plan.keep_id)
            self.reload()

        run_db(lambda _c: merge.merge_cases(vault, plan.keep_id, plan.absorb_id), done, self._failed)
