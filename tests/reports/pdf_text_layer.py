"""An independent reading of a PDF's text layer for the tests: every text-showing operator (Tj, TJ, ', ")
decoded through its font's ToUnicode map, in drawing order, with the font it was drawn in; and whether
each character has a glyph in that font, read from the bundled font *file*'s character map (not from
the fonts the app registered). Nothing here reorders right-to-left text: this is the visual order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from io import BytesIO

from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase.ttfonts import TTFontFile

from coordinator_app.paths import resource


@dataclass(frozen=True)
class Shown:
    page: int
    font: str  # the face, subset prefix removed: "NotoSansArabic-Regular"
    text: str  # decoded through ToUnicode, in drawing order

    def boxes(self) -> str:
        """The characters drawn without a glyph in their font (a box, or nothing at all)."""
        chars = cmap(self.font)
        return "".join(ch for ch in self.text if ch == "\x00" or ord(ch) not in chars)


_FILES = {"LiberationSans": "LiberationSans-Regular.ttf", "LiberationMono": "LiberationMono-Regular.ttf"}


@cache
def cmap(font: str) -> frozenset[int]:
    """The characters the bundled font file maps to a glyph (its own cmap table)."""
    path = resource("fonts", _FILES.get(font, f"{font}.ttf"))
    return frozenset(TTFontFile(str(path)).charToGlyph)


def _to_unicode(font: object) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")  # type: ignore[index]
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):  # <>: no text (a pen move)
            mapping[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = int(uni, 16)
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                mapping[code] = chr(first + offset)
    return mapping


def shown_text(pdf: bytes) -> list[Shown]:
    """Every piece of text the PDF draws, in drawing order (page by page, form XObjects included)."""
    reader = PdfReader(BytesIO(pdf))
    out: list[Shown] = []

    def walk(page_number: int, contents: object, resources: object) -> None:
        fonts = resources.get("/Font", {})  # type: ignore[attr-defined]
        xobjects = resources.get("/XObject", {})  # type: ignore[attr-defined]
        font_name, mapping = "", {}
        for operands, operator in ContentStream(contents, reader).operations:
            if operator == b"Tf":
                font = fonts[operands[0]].get_object()
                font_name = str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]
                mapping = _to_unicode(font)
            elif operator in (b"Tj", b"'", b'"', b"TJ"):
                items = operands[0] if operator == b"TJ" else [operands[-1]]
                raw = b"".join(item.original_bytes if hasattr(item, "original_bytes") else b""
                               for item in items if not isinstance(item, int | float))
                out.append(Shown(page_number, font_name, "".join(mapping.get(byte, "\x00") for byte in raw)))
            elif operator == b"Do":
                xobject = xobjects[operands[0]].get_object()
                if xobject.get("/Subtype") == "/Form":
                    walk(page_number, xobject, xobject.get("/Resources", resources))

    for number, page in enumerate(reader.pages, start=1):
        walk(number, page.get_contents(), page["/Resources"])
    return out
