"""Case tabs built on ListEditor: indicators (signalen), Journaal (quick add with Ctrl+Enter), Taken
(done/undone) and Netwerk (contacts and organisations from the address book with their role)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.db.vault import Vault
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import NotFound, ValidationError, current_language
from coordinator_app.services.cases import detail, involvements
from coordinator_app.services.cases import work as case_work
from coordinator_app.services.cases.detail import IndicatorInput, IndicatorRow
from coordinator_app.services.cases.involvements import InvolvementInput, InvolvementRow, NetworkItem
from coordinator_app.services.cases.work import JournalInput, JournalLine, TaskInput, TaskRow
from coordinator_app.services.intake.finish import ROLE_FOR_ORG_TYPE
from coordinator_app.ui.cases.common import call_db, code_combo, combo_code, compact_combo, fmt_date, label, set_combo
from coordinator_app.ui.cases.list_editor import ListEditor
from coordinator_app.ui.cases.tabs_route import _date_edit
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.i18n import numerus_suffix
from coordinator_app.ui.network.picker import SpaceToggles

KINDS = ("fact", "observation", "interpretation")


class IndicatorsPanel(ListEditor):
    name = "indicators"

    def table_title(self) -> str:
        return self.tr("Indicators seen")

    def kind_label(self, kind: str | None) -> str:
        return {"fact": self.tr("Fact"), "observation": self.tr("Observation"),
                "interpretation": self.tr("Interpretation")}.get(kind or "", kind or "")

    def columns(self):
        return [
            (self.tr("Indicator"), lambda r: r.text),
            (self.tr("Kind"), lambda r: self.kind_label(r.kind)),
            (self.tr("Source"), lambda r: r.source),
            (self.tr("Recorded"), lambda r: r.recorded_on),
        ]

    def build_form(self, form: QFormLayout) -> None:
        self.indicator = compact_combo(40)
        self.indicator.setObjectName("indicatorCode")
        self.indicator.addItem(self.tr("(choose an indicator)"), None)
        for code, group, text in detail.indicator_choices(current_language()):
            self.indicator.addItem(f"{group}: {text}", code)
        self.kind = QComboBox()
        self.kind.setObjectName("indicatorKind")
        for kind in KINDS:
            self.kind.addItem(self.kind_label(kind), kind)
        self.source = QLineEdit()
        self.source.setObjectName("indicatorSource")
        self.source.setPlaceholderText(self.tr("Who saw or said it"))
        self.add_field(form, self.tr("&Indicator"), self.indicator, "indicator_code")
        self.add_field(form, self.tr("&Kind"), self.kind, "kind")
        self.add_field(form, self.tr("Sou&rce"), self.source, "source")

    def fill(self, row: IndicatorRow | None) -> None:
        set_combo(self.indicator, row.indicator_code if row else None)
        set_combo(self.kind, (row.kind if row else None) or "observation")
        self.source.setText((row.source if row else None) or "")

    def collect(self) -> IndicatorInput:
        return IndicatorInput(indicator_code=combo_code(self.indicator), kind=combo_code(self.kind),
                              source=self.source.text())

    def load_rows(self, vault: Vault, case_id: int) -> list[IndicatorRow]:
        return detail.list_indicators(vault, case_id, current_language())

    def save_row(self, vault: Vault, case_id: int, data: IndicatorInput, row_id: int | None) -> int:
        return detail.save_indicator(vault, case_id, data, row_id)

    def delete_row(self, vault: Vault, case_id: int, row_id: int) -> None:
        detail.delete_indicator(vault, case_id, row_id)


class JournalTab(ListEditor):
    name = "journal"

    def table_title(self) -> str:
        return self.tr("Journal, newest first")

    def columns(self):
        return [(self.tr("Date"), lambda r: r.on), (self.tr("Note"), lambda r: r.text)]

    def build_form(self, form: QFormLayout) -> None:
        self.on = _date_edit("journalDate")
        self.text = QPlainTextEdit()
        self.text.setObjectName("journalText")
        self.text.setPlaceholderText(self.tr("Type a note and press Ctrl+Enter to add it"))
        self.text.setMaximumHeight(110)
        self.add_field(form, self.tr("&Date"), self.on, "on")
        self.add_field(form, self.tr("N&ote"), self.text, "text")
        self.table.setWordWrap(True)

    def fill(self, row: JournalLine | None) -> None:
        self.on.setText(fmt_date(row.on if row else dt.date.today()))
        self.text.setPlainText(row.text if row else "")
        if not row:
            self.text.setFocus()

    def collect(self) -> JournalInput:
        return JournalInput(text=self.text.toPlainText(), on=self.on.text())

    def load_rows(self, vault: Vault, case_id: int) -> list[JournalLine]:
        return case_work.list_journal(vault, case_id)

    def save_row(self, vault: Vault, case_id: int, data: JournalInput, row_id: int | None) -> int:
        if row_id is None:
            return case_work.add_journal(vault, case_id, data.text, data.on or None)
        case_work.update_journal(vault, case_id, row_id, data.text, data.on)
        return row_id

    def delete_row(self, vault: Vault, case_id: int, row_id: int) -> None:
        case_work.delete_journal(vault, case_id, row_id)


class TasksTab(ListEditor):
    name = "tasks"

    def table_title(self) -> str:
        return self.tr("Tasks")

    def columns(self):
        return [
            (self.tr("Done"), lambda r: "✓" if r.done_on else ""),
            (self.tr("Task"), lambda r: r.title),
            (self.tr("Due"), lambda r: r.due_on),
            (self.tr("Remind (days before)"), lambda r: r.remind_days_before or ""),
            (self.tr("Done on"), lambda r: r.done_on),
        ]

    def build_form(self, form: QFormLayout) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("taskTitle")
        self.due = _date_edit("taskDue")
        self.remind = QSpinBox()
        self.remind.setObjectName("taskRemind")
        self.remind.setRange(0, 365)
        numerus_suffix(self.remind, lambda n: self.tr("%n day(s) before", "", n))  # 1 dag, 2 dagen
        self.note = QLineEdit()
        self.note.setObjectName("taskNote")
        self.add_field(form, self.tr("Tas&k"), self.title, "title")
        self.add_field(form, self.tr("D&ue date"), self.due, "due_on")
        self.add_field(form, self.tr("&Reminder"), self.remind, "remind_days_before")
        self.add_field(form, self.tr("N&ote"), self.note, "note")
        self.done_button = QPushButton(self.tr("&Mark as done"))
        self.done_button.setObjectName("taskToggleDone")
        self.done_button.clicked.connect(self.toggle_done)
        form.addRow("", self.done_button)

    def fill(self, row: TaskRow | None) -> None:
        self.title.setText(row.title if row else "")
        self.due.setText(fmt_date(row.due_on if row else None))
        self.remind.setValue(row.remind_days_before if row else 0)
        self.note.setText((row.note if row else None) or "")
        self.done_button.setEnabled(row is not None)
        self._done = row is not None and row.done_on is not None
        self.done_button.setText(self.tr("Mark as open &again") if self._done else self.tr("&Mark as done"))

    def collect(self) -> TaskInput:
        return TaskInput(title=self.title.text(), due_on=self.due.text(), remind_days_before=self.remind.value(),
                         note=self.note.text())

    def toggle_done(self) -> None:
        if self.case_id is None or self.current_id is None:
            return
        vault, case_id, task_id, done = self._vault(), self.case_id, self.current_id, not self._done

        def finished(_r: Any) -> None:
            self.reload(select_id=task_id)
            self.changed.emit()

        call_db(self, lambda: case_work.set_task_done(vault, case_id, task_id, done), finished)

    def load_rows(self, vault: Vault, case_id: int) -> list[TaskRow]:
        return case_work.list_tasks(vault, case_id)

    def save_row(self, vault: Vault, case_id: int, data: TaskInput, row_id: int | None) -> int:
        if row_id is None:
            task_id = case_work.add_task(vault, case_id, data.title or "", data.due_on or None,
                                         remind_days_before=data.remind_days_before or 0, note=data.note)
            if data.done_on:  # restoring a deleted task that was done
                case_work.set_task_done(vault, case_id, task_id, True, data.done_on)
            return task_id
        case_work.update_task(vault, case_id, row_id, data)
        return row_id

    def delete_row(self, vault: Vault, case_id: int, row_id: int) -> None:
        case_work.delete_task(vault, case_id, row_id)


class NetworkPicker(QDialog):
    """Pick contacts and organisations from the address book (searchable; several at once with Ctrl/Shift+click
    or the arrow keys and Space, also across searches: those chosen stay chosen when the search changes)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkPicker")
        self.setWindowTitle(self.tr("Choose from the address book"))
        self._vault = vault
        self.chosen: NetworkItem | None = None  # the first chosen
        self.chosen_all: list[NetworkItem] = []
        self._chosen: dict[tuple[str, int], NetworkItem] = {}  # in the order chosen, earlier searches included
        self._restoring = False
        self.search = QLineEdit(self)
        self.search.setObjectName("pickerSearch")
        self.search.setAccessibleName(self.tr("Search the address book"))
        self.search.setPlaceholderText(self.tr("Search by name, organisation or function"))
        self.list = QListWidget(self)
        self.list.setObjectName("pickerList")
        self.list.setAccessibleName(self.tr("Contacts and organisations"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long lines elided, tool tip
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleDescription(self.tr("Ctrl+click, Shift+click or Space to choose several"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        SpaceToggles(self.list)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.list.itemSelectionChanged.connect(self._selection_changed)
        hint = QLabel(self.tr("To choose several: Ctrl+click or Shift+click, or the arrow keys and Space."), self)
        hint.setObjectName("pickerMultiHint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.search.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        text, vault = self.search.text(), self._vault

        def done(items: list[NetworkItem]) -> None:
            if text != self.search.text():
                return
            self._restoring = True
            try:
                self.list.clear()
                for item in items:
                    kind = self.tr("Contact") if item.kind == "contact" else self.tr("Organisation")
                    # each typed part isolated: an override in a name cannot reorder the line
                    extra = " – ".join(bidi_isolate(p) for p in (item.function, item.organisation) if p)
                    shown = f"{bidi_isolate(item.name)}  ({kind}{', ' + extra if extra else ''})"
                    entry = QListWidgetItem(shown)
                    entry.setData(Qt.ItemDataRole.UserRole, item)
                    entry.setToolTip(shown)
                    self.list.addItem(entry)
                    entry.setSelected((item.kind, item.id) in self._chosen)
                if self.list.count():  # current, not chosen: OK takes it only when nothing is chosen
                    self.list.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
            finally:
                self._restoring = False

        call_db(self, lambda: involvements.find_network(vault, text), done)

    def _selection_changed(self) -> None:
        if self._restoring:
            return
        for row in range(self.list.count()):  # rows of earlier searches, not shown now, stay as they are
            entry = self.list.item(row)
            item = entry.data(Qt.ItemDataRole.UserRole)
            if entry.isSelected():
                self._chosen.setdefault((item.kind, item.id), item)
            else:
                self._chosen.pop((item.kind, item.id), None)

    def accept(self) -> None:
        current = self.list.currentItem()
        self.chosen_all = list(self._chosen.values()) or (
            [current.data(Qt.ItemDataRole.UserRole)] if current is not None else [])
        self.chosen = self.chosen_all[0] if self.chosen_all else None
        super().accept()


class NetworkTab(ListEditor):
    name = "network"

    def table_title(self) -> str:
        return self.tr("Involved partners")

    def columns(self):
        return [
            (self.tr("Name"), lambda r: r.contact_name or r.organisation_name),
            (self.tr("Organisation"), lambda r: r.organisation_name if r.contact_name else ""),
            (self.tr("Role in this case"), lambda r: label("involvement_role", r.role)),
            (self.tr("Phone"), lambda r: r.phone),
            (self.tr("E-mail"), lambda r: r.email),
            (self.tr("Since"), lambda r: r.started_on),
        ]

    def build_form(self, form: QFormLayout) -> None:
        self.party: tuple[int | None, int | None] = (None, None)  # (contact id, organisation id)
        self.party_label = QLabel(self.tr("(nobody chosen)"))
        self.party_label.setObjectName("networkParty")
        self.party_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pick_button = QPushButton(self.tr("&Choose from address book…"))
        self.pick_button.setObjectName("networkPick")
        self.pick_button.clicked.connect(self.pick)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.party_label, 1)
        box.addWidget(self.pick_button)
        self.role = code_combo("involvement_role", name="networkRole")
        self.started = _date_edit("networkStarted")
        self.note = QLineEdit()
        self.note.setObjectName("networkNote")
        self.add_field(form, self.tr("Contact or org&anisation"), row, "contact_id")
        self.add_field(form, self.tr("&Role"), self.role, "role")
        self.add_field(form, self.tr("S&ince"), self.started, "started_on")
        self.add_field(form, self.tr("N&ote"), self.note, "note")

    def pick(self) -> None:
        dialog = NetworkPicker(self._vault(), self)
        self.picker = dialog

        def chosen() -> None:
            if len(dialog.chosen_all) > 1:
                self.add_parties(dialog.chosen_all)
            elif dialog.chosen:
                self.set_party(dialog.chosen)

        dialog.accepted.connect(chosen)
        dialog.open()

    def clear(self) -> None:
        picker = getattr(self, "picker", None)
        if picker is not None:
            picker.list.clear()
            picker.close()
            self.picker = None
        super().clear()

    def set_party(self, item: NetworkItem) -> None:
        """The chosen contact or organisation; its role follows from the organisation's type (a shelter is
        'Opvang', the police 'Contactpersoon politie'...) unless a role other than 'Anders' was chosen."""
        self.party = (item.id, None) if item.kind == "contact" else (None, item.id)
        self.party_label.setText(bidi_isolate(item.name))
        suggested = ROLE_FOR_ORG_TYPE.get(item.org_type or "")
        if suggested and (self.current_id is None or combo_code(self.role) in (None, "", "other")):
            set_combo(self.role, suggested)

    @staticmethod
    def role_for(item: NetworkItem) -> str:
        """The role of one of several parties picked at once: from its organisation's type (a shelter 'Opvang',
        the police 'Contactpersoon politie'...), else 'Anders' — each line's role can be changed afterwards."""
        return ROLE_FOR_ORG_TYPE.get(item.org_type or "") or "other"

    def add_parties(self, items: list[NetworkItem]) -> None:
        """Several parties picked at once: each becomes a new line of this case with its own role (and the
        form's start date and note); a party that cannot be saved is reported, those before it are kept."""
        if self.case_id is None:
            return
        vault, case_id, started, note = self._vault(), self.case_id, self.started.text(), self.note.text()
        lines = [InvolvementInput(contact_id=i.id if i.kind == "contact" else None,
                                  organisation_id=i.id if i.kind == "organisation" else None,
                                  role=self.role_for(i), started_on=started, note=note) for i in items]

        def work() -> tuple[list[int], Exception | None]:
            saved: list[int] = []
            try:
                for line in lines:
                    saved.append(involvements.save_involvement(vault, case_id, line, None))
            except (ValidationError, NotFound) as exc:  # shown below, after the list shows what was saved
                return saved, exc
            return saved, None

        def done(result: tuple[list[int], Exception | None]) -> None:
            saved, problem = result
            if saved:
                self.reload(select_id=saved[-1])
                self.changed.emit()
            if problem is not None and not (isinstance(problem, ValidationError) and self.errors.show(problem)):
                show_error(self, problem)

        call_db(self, work, done, self.errors)

    def fill(self, row: InvolvementRow | None) -> None:
        self.party = (row.contact_id or None, row.organisation_id or None) if row else (None, None)
        name = (row.contact_name or row.organisation_name) if row else None
        self.party_label.setText(name or self.tr("(nobody chosen)"))
        set_combo(self.role, row.role if row else None)
        self.started.setText(fmt_date(row.started_on if row else None))
        self.note.setText((row.note if row else None) or "")

    def collect(self) -> InvolvementInput:
        contact_id, organisation_id = self.party
        return InvolvementInput(contact_id=contact_id, organisation_id=organisation_id, role=combo_code(self.role),
                                started_on=self.started.text(), note=self.note.text())

    def load_rows(self, vault: Vault, case_id: int) -> list[InvolvementRow]:
        return involvements.list_involvements(vault, case_id)

    def save_row(self, vault: Vault, case_id: int, data: InvolvementInput, row_id: int | None) -> int:
        return involvements.save_involvement(vault, case_id, data, row_id)

    def delete_row(self, vault: Vault, case_id: int, row_id: int) -> None:
        involvements.delete_involvement(vault, case_id, row_id)
