"""The Documenten page: every generated letter and attachment across cases (case number, title, kind,
date, size), opened in the in-memory preview, reprinted, saved as a copy; "Nieuwe brief" asks for
the case and opens the letter dialog. Cleared completely on lock."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from coordinator_app.errors import current_language, message
from coordinator_app.services.documents import letters, storage
from coordinator_app.ui import theme
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.documents.case_picker import CasePickerDialog
from coordinator_app.ui.documents.letter_dialog import LetterDialog, open_letter_dialog
from coordinator_app.ui.documents.models import DocumentsModel
from coordinator_app.ui.documents.preview import PdfPreview
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.flow import FlowLayout
from coordinator_app.ui.page import Page
from coordinator_app.ui.pdf_print import PdfLoadError
from coordinator_app.ui.save_names import suggested_path
from coordinator_app.ui.worker import run_db


class DocumentsPage(Page):
    page_id = "documents"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._open_id: int | None = None
        self._open_bytes = b""
        self._picker: CasePickerDialog | None = None
        self.letter_dialog: LetterDialog | None = None  # the last one opened (for the shell and tests)
        self._file_dialog: QFileDialog | None = None

        intro = QLabel(self.tr("Letters that were printed or saved, and attachments of every case. "
                               "Everything is stored in the encrypted vault."), self)
        intro.setObjectName("documentsIntro")
        intro.setWordWrap(True)
        theme.mark(intro, "muted")

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("documentsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter on case number or title"))
        self.filter_edit.setAccessibleName(self.tr("Filter documents"))
        self.filter_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New letter…"), self)
        self.new_button.setObjectName("newLetterButton")
        self.new_button.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_button.setToolTip(self.tr("Write a letter about a case (Ctrl+N)"))
        self.print_button = QPushButton(self.tr("&Print again…"), self)
        self.print_button.setObjectName("reprintButton")
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(self.tr("Save a &copy…"), self)
        self.save_button.setObjectName("saveCopyButton")
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))

        self.model = DocumentsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(DocumentsModel.SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView(self)
        self.table.setObjectName("documentsTable")
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DocumentsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No documents yet. Letters appear here once they are printed or saved."),
                                  self)
        self.empty_label.setObjectName("documentsEmpty")
        self.empty_label.setWordWrap(True)
        theme.mark(self.empty_label, "muted")
        self.empty_label.hide()
        self.limit_label = QLabel(self)
        self.limit_label.setObjectName("documentsLimit")
        self.limit_label.setWordWrap(True)
        theme.mark(self.limit_label, "muted")
        self.limit_label.hide()

        self.preview = PdfPreview(self)
        self.preview.printed.connect(self._reprinted)
        self.preview.printFailed.connect(lambda exc: show_error(self, exc))
        self.preview.clear(self.tr("Choose a document to see it here."))

        bar = FlowLayout()  # wraps onto a second line on a narrow screen
        bar.addWidget(self.filter_edit)
        for button in (self.new_button, self.print_button, self.save_button):
            bar.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.limit_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 440])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 16, 12)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.new_button.clicked.connect(self.new_letter)
        self.print_button.clicked.connect(self.reprint)
        self.save_button.clicked.connect(self.save_copy)
        ctx.changed.connect(self._changed)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Documents")

    # ------------------------------------------------------------------ data

    def on_unlocked(self) -> None:
        self.reload()

    def on_locked(self) -> None:
        self.model.set_rows([])
        self.filter_edit.clear()
        self.limit_label.clear()
        self.limit_label.hide()
        self._open_id, self._open_bytes = None, b""
        self.preview.clear(self.tr("Choose a document to see it here."))
        for dialog in (self._picker, self._file_dialog):
            if dialog is not None and Shiboken.isValid(dialog):
                dialog.reject()
        self._update_buttons()
        self.new_button.setEnabled(False)  # the vault closes right after this signal

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        vault = self.ctx.vault
        run_db(lambda _c: letters.document_list(vault), self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, found: letters.DocumentList) -> None:
        if not self.ctx.is_unlocked:
            return
        rows = found.rows
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.limit_label.setText(
            self.tr("Showing the newest %1 of %2 documents. Older documents are in the Documents tab of their case.")
            .replace("%1", QLocale().toString(len(rows))).replace("%2", QLocale().toString(found.total))
            if found.truncated else "")
        self.limit_label.setVisible(found.truncated)
        if self._open_id is not None:
            self.select_document(self._open_id)
        self._update_buttons()

    def _changed(self, area: str, _item_id: int) -> None:
        if area in ("document", "case") and self.ctx.is_unlocked:
            self.reload()

    # ------------------------------------------------------------------ selection and preview

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row()).id

    def select_document(self, document_id: int) -> None:
        row = self.model.index_of(document_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _row_changed(self) -> None:
        self.open_selected()
        self._update_buttons()

    def open_selected(self) -> None:
        """Show the selected document in the preview (bytes read into memory, never to disk)."""
        doc_id = self.selected_id()
        if doc_id is None or doc_id == self._open_id:
            return
        row = self.model.row_at(self.model.index_of(doc_id))
        self._open_id, self._open_bytes = doc_id, b""
        if row.mime_type != "application/pdf":
            self.preview.show_message(self.tr("This attachment is not a PDF and cannot be shown here. "
                                              "Save a copy to open it with another program."))
            self._update_buttons()
            return
        vault = self.ctx.vault
        run_db(lambda _c: storage.read_bytes(vault, doc_id), lambda data: self._show(doc_id, data),
               lambda exc: show_error(self, exc))

    def _show(self, doc_id: int, data: bytes) -> None:
        if doc_id != self._open_id or not self.ctx.is_unlocked:
            return
        try:
            self.preview.set_pdf(data)
        except PdfLoadError:
            self.preview.show_message(message("document_unreadable", current_language()))
            return
        self._open_bytes = data
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.print_button.setEnabled(has and bool(self._open_bytes) and self.preview.page_count() > 0)
        self.save_button.setEnabled(has)
        self.new_button.setEnabled(self.ctx.is_unlocked)

    # ------------------------------------------------------------------ actions

    def reprint(self) -> None:
        if self._open_id is not None and self._open_bytes:
            self.preview.print_with_dialog()

    def _reprinted(self, pages: int) -> None:
        doc_id = self._open_id
        if pages > 0 and doc_id is not None:
            vault = self.ctx.vault
            run_db(lambda _c: letters.record_reuse(vault, doc_id, "printed"), None, lambda exc: show_error(self, exc))

    def save_copy(self) -> None:
        """Ask where (non-blocking); the copy is unencrypted, as the dialog's title says."""
        doc_id = self.selected_id()
        if doc_id is None:
            return
        row = self.model.row_at(self.model.index_of(doc_id))
        suffix = ".pdf" if row.mime_type == "application/pdf" else (mimetypes.guess_extension(row.mime_type) or "")
        dialog = QFileDialog(self, self.tr("Save an unencrypted copy"), suggested_path("document", suffix))
        dialog.setObjectName("saveCopyDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self.save_copy_to(doc_id, path))
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        QDialog.open(dialog)  # QFileDialog.open(receiver, member) hides the plain, non-blocking open()

    def save_copy_to(self, doc_id: int, path: str | Path) -> None:
        vault = self.ctx.vault
        run_db(lambda _c: storage.save_copy(vault, doc_id, path), None, lambda exc: show_error(self, exc))

    def new_letter(self) -> None:
        """Ask for the case (by case number), then open the letter dialog."""
        if not self.ctx.is_unlocked:
            return
        self._picker = CasePickerDialog(self.ctx, self)
        self._picker.casePicked.connect(lambda case_id: self.show_item("case", case_id))
        self._picker.open()

    def show_item(self, kind: str, item_id: int) -> None:
        if kind == "case":
            self.letter_dialog = open_letter_dialog(self.ctx, item_id, self)
        elif kind == "document":
            self.select_document(item_id)
