"""Letters (PDF) with bidi controls in names and free text: reportlab draws text in the order it was
typed, so an override (U+202E) or isolate (U+2067) cannot reorder a line. The controls themselves are
drawn invisibly (no boxes): the extracted text is the input without them, in the input's order, and
the rendered page is pixel-identical to the same letter typed without them."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from coordinator_app.domain.text import BIDI_CONTROLS
from coordinator_app.reports.letters import SECTION_CODES, LetterContent, PersonDetails, build_letter
from coordinator_app.reports.page_style import Letterhead, Recipient

LETTERHEAD = Letterhead(municipality="Gemeente \u202eZwolle\u202c", address_lines=("Postbus 10007",),
                        coordinator_name="Anna \u2067de Vries\u2069", coordinator_function="Zorgcoördinator",
                        phone="038 498 91 11", email="a.devries@zwolle.example", place="Zwolle")
RECIPIENT = Recipient(organisation="Stichting \u202eOpvang Oost\u202c", contact_person="mevrouw \u2067Jansen\u2069",
                      address_lines=("Dorpsstraat \u202e12\u202c",))
CONTENT = LetterContent(
    person=PersonDetails(name="Amal \u202eHaddad Saleh\u202c", alias="\u2067Mimi\u2069 uit Gent",
                         languages=("Arabisch",)),
    reason_and_signals="Signaal via \u202ebuurman Karim\u202c, daarna meer tekst.",
    free_text="Vrije tekst met \u2067omgekeerde woorden\u2069 en een einde.",
    reference="ZW-2026-001",
)
VALUES = ("Gemeente \u202eZwolle\u202c", "Stichting \u202eOpvang Oost\u202c", "mevrouw \u2067Jansen\u2069",
          "Amal \u202eHaddad Saleh\u202c", "\u2067Mimi\u2069 uit Gent", "Signaal via \u202ebuurman Karim\u202c",
          "Vrije tekst met \u2067omgekeerde woorden\u2069 en een einde.", "Dorpsstraat \u202e12\u202c")


def _plain(text: str) -> str:
    """The independent oracle: the typed text with the bidi controls left out, order unchanged."""
    return "".join(ch for ch in text if ch not in BIDI_CONTROLS)


def _letter(letterhead: Letterhead, recipient: Recipient, content: LetterContent) -> bytes:
    return build_letter("handover", letterhead, recipient, content, SECTION_CODES, "nl", date(2026, 3, 5))


def _without_controls() -> tuple[Letterhead, Recipient, LetterContent]:
    from dataclasses import replace

    person = CONTENT.person
    assert person is not None
    return (
        replace(LETTERHEAD, municipality=_plain(LETTERHEAD.municipality),
                coordinator_name=_plain(LETTERHEAD.coordinator_name)),
        Recipient(_plain(RECIPIENT.organisation), _plain(RECIPIENT.contact_person),
                  tuple(_plain(x) for x in RECIPIENT.address_lines)),
        replace(CONTENT, person=replace(person, name=_plain(person.name), alias=_plain(person.alias)),
                reason_and_signals=_plain(str(CONTENT.reason_and_signals)), free_text=_plain(CONTENT.free_text)),
    )


def test_pdf_text_keeps_the_typed_order_without_boxes() -> None:
    pdf = _letter(LETTERHEAD, RECIPIENT, CONTENT)
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    for value in VALUES:
        assert _plain(value) in flat, value
    assert "\x00" not in text and not BIDI_CONTROLS & set(text)  # nothing drawn as a missing glyph
    assert CONTENT.person is not None and CONTENT.person.name == "Amal \u202eHaddad Saleh\u202c"  # input untouched


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not installed")
def test_rendered_page_equals_the_letter_typed_without_controls() -> None:
    pages = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, pdf in enumerate((_letter(LETTERHEAD, RECIPIENT, CONTENT), _letter(*_without_controls()))):
            path = Path(tmp) / f"l{n}.pdf"
            path.write_bytes(pdf)
            subprocess.run(["pdftoppm", "-r", "60", "-gray", str(path), str(Path(tmp) / f"p{n}")], check=True,
                           timeout=60)
            pages.append([p.read_bytes() for p in sorted(Path(tmp).glob(f"p{n}-*.pgm"))])
    assert len(pages[0]) == len(pages[1]) >= 1
    assert pages[0] == pages[1]
