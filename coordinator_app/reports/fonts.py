"""The bundled font family of every PDF: Liberation Sans 2 (SIL OFL 1.1), plus Liberation Mono Bold.

Liberation Sans covers Latin (Dutch ĳ, ë; Central/Eastern European ł ș ğ ő ű ř; Vietnamese),
Greek and Cyrillic. It has no Arabic, Hebrew, Ethiopic, Indic or CJK glyphs: such names print
as empty boxes, so the UI should ask for a Latin transcription next to them.

`register_fonts()` registers the faces with reportlab once per process (idempotent, thread-safe).
"""

from __future__ import annotations

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

_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
    MONO_BOLD: "LiberationMono-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the Liberation faces and the `LiberationSans` family (bold/italic via <b>/<i>)."""
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
        _registered = True
