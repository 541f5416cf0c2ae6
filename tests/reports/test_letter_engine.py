"""The PDF letter engine (coordinator_app/reports): sections, characters, paging, metadata, encryption.

Every PDF is built in memory; only the encrypted-PDF check against poppler writes to tmp_path.
"""

from __future__ import annotations

import copy
import io
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from coordinator_app.reports import letters, texts
from coordinator_app.reports.layout import build_document
from coordinator_app.reports.letters import (
    SECTION_CODES,
    LetterContent,
    PersonDetails,
    SectionText,
    build_letter,
)
from coordinator_app.reports.page_style import Letterhead, Recipient, escape, styles
from coordinator_app.reports.pdf_security import encrypt_pdf
from coordinator_app.reports.recovery_sheet import build_recovery_sheet, code_rows
from coordinator_app.resources_loader import ResourceError
from tests.helpers import inflatable_streams

CANARY = "Xqzwvy Canarisdottir"
DAY = date(2026, 3, 5)

# One token per section that appears nowhere else, to see exactly which sections were printed.
MARKERS = {
    "person": CANARY,
    "reason_and_signals": "Signaalmarkeerder",
    "exploitation_form": "Vormmarkeerder",
    "safety_risks": "Risicomarkeerder",
    "care_needs": "Zorgmarkeerder",
    "language_interpreter": "Tolkmarkeerder",
    "agreements_and_contacts": "Afspraakmarkeerder",
    "consent": "Toestemmingsmarkeerder",
}

LETTERHEAD = Letterhead(
    municipality="Gemeente Zwolle",
    address_lines=("Postbus 10007", "8000 GA  Zwolle"),
    coordinator_name="Anna de Vries",
    coordinator_function="Zorgcoördinator mensenhandel",
    phone="038 498 91 11",
    email="a.devries@zwolle.example",
    place="Zwolle",
)
RECIPIENT = Recipient(
    organisation="Stichting Opvang Oost",
    contact_person="mevrouw B. Jansen",
    address_lines=("Postbus 123", "7400 AC  Deventer"),
    salutation_name="mevrouw Jansen",
)


def full_content(name: str = CANARY) -> LetterContent:
    return LetterContent(
        person=PersonDetails(
            name=name,
            alias="Nata",
            estimated_age=24,
            gender="vrouw",
            nationality="Oekraïense",
            languages=("Russisch", "Engels"),
        ),
        reason_and_signals=SectionText(
            "Aangemeld door de politie. Signaalmarkeerder.", ("Geen eigen identiteitspapieren", "Schuld")
        ),
        exploitation_form="Arbeidsuitbuiting. Vormmarkeerder.",
        safety_risks=SectionText("Risicomarkeerder.", ("Adres niet delen",)),
        care_needs=["Huisarts", "Zorgmarkeerder"],
        language_interpreter="Tolk Russisch nodig. Tolkmarkeerder.",
        agreements_and_contacts=SectionText(items=("Evaluatie op 1 april 2026", "Afspraakmarkeerder")),
        consent="Schriftelijke toestemming voor delen met de opvang. Toestemmingsmarkeerder.",
        reference="ZM-2026-0007",
    )


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def recipient_for(template: str) -> Recipient | None:
    return None if template == "case_summary" else RECIPIENT


# --------------------------------------------------------------------------- sections


SUBSETS = [frozenset(), frozenset(SECTION_CODES)] + [frozenset({code}) for code in SECTION_CODES]


@pytest.mark.parametrize("template", texts.TEMPLATES)
@pytest.mark.parametrize("chosen", SUBSETS, ids=lambda s: "+".join(sorted(s)) or "none")
def test_only_chosen_sections_appear(template: str, chosen: frozenset[str]) -> None:
    pdf = build_letter(template, LETTERHEAD, recipient_for(template), full_content(), chosen, letter_date=DAY)
    text = pdf_text(pdf)
    headings = texts.common("nl").section_headings
    for code in SECTION_CODES:
        if code in chosen:
            assert MARKERS[code] in text, code
            assert headings[code] in text, code
        else:
            assert MARKERS[code] not in text, code
            assert headings[code] not in text, code


@pytest.mark.parametrize("template", texts.TEMPLATES)
def test_canary_name_only_with_person_section(template: str) -> None:
    others = set(SECTION_CODES) - {"person"}
    without = build_letter(template, LETTERHEAD, recipient_for(template), full_content(), others, letter_date=DAY)
    with_person = build_letter(
        template, LETTERHEAD, recipient_for(template), full_content(), {"person"}, letter_date=DAY
    )
    assert CANARY not in pdf_text(without)
    assert "Canaris" not in pdf_text(without)
    assert CANARY in pdf_text(with_person)


def test_picked_section_without_data_is_left_out() -> None:
    pdf = build_letter("referral", LETTERHEAD, RECIPIENT, LetterContent(), set(SECTION_CODES), letter_date=DAY)
    text = pdf_text(pdf)
    for heading in texts.common("nl").section_headings.values():
        assert heading not in text


def test_letter_reads_as_a_letter() -> None:
    text = pdf_text(build_letter("handover", LETTERHEAD, RECIPIENT, full_content(), {"care_needs"}, letter_date=DAY))
    for expected in (
        "Gemeente Zwolle",
        "Stichting Opvang Oost",
        "T.a.v. mevrouw B. Jansen",
        "Zwolle, 5 maart 2026",
        "Ons kenmerk",
        "ZM-2026-0007",
        "Betreft",
        "Geachte mevrouw Jansen,",
        "Met vriendelijke groet,",
        "Anna de Vries",
        "Vertrouwelijk — bevat bijzondere persoonsgegevens",
        "Pagina 1 van 1",
    ):
        assert expected in text, expected


def test_english_letter() -> None:
    recipient = Recipient("Shelter East", "Ms B. Jansen", ("PO Box 123",), salutation_name="Ms Jansen")
    text = pdf_text(
        build_letter("referral", LETTERHEAD, recipient, full_content(), {"consent"}, lang="en", letter_date=DAY)
    )
    for expected in (
        "Zwolle, 5 March 2026",
        "Attn. Ms B. Jansen",
        "Our reference",
        "Dear Ms Jansen,",
        "Consent",
        "Kind regards,",
        "Confidential — contains special categories of personal data",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert "Pagina" not in text
    anonymous = Recipient("Shelter East")
    text = pdf_text(build_letter("referral", LETTERHEAD, anonymous, full_content(), set(), lang="en"))
    assert "Dear Sir or Madam," in text


def test_unknown_template_section_or_language_is_refused() -> None:
    with pytest.raises(ValueError, match="template"):
        build_letter("love_letter", LETTERHEAD, RECIPIENT, full_content(), set())
    with pytest.raises(ValueError, match="sections"):
        build_letter("handover", LETTERHEAD, RECIPIENT, full_content(), {"person", "shoe_size"})
    with pytest.raises(ValueError, match="language"):
        build_letter("handover", LETTERHEAD, RECIPIENT, full_content(), set(), lang="de")


def test_sections_list_for_the_ui() -> None:
    infos = letters.SECTIONS
    assert tuple(info.code for info in infos) == SECTION_CODES
    assert infos[0].label("nl") == "Persoonsgegevens"
    assert infos[0].label("en") == "Personal details"
    assert all(info.label("nl") and info.label("en") for info in infos)


# --------------------------------------------------------------------------- characters and escaping

SPECIAL = [
    "Zoë Çelik",
    "Michał Wiśniewski",
    "Ștefan Mureșan",
    "Ağa Doğan",
    "Erdős Szűcs Győző",
    "Dvořák Řehoř",
    "ĳsbrand Ĳzerman",
    "Наталья Иванова",
]


def test_special_characters_survive_extraction() -> None:
    content = LetterContent(
        person=PersonDetails(name=SPECIAL[-1], alias=SPECIAL[0], languages=("Русский", "Türkçe")),
        agreements_and_contacts=SectionText("Contactpersonen:", tuple(SPECIAL[1:-1])),
    )
    pdf = build_letter(
        "handover", LETTERHEAD, RECIPIENT, content, {"person", "agreements_and_contacts"}, letter_date=DAY
    )
    text = pdf_text(pdf)
    for name in [*SPECIAL, "Русский", "Türkçe"]:
        assert name in text, name
    for char in "ëçłșğőűřĳ":
        assert char in text, char


def test_markup_in_user_text_is_escaped() -> None:
    nasty = "Anna <b>Smit</b> & Co <unclosed"
    recipient = Recipient("Kok & de Wit <Advocaten>", "J. <Jansen>", ("Markt 1 & 2",), "heer <Jansen>")
    content = LetterContent(
        person=PersonDetails(name=nasty), care_needs=SectionText("a < b && c > d\x00\x07", ("<i>",))
    )
    text = pdf_text(build_letter("referral", LETTERHEAD, recipient, content, {"person", "care_needs"}))
    for expected in (nasty, "Kok & de Wit <Advocaten>", "Geachte heer <Jansen>,", "a < b && c > d", "<i>"):
        assert expected in text, expected
    assert escape("<&>") == "&lt;&amp;&gt;"


def test_fonts_are_embedded_liberation_only() -> None:
    pdf = build_letter("handover", LETTERHEAD, RECIPIENT, full_content(), set(SECTION_CODES), letter_date=DAY)
    reader = PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            assert "/FontDescriptor" in font or font["/Subtype"] == "/Type0"
    assert names and all("Liberation" in name for name in names), names


# --------------------------------------------------------------------------- paging


def test_one_page_letter_numbering() -> None:
    pdf = build_letter("handover", LETTERHEAD, RECIPIENT, full_content(), set(), letter_date=DAY)
    pages = page_texts(pdf)
    assert len(pages) == 1
    assert "Pagina 1 van 1" in pages[0]


def _long_letter(paragraphs: int) -> bytes:
    text = "\n\n".join(
        f"Alinea {i}: het gesprek met de cliënt ging over wonen, werk, schulden en veiligheid. " * 6
        for i in range(paragraphs)
    )
    content = LetterContent(care_needs=text)
    return build_letter("handover", LETTERHEAD, RECIPIENT, content, {"care_needs"}, letter_date=DAY)


def test_twelve_page_letter_numbering() -> None:
    low, high = 1, 400  # find a number of paragraphs giving exactly 12 pages
    pdf = b""
    while low <= high:
        mid = (low + high) // 2
        pdf = _long_letter(mid)
        count = len(PdfReader(io.BytesIO(pdf)).pages)
        if count == 12:
            break
        if count < 12:
            low = mid + 1
        else:
            high = mid - 1
    pages = page_texts(pdf)
    assert len(pages) == 12
    for number, text in enumerate(pages, start=1):
        assert f"Pagina {number} van 12" in text
        assert "Vertrouwelijk — bevat bijzondere persoonsgegevens" in text
    assert "Geachte mevrouw Jansen," in pages[0]
    assert "Met vriendelijke groet," in pages[-1]
    assert "Anna de Vries" in pages[-1]
    for later in pages[1:]:
        assert "Gemeente Zwolle" in later  # header of the later pages
        assert "Stichting Opvang Oost" not in later  # address block only on page one


def test_one_huge_paragraph_and_long_words_flow_over_pages() -> None:
    word = "x" * 400  # longer than a line: must be split, not run off the page
    text = ("begeleiding " * 4000) + word
    content = LetterContent(safety_risks=text, care_needs=SectionText(items=tuple(f"punt {i}" for i in range(200))))
    pdf = build_letter("case_summary", LETTERHEAD, None, content, {"safety_risks", "care_needs"}, letter_date=DAY)
    pages = page_texts(pdf)
    assert len(pages) > 5
    assert f"Pagina {len(pages)} van {len(pages)}" in pages[-1]
    assert "punt 199" in "\n".join(pages)


# --------------------------------------------------------------------------- metadata and files


GENERIC = {
    "Overdrachtsbrief",
    "Verwijsbrief",
    "Dossiersamenvatting",
    "Handover letter",
    "Referral letter",
    "Case summary",
}


@pytest.mark.parametrize("template", texts.TEMPLATES)
@pytest.mark.parametrize("lang", texts.LANGUAGES)
def test_metadata_holds_no_personal_data(template: str, lang: str) -> None:
    pdf = build_letter(
        template, LETTERHEAD, recipient_for(template), full_content(), set(SECTION_CODES), lang=lang, letter_date=DAY
    )
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title in GENERIC
    assert meta.title == letters.letter_title(template, lang)
    assert meta.author == "Coordinator"
    assert meta.creator == "Coordinator"
    assert meta.producer == "Coordinator"
    assert meta.subject in GENERIC
    assert reader.xmp_metadata is None
    values = " ".join(str(v) for v in meta.values())
    for personal in (CANARY, "Anna", "Vries", "Jansen", "Opvang", "ZM-2026", "Nata"):
        assert personal not in values


def test_nothing_is_written_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work, temp = tmp_path / "cwd", tmp_path / "tmp"
    work.mkdir()
    temp.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    pdf = build_letter("handover", LETTERHEAD, RECIPIENT, full_content(), set(SECTION_CODES), letter_date=DAY)
    encrypt_pdf(pdf, "wachtwoord")
    build_recovery_sheet("ABCD-EFGH", "Kluis", DAY)
    assert list(work.iterdir()) == []
    assert list(temp.iterdir()) == []


def test_logo_is_drawn_and_a_broken_logo_is_refused() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 120), (31, 58, 95)).save(buffer, format="PNG")
    with_logo = Letterhead("Gemeente Zwolle", logo=buffer.getvalue(), place="Zwolle")
    pdf = build_letter("handover", with_logo, RECIPIENT, full_content(), set(), letter_date=DAY)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 1
    with pytest.raises(ValueError, match="logo"):
        build_letter("handover", Letterhead("Gemeente Zwolle", logo=b"not an image"), RECIPIENT, full_content(), set())


def test_build_document_is_reusable_for_reports() -> None:
    from reportlab.platypus import Paragraph

    flowables = [Paragraph(f"Kwartaalcijfer {i}", styles()["body"]) for i in range(150)]
    pdf = build_document(LETTERHEAD, flowables, "Kwartaalrapportage", document_date=DAY)
    pages = page_texts(pdf)
    assert len(pages) >= 2
    assert "Zwolle, 5 maart 2026" in pages[0]
    assert "Kwartaalcijfer 149" in pages[-1]
    assert f"Pagina {len(pages)} van {len(pages)}" in pages[-1]
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Kwartaalrapportage"


# --------------------------------------------------------------------------- encryption


def test_encrypted_pdf_needs_the_password(tmp_path: Path) -> None:
    pdf = build_letter("handover", LETTERHEAD, RECIPIENT, full_content(), {"person"}, letter_date=DAY)
    locked = encrypt_pdf(pdf, "Correct paard batterij nietje")
    assert inflatable_streams(pdf) > 0 and inflatable_streams(locked) == 0  # every stream encrypted

    reader = PdfReader(io.BytesIO(locked))
    assert reader.is_encrypted
    encrypt_dict = reader.trailer["/Encrypt"].get_object()
    assert (encrypt_dict["/V"], encrypt_dict["/R"]) == (5, 6)  # AES-256
    with pytest.raises((FileNotDecryptedError, PdfReadError)):
        reader.pages[0].extract_text()

    wrong = PdfReader(io.BytesIO(locked))
    assert not wrong.decrypt("wrong password")

    right = PdfReader(io.BytesIO(locked))
    assert right.decrypt("Correct paard batterij nietje")
    assert CANARY in "\n".join(page.extract_text() for page in right.pages)

    if shutil.which("pdfinfo"):  # poppler opens it with the password and refuses it without
        path = tmp_path / "locked.pdf"
        path.write_bytes(locked)
        assert subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode != 0
        opened = subprocess.run(["pdfinfo", "-upw", "Correct paard batterij nietje", str(path)], capture_output=True)
        assert opened.returncode == 0
        assert b"AES-256" in opened.stdout or b"Encrypted:      yes" in opened.stdout


def test_empty_password_is_refused() -> None:
    with pytest.raises(ValueError):
        encrypt_pdf(b"%PDF-1.4", "")


# --------------------------------------------------------------------------- recovery sheet

CODE = "K7QM4-XPD9R-TZ2AB-HJ3KL-MN4PQ-RS5TV-WX6YZ-AB7CD"


@pytest.mark.parametrize("lang", texts.LANGUAGES)
def test_recovery_sheet_holds_the_code(lang: str) -> None:
    pdf = build_recovery_sheet(CODE, "Kluis zorgcoördinatie & <test>", DAY, lang=lang)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for group in CODE.split("-"):
        assert group in text
    compact = "".join(ch for ch in text if ch.isalnum())
    assert CODE.replace("-", "") in compact
    assert "Kluis zorgcoördinatie & <test>" in text
    assert ("5 maart 2026" if lang == "nl" else "5 March 2026") in text
    assert reader.metadata.title == texts.recovery_texts(lang)["title"]
    assert "zorgco" not in " ".join(str(v) for v in reader.metadata.values())


def test_recovery_code_rows() -> None:
    assert code_rows("abcd-efgh ijkl-mnop-qrst") == ["ABCD-EFGH-IJKL-MNOP-", "QRST"]
    assert code_rows("ABCDEFGH") == ["ABCD-EFGH"]
    with pytest.raises(ValueError):
        code_rows("<script>")


# --------------------------------------------------------------------------- resources


def test_shipped_letter_resources_are_valid() -> None:
    texts.validate_all()
    for template in texts.TEMPLATES:
        loaded = texts.load_template(template)
        assert set(loaded) == set(texts.LANGUAGES)


def _sections() -> tuple[str, ...]:
    return tuple(info.code for info in texts.sections())


def test_a_part_the_structure_leaves_out_must_have_no_text() -> None:
    data = texts.letter_data("case_summary")
    leaves_out = texts._leaves_out("case_summary")
    assert set(leaves_out) == {"salutation", "greeting", "closing"}
    parsed = texts.parse_template(copy.deepcopy(data), texts.CATALOGUE, _sections(), leaves_out)
    assert (parsed["nl"].salutation, parsed["nl"].greeting, parsed["nl"].closing) == ("", "", ())
    data["nl"]["greeting"] = "Met vriendelijke groet,"
    with pytest.raises(ResourceError, match=r"letters\.po.*nl\.greeting.*laat dit onderdeel weg"):
        texts.parse_template(data, texts.CATALOGUE, _sections(), leaves_out)
    with pytest.raises(ResourceError, match=r"nl\.salutation.*ontbreekt"):  # not left out: then it is needed
        texts.parse_template(texts.letter_data("case_summary"), texts.CATALOGUE, _sections())


def test_missing_key_and_unknown_placeholder_are_named() -> None:
    missing = texts.letter_data("referral")
    del missing["en"]["greeting"]
    with pytest.raises(ResourceError, match=r"letters\.po.*en\.greeting.*ontbreekt"):
        texts.parse_template(missing, texts.CATALOGUE, _sections())

    placeholder = texts.letter_data("referral")
    assert placeholder["nl"]["signature"][0] == "{coordinator_name}"
    placeholder["nl"]["signature"][0] = "{client_name}"
    with pytest.raises(ResourceError, match=r"client_name"):
        texts.parse_template(placeholder, texts.CATALOGUE, _sections())


def test_common_texts_need_twelve_months() -> None:
    from coordinator_app.resources_loader import load_toml

    data = {**load_toml("letters", "structure.toml"), **texts.letter_data("common")}
    assert data["nl"]["months"].pop() == "december"
    with pytest.raises(ResourceError, match=r"nl\.months"):
        texts.parse_common(data, texts.STRUCTURE, texts.CATALOGUE)


def test_list_item_of_wrong_type_is_named() -> None:
    data = texts.letter_data("case_summary")
    data["en"]["signature"].insert(0, 3)
    with pytest.raises(ResourceError, match=r"en\.signature\[0\].*verwacht str"):
        texts.parse_template(data, texts.CATALOGUE, _sections(), texts._leaves_out("case_summary"))


def test_very_long_person_value_splits_instead_of_failing() -> None:
    person = PersonDetails(name=CANARY, languages=tuple(f"Taal {i}" for i in range(1500)))
    pdf = build_letter("case_summary", LETTERHEAD, None, LetterContent(person=person), {"person"}, letter_date=DAY)
    text = pdf_text(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 1
    assert "Taal 1499" in text


def test_build_document_takes_its_own_footer():
    from reportlab.platypus import Paragraph

    body = [Paragraph("Cijfers zonder namen.", styles()["body"])]
    default = pdf_text(build_document(LETTERHEAD, body, "Kwartaalrapportage", "nl", None, date(2026, 3, 5)))
    assert "Vertrouwelijk" in default
    own = pdf_text(build_document(LETTERHEAD, body, "Kwartaalrapportage", "nl", None, date(2026, 3, 5),
                                  footer="Bevat geen persoonsgegevens"))
    assert "Bevat geen persoonsgegevens" in own and "Vertrouwelijk" not in own and "Pagina 1 van 1" in own
