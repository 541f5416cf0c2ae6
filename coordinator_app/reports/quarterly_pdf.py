"""The quarterly report as PDF: municipality letterhead, key figures, a trend chart of the last
quarters, one table per breakdown with bars beside the rows, and the method (suppression,
threshold). Built in memory with reportlab; takes published tables only (no database, no raw
counts), returns bytes.

Nothing personal goes in: the tables hold codes' labels and published values, the texts come from
the catalogue reports.po (keys `quarterly.…`), and the only date finer than the quarter is the date the
report was made. The footer says the document holds no personal data (not the letters' default).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from coordinator_app import __version__
from coordinator_app.domain.disclosure import (
    PUBLISHED_MEASURES,
    PUBLISHED_PERSON_MEASURES,
    PublishedCell,
    PublishedTable,
    cell_label,
    explanation,
    hidden_lines,
)
from coordinator_app.domain.quarterly_table import (
    NETWORK_CATEGORIES,
    TOTAL_CATEGORY,
    TOTAL_DIMENSION,
    category_label,
    dimension_label,
    measure_label,
)
from coordinator_app.reports import fonts
from coordinator_app.reports.layout import build_document
from coordinator_app.reports.page_style import TEXT_WIDTH, Letterhead, escape, plain_table_style, styles
from coordinator_app.reports.quarterly_charts import HIDDEN_FILL, HIDDEN_TEXT, row_bars, trend_chart
from coordinator_app.reports.quarterly_texts import QuarterlyTexts, quarterly_texts

StyleCommand = tuple[object, ...]
"""One TableStyle command: its name, the start and end cell, then its values."""

ROW_H = 5.0 * mm
HEAD_H = 5.6 * mm
LABEL_W = 72 * mm
VALUE_W = 20 * mm
BAR_W = TEXT_WIDTH - LABEL_W - VALUE_W
CELL_FONT = 8.5
WRAP_FONT = 7.5  # a group label too long for one line wraps at this size
HEADER_FILL = colors.HexColor("#E6ECF2")
ZEBRA = colors.HexColor("#F6F8FA")
LINE = colors.HexColor("#C9D0D7")


def report_title(published: PublishedTable, lang: str = "nl") -> str:
    """The generic document title (metadata and page header): title and quarter code only."""
    return f"{quarterly_texts(lang)['title']} {published.quarter}"


def _fit(text: str, width: float, size: float = CELL_FONT, font: str = fonts.REGULAR) -> float:
    """A font size at which `text` fits `width` (never below 6.5 pt)."""
    fonts.register_fonts()
    while size > 6.5 and stringWidth(text, font, size) > width - 2 * mm:
        size -= 0.25
    return size


def _value_text(cell: PublishedCell) -> str:
    return str(cell.value)


def _hidden_styles(rows: Sequence[tuple[int, PublishedCell]], col: int) -> list[StyleCommand]:
    commands: list[StyleCommand] = []
    for row, cell in rows:
        if cell.hidden:
            commands += [
                ("BACKGROUND", (col, row), (col, row), HIDDEN_FILL),
                ("TEXTCOLOR", (col, row), (col, row), HIDDEN_TEXT),
                ("FONTNAME", (col, row), (col, row), fonts.ITALIC),
            ]
    return commands


def breakdown_table(published: PublishedTable, measure: str, dimension: str, t: QuarterlyTexts) -> Table:
    """Category | count | bars, one row per category; hidden cells shaded with their marker."""
    cells = published.breakdown(measure, dimension)
    data: list[list[object]] = [[t["column_category"], t["column_value"], ""]]
    commands: list[StyleCommand] = [
        ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT),
        ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (1, -1), 4),
        ("RIGHTPADDING", (1, 0), (1, -1), 6),
        ("LEFTPADDING", (2, 0), (2, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, LINE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, LINE),
    ]
    heights: list[float] = []
    for i, cell in enumerate(cells, start=1):
        label = cell_label(dimension, cell.category, t.lang)
        size = _fit(label, LABEL_W)
        if stringWidth(label, fonts.REGULAR, size) > LABEL_W - 2 * mm:  # a long group: wrap, taller row
            lines = simpleSplit(label, fonts.REGULAR, WRAP_FONT, LABEL_W - 3 * mm)
            style = ParagraphStyle("group", fontName=fonts.REGULAR, fontSize=WRAP_FONT, leading=WRAP_FONT + 1.5)
            data.append([Paragraph(escape(label), style), _value_text(cell), ""])
            heights.append(max(ROW_H, len(lines) * (WRAP_FONT + 1.5) + 2.5))
        else:
            if size != CELL_FONT:
                commands.append(("FONTSIZE", (0, i), (0, i), size))
            data.append([label, _value_text(cell), ""])
            heights.append(ROW_H)
        if i % 2 == 0:
            commands.append(("BACKGROUND", (0, i), (1, i), ZEBRA))
    commands += _hidden_styles(list(enumerate(cells, start=1)), 1)
    if len(cells) > 1 and dimension != "network":  # network counts have different units: no shared scale
        data[1][2] = row_bars([c.value for c in cells], BAR_W - 8, heights)
        commands += [("SPAN", (2, 1), (2, len(cells))), ("VALIGN", (2, 1), (2, 1), "TOP"),
                     ("TOPPADDING", (2, 1), (2, 1), 0), ("BOTTOMPADDING", (2, 1), (2, 1), 0)]
    table = Table(data, colWidths=[LABEL_W, VALUE_W, BAR_W], rowHeights=[HEAD_H, *heights],
                  hAlign="LEFT")
    table.setStyle(plain_table_style(*commands))
    return table


def summary_table(published: PublishedTable, t: QuarterlyTexts) -> Table:
    """Key figures: the totals of opened and closed cases and the network counts."""
    rows: list[tuple[str, PublishedCell]] = [
        (measure_label(m, t.lang), published.cell(m, TOTAL_DIMENSION, TOTAL_CATEGORY))
        for m in PUBLISHED_PERSON_MEASURES
    ]
    rows += [(category_label("network", c, t.lang), published.cell("network", "network", c))
             for c in NETWORK_CATEGORIES]
    data: list[list[object]] = [[t["summary_measure"], t["summary_value"]]]
    data += [[label, _value_text(cell)] for label, cell in rows]
    commands: list[StyleCommand] = [
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, LINE),
        ("LINEBELOW", (0, len(PUBLISHED_PERSON_MEASURES)), (-1, len(PUBLISHED_PERSON_MEASURES)), 0.6, LINE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, LINE),
        *_hidden_styles([(i, cell) for i, (_l, cell) in enumerate(rows, start=1)], 1),
    ]
    table = Table(data, colWidths=[95 * mm, 25 * mm], hAlign="LEFT")
    table.setStyle(plain_table_style(*commands))
    return table


def trend_flowables(trend: Sequence[PublishedTable], t: QuarterlyTexts) -> list[Flowable]:
    if not trend:
        return []
    st = styles()
    quarters = [str(p.quarter) for p in trend]
    series = [(measure_label(m, t.lang), [p.value(m, TOTAL_DIMENSION, TOTAL_CATEGORY) for p in trend])
              for m in PUBLISHED_PERSON_MEASURES]
    markers = t["markers"].format(threshold=trend[-1].threshold)
    return [KeepTogether([
        Paragraph(escape(t["trend_heading"]), st["heading"]),
        trend_chart(quarters, series, TEXT_WIDTH),
        Paragraph(escape(t["trend_note"].format(markers=markers)), st["small"]),
    ])]


def _bullets(lines: Sequence[str]) -> list[Flowable]:
    st = styles()
    return [Paragraph(escape(line), st["bullet"], bulletText="•") for line in lines]


def measure_section(published: PublishedTable, measure: str, t: QuarterlyTexts) -> list[Flowable]:
    st = styles()
    section_title = ParagraphStyle("section", parent=st["title"], fontSize=13, leading=17, spaceBefore=12,
                                   spaceAfter=2)
    head: list[Flowable] = [CondPageBreak(70 * mm), Paragraph(escape(measure_label(measure, t.lang)), section_title)]
    if measure in PUBLISHED_PERSON_MEASURES:
        total = published.value(measure, TOTAL_DIMENSION, TOTAL_CATEGORY)
        head.append(Paragraph(escape(t["total_line"].format(value=total)), st["cell_bold"]))
        if len(published.dimensions(measure)) == 1:
            head.append(Paragraph(escape(t["blanked_note"]), st["small"]))
    story: list[Flowable] = []
    dims = [d for d in published.dimensions(measure) if d != TOTAL_DIMENSION]
    if not dims:
        return [KeepTogether(head)]
    for n, dim in enumerate(dims):
        block: list[Flowable] = [
            Paragraph(escape(dimension_label(dim, t.lang)), st["heading"]),
            breakdown_table(published, measure, dim, t),
        ]
        story.append(KeepTogether(head + block if n == 0 else block))
    return story


def report_story(
    published: PublishedTable, trend: Sequence[PublishedTable], t: QuarterlyTexts, generated: date
) -> list[Flowable]:
    st = styles()
    quarter_name = t.quarter_name(published.quarter)
    story: list[Flowable] = [
        Paragraph(escape(t["title"]), st["title"]),
        Paragraph(escape(t["subtitle"].format(quarter_name=quarter_name, period=t.period(published.quarter))),
                  ParagraphStyle("subtitle", parent=st["heading"], fontSize=11.5, spaceBefore=0, spaceAfter=8)),
    ]
    story += [Paragraph(escape(p.format(quarter_name=quarter_name)), st["body"]) for p in t.items("intro")]
    story += [
        KeepTogether([Paragraph(escape(t["summary_heading"]), st["heading"]), summary_table(published, t)]),
        Spacer(1, 2 * mm),
    ]
    story += trend_flowables(trend, t)
    reading = [Paragraph(escape(t["reading_heading"]), st["heading"]), *_bullets(explanation(published.threshold,
                                                                                            t.lang))]
    story.append(KeepTogether(reading))
    hidden = hidden_lines(published, t.lang)
    hidden_part = _bullets(hidden) if hidden else [Paragraph(escape(t["no_hidden_note"]), st["small"])]
    story.append(KeepTogether([Paragraph(escape(t["hidden_heading"]), st["heading"]), *hidden_part]))
    story.append(KeepTogether([Paragraph(escape(t["measures_heading"]), st["heading"]),
                               *_bullets(t.items("measure_notes"))]))
    for measure in PUBLISHED_MEASURES:
        story += measure_section(published, measure, t)
    threshold = published.threshold
    method = [Paragraph(escape(t["method_heading"]), st["heading"])]
    method += [Paragraph(escape(p.format(threshold=threshold, below=threshold - 1)), st["body"])
               for p in t.items("method")]
    method.append(Paragraph(escape(t["generated"].format(version=__version__, date=t.format_date(generated))),
                            st["small"]))
    story += [CondPageBreak(60 * mm), *method]
    return story


def quarterly_pdf(
    published: PublishedTable,
    letterhead: Letterhead,
    trend: Sequence[PublishedTable] = (),
    lang: str = "nl",
    generated: date | None = None,
) -> bytes:
    """The report as PDF bytes on the municipality letterhead (`trend`: the last quarters, oldest first)."""
    t = quarterly_texts(lang)
    day = generated or date.today()
    title = report_title(published, lang)
    # the shared letterhead without an addressee; the footer says the report holds no personal data
    return build_document(letterhead, report_story(published, trend, t, day), title, lang, None, day,
                          footer=t["footer"])
