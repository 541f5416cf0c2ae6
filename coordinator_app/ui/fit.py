"""Window sizes that fit the screen they open on (1366×768 laptops with a task bar included).

`available()` is the free area of the screen (without task bar); `FRAME` is what the window manager
adds around a window (title bar and borders), which Qt only knows after the window was shown. A
window opens at its wanted size, or smaller when that does not fit; on a screen too small even for
the smallest useful size it opens maximised.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QWidget

FRAME = QSize(16, 40)  # borders and title bar (measured on GNOME, KDE and Windows 11: 2-8 px, 30-37 px)


def available(widget: QWidget | None = None) -> QRect:
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted(wanted: QSize, area: QRect) -> QSize:
    """`wanted` (client size), made small enough that the window with its frame fits `area`."""
    return QSize(
        max(1, min(wanted.width(), area.width() - FRAME.width())),
        max(1, min(wanted.height(), area.height() - FRAME.height())),
    )


def scroll_content_size(scroll: QAbstractScrollArea, content: QWidget) -> QSize:
    """The size a scroll area needs to show `content` whole, with room for a vertical scroll bar."""
    frame = 2 * scroll.frameWidth()
    bar = scroll.verticalScrollBar().sizeHint().width()
    hint = content.sizeHint().expandedTo(content.minimumSizeHint())
    return QSize(hint.width() + frame + bar, hint.height() + frame)


def fit_dialog(dialog: QWidget, scroll: QAbstractScrollArea, content: QWidget, minimum_width: int = 0) -> None:
    """Resize a dialog whose body scrolls so the body shows without a horizontal scroll bar and, when the
    screen allows, without a vertical one; never larger than the free screen area."""
    body = scroll_content_size(scroll, content)
    extra = dialog.sizeHint() - scroll.sizeHint()  # buttons, messages and margins around the scroll area
    wanted = QSize(max(minimum_width, body.width() + max(0, extra.width())), body.height() + max(0, extra.height()))
    dialog.resize(fitted(wanted, available(dialog)))


def capped_level(widths: list[int], room: int, minimum: int) -> int:
    """The widest width every column may keep so that together they fit `room`: the widest columns are
    narrowed to one common level (never below `minimum`), the narrower ones keep their width."""
    if sum(widths) <= room:
        return max(widths, default=minimum)
    ordered = sorted(widths, reverse=True)
    for count in range(1, len(ordered) + 1):  # the `count` widest columns at one level, the others as they are
        level = (room - sum(ordered[count:])) // count
        if count == len(ordered) or level >= ordered[count]:
            return max(minimum, level)
    return minimum


def fit_columns(table, minimum: int = 72, stretch: int | None = None, maximum: int | None = None) -> None:
    """Columns sized to their contents (at most `maximum` wide), then the widest ones narrowed until the table
    fits its viewport (no horizontal scroll bar); narrowed cells are elided and show their full text as a tool
    tip (the model's ToolTipRole). Column `stretch` takes the room that is left (at least `minimum`). The user
    can still widen a column by hand."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    columns = [c for c in range(header.count()) if not header.isSectionHidden(c) and c != stretch]
    room = table.viewport().width() - 2 * table.frameWidth() - 2
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        room -= minimum
    if not columns or room <= 0:
        return
    widths = {c: min(header.sectionSize(c), maximum or header.sectionSize(c)) for c in columns}
    if stretch is None and header.stretchLastSection():  # a stretched last column keeps the default size
        widths[columns[-1]] = max(widths[columns[-1]], header.defaultSectionSize())
    level = capped_level(list(widths.values()), room, minimum)
    for column, width in widths.items():
        header.resizeSection(column, min(width, level))


class _ColumnFitter(QObject):
    def __init__(self, table, minimum: int, stretch: int | None, maximum: int | None) -> None:
        super().__init__(table)
        self._table = table
        self._args = (minimum, stretch, maximum)
        self._busy = False
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.fit)

    def fit(self, *_args: object) -> None:
        if self._busy or not self._table.isVisible():
            return
        self._busy = True
        try:
            fit_columns(self._table, *self._args)
        finally:
            self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False


def keep_columns_fitted(table, minimum: int = 72, stretch: int | None = None, maximum: int | None = None) -> None:
    """`fit_columns` whenever the table's rows change or its size does (a dialog opened or resized): the
    table never scrolls sideways; the model must give the full text as ToolTipRole."""
    _ColumnFitter(table, minimum, stretch, maximum)


class _WidthFitter(QObject):
    def __init__(self, table, widths: tuple[int, ...], minimum: int) -> None:
        super().__init__(table)
        self._table = table
        self._widths = widths
        self._minimum = minimum
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            table = self._table
            header = table.horizontalHeader()
            room = table.viewport().width() - 2 * table.frameWidth() - 2 - header.defaultSectionSize()
            level = capped_level(list(self._widths), room, self._minimum)  # the last column stretches
            for column, width in enumerate(self._widths):
                header.resizeSection(column, min(width, level))
        return False


def keep_widths_fitted(table, widths: tuple[int, ...], minimum: int = 60) -> None:
    """Columns of the given widths, the widest narrowed to one level when the table is too narrow for them
    (elided, with the model's ToolTipRole); the last column, not in `widths`, stretches."""
    _WidthFitter(table, widths, minimum)
