"""The first-run wizard: what is stored and how it is protected, a passphrase with a strength
meter, the vault created off the GUI thread (atomically, by `Vault.create`: built with its first audit
event in a private staging folder and moved in last), the recovery code shown once (printable), and the
code typed back before the app opens. A mistyped code is refused.

The KDF profile is a constructor parameter only tests pass (keys.TEST_ONLY); the app never does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.db import keys, recovery_code
from coordinator_app.db.vault import Vault
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import KnownError, message
from coordinator_app.services import audit
from coordinator_app.ui.error_dialog import error_text
from coordinator_app.ui.shell.passphrase_fields import PassphraseFields
from coordinator_app.ui.shell.recovery_panel import RecoveryCodePanel
from coordinator_app.ui.worker import run_job

STEP_WELCOME, STEP_PASSPHRASE, STEP_CODE, STEP_CONFIRM = range(4)


def _label(text: str, role: str | None = None, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


class FirstRunWizard(QWidget):
    """Emits `completed(vault)` with the new, open vault once the recovery code was typed back."""

    completed = Signal(object)
    restore_requested = Signal(str)  # the vault folder: put a backup back instead (a new laptop)

    def __init__(
        self, folder: Path | str, parent: QWidget | None = None, *, kdf_profile: keys.KdfProfile = keys.PRODUCTION
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.folder = Path(folder)
        self._profile = kdf_profile
        self._vault: Vault | None = None
        self._code = ""
        self.steps = QStackedWidget(self, objectName="firstRunSteps")
        self.steps.addWidget(self._welcome_step())
        self.steps.addWidget(self._passphrase_step())
        self.steps.addWidget(self._code_step())
        self.steps.addWidget(self._confirm_step())
        self.progress_label = _label("", "muted", self)
        self.progress_label.setObjectName("stepIndicator")
        card = QWidget(self, objectName="firstRunCard")
        card.setMaximumWidth(760)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(0, 90, 0, 0)
        inner.addWidget(self.progress_label)
        inner.addWidget(self.steps)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 4)
        outer.addStretch(1)
        self.steps.currentChanged.connect(self._step_changed)
        self._step_changed(0)

    # --- steps ------------------------------------------------------------------------------------

    def _buttons(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return row

    def _welcome_step(self) -> QWidget:
        page = QWidget(self)
        heading = _label(self.tr("Welcome to Coordinator"), "heading", page)
        text = _label(
            self.tr(
                "Coordinator keeps your case files, your network of partners and your letters in one "
                "encrypted vault on this computer; nothing is sent anywhere. The vault opens only with your "
                "passphrase or with a recovery code that you keep on paper in a safe place."
            ),
            None,
            page,
        )
        folder = _label(self.tr("The vault will be created in: %1").replace("%1", bidi_isolate(str(self.folder))),
                        "muted", page)
        folder.setObjectName("vaultFolder")
        self.start_button = QPushButton(self.tr("&Choose a passphrase"), page, objectName="firstRunStart")
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(lambda: self.go(STEP_PASSPHRASE))
        self.restore_button = QPushButton(self.tr("&Restore a backup instead…"), page, objectName="firstRunRestore")
        self.restore_button.setAccessibleName(self.tr("Restore a backup made on another computer"))
        self.restore_button.clicked.connect(lambda: self.restore_requested.emit(str(self.folder)))
        QWidget.setTabOrder(self.restore_button, self.start_button)  # Tab follows the row: left to right
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, text, folder):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addLayout(self._buttons(self.restore_button, self.start_button))
        layout.addStretch(1)
        return page

    def _passphrase_step(self) -> QWidget:
        page = QWidget(self)
        heading = _label(self.tr("Choose a passphrase"), "heading", page)
        intro = _label(
            self.tr(
                "You type this passphrase every time you open Coordinator. Nobody can reset it for you: "
                "without the passphrase only the recovery code opens the vault."
            ),
            None,
            page,
        )
        self.fields = PassphraseFields(page)
        self.fields.changed.connect(self._update_create_button)
        self.busy = QProgressBar(page, objectName="createBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setAccessibleName(self.tr("Creating the vault"))
        self.busy.hide()
        self.busy_label = _label("", "muted", page)
        self.busy_label.setObjectName("createStatus")
        self.error = _label("", "error", page)
        self.error.setObjectName("createError")
        back = QPushButton(self.tr("&Back"), page, objectName="passphraseBack")
        back.clicked.connect(lambda: self.go(STEP_WELCOME))
        self.create_button = QPushButton(self.tr("&Create vault"), page, objectName="createVault")
        self.create_button.setProperty("primary", True)
        self.create_button.clicked.connect(self.create_vault)
        self.fields.repeat.returnPressed.connect(
            lambda: self.create_vault() if self.create_button.isEnabled() else None)  # Enter creates the vault
        self.back_button = back
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, intro, self.fields, self.busy, self.busy_label, self.error):
            layout.addWidget(widget)
        layout.addLayout(self._buttons(back, self.create_button))
        layout.addStretch(1)
        return page

    def _code_step(self) -> QWidget:
        page = QWidget(self)
        heading = _label(self.tr("Your recovery code"), "heading", page)
        intro = _label(
            self.tr(
                "This code opens the vault when the passphrase is forgotten. It is shown only now. Print the "
                "sheet or write the code down, and keep it in a locked place, away from this laptop."
            ),
            None,
            page,
        )
        self.code_panel = RecoveryCodePanel(page)
        self.code_panel.setObjectName("firstRunCodePanel")
        self.kept = QCheckBox(self.tr("I have printed or &written down the recovery code"), page, objectName="codeKept")
        self.kept.setAccessibleName(self.tr("I have printed or written down the recovery code"))
        self.code_next = QPushButton(self.tr("&Next"), page, objectName="codeNext")
        self.code_next.setProperty("primary", True)
        self.code_next.setEnabled(False)
        self.kept.toggled.connect(self.code_next.setEnabled)
        self.code_next.clicked.connect(lambda: self.go(STEP_CONFIRM))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, intro, self.code_panel, self.kept):
            layout.addWidget(widget)
        layout.addLayout(self._buttons(self.code_next))
        layout.addStretch(1)
        return page

    def _confirm_step(self) -> QWidget:
        page = QWidget(self)
        heading = _label(self.tr("Type the recovery code"), "heading", page)
        intro = _label(
            self.tr(
                "To be sure the code was written down correctly, type it here. Capitals, spaces and hyphens "
                "do not matter."
            ),
            None,
            page,
        )
        self.confirm_field = QLineEdit(page, objectName="confirmCode")
        self.confirm_field.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.confirm_field.setAccessibleName(self.tr("Recovery code"))
        self.confirm_field.returnPressed.connect(self.confirm_code)
        self.confirm_error = _label("", "error", page)
        self.confirm_error.setObjectName("confirmError")
        back = QPushButton(self.tr("Show the code &again"), page, objectName="confirmBack")
        back.clicked.connect(lambda: self.go(STEP_CODE))
        self.finish_button = QPushButton(self.tr("&Open Coordinator"), page, objectName="confirmFinish")
        self.finish_button.setProperty("primary", True)
        self.finish_button.clicked.connect(self.confirm_code)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, intro, self.confirm_field, self.confirm_error):
            layout.addWidget(widget)
        layout.addLayout(self._buttons(back, self.finish_button))
        layout.addStretch(1)
        return page

    # --- flow -------------------------------------------------------------------------------------

    def go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)

    def _step_changed(self, step: int) -> None:
        self.progress_label.setText(self.tr("Step %1 of %2").replace("%1", str(step + 1)).replace("%2", "4"))
        focus = {STEP_WELCOME: self.start_button, STEP_PASSPHRASE: self.fields.new, STEP_CODE: self.kept,
                 STEP_CONFIRM: self.confirm_field}[step]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if step == STEP_CONFIRM:
            self.confirm_field.clear()
            self.confirm_error.clear()
        self._update_create_button()

    def _update_create_button(self) -> None:
        self.create_button.setEnabled(self.fields.is_ready() and not self.busy.isVisible())

    def create_vault(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.error.setText(problem)
            return
        self.error.clear()
        passphrase, folder, profile = self.fields.passphrase(), self.folder, self._profile
        self.busy.show()
        self.busy_label.setText(self.tr("The vault is being created and the key derived. This takes a moment…"))
        for widget in (self.create_button, self.back_button, self.fields):
            widget.setEnabled(False)

        def work(_control) -> tuple[Vault, str]:
            # the first audit event is written in the staging folder, before the vault is moved in: a run
            # killed or failing at any point leaves no vault (the wizard can simply try again) or a whole one
            return Vault.create(folder, passphrase, profile=profile, fill=lambda v: audit.log(v, "vault_created"))

        run_job(work, self._created, self._create_failed)

    def _created(self, result: tuple[Vault, str]) -> None:
        self._vault, self._code = result
        self.busy.hide()
        self.busy_label.clear()
        self.fields.clear()
        self.code_panel.set_code(self._code, str(self.folder))
        self.go(STEP_CODE)

    def _create_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.busy_label.clear()
        for widget in (self.back_button, self.fields):
            widget.setEnabled(True)
        self.error.setText(error_text(exc))
        self._update_create_button()

    def confirm_code(self) -> None:
        """Accept the typed code only when it is the code shown (case, spaces and hyphens ignored)."""
        typed = self.confirm_field.text()
        try:
            ok = recovery_code.normalise(typed) == recovery_code.normalise(self._code)
            problem = None if ok else message("recovery_code_mismatch")
        except KnownError as exc:
            problem = exc.message()
        if problem:
            self.confirm_error.setText(problem)
            self.confirm_field.selectAll()
            return
        vault, self._vault = self._vault, None
        self._code = ""
        self.code_panel.clear()
        self.confirm_field.clear()
        self.completed.emit(vault)

    def discard(self) -> None:
        """Close a vault created here but not yet handed over (window closed half-way)."""
        if self._vault is not None and self._vault.is_open:
            self._vault.close()
        self._vault = None
        self._code = ""
        self.code_panel.clear()
