"""Vowel marks and points land where they belong on the rendered page, read from pixels.

Two renderers: the PDF as poppler's pdftoppm rasterises it, and Qt drawing the same word with the same
font file (its own text layout and rasteriser, independent of reportlab and of text_runs.py). At 72 dpi a
100 pt font is 100 pixels an em. The word without its marks is drawn in both to align the two pictures;
the marks' ink is what the word with marks adds to it. The marks' ink of the PDF must cover the marks'
ink of Qt's drawing; the same word with the marks drawn where the pen happens to be (no placement: the
pen moves and the raise/lower tags taken out of the markup) must not, so the check can fail.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from io import BytesIO
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from coordinator_app.paths import resource
from coordinator_app.reports import fonts, text_runs

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not installed")

SIZE = 100  # points; at 72 dpi one point is one pixel
WIDTH, HEIGHT = 700, 300
LEFT, BASELINE = 100, 180  # where Qt draws (pixels from the top left); the PDF draws elsewhere, aligned below
Ink = set[tuple[int, int]]

WORDS = {  # word, font file, where its marks must add ink: above and/or below the letters' own ink
    "arabic_damma_fatha_shadda": ("مُحَمَّد", "NotoSansArabic-Regular.ttf", "above"),
    "arabic_kasra_tanwin": ("عَلِيٌّ", "NotoSansArabic-Regular.ttf", "above"),  # the kasra stays above yeh's tail
    "hebrew_qamats_holam_shin_dot": ("שָׁלוֹם", "LiberationSans-Regular.ttf", "below"),
    "hebrew_hiriq_sheva_qamats": ("יִצְחָק", "LiberationSans-Regular.ttf", "below"),
}


def _dark(pixels: bytes, width: int, height: int) -> Ink:
    return {(x, y) for y in range(height) for x in range(width) if pixels[y * width + x] < 128}


def _pdf_ink(markup: str) -> Ink:
    fonts.register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    paragraph = Paragraph(markup, ParagraphStyle("word", fontName=fonts.REGULAR, fontSize=SIZE, leading=SIZE))
    paragraph.wrap(WIDTH - LEFT, HEIGHT)
    paragraph.drawOn(canvas, LEFT, 60)
    canvas.showPage()
    canvas.save()
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "word.pdf").write_bytes(buffer.getvalue())
        subprocess.run(["pdftoppm", "-r", "72", "-gray", str(Path(tmp, "word.pdf")), str(Path(tmp, "page"))],
                       check=True, timeout=60)
        data = next(Path(tmp).glob("page*.pgm")).read_bytes()
    magic, width, height, _maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    return _dark(pixels, int(width), int(height))


def _qt_ink(word: str, file: str) -> Ink:
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(resource("fonts", file))))[0]
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    font = QFont(family)
    font.setPixelSize(SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPointF(LEFT, BASELINE), word)
    painter.end()
    pixels = bytes(image.constBits())[: WIDTH * HEIGHT] if image.bytesPerLine() == WIDTH else b"".join(
        bytes(image.constScanLine(y))[:WIDTH] for y in range(HEIGHT))
    return _dark(pixels, WIDTH, HEIGHT)


def _box(ink: Ink) -> tuple[int, int, int, int]:
    xs, ys = [x for x, _ in ink], [y for _, y in ink]
    return min(xs), min(ys), max(xs), max(ys)


def _unplaced(markup: str) -> str:
    """The markup with the placement taken out: marks drawn where the pen is (HarfBuzz's offsets ignored)."""
    return re.sub(r"</?(super|sub)[^>]*>", "", "".join(ch for ch in markup if not fonts.is_spacer(ch)))


def _overlap(a: Ink, b: Ink) -> float:
    return len(a & b) / len(a | b)


@pytest.mark.parametrize("key", sorted(WORDS))
def test_marks_are_drawn_where_an_independent_renderer_puts_them(qapp, key: str) -> None:  # type: ignore[no-untyped-def]
    word, file, where = WORDS[key]
    letters = "".join(ch for ch in word if not unicodedata.combining(ch))
    drawn = text_runs.draw(word)
    assert drawn.correct  # no remark
    pdf_letters, qt_letters = _pdf_ink(text_runs.draw(letters).markup), _qt_ink(letters, file)
    left, top, right, bottom = _box(pdf_letters)
    q_left, q_top, q_right, q_bottom = _box(qt_letters)
    # the same letters at the same size (a pixel apart where the two rasterisers round an edge differently)
    assert abs((right - left) - (q_right - q_left)) <= 1 and abs((bottom - top) - (q_bottom - q_top)) <= 1
    dx, dy = q_left - left, q_bottom - bottom

    def marks(markup: str) -> Ink:
        return {(x + dx, y + dy) for x, y in _pdf_ink(markup) - pdf_letters}

    qt_marks = _qt_ink(word, file) - qt_letters
    placed = marks(drawn.markup)
    assert len(qt_marks) > 100 and _overlap(placed, qt_marks) >= 0.7, _overlap(placed, qt_marks)
    assert _overlap(marks(_unplaced(drawn.markup)), qt_marks) <= 0.4  # the check tells placed from unplaced
    # marks add ink above or below the letters' band, and none beside the word
    rows = [y - dy for _, y in placed]
    assert ("above" in where) == any(y < top for y in rows)
    assert ("below" in where) == any(y > bottom for y in rows)
    assert all(left - 2 <= x - dx <= right + 2 for x, _ in placed)


def test_the_pen_moves_draw_no_ink(qapp) -> None:  # type: ignore[no-untyped-def]
    fonts.register_fonts()
    moves = "".join(fonts.spacer(width) for width in (-400, 900, -500))
    for face in (fonts.REGULAR, fonts.ARABIC):
        assert _pdf_ink(f'x<font name="{face}">{moves}</font>x') == _pdf_ink("xx")
