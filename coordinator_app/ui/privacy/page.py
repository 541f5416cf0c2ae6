"""The "Privacy & beveiliging" page: the DPIA facts of this vault, generated from its real settings
(services/dpia.py), readable in the app and savable as a Markdown file for the privacy officer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.atomic import atomic_write_bytes
from coordinator_app.errors import disk_error
from coordinator_app.services import dpia
from coordinator_app.services.settings import settings
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.error_dialog import show_error
from coordinator_app.ui.page import Page
from coordinator_app.ui.worker import run_db


class PrivacyPage(Page):
    page_id = "privacy"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._markdown = ""
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(self.tr("Privacy and security"))
        title.setObjectName("pageTitle")
        header.addWidget(title)
        header.addStretch(1)
        self.save_button = QPushButton(self.tr("Save for the privacy officer…"))
        self.save_button.setObjectName("privacySave")
        self.save_button.setAccessibleName(self.tr("Save the DPIA facts as a file"))
        self.save_button.clicked.connect(self._save)
        header.addWidget(self.save_button)
        layout.addLayout(header)
        intro = QLabel(self.tr(
            "These are the facts your municipality's privacy officer needs for the DPIA. "
            "They follow the settings of this vault and contain no personal data."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.browser = QTextBrowser()
        self.browser.setObjectName("privacyText")
        self.browser.setAccessibleName(self.tr("DPIA facts"))
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser, 1)
        self.status = QLabel()
        self.status.setObjectName("privacyStatus")
        layout.addWidget(self.status)
        self.save_button.setEnabled(False)
        ctx.changed.connect(lambda area, _id: self.refresh() if area == "settings" else None)

    def title(self) -> str:
        return self.tr("Privacy & security")

    def icon_name(self) -> str:
        return "privacy"

    def on_unlocked(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        lang, folder = self.ctx.lang, str(self.ctx.vault.folder)
        vault = self.ctx.vault
        run_db(lambda _c: dpia.sheet(settings.get_all(vault), lang, folder), self._show,
               lambda exc: show_error(self, exc))

    def _show(self, markdown: str) -> None:
        if not self.ctx.is_unlocked:
            return
        self._markdown = markdown
        self.browser.setMarkdown(markdown)
        self.save_button.setEnabled(True)

    def on_locked(self) -> None:
        self._markdown = ""
        self.status.clear()
        self.browser.clear()
        self.save_button.setEnabled(False)

    def _save(self) -> None:
        """Ask where (non-blocking); the text is taken now, so a lock while the dialog is open saves nothing."""
        if not self._markdown:
            return
        markdown = self._markdown
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Save DPIA facts"), str(Path(start) / "dpia-coordinator.md"),
                             self.tr("Markdown (*.md)"))
        dialog.setObjectName("privacySaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self._write(path, markdown))
        self.ctx.locked.connect(dialog.reject)
        QDialog.open(dialog)

    def _write(self, path: str, markdown: str) -> None:
        if not self.ctx.is_unlocked:
            return
        try:
            atomic_write_bytes(path, markdown.encode("utf-8"), mode=0o644)
        except OSError as exc:
            show_error(self, disk_error(exc))
            return
        self.status.setText(self.tr("Saved."))
