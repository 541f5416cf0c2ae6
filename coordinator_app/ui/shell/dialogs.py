"""Help → Keyboard shortcuts (every shortcut of the window, collected from its actions) and the
About dialog (version and the licences of the bundled components). Both open without blocking.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app import __version__

# (component, licence) of what a bundle ships; shown in the About dialog.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("SQLCipher", "BSD-3-Clause"),
    ("SQLite", "Public domain"),
    ("OpenSSL", "Apache-2.0"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("reportlab", "BSD-3-Clause"),
    ("pypdf", "BSD-3-Clause"),
    ("argon2-cffi", "MIT"),
    ("cryptography", "Apache-2.0 / BSD-3-Clause"),
    ("zxcvbn", "MIT"),
    ("platformdirs", "MIT"),
    ("XlsxWriter", "BSD-2-Clause"),
    ("openpyxl", "MIT"),
    ("vobject", "Apache-2.0"),
    ("phonenumberslite", "Apache-2.0"),
    ("email-validator", "The Unlicense"),
    ("Liberation Sans / Mono fonts", "SIL OFL 1.1"),
    ("Coordinator icons", "EUPL-1.2 / CC0-1.0"),
)


class ShortcutModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Action"), self.tr("Keys"))[section]
        return None


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(action text, keys) for every action of `window` and its children that has a shortcut."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        if keys and text:
            rows.setdefault(text, ", ".join(keys))
    return sorted(rows.items(), key=lambda item: item[1])


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutModel(shortcut_rows(window), self)
        table = QTableView(self, objectName="shortcutsTable")
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(520, 480)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Coordinator"))
        title = QLabel(f"<h2>Coordinator {__version__}</h2>", self)
        text = QLabel(
            self.tr(
                "Case files for the municipal care coordinator for victims of human trafficking. "
                "All data stays in an encrypted vault on this computer."
            ),
            self,
        )
        text.setWordWrap(True)
        licence = QLabel(self.tr("Coordinator is free software under the EUPL-1.2. It includes:"), self)
        licence.setWordWrap(True)
        rows = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;{lic}</td></tr>" for name, lic in COMPONENTS)
        table = QLabel(f"<table>{rows}</table>", self, objectName="aboutComponents")
        note = QLabel(
            self.tr("Qt is used under the LGPL-3.0 and can be replaced. The licence texts are in the install folder."),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, text, licence, table, note, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)
