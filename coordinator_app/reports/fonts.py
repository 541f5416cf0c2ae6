"""The bundled fonts of every PDF: Liberation Sans 2 (SIL OFL 1.1), Liberation Mono Bold, Noto Sans
Ethiopic for Ge'ez script (Tigrinya, Amharic) and Noto Sans Arabic for Arabic script (Arabic, Persian,
Urdu letters); the Noto faces are SIL OFL 1.1, taken unchanged from Debian's fonts-noto-core 20201225-1.

Liberation Sans covers Latin (Dutch ĳ, ë; Central/Eastern European ł ș ğ ő ű ř; Vietnamese),
Greek, Cyrillic and Hebrew letters. How a line of user text is split over these fonts, and how
right-to-left runs are ordered and Arabic letters joined, is in text_runs.py. There is no font for
Indic, Thai or CJK text: such characters would print as boxes, so every PDF says so next to the text
(text_runs.py decides, page_style.escape prints the remark).

`register_fonts()` registers the faces with reportlab once per process (idempotent, thread-safe).
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        pdfmetrics.registerFontFamily(ETHIOPIC, normal=ETHIOPIC, bold=ETHIOPIC_BOLD, italic=ETHIOPIC,
                                      boldItalic=ETHIOPIC_BOLD)
        pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD)
        _registered = True


def font_path(name: str) -> Path:
    """The bundled file of a registered face (for shaping, which reads the font file itself)."""
    return resource("fonts", _FILES[name])
