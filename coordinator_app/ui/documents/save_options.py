"""Before a letter leaves the vault as a PDF file: a clear warning that the copy is not encrypted,
and the offer to protect it with a password (AES-256, PDF 2.0 security handler, via pypdf).

The password gets the same rules as the vault's passphrase (PassphraseFields: at least
passphrase.MIN_LENGTH characters, zxcvbn score >= passphrase.MIN_SCORE, the strength meter): the file
may travel by e-mail, where only the password stands between the letter and its readers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.reports.pdf_security import ALGORITHM_LABEL
from coordinator_app.services import passphrase
from coordinator_app.ui.shell.passphrase_fields import PassphraseFields

MIN_PASSWORD = passphrase.MIN_LENGTH


class SaveOptionsDialog(QDialog):
    """Warns, offers a password; `password()` is None for an unprotected copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveOptionsDialog")
        self.setWindowTitle(self.tr("Save as PDF"))
        self.setMinimumWidth(520)

        warning = QLabel(
            self.tr(
                "<b>This copy is saved outside the encrypted vault.</b> Anyone who can open the file can read "
                "it, including the special categories of personal data in it. Save it only where it is "
                "needed, and delete it when it has been sent."
            ),
            self,
        )
        warning.setObjectName("saveWarning")
        warning.setWordWrap(True)

        self.protect_check = QCheckBox(self.tr("&Protect the PDF with a password"), self)
        self.protect_check.setObjectName("protectCheck")
        self.protect_check.setAccessibleName(self.tr("Protect the PDF with a password"))
        self.protect_check.setChecked(True)

        self.algorithm_note = QLabel(
            self.tr(
                "The file is encrypted with %1. It opens only with this password in any common PDF reader. "
                "Send the password separately (by phone or text message), never with the file."
            ).replace("%1", ALGORITHM_LABEL),
            self,
        )
        self.algorithm_note.setObjectName("algorithmNote")
        self.algorithm_note.setWordWrap(True)

        self.fields = PassphraseFields(self)
        self.password_edit, self.repeat_edit = self.fields.new, self.fields.repeat
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.repeat_edit.setObjectName("passwordRepeat")
        self.repeat_edit.setAccessibleName(self.tr("Repeat the password"))

        self.error_label = QLabel(self)
        self.error_label.setObjectName("saveError")
        self.error_label.setStyleSheet("color: #a4262c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("&Choose location…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("chooseLocationButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setObjectName("cancelSaveButton")
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addSpacing(6)
        layout.addWidget(self.protect_check)
        layout.addWidget(self.algorithm_note)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.protect_check.toggled.connect(self._protect_toggled)

    def _protect_toggled(self, on: bool) -> None:
        for widget in (self.fields, self.algorithm_note):
            widget.setEnabled(on)
        self.error_label.hide()

    def _check_and_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        self.accept()

    def problem(self) -> str:
        """The reason the password cannot be used, in the user's language ("" when fine)."""
        if not self.protect_check.isChecked():
            return ""
        return self.fields.problem() or ""

    def password(self) -> str | None:
        return self.password_edit.text() if self.protect_check.isChecked() else None

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.fields.clear()
