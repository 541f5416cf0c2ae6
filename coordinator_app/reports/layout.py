"""The shared letterhead, page templates and styles of every PDF letter and report.

Page one carries the letterhead: municipality name (and logo), the sender block in the right-hand
column, and the recipient's address at the position of a Dutch window envelope (address window
25 mm from the left and 50 mm from the top, 85 x 40 mm, with a small return-address line above
it). Later pages carry a short header. Every page has the footer "Vertrouwelijk — bevat
bijzondere persoonsgegevens" and "Pagina X van Y", drawn when the canvas is saved (the total
page count is known only then).

`build_document()` turns a list of flowables into PDF bytes on that letterhead, entirely in
memory; letters (letters.py) and the quarterly report use it. The PDF metadata is generic and
never holds personal data.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepInFrame, PageTemplate, Paragraph, TableStyle

from coordinator_app.reports import fonts, texts

CREATOR = "Coordinator"

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
BOTTOM = 27 * mm  # bottom of the body frame; the footer sits below it

# Window envelope (EA5/6 and C5/6 with the window on the left): address area of the letter.
ADDRESS_X = LEFT
ADDRESS_TOP = 50 * mm  # from the top edge of the page
ADDRESS_WIDTH = 85 * mm
ADDRESS_HEIGHT = 40 * mm
RETURN_ADDRESS_TOP = 45 * mm

SENDER_X = 125 * mm
SENDER_TOP = 50 * mm
SENDER_WIDTH = PAGE_WIDTH - RIGHT - SENDER_X
SENDER_HEIGHT = 45 * mm

FIRST_BODY_TOP = 98 * mm  # the body of page one starts below address and sender blocks
COMPACT_BODY_TOP = 48 * mm  # page one without a recipient: sender in one line under the name
LATER_BODY_TOP = 25 * mm

LOGO_MAX_WIDTH = 45 * mm
LOGO_MAX_HEIGHT = 20 * mm

ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#B8C2CC")

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Letterhead:
    """The sender: from the settings of the municipality and the coordinator."""

    municipality: str  # e.g. "Gemeente Zwolle"
    address_lines: Sequence[str] = ()  # e.g. ("Postbus 10007", "8000 GA  Zwolle")
    coordinator_name: str = ""
    coordinator_function: str = ""  # e.g. "Zorgcoördinator mensenhandel"
    phone: str = ""
    email: str = ""
    logo: bytes | None = None  # PNG or JPEG bytes
    place: str = ""  # place in the date line: "Zwolle, 5 maart 2026"


@dataclass(frozen=True)
class Recipient:
    """The addressee, usually from the address book."""

    organisation: str
    contact_person: str = ""  # printed as "T.a.v. <contact_person>"
    address_lines: Sequence[str] = ()
    salutation_name: str = ""  # e.g. "mevrouw Jansen": "Geachte mevrouw Jansen,"


# --------------------------------------------------------------------------- text helpers


def escape(text: str) -> str:
    """User text made safe for reportlab Paragraph markup (&, <, > escaped; control chars dropped)."""
    return _xml_escape(_CONTROL_CHARS.sub("", text))


def escape_multiline(text: str) -> str:
    """Like `escape`, keeping single line breaks as <br/>."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)


def text_paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """Free text as paragraphs: a blank line starts a new paragraph, a single newline breaks the line."""
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip())
    return [Paragraph(escape_multiline(block.strip("\n")), style) for block in blocks if block.strip()]


# --------------------------------------------------------------------------- styles


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles shared by letters and reports (Liberation Sans)."""
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=14, spaceAfter=7)
    out = {
        "body": base,
        "body_tight": ParagraphStyle("body_tight", parent=base, spaceAfter=0),
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=15, leading=19, textColor=ACCENT, spaceAfter=10
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=base, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=3, bulletFontName=fonts.REGULAR
        ),
        "label": ParagraphStyle("label", parent=base, textColor=MUTED, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=fonts.BOLD, spaceAfter=0),
        "address": ParagraphStyle("address", parent=base, leading=13, spaceAfter=0),
        "return_address": ParagraphStyle(
            "return_address", parent=base, fontSize=6.5, leading=8, textColor=MUTED, spaceAfter=0
        ),
        "sender": ParagraphStyle("sender", parent=base, fontSize=8.5, leading=11.5, spaceAfter=0),
        "sender_bold": ParagraphStyle(
            "sender_bold", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=11.5, spaceAfter=0
        ),
        "municipality": ParagraphStyle(
            "municipality", parent=base, fontName=fonts.BOLD, fontSize=17, leading=20, textColor=ACCENT
        ),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED, spaceAfter=0),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
    }
    return out


def plain_table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A borderless table style in the bundled font (reportlab's default would pull in Helvetica)."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            *commands,
        ]
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


class _Letterhead:
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
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        header = f"{self.letterhead.municipality}  ·  {self.title}"
        canvas.drawString(LEFT, PAGE_HEIGHT - 14 * mm, header)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, PAGE_HEIGHT - 16.5 * mm, PAGE_WIDTH - RIGHT, PAGE_HEIGHT - 16.5 * mm)
        canvas.restoreState()


def make_doc_template(
    buffer: io.BytesIO, title: str, lang: str, pages: _Letterhead | None = None, first_top: float = FIRST_BODY_TOP
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
) -> bytes:
    """Build a PDF on the letterhead in memory and return its bytes.

    `title` goes into the PDF metadata and the header of later pages: keep it generic
    ("Overdrachtsbrief", "Kwartaalrapportage"), never a name. The date line ("Zwolle, 5 maart
    2026", `document_date` or today) is put above the flowables. Without a recipient the
    letterhead is compact (sender in a line under the name) and the body starts high on page one.
    """
    texts.check_lang(lang)
    common = texts.common(lang)
    st = styles()
    pages = _Letterhead(letterhead, recipient, title, lang)
    day = document_date or date.today()
    story: list[Flowable] = [Paragraph(escape(common.date_line(letterhead.place, day)), st["body"])]
    story += list(flowables)
    buffer = io.BytesIO()
    first_top = FIRST_BODY_TOP if recipient is not None else COMPACT_BODY_TOP
    doc = make_doc_template(buffer, title, lang, pages, first_top)
    doc.build(story, canvasmaker=canvas_maker(lang))
    return buffer.getvalue()
