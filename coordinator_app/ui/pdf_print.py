"""Printing a PDF held in memory: QtPdf renders each page from a QBuffer and it is painted onto a
QPrinter. Nothing is written to disk (no temporary file, no spool file of ours).

`print_pdf_bytes(parent, data)` asks for a printer with Qt's print dialog (translated through
qtbase_nl); pass a configured `printer` to print without a dialog (tests, "print again").
A print of more than three pages shows a cancellable progress dialog (`paint_with_progress`); a
cancelled print returns 0 pages, so callers audit only a print that completed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget
from shiboken6 import Shiboken

log = logging.getLogger("coordinator.print")

MAX_RENDER_DPI = 300
PROGRESS_FROM_PAGES = 3  # more pages than this: a cancellable progress dialog


class PdfLoadError(Exception):
    """The bytes are not a PDF QtPdf can open (a bug in our own PDF builder, never user data)."""


def load_document(data: bytes, parent=None, password: str | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over an in-memory buffer. Keep the returned buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    if password:
        document.setPassword(password)
    document.load(buffer)
    for _ in range(200):  # loading from a random-access buffer is quick, but may finish in the event loop
        if document.status() in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error):
            break
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PdfLoadError(str(document.error()))
    return document, buffer


def _still_open(document: QPdfDocument) -> bool:
    """False when the document was closed or deleted meanwhile (a lock while printing)."""
    return Shiboken.isValid(document) and document.status() == QPdfDocument.Status.Ready


def paint_document(
    document: QPdfDocument, printer: QPrinter, on_page: Callable[[int, int], bool] | None = None
) -> int:
    """Paint every page (or the printer's page range) onto `printer`; returns the number of pages printed.

    `on_page(done, total)` is called before each page; when it returns False (cancelled, or the
    document went away on a lock) the print job is aborted and 0 is returned: nothing counts as printed.
    """
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(count - 1, max(first, printer.toPage() - 1))
    total = last - first + 1
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    printed = 0
    try:
        for index in range(first, last + 1):
            if on_page is not None and (not on_page(printed, total) or not _still_open(document)):
                printer.abort()
                return 0
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi)))
            image = document.render(index, size)
            target = QRectF(painter.viewport())
            scale = min(target.width() / size.width(), target.height() / size.height())
            width, height = size.width() * scale, size.height() * scale
            box = QRectF(target.x() + (target.width() - width) / 2, target.y(), width, height)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(box, image)
            printed += 1
    finally:
        if painter.isActive():
            painter.end()
    return printed


def paint_with_progress(parent: QWidget | None, document: QPdfDocument, printer: QPrinter) -> int:
    """`paint_document` with a cancellable progress dialog when more than PROGRESS_FROM_PAGES pages
    are printed; events are processed between pages so the window keeps repainting. Returns the pages
    printed, 0 when the user cancelled (then nothing should be audited as printed)."""
    if document.pageCount() <= PROGRESS_FROM_PAGES:
        return paint_document(document, printer)
    translate = QCoreApplication.translate
    dialog = QProgressDialog(translate("PdfPrint", "Printing…"), translate("PdfPrint", "Cancel"), 0, 1, parent)
    dialog.setObjectName("printProgress")
    dialog.setWindowTitle(translate("PdfPrint", "Printing"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.show()

    def on_page(done: int, total: int) -> bool:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(translate("PdfPrint", "Printing page %1 of %2…").replace("%1", str(done + 1))
                            .replace("%2", str(total)))
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return not dialog.wasCanceled()

    try:
        return paint_document(document, printer, on_page)
    finally:
        dialog.close()
        dialog.deleteLater()


def print_pdf_bytes(parent: QWidget | None, data: bytes, printer: QPrinter | None = None) -> int:
    """Print the PDF `data`. Without `printer`, Qt's print dialog asks where (0 = the user cancelled).

    Returns the number of pages sent to the printer.
    """
    document, buffer = load_document(data, parent)
    try:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(QCoreApplication.translate("PdfPrint", "Coordinator document"))
            dialog = QPrintDialog(printer, parent)
            dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
            dialog.setMinMax(1, document.pageCount())
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        return paint_with_progress(parent, document, printer)
    finally:
        document.close()
        buffer.close()
        document.deleteLater()
        buffer.deleteLater()
