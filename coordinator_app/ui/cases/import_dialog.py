"""Import cases from a spreadsheet: choose a file, see every problem per row and column in Dutch,
choose what happens with case numbers that already exist, answer "Is deze persoon al bekend?" for every
row whose person may already be in the vault or may be the person of an earlier row of the same file, then
import (all rows, or the good ones). The check runs off the GUI thread and can be cancelled (nothing is
written by a check; the dialog returns to its start state)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.codes import label
from coordinator_app.db.vault import Vault
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import current_language, message
from coordinator_app.services.cases import sheet_import
from coordinator_app.ui import fit
from coordinator_app.ui.cases.common import RecordModel, call_db
from coordinator_app.ui.error_dialog import error_text
from coordinator_app.ui.worker import Cancelled, JobControl, run_db


def _problem(error: sheet_import.RowError, lang: str) -> str:
    """The message of a row error with every value from the file isolated (FSI ... PDI), so an override
    in a cell cannot reorder the Dutch words around it."""
    params = {k: bidi_isolate(v) if isinstance(v, str) else v for k, v in getattr(error.code, "params", {}).items()}
    return message(error.code, lang, **params)


class ImportDialog(QDialog):
    imported = Signal()
    check_cancelled = Signal()  # a check was cancelled and the dialog is back in its start state

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import cases from a spreadsheet"))
        self.resize(fit.fitted(QSize(1100, 700), fit.available(parent)))
        self._vault = vault
        # row -> case id or SameAsRow (earlier row of the file): "same person"; NEW_PERSON (None): "new person"
        self.known_choices: dict[int, sheet_import.Choice] = {}
        self._job: JobControl | None = None  # the check running now
        self.check: sheet_import.ImportCheck | None = None
        self.result: sheet_import.ImportResult | None = None
        intro = QLabel(self.tr(
            "Choose a CSV, Excel (.xlsx) or LibreOffice (.ods) file with the columns of the template. Values may be "
            "codes or Dutch names; dates as YYYY-MM-DD or DD-MM-YYYY. Every row is checked before anything is "
            "imported."))
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName("importChoose")
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Save empty &template…"))
        self.template_button.setObjectName("importTemplate")
        self.template_button.clicked.connect(self.choose_template)
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setObjectName("importFile")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.template_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Progress of the check"))
        self.progress.setVisible(False)
        self.cancel_check_button = QPushButton(self.tr("Cancel"))
        self.cancel_check_button.setObjectName("importCancelCheck")
        self.cancel_check_button.setAccessibleName(self.tr("Cancel the check"))
        self.cancel_check_button.setVisible(False)
        self.cancel_check_button.clicked.connect(self.cancel_check)
        checking = QHBoxLayout()
        checking.addWidget(self.progress, 1)
        checking.addWidget(self.cancel_check_button)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.errors_model = RecordModel([
            (self.tr("Row"), lambda r: r["row"]), (self.tr("Column"), lambda r: r["column"]),
            (self.tr("Problem"), lambda r: r["message"]),
        ], self)
        self.errors_table = QTableView()
        self.errors_table.setObjectName("importErrors")
        self.errors_table.setAccessibleName(self.tr("Problems found in the file"))
        self.errors_table.setModel(self.errors_model)
        self.errors_table.verticalHeader().hide()
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.errors_table.horizontalHeader().setStretchLastSection(True)
        self.skip = QRadioButton(self.tr("Skip case numbers that already exist"))
        self.skip.setObjectName("importSkip")
        self.skip.setChecked(True)
        self.update_existing = QRadioButton(self.tr("Update cases whose case number already exists"))
        self.update_existing.setObjectName("importUpdate")
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.update_existing)
        self.ignore_columns = QCheckBox(self.tr("Import without the unknown columns (their values are not stored)"))
        self.ignore_columns.setObjectName("importIgnoreColumns")
        self.ignore_columns.setAccessibleName(self.tr("Import without the unknown columns"))
        self.ignore_columns.toggled.connect(self._update_buttons)
        self.good_only = QCheckBox(self.tr("Import only the good rows (the rows with problems are left out)"))
        self.good_only.setObjectName("importGoodOnly")
        self.good_only.toggled.connect(self._update_buttons)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importRun")
        self.import_button.clicked.connect(self.run_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(checking)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_table, 1)
        layout.addWidget(self._known_box(), 2)
        layout.addWidget(self.skip)
        layout.addWidget(self.update_existing)
        layout.addWidget(self.ignore_columns)
        layout.addWidget(self.good_only)
        layout.addLayout(bottom)
        self._update_buttons()

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a spreadsheet"))
        dialog.setNameFilters([self.tr("Spreadsheets (*.csv *.xlsx *.ods *.txt)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.check_path)
        dialog.open()

    def choose_template(self) -> None:
        dialog = QFileDialog(self, self.tr("Save an empty template"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel (*.xlsx)"), self.tr("CSV (*.csv)")])
        dialog.selectFile("dossiers-sjabloon.xlsx")
        dialog.fileSelected.connect(lambda path: call_db(
            self, lambda: sheet_import.write_template(path),
            lambda _r: self.summary.setText(self.tr("The empty template was saved."))))
        dialog.open()

    def check_path(self, path: str) -> None:
        self.check = None
        self.result = None
        self.errors_model.clear()
        self.known_choices = {}
        self.known_rows_model.clear()
        self.candidates_model.clear()
        self.ignore_columns.setChecked(False)
        self.file_label.setText(bidi_isolate(path))
        self.summary.setText(self.tr("Checking every row…"))
        bar = self.progress
        bar.setRange(0, 0)  # busy while the file is read; then rows checked of all (the known-person check included)
        bar.setFormat(self.tr("Reading the file…"))
        bar.setVisible(True)
        self.cancel_check_button.setEnabled(True)
        self.cancel_check_button.setVisible(True)
        self.choose_button.setEnabled(False)  # one file at a time
        self._update_buttons()
        vault = self._vault
        texts = (self.tr("Checking row %1 of %2…"), self.tr("Is this person already known? Row %1 of %2…"),
                 self.tr("The same person twice in this file? Row %1 of %2…"))

        def progress(done: int, total: int) -> None:
            if self._job is None or self._job.cancelled:
                return  # a report still on its way after Cancel
            # the check counts every row three times: checked, known in the vault, the same as an earlier row
            rows = max(total // sheet_import.STAGES, 1)
            bar.setRange(0, max(total, 1))
            bar.setValue(done)
            stage = min(done // rows, sheet_import.STAGES - 1)
            bar.setFormat(texts[stage].replace("%1", str(done - stage * rows)).replace("%2", str(rows)))

        def finished() -> bool:
            """The check's job is over; False when it was cancelled (the dialog is back at its start)."""
            job, self._job = self._job, None
            bar.setVisible(False)
            self.cancel_check_button.setVisible(False)
            self.choose_button.setEnabled(True)
            if job is not None and job.cancelled:  # a result that arrives after Cancel is not shown either
                self._back_to_start()
                return False
            return True

        def done(check: sheet_import.ImportCheck) -> None:
            if finished():
                self.check = check
                self._show_check()

        def failed(exc: BaseException) -> None:
            if finished() and not isinstance(exc, Cancelled):
                self.summary.setText(error_text(exc))
                self._update_buttons()

        def job(control: JobControl) -> sheet_import.ImportCheck:
            def report(done: int, total: int) -> None:
                control.check()  # Cancel: the check stops at its next report (it writes nothing)
                control.progress(done, total)

            return sheet_import.check_file(vault, path, progress=report)

        self._job = run_db(job, done, failed, progress)

    def cancel_check(self) -> None:
        """Annuleren during the check: the check stops at its next progress report; nothing is written, and
        the dialog returns to its start state (check_cancelled) as soon as the check has stopped."""
        if self._job is None:
            return
        self._job.cancel()
        self.cancel_check_button.setEnabled(False)
        self.progress.setFormat(self.tr("Cancelling the check…"))

    def _back_to_start(self) -> None:
        self.clear()
        self.ignore_columns.setChecked(False)
        self.good_only.setChecked(False)
        self.file_label.setText(self.tr("No file chosen"))
        self.summary.setText(self.tr("The check was cancelled. Nothing was imported."))
        self._update_buttons()
        self.check_cancelled.emit()

    def reject(self) -> None:
        if self._job is not None:  # closing the dialog during the check cancels it
            self._job.cancel()
        super().reject()

    def _show_check(self) -> None:
        check = self.check
        assert check is not None
        lang = current_language()
        rows = [{"row": e.row, "column": bidi_isolate(e.column), "message": _problem(e, lang)} for e in check.errors]
        self.errors_model.set_rows(rows)
        text = self.tr("%1 row(s): %2 good, %3 with problems, %4 with a case number that already exists.")
        for i, value in enumerate((len(check.rows), len(check.good), len(check.bad), len(check.duplicates)), 1):
            text = text.replace(f"%{i}", str(value))
        if check.bad:
            text += " " + self.tr("Nothing is imported until the file is correct, "
                                  "unless you import only the good rows.")
        if check.title_rows:
            text += " " + self.tr("Row(s) %1 above the column headers were skipped as a title.").replace(
                "%1", ", ".join(map(str, check.title_rows)))
        if check.unknown_columns:
            text += " " + self.tr("Unknown columns: %1. Nothing is imported until you rename them in the file or "
                                  "choose to import without them.").replace(
                                      "%1", ", ".join(map(bidi_isolate, check.unknown_columns)))
        if check.rows_to_answer:
            count = str(len(check.rows_to_answer))
            text += " " + self.tr("%1 row(s) may be a person already known, in the vault or from an earlier row of "
                                  "this file: choose for each whether it is the same person or a new person before "
                                  "importing.").replace("%1", count)
        self.summary.setText(text)
        self._show_known()
        self._update_buttons()

    def _update_buttons(self) -> None:
        check = self.check
        has_bad = bool(check and check.bad)
        unknown = bool(check and check.unknown_columns)
        self.ignore_columns.setVisible(unknown)
        self.ignore_columns.setEnabled(unknown)
        self.good_only.setEnabled(has_bad)
        self.skip.setEnabled(bool(check and check.duplicates))
        self.update_existing.setEnabled(bool(check and check.duplicates))
        open_rows = bool(check and sheet_import.unanswered_rows(check, self.known_choices))
        self.import_button.setEnabled(bool(check and check.good) and (not has_bad or self.good_only.isChecked())
                                      and (not unknown or self.ignore_columns.isChecked()) and self.result is None
                                      and not open_rows)
        self.known_box.setVisible(bool(check and check.rows_to_answer))
        chosen_row = self._current_known_row() is not None and self.result is None
        self.same_button.setEnabled(chosen_row and self.candidates_view.currentIndex().isValid())
        self.new_button.setEnabled(chosen_row)
        self.all_new_button.setEnabled(open_rows and self.result is None)

    def run_import(self) -> None:
        if self.check is None:
            return
        vault, check = self._vault, self.check
        good_only, mode = self.good_only.isChecked(), "update" if self.update_existing.isChecked() else "skip"
        ignore = self.ignore_columns.isChecked()
        choices = dict(self.known_choices)
        self.import_button.setEnabled(False)

        def done(result: sheet_import.ImportResult) -> None:
            self.result = result
            text = self.tr("Imported: %1 new case(s), %2 updated, %3 skipped, %4 added to the file of a person "
                           "already known, %5 added to the case an earlier row of this file opened.")
            for i, value in enumerate((len(result.created), len(result.updated), len(result.skipped),
                                       len(result.joined), len(result.joined_in_file)), 1):
                text = text.replace(f"%{i}", str(value))
            self.summary.setText(text)
            self._update_buttons()
            self.imported.emit()

        call_db(self, lambda: sheet_import.import_checked(vault, check, good_rows_only=good_only, on_duplicate=mode,
                                                         ignore_columns=ignore, known_choices=choices), done)

    def clear(self) -> None:
        self.check = None
        self.result = None
        self.known_choices = {}
        self.known_rows_model.clear()
        self.candidates_model.clear()
        self.errors_model.clear()
        self.summary.clear()
        self.file_label.clear()

    def rows(self) -> list[dict[str, Any]]:
        return self.errors_model.rows()

    # --- "Is deze persoon al bekend?" ------------------------------------------------------------------

    def _known_box(self) -> QWidget:
        """The rows whose person may already be known (left) and that row's candidates (right), with the
        choice per row: the same person (the row's signal joins that file) or a new person."""
        self.known_box = QGroupBox(self.tr("Is this person already known?"))
        self.known_box.setObjectName("importKnownBox")
        intro = QLabel(self.tr(
            "These rows may be about a person who already has a file, or about the same person as an earlier row of "
            "this file. Choose a row, then the known person and 'This is the same person' (the row is added to that "
            "file, or to the case the earlier row opens, as a new signal), or 'New person' (a new case). Nothing is "
            "imported until every row has a choice."))
        intro.setWordWrap(True)
        self.known_rows_model = RecordModel([
            (self.tr("Row"), lambda r: r["row"]), (self.tr("In the file"), lambda r: r["person"]),
            (self.tr("Choice"), lambda r: self._choice_text(r["row"])),
        ], self)
        self.known_rows_view = self._table("importKnownRows", self.tr("Rows that may be a known person"),
                                           self.known_rows_model)
        self.candidates_model = RecordModel([
            (self.tr("Case or row"), lambda r: r["number"]), (self.tr("Name"), lambda r: r["name"]),
            (self.tr("Date of birth or age"), lambda r: r["born"]), (self.tr("Status"), lambda r: r["status"]),
            (self.tr("Why"), lambda r: r["why"]),
        ], self)
        self.candidates_view = self._table("importKnownCandidates", self.tr("Known persons who may be the same"),
                                           self.candidates_model)
        self.known_rows_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_candidates())
        self.candidates_view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.same_button = QPushButton(self.tr("This is the &same person"))
        self.same_button.setObjectName("importKnownSame")
        self.same_button.clicked.connect(self.choose_same)
        self.new_button = QPushButton(self.tr("&New person"))
        self.new_button.setObjectName("importKnownNew")
        self.new_button.clicked.connect(self.choose_new)
        self.all_new_button = QPushButton(self.tr("&All remaining rows as new persons"))
        self.all_new_button.setObjectName("importKnownAllNew")
        self.all_new_button.clicked.connect(self.choose_all_new)
        tables = QHBoxLayout()
        tables.addWidget(self.known_rows_view, 2)
        tables.addWidget(self.candidates_view, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.all_new_button)
        layout = QVBoxLayout(self.known_box)
        layout.addWidget(intro)
        layout.addLayout(tables, 1)
        layout.addLayout(buttons)
        self.known_box.hide()
        return self.known_box

    def _table(self, name: str, accessible: str, model: RecordModel) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setModel(model)
        view.verticalHeader().hide()
        view.setTabKeyNavigation(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _choice_text(self, row: int) -> str:
        if row not in self.known_choices:
            return self.tr("not chosen yet")
        choice = self.known_choices[row]
        if choice is sheet_import.NEW_PERSON:
            return self.tr("new person")
        if isinstance(choice, sheet_import.SameAsRow):
            return self.tr("same person as row %1 of this file").replace("%1", str(choice.row))
        number = next((c.match.case_number for c in self._candidates(row) if c.match.case_id == choice), "")
        return self.tr("same person as %1").replace("%1", bidi_isolate(number))

    def _candidates(self, row: int) -> list[Any]:
        return list(self.check.known_persons.get(row, [])) if self.check is not None else []

    def _earlier_rows(self, row: int) -> list[sheet_import.EarlierRow]:
        return list(self.check.same_in_file.get(row, [])) if self.check is not None else []

    def _show_known(self) -> None:
        check = self.check
        assert check is not None
        by_row = {r.row: r for r in check.rows}
        rows = []
        for number in check.rows_to_answer:
            person = by_row[number].case.person if by_row[number].case is not None else None
            rows.append({"row": number, "person": _person_text(person)})
        self.known_rows_model.set_rows(rows)
        if rows:
            self.known_rows_view.setCurrentIndex(self.known_rows_model.index(0, 0))
        self._show_candidates()

    def _current_known_row(self) -> int | None:
        record = self.known_rows_model.row_at(self.known_rows_view.currentIndex().row())
        return int(record["row"]) if record is not None else None

    def _show_candidates(self) -> None:
        row = self._current_known_row()
        lang = current_language()
        records = []
        for candidate in self._candidates(row) if row is not None else []:
            m = candidate.match
            name = bidi_isolate(m.name) if m.name else self.tr("(no name)")  # isolated inside "looks like: %1" too
            born = m.date_of_birth.strftime("%d-%m-%Y") if m.date_of_birth else (
                self.tr("about %1 years").replace("%1", str(m.estimated_age)) if m.estimated_age is not None else "")
            records.append({"choice": m.case_id, "number": m.case_number,
                            "name": self.tr("looks like: %1").replace("%1", name) if m.similar else name,
                            "born": born, "status": label("status", m.status, lang),
                            "why": self._reasons(candidate.reasons)})
        by_row = {r.row: r for r in self.check.rows} if self.check is not None else {}
        for earlier in self._earlier_rows(row) if row is not None else []:
            person = by_row[earlier.row].case.person if by_row[earlier.row].case is not None else None
            joined = " ".join(str(p) for p in (person.first_name, person.last_name) if p) if person else ""
            name = bidi_isolate(joined) if joined else self.tr("(no name)")  # isolated inside "looks like: %1" too
            similar = "name" not in earlier.reasons and "similar_name" in earlier.reasons
            born = ""
            if person is not None and person.date_of_birth is not None:
                born = person.date_of_birth.strftime("%d-%m-%Y")
            elif person is not None and person.estimated_age is not None:
                born = self.tr("about %1 years").replace("%1", str(person.estimated_age))
            records.append({"choice": sheet_import.SameAsRow(earlier.row),
                            "number": self.tr("Row %1 of this file").replace("%1", str(earlier.row)),
                            "name": self.tr("looks like: %1").replace("%1", name) if similar else name,
                            "born": born, "status": self.tr("new in this import"),
                            "why": self._reasons(earlier.reasons)})
        self.candidates_model.set_rows(records)
        chosen = self.known_choices.get(row) if row is not None else None
        at = next((i for i, r in enumerate(records) if r["choice"] == chosen), 0)
        if records:
            self.candidates_view.setCurrentIndex(self.candidates_model.index(at, 0))
        self._update_buttons()

    def _reasons(self, reasons: tuple[str, ...]) -> str:
        words = {
            "name": self.tr("same name"), "similar_name": self.tr("looks like"), "alias": self.tr("other spelling"),
            "date_of_birth": self.tr("same date of birth"), "age": self.tr("about the same age"),
            "nationality": self.tr("same nationality"),
        }
        return ", ".join(words[r] for r in reasons if r in words)

    def _choose(self, row: int, choice: sheet_import.Choice) -> None:
        self.known_choices[row] = choice
        self.known_rows_model.set_rows(self.known_rows_model.rows())  # the choice column changed
        rows = [int(r["row"]) for r in self.known_rows_model.rows()]
        following = [r for r in rows[rows.index(row) + 1:] + rows if r not in self.known_choices]
        self.known_rows_view.setCurrentIndex(self.known_rows_model.index(rows.index(following[0] if following
                                                                                    else row), 0))
        self._show_candidates()

    def choose_same(self) -> None:
        """"Dit is dezelfde persoon": the chosen row's signal will join the chosen candidate's file (or the
        case the chosen earlier row of the file opens)."""
        row = self._current_known_row()
        record = self.candidates_model.row_at(self.candidates_view.currentIndex().row())
        if row is not None and record is not None:
            self._choose(row, record["choice"])

    def choose_new(self) -> None:
        row = self._current_known_row()
        if row is not None:
            self._choose(row, sheet_import.NEW_PERSON)

    def choose_all_new(self) -> None:
        """Every row not chosen yet becomes a new person (the coordinator's explicit default)."""
        if self.check is None:
            return
        for row in sheet_import.unanswered_rows(self.check, self.known_choices):
            self.known_choices[row] = sheet_import.NEW_PERSON
        self.known_rows_model.set_rows(self.known_rows_model.rows())
        self._show_candidates()


def _person_text(person: Any) -> str:
    """The person of an import row as written in the file: name, date of birth or age."""
    if person is None:
        return ""
    parts = [" ".join(str(p) for p in (person.first_name, person.last_name) if p)]
    born = person.date_of_birth
    if born is not None:
        parts.append(born.strftime("%d-%m-%Y") if hasattr(born, "strftime") else str(born))
    elif person.estimated_age is not None:
        parts.append(str(person.estimated_age))
    return "  ·  ".join(p for p in parts if p)
