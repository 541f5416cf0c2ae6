"""Finishing an intake: the answers of the wizard become a case file, in one write transaction.

`finish(vault, state)` validates the whole route (`IntakeFlow.validate("summary")`) and then
creates, in ONE write session: the case (`cases.insert_case`) and its person (an anonymous person
gets a row too, marked anonymous), the indicators (fact/observation/interpretation and source),
the consent records (the consent step only exists for a known person), a planned milestone for
every chosen follow-up that leads to one (the reflection period with its start date), the
involvements (reporter, consulted contacts, chosen organisations, roles from `involvement_role`),
a task with a due date for every chosen follow-up (kind = follow-up code; plus a reminder task
before the reflection period ends), a journal note of the acute danger / 112 call, the
consultation (`Case.consultation` JSON, with the Meldcode answers for a minor) and the audit event
`intake_completed`; then the draft is deleted.

Status: a case with at least one chosen follow-up is `active` (a trajectory has started); without
follow-ups it stays in `intake` (the coordinator still has to decide what happens next).

A quick signal (`quick_signal`) creates a case in status `signal`; `start_from_case` turns it into
an IntakeState whose `case_id` makes `finish` complete that case instead of creating a new one.
Drafts live in `drafts`. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coordinator_app.db.models import (
    Case,
    CaseForm,
    CaseIndicator,
    Consent,
    Contact,
    IntakeDraft,
    Involvement,
    JournalEntry,
    Milestone,
    Organisation,
    Person,
    Task,
)
from coordinator_app.db.vault import Vault
from coordinator_app.domain.dates import add_months
from coordinator_app.domain.intake.checks import FieldError
from coordinator_app.domain.intake.content import IntakeContent
from coordinator_app.domain.intake.flow import REFERRAL_FOR_ORG, IntakeFlow
from coordinator_app.domain.intake.state import IntakeState
from coordinator_app.domain.validation import MAX_LONG_TEXT, Errors, check_code, check_date, clean_text, raise_if
from coordinator_app.errors import NotFound, ValidationError, message
from coordinator_app.services import audit
from coordinator_app.services.cases import store
from coordinator_app.services.cases.detail import REFLECTION_TASK
from coordinator_app.services.settings import settings

__all__ = [
    "ROLE_FOR_ORG_TYPE", "IntakeIncomplete", "SignalInfo", "finish", "open_signals", "quick_signal", "start_from_case",
]

# The role an organisation chosen for a follow-up gets in the case (code list involvement_role).
ROLE_FOR_ORG_TYPE = {
    "police": "police_contact", "labour_inspectorate": "police_contact",
    "shelter_cosm": "shelter", "shelter_women": "shelter", "shelter_men": "shelter",
    "shelter_social": "shelter", "shelter_youth": "shelter",
    "legal_aid": "lawyer", "healthcare": "care_provider", "mental_health": "care_provider",
    "ggd": "care_provider", "victim_support": "care_provider", "youth_care": "case_manager",
    "nidos": "guardian",
}
REFLECTION_END_TASK = REFLECTION_TASK  # the case screens keep the same task up to date


class IntakeIncomplete(ValidationError):
    """The intake cannot be finished: `field_errors` holds every problem, per step field."""

    code = "intake_incomplete"

    def __init__(self, field_errors: list[FieldError]) -> None:
        super().__init__({e.field: "intake_field_invalid" for e in field_errors})
        self.field_errors = field_errors

    def message(self, lang: str | None = None) -> str:
        base = message(self.code, lang)
        shown = [e.message(lang or "nl") for e in self.field_errors[:3]]
        return " ".join([base, *shown])


def _clean(text: str, field: str = "text") -> str | None:
    """Free text as the case stores it (validation.clean_text); a text it refuses raises, never becomes empty.
    `_text_problems` names those fields to the user first, so this only raises if that check was skipped."""
    errors: Errors = {}
    kept = clean_text(errors, field, text, maximum=MAX_LONG_TEXT)
    raise_if(errors)
    return kept


def _free_texts(flow: IntakeFlow) -> list[tuple[str, str, dict[str, int], str]]:
    """Every free text of the intake that `_clean` stores: (field path, label message, label params, text)."""
    s = flow.state
    texts: list[tuple[str, str, dict[str, int], str]] = [
        ("safety.emergency_note", "intake_label_emergency_note", {}, s.safety.emergency_note)]
    if flow.is_minor():
        texts.append(("safety.meldcode_note", "intake_label_meldcode_note", {}, s.safety.meldcode_note))
    for i, mark in enumerate(s.indicators.marks):
        texts.append((f"indicators.marks[{i}].source", "intake_label_indicator_source", {"n": i + 1}, mark.source))
        texts.append((f"indicators.marks[{i}].note", "intake_label_indicator_note", {"n": i + 1}, mark.note))
    if "consent" in flow.steps():
        for i, r in enumerate(s.consent.records):
            texts.append((f"consent.records[{i}].signer_name", "intake_label_consent_signer", {"n": i + 1},
                          r.signer_name))
            texts.append((f"consent.records[{i}].note", "intake_label_consent_note", {"n": i + 1}, r.note))
    for i, choice in enumerate(s.followups.chosen):
        texts.append((f"followups.chosen[{i}].note", "intake_label_followup_note", {"n": i + 1}, choice.note))
    return texts


def _text_problems(flow: IntakeFlow) -> list[FieldError]:
    """The free texts `_clean` would refuse (a lone surrogate, too long), each naming its field."""
    problems = []
    for path, label, params, text in _free_texts(flow):
        errors: Errors = {}
        clean_text(errors, path, text, maximum=MAX_LONG_TEXT)
        if path in errors:
            problems.append(FieldError(path, *(
                message("intake_text_refused", lang, field=message(label, lang, **params),
                        reason=message(errors[path], lang)) for lang in ("nl", "en"))))
    return problems


def _flow(state: IntakeState, content: IntakeContent | None, today: dt.date | None,
          nationality_group: Callable[[str], str] | None) -> IntakeFlow:
    return IntakeFlow(state, content, today=today, nationality_group=nationality_group)


def _case_input(flow: IntakeFlow, status: str) -> store.CaseInput:
    s, today = flow.state, flow.today()
    notes = [_clean(s.safety.emergency_note, "safety.emergency_note"),
             _clean(s.safety.meldcode_note, "safety.meldcode_note") if flow.is_minor() else None]
    person = s.person
    return store.CaseInput(
        signal_received_on=s.signal.received_on, status=status, primary_form=s.primary_form,
        other_forms=[f for f in s.other_forms if f], referral_source=s.referral_source or "unknown",
        municipality=s.municipality or "unknown", opened_on=today,
        risk_level="acute" if s.safety.acute_danger else None,
        labour_sector=s.labour_sector if "labour" in flow.forms() else None,
        reporter_org_type=s.signal.reporter_org_type or None,
        reporter_contact_id=s.signal.reporter_contact_id, reporter_anonymous=s.signal.reporter_anonymous,
        signal_channel=s.signal.channel or None, signal_text=s.signal.text,
        acute_danger=bool(s.safety.acute_danger), emergency_called=s.safety.called_112,
        safety_notes="\n\n".join(n for n in notes if n) or None,
        person=store.PersonInput(
            anonymous=person.anonymous, first_name=person.first_name, last_name=person.last_name,
            alias=person.alias, date_of_birth=person.date_of_birth, estimated_age=person.estimated_age,
            gender=person.gender or "unknown", nationality=person.nationality or None,
            languages=list(person.languages), interpreter_needed=person.interpreter_needed,
            safe_contact=person.safe_contact, whereabouts=person.whereabouts,
        ),
    )


def _consultation(flow: IntakeFlow) -> dict[str, Any]:
    s = flow.state
    c = s.consultation
    data: dict[str, Any] = {
        "parties": list(c.parties), "contact_ids": list(c.contact_ids),
        "consulted_on": c.consulted_on.isoformat() if c.consulted_on else None,
        "weighed": c.weighed, "decision": c.decision, "grounds": c.grounds,
        "police_report": s.followups.police_report or None,
        "police_report_on": s.followups.police_report_on.isoformat() if s.followups.police_report_on else None,
        "indicator_notes": s.indicators.notes or None,
    }
    if flow.is_minor():
        data["meldcode"] = {
            "unaccompanied_minor": s.safety.unaccompanied_minor,
            "steps_done": list(s.safety.meldcode_steps_done), "afweging": dict(s.safety.afweging),
            "decision": s.safety.meldcode_decision, "note": s.safety.meldcode_note,
        }
    return data


def _check_references(session: Session, flow: IntakeFlow) -> None:
    """Every contact and organisation the answers point to must exist (else a clear error, no crash)."""
    s, errors = flow.state, {}
    contact_refs = [("signal.reporter_contact_id", s.signal.reporter_contact_id)]
    contact_refs += [(f"consultation.contact_ids[{i}]", c) for i, c in enumerate(s.consultation.contact_ids)]
    org_refs = [(f"followups.chosen[{i}].org_id", c.org_id) for i, c in enumerate(s.followups.chosen)]
    if "consent" in flow.steps():
        org_refs += [(f"consent.records[{i}].partner_ids", p) for i, r in enumerate(s.consent.records)
                     for p in r.partner_ids]
    for model, refs in ((Contact, contact_refs), (Organisation, org_refs)):
        for path, ref in refs:
            if ref is not None and (not isinstance(ref, int) or session.get(model, ref) is None):
                errors[path] = "intake_unknown_reference"
    raise_if(errors)


def _apply_to_existing(session: Session, case_id: int, data: store.CaseInput) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(kind="dossier")
    if case.status != "signal":
        raise ValidationError({"status": "intake_case_not_signal"})
    errors: Errors = {}
    values = store._validate_case(errors, data)
    person_values = store._validate_person(errors, data.person) if data.person is not None else None
    raise_if(errors)
    old = case.status
    for key, value in values.items():
        setattr(case, key, value)
    case.other_forms = [CaseForm(form=f) for f in dict.fromkeys(data.other_forms) if f != values["primary_form"]]
    if person_values is not None:
        if case.person is None:
            session.add(Person(case_id=case.id, **person_values))
        else:
            for key, value in person_values.items():
                setattr(case.person, key, value)
    session.flush()
    audit.record(session, "case_status_changed", "case", case.id, case_id=case.id, detail=f"{old}>{case.status}")
    return case


def _add_records(session: Session, flow: IntakeFlow, case: Case, lang: str) -> None:
    s, content, today = flow.state, flow.content, flow.today()
    received = s.signal.received_on
    for i, mark in enumerate(s.indicators.marks):
        path = f"indicators.marks[{i}]"
        session.add(CaseIndicator(case_id=case.id, indicator_code=mark.code, kind=mark.kind,
                                  source=_clean(mark.source, f"{path}.source"), note=_clean(mark.note, f"{path}.note"),
                                  recorded_on=received))
    if "consent" in flow.steps():
        for i, r in enumerate(s.consent.records):
            path = f"consent.records[{i}]"
            note = "\n".join(p for p in (_clean(r.signer_name, f"{path}.signer_name"),
                                         _clean(r.note, f"{path}.note")) if p) or None
            session.add(Consent(
                case_id=case.id, purpose=r.purpose, given=bool(r.given),
                given_on=r.signed_on if r.given else None, signed_by=r.signer if r.given else None,
                written=bool(r.given), legal_ground=None if r.given else r.legal_ground,
                partners=list(dict.fromkeys(r.partner_ids)) if r.given else [], note=note))
    involved: set[tuple[int | None, int | None, str]] = set()

    def involve(contact_id: int | None, org_id: int | None, role: str) -> None:
        if (contact_id, org_id, role) not in involved and (contact_id or org_id):
            involved.add((contact_id, org_id, role))
            session.add(Involvement(case_id=case.id, contact_id=contact_id, organisation_id=org_id,
                                    role=role, started_on=today))

    involve(s.signal.reporter_contact_id, None, "reporter")
    for contact_id in s.consultation.contact_ids:
        involve(contact_id, None, "consulted")
    police = s.followups.police_report
    police_milestone_done = False
    for i, choice in enumerate(s.followups.chosen):
        option = content.followup(choice.code)
        if option is None:
            continue
        note = _clean(choice.note, f"followups.chosen[{i}].note")
        session.add(Task(case_id=case.id, title=option.title.get(lang), kind=choice.code, due_on=choice.due_date,
                         remind_days_before=0, note=note))
        if choice.org_id is not None:
            involve(None, choice.org_id, ROLE_FOR_ORG_TYPE.get(option.org_type, "other"))
        if option.milestone:
            status, on = "planned", choice.start_date
            if option.milestone == "police_report" and police in ("yes", "no"):
                status = "done" if police == "yes" else "declined"
                on = s.followups.police_report_on if police == "yes" else None
                police_milestone_done = True
            session.add(Milestone(case_id=case.id, kind=option.milestone, status=status, on=on,
                                  shelter_type=choice.shelter_type or option.shelter_type,
                                  organisation_id=choice.org_id, note=note))
        if option.milestone == "reflection_period" and choice.start_date is not None:
            # the same reminder task (kind, length, days before) as the case screens keep
            months = int(settings.get_in(session, "reflection_period_months"))
            end = add_months(choice.start_date, months)  # None past the year 9999
            if end is not None:
                session.add(Task(case_id=case.id, title=content.message("task_period_end", lang),
                                 kind=REFLECTION_END_TASK, due_on=end,
                                 remind_days_before=int(settings.get_in(session, "reflection_reminder_days"))))
    if police in ("yes", "no") and not police_milestone_done:
        session.add(Milestone(case_id=case.id, kind="police_report", status="done" if police == "yes" else "declined",
                              on=s.followups.police_report_on if police == "yes" else None))
    if s.safety.acute_danger:
        key = "journal_acute_called" if s.safety.called_112 else "journal_acute_not_called"
        session.add(JournalEntry(case_id=case.id, on=received or today, text=content.message(key, lang)))


def finish(vault: Vault, state: IntakeState, *, draft_id: int | None = None, lang: str = "nl",
           today: dt.date | None = None, content: IntakeContent | None = None,
           nationality_group: Callable[[str], str] | None = None) -> int:
    """Create (or, for a signal case, complete) the case file from a complete intake; returns its id.

    Raises IntakeIncomplete (a ValidationError naming every field) when a step is not valid, and
    ValidationError for contacts or organisations that no longer exist. Nothing is written then.
    """
    flow = _flow(state, content, today, nationality_group)
    problems = flow.validate("summary") + _text_problems(flow)
    if problems:
        raise IntakeIncomplete(problems)
    status = "active" if state.followups.chosen else "intake"
    data = _case_input(flow, status)
    with vault.write() as session:
        _check_references(session, flow)
        if state.case_id is not None:
            case = _apply_to_existing(session, state.case_id, data)
        else:
            case = store.insert_case(session, data)
        case.consultation = _consultation(flow)
        _add_records(session, flow, case, lang)
        session.flush()
        audit.record(session, "intake_completed", "case", case.id, case_id=case.id, detail=status)
        stale = select(IntakeDraft.id).where(IntakeDraft.case_id == case.id)
        ids = set(session.scalars(stale))
        if draft_id is not None:
            ids.add(draft_id)
        if ids:
            session.execute(delete(IntakeDraft).where(IntakeDraft.id.in_(ids)))
        return case.id


# --- quick signal ------------------------------------------------------------------------------

def quick_signal(vault: Vault, who: str | int | None, what: str, when: dt.date | str | None, form: str = "unknown",
                 *, reporter_org_type: str | None = None, channel: str = "phone",
                 municipality: str = "unknown", referral_source: str | None = None,
                 person: store.PersonInput | None = None) -> int:
    """A signal taken by phone: who (a contact id from the address book, or a short description),
    what (the signal in the reporter's words), when, form. Creates a case in status `signal`, with
    `person` when the name (date of birth, nationality) was typed in the known-person check."""
    errors: Errors = {}
    text = clean_text(errors, "what", what, required=True, maximum=MAX_LONG_TEXT)
    who_text = clean_text(errors, "who", who, maximum=200) if isinstance(who, str) else None
    received = check_date(errors, "when", when, required=True)
    check_code(errors, "form", "form", form or "unknown")
    if isinstance(who, bool):
        errors["who"] = "intake_unknown_reference"
    raise_if(errors)
    source = referral_source or cases_referral(reporter_org_type)
    with vault.write() as session:
        contact_id = who if isinstance(who, int) else None
        if contact_id is not None and session.get(Contact, contact_id) is None:
            raise ValidationError({"who": "intake_unknown_reference"})
        case = store.insert_case(session, store.CaseInput(
            signal_received_on=received, status="signal", primary_form=form or "unknown",
            referral_source=source, municipality=municipality, reporter_org_type=reporter_org_type,
            reporter_contact_id=contact_id, signal_channel=channel, signal_text=text, person=person,
        ))
        if who_text:
            session.add(JournalEntry(case_id=case.id, on=received,
                                     text=message("intake_quick_reporter", "nl", who=who_text)))
        if contact_id is not None:
            session.add(Involvement(case_id=case.id, contact_id=contact_id, role="reporter", started_on=received))
        return case.id


def reporter_contact(vault: Vault, who: str) -> int | None:
    """The address-book contact that "Wie meldt" names: its name, or "name (organisation)", exactly as typed
    (letter case and spacing aside). None when no contact or more than one has that name: the text is then
    kept as typed."""
    key = " ".join(unicodedata.normalize("NFC", who or "").split()).casefold()
    if not key:
        return None
    with vault.read() as session:
        found = []
        for contact in session.scalars(select(Contact)):
            name = contact.display_name
            org = contact.organisation.name if contact.organisation is not None else ""
            names = {name.casefold(), f"{name} ({org})".casefold()} if org else {name.casefold()}
            if key in names:
                found.append(contact.id)
    return found[0] if len(found) == 1 else None


def cases_referral(org_type: str | None) -> str:
    if not org_type:
        return "unknown"
    return REFERRAL_FOR_ORG.get(org_type, "other")


@dataclass(frozen=True)
class SignalInfo:
    """A case in status `signal`, waiting for its full intake."""

    case_id: int
    case_number: str
    received_on: dt.date
    primary_form: str
    signal_excerpt: str


def open_signals(vault: Vault) -> list[SignalInfo]:
    """Cases in status `signal` (quick signals), oldest first."""
    with vault.read() as session:
        rows = session.scalars(select(Case).where(Case.status == "signal")
                               .order_by(Case.signal_received_on, Case.id))
        result = []
        for case in rows:
            words = " ".join((case.signal_text or "").split())
            excerpt = words if len(words) <= 80 else words[:79].rsplit(" ", 1)[0] + "…"
            result.append(SignalInfo(case.id, case.case_number, case.signal_received_on, case.primary_form, excerpt))
        return result


def start_from_case(vault: Vault, case_id: int) -> IntakeState:
    """An intake pre-filled from a signal case; finishing it completes that case."""
    record = store.get_case(vault, case_id)
    if record.status != "signal":
        raise ValidationError({"status": "intake_case_not_signal"})
    v = record.values
    state = IntakeState(case_id=case_id)
    state.signal.received_on = v.signal_received_on
    state.signal.reporter_org_type = v.reporter_org_type or ""
    state.signal.reporter_contact_id = v.reporter_contact_id
    state.signal.reporter_anonymous = v.reporter_anonymous
    state.signal.channel = v.signal_channel or ""
    state.signal.text = v.signal_text or ""
    state.primary_form = v.primary_form or ""
    state.other_forms = list(record.other_forms)
    state.labour_sector = v.labour_sector or ""
    state.municipality = v.municipality or ""
    state.referral_source = v.referral_source or ""
    p = record.person
    if p is not None:
        person = state.person
        person.anonymous = p.anonymous
        for name in ("first_name", "last_name", "alias", "safe_contact", "whereabouts"):
            setattr(person, name, getattr(p, name) or "")
        person.date_of_birth, person.estimated_age = p.date_of_birth, p.estimated_age
        person.gender = p.gender if p.gender != "unknown" else ""
        person.nationality = p.nationality or ""
        person.languages = list(p.languages or [])
        person.interpreter_needed = p.interpreter_needed
    return state
