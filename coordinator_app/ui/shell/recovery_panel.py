"""Showing a recovery code once, with a button to print the one-page "Herstelcode" sheet.

The sheet is built in memory (reports/recovery_sheet.py) off the GUI thread and printed through
`pdf_print.print_pdf_bytes`: nothing is written to disk. The code is not selectable (a clipboard
manager would keep it).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordinator_app.reports.recovery_sheet import build_recovery_sheet, code_rows
from coordinator_app.ui import i18n, theme
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.pdf_print import print_pdf_bytes
from coordinator_app.ui.worker import run_job


class RecoveryCodePanel(QWidget):
    printed = Signal(int)  # pages printed (0 = cancelled)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._label = ""
        box = QFrame(self, objectName="recoveryCodeBox")
        box.setProperty("card", True)
        self.code_label = QLabel(box, objectName="recoveryCode")
        self.code_label.setProperty("role", "code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        inner = QVBoxLayout(box)
        inner.setContentsMargins(24, 18, 24, 18)
        inner.addWidget(self.code_label)
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"), self)
        theme.follow_icon(self.print_button, "print")
        self.print_button.setObjectName("printRecoveryCode")
        self.print_button.setAccessibleName(self.tr("Print the recovery sheet"))
        self.print_button.clicked.connect(lambda: self.print_sheet())
        self.status = QLabel(self, objectName="printStatus")
        self.status.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addLayout(row)

    def set_code(self, code: str, vault_label: str) -> None:
        self._code = code
        self._label = vault_label
        self.code_label.setText("\n".join(code_rows(code, groups_per_row=3)) if code else "")
        self.status.clear()

    def clear(self) -> None:
        self.set_code("", "")

    def print_sheet(self, printer: QPrinter | None = None) -> None:
        """Build the sheet off the GUI thread, then print it (Qt's print dialog unless `printer` is given)."""
        if not self._code:
            return
        code, label, lang = self._code, self._label, i18n.current_language()
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the sheet…"))

        def build(_control) -> bytes:
            return build_recovery_sheet(code, label, dt.date.today(), lang)

        def done(data: bytes) -> None:
            self.print_button.setEnabled(True)
            self.status.clear()
            try:
                pages = print_pdf_bytes(self, data, printer)
            except Exception as exc:  # a printer error is shown, never the code
                show_error(self, exc)
                return
            if pages:
                self.status.setText(self.tr("The sheet was sent to the printer."))
            self.printed.emit(pages)

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            self.status.clear()
            show_error(self, exc)

        run_job(build, done, failed)
