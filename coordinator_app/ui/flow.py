"""A row of buttons or filters that wraps onto a second line when the window is too narrow for it (a
1280×720 laptop, a longer translation), instead of making the page scroll sideways.

Items keep their size hint; on each line the spare room goes to the items that expand horizontally (a
search field), or, in a right-aligned or centred row, to the left of the items. An item whose height
depends on its width (wrapped text) gets the height for the width it gets.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        """`align`: AlignLeft, AlignRight or AlignHCenter for each line, with AlignTop to put items of
        different heights at the top of their line (else they are centred in it)."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # heightForWidth by width, until the layout is invalidated
        self._gap = spacing
        self._align = align
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Asked many times per layout pass, for a few widths (a page re-laid out asks every row on it): kept
        per width until Qt invalidates the layout (an item added, shown, hidden or changed in size)."""
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._gap * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """One item per line."""
        shown = self._shown()
        width = max((i.minimumSize().width() for i in shown), default=0)
        height = max((i.minimumSize().height() for i in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in self._shown():
            width = min(item.sizeHint().width(), area.width())
            width = max(width, min(item.minimumSize().width(), area.width()))
            if lines[-1] and used + self._gap + width > area.width():
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + width
            lines[-1].append((item, width))
        y = area.y()
        for line in lines:
            if not line:
                continue
            spare = area.width() - sum(w for _, w in line) - self._gap * (len(line) - 1)
            growing = [item for item, _ in line if _grows(item)]
            sized = [(item, width + (spare // len(growing) if item in growing else 0)) for item, width in line]
            heights = [_height(item, width) for item, width in sized]
            line_height = max(heights)
            x = area.x()
            if not growing and self._align & Qt.AlignmentFlag.AlignRight:
                x += spare
            elif not growing and self._align & Qt.AlignmentFlag.AlignHCenter:
                x += spare // 2
            for (item, width), height in zip(sized, heights, strict=True):
                if apply:
                    top = y if self._align & Qt.AlignmentFlag.AlignTop else y + (line_height - height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, height)))
                x += width + self._gap
            y += line_height + self._gap
        return y - self._gap - rect.y() + m.bottom() if y > area.y() else m.top() + m.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()


def _grows(item: QLayoutItem) -> bool:
    return bool(item.expandingDirections() & Qt.Orientation.Horizontal)
