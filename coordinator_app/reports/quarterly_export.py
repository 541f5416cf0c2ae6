"""CSV and XLSX export of a quarter's published (suppressed) counts.

CSV follows the contract of docs/DISCLOSURE.md: UTF-8 without byte-order mark, `\\n` line ends,
header `quarter,measure,dimension,category,value`, one row per published category in contract
order, `value` a whole number or `<T`; a category that covers several codes joins them with `+`
(`Dalfsen+Hardenberg+Ommen`); a breakdown left out is absent (no rows), and so is the measure
`active_at_end`.

XLSX (XlsxWriter): one sheet per measure with a header block (quarter, threshold, generation date,
application version, an explanation of the markers), then one small table per dimension with the
code, the label and the published value (hidden cells as the same text as in the CSV), and
a native bar chart beside each breakdown (hidden cells get no bar, their
marker is shown beside the category label). Every word of the workbook is in the language asked for
(Dutch or English: sheet names, header block, explanation, column heads, labels, chart titles; the
workbook's own texts are the quarterly.xlsx_* keys of the catalogue reports.po); codes and numbers are
the same in both. Functions return bytes; `write_export` writes a file
atomically. Only published values are used: raw counts never reach this module.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Literal

import xlsxwriter

from coordinator_app import __version__
from coordinator_app.atomic import atomic_write_bytes, atomic_writer
from coordinator_app.domain.disclosure import PUBLISHED_MEASURES, PublishedTable, cell_label, explanation, hidden_lines
from coordinator_app.domain.quarterly_table import TOTAL_DIMENSION, dimension_label, measure_label
from coordinator_app.reports.quarterly_texts import quarterly_texts

CSV_HEADER = ("quarter", "measure", "dimension", "category", "value")
Format = Literal["csv", "xlsx"]
_CHART_COLUMN = 20  # hidden helper columns U:V with the chart data (hidden cells left blank)


def csv_rows(published: PublishedTable) -> list[tuple[str, str, str, str, str]]:
    """The data rows of the CSV (without header), as strings, in contract order."""
    quarter = str(published.quarter)
    return [(quarter, c.measure, c.dimension, c.category, str(c.value)) for c in published.cells]


def csv_bytes(published: PublishedTable) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(csv_rows(published))
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(published: PublishedTable, generated: date | datetime | None = None, lang: str = "nl") -> bytes:
    """The workbook as bytes in `lang` (nl or en); `generated` defaults to now (local time)."""
    words = quarterly_texts(lang)
    generated = generated or datetime.now().astimezone()
    stamp = generated.strftime("%Y-%m-%d %H:%M") if isinstance(generated, datetime) else generated.isoformat()
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.set_properties(
        {"title": words["xlsx_title"].format(quarter=published.quarter), "author": "Coordinator", "comments": ""}
    )
    title = workbook.add_format({"bold": True, "font_size": 14})
    bold = workbook.add_format({"bold": True})
    head = workbook.add_format({"bold": True, "bg_color": "#DDE4EE", "border": 1})
    text = workbook.add_format({"border": 1})
    number = workbook.add_format({"border": 1, "num_format": "0"})
    hidden = workbook.add_format({"border": 1, "align": "right", "italic": True, "font_color": "#7A1F1F"})
    note = workbook.add_format({"italic": True, "font_color": "#444444"})

    for measure in PUBLISHED_MEASURES:
        sheet = workbook.add_worksheet(words.sheet_name(measure))
        sheet.set_column(0, 0, 24)
        sheet.set_column(1, 1, 44)
        sheet.set_column(2, 2, 10)
        sheet.set_column(_CHART_COLUMN, _CHART_COLUMN + 1, None, None, {"hidden": True})
        sheet.write(0, 0, measure_label(measure, lang), title)
        header = [
            (words["xlsx_quarter"], str(published.quarter)),
            (words["xlsx_measure_code"], measure),
            (words["xlsx_threshold"], published.threshold),
            (words["xlsx_generated"], stamp),
            (words["xlsx_version"], __version__),
        ]
        row = 2
        for key, val in header:
            sheet.write(row, 0, key, bold)
            sheet.write(row, 1, val)
            row += 1
        for line in explanation(published.threshold, lang):
            sheet.write(row, 0, line, note)
            row += 1
        if measure == PUBLISHED_MEASURES[0]:
            for line in hidden_lines(published, lang) or [words["xlsx_no_hidden"]]:
                sheet.write(row, 0, line, note)
                row += 1
        row += 1
        for dim in published.dimensions(measure):
            cells = published.breakdown(measure, dim)
            sheet.write(row, 0, dimension_label(dim, lang), bold)
            sheet.write(row, 1, words["xlsx_dimension"].format(dimension=dim), note)
            row += 1
            sheet.write_row(row, 0, (words["xlsx_column_code"], words["xlsx_column_label"], words["xlsx_column_value"]),
                            head)
            first = row + 1
            for cell in cells:
                row += 1
                label = cell_label(dim, cell.category, lang)
                sheet.write_string(row, 0, cell.category, text)
                sheet.write_string(row, 1, label, text)
                if isinstance(cell.value, int):
                    sheet.write_number(row, 2, cell.value, number)
                    sheet.write_string(row, _CHART_COLUMN, label)
                    sheet.write_number(row, _CHART_COLUMN + 1, cell.value)
                else:
                    sheet.write_string(row, 2, cell.value, hidden)
                    # No bar for a hidden cell (a blank, not 0), and its marker beside the label.
                    sheet.write_string(row, _CHART_COLUMN, f"{label} ({cell.value})")
            last = row
            if dim != TOTAL_DIMENSION and len(cells) > 1:
                height = max(180, 26 * len(cells) + 70)
                chart = workbook.add_chart({"type": "bar"})
                chart.add_series({
                    "name": dimension_label(dim, lang),
                    "categories": [sheet.name, first, _CHART_COLUMN, last, _CHART_COLUMN],
                    "values": [sheet.name, first, _CHART_COLUMN + 1, last, _CHART_COLUMN + 1],
                    "fill": {"color": "#2F5D8A"},
                    "data_labels": {"value": True},
                })
                chart.set_title({"name": f"{measure_label(measure, lang)}: {dimension_label(dim, lang).lower()}"})
                chart.set_legend({"none": True})
                chart.set_y_axis({"reverse": True})
                chart.set_x_axis({"min": 0, "major_gridlines": {"visible": True}})
                chart.show_blanks_as("gap")
                chart.show_hidden_data()
                chart.set_size({"width": 520, "height": height})
                sheet.insert_chart(first - 1, 4, chart)
                row = max(row, first - 1 + height // 20)
            row += 2
    workbook.close()
    return buffer.getvalue()


def export_bytes(
    published: PublishedTable, fmt: Format, generated: date | datetime | None = None, lang: str = "nl"
) -> bytes:
    """CSV (language-free codes, `lang` unused) or the workbook in `lang`."""
    if fmt == "csv":
        return csv_bytes(published)
    if fmt == "xlsx":
        return xlsx_bytes(published, generated, lang)
    raise ValueError(f"unsupported format: {fmt!r} (csv or xlsx)")


def write_export(path: Path | str, data: bytes, before_rename: Callable[[], None] | None = None) -> Path:
    """Write export bytes atomically (temp file, fsync, rename); returns the path.

    `before_rename` runs when the bytes are safely in the temporary file and before the file appears
    under its name (the quarterly release is stored there); if it raises, nothing is written."""
    target = Path(path)
    if before_rename is None:
        atomic_write_bytes(target, data)
        return target
    with atomic_writer(target) as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
        before_rename()
    return target
