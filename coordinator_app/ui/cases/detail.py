"""The case detail: a header (case number, name, status, status change, save) and ten tabs.

Case and person fields (Overzicht, Persoon, Uitbuiting & signalen) are saved together with Save
(Ctrl+S); leaving with unsaved edits asks first. The list tabs save each action at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.db.vault import Vault
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import current_language
from coordinator_app.services.cases import detail, involvements, store, work
from coordinator_app.services.cases.listing import display_name
from coordinator_app.ui import theme
from coordinator_app.ui.cases.close_dialog import CloseCaseDialog
from coordinator_app.ui.cases.common import FieldErrors, call_db, combo_code, fmt_date, label
from coordinator_app.ui.cases.forms import CaseForms
from coordinator_app.ui.cases.tabs_docs import AuditTab, DocumentsTab
from coordinator_app.ui.cases.tabs_route import ConsentTab, RouteTab
from coordinator_app.ui.cases.tabs_work import IndicatorsPanel, JournalTab, NetworkTab, TasksTab
from coordinator_app.ui.flow import FlowLayout
from coordinator_app.ui.page import build_later

STATE_MARK = {"done": "✓", "planned": "◔", "declined": "✗", "not_applicable": "–", "todo": "○"}
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1  # a next task past its due date: drawn in the warning colour


class CaseDetail(QWidget):
    back_requested = Signal()
    case_changed = Signal(int)
    exported = Signal(str)
    route: RouteTab  # the tabs that load their own data (`_add_part`)
    consent: ConsentTab
    indicators: IndicatorsPanel
    journal: JournalTab
    tasks: TasksTab
    network: NetworkTab
    documents: DocumentsTab
    audit: AuditTab

    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self._vault = vault
        self.case_id: int | None = None
        self.record: store.CaseRecord | None = None
        self.dirty = False
        self.errors = FieldErrors()
        self.forms = CaseForms(self.errors, self)
        self.forms.edited.connect(self._mark_dirty)

        self.back = QPushButton(self.tr("← &Back to the list"), self)
        self.back.setObjectName("caseBack")
        self.back.clicked.connect(lambda: self.maybe_leave(self.back_requested.emit))
        self.heading = QLabel(self)
        self.heading.setObjectName("caseHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
        self.status_label = QLabel(self)
        self.status_label.setObjectName("caseStatus")
        self.status_button = QToolButton(self)
        self.status_button.setObjectName("caseStatusButton")
        self.status_button.setText(self.tr("Change s&tatus"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setObjectName("caseSave")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_button = QPushButton(self.tr("E&xport for the person…"), self)
        self.export_button.setObjectName("caseExport")
        self.export_button.setToolTip(self.tr("Everything stored about this person, as a PDF to read or a JSON "
                                              "file (access request, GDPR articles 15 and 20)"))
        self.export_button.clicked.connect(self.choose_export)
        header = QHBoxLayout()
        header.addWidget(self.back)
        header.addSpacing(12)
        header.addWidget(self.heading)
        header.addWidget(self.status_label)
        actions = FlowLayout(align=Qt.AlignmentFlag.AlignRight)  # wraps onto a second line on a narrow screen
        for button in (self.status_button, self.export_button, self.save_button):
            actions.addWidget(button)
        header.addLayout(actions, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        # each tab is a step of its own when the main window builds the pages in the background
        build_later(lambda: self._add_tab(self._overview_tab(), self.tr("Overview")))
        build_later(lambda: self._add_tab(self.forms.build_person(), self.tr("Person")))

        def indicators() -> None:
            self.indicators = IndicatorsPanel(vault)
            self.indicators.changed.connect(self._part_changed)

        build_later(indicators)
        build_later(lambda: self._add_tab(self._exploitation_tab(), self.tr("Exploitation && signals")))
        for name, make, title in (
            ("route", RouteTab, self.tr("Route")), ("consent", ConsentTab, self.tr("Consent")),
            ("journal", JournalTab, self.tr("Journal")), ("tasks", TasksTab, self.tr("Tasks")),
            ("network", NetworkTab, self.tr("Network")), ("documents", DocumentsTab, self.tr("Documents")),
            ("audit", AuditTab, self.tr("Audit")),
        ):
            build_later(lambda name=name, make=make, title=title: self._add_part(name, make(vault), title))
        build_later(lambda: self.tabs.currentChanged.connect(self._tab_shown))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    # --- tabs ------------------------------------------------------------------------------------

    def _add_tab(self, widget: QWidget, title: str) -> None:
        index = self.tabs.addTab(widget, title)
        widget.setObjectName(widget.objectName() or f"caseTab{index}")

    def _add_part(self, name: str, part: QWidget, title: str) -> None:
        """A tab that loads its own data (`self.route`, `self.journal`, …); a change in it updates the overview."""
        setattr(self, name, part)
        self._add_tab(part, title)
        if name != "audit":
            part.changed.connect(self._part_changed)

    def _overview_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("tab_overview")
        grid = QGridLayout(page)
        facts = QGroupBox(self.tr("Key facts"))
        facts_form = QFormLayout(facts)
        facts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its value
        self.fact_labels: dict[str, QLabel] = {}
        for key, text in (("status", self.tr("Status")), ("form", self.tr("Primary form")),
                          ("municipality", self.tr("Municipality")), ("closed", self.tr("Closed")),
                          ("reflection", self.tr("Reflection period ends")), ("recorded", self.tr("Recorded"))):
            lab = QLabel()
            lab.setObjectName(f"fact_{key}")
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setWordWrap(True)
            self.fact_labels[key] = lab
            facts_form.addRow(text, lab)
        editable = QGroupBox(self.tr("Dates and risk"))
        editable.setLayout(self.forms.build_overview_fields())
        route = QGroupBox(self.tr("Route: done and still to do"))
        self.timeline = QVBoxLayout(route)
        tasks = QGroupBox(self.tr("Next tasks"))
        self.next_tasks = QListWidget()
        self.next_tasks.setObjectName("overviewNextTasks")
        self.next_tasks.setAccessibleName(self.tr("Next tasks"))
        QVBoxLayout(tasks).addWidget(self.next_tasks)
        theme.follow(self.next_tasks, self._colour_overdue)
        grid.addWidget(facts, 0, 0)
        grid.addWidget(editable, 1, 0)
        grid.addWidget(route, 0, 1)
        grid.addWidget(tasks, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        return page

    def _exploitation_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("tab_exploitation")
        layout = QVBoxLayout(page)
        layout.addWidget(self.forms.build_exploitation())
        heading = QLabel(self.tr("Indicators seen (keep facts, observations and interpretations apart)"))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        layout.addWidget(self.indicators, 1)
        return page

    # --- export for the person (inzageverzoek) ---------------------------------------------------

    def choose_export(self) -> None:
        dialog = QFileDialog(self, self.tr("Export everything stored about this person"))
        dialog.setObjectName("caseExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("PDF to read (*.pdf)"), self.tr("JSON, machine-readable (*.json)")])
        dialog.selectFile("inzage.pdf")  # never a name in a default file name
        dialog.filterSelected.connect(lambda f: dialog.selectFile("inzage.json" if "json" in f else "inzage.pdf"))
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    def export_to(self, path: str) -> None:
        if self.record is None:
            return
        from coordinator_app.services.cases import own_data  # start-up time: loaded on first use

        vault, number, lang = self._vault(), self.record.case_number, current_language()
        fmt = "json" if path.lower().endswith(".json") else "pdf"

        def done(written: object) -> None:
            self.exported.emit(str(written))
            if self.case_id is not None:
                self.audit.load(self.case_id)  # the export's audit line

        call_db(self, lambda: own_data.export_case(vault, number, fmt, path, lang), done)

    # --- loading ---------------------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        self.case_id = case_id
        self.errors.clear()
        self._set_dirty(False)
        for part in (self.route, self.consent, self.indicators, self.journal, self.tasks, self.network,
                     self.documents):
            part.load(case_id)
        self.audit.load(case_id)
        self.reload_overview()
        vault = self._vault()
        call_db(self, lambda: involvements.find_network(vault, "", limit=1000), self.route.set_organisations)

    def reload_overview(self, load_forms: bool = True) -> None:
        if self.case_id is None:
            return
        vault, case_id = self._vault(), self.case_id

        def done(ov: detail.Overview) -> None:
            if case_id != self.case_id:
                return
            self.record = ov.record
            if load_forms:
                self.forms.load(ov.record)
                self._set_dirty(False)
            self._show_overview(ov)

        call_db(self, lambda: detail.overview(vault, case_id), done)

    def _show_overview(self, ov: detail.Overview) -> None:
        rec = ov.record

        person = rec.person
        first, last, alias = (person.first_name, person.last_name, person.alias) if person else (None, None, None)
        name = display_name(first, last, alias)
        if name == "onbekend":
            name = self.tr("name unknown")
        self.heading.setText(f"{bidi_isolate(rec.case_number)} · {bidi_isolate(name)}")
        self.status_label.setText(label("status", rec.status))
        self.fact_labels["status"].setText(label("status", rec.status))
        self.fact_labels["form"].setText(label("form", rec.values.primary_form))
        self.fact_labels["municipality"].setText(label("municipality", rec.values.municipality))
        closed = rec.values.closed_on
        self.fact_labels["closed"].setText(
            f"{fmt_date(closed)} ({label('closing_reason', rec.values.closing_reason)})" if closed else "–")
        self.fact_labels["reflection"].setText(fmt_date(ov.reflection_end) or "–")
        self.fact_labels["recorded"].setText(
            self.tr("%1 journal note(s), %2 document(s), %3 partner(s)")
            .replace("%1", str(ov.counts["journal"])).replace("%2", str(ov.counts["documents"]))
            .replace("%3", str(ov.counts["involvements"])))
        while self.timeline.count():
            item = self.timeline.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for step in ov.timeline:
            text = f"{STATE_MARK.get(step.state, '○')}  {label('milestone', step.kind)}"
            if step.on:
                text += f" — {fmt_date(step.on)}"
            if step.end_on:
                text += " " + self.tr("(ends %1)").replace("%1", fmt_date(step.end_on))
            if step.state == "todo":
                text += " — " + self.tr("still to do")
            elif step.state != "done":
                text += f" — {label('milestone_status', step.state)}"
            lab = QLabel(text)
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setObjectName(f"timeline_{step.kind}")
            if step.state == "todo":
                theme.mark(lab, "muted")
            self.timeline.addWidget(lab)
        self.timeline.addStretch(1)
        self.next_tasks.clear()
        today = dt.date.today()
        for task in ov.next_tasks:
            due = fmt_date(task.due_on) or self.tr("no due date")
            item = QListWidgetItem(f"{due} — {bidi_isolate(task.title)}")
            if task.due_on and task.due_on < today:
                item.setText(item.text() + " — " + self.tr("overdue"))
                item.setData(OVERDUE_ROLE, True)
                item.setForeground(theme.warning_colour())
            self.next_tasks.addItem(item)
        if not ov.next_tasks:
            self.next_tasks.addItem(self.tr("No open tasks"))
        self._build_status_menu(rec.status)

    def _colour_overdue(self) -> None:
        """The overdue tasks in the theme's warning colour (again after a light/dark switch)."""
        for row in range(self.next_tasks.count()):
            item = self.next_tasks.item(row)
            if item.data(OVERDUE_ROLE):
                item.setForeground(theme.warning_colour())

    def _build_status_menu(self, status: str) -> None:
        self.status_menu.clear()
        for target in store.TRANSITIONS.get(status, ()):
            text = self.tr("Reopen") if status == "closed" else self.tr("To “%1”").replace(
                "%1", label("status", target))
            if target == "closed":
                text = self.tr("Close case…")
            action = self.status_menu.addAction(text)
            action.setObjectName(f"status_{target}")
            action.triggered.connect(lambda _checked=False, t=target: self.request_status(t))

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.audit and self.case_id is not None:
            self.audit.load(self.case_id)

    def _part_changed(self) -> None:
        self.reload_overview(load_forms=False)
        if self.case_id is not None:
            self.case_changed.emit(self.case_id)

    # --- editing ---------------------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)

    def save(self, then: Callable[[], None] | None = None) -> None:
        if self.case_id is None or not self.dirty:
            if then:
                then()
            return
        vault, case_id = self._vault(), self.case_id
        changes, person = self.forms.collect()

        def done(_r: Any) -> None:
            self._set_dirty(False)
            self.reload_overview()
            self.case_changed.emit(case_id)
            if then:
                then()

        call_db(self, lambda: store.update_case(vault, case_id, changes, person), done, self.errors)

    def request_status(self, target: str) -> None:
        if self.case_id is None:
            return
        if target == "closed":
            vault, case_id = self._vault(), self.case_id

            def ask(count: int) -> None:
                self.close_dialog = CloseCaseDialog(count, self)
                self.close_dialog.accepted.connect(lambda: self.change_status(
                    "closed", combo_code(self.close_dialog.reason), self.close_dialog.close_tasks.isChecked()))
                self.close_dialog.open()

            call_db(self, lambda: work.open_task_count(vault, case_id), ask)
        else:
            self.change_status(target)

    def change_status(self, target: str, reason: str | None = None, close_tasks: bool = False) -> None:
        vault, case_id = self._vault(), self.case_id
        if case_id is None:
            return

        def done(_r: Any) -> None:
            self.reload_overview(load_forms=not self.dirty)
            self.tasks.reload()
            self.audit.load(case_id)
            self.case_changed.emit(case_id)

        call_db(self, lambda: store.change_status(vault, case_id, target, closing_reason=reason,
                                                  close_open_tasks=close_tasks), done)

    def maybe_leave(self, then: Callable[[], None]) -> None:
        """Run `then` now, or after asking what to do with unsaved edits (save, discard, stay)."""
        if not self.dirty:
            then()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("This case has changes that are not saved yet."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedChanges")
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Stay here"))

        def answered(button) -> None:
            role = box.standardButton(button)
            if role == QMessageBox.StandardButton.Save:
                self.save(then)
            elif role == QMessageBox.StandardButton.Discard:
                self._set_dirty(False)
                then()

        box.buttonClicked.connect(answered)
        self.guard_box = box
        box.open()

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.case_id = None
        self.record = None
        self.forms.clear()
        self._set_dirty(False)
        self.errors.clear()
        for part in (self.route, self.consent, self.indicators, self.journal, self.tasks, self.network,
                     self.documents, self.audit):
            part.clear()
        self.heading.clear()
        self.status_label.clear()
        for lab in self.fact_labels.values():
            lab.clear()
        self.next_tasks.clear()
        while self.timeline.count():
            item = self.timeline.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
