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
- **Vowel marks and points** (Arabic harakat, shadda, tanwin, superscript alef; Hebrew niqqud, dagesh,
  shin/sin dots, cantillation): a word that carries them is shaped by HarfBuzz with the font's mark
  positioning (mark to base, mark to mark) as well, and each mark is drawn where HarfBuzz puts it: the
  pen moved sideways by a pen-move character before it and back after it (fonts.spacer: a private-use
  character on the face's empty space glyph, with its own advance width and an empty ToUnicode entry),
  and raised or lowered with <super>/<sub> at full size. A mark HarfBuzz combines with its letter or
  with another mark is drawn as that presentation form (shin with shin dot U+FB2A, vav with holam
  U+FB4B, shadda with fatha U+FC60). The text layer holds the letters and the marks, in visual order.
- **Fonts:** Arabic script in Noto Sans Arabic, Ethiopic in Noto Sans Ethiopic, everything else in
  Liberation Sans (Latin, Greek, Cyrillic, Hebrew with its points).

The text is *not* shown correctly (`Drawn.correct` is False, and the caller prints a remark) when a
character has no glyph in its font (Thai, Indic, CJK, Syriac, emoji: it would print as a box), when
a combining mark is not on an Arabic or Hebrew letter of its own script (after a space or a digit, or
a general accent such as U+0301 on a Hebrew letter), when HarfBuzz picks a glyph that no character of
the font maps to, or moves a mark more than one em, or when a run is wider than RTL_MAX_WIDTH and may
have to be wrapped. Invisible format
characters without a glyph (word joiner, variation selectors, ZWNJ once it has done its work of
keeping two Arabic letters apart) are not drawn, as Unicode asks of a renderer. A right-to-left run
with a mark is drawn in the regular weight, also in a bold paragraph: its marks are placed with the
regular face's anchors (the markup does not know the weight, and the bold faces' anchors differ by up to 0.12 em), as
Arabic is always drawn in Noto Sans Arabic's regular weight.
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
# A word with vowel marks or points: the same forms, and the font's mark positioning (mark to base, mark
# to mark) on top, drawn with pen moves (fonts.spacer) around each mark HarfBuzz moves away from the pen.
_MARK_FEATURES = {**_FEATURES, "mark": True, "mkmk": True}
_TOLERANCE = 0.5  # thousandths of the font size: HarfBuzz's advance and reportlab's width round differently
# Hebrew and Hebrew presentation forms (the letters with a point that Unicode encodes as one character)
_HEBREW_BLOCKS = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))


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
    # the pen moves are mapped by us, not by the font: typed, such a character has no glyph
    return frozenset(code for code in pdfmetrics.getFont(name).face.charToGlyph if not fonts.is_spacer(chr(code)))


@cache
def has_glyph(ch: str, name: str) -> bool:
    """Whether the face (and its bold) has a glyph for the character."""
    bold = {fonts.REGULAR: fonts.BOLD, fonts.ARABIC: fonts.ARABIC_BOLD, fonts.ETHIOPIC: fonts.ETHIOPIC_BOLD}[name]
    return ord(ch) in _char_map(name) and ord(ch) in _char_map(bold)


# --------------------------------------------------------------------------- Arabic joining (HarfBuzz)


class _Shaper:
    """HarfBuzz on one bundled face; glyphs mapped back to the characters of the font's character map."""

    def __init__(self, name: str, script: str) -> None:
        fonts.register_fonts()
        data = fonts.font_path(name).read_bytes()
        face = uharfbuzz.Face(uharfbuzz.Blob(data))
        self._font = uharfbuzz.Font(face)
        self._scale = 1000 / face.upem  # font units to thousandths of the font size (reportlab's widths)
        self._script = script
        self._lock = threading.Lock()  # a HarfBuzz font is shared; shaping one word takes microseconds
        self._face = pdfmetrics.getFont(name).face
        chars: dict[int, list[int]] = {}
        for code, glyph in self._face.charToGlyph.items():
            chars.setdefault(glyph, []).append(code)
        self._chars = chars

    def _shape(self, word: str, features: dict[str, bool]) -> list[tuple[str, int, int, int, int]] | None:
        """(character, x advance, x offset, y offset, cluster) of each glyph, in visual order (left to
        right); None when a glyph has no character in the font (it cannot be drawn as text)."""
        buffer = uharfbuzz.Buffer()
        buffer.add_str(word)
        buffer.direction = "rtl"
        buffer.script = self._script
        buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS  # a joiner keeps its own cluster
        with self._lock:
            uharfbuzz.shape(self._font, buffer, features)
            glyphs = [(info.cluster, info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset)
                      for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)]
        out: list[tuple[str, int, int, int, int]] = []
        for cluster, glyph, advance, x_offset, y_offset in glyphs:  # HarfBuzz gives right-to-left runs in visual order
            original = word[cluster]
            if original in _JOINERS:
                if advance and features is _MARK_FEATURES:
                    return None  # a joiner that takes room (no bundled font does): placed glyphs would be off
                continue  # it kept (or made) a join; it has no glyph of its own to draw
            codes = self._chars.get(glyph)
            if not codes:
                return None
            # the character itself when its own glyph was chosen (isolated form, a mark), else the
            # presentation form (a joined form, lam-alef, shin with its dot) whose glyph HarfBuzz chose
            ch = original if ord(original) in codes else chr(min(codes))
            out.append((ch, advance, x_offset, y_offset, cluster))
        return out

    def join(self, word: str) -> str | None:
        """The word (Arabic letters, logical order) as the characters of its joined forms, still in
        logical order; None when a glyph has no character in the font (it cannot be drawn as text)."""
        shaped = self._shape(word, _FEATURES)
        return None if shaped is None else "".join(ch for ch, *_ in reversed(shaped))

    def place(self, word: str) -> list[_Placed] | None:
        """The word (logical order, with its vowel marks or points) as glyphs in visual order, each where
        HarfBuzz puts it: joined forms and the font's mark positioning (mark to base, mark on mark);
        None when a glyph has no character in the font."""
        shaped = self._shape(word, _MARK_FEATURES)
        if shaped is None:
            return None
        out: list[_Placed] = []
        for ch, advance, x_offset, y_offset, _cluster in shaped:
            width = float(self._face.charWidths.get(ord(ch), self._face.defaultWidth))
            extra = advance * self._scale - width  # HarfBuzz's advance against the one reportlab draws
            out.append(_Placed(ch, round(x_offset * self._scale), round(y_offset * self._scale),
                               round(extra) if abs(extra) >= _TOLERANCE else 0))
        return out


@dataclass(frozen=True)
class _Placed:
    """A glyph as HarfBuzz places it, in thousandths of the font size: drawn `x`, `y` away from the pen,
    which then moves by the character's width plus `extra`."""

    ch: str
    x: int
    y: int
    extra: int


@cache
def _shaper(script: str = "Arab") -> _Shaper:
    return _Shaper(fonts.ARABIC if script == "Arab" else fonts.REGULAR, script)


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


# One drawn character: the character, its face, how far it is raised (thousandths of the font size), and
# whether the face is named even when it is the paragraph's own (a placed word keeps the regular weight)
_Item = tuple[str, str, int, bool]


@cache
def _char_width(ch: str, face: str) -> float:
    return float(pdfmetrics.stringWidth(ch, face, _MEASURE_SIZE))


def _width(items: list[_Item]) -> float:
    return sum(_char_width(ch, face) for ch, face, _rise, _fixed in items)


@cache
def is_hebrew(ch: str) -> bool:
    return _in(ch, _HEBREW_BLOCKS)


def _script(ch: str) -> str | None:
    """The script of a character that belongs to a shaped word ("Arab", "Hebr"), else None."""
    kind = unicodedata.bidirectional(ch)
    if is_arabic(ch) and kind in ("AL", "NSM"):
        return "Arab"
    if is_hebrew(ch) and kind in ("R", "NSM"):
        return "Hebr"
    return None


_PLACEHOLDER = {"Arab": "\u0627", "Hebr": "\u05d0"}  # a letter of the same bidi class (AL, R) as the word
_PLACEHOLDERS = frozenset(_PLACEHOLDER.values())  # letters of a word: outside the words they never occur


def _placed_items(glyphs: list[_Placed], face: str) -> list[_Item] | None:
    """Placed glyphs as drawn characters: a pen move (fonts.spacer) before a glyph HarfBuzz moves sideways
    and one after it (back, plus any difference in advance), the glyph raised or lowered by its y offset."""
    items: list[_Item] = []
    try:
        for glyph in glyphs:
            if glyph.x:
                items.append((fonts.spacer(glyph.x), face, 0, True))
            items.append((glyph.ch, face, glyph.y, True))
            if glyph.extra - glyph.x:
                items.append((fonts.spacer(glyph.extra - glyph.x), face, 0, True))
    except ValueError:
        return None  # a move wider than a pen move can make: not drawn where HarfBuzz puts it
    return items


def _visual_marked(span: str) -> list[_Item] | None:
    """A right-to-left run with vowel marks or points, in visual order: each Arabic or Hebrew word shaped
    by HarfBuzz with its marks placed (_Shaper.place), the rest ordered by the bidi algorithm as in
    _visual. None when a word cannot be drawn so (a glyph without a character, a move too wide, a mark
    that is not on an Arabic or Hebrew letter)."""
    words: list[tuple[str, str]] = []  # (script, word) in logical order
    masked: list[str] = []  # the run with each word as one placeholder letter, for the bidi algorithm
    i = 0
    while i < len(span):
        script = _script(span[i]) if span[i] not in _JOINERS else None
        if script is None or unicodedata.combining(span[i]):
            if unicodedata.combining(span[i]):
                return None  # a mark with no letter of its script before it
            masked.append(span[i])
            i += 1
            continue
        j = i + 1
        while j < len(span) and (_script(span[j]) == script or (span[j] in _JOINERS and script == "Arab")):
            j += 1
        words.append((script, span[i:j]))
        masked.append(_PLACEHOLDER[script])
        i = j
    visual = get_display("".join(masked), base_dir="R")
    assert isinstance(visual, str)
    arabic = any(script == "Arab" for script, _word in words)
    pending = list(reversed(words))  # a right-to-left run shows its words from the last to the first
    items: list[_Item] = []
    for ch in visual:
        if ch in _PLACEHOLDERS:
            if not pending or ch != _PLACEHOLDER[pending[0][0]]:
                return None  # not the word expected in that place: never draw a placeholder as a letter
            script, word = pending.pop(0)
            glyphs = _shaper(script).place(word)
            face = fonts.ARABIC if script == "Arab" else fonts.REGULAR
            placed = None if glyphs is None else _placed_items(glyphs, face)
            if placed is None:
                return None
            items += placed
        else:
            items.append((ch, fonts.ARABIC if arabic and has_glyph(ch, fonts.ARABIC) else font_for(ch), 0, False))
    return None if pending else items


def _visual(span: str) -> tuple[list[_Item], bool]:
    """A right-to-left run in visual (left-to-right drawing) order, and whether it is drawn correctly."""
    marked = any(unicodedata.combining(ch) for ch in span)
    items = _visual_marked(span) if marked else None
    correct = not marked or items is not None
    if items is None:
        joined = _join_arabic(span)
        if joined is None:
            joined, correct = span, False
        visual = get_display(joined, base_dir="R")
        assert isinstance(visual, str)
        arabic = any(is_arabic(ch) for ch in visual)
        # spaces, digits and punctuation of an Arabic run in its font too: the run is one piece of text
        items = [(ch, fonts.ARABIC if arabic and has_glyph(ch, fonts.ARABIC) else font_for(ch), 0, False)
                 for ch in visual]
    if _width(items) > RTL_MAX_WIDTH:
        return items, False  # may be wrapped: the lines of a wrapped run would be out of order
    return [("\u00a0" if item[0] == " " else item[0], *item[1:]) for item in items], correct


def _markup(text: str, face: str, rise: int, fixed: bool) -> str:
    """Characters of one face and one height as Paragraph markup (`fixed`: the face named even when it is
    the regular one, so a bold paragraph draws them in it: the marks were placed with its anchors)."""
    out = _xml_escape(text)
    if rise:  # <super>/<sub> at the full size: raised or lowered by a share of the font size
        tag = "super" if rise > 0 else "sub"
        out = f'<{tag} rise="{abs(rise) / 10:g}%" size="100%">{out}</{tag}>'
    return out if face == fonts.REGULAR and not fixed else f'<font name="{face}">{out}</font>'


def draw(line: str) -> Drawn:
    """One line of text (no line breaks; control characters and bidi controls already left out)."""
    fonts.register_fonts()
    correct = True
    items: list[_Item] = []  # in drawing order
    position = 0
    for start, end in _rtl_spans(line):
        items += [(ch, font_for(ch), 0, False) for ch in line[position:start]]
        visual, ok = _visual(line[start:end])
        items += visual
        correct = correct and ok
        position = end
    items += [(ch, font_for(ch), 0, False) for ch in line[position:]]
    out: list[str] = []
    current = (fonts.REGULAR, 0, False)
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(_markup("".join(run), *current))
            run.clear()

    for ch, face, rise, fixed in items:
        if fonts.is_spacer(ch) and not fixed:
            correct = False  # typed: it would move the pen, not show a glyph; not drawn, and the remark says so
            continue
        if not (fixed and fonts.is_spacer(ch)) and not has_glyph(ch, face):
            if is_ignorable(ch):
                continue  # invisible by nature: not drawn
            if ch not in _WORD_SPACES:
                correct = False
        if (face, rise, fixed) != current:
            flush()
            current = (face, rise, fixed)
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
