"""The shared letterhead, page templates and styles of every PDF letter and report.

Page one carries the letterhead: municipality name (and logo), the sender block in the right-hand
column, and the recipient's address at the position of a Dutch window envelope (address window
25 mm from the left and 50 mm from the top, 85 x 40 mm, with a small return-address line above
it). Later pages carry a short header. Every page has a footer (by default "Vertrouwelijk — bevat
bijzondere persoonsgegevens") and "Pagina X van Y", drawn when the canvas is saved (the total
page count is known only then).

`build_document()` turns a list of flowables into PDF bytes on that letterhead, entirely in
memory; letters (letters.py) and the quarterly report (with its own `footer=`) use it. The PDF
metadata is generic and never holds personal data. Measurements and styles live in
page_style.py, the page drawing in letterhead_pages.py: import them from there.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from coordinator_app.reports import fonts, texts
from coordinator_app.reports.letterhead_pages import LetterheadPages, canvas_maker
from coordinator_app.reports.page_style import (
    BOTTOM,
    COMPACT_BODY_TOP,
    CREATOR,
    FIRST_BODY_TOP,
    LATER_BODY_TOP,
    LEFT,
    PAGE_HEIGHT,
    RIGHT,
    TEXT_WIDTH,
    Letterhead,
    Recipient,
    document_language,
    escape,
    styles,
)

__all__ = ["build_document", "make_doc_template"]


def make_doc_template(
    buffer: io.BytesIO, title: str, lang: str, pages: LetterheadPages | None = None, first_top: float = FIRST_BODY_TOP
) -> BaseDocTemplate:
    """A BaseDocTemplate with generic metadata and the `first`/`later` page templates."""
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=LATER_BODY_TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=CREATOR,
        subject=title,
        creator=CREATOR,
        producer=CREATOR,
        keywords=[],
        lang="nl-NL" if lang == "nl" else "en-GB",
        displayDocTitle=True,
        initialFontName=fonts.REGULAR,
    )
    first_frame = Frame(LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - first_top - BOTTOM, 0, 0, 0, 0, id="first")
    later_frame = Frame(LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - LATER_BODY_TOP - BOTTOM, 0, 0, 0, 0, id="later")
    first: dict[str, Any] = {"onPage": pages.first_page} if pages else {}
    later: dict[str, Any] = {"onPage": pages.later_page} if pages else {}
    doc.addPageTemplates(
        [
            PageTemplate("first", [first_frame], autoNextPageTemplate="later", **first),
            PageTemplate("later", [later_frame], **later),
        ]
    )
    return doc


def build_document(
    letterhead: Letterhead,
    flowables: Sequence[Flowable],
    title: str,
    lang: str = "nl",
    recipient: Recipient | None = None,
    document_date: date | None = None,
    footer: str | None = None,
) -> bytes:
    """Build a PDF on the letterhead in memory and return its bytes.

    `title` goes into the PDF metadata and the header of later pages: keep it generic
    ("Overdrachtsbrief", "Kwartaalrapportage"), never a name. The date line ("Zwolle, 5 maart
    2026", `document_date` or today) is put above the flowables. Without a recipient the
    letterhead is compact (sender in a line under the name) and the body starts high on page one.
    `footer` replaces the letters' confidentiality footer (the quarterly report holds no personal
    data and says so).
    """
    texts.check_lang(lang)
    common = texts.common(lang)
    st = styles()
    with document_language(lang):  # the letterhead is drawn during build(): its remarks in this language too
        pages = LetterheadPages(letterhead, recipient, title, lang)
        day = document_date or date.today()
        story: list[Flowable] = [Paragraph(escape(common.date_line(letterhead.place, day)), st["body"])]
        story += list(flowables)
        buffer = io.BytesIO()
        first_top = FIRST_BODY_TOP if recipient is not None else COMPACT_BODY_TOP
        doc = make_doc_template(buffer, title, lang, pages, first_top)
        doc.build(story, canvasmaker=canvas_maker(lang, footer))
    return buffer.getvalue()
