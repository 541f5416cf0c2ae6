"""Measurements, colours, paragraph styles and plain data (letterhead, recipient) shared by every
PDF letter and report. The page drawing is in letterhead_pages.py; layout.py builds documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, TableStyle

from coordinator_app.domain.text import BIDI_CONTROLS
from coordinator_app.errors import message
from coordinator_app.reports import fonts, text_runs

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
# Bidi controls (U+202A-U+202E, U+2066-U+2069, marks) are left out of the drawing before the bidi
# algorithm orders right-to-left runs (text_runs.py), so they change nothing in a PDF: an override cannot
# reorder a PDF line, and no control prints as a box. Unicode asks a renderer to draw them invisibly.
# The stored text keeps them.
_NOT_DRAWN = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
# The language of the remark next to text a PDF cannot show correctly: that of the document being built.
_remark_language: ContextVar[str] = ContextVar("pdf_remark_language", default="nl")


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


def drawn(text: str) -> str:
    """Text as it is drawn on a page: control characters and invisible bidi controls left out."""
    return _NOT_DRAWN.sub("", _CONTROL_CHARS.sub("", text))


@contextmanager
def document_language(lang: str) -> Iterator[None]:
    """Within the block, the remark of `escape` is in `lang` (the language of the PDF being built)."""
    token = _remark_language.set(lang)
    try:
        yield
    finally:
        _remark_language.reset(token)


def unprintable_remark() -> str:
    """The remark printed next to text the PDF cannot show correctly, in the document's language."""
    return message("pdf_unprintable", _remark_language.get())


def shows_correctly(text: str) -> bool:
    """Whether a PDF shows every line of the text correctly (text_runs.draw), without a remark."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return all(text_runs.draw(drawn(line)).correct for line in lines)


def escape(text: str, remark: bool = True) -> str:
    """User text as reportlab Paragraph markup: &, <, > escaped; control characters and the invisible bidi
    controls not drawn; each script in its font, right-to-left runs in visual order, Arabic letters joined
    (text_runs.py). Text the PDF cannot show correctly (a character without a glyph would print as a box)
    gets the remark `unprintable_remark()` after it, in italics; `remark=False` leaves that to the caller."""
    shown = text_runs.draw(drawn(text))
    if remark and not shown.correct:
        return f"{shown.markup} <i>{text_runs.escape_plain(unprintable_remark())}</i>"
    return shown.markup


def escape_multiline(text: str, remark: bool = True) -> str:
    """Like `escape`, keeping single line breaks as <br/> (one remark, at the end, for the whole text)."""
    lines = [text_runs.draw(drawn(line)) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    markup = "<br/>".join(line.markup for line in lines)
    if remark and not all(line.correct for line in lines):
        return f"{markup} <i>{text_runs.escape_plain(unprintable_remark())}</i>"
    return markup


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
        "header": ParagraphStyle("header", parent=base, fontSize=8, leading=10, textColor=MUTED, spaceAfter=0),
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
