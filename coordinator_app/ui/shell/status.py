"""The status bar of the main window: the vault's folder name, the age of the last good backup
(warning colour past the setting `backup_reminder_days`) and a lock button; colours and icon follow a
light/dark switch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.ui import theme
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import inline_error_text
from coordinator_app.ui.worker import run_db


class ShellStatusBar(QStatusBar):
    lock_clicked = Signal()

    def __init__(self, ctx: AppContext, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("statusBar")
        self.vault_label = QLabel(self.tr("Vault: %1").replace("%1", bidi_isolate(folder.name)), self,
                                  objectName="statusVault")
        self.vault_label.setToolTip(bidi_isolate(str(folder)))
        self.backup_label = QLabel(self, objectName="statusBackup")
        self.lock_button = QToolButton(self, objectName="statusLock")
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock Coordinator (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.setToolButtonStyle(self.lock_button.toolButtonStyle().ToolButtonTextBesideIcon)
        self.lock_button.clicked.connect(self.lock_clicked)
        self.addWidget(self.vault_label)
        self.addWidget(self.backup_label, 1)
        self.addPermanentWidget(self.lock_button)
        self._overdue = False
        theme.follow(self, self._restyle)
        ctx.unlocked.connect(self.refresh)
        ctx.locked.connect(self.backup_label.clear)
        ctx.changed.connect(lambda area, _id: self.refresh() if area in ("backup", "settings") else None)

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        vault = self.ctx.vault

        def work(_control) -> tuple[int | None, int]:
            from coordinator_app.services import dashboard  # start-up time: loaded after the first paint

            # start-up time: loaded after the first paint
            from coordinator_app.services.settings import settings  # loaded on the vault worker

            return dashboard.last_backup_age_days(vault), settings.get_all(vault).backup_reminder_days

        run_db(work, lambda result: self.show_backup_age(*result), self.show_backup_failure)

    def show_backup_failure(self, exc: BaseException) -> None:
        """The age could not be read: say so in its place (warning colour), not a blank or an old age. The
        vault locked meanwhile: nothing to say (the label was cleared at the lock)."""
        text = inline_error_text(exc)
        if text is None or not self.ctx.is_unlocked:
            return
        self.backup_label.setText(self.tr("Age of the last backup could not be read: %1").replace("%1", text))
        self.backup_label.setToolTip(self.backup_label.text())  # the whole text, should the bar cut it off
        self._overdue = True
        self._restyle()

    def backup_text(self, days: int | None) -> str:
        if days is None:
            return self.tr("No backup made yet")
        if days == 0:
            return self.tr("Last backup: today")
        return self.tr("Last backup: %n day(s) ago", "", days)

    def show_backup_age(self, days: int | None, reminder_days: int) -> None:
        if not self.ctx.is_unlocked:
            return
        self.backup_label.setText(self.backup_text(days))
        self.backup_label.setToolTip("")
        self._overdue = days is None or days > reminder_days
        self._restyle()

    def _restyle(self) -> None:
        """The theme's colours now (again after a light/dark switch)."""
        self.lock_button.setIcon(theme.icon("lock"))
        self.backup_label.setStyleSheet(f"color: {theme.warning_colour().name()};" if self._overdue else "")
