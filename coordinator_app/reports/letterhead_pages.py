"""Drawing on the page: page one's letterhead (logo, sender block, the recipient's address at the
window of a Dutch envelope), the later pages' header, and the footer with "Pagina X van Y" (drawn
when the canvas is saved, when the page count is known).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepInFrame, Paragraph

from coordinator_app.reports import fonts, texts
from coordinator_app.reports.page_style import (
    ADDRESS_HEIGHT,
    ADDRESS_TOP,
    ADDRESS_WIDTH,
    ADDRESS_X,
    LEFT,
    LOGO_MAX_HEIGHT,
    LOGO_MAX_WIDTH,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RETURN_ADDRESS_TOP,
    RIGHT,
    RULE,
    SENDER_HEIGHT,
    SENDER_TOP,
    SENDER_WIDTH,
    SENDER_X,
    TEXT_WIDTH,
    Letterhead,
    Recipient,
    escape,
    styles,
)

# --------------------------------------------------------------------------- canvas with footers


class FooterCanvas(Canvas):
    """A canvas that keeps every page's state and draws the footers in `save()` ("Pagina X van Y")."""

    def __init__(self, *args: Any, footer: str, page_of: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_text = footer
        self._page_of = page_of
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's method name
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(LEFT, 19 * mm, PAGE_WIDTH - RIGHT, 19 * mm)
        self.setFillColor(MUTED)
        self.setFont(fonts.REGULAR, 7.5)
        self.drawString(LEFT, 14 * mm, self._footer_text)
        self.drawRightString(PAGE_WIDTH - RIGHT, 14 * mm, self._page_of.format(page=self._pageNumber, pages=total))
        self.restoreState()


def canvas_maker(lang: str, footer: str | None = None) -> Any:
    """A canvasmaker for `doc.build()` drawing the confidentiality footer (or `footer`) and page numbers."""
    common = texts.common(lang)
    return partial(FooterCanvas, footer=footer if footer is not None else common["footer"], page_of=common["page_of"])


# --------------------------------------------------------------------------- letterhead


def _logo_reader(logo: bytes | None) -> ImageReader | None:
    if not logo:
        return None
    try:
        reader = ImageReader(io.BytesIO(logo))
        reader.getSize()
    except Exception as exc:
        raise ValueError("the logo is not a readable PNG or JPEG image") from exc
    return reader


def _lines_to_paragraphs(lines: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    """One paragraph per non-empty line; a double space (postcode and place) is kept."""
    return [Paragraph(escape(line.strip()).replace("  ", "&nbsp; "), style) for line in lines if line and line.strip()]


def _draw_box(canvas: Canvas, flowables: list[Flowable], x: float, top: float, width: float, height: float) -> None:
    """Draw flowables into a fixed box (top measured from the page's top edge), shrunk to fit."""
    if not flowables:
        return
    frame = Frame(x, PAGE_HEIGHT - top - height, width, height, 0, 0, 0, 0, showBoundary=0)
    frame.addFromList([KeepInFrame(width, height, flowables, mode="shrink")], canvas)


class LetterheadPages:
    """Draws page one's letterhead and the later pages' header."""

    def __init__(self, letterhead: Letterhead, recipient: Recipient | None, title: str, lang: str) -> None:
        self.letterhead = letterhead
        self.recipient = recipient
        self.title = title
        self.common = texts.common(lang)
        self.logo = _logo_reader(letterhead.logo)
        self.styles = styles()

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        st = self.styles
        name_height = 22 * mm
        _draw_box(
            canvas,
            [Paragraph(escape(self.letterhead.municipality), st["municipality"])],
            LEFT,
            14 * mm,
            100 * mm,
            name_height,
        )
        if self.logo is not None:
            width, height = self.logo.getSize()
            scale = min(LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height)
            w, h = width * scale, height * scale
            canvas.drawImage(self.logo, PAGE_WIDTH - RIGHT - w, PAGE_HEIGHT - 14 * mm - h, w, h, mask="auto")
        if self.recipient is not None:
            self._sender_block(canvas)
            self._address_block(canvas)
        else:
            self._compact_sender(canvas)
        canvas.restoreState()

    def _contact_parts(self) -> list[str]:
        lh, common = self.letterhead, self.common
        parts = []
        if lh.phone.strip():
            parts.append(f'<font color="#555555">{escape(common["phone"])}</font>&nbsp; {escape(lh.phone)}')
        if lh.email.strip():
            parts.append(f'<font color="#555555">{escape(common["email"])}</font>&nbsp; {escape(lh.email)}')
        return parts

    def _compact_sender(self, canvas: Canvas) -> None:
        """Without a recipient (case summary, reports): the sender in two short lines under the name."""
        lh, st = self.letterhead, self.styles
        who = [part.strip() for part in (lh.coordinator_name, lh.coordinator_function) if part.strip()]
        where = [line.strip() for line in lh.address_lines if line.strip()]
        separator = "&nbsp; · &nbsp;"
        first = separator.join(escape(part) for part in [*who, *where])
        second = separator.join(self._contact_parts())
        items = [Paragraph(text, st["sender"]) for text in (first, second) if text]
        _draw_box(canvas, items, LEFT, 30 * mm, TEXT_WIDTH, 12 * mm)

    def _sender_block(self, canvas: Canvas) -> None:
        lh, st = self.letterhead, self.styles
        items: list[Flowable] = []
        if lh.coordinator_name.strip():
            items.append(Paragraph(escape(lh.coordinator_name), st["sender_bold"]))
        items += _lines_to_paragraphs([lh.coordinator_function, *lh.address_lines], st["sender"])
        contact = self._contact_parts()
        if contact:
            style = ParagraphStyle("sender_contact", parent=st["sender"], spaceBefore=5 if items else 0)
            items.append(Paragraph(contact[0], style))
            items += [Paragraph(line, st["sender"]) for line in contact[1:]]
        _draw_box(canvas, items, SENDER_X, SENDER_TOP, SENDER_WIDTH, SENDER_HEIGHT)

    def _address_block(self, canvas: Canvas) -> None:
        recipient, st, common = self.recipient, self.styles, self.common
        assert recipient is not None
        return_lines = [line.strip() for line in self.letterhead.address_lines if line.strip()]
        if return_lines:
            text = f"{common['return_address']}: " + ", ".join([self.letterhead.municipality, *return_lines])
            _draw_box(
                canvas,
                [Paragraph(escape(text), st["return_address"])],
                ADDRESS_X,
                RETURN_ADDRESS_TOP,
                ADDRESS_WIDTH,
                4 * mm,
            )
        lines = [recipient.organisation]
        if recipient.contact_person.strip():
            lines.append(common["attention"].format(contact=recipient.contact_person))
        lines += list(recipient.address_lines)
        _draw_box(
            canvas, _lines_to_paragraphs(lines, st["address"]), ADDRESS_X, ADDRESS_TOP, ADDRESS_WIDTH, ADDRESS_HEIGHT
        )

    def later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        header = Paragraph(f"{escape(self.letterhead.municipality)}&nbsp; · &nbsp;{escape(self.title)}",
                           self.styles["header"])
        _width, height = header.wrapOn(canvas, TEXT_WIDTH, 10 * mm)
        first_line = self.styles["header"].fontSize  # the first baseline sits this far below the top
        header.drawOn(canvas, LEFT, PAGE_HEIGHT - 14 * mm + first_line - height)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, PAGE_HEIGHT - 16.5 * mm, PAGE_WIDTH - RIGHT, PAGE_HEIGHT - 16.5 * mm)
        canvas.restoreState()
