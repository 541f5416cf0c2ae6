"""The bundled fonts of every PDF: Liberation Sans 2 (SIL OFL 1.1), Liberation Mono Bold, Noto Sans
Ethiopic for Ge'ez script (Tigrinya, Amharic) and Noto Sans Arabic for Arabic script (Arabic, Persian,
Urdu letters); the Noto faces are SIL OFL 1.1, taken unchanged from Debian's fonts-noto-core 20201225-1.

Liberation Sans covers Latin (Dutch ĳ, ë; Central/Eastern European ł ș ğ ő ű ř; Vietnamese),
Greek, Cyrillic and Hebrew letters and points. How a line of user text is split over these fonts, and how
right-to-left runs are ordered and Arabic letters joined, is in text_runs.py. There is no font for
Indic, Thai or CJK text: such characters would print as boxes, so every PDF says so next to the text
(text_runs.py decides, page_style.escape prints the remark).

`register_fonts()` registers the faces with reportlab once per process (idempotent, thread-safe), each
with the pen-move characters that place vowel marks and points (see SPACER_LIMIT).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from coordinator_app.paths import resource
from coordinator_app.resources_loader import ResourceError

FAMILY = "LiberationSans"
REGULAR = "LiberationSans"
BOLD = "LiberationSans-Bold"
ITALIC = "LiberationSans-Italic"
BOLD_ITALIC = "LiberationSans-BoldItalic"
MONO_BOLD = "LiberationMono-Bold"
ETHIOPIC = "NotoSansEthiopic"
ETHIOPIC_BOLD = "NotoSansEthiopic-Bold"
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
    MONO_BOLD: "LiberationMono-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}



# Pen moves without ink: private-use characters every face maps to its (empty) space glyph, one per
# advance width from -SPACER_LIMIT to +SPACER_LIMIT thousandths of the font size. text_runs.py draws one
# before and one after a vowel mark or point to put it where HarfBuzz places it: a Paragraph draws one
# glyph after the other and has no other way to move the pen sideways. They are no text: each subset's
# ToUnicode map gives them the empty text, so a PDF's text layer holds only the letters and marks.
SPACER_LIMIT = 1000  # one em either way
_SPACER_ZERO = 0xE000 + SPACER_LIMIT  # the character that moves the pen by 0 (no bundled face maps U+E000-U+E7D0)


def spacer(width: int) -> str:
    """The character that moves the pen by `width` thousandths of the font size (may be negative)."""
    if not -SPACER_LIMIT <= width <= SPACER_LIMIT:
        raise ValueError(f"spacer width {width} outside ±{SPACER_LIMIT}")
    return chr(_SPACER_ZERO + width)


def is_spacer(ch: str) -> bool:
    return abs(ord(ch) - _SPACER_ZERO) <= SPACER_LIMIT


def spacer_width(ch: str) -> int:
    """The move of a spacer character, in thousandths of the font size."""
    return ord(ch) - _SPACER_ZERO


def _to_unicode(name: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map of a subset (ttfonts.makeToUnicodeCMap), with the empty text (<>) for a
    spacer: an extractor reads the letters and marks and nothing for the pen moves."""
    chars = [f"<{i:02X}> <{'' if abs(code - _SPACER_ZERO) <= SPACER_LIMIT else f'{code:04X}'}>"
             for i, code in enumerate(subset)]
    blocks = [chars[i:i + 100] for i in range(0, len(chars), 100)]  # at most 100 a block (PDF 1.7, 9.10.3)
    return "\n".join((
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        *(line for block in blocks for line in (f"{len(block)} beginbfchar", *block, "endbfchar")),
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"))


class _Face(TTFont):
    """A bundled face with the spacer characters (see SPACER_LIMIT)."""

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name, str(path))
        face: Any = self.face
        space = face.charToGlyph[0x20]
        clash = [code for code in face.charToGlyph if abs(code - _SPACER_ZERO) <= SPACER_LIMIT]
        if clash:
            raise ResourceError(path, "", "lettertype gebruikt de tekens voor verschuivingen al")
        for width in range(-SPACER_LIMIT, SPACER_LIMIT + 1):
            face.charToGlyph[_SPACER_ZERO + width] = space
            face.charWidths[_SPACER_ZERO + width] = width

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [] if state is None else [list(subset) for subset in state.subsets]
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            name = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            doc.idToObject["toUnicodeCMap:" + name].content = _to_unicode(name, subset)


_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the Liberation and Noto faces and their families (bold/italic via <b>/<i>)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise ResourceError(path, "", "lettertypebestand ontbreekt")
            pdfmetrics.registerFont(_Face(name, path))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        pdfmetrics.registerFontFamily(ETHIOPIC, normal=ETHIOPIC, bold=ETHIOPIC_BOLD, italic=ETHIOPIC,
                                      boldItalic=ETHIOPIC_BOLD)
        pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD)
        _registered = True


def font_path(name: str) -> Path:
    """The bundled file of a registered face (for shaping, which reads the font file itself)."""
    return resource("fonts", _FILES[name])
