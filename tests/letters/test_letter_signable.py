"""Letters people would sign (issue 18): a salutation from the form of address typed with the name (or the
function), the coordinator's own paragraph, full organisation names, no nested brackets, the closing kept
with the signature and a piece of the letter, and a file name that says what the letter is."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from coordinator_app.reports import letters as reports_letters
from coordinator_app.reports.letters import LetterContent, PersonDetails, SectionText, build_letter
from coordinator_app.reports.page_style import Letterhead, Recipient
from coordinator_app.services.documents import letters
from coordinator_app.services.documents.letters import salutation_name
from coordinator_app.services.network import contacts
from tests.letters.letter_helpers import make_letter_case, pdf_text

DAY = dt.date(2026, 12, 5)
AVIM = "Politie Oost-Nederland, AVIM (Vreemdelingenpolitie, Identificatie en Mensenhandel)"


@pytest.mark.parametrize("first,last,function,lang,expected", [
    ("Mevr. Anja", "Nijland", None, "nl", "mevrouw Nijland"),
    ("mevrouw", "Nijland", "Rechercheur", "nl", "mevrouw Nijland"),
    ("Dhr. J.", "van der Berg", None, "nl", "heer Van der Berg"),
    ("de heer Piet", "de Vries", None, "en", "Mr De Vries"),
    (None, "Mw. Nijland", None, "nl", "mevrouw Nijland"),
    ("Mrs", "Smith", None, "en", "Ms Smith"),
    ("Anja", "Nijland", "Rechercheur mensenhandel", "nl", "rechercheur mensenhandel"),
    ("Anja", "Nijland", "AVIM-rechercheur", "nl", "AVIM-rechercheur"),
    ("Anja", "Nijland", None, "nl", ""),
    ("Mr.", "", None, "en", ""),  # a form without a surname says nothing
])
def test_salutation_from_the_form_of_address(first, last, function, lang, expected) -> None:
    assert salutation_name(first, last, function, lang) == expected


def _letter_to(vault, first: str, function: str | None, free_text: str = "") -> str:
    case = make_letter_case(vault)
    org = contacts.create_organisation(vault, contacts.OrganisationInput(
        name=AVIM, org_type="police", address="Postbus 4321", postal_code="7500 AA", city="Enschede"))
    person = contacts.create_contact(vault, contacts.ContactInput(
        first_name=first, last_name="Nijland", organisation_id=org, function=function))
    data = letters.gather_letter_data(vault, case.case_id, "handover", org, person, reports_letters.SECTION_CODES, "nl",
                                      DAY, free_text=free_text)
    return pdf_text(letters.render(data))


def test_no_first_name_salutations_in_a_real_letter(vault) -> None:
    text = _letter_to(vault, "Anja", "Rechercheur")
    assert "Geachte rechercheur," in text
    assert "Geachte Anja" not in text


def test_unknown_form_and_function_gives_the_general_salutation(vault) -> None:
    text = _letter_to(vault, "Anja", None)
    assert "Geachte heer, mevrouw," in text and "Geachte Anja" not in text


def test_own_paragraph_full_names_and_no_nested_brackets(vault) -> None:
    own = "Ik bel u dinsdag 8 december om de overdracht door te nemen (na 14:00 uur)."
    text = _letter_to(vault, "Mevr. Anja", None, own)
    flat = " ".join(text.split())
    assert "Geachte mevrouw Nijland," in text
    assert own in flat
    assert flat.index(own) < flat.index("Met vriendelijke groet")  # before the closing
    assert AVIM in flat  # the address window wraps the name; it does not cut it
    assert "Opvang – COSM (categorale opvang)" in flat
    assert not re.search(r"\([^()]*\(", flat.replace("(na 14:00 uur)", ""))  # no "(… (…))"
    assert own not in _letter_to(vault, "Mevr. Anja", None)  # nothing of it without the paragraph


def test_last_page_never_holds_only_the_closing() -> None:
    letterhead = Letterhead(municipality="Gemeente Zwolle", address_lines=("Postbus 10007", "8000 GA Zwolle"),
                            coordinator_name="Anna de Vries", coordinator_function="Zorgcoördinator",
                            phone="038 498 91 11", email="a.devries@zwolle.example", logo=None, place="Zwolle")
    recipient = Recipient(organisation="Stichting Opvang Oost", contact_person="Bea Jansen",
                          address_lines=("Postbus 1", "7400 AC Deventer"), salutation_name="mevrouw Jansen")
    seen_pages = set()
    for count in range(4, 60, 3):
        body = "\n\n".join(f"Alinea {i}: wat de opvang moet weten over de zorg, in een regel of twee tekst."
                           for i in range(count))
        content = LetterContent(person=PersonDetails(name="X"), care_needs=SectionText(text=body))
        pdf = build_letter("handover", letterhead, recipient, content, ["person", "care_needs"], "nl", DAY)
        pages = PdfReader(io.BytesIO(pdf)).pages
        seen_pages.add(len(pages))
        last = pages[-1].extract_text()
        assert "Met vriendelijke groet" in last and "Anna de Vries" in last  # closing and signature together
        assert f"Alinea {count - 1}:" in last, f"{count} paragraphs: the last page holds only the closing"
    assert {1, 2, 3} <= seen_pages or {2, 3} <= seen_pages


@pytest.mark.parametrize("template,lang,kind", [
    ("handover", "nl", "overdrachtsbrief"), ("referral", "nl", "verwijsbrief"),
    ("case_summary", "nl", "dossiersamenvatting"), ("handover", "en", "handover-letter"),
])
def test_file_name_says_what_the_letter_is(template, lang, kind) -> None:
    from coordinator_app.ui.documents.letter_dialog import file_kind
    from coordinator_app.ui.save_names import generic_name

    assert file_kind(template, lang) == kind
    assert generic_name(file_kind(template, lang), ".pdf", DAY) == f"{kind}-2026-12-05.pdf"
