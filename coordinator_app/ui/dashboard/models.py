"""The list model behind the dashboard's lists: each row a text and where it opens."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coordinator_app.ui import theme

ItemRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class DashboardItem:
    text: str
    page_id: str
    kind: str
    item_id: int
    warning: bool = False
    placeholder: bool = False  # "nothing here" line: not selectable, opens nothing


class DashboardListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[DashboardItem] = []

    def set_items(self, items: list[DashboardItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[DashboardItem]:
        return [i for i in self._items if not i.placeholder]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._items[index.row()].placeholder:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item.text
        if role == Qt.ItemDataRole.ForegroundRole and item.warning:
            return theme.warning_colour()
        if role == ItemRole:
            return item
        return None
