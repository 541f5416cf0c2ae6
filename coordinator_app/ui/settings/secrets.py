"""Dialogs of the settings page for the vault's secrets: change the passphrase, and renew the
recovery code (the passphrase asked again; the new code shown once, printable). The key
derivation runs on the vault worker, never on the GUI thread. Both dialogs open without blocking.

After a passphrase change a second dialog says what still opens with the old passphrase: older
backups, and the safety copies a restore left in the vault folder (listed with their age, with the
offer to delete them that the Back-ups page makes too). The change itself only rewrites the two key
files; it makes no safety copy.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.db import keys
from coordinator_app.errors import message
from coordinator_app.services import audit
from coordinator_app.ui.backups.safety import SafetyCopiesPanel
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import error_text
from coordinator_app.ui.shell.passphrase_fields import PassphraseFields
from coordinator_app.ui.shell.recovery_panel import RecoveryCodePanel
from coordinator_app.ui.worker import run_db


class _SecretDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current = QLineEdit(self, objectName="currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.error = QLabel(self, objectName="secretError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        ctx.locked.connect(self.reject)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.current.clear()
        self.error.setText(error_text(exc))


class ChangePassphraseDialog(_SecretDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, kdf_profile: keys.KdfProfile = keys.PRODUCTION):
        super().__init__(ctx, parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self._profile = kdf_profile
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.fields = PassphraseFields(self)
        self.ok = QPushButton(self.tr("&Change passphrase"), self, objectName="changePassphraseOk")
        self.ok.setProperty("primary", True)
        self.ok.clicked.connect(self.submit)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase:"), self.current)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        chain = [self.current, self.fields.new, self.fields.repeat, self.fields.show_text, self.ok,
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in itertools.pairwise(chain):  # Tab follows the form, top down
            QWidget.setTabOrder(first, second)

    def submit(self) -> None:
        problem = self.fields.problem()
        if not self.current.text():
            problem = message("passphrase_empty")
        if problem:
            self.error.setText(problem)
            return
        vault, old, new, profile = self.ctx.vault, self.current.text(), self.fields.passphrase(), self._profile

        def work(_control) -> None:
            vault.change_passphrase(old, new, profile=profile)
            audit.log(vault, "passphrase_changed")

        self._busy(True)
        run_db(work, lambda _r: self._done(), self._failed)

    def _done(self) -> None:
        self._busy(False)
        self.current.clear()
        self.fields.clear()
        self.followup = PassphraseChangedDialog(self.ctx, self.parentWidget())
        self.followup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.accept()
        self.followup.open()


class PassphraseChangedDialog(QDialog):
    """Shown after a successful passphrase change: old backups and safety copies still open with the old
    passphrase; the safety copies are listed with their age and can be deleted here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseChangedDialog")
        self.setWindowTitle(self.tr("Passphrase changed"))
        self.ctx = ctx
        done = QLabel(self.tr("The passphrase has been changed. From now on the vault opens with the new passphrase."),
                      self, objectName="passphraseChangedText")
        done.setWordWrap(True)
        self.warning = QLabel(self.tr(
            "Backups made before this change still open with the old passphrase (and with the recovery code "
            "that was valid when they were made). Changing the passphrase does not change them: keep them as "
            "safe as before, or delete the ones you no longer need, and make a new backup now."
        ), self, objectName="oldBackupsWarning")
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "error")
        self.safety = SafetyCopiesPanel(self, hide_when_empty=False)
        if ctx.is_unlocked:
            self.safety.load(ctx.vault.folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(done)
        layout.addWidget(self.warning)
        layout.addWidget(self.safety)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        ctx.locked.connect(self.reject)


class RenewRecoveryCodeDialog(_SecretDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("renewCodeDialog")
        self.setWindowTitle(self.tr("Renew recovery code"))
        self.current.setAccessibleName(self.tr("Passphrase"))
        intro = QLabel(
            self.tr(
                "A new recovery code replaces the old one: the old sheet stops working. Type your passphrase "
                "to continue."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.panel = RecoveryCodePanel(self)
        self.panel.hide()
        self.old_code_warning = QLabel(self.tr(
            "Backups made before now, and safety copies from before a restore, still open with the old recovery "
            "code: keep the old sheet as safe as those backups, or destroy both."
        ), self, objectName="oldCodeWarning")
        self.old_code_warning.setWordWrap(True)
        self.old_code_warning.setProperty("role", "error")
        self.old_code_warning.hide()
        self.safety = SafetyCopiesPanel(self)
        self.ok = QPushButton(self.tr("&Make a new code"), self, objectName="renewCodeOk")
        self.ok.setProperty("primary", True)
        self.ok.clicked.connect(self.submit)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.ActionRole)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Passphrase:"), self.current)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.panel)
        layout.addWidget(self.old_code_warning)
        layout.addWidget(self.safety)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.intro = intro
        self.setMinimumWidth(560)

    def submit(self) -> None:
        if not self.current.text():
            self.error.setText(message("passphrase_empty"))
            return
        vault, passphrase = self.ctx.vault, self.current.text()

        def work(_control) -> str:
            code = vault.new_recovery_code(passphrase)
            audit.log(vault, "recovery_code_renewed")
            return code

        self._busy(True)
        run_db(work, self._show_code, self._failed)

    def _show_code(self, code: str) -> None:
        self._busy(False)
        self.current.clear()
        self.current.setEnabled(False)
        self.ok.hide()
        self.error.clear()
        self.intro.setText(self.tr("This is your new recovery code. It is shown only now: print it or write it down."))
        self.panel.set_code(code, str(self.ctx.vault.folder))
        self.panel.show()
        self.old_code_warning.show()
        self.safety.load(self.ctx.vault.folder)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))

    def done(self, result: int) -> None:
        self.panel.clear()
        super().done(result)
