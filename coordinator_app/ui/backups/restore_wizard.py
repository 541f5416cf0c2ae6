"""The restore wizard: pick a backup file, give its passphrase or recovery code, see what it holds,
confirm, restore. Works without an open vault (the unlock screen opens it on a new laptop) and from
the Back-ups page (the open vault is locked, with pending edits saved, just before the swap).

Verification and restore run off the GUI thread with a progress bar; Cancel stops them before
anything changed. Afterwards the unlock screen shows: open the vault with the secrets that were
valid when the backup was made. `restored(folder)` is emitted when done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coordinator_app.db.folder import is_vault
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import KnownError, RecoveryCodeInvalid, WrongSecret
from coordinator_app.services.backups import file_format, restore, verify
from coordinator_app.ui.backups.models import format_size, format_when
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import error_text
from coordinator_app.ui.worker import Cancelled, JobControl, run_job

PAGE_FILE, PAGE_SECRET, PAGE_CONFIRM, PAGE_DONE = range(4)


def _label(text: str = "", parent: QWidget | None = None, role: str | None = None, name: str | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths and file names are never markup
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


class _BusyPage(QWizardPage):
    """A page whose Next runs a job first; Next goes on only when the job succeeded."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self.w = wizard
        self.passed = False
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(QCoreApplication.translate("RestoreWizard", "Progress"))
        self.progress.hide()
        self.message = _label("", self, "error")

    def run(self, fn, on_success) -> None:
        self.message.clear()
        self.progress.setValue(0)
        self.progress.show()
        self.w.set_busy(True)

        def done(result: object) -> None:
            self.w.set_busy(False)
            self.progress.hide()
            on_success(result)
            self.passed = True
            self.w.next()

        def failed(exc: BaseException) -> None:
            self.w.set_busy(False)
            self.progress.hide()
            self.message.setText(
                QCoreApplication.translate("RestoreWizard", "Cancelled: nothing was changed.")
                if isinstance(exc, Cancelled) else error_text(exc)
            )
            self.failed(exc)

        self.w.job = run_job(fn, done, failed, lambda d, t: self.progress.setValue(int(100 * d / max(t, 1))))

    def failed(self, exc: BaseException) -> None:
        """Hook for pages that react to a failure."""

    def cleanupPage(self) -> None:
        self.passed = False
        self.message.clear()


class FilePage(QWizardPage):
    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self.w = wizard
        self.header: file_format.BackupHeader | None = None
        self.setTitle(self.tr("Choose the backup"))
        self.setSubTitle(self.tr("Pick the backup file (.cbak), for example on the USB stick or network drive."))
        self.path_edit = QLineEdit(self, objectName="restoreFile")
        self.path_edit.setAccessibleName(self.tr("Backup file"))
        self.path_edit.setPlaceholderText(self.tr("Path of the backup file"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("&Browse…"), self, objectName="restoreBrowse")
        browse.setAccessibleName(self.tr("Browse for the backup file"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.hint = _label(self.tr("Backups are named coordinator-backup-<date>-<time>.cbak."), self, "muted")
        self.info = _label("", self, name="restoreFileInfo")
        self.target = _label("", self, "muted", "restoreTarget")
        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("Backup &file:"), self)
        file_label.setBuddy(self.path_edit)
        layout.addWidget(file_label)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        layout.addWidget(self.info)
        layout.addStretch(1)
        layout.addWidget(self.target)

    def initializePage(self) -> None:
        folder = self.w.vault_folder
        text = self.tr("The vault will be restored into: %1").replace("%1", bidi_isolate(str(folder)))
        if is_vault(folder):
            text += "\n" + self.tr("The vault now in that folder will be replaced; it is kept aside as a safety copy.")
        self.target.setText(text)

    def browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else str(Path.home())
        dialog = QFileDialog(self, self.tr("Choose the backup"), start, self.tr("Backups (*.cbak);;All files (*)"))
        dialog.setObjectName("restoreFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.path_edit.setText)
        dialog.open()
        self.dialog = dialog

    def _path_changed(self, text: str) -> None:
        self.header = None
        self.info.setProperty("role", "")
        if text.strip():
            try:
                self.header = file_format.read_header(Path(text.strip()).expanduser())
            except KnownError as exc:
                self.info.setText(exc.message())
                self.info.setProperty("role", "error")
            else:
                self.info.setText(
                    self.tr("Backup of %1, made with version %2 (%3).")
                    .replace("%1", format_when(self.header.created_at))
                    .replace("%2", bidi_isolate(self.header.app_version))
                    .replace("%3", format_size(self.header.file_size))
                )
        else:
            self.info.clear()
        self.info.style().polish(self.info)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.header is not None


class SecretPage(_BusyPage):
    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Passphrase or recovery code"))
        self.setSubTitle(self.tr(
            "Give the passphrase or the recovery code that were valid when this backup was made. "
            "The backup is checked completely before anything changes."
        ))
        self.use_passphrase = QRadioButton(self.tr("&Passphrase"), self, objectName="usePassphrase")
        self.use_code = QRadioButton(self.tr("Recovery &code"), self, objectName="useCode")
        self.use_passphrase.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_passphrase)
        group.addButton(self.use_code)
        self.secret = QLineEdit(self, objectName="restoreSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase or recovery code"))
        self.secret.textChanged.connect(self.completeChanged)
        self.use_passphrase.toggled.connect(self._mode_changed)
        choice = QHBoxLayout()
        choice.addWidget(self.use_passphrase)
        choice.addWidget(self.use_code)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.secret)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self._mode_changed(True)

    def _mode_changed(self, passphrase: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Password if passphrase else QLineEdit.EchoMode.Normal)
        self.secret.setPlaceholderText(self.tr("Passphrase") if passphrase else self.tr("XXXX-XXXX-XXXX-…"))
        self.secret.setFocus()

    def secrets(self) -> dict[str, str]:
        text = self.secret.text()
        return {"passphrase": text} if self.use_passphrase.isChecked() else {"code": text}

    def isComplete(self) -> bool:
        return bool(self.secret.text()) and not self.w.busy

    def validatePage(self) -> bool:
        if self.passed:
            return True
        path, secrets = self.w.backup_path(), self.secrets()
        self.run(lambda c: verify.verify(path, progress=c.progress, check=c.check, **secrets), self.w.set_contents)
        return False

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongSecret | RecoveryCodeInvalid):
            self.secret.selectAll()
            self.secret.setFocus()


class ConfirmPage(_BusyPage):
    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("What the backup holds"))
        self.setSubTitle(self.tr("The backup is sound. Check that it is the one you want to restore."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Restore"))
        self.form = QFormLayout()
        self.made = _label("", self, name="summaryMade")
        self.version = _label("", self, name="summaryVersion")
        self.cases = _label("", self, name="summaryCases")
        self.contacts = _label("", self, name="summaryContacts")
        self.form.addRow(self.tr("Made on:"), self.made)
        self.form.addRow(self.tr("Program version:"), self.version)
        self.form.addRow(self.tr("Case files:"), self.cases)
        self.form.addRow(self.tr("Contacts:"), self.contacts)
        self.warning = _label("", self, "error", "restoreWarning")
        self.confirm = QCheckBox(self.tr("I understand that the vault in this folder will be replaced by this backup"),
                                 self, objectName="restoreConfirm")
        self.confirm.setAccessibleName(self.tr("Confirm the restore"))
        self.confirm.setToolTip(self.confirm.text())  # the whole sentence when a narrow window cuts it off
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(12)
        layout.addWidget(self.warning)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addStretch(1)

    def initializePage(self) -> None:
        contents = self.w.contents
        if contents is None:
            return
        self.made.setText(format_when(contents.header.created_at))
        self.version.setText(contents.header.app_version)
        self.cases.setText(str(contents.cases))
        self.contacts.setText(str(contents.contacts))
        replacing = is_vault(self.w.vault_folder)
        self.confirm.setVisible(replacing)
        self.warning.setProperty("role", "error" if replacing else "")
        self.warning.style().polish(self.warning)
        if replacing:
            self.warning.setText(self.tr(
                "The vault now in %1 will be replaced. Changes made after this backup are then no longer in the "
                "vault; the current vault is first kept aside as a safety copy in that folder."
            ).replace("%1", bidi_isolate(str(self.w.vault_folder))))
        else:
            self.warning.setText(self.tr("The vault will be placed in %1. Press Restore to start.")
                                 .replace("%1", bidi_isolate(str(self.w.vault_folder))))
        self.confirm.setChecked(False)

    def isComplete(self) -> bool:
        return (self.confirm.isChecked() or self.confirm.isHidden()) and not self.w.busy

    def validatePage(self) -> bool:
        if self.passed:
            return True
        self.w.lock_open_vault()
        path, folder, secrets = self.w.backup_path(), self.w.vault_folder, self.w.secret_page.secrets()
        self.run(
            lambda c: restore.restore(path, folder, progress=c.progress, check=c.check, **secrets),
            self.w.set_result,
        )
        return False


class DonePage(QWizardPage):
    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("The backup has been restored"))
        self.setSubTitle(self.tr("Coordinator now shows the unlock screen of the restored vault."))
        self.text = _label("", self, name="restoreDone")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.w.result
        lines = [self.tr(
            "The vault has been restored and checked. Unlock it with the passphrase or the recovery code "
            "that were valid when the backup was made."
        )]
        if result is not None and result.safety_copy is not None:
            lines.append(self.tr("The previous vault has been kept in %1.")
                         .replace("%1", bidi_isolate(str(result.safety_copy))))
            lines.append(self.tr(
                "That safety copy opens with the passphrase that was valid before the restore and still holds "
                "cases deleted since. Once the restored vault is in order, delete it on the Back-ups page."
            ))
        self.text.setText("\n\n".join(lines))


class RestoreWizard(QWizard):
    restored = Signal(str)  # the vault folder

    def __init__(
        self, ctx: AppContext, vault_folder: Path | str, parent: QWidget | None = None, *, backup_file: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreWizard")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(720, 520)
        self.ctx = ctx
        self.vault_folder = Path(vault_folder).expanduser()
        self.busy = False
        self.job: JobControl | None = None
        self.contents: verify.BackupContents | None = None
        self.result: restore.RestoreResult | None = None
        self.file_page = FilePage(self)
        self.secret_page = SecretPage(self)
        self.confirm_page = ConfirmPage(self)
        self.done_page = DonePage(self)
        for page_id, page in enumerate((self.file_page, self.secret_page, self.confirm_page, self.done_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        if backup_file:
            self.file_page.path_edit.setText(backup_file)
        self.finished.connect(self._finished)

    def backup_path(self) -> Path:
        return Path(self.file_page.path_edit.text().strip()).expanduser()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        if not busy:
            self.job = None
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                       QWizard.WizardButton.CommitButton):
            self.button(button).setEnabled(not busy)
        self.secret_page.secret.setEnabled(not busy)
        self.confirm_page.confirm.setEnabled(not busy)
        if not busy:
            self.currentPage().completeChanged.emit()

    def set_contents(self, contents: verify.BackupContents) -> None:
        self.contents = contents

    def set_result(self, result: restore.RestoreResult) -> None:
        self.result = result
        self.secret_page.secret.clear()
        self.ctx.notify("backup", -1)  # the status bar and the Back-ups page read the backup state again
        self.restored.emit(str(self.vault_folder))

    def lock_open_vault(self) -> None:
        """Restoring over the open vault: lock it first (pending edits saved, views cleared)."""
        if not self.ctx.is_unlocked:
            return
        manager = getattr(self.parentWidget(), "lock_manager", None)
        if manager is not None:
            manager.lock("restore")
        else:
            self.ctx.lock()

    def reject(self) -> None:
        if self.busy:
            if self.job is not None:
                self.job.cancel()
            return
        super().reject()

    def _finished(self, _result: int) -> None:
        self.secret_page.secret.clear()
        screen = getattr(self.parentWidget(), "unlock_screen", None)
        if self.result is not None and screen is not None and hasattr(screen, "reset"):
            screen.reset()


__all__ = ["PAGE_CONFIRM", "PAGE_DONE", "PAGE_FILE", "PAGE_SECRET", "RestoreWizard"]
