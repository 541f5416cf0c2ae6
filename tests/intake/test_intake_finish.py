"""finish(): every branch of the route becomes exactly the right case file in the vault."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from coordinator_app.db.models import (
    AuditEvent,
    Case,
    CaseIndicator,
    Consent,
    IntakeDraft,
    Involvement,
    JournalEntry,
    Milestone,
    Person,
    Task,
)
from coordinator_app.domain.intake.flow import IntakeFlow
from coordinator_app.domain.intake.state import ConsentRecord, IntakeState
from coordinator_app.errors import ValidationError
from coordinator_app.services.intake import drafts, finish
from coordinator_app.services.network import contacts
from tests.intake.test_intake_flow import SIGNAL_DATE, TODAY, base_state


def make(**kw: object) -> IntakeState:
    """A complete intake of the flow tests, without address-book references (the vault is empty)."""
    state = base_state(**kw)
    state.signal.reporter_contact_id = None
    return state


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@dataclass
class Book:
    reporter: int
    colleague: int
    shelter: int
    police: int


@pytest.fixture
def book(vault) -> Book:
    org = contacts.OrganisationInput
    shelter = contacts.create_organisation(vault, org("Vrouwenopvang IJsselland", "shelter_women"))
    police = contacts.create_organisation(vault, org("Politie IJsselland AVIM", "police"))
    reporter = contacts.create_contact(vault, contacts.ContactInput("de Vries", "Marieke"))
    colleague = contacts.create_contact(vault, contacts.ContactInput("Öztürk", "Selin"))
    return Book(reporter, colleague, shelter, police)


def run(vault, state: IntakeState, book: Book | None = None) -> int:
    state.signal.reporter_contact_id = book.reporter if book else None
    IntakeFlow(state, today=TODAY).apply_suggested_followups()
    return finish.finish(vault, state, today=TODAY)


def tasks(vault, case_id: int) -> list[tuple]:
    with vault.read() as s:
        rows = s.scalars(select(Task).where(Task.case_id == case_id).order_by(Task.id))
        return [(t.kind, t.due_on, t.remind_days_before) for t in rows]


def milestones(vault, case_id: int) -> list[tuple]:
    with vault.read() as s:
        rows = s.scalars(select(Milestone).where(Milestone.case_id == case_id).order_by(Milestone.id))
        return [(m.kind, m.status, m.on, m.shelter_type, m.organisation_id) for m in rows]


def consents(vault, case_id: int) -> list[tuple]:
    with vault.read() as s:
        rows = s.scalars(select(Consent).where(Consent.case_id == case_id).order_by(Consent.id))
        return [(c.purpose, c.given, c.given_on, c.signed_by, c.written, c.legal_ground, c.partners) for c in rows]


def involvements(vault, case_id: int) -> list[tuple]:
    with vault.read() as s:
        rows = s.scalars(select(Involvement).where(Involvement.case_id == case_id).order_by(Involvement.id))
        return [(i.contact_id, i.organisation_id, i.role) for i in rows]


def case_row(vault, case_id: int) -> Case:
    with vault.read() as s:
        case = s.get(Case, case_id)
        s.expunge(case)
        return case


def test_dutch_adult_woman(vault, book: Book) -> None:
    state = make()
    state.consultation.contact_ids = [book.colleague]
    IntakeFlow(state, today=TODAY).apply_suggested_followups()
    shelter = next(c for c in state.followups.chosen if c.code == "shelter_women")
    shelter.org_id, shelter.note = book.shelter, "Plek per 1 december"
    state.followups.chosen[0].due_date = days(10)  # the user changed the due date
    case_id = run(vault, state, book)
    assert tasks(vault, case_id) == [
        ("informative_interview_police", days(10), 0), ("shelter_women", days(2), 0),
        ("comensha_registration", days(7), 0), ("care_medical", days(14), 0),
    ]
    assert milestones(vault, case_id) == [
        ("informative_interview", "planned", None, None, None),
        ("shelter", "planned", None, "women", book.shelter),
        ("comensha_registration", "planned", None, None, None),
    ]
    assert consents(vault, case_id) == [("comensha_registration", True, SIGNAL_DATE, "person", True, None, [])]
    assert involvements(vault, case_id) == [
        (book.reporter, None, "reporter"), (book.colleague, None, "consulted"), (None, book.shelter, "shelter"),
    ]
    case = case_row(vault, case_id)
    assert (case.status, case.opened_on, case.signal_received_on) == ("active", TODAY, SIGNAL_DATE)
    assert (case.primary_form, case.referral_source, case.municipality) == ("sexual", "care", "Zwolle")
    assert case.signal_text == state.signal.text
    assert case.consultation["parties"] == ["colleague", "comensha"]
    assert case.consultation["contact_ids"] == [book.colleague]
    assert "meldcode" not in case.consultation
    with vault.read() as s:
        person = s.scalar(select(Person).where(Person.case_id == case_id))
        assert (person.first_name, person.estimated_age, person.gender) == ("Anna", 30, "female")
        assert person.nationality == "NL"
        marks = s.scalars(select(CaseIndicator).where(CaseIndicator.case_id == case_id)).all()
        assert [(m.indicator_code, m.kind, m.source, m.recorded_on) for m in marks] == [
            ("gen_no_id_papers", "fact", "melder", SIGNAL_DATE)]
        events = s.scalars(select(AuditEvent.event).where(AuditEvent.case_id == case_id)).all()
        assert events.count("intake_completed") == 1 and "case_created" in events
        task_note = s.scalar(select(Task.note).where(Task.kind == "shelter_women"))
        assert task_note == "Plek per 1 december"


def test_acute_danger_records_the_112_call(vault) -> None:
    state = make(gender="male", form="criminal")
    state.safety.acute_danger = True
    state.safety.called_112 = True
    state.safety.emergency_note = "Politie komt binnen 10 minuten."
    case_id = run(vault, state)
    assert tasks(vault, case_id) == [
        ("emergency_aftercare", days(1), 0), ("informative_interview_police", days(14), 0),
        ("shelter_men", days(2), 0), ("comensha_registration", days(7), 0), ("care_medical", days(14), 0),
    ]
    assert milestones(vault, case_id) == [
        ("informative_interview", "planned", None, None, None), ("shelter", "planned", None, "men", None),
        ("comensha_registration", "planned", None, None, None),
    ]
    assert consents(vault, case_id) == [("comensha_registration", True, SIGNAL_DATE, "person", True, None, [])]
    case = case_row(vault, case_id)
    assert (case.acute_danger, case.emergency_called, case.risk_level) == (True, True, "acute")
    assert case.safety_notes == "Politie komt binnen 10 minuten."
    with vault.read() as s:
        notes = s.scalars(select(JournalEntry).where(JournalEntry.case_id == case_id)).all()
        assert [(n.on, n.text) for n in notes] == [
            (SIGNAL_DATE, "Acuut gevaar bij het signaal: 112 gebeld tijdens de intake.")]


def test_minor_under_16_meldcode_and_parent_consent(vault) -> None:
    state = make(age=14)
    state.safety.meldcode_note = "Overlegd met Veilig Thuis."
    case_id = run(vault, state)
    assert tasks(vault, case_id) == [
        ("veilig_thuis_report", days(1), 0), ("youth_protection", days(3), 0),
        ("informative_interview_police", days(14), 0), ("comensha_registration", days(7), 0),
        ("care_medical", days(14), 0),
    ]
    assert milestones(vault, case_id) == [
        ("veilig_thuis_report", "planned", None, None, None), ("shelter", "planned", None, "youth", None),
        ("informative_interview", "planned", None, None, None),
        ("comensha_registration", "planned", None, None, None),
    ]
    assert consents(vault, case_id) == [("comensha_registration", True, SIGNAL_DATE, "parent", True, None, [])]
    case = case_row(vault, case_id)
    assert case.consultation["meldcode"]["decision"] == "report_and_help"
    assert case.consultation["meldcode"]["afweging"]["unsafe"] is True
    assert case.safety_notes == "Overlegd met Veilig Thuis."


def test_minor_16_17_signs_personally(vault) -> None:
    case_id = run(vault, make(age=17, gender="male", form="criminal"))
    assert [t[0] for t in tasks(vault, case_id)] == [
        "veilig_thuis_report", "youth_protection", "informative_interview_police", "comensha_registration",
        "care_medical"]
    assert consents(vault, case_id) == [("comensha_registration", True, SIGNAL_DATE, "person", True, None, [])]


def test_labour_exploitation_goes_to_the_labour_inspectorate(vault) -> None:
    case_id = run(vault, make(form="labour", gender="male"))
    assert tasks(vault, case_id) == [
        ("informative_interview_labour", days(14), 0), ("shelter_men", days(2), 0),
        ("comensha_registration", days(7), 0), ("care_medical", days(14), 0),
    ]
    assert milestones(vault, case_id)[0] == ("informative_interview", "planned", None, None, None)
    assert case_row(vault, case_id).labour_sector == "land- en tuinbouw"


def test_non_dutch_adult_reflection_period_with_start_date(vault) -> None:
    state = make(nationality="NG")
    IntakeFlow(state, today=TODAY).apply_suggested_followups()
    reflection = next(c for c in state.followups.chosen if c.code == "reflection_period")
    reflection.start_date = date(2026, 11, 19)
    case_id = run(vault, state)
    assert tasks(vault, case_id) == [
        ("informative_interview_police", days(14), 0), ("reflection_period", days(7), 0),
        ("reflection_end", date(2027, 2, 19), 14),
        ("shelter_cosm", days(2), 0), ("comensha_registration", days(7), 0), ("care_medical", days(14), 0),
        ("legal_aid", days(7), 0), ("brp_registration", days(14), 0),
    ]
    assert milestones(vault, case_id) == [
        ("informative_interview", "planned", None, None, None),
        ("reflection_period", "planned", date(2026, 11, 19), None, None),
        ("shelter", "planned", None, "cosm", None), ("comensha_registration", "planned", None, None, None),
    ]
    assert consents(vault, case_id) == [("comensha_registration", True, SIGNAL_DATE, "person", True, None, [])]


def test_anonymous_person_gets_a_row_and_no_consent(vault) -> None:
    state = make(consent=True)
    state.person.anonymous = True
    state.person.first_name = ""
    case_id = run(vault, state)
    assert tasks(vault, case_id) == [("meld_misdaad_anoniem", days(3), 0)]
    assert milestones(vault, case_id) == []
    assert consents(vault, case_id) == []  # the consent step is not on the route of an anonymous person
    with vault.read() as s:
        person = s.scalar(select(Person).where(Person.case_id == case_id))
        assert (person.anonymous, person.first_name, person.last_name) == (True, None, None)


def test_no_consent_records_the_legal_ground(vault, book: Book) -> None:
    state = make(consent=False)
    state.consent.records.append(ConsentRecord("share_partners", True, SIGNAL_DATE, "person", "A. Jansen",
                                               partner_ids=[book.police], note="Mondeling toegelicht"))
    case_id = run(vault, state)
    assert tasks(vault, case_id) == [
        ("informative_interview_police", days(14), 0), ("shelter_women", days(2), 0), ("care_medical", days(14), 0),
    ]
    assert [m[0] for m in milestones(vault, case_id)] == ["informative_interview", "shelter"]
    assert consents(vault, case_id) == [
        ("comensha_registration", False, None, None, False, "vital_interest", []),
        ("share_partners", True, SIGNAL_DATE, "person", True, None, [book.police]),
    ]
    with vault.read() as s:
        note = s.scalar(select(Consent.note).where(Consent.purpose == "share_partners"))
    assert note == "A. Jansen\nMondeling toegelicht"


def test_without_followups_the_case_stays_in_intake(vault) -> None:
    state = make()
    case_id = finish.finish(vault, state, today=TODAY)
    assert case_row(vault, case_id).status == "intake"
    assert tasks(vault, case_id) == [] and milestones(vault, case_id) == []


def test_police_report_answer_becomes_a_milestone(vault) -> None:
    state = make()
    state.followups.police_report, state.followups.police_report_on = "yes", SIGNAL_DATE
    case_id = finish.finish(vault, state, today=TODAY)
    assert milestones(vault, case_id) == [("police_report", "done", SIGNAL_DATE, None, None)]


def test_incomplete_intake_writes_nothing(vault) -> None:
    state = make()
    state.signal.text = "   "
    state.person.gender = ""
    with pytest.raises(finish.IntakeIncomplete) as info:
        finish.finish(vault, state, today=TODAY)
    assert [e.field for e in info.value.field_errors] == ["signal.text", "person.gender"]
    assert "Beschrijf het signaal" in info.value.message("nl")
    with vault.read() as s:
        assert s.scalar(select(func.count(Case.id))) == 0


def test_unknown_address_book_reference_is_a_clear_error(vault) -> None:
    state = make()
    state.signal.reporter_contact_id = 999
    with pytest.raises(ValidationError) as info:
        finish.finish(vault, state, today=TODAY)
    assert info.value.errors == {"signal.reporter_contact_id": "intake_unknown_reference"}
    assert "bestaat niet meer" in info.value.message("nl")


def test_finish_deletes_the_draft(vault) -> None:
    state = make()
    draft_id = drafts.save_draft(vault, state)
    finish.finish(vault, state, today=TODAY, draft_id=draft_id)
    with vault.read() as s:
        assert s.scalar(select(func.count(IntakeDraft.id))) == 0


@pytest.mark.parametrize("start", [date(1900, 1, 1), date(9999, 12, 31)])
def test_reflection_period_at_the_edges_of_the_calendar(vault, start: date) -> None:
    state = make(nationality="NG")
    IntakeFlow(state, today=TODAY).apply_suggested_followups()
    next(c for c in state.followups.chosen if c.code == "reflection_period").start_date = start
    case_id = finish.finish(vault, state, today=TODAY)
    ends = [t for t in tasks(vault, case_id) if t[0] == "reflection_end"]
    assert ends == ([("reflection_end", date(1900, 4, 1), 14)] if start.year == 1900 else [])
    assert ("reflection_period", "planned", start, None, None) in milestones(vault, case_id)
