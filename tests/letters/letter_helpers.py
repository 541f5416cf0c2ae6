"""A real case in a vault for the letter tests: one marker word per section, a canary name, a recipient."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from pypdf import PdfReader

from coordinator_app.db.models import CaseIndicator, Consent, Involvement, Milestone
from coordinator_app.services.cases import store
from coordinator_app.services.network import contacts
from coordinator_app.services.settings import settings

CANARY = "Xqzwvy"
CANARY_LAST = "Canarisdóttir"
# Words that appear only in the section they belong to.
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
SPECIAL = "Łucja Wiśniewska-Çelik ğ ș ë Олена"


@dataclass(frozen=True)
class LetterCase:
    case_id: int
    case_number: str
    organisation_id: int
    contact_id: int


def make_letter_case(vault, first_name: str = CANARY, last_name: str = CANARY_LAST) -> LetterCase:
    settings.set_many(vault, {
        "coordinator_name": "Anna de Vries", "coordinator_phone": "038 498 91 11",
        "coordinator_email": "a.devries@zwolle.example",
    })
    org_id = contacts.create_organisation(vault, contacts.OrganisationInput(
        name="Stichting Opvang Oost", org_type="shelter_cosm", address="Postbus 123", postal_code="7400 AC",
        city="Deventer", phone="0570 123 456"))
    contact_id = contacts.create_contact(vault, contacts.ContactInput(
        last_name="Jansen", first_name="Bea", organisation_id=org_id, email="b.jansen@opvang.example"))
    case_id = store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-02", status="active", primary_form="labour",
        labour_sector=MARKERS["exploitation_form"], referral_source="police", municipality="Zwolle",
        risk_level="high", signal_text="Melding met " + MARKERS["reason_and_signals"],
        safety_notes="Let op: " + MARKERS["safety_risks"], care_needs="Nodig: " + MARKERS["care_needs"],
        person=store.PersonInput(first_name=first_name, last_name=last_name, alias=None,
                                 date_of_birth="1999-04-01", gender="female", nationality="PL",
                                 languages=["pl", "en"], interpreter_needed=True,
                                 interpreter_language=MARKERS["language_interpreter"]),
    ))
    with vault.write() as session:
        session.add(CaseIndicator(case_id=case_id, indicator_code="gen_debt", kind="fact", source="melder"))
        session.add(Milestone(case_id=case_id, kind="shelter", status="planned", on=dt.date(2026, 3, 10),
                              shelter_type="cosm", organisation_id=org_id, note=MARKERS["agreements_and_contacts"]))
        session.add(Involvement(case_id=case_id, contact_id=contact_id, role="shelter"))
        session.add(Consent(case_id=case_id, purpose="shelter_referral", given=True, given_on=dt.date(2026, 3, 3),
                            signed_by="person", written=True, partners=[org_id],
                            note=MARKERS["consent"]))
    record = store.get_case(vault, case_id)
    return LetterCase(case_id, record.case_number, org_id, contact_id)


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)
