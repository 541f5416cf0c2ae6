"""A reusable PDF preview from BYTES: QtPdf (`QPdfDocument` over a QBuffer, `QPdfView`), zoom and
page navigation, printing onto a QPrinter. Nothing is ever written to disk to preview or print.

QtPdf comes from the `PySide6-Pdf` wheel (2.8 MB, already a dependency), not from
PySide6-Addons (59 MB) and not pypdfium2: one renderer for preview and print, no extra package.
`QPdfView` in FitToWidth mode can loop at some sizes while its scrollbar comes and goes, so the
vertical scrollbar is always on. The view renders asynchronously: tests wait before grabbing.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.ui import theme
from coordinator_app.ui.pdf_print import load_document, paint_with_progress

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT_WIDTH = -1.0
FIT_PAGE = -2.0


class PdfPreview(QWidget):
    """Shows PDF bytes held in memory; `set_pdf(data)`, `clear()`, `print_to(printer)`."""

    pageCountChanged = Signal(int)
    printed = Signal(int)  # pages sent to the printer after the print dialog (0 = nothing)
    printFailed = Signal(object)  # the exception (shown with show_error by the owner)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self._document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._data = b""
        self._print_dialog: QPrintDialog | None = None

        self._empty = QPdfDocument(self)  # shown when cleared: setDocument(None) warns in QtPdf
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Preview of the document"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # QPdfView in FitToWidth can resize forever when its scroll bar comes and goes
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet(f"QPdfView {{ background: {theme.PDF_BACKDROP}; }}")
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        self.placeholder = QLabel(self.tr("No preview yet."), self)
        self.placeholder.setObjectName("pdfPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(
            f"color: {theme.PLACEHOLDER_TEXT}; background: {theme.PLACEHOLDER_BACKGROUND}; padding: 24px;")

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)

        self.previous_button = self._tool(
            "pdfPrevious", "‹", self.tr("Previous page"), QKeySequence.StandardKey.MoveToPreviousPage
        )
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("pdfPage")
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.page_spin.setRange(0, 0)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_total = QLabel(self)
        self.page_total.setObjectName("pdfPageTotal")
        self.next_button = self._tool("pdfNext", "›", self.tr("Next page"), QKeySequence.StandardKey.MoveToNextPage)
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))

        self.zoom_out_button = self._tool("pdfZoomOut", "−", self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_button.clicked.connect(lambda: self._zoom_step(-1))
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.setObjectName("pdfZoom")
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.zoom_combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in ZOOM_STEPS:
            self.zoom_combo.addItem(f"{round(factor * 100)}%", factor)
        self.zoom_combo.currentIndexChanged.connect(self._zoom_chosen)
        self.zoom_in_button = self._tool("pdfZoomIn", "+", self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_button.clicked.connect(lambda: self._zoom_step(1))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        page_label = QLabel(self.tr("Page"), self)
        page_label.setBuddy(self.page_spin)
        for widget in (self.previous_button, page_label, self.page_spin, self.page_total, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_combo, self.zoom_in_button):
            bar.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._update_controls()

    def _tool(self, name: str, text: str, tip: str, key: QKeySequence.StandardKey) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setShortcut(QKeySequence(key))
        button.setAutoRaise(True)
        button.setMinimumWidth(28)
        return button

    # ------------------------------------------------------------------ content

    def set_pdf(self, data: bytes) -> None:
        """Show the PDF `data` (kept in memory only). Raises PdfLoadError for bytes QtPdf cannot open."""
        page = self.current_page()
        old_document, old_buffer = self._document, self._buffer
        document, buffer = load_document(data, self)
        self._document, self._buffer, self._data = document, buffer, bytes(data)
        self.view.setDocument(document)
        self._dispose(old_document, old_buffer)
        self.stack.setCurrentWidget(self.view)
        self._update_controls()
        if 0 < page < document.pageCount():
            self.go_to_page(page)
        self.pageCountChanged.emit(document.pageCount())

    def clear(self, message: str | None = None) -> None:
        """Forget the document (e.g. on lock) and show the placeholder."""
        old_document, old_buffer = self._document, self._buffer
        self._document, self._buffer, self._data = None, None, b""
        self.view.setDocument(self._empty)
        self._dispose(old_document, old_buffer)
        self.placeholder.setText(message if message is not None else self.tr("No preview yet."))
        self.stack.setCurrentWidget(self.placeholder)
        self._update_controls()
        self.pageCountChanged.emit(0)

    def show_message(self, message: str) -> None:
        """Show a message instead of a document (keeps nothing of the previous document)."""
        self.clear(message)

    @staticmethod
    def _dispose(document: QPdfDocument | None, buffer: QBuffer | None) -> None:
        if document is not None:
            document.close()
            document.deleteLater()
        if buffer is not None:
            buffer.close()
            buffer.setData(b"")
            buffer.deleteLater()

    def data(self) -> bytes:
        """The bytes on show (b"" when empty)."""
        return self._data

    def page_count(self) -> int:
        return self._document.pageCount() if self._document is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage() if self._document is not None else 0

    def go_to_page(self, index: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        index = max(0, min(count - 1, index))
        self.view.pageNavigator().jump(index, QPointF(0, 0), self.view.pageNavigator().currentZoom())
        self._update_controls()

    # ------------------------------------------------------------------ zoom

    def set_zoom(self, factor: float) -> None:
        """FIT_WIDTH, FIT_PAGE or a factor (1.0 = 100%)."""
        index = self.zoom_combo.findData(factor)
        if index >= 0:
            self.zoom_combo.setCurrentIndex(index)
        else:
            self._apply_zoom(factor)

    def _zoom_chosen(self, index: int) -> None:
        self._apply_zoom(float(self.zoom_combo.itemData(index)))

    def _apply_zoom(self, factor: float) -> None:
        if factor == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif factor == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)

    def _zoom_step(self, direction: int) -> None:
        current = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else 1.0
        if direction > 0:
            factor = next((f for f in ZOOM_STEPS if f > current + 1e-6), ZOOM_STEPS[-1])
        else:
            factor = next((f for f in reversed(ZOOM_STEPS) if f < current - 1e-6), ZOOM_STEPS[0])
        self.set_zoom(factor)

    # ------------------------------------------------------------------ state

    def _page_changed(self, _page: int) -> None:
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count()
        has = count > 0
        current = self.current_page() if has else -1
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if has else 0, max(count, 0))
        self.page_spin.setValue(current + 1 if has else 0)
        self.page_spin.blockSignals(False)
        self.page_total.setText(self.tr("of %1").replace("%1", str(count)) if has else "")
        for widget in (self.page_spin, self.zoom_combo, self.zoom_in_button, self.zoom_out_button):
            widget.setEnabled(has)
        self.previous_button.setEnabled(has and current > 0)
        self.next_button.setEnabled(has and current < count - 1)

    # ------------------------------------------------------------------ printing

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages on show onto `printer` (rendered from memory); returns the pages printed, 0 when
        the user cancelled the progress dialog (shown for more than three pages)."""
        if self._document is None:
            return 0
        return paint_with_progress(self, self._document, printer)

    def print_with_dialog(self) -> None:
        """Ask for a printer (non-blocking QPrintDialog); prints on accept and emits `printed`."""
        if self._document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Coordinator document"))
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setMinMax(1, self.page_count())
        dialog.accepted.connect(lambda: self._print_accepted(printer))
        dialog.finished.connect(dialog.deleteLater)
        self._print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open(receiver, member) hides the plain, non-blocking open()

    def _print_accepted(self, printer: QPrinter) -> None:
        try:
            pages = self.print_to(printer)
        except Exception as exc:  # the owner shows it; printing errors are rare and never hold content
            self.printFailed.emit(exc)
        else:
            self.printed.emit(pages)


__all__ = ["FIT_PAGE", "FIT_WIDTH", "PdfPreview"]
