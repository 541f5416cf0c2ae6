"""No PDF shows a character its font cannot draw without a remark next to it, and Arabic and Hebrew names
are drawn joined and right to left inside a Dutch sentence.

The oracle reads the PDF's text layer independently (pdf_text_layer.py): each drawn piece of text through
its font's ToUnicode map, in drawing order, and each character against the bundled font *file*'s own
character map. The text layer holds what is drawn, in visual (left-to-right drawing) order: a
right-to-left run is read back by taking its characters from right to left, each normalised with NFKC
(Arabic Presentation Forms to letters: lam-alef is one character that expands to lam, alef). The joiners
(ZWNJ, ZWJ) shape the letters and are not in the text layer; the expectation leaves them out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from coordinator_app.errors import message
from coordinator_app.reports import fonts, text_runs
from coordinator_app.reports.layout import build_document
from coordinator_app.reports.letters import LetterContent, PersonDetails, build_letter
from coordinator_app.reports.page_style import Letterhead, Recipient, escape, styles
from tests.reports.pdf_text_layer import Shown, cmap, shown_text

LETTERHEAD = Letterhead(municipality="Gemeente Zwolle", address_lines=("Postbus 10007",),
                        coordinator_name="Anna de Vries", coordinator_function="Zorgcoördinator",
                        phone="038 498 91 11", email="a.devries@zwolle.example", place="Zwolle")
DRAWN_RTL = {  # names whose letters the bundled fonts draw (right-to-left scripts)
    "arabic": "محمد علي",
    "arabic_lam_alef": "سلام عبدالله",
    "persian_zwnj": "مهر\u200cنوش پژمان",
    "hebrew": "שרה כהן",
}
MARKED_RTL = {  # names with vowel marks (harakat) or points (niqqud), drawn where HarfBuzz places them
    "arabic_vowelled": "مُحَمَّد",  # damma, fatha, shadda with fatha (one glyph, U+FC60)
    "arabic_kasra_tanwin": "عَلِيٌّ",  # kasra below, shadda with dammatan
    "hebrew_pointed": "שָׂרָה",  # qamats below, sin dot
    "hebrew_shalom": "שָׁלוֹם",  # shin dot, holam on vav
    "arabic_sukun_superscript_alef": "عَبْدُ الرَّحْمٰن",  # sukun, superscript alef
    "hebrew_dagesh_cantillation": "כֹּהֵן שָׂרָ֣ה",  # dagesh, tsere, a cantillation mark (U+05A3)
}
NOT_DRAWN = {  # no glyph in any bundled font
    "thai": "สมชาย ใจดี",
    "cjk": "王小明",
    "syriac": "ܡܪܝܡ",
    "emoji": "Amal 🌸",
}
PLACES = 6  # how many places of the letter below hold the name


def _letter(name: str, lang: str = "nl") -> bytes:
    content = LetterContent(person=PersonDetails(name=name, alias=f"Roepnaam {name} hier"),
                            free_text=f"Gesprek met {name} en een tolk.")
    letterhead = replace(LETTERHEAD, coordinator_name=name)
    recipient = Recipient(organisation=name, contact_person="mevrouw Jansen", address_lines=(f"{name} 12",))
    return build_letter("handover", letterhead, recipient, content, ["person"], lang, date(2026, 3, 5))


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _read_rtl(visual: str) -> str:
    """A right-to-left run of the text layer read in reading order (right to left, NFKC per character)."""
    return "".join(_nfkc(ch) for ch in reversed(visual))


def _read_marked(visual: str) -> str:
    """_read_rtl for a run with marks. A shadda with its vowel drawn as one glyph is the character U+FC5E-U+FC63,
    whose NFKC is a space and the two marks (Unicode gives the isolated form a space to sit on): the space
    is not read back. The whole is normalised again: a letter with a point drawn as one character (shin with
    shin dot, U+FB2A) and a second point drawn apart come back in Unicode's canonical order of marks."""
    return _nfkc("".join(_nfkc(ch).lstrip() if "\ufc5e" <= ch <= "\ufc63" else _nfkc(ch) for ch in reversed(visual)))


def _expected(name: str) -> str:
    return _nfkc("".join(ch for ch in name if ch not in "\u200c\u200d"))


def _text_width(name: str) -> float:
    fonts.register_fonts()
    return float(stringWidth(name.replace(" ", "\u00a0"), fonts.ARABIC, 10))


def _all_text(shown: list[Shown]) -> str:
    return _nfkc(" ".join(piece.text for piece in shown))


@pytest.mark.parametrize("key", sorted(DRAWN_RTL))
def test_a_right_to_left_name_is_drawn_without_a_box_and_reads_back(key: str) -> None:
    name = DRAWN_RTL[key]
    shown = shown_text(_letter(name))
    assert not [piece for piece in shown if piece.boxes()]
    assert _nfkc(message("pdf_unprintable", "nl")) not in _all_text(shown)
    # each place draws the name as one right-to-left run; read from right to left it is the name
    runs = [_read_rtl(piece.text) for piece in shown]
    expected = _expected(name)
    assert sum(expected in run for run in runs) >= PLACES, (expected, runs)
    # and never in typed (logical) order, which is what reportlab would draw on its own
    assert not any(expected in _nfkc(piece.text) for piece in shown)


@pytest.mark.parametrize("key", sorted(MARKED_RTL))
def test_a_name_with_vowel_marks_or_points_is_drawn_with_them_and_reads_back(key: str) -> None:
    name = MARKED_RTL[key]
    pdf = _letter(name)
    shown = shown_text(pdf)
    assert not [piece for piece in shown if piece.boxes()]
    assert _nfkc(message("pdf_unprintable", "nl")) not in _all_text(shown)  # no remark: drawn as typed
    # the marks are in the text layer: each place, read from right to left, is the name with its marks
    # (the pieces of a run are drawn one after the other, a raised or lowered mark being a piece of its own)
    page = _read_marked("".join(piece.text for piece in shown))
    assert page.count(_expected(name)) >= PLACES, (_expected(name), page)
    # and an extractor reads each word the same (pypdf: it turns right-to-left runs around itself; the
    # order of the words of a two-word run is its own guess, spaces too, with or without marks)
    extracted = "".join("".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())
    read = _read_marked(extracted[::-1])  # pypdf's text is in reading order already
    for word in _expected(name).split():
        assert read.count(word) >= PLACES, (word, read)


def test_a_shadda_with_its_vowel_is_one_glyph_and_a_marked_word_keeps_the_regular_weight_in_bold() -> None:
    arabic = "".join(p.text for p in shown_text(_letter(MARKED_RTL["arabic_vowelled"])))
    assert "\ufc60" in arabic and "\u0651" not in arabic  # shadda with fatha, as HarfBuzz combines them
    doc = build_document(LETTERHEAD, [Paragraph(escape(f"Naam {name}"), styles()["cell_bold"])
                                      for name in (MARKED_RTL["hebrew_shalom"], DRAWN_RTL["hebrew"])], "Test")
    hebrew = [piece for piece in shown_text(doc) if any("\u0590" <= ch <= "\ufb4f" for ch in piece.text)]
    # the pointed name in the regular face (its marks placed with its anchors), the unpointed one in bold
    assert {piece.font for piece in hebrew if "\ufb2a" in piece.text} == {"LiberationSans"}, hebrew
    assert {piece.font for piece in hebrew if "\u05e9" in piece.text} == {"LiberationSans-Bold"}, hebrew


def test_marks_outside_an_arabic_or_hebrew_letter_get_the_remark() -> None:
    # a mark after a space or a digit has no letter to sit on; a combining mark of another block (U+0301)
    # on a Hebrew letter is not placed by the Hebrew shaping
    for line in ("سلام \u064e", "שלום 12\u05b8", "ש\u0301לום"):
        assert not text_runs.draw(line).correct, line


def test_a_typed_private_use_character_where_the_pen_moves_live_is_flagged_not_drawn() -> None:
    typed = "Amal \ue3e8 Haddad"  # one of the pen-move characters (fonts.spacer), typed or pasted
    assert not text_runs.draw(typed).correct and "\ue3e8" not in text_runs.draw(typed).markup
    assert ord("\ue3e8") not in cmap("LiberationSans")  # no glyph in the font file itself


def test_arabic_letters_are_joined_and_hebrew_needs_no_joining() -> None:
    arabic = [p for p in shown_text(_letter(DRAWN_RTL["arabic"])) if p.font.startswith("NotoSansArabic")]
    assert arabic, "Arabic letters are drawn in Noto Sans Arabic"
    drawn = "".join(piece.text for piece in arabic)
    # joined forms (Arabic Presentation Forms) are drawn, not the isolated letters that were typed
    assert any("\ufb50" <= ch <= "\ufeff" for ch in drawn)
    # محمد علي in visual order (docs/FORMATS.md): final yeh, medial lam, initial ain, space, final dal, medial
    # meem, medial hah, initial meem (Unicode's names of the forms)
    assert "\ufef2\ufee0\ufecb \ufeaa\ufee4\ufea4\ufee3" in drawn


def test_a_right_to_left_run_is_not_wrapped_inside() -> None:
    # a column with room for "Gesprek met" and part of the run, and for the whole run on a line of its own:
    # the run (no-break spaces) moves to the next line as a whole, its words stay in visual order
    name = "محمد علي حسن"
    run = _text_width(name)
    width = float(stringWidth("Gesprek met ", fonts.REGULAR, 10)) + 0.6 * run
    assert width > run
    paragraph = Paragraph(escape(f"Gesprek met {name} en tolk"), styles()["body"])
    paragraph.wrap(width, 1000)
    lines = [" ".join("".join(getattr(w, "text", str(w)) for w in line.words).split())
             for line in paragraph.blPara.lines]
    assert lines[0] == "Gesprek met" and _read_rtl(lines[1].split(" en ")[0].replace("\u00a0", " ")) == name, lines


@pytest.mark.parametrize("key", sorted(NOT_DRAWN))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_text_the_pdf_cannot_show_gets_the_remark_in_every_place(key: str, lang: str) -> None:
    name = NOT_DRAWN[key]
    shown = shown_text(_letter(name, lang))
    text = _all_text(shown)
    remark = _nfkc(message("pdf_unprintable", lang))
    flat = " ".join(text.split())
    assert flat.count(" ".join(remark.split())) >= PLACES, flat
    other = message("pdf_unprintable", "en" if lang == "nl" else "nl")
    assert " ".join(_nfkc(other).split()) not in flat


@pytest.mark.parametrize("name", [*DRAWN_RTL.values(), *MARKED_RTL.values(), *NOT_DRAWN.values(),
                                  "Zoë Ødegård-Łukasiewicz", "ሙሉጌታ"])
def test_no_box_is_ever_printed_without_the_remark(name: str) -> None:
    """The guarantee, checked on every piece of text: a piece with a character its font file has no glyph
    for is followed, before the next user value, by the remark."""
    shown = shown_text(_letter(name))
    remark_start = _nfkc(message("pdf_unprintable", "nl")).split()[0]  # "(bevat"
    for index, piece in enumerate(shown):
        if piece.boxes():
            after = " ".join(p.text for p in shown[index + 1:index + 3])
            assert _nfkc(after).lstrip().startswith(remark_start), (piece, after)


def test_the_shared_letterhead_of_reports_flags_a_name_it_cannot_show() -> None:
    # the quarterly report and the recovery sheet are built on build_document's letterhead (no addressee)
    letterhead = replace(LETTERHEAD, municipality="Gemeente 王小明", coordinator_name="שרה כהן")
    shown = shown_text(build_document(letterhead, [], "Kwartaalrapportage", "en", footer="Geen persoonsgegevens"))
    flat = " ".join(_all_text(shown).split())
    assert flat.count(" ".join(_nfkc(message("pdf_unprintable", "en")).split())) == 1  # the municipality only
    assert any(_read_rtl(piece.text) == "שרה כהן" for piece in shown)


def test_an_override_typed_into_a_name_changes_nothing() -> None:
    name = DRAWN_RTL["arabic"]
    plain = [piece.text for piece in shown_text(_letter(name))]
    assert [piece.text for piece in shown_text(_letter(f"\u202d{name}\u202c"))] == plain  # LRO ... PDF
    assert [piece.text for piece in shown_text(_letter(f"\u2067{name}\u2069"))] == plain  # RLI ... PDI


def test_invisible_format_characters_are_not_drawn_and_need_no_remark() -> None:
    name = "Zo\u00eb\u2060de\ufe0f Vries"  # word joiner, variation selector: no glyph, invisible by nature
    shown = shown_text(_letter(name))
    assert not [piece for piece in shown if piece.boxes()]
    assert "Zoëde Vries" in _all_text(shown)
    assert _nfkc(message("pdf_unprintable", "nl")).split()[0] not in _all_text(shown)


def test_a_right_to_left_run_too_wide_to_keep_on_one_line_gets_the_remark() -> None:
    sentence = " ".join(["محمد علي يعيش في زوله منذ سنتين"] * 3)  # about 110 mm at 10 pt
    flat = " ".join(_all_text(shown_text(_letter(sentence))).split())
    assert flat.count(" ".join(_nfkc(message("pdf_unprintable", "nl")).split())) >= PLACES


@pytest.mark.parametrize("name", [*DRAWN_RTL.values(), *MARKED_RTL.values(), *NOT_DRAWN.values(), "ሙሉጌታ"])
def test_the_letter_dialog_is_told_exactly_the_characters_without_a_glyph(name: str) -> None:
    # what the letter dialog warns about (services/documents/letters.missing_glyphs): the characters no font
    # file has a glyph for, read from the files' own character maps
    files = ("LiberationSans", "NotoSansArabic-Regular", "NotoSansEthiopic-Regular")
    expected = "".join(dict.fromkeys(ch for ch in name if not ch.isspace() and ch not in "\u200c\u200d"
                                     and not any(ord(ch) in cmap(f) for f in files)))
    assert text_runs.missing_glyphs(name) == expected
    assert (expected != "") == (name in ("สมชาย ใจดี", "王小明", "ܡܪܝܡ", "Amal 🌸"))


def test_the_recovery_sheet_flags_a_vault_label_it_cannot_show_in_its_language() -> None:
    from coordinator_app.reports.recovery_sheet import build_recovery_sheet  # only this test needs it

    shown = shown_text(build_recovery_sheet("ABCD-EFGH-JKLM-NPQR", "Kluis 王", date(2026, 3, 5), "en"))
    flat = " ".join(_all_text(shown).split())
    assert flat.count(" ".join(_nfkc(message("pdf_unprintable", "en")).split())) == 1
