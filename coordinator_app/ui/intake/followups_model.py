"""The table of follow-up steps: the options that fit the answers, ticked when chosen, with a due
date (and a start date for periods such as the reflection period) the user can change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from coordinator_app.domain.intake.content import Followup
from coordinator_app.domain.intake.flow import IntakeFlow
from coordinator_app.domain.intake.state import FollowupChoice
from coordinator_app.domain.validation import parse_date
from coordinator_app.ui.intake.book import AddressBook
from coordinator_app.ui.intake.common import fmt_date, lang, translate

Index = QModelIndex | QPersistentModelIndex
COL_TITLE, COL_DUE, COL_ORG, COL_START, COL_END = range(5)
CODE_ROLE = Qt.ItemDataRole.UserRole


class FollowupModel(QAbstractTableModel):
    choices_changed = Signal()

    def __init__(self, flow: IntakeFlow, book: AddressBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flow, self.book = flow, book
        self.options: list[Followup] = []
        book.changed.connect(self._names_changed)

    def reload(self) -> None:
        """The options that fit the answers, plus any chosen earlier that no longer fit."""
        self.beginResetModel()
        available = self.flow.available_followups()
        codes = {f.code for f in available}
        extra = [
            o
            for c in self.flow.state.followups.chosen
            if c.code not in codes and (o := self.flow.content.followup(c.code)) is not None
        ]
        self.options = available + extra
        self.endResetModel()

    def choice(self, code: str) -> FollowupChoice | None:
        return next((c for c in self.flow.state.followups.chosen if c.code == code), None)

    def option_at(self, row: int) -> Followup | None:
        return self.options[row] if 0 <= row < len(self.options) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.options)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("Intake", "Follow-up step"),
                translate("Intake", "Due date"),
                translate("Intake", "Organisation"),
                translate("Intake", "Start"),
                translate("Intake", "Ends"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        option = self.option_at(index.row()) if index.isValid() else None
        if option is None:
            return None
        choice, col = self.choice(option.code), index.column()
        if role == CODE_ROLE:
            return option.code
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_TITLE:
            return Qt.CheckState.Checked if choice else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return option.guidance.get(lang())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if col == COL_TITLE:
            return option.title.get(lang())
        if choice is None:
            return ""
        if col == COL_DUE:
            return fmt_date(choice.due_date)
        if col == COL_ORG:
            return self.book.name("organisation", choice.org_id) if choice.org_id is not None else ""
        if option.duration_months is None:
            return ""
        return fmt_date(choice.start_date) if col == COL_START else fmt_date(self.flow.period_end(choice))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        option = self.option_at(index.row()) if index.isValid() else None
        if option is None:
            return Qt.ItemFlag.NoItemFlags
        if index.column() == COL_TITLE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        chosen = self.choice(option.code) is not None
        if chosen and (index.column() == COL_DUE or (index.column() == COL_START and option.duration_months)):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        option = self.option_at(index.row()) if index.isValid() else None
        if option is None:
            return False
        chosen = self.flow.state.followups.chosen
        choice = self.choice(option.code)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_TITLE:
            checked = value if isinstance(value, bool) else Qt.CheckState(value) == Qt.CheckState.Checked
            if checked and choice is None:
                due = self.flow.today() + dt.timedelta(days=option.due_days)
                chosen.append(FollowupChoice(option.code, due, shelter_type=option.shelter_type or ""))
            elif not checked and choice is not None:
                chosen.remove(choice)
            else:
                return False
        elif role == Qt.ItemDataRole.EditRole and choice is not None and index.column() in (COL_DUE, COL_START):
            try:
                day = parse_date(value) if isinstance(value, str | dt.date) else None
            except ValueError:
                return False
            if index.column() == COL_DUE:
                if day is None:
                    return False
                choice.due_date = day
            else:
                choice.start_date = day
        else:
            return False
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(COL_END))
        self.choices_changed.emit()
        return True

    def _names_changed(self) -> None:
        if self.options:
            self.dataChanged.emit(self.index(0, COL_ORG), self.index(len(self.options) - 1, COL_ORG))
