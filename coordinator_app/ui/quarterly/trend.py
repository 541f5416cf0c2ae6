"""A small trend chart drawn with QPainter (QtCharts lives in the 59 MB PySide6-Addons wheel).

Grouped columns: one group per quarter, one column per series (opened, active at the end,
closed). A hidden value gets no column: a dashed box with its marker (`<5`, `x`) instead, so the
chart never reveals more than the table. The chart's numbers are also its accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coordinator_app.reports.quarterly_charts import nice_ceiling  # one axis rule for the PDF and the screen
from coordinator_app.ui import theme

Value = int | str
SERIES_LIGHT = ("#1F3A5F", "#4F86B8", "#9CC0DE")
SERIES_DARK = ("#9CC0DE", "#5B95C8", "#2F5D8A")




class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsTrend")
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.quarters: list[str] = []
        self.series: list[tuple[str, list[Value]]] = []
        self.empty_text = ""

    def sizeHint(self) -> QSize:
        return QSize(420, 230)

    def set_data(self, quarters: Sequence[str], series: Sequence[tuple[str, Sequence[Value]]]) -> None:
        self.quarters = list(quarters)
        self.series = [(label, list(values)) for label, values in series]
        parts = []
        for i, quarter in enumerate(self.quarters):
            parts.append(quarter + ": " + ", ".join(f"{label} {values[i]}" for label, values in self.series))
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def clear(self) -> None:
        self.set_data([], [])

    def _colours(self) -> tuple[str, ...]:
        return SERIES_DARK if theme.is_dark() else SERIES_LIGHT

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's method name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(150)
        grid = pal.color(QPalette.ColorRole.Mid)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if not self.quarters:
            painter.setPen(muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        fm = QFontMetricsF(self.font())
        line = fm.height()
        colours = self._colours()
        # legend, wrapped over as many lines as the width needs
        x, y = rect.left() + 36, rect.top()
        for s, (label, _values) in enumerate(self.series):
            width = 14 + fm.horizontalAdvance(label) + 18
            if x + width - 18 > rect.right() and x > rect.left() + 36:
                x, y = rect.left() + 36, y + line + 4
            painter.fillRect(QRectF(x, y + (line - 10) / 2, 10, 10), QColor(colours[s % len(colours)]))
            painter.setPen(text)
            painter.drawText(QRectF(x + 14, y, fm.horizontalAdvance(label) + 4, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            x += width
        top = y + line + 14
        plot = QRectF(rect.left() + 36, top, rect.width() - 40, rect.bottom() - top - line - 8)
        shown = [v for _l, values in self.series for v in values if isinstance(v, int)]
        upper, step = nice_ceiling(max(shown, default=0))
        ticks = max(1, round(upper / step))
        for k in range(ticks + 1):
            y = plot.bottom() - plot.height() * k / ticks
            painter.setPen(QPen(grid if k else muted, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(muted)
            painter.drawText(QRectF(rect.left(), y - line / 2, 32, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{step * k:g}")
        group_w = plot.width() / len(self.quarters)
        n = max(len(self.series), 1)
        col_w = min(group_w * 0.8 / n, 34)
        for g, quarter in enumerate(self.quarters):
            left = plot.left() + g * group_w + (group_w - col_w * n) / 2
            painter.setPen(text)
            painter.drawText(QRectF(plot.left() + g * group_w, plot.bottom() + 4, group_w, line),
                             Qt.AlignmentFlag.AlignCenter, quarter)
            for s, (_label, values) in enumerate(self.series):
                value = values[g]
                x0 = left + s * col_w
                if isinstance(value, int):
                    h = plot.height() * value / upper
                    painter.fillRect(QRectF(x0 + 1, plot.bottom() - h, col_w - 2, h), QColor(colours[s % len(colours)]))
                    painter.setPen(text)
                    painter.drawText(QRectF(x0 - 6, plot.bottom() - h - line - 1, col_w + 12, line),
                                     Qt.AlignmentFlag.AlignCenter, str(value))
                else:
                    box = QRectF(x0 + 1, plot.bottom() - line - 4, col_w - 2, line + 4)
                    pen = QPen(theme.warning_colour(), 1, Qt.PenStyle.DashLine)
                    painter.setPen(pen)
                    painter.drawRect(box)
                    font = painter.font()
                    font.setItalic(True)
                    painter.setFont(font)
                    painter.setPen(theme.warning_colour())
                    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(value))
                    font.setItalic(False)
                    painter.setFont(font)
        painter.end()
