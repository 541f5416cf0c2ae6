"""The letter service: a real case from the vault becomes a letter with only the picked sections,
special characters survive, metadata holds no personal data, encryption works, and every printed
or saved letter is stored in the case (exact bytes) with an audit event that carries no content."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from coordinator_app.errors import NotFound, ValidationError
from coordinator_app.reports.letters import SECTION_CODES
from coordinator_app.reports.pdf_security import encrypt_pdf
from coordinator_app.services import audit
from coordinator_app.services.documents import letter_content, letters, storage
from coordinator_app.services.settings.defaults import default_settings
from tests.helpers import inflatable_streams
from tests.letters.letter_helpers import CANARY, CANARY_LAST, MARKERS, SPECIAL, make_letter_case, pdf_text

DAY = dt.date(2026, 3, 5)


@pytest.fixture
def letter_case(vault):
    return make_letter_case(vault)


@pytest.mark.parametrize("section", SECTION_CODES)
@pytest.mark.parametrize("template", ["handover", "referral", "case_summary"])
def test_only_the_picked_section_is_in_the_letter(vault, letter_case, template, section):
    pdf = letters.build_case_letter(vault, letter_case.case_id, template, letter_case.organisation_id,
                                    letter_case.contact_id, [section], "nl", DAY)
    text = pdf_text(pdf)
    assert MARKERS[section] in text
    for other, marker in MARKERS.items():
        if other != section:
            assert marker not in text, f"{other} leaked into a letter with only {section}"
    assert (CANARY in text) == (section == "person")
    assert (CANARY_LAST in text) == (section == "person")
    assert letter_case.case_number in text  # "Ons kenmerk"


def test_all_sections_and_none(vault, letter_case):
    full = pdf_text(letters.build_case_letter(vault, letter_case.case_id, "handover", letter_case.organisation_id,
                                              letter_case.contact_id, SECTION_CODES, "nl", DAY))
    assert all(marker in full for marker in MARKERS.values())
    assert "Stichting Opvang Oost" in full and "Bea Jansen" in full and "Deventer" in full
    assert "Pools" in full and "Polen" in full and "Vrouw" in full  # codes became Dutch labels
    assert "Arbeidsuitbuiting" in full and "Hoog" in full
    empty = pdf_text(letters.build_case_letter(vault, letter_case.case_id, "handover", letter_case.organisation_id,
                                               letter_case.contact_id, [], "nl", DAY))
    assert not any(marker in empty for marker in MARKERS.values())
    assert "Overdracht van begeleiding" in empty


def test_english_letter_uses_english_labels(vault, letter_case):
    text = pdf_text(letters.build_case_letter(vault, letter_case.case_id, "referral", letter_case.organisation_id,
                                              None, ["person", "exploitation_form"], "en", DAY))
    assert "Polish" in text and "Poland" in text and "Labour exploitation" in text
    assert "Pools" not in text


def test_a_section_not_picked_is_not_even_read(vault, letter_case, monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("read a section that was not picked")

    for name in ("_person", "_reason", "_form", "_safety", "_language", "_agreements", "_consent"):
        monkeypatch.setattr(letter_content, name, forbidden)
    pdf = letters.build_case_letter(vault, letter_case.case_id, "handover", letter_case.organisation_id,
                                    letter_case.contact_id, ["care_needs"], "nl", DAY)
    assert MARKERS["care_needs"] in pdf_text(pdf)


def test_special_characters_survive(vault):
    first, last = SPECIAL.split(" ", 1)
    case = make_letter_case(vault, first_name=first, last_name=last)
    text = pdf_text(letters.build_case_letter(vault, case.case_id, "case_summary", None, None, ["person"], "nl", DAY))
    for word in SPECIAL.split():
        assert word in text


def test_metadata_free_of_personal_data(vault, letter_case):
    pdf = letters.build_case_letter(vault, letter_case.case_id, "handover", letter_case.organisation_id,
                                    letter_case.contact_id, SECTION_CODES, "nl", DAY)
    meta = PdfReader(io.BytesIO(pdf)).metadata or {}
    blob = " ".join(str(v) for v in meta.values())
    reader = PdfReader(io.BytesIO(pdf))
    xmp = reader.xmp_metadata
    if xmp is not None:
        blob += " " + xmp.stream.get_data().decode("utf-8", "replace")
    blob += " " + " ".join(str(item.title) for item in reader.outline if hasattr(item, "title"))
    for needle in (CANARY, CANARY_LAST, letter_case.case_number, "Jansen", "Anna de Vries", *MARKERS.values()):
        assert needle not in blob
    assert CANARY in pdf_text(pdf)  # the name is in the letter's text, just not in its metadata


def test_password_protected_letter(vault, letter_case):
    pdf = letters.build_case_letter(vault, letter_case.case_id, "handover", letter_case.organisation_id,
                                    letter_case.contact_id, ["person"], "nl", DAY)
    locked = encrypt_pdf(pdf, "geheim-wachtwoord")
    reader = PdfReader(io.BytesIO(locked))
    assert reader.is_encrypted
    with pytest.raises((FileNotDecryptedError, PdfReadError)):
        reader.pages[0].extract_text()
    assert PdfReader(io.BytesIO(locked)).decrypt("verkeerd") == 0
    assert CANARY in pdf_text(locked, password="geheim-wachtwoord")
    assert inflatable_streams(pdf) > 0  # the plain letter's compressed streams inflate...
    assert inflatable_streams(locked) == 0  # ...the locked letter's streams are all encrypted


def test_bad_requests_are_clear_errors(vault, letter_case):
    with pytest.raises(ValidationError):
        letters.build_case_letter(vault, letter_case.case_id, "nonsense", None, None, [], "nl")
    with pytest.raises(ValidationError):
        letters.build_case_letter(vault, letter_case.case_id, "handover", None, None, ["salary"], "nl")
    with pytest.raises(ValidationError):
        letters.build_case_letter(vault, letter_case.case_id, "handover", None, None, [], "de")
    with pytest.raises(NotFound):
        letters.build_case_letter(vault, 99999, "handover", None, None, [], "nl")
    with pytest.raises(NotFound):
        letters.build_case_letter(vault, letter_case.case_id, "handover", 99999, None, [], "nl")


def test_letterhead_from_settings_tolerates_a_broken_logo():
    given = dataclasses.replace(default_settings(), municipality_name="Gemeente Kampen", municipality_logo_png="!!")
    head = letters.letterhead_from_settings(given)
    assert head.logo is None and head.place == "Kampen"


@pytest.mark.parametrize("action,event", [("printed", "letter_printed"), ("saved", "letter_saved")])
def test_stored_letter_has_exact_bytes_and_an_audit_event_without_content(vault, letter_case, action, event):
    sections = ["person", "care_needs"]
    pdf = letters.build_case_letter(vault, letter_case.case_id, "handover", letter_case.organisation_id,
                                    letter_case.contact_id, sections, "nl", DAY)
    doc_id = letters.store_case_letter(vault, letter_case.case_id, pdf, "handover", letter_case.organisation_id,
                                       letter_case.contact_id, sections, action)
    assert storage.read_bytes(vault, doc_id) == pdf
    info = storage.get_document(vault, doc_id)
    assert info.kind == "letter" and info.template == "handover" and info.sections == sections
    assert info.recipient_organisation_id == letter_case.organisation_id
    assert info.recipient_contact_id == letter_case.contact_id
    assert CANARY not in info.title and "Stichting Opvang Oost" in info.title
    rows = [r for r in audit.events(vault, case_id=letter_case.case_id) if r.event == event]
    assert len(rows) == 1 and rows[0].object_id == doc_id and rows[0].detail == "handover"
    for row in audit.events(vault):
        assert CANARY not in " ".join(str(v) for v in vars(row).values() if v is not None)
    listed = letters.list_all_documents(vault)
    assert [(r.id, r.case_number) for r in listed] == [(doc_id, letter_case.case_number)]


def test_reprint_is_audited(vault, letter_case):
    pdf = letters.build_case_letter(vault, letter_case.case_id, "referral", letter_case.organisation_id, None,
                                    [], "nl", DAY)
    doc_id = letters.store_case_letter(vault, letter_case.case_id, pdf, "referral", letter_case.organisation_id,
                                       None, [], "saved")
    letters.record_reuse(vault, doc_id, "printed")
    assert [r.event for r in audit.events(vault, case_id=letter_case.case_id)].count("letter_printed") == 1


def test_attachment_print_and_copy_are_audited_as_document_events(vault, letter_case, tmp_path):
    source = tmp_path / "bijlage.pdf"
    source.write_bytes(b"%PDF-1.4\n%%EOF\n")
    doc_id = storage.add_attachment(vault, letter_case.case_id, source)
    letters.record_reuse(vault, doc_id, "printed")
    letters.record_reuse(vault, doc_id, "saved")
    seen = [r.event for r in audit.events(vault, case_id=letter_case.case_id) if r.object_id == doc_id]
    assert seen.count("document_printed") == 1 and seen.count("document_saved") == 1
    assert "letter_printed" not in seen


def test_generic_save_names_carry_no_case_data():
    from coordinator_app.ui.save_names import generic_name

    day = dt.date(2026, 3, 5)
    assert generic_name("brief", ".pdf", day) == "brief-2026-03-05.pdf"
    assert generic_name("export", "vcf", day) == "export-2026-03-05.vcf"
    assert generic_name("document", "", day) == "document-2026-03-05"
    assert generic_name("document", ".Jansen", day) == "document-2026-03-05"
    assert generic_name("document", ".JPEG", day) == "document-2026-03-05.jpeg"


def test_stored_letter_and_its_audit_line_commit_together(vault, letter_case, monkeypatch):
    pdf = letters.build_case_letter(vault, letter_case.case_id, "referral", letter_case.organisation_id, None,
                                    [], "nl", DAY)
    real = audit.record

    def failing(session, event, *args, **kwargs):  # type: ignore[no-untyped-def]
        if event == "letter_printed":
            raise OSError(28, "No space left on device")
        return real(session, event, *args, **kwargs)

    monkeypatch.setattr(audit, "record", failing)
    with pytest.raises(OSError):
        letters.store_case_letter(vault, letter_case.case_id, pdf, "referral", letter_case.organisation_id,
                                  None, [], "printed")
    assert storage.list_documents(vault, letter_case.case_id) == []  # no letter without its audit line
    assert "letter_created" not in [e.event for e in audit.events(vault, case_id=letter_case.case_id)]
