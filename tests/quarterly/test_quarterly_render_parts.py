"""Small parts of the quarterly report: the texts resource is validated, charts never draw a bar for a
hidden value, and the QPainter trend chart paints (also with hidden values) and describes itself."""

from __future__ import annotations

import copy

import pytest
from reportlab.graphics.shapes import Rect, String

from coordinator_app.domain.quarter import Quarter
from coordinator_app.reports import quarterly_texts
from coordinator_app.reports.quarterly_charts import BAR, nice_ceiling, row_bars, trend_chart
from coordinator_app.resources_loader import ResourceError


def _resource() -> dict:
    from coordinator_app import catalogues

    return catalogues.tables("reports", "quarterly")  # the keys quarterly.… of reports.po, as tables


def test_texts_load_in_both_languages() -> None:
    nl, en = quarterly_texts.quarterly_texts("nl"), quarterly_texts.quarterly_texts("en")
    assert nl.quarter_name(Quarter(2026, 3)) == "3e kwartaal 2026"
    assert nl.period(Quarter(2026, 3)) == "1 juli 2026 tot en met 30 september 2026"
    assert en.quarter_name(Quarter(2026, 1)) == "First quarter of 2026"
    assert "{threshold}" in nl.items("method")[0]


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda d: d["nl"].pop("title"), "nl.title"),
        (lambda d: d["en"].__setitem__("footer", "Geen {naam}"), "en.footer"),
        (lambda d: d["nl"].__setitem__("quarter_names", ["Q1 {year}"]), "nl.quarter_names"),
        (lambda d: d["nl"]["method"].append("{onbekend}"), "nl.method[5]"),
    ],
)
def test_a_broken_texts_file_names_the_key(change, key: str) -> None:
    data = copy.deepcopy(_resource())
    change(data)
    with pytest.raises(ResourceError) as info:
        quarterly_texts.parse(data, "reports.po")
    assert info.value.key == key


def _bars(drawing) -> list[Rect]:
    return [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor == BAR]


def test_row_bars_skip_hidden_values() -> None:
    drawing = row_bars([12, "<5", 0, "x", 3], 200, 14)
    assert drawing.height == 5 * 14
    assert len(_bars(drawing)) == 2  # 12 and 3; no bar for 0 and none for a hidden value
    texts = [s.text for s in drawing.contents if isinstance(s, String)]
    assert texts == ["12", "<5", "0", "x", "3"]


def test_row_bars_follow_rows_of_different_heights() -> None:
    """A wrapped group label makes its row taller: the bar of the next row sits in the next row."""
    drawing = row_bars([10, 5], 200, [30, 14])
    assert drawing.height == 44
    first, second = sorted(_bars(drawing), key=lambda r: -r.y)
    assert first.y >= 14 and first.y + first.height <= 44  # inside the first (top) row
    assert second.y >= 0 and second.y + second.height <= 14  # inside the second row
    assert first.width == 2 * second.width


def test_trend_chart_marks_hidden_values() -> None:
    drawing = trend_chart(["2026Q1", "2026Q2"], [("Geopend", [4, "<5"]), ("Gesloten", ["x", 0])], 400)
    texts = [s.text for s in drawing.contents if isinstance(s, String)]
    assert "<5" in texts and "x" in texts and "2026Q2" in texts and "Geopend" in texts
    assert nice_ceiling(0) == (1.0, 1.0)
    assert nice_ceiling(87) == (100.0, 25.0)
    assert nice_ceiling(5492) == (8000.0, 2000.0)


def test_qpainter_trend_widget_paints(qtbot) -> None:
    from PySide6.QtGui import QImage

    from coordinator_app.ui.quarterly.trend import TrendChart

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(420, 240)
    chart.empty_text = "Nog geen cijfers."
    assert not chart.grab().toImage().isNull()
    chart.set_data(["2026Q1", "2026Q2"], [("Geopend", [12, "<5"]), ("Actief eind kwartaal", [40, 38]),
                                          ("Gesloten", ["x", 6])])
    image: QImage = chart.grab().toImage()
    assert not image.isNull() and image.width() >= 420
    assert "2026Q2: Geopend <5" in chart.accessibleDescription()
    chart.clear()
    assert chart.quarters == [] and chart.accessibleDescription() == ""
