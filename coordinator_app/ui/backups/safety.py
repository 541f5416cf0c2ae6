"""The offer about leftovers of the vault, shown on the Back-ups page and after a passphrase change:
the safety copies a restore left in the vault folder (`before-restore-<time>/`), each with its age and
size, a button to delete them, and the warning that they and older backups still open with the
passphrase (and recovery code) that were valid when they were made.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from coordinator_app.services.backups import restore
from coordinator_app.ui.backups.models import format_size


def age_in_days(made_at: dt.datetime, now: dt.datetime | None = None) -> int:
    """Whole days since a safety copy was made (its time is local, from its folder name)."""
    return max(((now or dt.datetime.now()) - made_at).days, 0)


class SafetyCopiesPanel(QFrame):
    """Lists the safety copies of `folder` and offers to delete them.

    With `hide_when_empty` (the Back-ups page) the panel disappears when there are none; otherwise it
    says that there are none, so the warning about old backups is always read in context.
    `deleted(count)` is emitted after a deletion.
    """

    deleted = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, hide_when_empty: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("safetyCopiesCard")
        self.setProperty("card", True)
        self._hide_when_empty = hide_when_empty
        self.folder: Path | None = None
        self.copies: list[restore.SafetyCopy] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        self.label = QLabel(self, objectName="safetyCopies")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("&Delete safety copies…"), self, objectName="deleteSafetyCopies")
        self.delete_button.setAccessibleName(self.tr("Delete safety copies"))
        self.delete_button.clicked.connect(self.delete)
        row.addWidget(self.label, 1)
        row.addWidget(self.delete_button)
        self.show_copies(None, [])

    def load(self, folder: Path | str) -> None:
        """Read the safety copies of `folder` (a directory listing: quick enough for the GUI thread)."""
        self.show_copies(Path(folder), restore.safety_copies(folder))

    def show_copies(self, folder: Path | None, copies: list[restore.SafetyCopy]) -> None:
        self.folder = folder
        self.copies = list(copies)
        self.delete_button.setVisible(bool(copies))
        if self._hide_when_empty:
            self.setVisible(bool(copies))
        if not copies:
            self.label.setText("" if self._hide_when_empty else self.tr(
                "The vault folder holds no safety copies from before a restore."
            ))
            return
        oldest = age_in_days(min(c.made_at for c in copies))
        lines = [self.tr(
            "The vault folder holds %1 safety copies of the vault from before a restore (the oldest is %2 days old). "
            "They open with the passphrase that was valid then and still hold cases deleted since. Delete them "
            "once the restored vault is in order. Older backups also still open with the passphrase that was "
            "valid when they were made."
        ).replace("%1", str(len(copies))).replace("%2", str(oldest))]
        locale = QLocale()
        for copy in copies:
            lines.append(
                self.tr("• made %1 (%2 days ago), %3")
                .replace("%1", locale.toString(copy.made_at, "d MMMM yyyy, HH:mm"))
                .replace("%2", str(age_in_days(copy.made_at)))
                .replace("%3", format_size(copy.size))
            )
        self.label.setText("\n".join(lines))

    def delete(self) -> None:
        """Ask, then delete every safety copy (renames and unlinks only: quick, so on the GUI thread)."""
        if self.folder is None or not self.copies:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete safety copies"),
            self.tr("Delete the safety copies from before a restore? The vault itself is not touched."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        count = restore.delete_safety_copies(self.folder)
        self.load(self.folder)
        self.deleted.emit(count)


__all__ = ["SafetyCopiesPanel", "age_in_days"]
