"""Compose a letter about a case: template, recipient from the address book, the sections to include,
language; a live preview of exactly what will be sent; print or save as PDF. Every printed or saved
letter is stored in the case with an audit event (services/documents/letters.py).

Data minimisation: only the ticked sections are read from the vault and shown in the preview. The
preview is rebuilt off the GUI thread: the vault part on the vault worker (`run_db`), the PDF build
with `run_job`. Nothing is written to disk to preview or print; saving writes only where the user
chooses, after a warning, optionally with a password.
"""

from __future__ import annotations

import re
from pathlib import Path

from anyascii import anyascii
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from coordinator_app.atomic import atomic_write_bytes
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import disk_error
from coordinator_app.reports.letters import letter_title
from coordinator_app.reports.pdf_security import encrypt_pdf
from coordinator_app.reports.texts import TEMPLATES
from coordinator_app.services.documents import letters
from coordinator_app.ui import fit
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.documents.letter_form import LetterForm, LetterRequest
from coordinator_app.ui.documents.preview import PdfPreview
from coordinator_app.ui.documents.save_options import SaveOptionsDialog
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.network.picker import pick
from coordinator_app.ui.save_names import documents_folder, generic_name
from coordinator_app.ui.worker import run_db, run_job

REBUILD_DELAY_MS = 250


def file_kind(template: str, lang: str) -> str:
    """The template's title as a file-name word: "Overdrachtsbrief" → "overdrachtsbrief",
    "Handover letter" → "handover-letter" (ASCII letters, digits and hyphens only)."""
    try:
        title = letter_title(template, lang)
    except ValueError:
        return "brief"
    word = re.sub(r"[^a-z0-9]+", "-", anyascii(title).lower()).strip("-")
    return word or "brief"


class LetterDialog(QDialog):
    stored = Signal(int)  # document id of a letter stored after printing or saving
    previewReady = Signal(int)  # page count of a fresh preview

    def __init__(
        self, ctx: AppContext, case_id: int, parent: QWidget | None = None, template: str = "handover"
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Letter"))
        self.resize(fit.fitted(QSize(1240, 740), fit.available(parent)))  # never past a 1366×768 screen
        self._choices: letters.LetterChoices | None = None
        self._generation = 0
        self._shown: LetterRequest | None = None  # the request whose bytes are in the preview
        self._save_options: SaveOptionsDialog | None = None
        self._file_dialog: QFileDialog | None = None
        self._printing: LetterRequest | None = None
        self._build_ui(template if template in TEMPLATES else "handover")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)
        ctx.locked.connect(self._on_locked)
        self._load_choices()

    # ------------------------------------------------------------------ layout

    def _build_ui(self, template: str) -> None:
        self.form = LetterForm(self.ctx.lang, template, self)
        self.form.changed.connect(self.schedule_rebuild)
        self.form.add_recipient_requested.connect(self._add_recipient)
        # the form's widgets, for the case screens and tests
        self.case_label, self.template_combo = self.form.case_label, self.form.template_combo
        self.organisation_combo, self.contact_combo = self.form.organisation_combo, self.form.contact_combo
        self.language_combo, self.section_checks = self.form.language_combo, self.form.section_checks
        self.font_warning = self.form.font_warning

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("buildProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.setToolTip(self.tr("Print the letter (Ctrl+P); it is kept in the case"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Save the letter as a PDF file (Ctrl+S); it is kept in the case"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.form, 1)
        left_layout.addWidget(self.status_label)
        left_layout.addWidget(self.progress)
        left.setMinimumWidth(360)
        left.setMaximumWidth(460)

        self.preview = PdfPreview(self)
        self.preview.printed.connect(self._printed_with_dialog)
        self.preview.printFailed.connect(lambda exc: show_error(self, exc))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._update_buttons()

    # ------------------------------------------------------------------ choices

    def _load_choices(self) -> None:
        vault = self.ctx.vault
        self.status_label.setText(self.tr("Loading the address book…"))
        run_db(lambda _c: letters.letter_choices(vault, self.case_id), self._choices_loaded, self._failed)

    def _add_recipient(self) -> None:
        """The address book's picker with "add on the spot"; the new entry is selected as the recipient."""
        pick(self.ctx, self, self._recipient_added, kinds=("organisation", "contact"))

    def _recipient_added(self, kind: str, item_id: int) -> None:
        if not self._alive():
            return
        vault = self.ctx.vault

        def loaded(choices: letters.LetterChoices) -> None:
            self._choices_loaded(choices)
            if self._alive():
                self.form.select_recipient(kind, item_id)

        run_db(lambda _c: letters.letter_choices(vault, self.case_id), loaded, self._failed)

    def _alive(self) -> bool:
        """False once the dialog is closed (deleted) or the vault locked: late results are dropped."""
        return Shiboken.isValid(self) and self.ctx.is_unlocked

    def _choices_loaded(self, choices: letters.LetterChoices) -> None:
        if not self._alive():
            return
        self._choices = choices
        self.setWindowTitle(self.tr("Letter for case %1").replace("%1", bidi_isolate(choices.case_number)))
        self.form.set_choices(choices)

    # ------------------------------------------------------------------ state

    def template(self) -> str:
        return self.form.template()

    def request(self) -> LetterRequest:
        return self.form.request()

    def set_sections(self, codes: list[str] | tuple[str, ...]) -> None:
        """Tick exactly these sections (for the case screens and tests)."""
        self.form.set_sections(codes)

    def is_current(self) -> bool:
        return self._shown is not None and self._shown == self.request() and bool(self.preview.data())

    def _update_buttons(self) -> None:
        ready = self.is_current()
        missing = self.form.lacks_recipient()
        self.print_button.setEnabled(ready and not missing)
        self.save_button.setEnabled(ready and not missing)
        if ready and missing:
            self.status_label.setText(self.tr("Choose a recipient from the address book first."))

    # ------------------------------------------------------------------ preview

    def schedule_rebuild(self) -> None:
        self._generation += 1
        self._update_buttons()
        if self._choices is not None:
            self._timer.start()

    def rebuild(self) -> None:
        """Gather the data on the vault worker, then build the PDF in the pool; show it when current."""
        if not self.ctx.is_unlocked or self._choices is None:
            return
        self._generation += 1
        generation, request, vault = self._generation, self.request(), self.ctx.vault
        self.progress.show()
        self.status_label.setText(self.tr("Making the preview…"))

        def gathered(data: letters.LetterData) -> None:
            if not self._alive() or generation != self._generation:
                return
            run_job(lambda _c: (letters.render(data), letters.missing_glyphs(data)),
                    lambda result: self._built(generation, request, *result), self._failed)

        run_db(lambda _c: letters.gather_letter_data(vault, self.case_id, request.template, request.organisation_id,
                                                     request.contact_id, request.sections, request.lang,
                                                     free_text=request.free_text),
               gathered, self._failed)

    def _built(self, generation: int, request: LetterRequest, pdf: bytes, missing: str) -> None:
        if not self._alive() or generation != self._generation:
            return
        self.preview.set_pdf(pdf)
        self._shown = request
        self.progress.hide()
        self.status_label.setText(self.tr("The preview shows exactly what will be printed or saved."))
        self.form.show_missing_glyphs(missing)
        self._update_buttons()
        self.previewReady.emit(self.preview.page_count())

    def _failed(self, exc: BaseException) -> None:
        # closed meanwhile: the worker does not call this and shows the failure without a parent (ui/worker.py)
        self.progress.hide()
        self.status_label.setText("")
        show_error(self, exc)

    # ------------------------------------------------------------------ print

    def print_letter(self) -> None:
        """Ask for a printer (Qt's print dialog, non-blocking), print, then keep the letter in the case."""
        if self.is_current():
            self._printing = self._shown
            self.preview.print_with_dialog()

    def _printed_with_dialog(self, pages: int) -> None:
        if pages > 0 and self._printing is not None:
            self._store(self._printing, self.preview.data(), "printed")

    def print_to(self, printer: QPrinter) -> int:
        """Print the letter on show to `printer` without a dialog, then store it; returns the pages printed."""
        if not self.is_current():
            return 0
        request, data = self._shown, self.preview.data()
        pages = self.preview.print_to(printer)
        if pages > 0 and request is not None:
            self._store(request, data, "printed")
        return pages

    # ------------------------------------------------------------------ save

    def default_file_name(self) -> str:
        """What the letter is and the date (`overdrachtsbrief-2026-12-05.pdf`, `referral-letter-….pdf`): the
        template's title in the letter's language, never a case number, recipient or name."""
        return generic_name(file_kind(self.form.template(), self.form.request().lang), ".pdf")

    def save_letter(self) -> None:
        """Warn, offer a password, ask where (all non-blocking), then write atomically and store."""
        if not self.is_current():
            return
        self._save_options = SaveOptionsDialog(self)
        self._save_options.accepted.connect(self._ask_where)
        self._save_options.open()

    def _ask_where(self) -> None:
        options = self._save_options
        dialog = QFileDialog(self, self.tr("Save letter as PDF"), str(documents_folder() / self.default_file_name()))
        dialog.setObjectName("saveFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        password = options.password() if options is not None else None
        dialog.fileSelected.connect(lambda path: self.save_to(path, password))
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        QDialog.open(dialog)  # QFileDialog.open(receiver, member) hides the plain, non-blocking open()

    def save_to(self, path: str | Path, password: str | None = None) -> None:
        """Write the letter on show to `path` (atomic; AES-256 when a password is given) and store it."""
        if not self.is_current():
            return
        request, data = self._shown, self.preview.data()
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")

        def write(_control) -> Path:
            payload = encrypt_pdf(data, password) if password else data
            try:
                atomic_write_bytes(target, payload)
            except OSError as exc:
                raise disk_error(exc) from exc
            return target

        self.progress.show()
        run_job(write, lambda _t: self._store(request, data, "saved"), self._failed)

    # ------------------------------------------------------------------ store

    def _store(self, request: LetterRequest | None, data: bytes, action: str) -> None:
        """Keep the letter in the case; finishes even when the dialog was closed in the meantime."""
        ctx, case_id = self.ctx, self.case_id
        if request is None or not data or not ctx.is_unlocked:
            return
        vault = ctx.vault
        if Shiboken.isValid(self):
            self.progress.show()

        def done(doc_id: int) -> None:
            ctx.notify("document", doc_id)
            if not Shiboken.isValid(self):
                return
            self.progress.hide()
            text = self.tr("Printed and kept in the case.") if action == "printed" else \
                self.tr("Saved and kept in the case.")
            self.status_label.setText(text)
            self.stored.emit(doc_id)

        run_db(lambda _c: letters.store_case_letter(vault, case_id, data, request.template, request.organisation_id,
                                                    request.contact_id, request.sections, action),
               done, self._failed)

    # ------------------------------------------------------------------ lock

    def _on_locked(self) -> None:
        self._generation += 1
        self._timer.stop()
        self.preview.clear()
        self.form.clear()
        self._shown = None
        self._choices = None
        self.reject()


def open_letter_dialog(ctx: AppContext, case_id: int, parent: QWidget | None = None,
                       template: str = "handover") -> LetterDialog:
    """Open the letter dialog for a case (non-blocking) and return it. For the case screens and the intake."""
    dialog = LetterDialog(ctx, case_id, parent, template)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["LetterDialog", "open_letter_dialog"]
