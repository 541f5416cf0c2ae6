"""Import preview (duplicates and problems marked before anything is written) and the export dialog
(which contacts, which format, and a clear warning that the file is not encrypted)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services.network import importing
from coordinator_app.services.network.importing import ImportItem, ImportResult
from coordinator_app.ui import fit
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.network import labels
from coordinator_app.ui.network.models import ImportPreviewModel
from coordinator_app.ui.worker import run_db


class ImportPreviewDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, ctx: AppContext, items: list[ImportItem], file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = items
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import contacts: preview"))
        self.setModal(True)
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Preview of %1").replace("%1", bidi_isolate(file_name)))
        heading.setObjectName("importHeading")
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        new = sum(1 for i in items if i.importable and not i.is_duplicate)
        dupes = sum(1 for i in items if i.importable and i.is_duplicate)
        bad = sum(1 for i in items if not i.importable)
        remarks = sum(1 for i in items if i.status == "remarks")
        self.summary = QLabel(
            self.tr("%1 entries: %2 new, %3 duplicates (already in the address book or twice in the file), "
                    "%4 cannot be imported. Nothing has been written yet.")
            .replace("%1", str(len(items))).replace("%2", str(new)).replace("%3", str(dupes)).replace("%4", str(bad))
            + " " + self.tr("%1 entries are imported with remarks (see Status).").replace("%1", str(remarks)))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        refused = [self.tr("Card %1 (%2): %3").replace("%1", str(i.where)).replace("%2", bidi_isolate(i.name))
                   .replace("%3", text) for i in items for text in labels.refused_properties_text(i.refused_properties)]
        self.refused_properties = QLabel(
            "\n".join([self.tr("Some properties cannot be read and are not imported; the rest of these cards is:"),
                        *refused]))
        self.refused_properties.setObjectName("importRefusedProperties")
        self.refused_properties.setProperty("role", "error")
        self.refused_properties.setWordWrap(True)
        self.refused_properties.setVisible(bool(refused))
        layout.addWidget(self.refused_properties)
        self.model = ImportPreviewModel(self)
        self.model.set_rows(items)
        self.view = QTableView()
        self.view.setObjectName("importTable")
        self.view.setAccessibleName(self.tr("Entries in the file"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        fit.keep_columns_fitted(self.view)  # long names elided with a tool tip, no sideways scrolling
        layout.addWidget(self.view, 1)
        self.include_duplicates = QCheckBox(self.tr("Also import the &duplicates (as separate entries; you can "
                                                    "merge them later)"))
        self.include_duplicates.setObjectName("includeDuplicates")
        self.include_duplicates.setAccessibleName(self.tr("Also import the duplicates"))
        self.include_duplicates.setEnabled(dupes > 0)
        layout.addWidget(self.include_duplicates)
        self.progress = QProgressBar(objectName="importApplyProgress")  # writing: entries written of all
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setFormat(self.tr("Writing entry %v of %m…"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        ok.setObjectName("importButton")
        ok.setEnabled(new + dupes > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ctx.locked.connect(self._on_locked)

    def run_import(self) -> None:
        if not self.ctx.is_unlocked:
            return
        vault, items, dupes = self.ctx.vault, self.items, self.include_duplicates.isChecked()
        self.buttons.setEnabled(False)
        self.include_duplicates.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)

        def work(control: Any) -> ImportResult:
            return importing.apply_import(vault, items, include_duplicates=dupes, progress=control.progress)

        def progress(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

        def done(result: ImportResult) -> None:
            self.ctx.notify("contact", -1)
            self.imported.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.progress.setVisible(False)
            self.buttons.setEnabled(True)
            self.include_duplicates.setEnabled(any(i.importable and i.is_duplicate for i in self.items))
            show_error(self, exc)

        run_db(work, done, failed, progress)

    def _on_locked(self) -> None:
        self.model.clear()
        self.items = []
        self.reject()


class ExportDialog(QDialog):
    """Asks which contacts and which format; warns that the file is not encrypted. Emits `chosen`."""

    chosen = Signal(str, str)  # scope (selected | shown | all), format (vcard3 | vcard4 | csv)

    def __init__(self, selected: int, shown: int, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export contacts"))
        self.setModal(True)
        self.resize(580, 280)
        layout = QVBoxLayout(self)
        warning = QLabel(self.tr(
            "<b>The exported file is not encrypted.</b> Anyone who gets hold of it can read these names, "
            "phone numbers and notes. Save it only where it is safe, and delete it when you no longer need it."))
        warning.setObjectName("exportWarning")
        warning.setProperty("role", "error")
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.scope = QButtonGroup(self)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        for key, text, count in (("selected", self.tr("The &selected entries (%1)"), selected),
                                 ("shown", self.tr("All entries shown in the &list (%1)"), shown),
                                 ("all", self.tr("The &whole address book (%1)"), total)):
            radio = QRadioButton(text.replace("%1", str(count)))
            radio.setObjectName(f"scope_{key}")
            radio.setAccessibleName(radio.text().replace("&", ""))
            radio.setProperty("scope", key)
            radio.setEnabled(count > 0)
            self.scope.addButton(radio)
            inner.addWidget(radio)
        first = next((b for b in self.scope.buttons() if b.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        label = QLabel(self.tr("Which entries:"))
        form.addRow(label, box)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.setAccessibleName(self.tr("File format"))
        self.format.addItem(self.tr("vCard 3.0 (.vcf) — Outlook, Google, Apple"), "vcard3")
        self.format.addItem(self.tr("vCard 4.0 (.vcf)"), "vcard4")
        self.format.addItem(self.tr("CSV (.csv) — spreadsheet"), "csv")
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose file and &export…"))
        ok.setObjectName("exportButton")
        ok.setEnabled(first is not None)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        checked = self.scope.checkedButton()
        if checked is None:
            return
        self.accept()
        self.chosen.emit(checked.property("scope"), self.format.currentData())
