"""The bundled fonts of every PDF: Liberation Sans 2 (SIL OFL 1.1), Liberation Mono Bold, and Noto Sans
Ethiopic (SIL OFL 1.1) for Ge'ez script (Tigrinya, Amharic).

Liberation Sans covers Latin (Dutch ĳ, ë; Central/Eastern European ł ș ğ ő ű ř; Vietnamese),
Greek and Cyrillic; runs of Ethiopic letters are drawn in Noto Sans Ethiopic (`with_script_fonts`).
Ethiopic needs no shaping and runs left to right, so reportlab draws it correctly. There is no font
for Arabic, Hebrew, Indic or CJK text: Arabic would need contextual shaping and the bidi algorithm,
which reportlab does not do without further libraries, so such names print as empty boxes. The
inzage-export PDF says so next to such a value (its JSON holds the text exactly).

`register_fonts()` registers the faces with reportlab once per process (idempotent, thread-safe).
"""

from __future__ import annotations

import re
import threading

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
# Ethiopic, Ethiopic Supplement, Ethiopic Extended, Ethiopic Extended-A
_ETHIOPIC_RUN = re.compile("[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]+")

_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
    MONO_BOLD: "LiberationMono-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the Liberation and Noto Sans Ethiopic faces and their families (bold/italic via <b>/<i>)."""
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
        _registered = True


def with_script_fonts(markup: str) -> str:
    """Paragraph markup (already escaped) with every run of Ethiopic letters set in Noto Sans Ethiopic."""
    return _ETHIOPIC_RUN.sub(lambda m: f'<font name="{ETHIOPIC}">{m.group(0)}</font>', markup)


def covered_code_points() -> frozenset[int]:
    """The characters the PDFs can draw: Liberation Sans and, for Ethiopic runs, Noto Sans Ethiopic."""
    register_fonts()
    latin = pdfmetrics.getFont(REGULAR).face.charToGlyph
    ethiopic = pdfmetrics.getFont(ETHIOPIC).face.charToGlyph
    return frozenset(latin) | frozenset(c for c in ethiopic if _ETHIOPIC_RUN.fullmatch(chr(c)))
