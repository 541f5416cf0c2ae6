"""The "Network work" tab (deskundigheidsbevordering): training and awareness sessions given to partners and
contact moments with the network, with the counts per quarter that the quarterly report uses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.quarter import Quarter
from coordinator_app.services.network import contacts
from coordinator_app.services.network import outreach as nw
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.network.forms import action_button
from coordinator_app.ui.network.models import ROW_ROLE, MomentModel, RowTableModel, TrainingModel
from coordinator_app.ui.network.work_dialogs import MomentDialog, TrainingDialog
from coordinator_app.ui.worker import run_db


def _table(model: RowTableModel, name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMinimumSectionSize(90)
    view.verticalHeader().setDefaultSectionSize(26)
    return view


class WorkTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("networkWork")
        self.dialog: TrainingDialog | MomentDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Quarter:"))
        self.quarter = QComboBox()
        self.quarter.setObjectName("workQuarter")
        self.quarter.setAccessibleName(self.tr("Quarter"))
        label.setBuddy(self.quarter)
        for q in reversed(Quarter.current().trailing(8)):
            self.quarter.addItem(str(q), str(q))
        self.quarter.addItem(self.tr("All"), None)
        self.quarter.currentIndexChanged.connect(self.reload)
        top.addWidget(label)
        top.addWidget(self.quarter)
        self.counts = QLabel()
        self.counts.setObjectName("workCounts")
        self.counts.setWordWrap(True)  # a longer translation takes two lines
        self.counts.setProperty("role", "subheading")
        top.addWidget(self.counts, 1)
        layout.addLayout(top)
        head = QHBoxLayout()
        title = QLabel(self.tr("Training and awareness sessions"))
        title.setProperty("role", "subheading")
        title.setWordWrap(True)  # a heading and its buttons share the line; a narrow pane wraps the heading
        title.setMinimumWidth(160)
        head.addWidget(title, 1)
        self.new_training = action_button(self.tr("New &session…"), "newTraining", lambda: self.edit_training(None))
        self.edit_training_button = action_button(self.tr("E&dit…"), "editTraining", self._edit_selected_training)
        self.delete_training_button = action_button(self.tr("Delete"), "deleteTraining", self._delete_training)
        for b in (self.new_training, self.edit_training_button, self.delete_training_button):
            head.addWidget(b)
        layout.addLayout(head)
        self.trainings = TrainingModel(self)
        self.training_view = _table(self.trainings, "trainingList", self.tr("Training sessions"))
        self.training_view.doubleClicked.connect(lambda _i: self._edit_selected_training())
        layout.addWidget(self.training_view, 3)
        head2 = QHBoxLayout()
        title2 = QLabel(self.tr("Contact moments outside cases"))
        title2.setProperty("role", "subheading")
        title2.setWordWrap(True)
        title2.setMinimumWidth(160)
        head2.addWidget(title2, 1)
        self.new_moment = action_button(self.tr("New contact &moment…"), "newMoment", lambda: self.add_moment(None))
        self.delete_moment_button = action_button(self.tr("Delete"), "deleteMoment", self._delete_moment)
        head2.addWidget(self.new_moment)
        head2.addWidget(self.delete_moment_button)
        layout.addLayout(head2)
        self.moments = MomentModel(self)
        self.moment_view = _table(self.moments, "momentList", self.tr("Contact moments"))
        layout.addWidget(self.moment_view, 2)

    def _period(self) -> tuple[dt.date | None, dt.date | None]:
        code = self.quarter.currentData()
        if not code:
            return None, None
        q = Quarter.parse(code)
        return q.first_day, q.last_day

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        vault = self.ctx.vault
        first, last = self._period()

        def load(_control: Any) -> tuple[Any, ...]:
            trainings = nw.list_trainings(vault, first, last)
            moments = [m for m in nw.list_moments(vault) if (first is None or first <= m.on <= last)]
            counts = nw.network_counts(vault, first or dt.date(1900, 1, 1), last or dt.date(9999, 12, 31))
            return trainings, moments, counts

        run_db(load, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, result: tuple[Any, ...]) -> None:
        if not self.ctx.is_unlocked:
            return
        trainings, moments, counts = result
        self.trainings.set_rows(trainings)
        self.moments.set_rows(moments)
        self.counts.setText(
            self.tr("%1 sessions · %2 participants · %3 organisations reached")
            .replace("%1", str(counts["training_sessions"])).replace("%2", str(counts["training_participants"]))
            .replace("%3", str(counts["organisations_reached"])))

    def clear(self) -> None:
        self.trainings.clear()
        self.moments.clear()
        self.counts.clear()
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None

    # --- training sessions --------------------------------------------------------------------
    def _selected(self, view: QTableView, model: RowTableModel) -> Any:
        index = view.currentIndex()
        return model.data(index, ROW_ROLE) if index.isValid() else None

    def _edit_selected_training(self) -> None:
        row = self._selected(self.training_view, self.trainings)
        if row is not None:
            self.edit_training(row)

    def edit_training(self, row: nw.TrainingRow | None) -> None:
        vault = self.ctx.vault
        run_db(lambda _c: [(o.id, o.name) for o in contacts.list_organisations(vault)],
               lambda orgs: self._open_training(row, orgs), lambda exc: show_error(self, exc))

    def _open_training(self, row: nw.TrainingRow | None, orgs: list[tuple[int, str]]) -> None:
        if not self.ctx.is_unlocked:
            return
        dialog = TrainingDialog(orgs, row, self)
        self.dialog = dialog

        def save(data: nw.TrainingInput) -> None:
            vault = self.ctx.vault

            def work(_c: Any) -> None:
                if row is None:
                    nw.add_training(vault, data)
                else:
                    nw.update_training(vault, row.id, data)

            run_db(work, lambda _r: self._saved(dialog), dialog.failed)

        dialog.submitted.connect(save)
        dialog.open()

    def _saved(self, dialog: Any) -> None:
        dialog.saved()
        self.dialog = None
        self.ctx.notify("network_work", -1)
        self.reload()

    def _delete_training(self) -> None:
        row = self._selected(self.training_view, self.trainings)
        if row is not None:
            vault = self.ctx.vault
            run_db(lambda _c: nw.delete_training(vault, row.id), lambda _r: self.reload(),
                   lambda exc: show_error(self, exc))

    # --- contact moments -----------------------------------------------------------------------
    def add_moment(self, preset: tuple[str, int, str] | None) -> None:
        """Open the contact-moment dialog, optionally for a given (kind, id, name)."""
        if not self.ctx.is_unlocked:
            return
        dialog = MomentDialog(self.ctx, preset, self)
        self.dialog = dialog

        def save(data: nw.MomentInput) -> None:
            vault = self.ctx.vault
            run_db(lambda _c: nw.add_moment(vault, data), lambda _r: self._saved(dialog), dialog.failed)

        dialog.submitted.connect(save)
        dialog.open()

    def _delete_moment(self) -> None:
        row = self._selected(self.moment_view, self.moments)
        if row is not None:
            vault = self.ctx.vault
            run_db(lambda _c: nw.delete_moment(vault, row.id), lambda _r: self.reload(),
                   lambda exc: show_error(self, exc))
