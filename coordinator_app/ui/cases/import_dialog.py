"""Import cases from a spreadsheet: choose a file, see every problem per row and column in Dutch,
choose what happens with case numbers that already exist, then import (all rows, or the good ones)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.db.vault import Vault
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import current_language, message
from coordinator_app.services import case_import
from coordinator_app.ui.cases.common import RecordModel, call_db


def _problem(error: case_import.RowError, lang: str) -> str:
    """The message of a row error with every value from the file isolated (FSI ... PDI), so an override
    in a cell cannot reorder the Dutch words around it."""
    params = {k: bidi_isolate(v) if isinstance(v, str) else v for k, v in getattr(error.code, "params", {}).items()}
    return message(error.code, lang, **params)


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import cases from a spreadsheet"))
        self.resize(900, 600)
        self._vault = vault
        self.check: case_import.ImportCheck | None = None
        self.result: case_import.ImportResult | None = None
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
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_table, 1)
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
            self, lambda: case_import.write_template(path),
            lambda _r: self.summary.setText(self.tr("The empty template was saved."))))
        dialog.open()

    def check_path(self, path: str) -> None:
        self.check = None
        self.result = None
        self.errors_model.clear()
        self.ignore_columns.setChecked(False)
        self.file_label.setText(bidi_isolate(path))
        self.summary.setText(self.tr("Checking every row…"))
        self._update_buttons()
        vault = self._vault

        def failed_or_done(check: case_import.ImportCheck) -> None:
            self.check = check
            self._show_check()

        def failed(exc: BaseException) -> None:
            from coordinator_app.ui.error_dialog import error_text

            self.summary.setText(error_text(exc))
            self._update_buttons()

        from coordinator_app.ui.worker import run_db

        run_db(lambda _c: case_import.check_file(vault, path), failed_or_done, failed)

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
        self.summary.setText(text)
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
        self.import_button.setEnabled(bool(check and check.good) and (not has_bad or self.good_only.isChecked())
                                      and (not unknown or self.ignore_columns.isChecked()) and self.result is None)

    def run_import(self) -> None:
        if self.check is None:
            return
        vault, check = self._vault, self.check
        good_only, mode = self.good_only.isChecked(), "update" if self.update_existing.isChecked() else "skip"
        ignore = self.ignore_columns.isChecked()
        self.import_button.setEnabled(False)

        def done(result: case_import.ImportResult) -> None:
            self.result = result
            text = self.tr("Imported: %1 new case(s), %2 updated, %3 skipped.")
            for i, value in enumerate((len(result.created), len(result.updated), len(result.skipped)), 1):
                text = text.replace(f"%{i}", str(value))
            self.summary.setText(text)
            self._update_buttons()
            self.imported.emit()

        call_db(self, lambda: case_import.import_checked(vault, check, good_rows_only=good_only,
                                                         on_duplicate=mode, ignore_columns=ignore), done)

    def clear(self) -> None:
        self.check = None
        self.errors_model.clear()
        self.summary.clear()
        self.file_label.clear()

    def rows(self) -> list[dict[str, Any]]:
        return self.errors_model.rows()
