"""How one line of user text is drawn in a PDF: which bundled font draws each character, right-to-left
runs put in visual order, Arabic letters joined — and whether the result shows the text correctly.

reportlab draws characters left to right, one glyph per character, in the font it is told. So:

- **Right-to-left runs** (Hebrew, Arabic script) are reordered here with the Unicode bidi algorithm
  (python-bidi), for a left-to-right paragraph (every letter is Dutch or English). A run starts at a
  right-to-left letter and ends at the last right-to-left letter or at the digits right after it (the
  numbers of an Arabic address belong to its run), never across a Latin letter; that is where the
  algorithm's levels put it for such a paragraph. Its spaces become no-break spaces, so a run is
  never wrapped over two lines in the wrong order. The bidi controls were already left out
  (page_style.drawn): an override cannot reorder anything, the algorithm runs on the letters alone.
- **Arabic letters** are joined by HarfBuzz (uharfbuzz) with Noto Sans Arabic's required forms
  (initial, medial, final, isolated, lam-alef); every glyph it picks is a character of the font's
  character map (the Arabic Presentation Forms), so the PDF holds those characters in visual order:
  its text layer gives back the name after Unicode NFKC, in reading order once an extractor turns
  right-to-left runs around (pypdf does).
- **Fonts:** Arabic script in Noto Sans Arabic, Ethiopic in Noto Sans Ethiopic, everything else in
  Liberation Sans (Latin, Greek, Cyrillic, Hebrew).

The text is *not* shown correctly (`Drawn.correct` is False, and the caller prints a remark) when a
character has no glyph in its font (Thai, Indic, CJK, Syriac, emoji: it would print as a box), when
a right-to-left run carries combining marks (vowel signs and points: they would not sit on their
letter), or when a run is wider than RTL_MAX_WIDTH and may have to be wrapped. Invisible format
characters without a glyph (word joiner, variation selectors, ZWNJ once it has done its work of
keeping two Arabic letters apart) are not drawn, as Unicode asks of a renderer.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape as _xml_escape

import uharfbuzz
from bidi import get_display
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.paragraph import _wsc as _reportlab_spaces  # what Paragraph splits words on

from coordinator_app.reports import fonts

# The widest right-to-left run drawn as one unbreakable piece, measured at 10 pt: the narrowest box that
# holds user text is the sender block of a letter (65 mm at 8.5 pt, i.e. 76 mm at 10 pt).
RTL_MAX_WIDTH = 60 * mm
_MEASURE_SIZE = 10

# Characters Unicode lists as default-ignorable (drawn invisibly when the font has no glyph for them).
_IGNORABLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)
_JOINERS = frozenset("\u200c\u200d")
_WORD_SPACES = frozenset(_reportlab_spaces)  # a Paragraph breaks words there and draws a space, never a glyph
# Arabic, Arabic Supplement, Arabic Extended-A, Arabic Presentation Forms-A and -B
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
# Ethiopic, Ethiopic Supplement, Ethiopic Extended, Ethiopic Extended-A
_ETHIOPIC_BLOCKS = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))
_NUMBER_CLASSES = frozenset(("EN", "AN"))
_NUMBER_JOINERS = frozenset(("ES", "CS", "ET"))  # 1.5, 1,5, 12% inside a number
# Only the forms every Arabic text needs: no contextual alternates, kerning or mark positioning, whose
# glyphs may have no character (reportlab draws characters, not glyph numbers).
_FEATURES = {"calt": False, "kern": False, "liga": False, "dlig": False, "curs": False, "mark": False,
             "mkmk": False}


def _in(ch: str, blocks: tuple[tuple[int, int], ...]) -> bool:
    code = ord(ch)
    return any(start <= code <= end for start, end in blocks)


@cache
def is_ignorable(ch: str) -> bool:
    return _in(ch, _IGNORABLE)


@cache
def is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


@cache
def is_arabic(ch: str) -> bool:
    return _in(ch, _ARABIC_BLOCKS)


@cache
def font_for(ch: str) -> str:
    """The face that draws a character (regular weight; <b> picks the family's bold)."""
    if is_arabic(ch):
        return fonts.ARABIC
    if _in(ch, _ETHIOPIC_BLOCKS):
        return fonts.ETHIOPIC
    return fonts.REGULAR


@cache
def _char_map(name: str) -> frozenset[int]:
    fonts.register_fonts()
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


@cache
def has_glyph(ch: str, name: str) -> bool:
    """Whether the face (and its bold) has a glyph for the character."""
    bold = {fonts.REGULAR: fonts.BOLD, fonts.ARABIC: fonts.ARABIC_BOLD, fonts.ETHIOPIC: fonts.ETHIOPIC_BOLD}[name]
    return ord(ch) in _char_map(name) and ord(ch) in _char_map(bold)


# --------------------------------------------------------------------------- Arabic joining (HarfBuzz)


class _Shaper:
    """HarfBuzz on Noto Sans Arabic; glyphs mapped back to the characters of the font's character map."""

    def __init__(self) -> None:
        fonts.register_fonts()
        data = fonts.font_path(fonts.ARABIC).read_bytes()
        self._font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(data)))
        self._lock = threading.Lock()  # a HarfBuzz font is shared; shaping one word takes microseconds
        chars: dict[int, list[int]] = {}
        for code, glyph in pdfmetrics.getFont(fonts.ARABIC).face.charToGlyph.items():
            chars.setdefault(glyph, []).append(code)
        self._chars = chars

    def join(self, word: str) -> str | None:
        """The word (Arabic letters, logical order) as the characters of its joined forms, still in
        logical order; None when a glyph has no character in the font (it cannot be drawn as text)."""
        buffer = uharfbuzz.Buffer()
        buffer.add_str(word)
        buffer.direction = "rtl"
        buffer.script = "Arab"
        buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS  # a joiner keeps its own cluster
        with self._lock:
            uharfbuzz.shape(self._font, buffer, _FEATURES)
            infos = [(info.cluster, info.codepoint) for info in buffer.glyph_infos]
        out: list[str] = []
        for cluster, glyph in reversed(infos):  # HarfBuzz gives right-to-left runs in visual order
            original = word[cluster]
            if original in _JOINERS:
                continue  # it kept (or made) a join; it has no glyph of its own to draw
            codes = self._chars.get(glyph)
            if not codes:
                return None
            # the letter itself when its own glyph was chosen (isolated form), else the presentation form
            out.append(original if ord(original) in codes else chr(min(codes)))
        return "".join(out)


@cache
def _shaper() -> _Shaper:
    return _Shaper()


def _join_arabic(run: str) -> str | None:
    """Every Arabic word of a run joined (see _Shaper.join); None when one cannot be drawn."""
    out: list[str] = []
    word: list[str] = []

    def flush() -> bool:
        if word:
            joined = _shaper().join("".join(word))
            if joined is None:
                return False
            out.append(joined)
            word.clear()
        return True

    for ch in run:
        if (is_arabic(ch) and unicodedata.bidirectional(ch) in ("AL", "NSM")) or ch in _JOINERS:
            word.append(ch)
            continue
        if not flush():
            return None
        out.append(ch)
    return "".join(out) if flush() else None


# --------------------------------------------------------------------------- right-to-left runs


def _rtl_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every right-to-left run of a line in a left-to-right paragraph."""
    spans: list[tuple[int, int]] = []
    if not any(is_rtl(ch) for ch in text):
        return spans
    i, n = 0, len(text)
    while i < n:
        if not is_rtl(text[i]):
            i += 1
            continue
        start = end = i  # end: one past the last character that belongs to the run
        j = i
        while j < n and unicodedata.bidirectional(text[j]) != "L":
            kind = unicodedata.bidirectional(text[j])
            if kind in ("R", "AL", "NSM") or text[j] in _JOINERS:
                end = j + 1
            elif kind in _NUMBER_CLASSES:
                k = j  # a number right after the run (across neutrals) still belongs to it
                while k < n and (unicodedata.bidirectional(text[k]) in _NUMBER_CLASSES
                                 or (unicodedata.bidirectional(text[k]) in _NUMBER_JOINERS and k + 1 < n
                                     and unicodedata.bidirectional(text[k + 1]) in _NUMBER_CLASSES)):
                    k += 1
                end = k
                j = k
                continue
            j += 1
        spans.append((start, end))
        i = max(end, start + 1)
    return spans


@dataclass(frozen=True)
class Drawn:
    """A line as reportlab Paragraph markup (escaped, with <font> tags) and whether it shows the text
    correctly (False: the caller adds a remark next to it)."""

    markup: str
    correct: bool


@cache
def _char_width(ch: str) -> float:
    return float(pdfmetrics.stringWidth(ch, font_for(ch), _MEASURE_SIZE))


def _width(text: str) -> float:
    return sum(_char_width(ch) for ch in text)


def _visual(span: str) -> tuple[str, bool]:
    """A right-to-left run in visual (left-to-right drawing) order, and whether it is drawn correctly."""
    correct = not any(unicodedata.combining(ch) for ch in span)
    joined = _join_arabic(span)
    if joined is None:
        joined, correct = span, False
    visual = get_display(joined, base_dir="R")
    assert isinstance(visual, str)
    if _width(visual) > RTL_MAX_WIDTH:
        return visual, False  # may be wrapped: the lines of a wrapped run would be out of order
    return visual.replace(" ", "\u00a0"), correct


def draw(line: str) -> Drawn:
    """One line of text (no line breaks; control characters and bidi controls already left out)."""
    fonts.register_fonts()
    correct = True
    chars: list[tuple[str, str]] = []  # (character, face) in drawing order
    position = 0
    for start, end in _rtl_spans(line):
        chars += [(ch, font_for(ch)) for ch in line[position:start]]
        visual, ok = _visual(line[start:end])
        arabic = any(is_arabic(ch) for ch in visual)
        # spaces, digits and punctuation of an Arabic run in its font too: the run is one piece of text
        chars += [(ch, fonts.ARABIC if arabic and has_glyph(ch, fonts.ARABIC) else font_for(ch)) for ch in visual]
        correct = correct and ok
        position = end
    chars += [(ch, font_for(ch)) for ch in line[position:]]
    out: list[str] = []
    current = fonts.REGULAR
    run: list[str] = []

    def flush() -> None:
        if run:
            text = _xml_escape("".join(run))
            out.append(text if current == fonts.REGULAR else f'<font name="{current}">{text}</font>')
            run.clear()

    for ch, face in chars:
        if not has_glyph(ch, face):
            if is_ignorable(ch):
                continue  # invisible by nature: not drawn
            if ch not in _WORD_SPACES:
                correct = False
        if face != current:
            flush()
            current = face
        run.append(ch)
    flush()
    return Drawn("".join(out), correct)



def escape_plain(text: str) -> str:
    """Fixed text (a remark) escaped for Paragraph markup, in the default font."""
    return _xml_escape(text)


def missing_glyphs(text: str) -> str:
    """The characters of a text that would print as a box (no glyph in the font that draws them), once each."""
    found: dict[str, None] = {}
    for ch in text:
        if ch not in _WORD_SPACES and ch.isprintable() and not is_ignorable(ch) and not has_glyph(ch, font_for(ch)):
            found[ch] = None
    return "".join(found)
