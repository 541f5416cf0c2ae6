"""The table model of the Back-ups page: one row per `.cbak` file with date, size, version and state.

Rows hold no personal data (a backup's header has none); the state comes from the audit log
(`backup_verified` / `backup_verify_failed`) and from checks made in this session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import message
from coordinator_app.services.backups.backup import BackupEntry
from coordinator_app.ui import theme

COL_DATE, COL_SIZE, COL_VERSION, COL_STATE = range(4)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3

VERIFIED, UNVERIFIED, FAILED, OTHER_VAULT, UNREADABLE = "verified", "unverified", "failed", "other_vault", "unreadable"


@dataclass(frozen=True)
class BackupRow:
    path: Path
    created_at: dt.datetime  # UTC, naive
    size: int
    app_version: str
    state: str
    problem: str | None = None  # message code when unreadable or failed


def rows_from(entries: list[BackupEntry], vault_id: str, verified: dict[str, bool]) -> list[BackupRow]:
    rows = []
    for entry in entries:
        if entry.header is None:
            rows.append(BackupRow(entry.path, entry.created_at, entry.size, "", UNREADABLE, entry.problem))
            continue
        if entry.header.vault_id != vault_id:
            state = OTHER_VAULT
        elif entry.path.name in verified:
            state = VERIFIED if verified[entry.path.name] else FAILED
        else:
            state = UNVERIFIED
        rows.append(BackupRow(entry.path, entry.header.created_at, entry.size, entry.header.app_version, state))
    return rows


def format_size(size: int) -> str:
    locale = QLocale()
    if size >= 1024 * 1024:
        megabytes = locale.toString(size / (1024 * 1024), "f", 1)
        return QCoreApplication.translate("BackupTableModel", "%1 MB").replace("%1", megabytes)
    kilobytes = locale.toString(max(1, round(size / 1024)))
    return QCoreApplication.translate("BackupTableModel", "%1 kB").replace("%1", kilobytes)


def local_time(utc: dt.datetime) -> dt.datetime:
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def format_when(utc: dt.datetime) -> str:
    return QLocale().toString(local_time(utc), "dddd d MMMM yyyy, HH:mm")


class BackupTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupRow] = []

    def set_rows(self, rows: list[BackupRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> BackupRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_state(self, path: Path, state: str, problem: str | None = None) -> None:
        for i, row in enumerate(self._rows):
            if row.path == path:
                self._rows[i] = BackupRow(row.path, row.created_at, row.size, row.app_version, state, problem)
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("BackupTableModel", "Made on"),
            QCoreApplication.translate("BackupTableModel", "Size"),
            QCoreApplication.translate("BackupTableModel", "Program version"),
            QCoreApplication.translate("BackupTableModel", "Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def state_text(self, row: BackupRow) -> str:
        if row.state == VERIFIED:
            return QCoreApplication.translate("BackupTableModel", "Verified")
        if row.state == UNVERIFIED:
            return QCoreApplication.translate("BackupTableModel", "Not verified yet")
        if row.state == OTHER_VAULT:
            return QCoreApplication.translate("BackupTableModel", "From another vault")
        if row.state == FAILED:
            return QCoreApplication.translate("BackupTableModel", "Damaged: do not use")
        if row.problem == "backup_truncated":
            return QCoreApplication.translate("BackupTableModel", "Incomplete")
        if row.problem in ("backup_not_a_backup", "backup_empty"):
            return QCoreApplication.translate("BackupTableModel", "Not a backup")
        if row.problem == "backup_newer_format":
            return QCoreApplication.translate("BackupTableModel", "Newer format")
        return QCoreApplication.translate("BackupTableModel", "Damaged")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            version = bidi_isolate(row.app_version)  # read from the file's header, whatever wrote it
            return (format_when(row.created_at), format_size(row.size), version, self.state_text(row))[col]
        if role == SORT_ROLE:
            return (row.created_at.isoformat(), row.size, row.app_version, row.state)[col]
        if role == PATH_ROLE:
            return str(row.path)
        if role == STATE_ROLE:
            return row.state
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = bidi_isolate(row.path.name)  # any file in the backup folder: its name cannot reorder the tip
            return f"{tip}\n{message(row.problem)}" if row.problem else tip
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATE:
            if row.state in (FAILED, UNREADABLE):
                return QBrush(theme.warning_colour())
            if row.state == VERIFIED:
                return QBrush(theme.ok_colour())
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
