"""Showing errors: a known error in plain language; a bug as a calm message without any details
(its scrubbed traceback goes to the log), never the exception text, which may hold personal data."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from coordinator_app.domain.text import shown_message
from coordinator_app.errors import KnownError, VaultLocked, current_language

log = logging.getLogger("coordinator.ui")


def error_text(exc: BaseException) -> str:
    if isinstance(exc, KnownError):
        # a folder, file, column or value named in the message or in one of its field messages is isolated
        # (FSI ... PDI): a right-to-left name or an override cannot reorder the sentence
        return shown_message(exc, current_language())
    return QCoreApplication.translate(
        "ErrorDialog",
        "Something unexpected went wrong. Nothing was saved of the last action. "
        "The details (without personal data) are in the log file.",
    )


_without_parent: set[QMessageBox] = set()  # error boxes shown with no window to belong to, until closed


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if isinstance(exc, VaultLocked):  # a job that finished after the lock: the unlock screen already shows
        log.info("a background result arrived after the vault was locked")
        return
    if not isinstance(exc, KnownError):
        log.error("unexpected error in the interface", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("ErrorDialog", "Coordinator"))
    box.setText(error_text(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if parent is None:  # nothing else holds it: without this it would be gone before it was seen
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _without_parent.add(box)
        box.finished.connect(lambda _result, shown=box: _without_parent.discard(shown))
    box.open()


def inline_error_text(exc: BaseException) -> str | None:
    """The text for a failure shown in place of the data (a search row, a label), or None when nothing is to be
    shown: a job that failed because the vault was locked meanwhile (the unlock screen already shows). A bug
    is logged as `show_error` logs it (scrubbed traceback) and shown as the calm message without details."""
    if isinstance(exc, VaultLocked):
        log.info("a background result arrived after the vault was locked")
        return None
    if not isinstance(exc, KnownError):
        log.error("unexpected error in the interface", exc_info=(type(exc), exc, exc.__traceback__))
    return error_text(exc)
