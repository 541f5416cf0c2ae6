"""Charts of the quarterly report drawn with reportlab graphics (no QtCharts, no raster images).

- `row_bars()`: one bar per category, drawn to sit in a table column beside the rows of the
  breakdown (same row height), so every bar lines up with its label and number.
- `trend_chart()`: grouped columns, one per published series (opened, closed) over several quarters.

Hidden cells (`<T`, `x`) never get a bar: they show a dashed outline with their marker, so a
reader cannot measure a bar to recover the number. Only published values reach this module.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from coordinator_app.reports import fonts

BAR = colors.HexColor("#2F5D8A")
SERIES = (colors.HexColor("#1F3A5F"), colors.HexColor("#4F86B8"), colors.HexColor("#9CC0DE"))
HIDDEN_TEXT = colors.HexColor("#7A1F1F")
HIDDEN_FILL = colors.HexColor("#F7ECEC")
GRID = colors.HexColor("#D5DCE3")
AXIS = colors.HexColor("#8A939C")
TEXT = colors.HexColor("#1D2329")
MUTED = colors.HexColor("#555555")

Value = int | str


def nice_ceiling(value: float, ticks: int = 4) -> tuple[float, float]:
    """A round upper bound >= value and the tick step, for axes ("1, 2, 2.5, 5 x 10^n")."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step * ticks >= value:
            return max(1.0, step * ticks), max(step, 1.0)
    return value, raw  # pragma: no cover


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is the bundled one (the default would pull in unembedded Helvetica)."""
    fonts.register_fonts()
    return Drawing(width, height, initialFontName=fonts.REGULAR, initialFontSize=8)


def _hidden_box(drawing: Drawing, x: float, y: float, w: float, h: float, marker: str, size: float) -> None:
    drawing.add(Rect(x, y, w, h, fillColor=HIDDEN_FILL, strokeColor=HIDDEN_TEXT, strokeWidth=0.5,
                     strokeDashArray=[1.5, 1.5]))
    drawing.add(String(x + w / 2, y + h / 2 - size * 0.35, marker, fontName=fonts.ITALIC, fontSize=size,
                       fillColor=HIDDEN_TEXT, textAnchor="middle"))


def row_bars(
    values: Sequence[Value], width: float, row_height: float | Sequence[float], font_size: float = 7.5
) -> Drawing:
    """Bars for the rows of one breakdown, top row first; `row_height` is one height for every row or
    one per row (a row whose label wraps is taller); the drawing is as high as the rows together."""
    heights = [float(row_height)] * len(values) if isinstance(row_height, int | float) else list(row_height)
    height = sum(heights)
    drawing = _drawing(width, height)
    shown = [v for v in values if isinstance(v, int)]
    label_room = 9 * mm
    scale_max = max(shown, default=0)
    usable = width - label_room - 1 * mm
    drawing.add(Line(0.5, 0, 0.5, height, strokeColor=AXIS, strokeWidth=0.5))
    bar_h = min(heights, default=0) * 0.62
    top = height
    for i, value in enumerate(values):
        top -= heights[i]
        y = top + (heights[i] - bar_h) / 2
        if isinstance(value, int):
            length = usable * value / scale_max if scale_max else 0
            if length > 0:
                drawing.add(Rect(0.5, y, length, bar_h, fillColor=BAR, strokeColor=None))
            drawing.add(String(0.5 + length + 1.2 * mm, y + bar_h / 2 - font_size * 0.35, str(value),
                               fontName=fonts.REGULAR, fontSize=font_size, fillColor=TEXT))
        else:
            _hidden_box(drawing, 0.5, y, 9 * mm, bar_h, value, font_size)
    return drawing


def trend_chart(
    quarters: Sequence[str],
    series: Sequence[tuple[str, Sequence[Value]]],
    width: float,
    height: float = 62 * mm,
) -> Drawing:
    """Grouped columns: one group per quarter, one column per series (label, values per quarter)."""
    drawing = _drawing(width, height)
    left, bottom, top_room, legend_h = 12 * mm, 9 * mm, 6 * mm, 7 * mm
    plot_w = width - left - 2 * mm
    plot_h = height - bottom - top_room - legend_h
    shown = [v for _, values in series for v in values if isinstance(v, int)]
    upper, step = nice_ceiling(max(shown, default=0))
    y0 = bottom
    ticks = max(1, round(upper / step))
    for k in range(ticks + 1):
        y = y0 + plot_h * k / ticks
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID if k else AXIS, strokeWidth=0.5))
        label = f"{step * k:g}"
        drawing.add(String(left - 1.5 * mm, y - 2.5, label, fontName=fonts.REGULAR, fontSize=7,
                           fillColor=MUTED, textAnchor="end"))
    groups = max(len(quarters), 1)
    group_w = plot_w / groups
    n = max(len(series), 1)
    col_w = min(group_w * 0.8 / n, 14 * mm)
    for g, quarter in enumerate(quarters):
        start = left + g * group_w + (group_w - col_w * n) / 2
        drawing.add(String(left + g * group_w + group_w / 2, y0 - 5 * mm, quarter, fontName=fonts.BOLD,
                           fontSize=8, fillColor=TEXT, textAnchor="middle"))
        for s, (_label, values) in enumerate(series):
            value = values[g]
            x = start + s * col_w
            if isinstance(value, int):
                h = plot_h * value / upper
                if h > 0:
                    drawing.add(Rect(x + 0.4, y0, col_w - 0.8, h, fillColor=SERIES[s % len(SERIES)],
                                     strokeColor=None))
                drawing.add(String(x + col_w / 2, y0 + h + 1.2 * mm, str(value), fontName=fonts.REGULAR,
                                   fontSize=7, fillColor=TEXT, textAnchor="middle"))
            else:
                _hidden_box(drawing, x + 0.4, y0, col_w - 0.8, 5 * mm, value, 7)
    lx = left
    ly = height - legend_h + 1.5 * mm
    for s, (label, _values) in enumerate(series):
        drawing.add(Rect(lx, ly, 3 * mm, 3 * mm, fillColor=SERIES[s % len(SERIES)], strokeColor=None))
        text = String(lx + 4.5 * mm, ly + 0.6 * mm, label, fontName=fonts.REGULAR, fontSize=8, fillColor=TEXT)
        drawing.add(text)
        lx += 4.5 * mm + _text_width(label, 8) + 6 * mm
    return drawing


def _text_width(text: str, size: float) -> float:
    fonts.register_fonts()
    width: float = stringWidth(text, fonts.REGULAR, size)  # reportlab has no type hints
    return width
