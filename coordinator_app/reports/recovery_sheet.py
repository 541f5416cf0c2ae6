"""The one-page recovery-code sheet for the safe ("Herstelcode"), built in memory.

The code is printed large in a monospaced face, in rows of groups joined by hyphens, exactly as
it can be typed back. Texts (instructions, warning, footer) come from
the catalogue letters.po (keys `recovery_sheet.…`). The PDF metadata holds only the generic title.
"""

from __future__ import annotations

import io
import re
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from coordinator_app.reports import fonts, texts
from coordinator_app.reports.layout import make_doc_template
from coordinator_app.reports.letterhead_pages import canvas_maker
from coordinator_app.reports.page_style import (
    ACCENT,
    TEXT_WIDTH,
    document_language,
    escape,
    plain_table_style,
    styles,
)

GROUPS_PER_ROW = 4
_CODE_CHARS = re.compile(r"^[A-Za-z0-9\- ]+$")


def code_rows(code: str, groups_per_row: int = GROUPS_PER_ROW) -> list[str]:
    """The code in printable rows: groups joined by "-", a trailing "-" where a row continues.

    Groups are taken from the hyphens/spaces in `code`; a code without separators is cut in
    groups of four.
    """
    cleaned = code.strip().upper()
    if not cleaned or not _CODE_CHARS.match(cleaned):
        raise ValueError("a recovery code holds only letters, digits, hyphens and spaces")
    groups = [g for g in re.split(r"[-\s]+", cleaned) if g]
    if len(groups) == 1:
        single = groups[0]
        groups = [single[i : i + 4] for i in range(0, len(single), 4)]
    rows = ["-".join(groups[i : i + groups_per_row]) for i in range(0, len(groups), groups_per_row)]
    return [row + "-" for row in rows[:-1]] + rows[-1:]


def _code_box(code: str) -> Flowable:
    style = ParagraphStyle("code", fontName=fonts.MONO_BOLD, fontSize=20, leading=30, alignment=1)
    rows = [[Paragraph(escape(row), style)] for row in code_rows(code)]
    box = Table(rows, colWidths=[TEXT_WIDTH - 20 * mm], hAlign="CENTER")
    box.setStyle(
        plain_table_style(
            ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F5F8")),
            ("TOPPADDING", (0, 0), (-1, 0), 10),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        )
    )
    return box


def build_recovery_sheet(code: str, vault_label: str, created: date, lang: str = "nl") -> bytes:
    """A one-page PDF with the recovery code, the vault's label and date, and what to do with it."""
    with document_language(lang):  # a remark next to a vault label the PDF cannot show is in `lang`
        return _build_recovery_sheet(code, vault_label, created, lang)


def _build_recovery_sheet(code: str, vault_label: str, created: date, lang: str) -> bytes:
    texts.check_lang(lang)
    fonts.register_fonts()
    t = texts.recovery_texts(lang)
    common = texts.common(lang)
    st = styles()
    facts = Table(
        [
            [Paragraph(escape(t["vault"]), st["label"]), Paragraph(escape(vault_label), st["cell_bold"])],
            [Paragraph(escape(t["created"]), st["label"]), Paragraph(escape(common.format_date(created)), st["cell"])],
        ],
        colWidths=[35 * mm, TEXT_WIDTH - 35 * mm],
        hAlign="LEFT",
    )
    facts.setStyle(plain_table_style())
    warning = Table([[Paragraph(escape(t["warning"]), st["cell_bold"])]], colWidths=[TEXT_WIDTH])
    warning.setStyle(
        plain_table_style(
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#9B2C2C")),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBEFEF")),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        )
    )
    numbered = ParagraphStyle("numbered", parent=st["bullet"], leftIndent=7 * mm, spaceAfter=5)
    story: list[Flowable] = [
        Paragraph(escape(t["subtitle"]), st["small"]),
        Spacer(1, 2 * mm),
        Paragraph(escape(t["title"]), st["title"]),
        facts,
        Spacer(1, 6 * mm),
        Paragraph(escape(t["intro"]), st["body"]),
        Spacer(1, 4 * mm),
        _code_box(code),
        Spacer(1, 9 * mm),
        Paragraph(escape(t["instructions_heading"]), st["heading"]),
    ]
    story += [Paragraph(escape(item), numbered, bulletText=f"{i}.") for i, item in enumerate(t.instructions, start=1)]
    story += [Spacer(1, 6 * mm), warning]
    buffer = io.BytesIO()
    doc = make_doc_template(buffer, t["title"], lang, pages=None, first_top=22 * mm)
    doc.build(story, canvasmaker=canvas_maker(lang, footer=t["footer"]))
    if doc.page != 1:
        raise ValueError("the recovery code does not fit on one page")
    return buffer.getvalue()
