"""Which scripts the PDFs draw: Ge'ez (Tigrinya, Amharic) in Noto Sans Ethiopic and Arabic in Noto Sans
Arabic, in letters and in the inzage export; text no bundled font can show (CJK) gets the export's remark
next to the value while its JSON holds the text exactly. (Arabic and Hebrew in detail:
test_pdf_unprintable.py.)"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from coordinator_app.reports import fonts
from coordinator_app.reports.letters import LetterContent, PersonDetails, build_letter
from coordinator_app.reports.page_style import Letterhead, Recipient, shows_correctly
from coordinator_app.services.cases import own_data, store

TIGRINYA = "ሙሉጌታ ተስፋይ"  # Mulugeta Tesfay
ARABIC = "محمد"
CJK = "王小明"
LETTERHEAD = Letterhead(municipality="Gemeente Zwolle", address_lines=("Postbus 10007",),
                        coordinator_name="Anna de Vries", coordinator_function="Zorgcoördinator",
                        phone="038 498 91 11", email="a.devries@zwolle.example", place="Zwolle")


def _fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(BytesIO(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_a_tigrinya_name_is_drawn_in_a_letter() -> None:
    content = LetterContent(person=PersonDetails(name=f"{TIGRINYA} (Mulugeta Tesfay)"),
                            free_text=f"Gesprek met {TIGRINYA} en tolk.")
    pdf = build_letter("handover", LETTERHEAD, Recipient("Stichting Opvang Oost"), content, ["person"], "nl",
                       date(2026, 3, 5))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())
    assert f"{TIGRINYA} (Mulugeta Tesfay)" in text and f"Gesprek met {TIGRINYA} en tolk." in text
    assert any(fonts.ETHIOPIC in name for name in _fonts(pdf))
    assert shows_correctly(TIGRINYA)


def test_inzage_export_draws_tigrinya_and_arabic_and_flags_cjk(vault, tmp_path) -> None:
    store.create_case(vault, store.CaseInput(signal_received_on="01-03-2025", case_number="T-1",
                                             person=store.PersonInput(first_name=TIGRINYA, last_name=ARABIC,
                                                                      alias=CJK)))
    out = own_data.export_case(vault, "T-1", "pdf", tmp_path / "inzage.pdf")
    # NFKC: the joined Arabic letters are drawn as Arabic Presentation Forms
    flat = unicodedata.normalize("NFKC", " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages)
                                                  .split()))
    remark = "(bevat tekens die dit lettertype niet kan tonen"
    assert TIGRINYA in flat and f"{TIGRINYA} {remark}" not in flat  # drawn: no remark after it
    assert ARABIC in flat and f"{ARABIC} {remark}" not in flat  # pypdf reads the right-to-left run back
    # only the CJK alias is flagged (its letters are not drawn: they extract as missing glyphs)
    assert flat.count(remark) == 1 and re.search(r"\S+ " + re.escape(remark), flat)
    data = json.loads(own_data.export_case(vault, "T-1", "json", tmp_path / "inzage.json").read_text("utf-8"))
    assert (data["person"]["first_name"], data["person"]["last_name"], data["person"]["alias"]) == (
        TIGRINYA, ARABIC, CJK)
