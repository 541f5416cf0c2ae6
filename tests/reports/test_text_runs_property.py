"""text_runs.draw over arbitrary text (every Unicode plane): it never fails, and when it says the text is drawn
correctly, every character it draws has a glyph in the font file it is drawn in (read from that file's own
character map), so no box can be printed without the remark. The pen moves around a placed vowel mark
(private-use characters, fonts.spacer) are the one exception: each face maps them to its empty space glyph
(test_pdf_marks.py shows they draw no ink)."""

from __future__ import annotations

import html
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reportlab.platypus.paragraph import _wsc as reportlab_spaces

from coordinator_app.reports import fonts, text_runs
from coordinator_app.reports.page_style import drawn
from tests.reports.pdf_text_layer import cmap

_SEGMENT = re.compile(r'<font name="([^"]+)">(.*?)</font>|([^<]+)', re.S)
_RISE = re.compile(r'<(super|sub) rise="[0-9.]+%" size="100%">(.*?)</\1>', re.S)  # a raised or lowered mark
_FILES = {fonts.REGULAR: ("LiberationSans", "LiberationSans-Bold"),
          fonts.ARABIC: ("NotoSansArabic-Regular", "NotoSansArabic-Bold"),
          fonts.ETHIOPIC: ("NotoSansEthiopic-Regular", "NotoSansEthiopic-Bold")}
LINE = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\n\r"), max_size=40)
RTL_HEAVY = st.text(st.sampled_from("محمد علي سلام پژمان שרה כהן 12 ٣٤ (),.-\u200c\u200d\u064e\u0650\u0651\u064c\u0670"
                                    "\u05b8\u05c1\u05b4\u05bc\u0301abc王ሙ"),
                    max_size=40)


def _segments(markup: str) -> list[tuple[str, str]]:
    out = []
    for match in _SEGMENT.finditer(markup):
        face, inner, plain = match.groups()
        out.append((face or fonts.REGULAR, html.unescape(inner if inner is not None else plain)))
    return out


def _check(line: str) -> None:
    shown = text_runs.draw(drawn(line))
    segments = _segments(_RISE.sub(r"\2", shown.markup))
    assert "".join(text for _face, text in segments) == html.unescape(re.sub(r"<[^>]+>", "", shown.markup))
    if shown.correct:
        for face, text in segments:
            for ch in text:
                if ch in reportlab_spaces or fonts.is_spacer(ch):
                    continue  # a Paragraph splits words there and draws no glyph for it; a pen move
                assert all(ord(ch) in cmap(name) for name in _FILES[face]), (line, face, ch)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINE)
@example("a\tb\u3000c\u1680d")
@example("Zo\u00eb\u2060\ufe0f \u00ad")
def test_any_line_is_drawn_with_glyphs_or_flagged(line: str) -> None:
    _check(line)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RTL_HEAVY)
def test_mixed_right_to_left_lines_are_drawn_with_glyphs_or_flagged(line: str) -> None:
    _check(line)
