"""The unlock screen: passphrase or recovery code; key derivation off the GUI thread with a busy
indicator. A wrong secret gets a calm message, the field is cleared, and after repeated failures
the next try waits a little longer (0, 0, 1, 2, 4, 8 … 30 s; counted in memory only, because
nothing can be written to the vault while it is locked). A damaged vault gets a different
message that points to restoring a backup; a vault open elsewhere says so. A rollback report
(database and key file disagree) is explained and offers the way forward: the recovery code plus an
explicit confirmation, which the vault records in its audit log. After a lock the screen says why it
locked (`set_reason`); a vault already open in another Coordinator says so at once (`set_in_use`),
before any passphrase is typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import (
    NotSQLCipher,
    RecoveryCodeInvalid,
    RollbackDetected,
    VaultDamaged,
    WrongSecret,
    message,
)
from coordinator_app.ui import theme
from coordinator_app.ui.error_dialog import error_text
from coordinator_app.ui.worker import run_job

if TYPE_CHECKING:
    from coordinator_app.db.vault import Vault

DELAYS = (0, 0, 1, 2, 4, 8, 16, 30)  # seconds to wait after the n-th failure in a row


def failure_delay(failures: int) -> int:
    """Seconds to wait before the next try after `failures` failed tries in a row."""
    if failures <= 0:
        return 0
    return DELAYS[min(failures, len(DELAYS)) - 1]


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # the open Vault
    restore_requested = Signal(str)  # the vault folder

    def __init__(self, folder: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.folder = Path(folder)
        self.failures = 0
        self._wait_left = 0
        self._busy = False
        self._use_code = False
        self._in_use = False
        card = QFrame(self, objectName="unlockCard")
        card.setProperty("card", True)
        card.setFixedWidth(520)
        icon = QLabel(card)
        theme.follow(icon, lambda: icon.setPixmap(theme.icon("lock", theme.accent(), 48).pixmap(48, 48)))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("Coordinator is locked"), card)
        heading.setProperty("role", "heading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)  # a longer translation takes two lines in the fixed-width card
        self.folder_label = QLabel(self.tr("Vault: %1").replace("%1", bidi_isolate(self.folder.name)), card)
        self.folder_label.setProperty("role", "muted")
        self.folder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.folder_label.setToolTip(bidi_isolate(str(self.folder)))
        self.reason_label = QLabel(card, objectName="lockReason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason_label.setVisible(False)
        self.prompt = QLabel(card)
        self.prompt.setWordWrap(True)
        self.passphrase = QLineEdit(card, objectName="unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.code = QLineEdit(card, objectName="unlockRecoveryCode")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.code.setAccessibleName(self.tr("Recovery code"))
        for field in (self.passphrase, self.code):
            field.returnPressed.connect(self.try_unlock)
            field.textEdited.connect(lambda _text: self.message.clear() if not self._wait_left else None)
        self.unlock_button = QPushButton(self.tr("&Unlock"), card, objectName="unlockButton")
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button = QPushButton(card, objectName="useRecoveryCode")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(lambda: self.set_use_code(not self._use_code))
        self.busy = QProgressBar(card, objectName="unlockBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Opening the vault"))
        self.busy.setVisible(False)
        self.message = QLabel(card, objectName="unlockMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.restore_button = QPushButton(self.tr("&Restore backup…"), card)
        theme.follow_icon(self.restore_button, "backups")
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore backup"))
        self.restore_button.clicked.connect(lambda: self.restore_requested.emit(str(self.folder)))
        # After a rollback report (database and key file disagree): the way forward for the owner.
        self.rollback_confirm = QCheckBox(
            self.tr("I understand the report and open the vault as it is now with the recovery code "
                    "(recorded in the vault's log)"), card)
        self.rollback_confirm.setObjectName("rollbackConfirm")
        self.rollback_confirm.setAccessibleName(self.tr("Open the vault as it is now"))
        self.rollback_confirm.setVisible(False)
        self._rollback_reported = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(10)
        for widget in (icon, heading, self.folder_label, self.reason_label, self.prompt, self.passphrase, self.code,
                       self.busy):
            inner.addWidget(widget)
        inner.addWidget(self.rollback_confirm)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        inner.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self._wait_timer = QTimer(self, interval=1000)
        self._wait_timer.timeout.connect(self._tick)
        self.setTabOrder(self.passphrase, self.code)
        self.setTabOrder(self.code, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.switch_button)
        self.setTabOrder(self.switch_button, self.restore_button)
        self.set_use_code(False)

    # --- state ------------------------------------------------------------------------------------

    def set_use_code(self, use_code: bool) -> None:
        self._use_code = use_code
        self.passphrase.setVisible(not use_code)
        self.code.setVisible(use_code)
        self.passphrase.clear()
        self.code.clear()
        if use_code:
            self.prompt.setText(self.tr("Type the recovery code from the sheet in your safe."))
            self.switch_button.setText(self.tr("Use the &passphrase"))
        else:
            self.prompt.setText(self.tr("Type your passphrase to open the vault."))
            self.switch_button.setText(self.tr("Use the recovery &code"))
        self.switch_button.setAccessibleName(self.switch_button.text().replace("&", ""))
        self.focus_field()

    def reason_text(self, reason: str, idle_minutes: int = 0) -> str:
        """Why the app locked, in the user's words ("" when it has not been unlocked yet)."""
        if reason == "idle":
            if idle_minutes >= 1:
                return self.tr("Locked after %n minute(s) without activity.", "", idle_minutes)
            return self.tr("Locked because Coordinator was not used for a while.")
        texts = {
            "manual": self.tr("Locked with Ctrl+L or the Lock button."),
            "session_lock": self.tr("Locked because the computer was locked."),
            "screensaver": self.tr("Locked because the screen saver started."),
            "suspend": self.tr("Locked because the computer went to sleep."),
            "minimise": self.tr("Locked because the window was minimised."),
        }
        return texts.get(reason, "")

    def set_reason(self, reason: str, idle_minutes: int = 0) -> None:
        text = self.reason_text(reason, idle_minutes)
        self.reason_label.setText(text)
        self.reason_label.setVisible(bool(text))

    def set_in_use(self, in_use: bool) -> None:
        """Another Coordinator has this vault open: say so now and do not ask for the passphrase."""
        self._in_use = in_use
        for widget in (self.passphrase, self.code, self.switch_button, self.unlock_button):
            widget.setEnabled(not in_use)
        self.message.setText(message("vault_in_use") if in_use else "")

    def focus_field(self) -> None:
        (self.code if self._use_code else self.passphrase).setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """Back to a clean screen (after a lock): fields empty, no message; the failure count stays."""
        self.passphrase.clear()
        self.code.clear()
        self.set_use_code(False)  # the next unlock starts with the passphrase again
        self._show_rollback_choice(False)
        if not self._wait_left and not self._in_use:
            self.message.clear()
        self.focus_field()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.code, self.switch_button):
            widget.setEnabled(not busy and not self._in_use)
        self.unlock_button.setEnabled(not busy and not self._wait_left and not self._in_use)

    # --- unlocking --------------------------------------------------------------------------------

    def try_unlock(self) -> None:
        if self._busy or self._wait_left or self._in_use:
            return
        secret = (self.code if self._use_code else self.passphrase).text()
        if not secret:
            self.message.setText(message("recovery_code_length", expected=36, actual=0) if self._use_code
                                 else message("passphrase_empty"))
            return
        folder, use_code = self.folder, self._use_code
        accept = use_code and self._rollback_reported and self.rollback_confirm.isChecked()
        self.message.clear()
        self._set_busy(True)

        def work(_control) -> Vault:
            # start-up time: loaded after the first paint
            from coordinator_app.db.vault import Vault  # SQLAlchemy loads while the key is derived

            if use_code:
                return Vault.open(folder, code=secret, accept_rollback=accept)
            return Vault.open(folder, passphrase=secret)

        run_job(work, self._done, self._failed)

    def _show_rollback_choice(self, show: bool) -> None:
        self._rollback_reported = show
        self.rollback_confirm.setChecked(False)
        self.rollback_confirm.setVisible(show)

    def _done(self, vault: Vault) -> None:
        self._set_busy(False)
        self._show_rollback_choice(False)
        self.failures = 0
        self.passphrase.clear()
        self.code.clear()
        self.message.clear()
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.code.clear()
        if isinstance(exc, RecoveryCodeInvalid):  # a typo, caught before any key derivation: no delay
            self.message.setText(exc.message())
        elif isinstance(exc, RollbackDetected):  # explain, then offer the recovery code with a confirmation
            self.set_use_code(True)
            self._show_rollback_choice(True)
            self.message.setText(exc.message())
        elif isinstance(exc, WrongSecret):
            self.failures += 1
            self.message.setText(exc.message())
            self._start_wait(failure_delay(self.failures))
        elif isinstance(exc, (VaultDamaged, NotSQLCipher)):
            hint = message("unlock_damaged_hint") if self.restore_button.isVisible() else ""
            self.message.setText(f"{exc.message()} {hint}".strip())
        else:
            self.message.setText(error_text(exc))
        self.focus_field()

    def _start_wait(self, seconds: int) -> None:
        if seconds <= 0:
            return
        self._wait_left = seconds
        self.unlock_button.setEnabled(False)
        self._show_wait()
        self._wait_timer.start()

    def _show_wait(self) -> None:
        wrong = message("wrong_passphrase") if not self._use_code else message("wrong_recovery_code")
        self.message.setText(f"{wrong} {message('unlock_wait', seconds=self._wait_left)}")

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self._show_wait()
            return
        self._wait_timer.stop()
        self._wait_left = 0
        self.message.clear()
        self.unlock_button.setEnabled(not self._busy)
