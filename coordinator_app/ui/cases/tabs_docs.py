"""The Documenten tab (attachments and letters kept in the vault; shown from memory, a copy saved only
on request with a warning that it is unencrypted) and the Audit tab (this case's audit events)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.db.vault import Vault
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.services import audit
from coordinator_app.services.documents import letters, storage
from coordinator_app.ui import fit
from coordinator_app.ui.cases.common import RecordModel, call_db, label
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.flow import FlowLayout
from coordinator_app.ui.pdf_print import PdfLoadError, load_document, print_pdf_bytes
from coordinator_app.ui.save_names import suggested_path
from coordinator_app.ui.worker import run_db


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB".replace(".", ",")
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def local_time(at: dt.datetime) -> str:
    """A stored UTC time in the computer's time zone, as DD-MM-YYYY HH:MM."""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%d-%m-%Y %H:%M")


class DocumentViewer(QDialog):
    """Shows an image or a PDF from bytes in memory (no temporary file)."""

    def __init__(self, title: str, data: bytes, mime: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentViewer")
        self.setWindowTitle(bidi_isolate(title))  # the document's title: an override cannot reorder it
        self.resize(fit.fitted(QSize(900, 700), fit.available(parent)))
        layout = QVBoxLayout(self)
        self._keep: list[Any] = []
        if mime == "application/pdf":
            try:
                document, buffer = load_document(data, self)
            except PdfLoadError:
                layout.addWidget(QLabel(self.tr("This PDF cannot be shown.")))
            else:
                self._keep += [document, buffer]
                view = QPdfView(self)
                view.setObjectName("documentPdfView")
                view.setPageMode(QPdfView.PageMode.MultiPage)
                view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
                # QPdfView in FitToWidth can resize forever when its scroll bar comes and goes
                view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
                view.setDocument(document)
                layout.addWidget(view)
        else:
            image = QImage.fromData(data)
            area = QScrollArea(self)
            shown = QLabel()
            shown.setObjectName("documentImage")
            shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if image.isNull():
                shown.setText(self.tr("This file cannot be shown here. Save a copy to open it elsewhere."))
            else:
                shown.setPixmap(QPixmap.fromImage(image))
            area.setWidget(shown)
            area.setWidgetResizable(True)
            layout.addWidget(area)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class DocumentsTab(QWidget):
    changed = Signal()
    letter_requested = Signal(int)  # case id: compose a letter (handled by the page, which has the context)

    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_documents")
        self._vault = vault
        self.case_id: int | None = None
        self.viewer: DocumentViewer | None = None
        self.model = RecordModel([
            (self.tr("Title"), lambda r: r["title"]),
            (self.tr("Kind"), lambda r: label("document_kind", r["kind"])),
            (self.tr("File name"), lambda r: r["filename"]),
            (self.tr("Size"), lambda r: human_size(r["size"])),
            (self.tr("Added"), lambda r: local_time(r["created_at"])),
        ], self)
        # the buttons above the table are created first: Tab reaches them first
        buttons = FlowLayout()  # wraps onto a second line on a narrow screen
        for name, text, slot in (
            ("documentLetter", self.tr("New &letter…"), self.request_letter),
            ("documentAdd", self.tr("&Add file…"), self.choose_file),
            ("documentOpen", self.tr("&Open"), self.open_selected),
            ("documentPrint", self.tr("&Print…"), self.print_selected),
            ("documentSave", self.tr("Save a &copy…"), self.save_copy),
            ("documentDelete", self.tr("&Delete"), self.delete_selected),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.table = QTableView(self)
        self.table.setObjectName("documentsTable")
        self.table.setAccessibleName(self.tr("Documents of this case"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.status = QLabel(self)
        self.status.setObjectName("documentsStatus")
        note = QLabel(self.tr("Documents are stored encrypted in the vault (up to 200 MB each). "
                              "They are shown from memory; a saved copy is not encrypted."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(note)

    def load(self, case_id: int) -> None:
        self.case_id = case_id
        self.reload()

    def request_letter(self) -> None:
        if self.case_id is not None:
            self.letter_requested.emit(self.case_id)

    def reload(self) -> None:
        if self.case_id is None:
            return
        vault, case_id = self._vault(), self.case_id

        def loaded(rows: list[dict[str, Any]]) -> None:
            if case_id == self.case_id:  # not locked or switched to another case meanwhile
                self.model.set_rows(rows)

        call_db(self, lambda: [d.__dict__ | {"is_image": d.is_image, "is_pdf": d.is_pdf}
                               for d in storage.list_documents(vault, case_id)], loaded)

    def clear(self) -> None:
        self.case_id = None
        self.model.clear()
        self.status.clear()
        if self.viewer is not None:
            self.viewer.close()
            self.viewer = None

    def selected(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Add a file to this case"))
        dialog.setObjectName("documentFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.add_file)
        dialog.open()

    def add_file(self, path: str) -> None:
        if self.case_id is None or not path:
            return
        vault, case_id = self._vault(), self.case_id
        self.status.setText(self.tr("Storing the file in the vault…"))

        def progress(done: int, _total: int) -> None:
            self.status.setText(self.tr("Storing the file in the vault… %1").replace("%1", human_size(done)))

        def finished(_doc_id: Any) -> None:
            self.status.setText(self.tr("The file is stored in the vault."))
            self.reload()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.status.clear()
            show_error(self, exc)

        run_db(lambda c: storage.add_attachment(vault, case_id, path, progress=lambda n: c.progress(n, 0)),
               finished, failed, progress)

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        vault, doc_id = self._vault(), row["id"]

        def show(data: bytes) -> None:
            if not (row["is_image"] or row["is_pdf"]):
                self.status.setText(self.tr("This kind of file cannot be shown here; save a copy to open it."))
                return
            self.viewer = DocumentViewer(row["title"], data, row["mime_type"], self)
            self.viewer.open()

        call_db(self, lambda: storage.read_bytes(vault, doc_id), show)

    def print_selected(self) -> None:
        """Print a PDF from memory with Qt's print dialog (no file is written)."""
        row = self.selected()
        if row is None:
            return
        if not row["is_pdf"]:
            self.status.setText(self.tr("Only PDF documents can be printed from here; save a copy to print others."))
            return
        vault, doc_id = self._vault(), row["id"]

        def print_it(data: bytes) -> None:
            if print_pdf_bytes(self, data):
                call_db(self, lambda: letters.record_reuse(vault, doc_id, "printed"))

        call_db(self, lambda: storage.read_bytes(vault, doc_id), print_it)

    def save_copy(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save an unencrypted copy"),
                          self.tr("The copy is NOT encrypted. Anyone with access to the folder can read it. "
                                  "Save it only where it is safe, and delete it when you no longer need it."),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("documentCopyWarning")
        box.accepted.connect(lambda: self._ask_target(row))
        box.open()

    def _ask_target(self, row: dict[str, Any]) -> None:
        suffix = Path(row["filename"] or "").suffix or (".pdf" if row["is_pdf"] else "")
        dialog = QFileDialog(self, self.tr("Save a copy"), suggested_path("document", suffix))
        dialog.setObjectName("documentSaveCopyDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self.save_copy_to(row["id"], path))
        dialog.open()

    def save_copy_to(self, doc_id: int, path: str) -> None:
        vault = self._vault()
        call_db(self, lambda: storage.save_copy(vault, doc_id, path),
                lambda _r: self.status.setText(self.tr("An unencrypted copy was saved.")))

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete document"),
                          self.tr("Delete “%1” from the vault for good?").replace("%1", bidi_isolate(row["title"])),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("documentDeleteConfirm")
        box.accepted.connect(lambda: self.delete_document(row["id"]))
        box.open()

    def delete_document(self, doc_id: int) -> None:
        vault = self._vault()

        def done(_r: Any) -> None:
            self.reload()
            self.changed.emit()

        call_db(self, lambda: storage.delete_document(vault, doc_id), done)


class AuditTab(QWidget):
    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_audit")
        self._vault = vault
        self.case_id = None
        self.model = RecordModel([
            (self.tr("When"), lambda r: local_time(r["at"])),
            (self.tr("Event"), lambda r: self.event_label(r["event"])),
            (self.tr("Part"), lambda r: self.kind_label(r["object_kind"])),
            (self.tr("Detail"), lambda r: self.detail_label(r["detail"])),
        ], self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit events of this case"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(self.tr("The audit trail records what happened and when, never personal data."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)

    def event_label(self, event: str) -> str:
        return {
            "case_created": self.tr("Case created"), "case_updated": self.tr("Case changed"),
            "case_status_changed": self.tr("Status changed"), "case_reopened": self.tr("Case reopened"),
            "case_imported": self.tr("Imported"), "document_added": self.tr("Document added"),
            "document_deleted": self.tr("Document deleted"), "document_saved": self.tr("Copy of document saved"),
            "document_printed": self.tr("Document printed"),
            "letter_created": self.tr("Letter created"), "letter_printed": self.tr("Letter printed"),
            "letter_saved": self.tr("Copy of letter saved"), "intake_completed": self.tr("Intake completed"),
            "case_exported": self.tr("Exported for the person (access request)"),
        }.get(event, event)

    def detail_label(self, detail: str | None) -> str:
        """Codes in the detail column in words: a status change, a document kind, a task done or open."""
        if not detail:
            return ""
        if ">" in detail:
            old, new = detail.split(">", 1)
            return f"{label('status', old)} → {label('status', new)}"
        if detail in ("letter", "attachment"):
            return label("document_kind", detail)
        return {"done": self.tr("done"), "open": self.tr("open again")}.get(detail, detail)

    def kind_label(self, kind: str | None) -> str:
        return {
            "case": self.tr("case"), "journal": self.tr("journal"), "task": self.tr("task"),
            "milestone": self.tr("route"), "consent": self.tr("consent"), "indicator": self.tr("indicator"),
            "involvement": self.tr("network"), "document": self.tr("document"),
        }.get(kind or "", kind or "")

    def load(self, case_id: int) -> None:
        vault = self._vault()
        self.case_id: int | None = case_id

        def loaded(rows: list[dict[str, Any]]) -> None:
            if case_id == self.case_id:
                self.model.set_rows(rows)

        call_db(self, lambda: [e.__dict__ for e in audit.events(vault, case_id=case_id)], loaded)

    def clear(self) -> None:
        self.case_id = None
        self.model.clear()
