""""Is deze persoon al bekend?": asked at the start of a new intake and before a quick signal is saved.

The coordinator types what is known (name, date of birth or age, nationality); persons already in the
vault who may be the same are listed as they are typed (services/person_search.known_persons, on the vault
worker) with case number, status and why they are offered ("lijkt op" when only the name resembles).
"Dit is dezelfde persoon" returns the chosen case; "Nieuwe persoon" returns what was typed, so the
intake starts with it filled in (the cases shown then are `declined`). Nothing is written here: the caller
joins or creates. `recheck()` asks again before "Dossier aanmaken", on the intake's final person data,
leaving out the cases already declined.

"Nieuwe persoon" waits for the check's answer: it can be clicked only while the list on screen is the answer
for exactly what is typed now (or nothing is typed to check). While a check is pending (the typing pause or
the worker) or after it failed, it is disabled and the status line says why; a failed check offers
"Opnieuw proberen".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app import codes
from coordinator_app.domain.countries import all_countries
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services.search.index import MAX_QUERY
from coordinator_app.services.search.persons import Candidate, PersonQuery, known_persons
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import inline_error_text
from coordinator_app.ui.intake.common import DateField, lang
from coordinator_app.ui.worker import run_db

DEBOUNCE_MS = 200
CaseIdRole = Qt.ItemDataRole.UserRole + 1


class KnownPersonDialog(QDialog):
    same_person = Signal(int)  # case id of the existing file
    new_person = Signal(object)  # PersonQuery: what was typed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.setObjectName("knownPersonDialog")
        self.setWindowTitle(self.tr("Is this person already known?"))
        self.setModal(True)
        self.resize(880, 600)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Is this person already known? Type what you know: name (any spelling), date of birth or age, "
            "nationality. Persons already in the vault who may be the same are listed below."))
        self.intro.setObjectName("knownIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.excluded: set[int] = set()  # cases not to offer (declined before, or the intake's own signal case)
        self.declined: set[int] = set()  # the cases listed when "New person" was chosen
        form = QFormLayout()
        self.first_name = self._line("knownFirstName", self.tr("First name"))
        self.last_name = self._line("knownLastName", self.tr("Last name"))
        self.born = DateField("knownBirthDate")
        self.born.setAccessibleName(self.tr("Date of birth"))
        self.age = QSpinBox(objectName="knownAge")
        self.age.setRange(-1, 120)
        self.age.setValue(-1)
        self.age.setSpecialValueText(self.tr("unknown"))
        self.age.setAccessibleName(self.tr("Estimated age"))
        self.nationality = QComboBox(objectName="knownNationality")
        self.nationality.setAccessibleName(self.tr("Nationality"))
        self.nationality.addItem(self.tr("(unknown)"), "")
        for country in sorted(all_countries(), key=lambda c: c.name(lang())):
            self.nationality.addItem(country.name(lang()), country.code)
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Last name"), self.last_name)
        form.addRow(self.tr("Date of &birth"), self.born)
        form.addRow(self.tr("Estimated &age"), self.age)
        form.addRow(self.tr("Na&tionality"), self.nationality)
        layout.addLayout(form)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Case number"), self.tr("Name"), self.tr("Status"), self.tr("Date of birth"), self.tr("Why"),
        ])
        self.view = QTableView(objectName="knownCandidates")
        self.view.setAccessibleName(self.tr("Persons who may be the same"))
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab goes on to the buttons (arrows choose the row)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self._same())
        layout.addWidget(self.view, 1)
        self.status = QLabel(objectName="knownStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        self.retry_button = QPushButton(self.tr("Try a&gain"), objectName="knownRetry")
        self.retry_button.setAccessibleName(self.tr("Try the check for a known person again"))
        self.retry_button.setAutoDefault(False)  # Enter in a field never starts it by surprise
        self.retry_button.hide()  # only after a failed check
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)
        buttons = QHBoxLayout()
        self.same_button = QPushButton(self.tr("This is the &same person"), objectName="knownSame")
        self.same_button.setEnabled(False)
        self.new_button = QPushButton(self.tr("&New person"), objectName="knownNew")
        self.new_button.setAccessibleName(self.tr("New person"))
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="knownCancel")
        buttons.addWidget(self.same_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.same_button.clicked.connect(self._same)
        self.new_button.clicked.connect(self._new)
        self.retry_button.clicked.connect(self.run_check)
        self.cancel_button.clicked.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: self.same_button.setEnabled(self.view.selectionModel().hasSelection()))
        self._serial = 0
        self._alias: str | None = None  # the intake's alias, checked along in `recheck` (no field of its own)
        self._answered: PersonQuery | None = None  # what the list on screen is the answer for
        self._running = False  # the newest check is on the worker
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_check)
        for edit in (self.first_name, self.last_name, self.born):
            edit.textChanged.connect(lambda _t: self._changed())
        self.age.valueChanged.connect(lambda _v: self._changed())
        self.nationality.currentIndexChanged.connect(lambda _i: self._changed())
        ctx.locked.connect(self.reject)
        self._show([])

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setMaxLength(MAX_QUERY)
        edit.setAccessibleName(accessible)
        return edit

    def query(self) -> PersonQuery:
        return PersonQuery(
            first_name=self.first_name.text().strip() or None,
            last_name=self.last_name.text().strip() or None,
            date_of_birth=self.born.date(),
            estimated_age=self.age.value() if self.age.value() >= 0 else None,
            nationality=self.nationality.currentData() or None,
            alias=self._alias,
            on=self.today,
        )

    @staticmethod
    def _checkable(query: PersonQuery) -> bool:
        return bool(query.spellings or query.date_of_birth)

    def may_create_new(self) -> bool:
        """"Nieuwe persoon" only on an answer: nothing typed to check, or the list on screen is the newest
        check's answer for exactly what is typed now (no typing pause or check under way, no failure)."""
        query = self.query()
        if not self._checkable(query):
            return True
        return not self._timer.isActive() and not self._running and self._answered == query

    def _update_new_button(self) -> None:
        self.new_button.setEnabled(self.may_create_new())

    def _changed(self) -> None:
        """A field changed: the list on screen no longer answers what is typed; check again after a pause."""
        self._timer.start()
        if self._checkable(self.query()):
            self.retry_button.hide()
            self._mark_status(failed=False)
            self.status.setText(self._pending_text())
        self._update_new_button()

    def _pending_text(self) -> str:
        return self.tr("Checking… 'New person' can be clicked when the answer is in.")

    # --- checking ---------------------------------------------------------------------------------

    def run_check(self) -> None:
        self._timer.stop()
        self._serial += 1
        serial = self._serial
        query = self.query()
        self._answered = None
        self._running = False
        self.retry_button.hide()
        if not self._checkable(query):
            self._show([], serial, query)
            return
        if not self.ctx.is_unlocked:  # the dialog closes with the lock; no answer, so no "New person"
            self._update_new_button()
            return
        vault = self.ctx.vault

        def work(_control: object) -> list[Candidate]:
            return known_persons(vault, query)

        self._running = True
        self._mark_status(failed=False)
        self.status.setText(self._pending_text())
        self._update_new_button()
        run_db(work, lambda found: self._show(found, serial, query), lambda exc: self._failed(exc, serial))

    def _failed(self, exc: BaseException, serial: int) -> None:
        """The check could not run: say so where the answer would be, so an empty list is never taken for
        'not known' (a second file for the same person). A newer query's answer replaces it; a failure
        because the vault was locked meanwhile says nothing (the unlock screen shows)."""
        if serial != self._serial:
            return
        self._running = False
        self._answered = None
        self._update_new_button()  # no answer: "New person" stays disabled, also when the vault was locked
        text = inline_error_text(exc)
        if text is None:
            return
        self.model.removeRows(0, self.model.rowCount())
        self.status.setText(self.tr("Search failed: %1").replace("%1", text) + " " + self.tr(
            "The check for a known person did not run: this is not 'no match', so 'New person' cannot be "
            "clicked yet. Try again."))
        self._mark_status(failed=True)
        self.retry_button.show()

    def _mark_status(self, failed: bool) -> None:
        self.status.setProperty("role", "error" if failed else "")
        self.status.style().polish(self.status)

    def _reasons(self, candidate: Candidate) -> str:
        words = {
            "name": self.tr("same name"),
            "similar_name": self.tr("looks like"),
            "alias": self.tr("other spelling"),
            "date_of_birth": self.tr("same date of birth"),
            "age": self.tr("about the same age"),
            "nationality": self.tr("same nationality"),
        }
        return ", ".join(words[r] for r in candidate.reasons if r in words)

    def _show(self, found: list[Candidate], serial: int | None = None, query: PersonQuery | None = None) -> None:
        if serial is not None and serial != self._serial:
            return
        if serial is not None:  # the newest check's answer, for `query`
            self._running = False
            self._answered = query
        self._mark_status(failed=False)
        self.model.removeRows(0, self.model.rowCount())
        for candidate in (c for c in found if c.match.case_id not in self.excluded):
            m = candidate.match
            cells = [
                bidi_isolate(m.case_number),  # an override in a name or number cannot reorder the row
                (self.tr("looks like: %1").replace("%1", bidi_isolate(m.name)) if m.similar else bidi_isolate(m.name))
                or self.tr("(no name)"),
                codes.label("status", m.status, lang()),
                m.date_of_birth.strftime("%d-%m-%Y") if m.date_of_birth else "",
                self._reasons(candidate),
            ]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(m.case_id, CaseIdRole)
            self.model.appendRow(items)
        if self.model.rowCount():
            self.view.selectRow(0)
            self.status.setText(self.tr(
                "Is one of these the same person? Choose it and click 'This is the same person': the new signal "
                "is added to that file. Otherwise click 'New person'."))
        elif self.query().spellings or self.query().date_of_birth:
            self.status.setText(self.tr("No known person found. Check another spelling, or click 'New person'."))
        else:
            self.status.setText(self.tr("Type a name or a date of birth to check."))
        for column in (0, 2, 3):
            self.view.resizeColumnToContents(column)
        if self._timer.isActive() and self._checkable(self.query()):  # typed on since: this answers the old fields
            self.status.setText(self._pending_text())
        self._update_new_button()

    # --- answers ----------------------------------------------------------------------------------

    def chosen_case(self) -> int | None:
        rows = self.view.selectionModel().selectedRows(0)
        index: QModelIndex = rows[0] if rows else QModelIndex()
        value = index.data(CaseIdRole) if index.isValid() else None
        return int(value) if value is not None else None

    def _same(self) -> None:
        case_id = self.chosen_case()
        if case_id is None:
            return
        self.accept()
        self.same_person.emit(case_id)

    def shown_ids(self) -> set[int]:
        return {int(self.model.index(r, 0).data(CaseIdRole)) for r in range(self.model.rowCount())}

    def recheck(self, person: PersonQuery, excluded: set[int]) -> None:
        """Before the case is created: the intake's final person data, filled in and checked at once,
        without the `excluded` cases."""
        self.excluded = set(excluded)
        self._alias = person.alias  # checked along, as the intake checked it
        self.intro.setText(self.tr(
            "Before the case is created: the person entered in the intake may already have a file. If one of these "
            "is the same person, the signal is added to that file and what you entered stays as a draft."))
        self.first_name.setText(person.first_name or "")
        self.last_name.setText(person.last_name or "")
        self.born.setText(person.date_of_birth.strftime("%d-%m-%Y") if person.date_of_birth else "")
        self.age.setValue(person.estimated_age if person.estimated_age is not None else -1)
        at = self.nationality.findData(person.nationality or "")
        self.nationality.setCurrentIndex(max(at, 0))
        self.new_button.setText(self.tr("&New person: create the case"))
        self.run_check()

    def _new(self) -> None:
        if not self.may_create_new():  # never without the check's answer (a disabled button, or Enter)
            return
        query = self.query()
        self.declined = self.shown_ids()
        self.accept()
        self.new_person.emit(query)
