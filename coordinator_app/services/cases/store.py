"""Case files: create, read, update, status changes, journal, tasks and real deletion.

Every rule about a case lives here (codes, dates, status transitions, case numbers); the UI
only calls these functions. Sessions are opened here, never in the UI.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session, selectinload

from coordinator_app.db.models import (
    Case,
    CaseForm,
    Document,
    DocumentChunk,
    IntakeDraft,
    JournalEntry,
    JsonValue,
    Person,
    Task,
)
from coordinator_app.db.vault import Vault
from coordinator_app.domain.validation import (
    MAX_LONG_TEXT,
    Errors,
    check_age,
    check_code,
    check_date,
    clean_identifier,
    clean_text,
    field_error,
    raise_if,
)
from coordinator_app.errors import NotFound, ValidationError
from coordinator_app.services import audit
from coordinator_app.services.settings import settings

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "signal": ("intake", "active", "closed"),
    "intake": ("active", "closed", "signal"),
    "active": ("closed",),
    "closed": ("active",),  # reopening
}

CASE_CODE_FIELDS = {
    "primary_form": "form",
    "referral_source": "referral_source",
    "municipality": "municipality",
    "risk_level": "risk_level",
    "reporter_org_type": "org_type",
}
CASE_TEXT_FIELDS = {"labour_sector": 80, "signal_channel": 32}
CASE_LONG_TEXT_FIELDS = ("signal_text", "safety_notes", "care_needs")
CASE_BOOL_FIELDS = ("acute_danger", "emergency_called", "reporter_anonymous")
PERSON_TEXT_FIELDS = {"first_name": 100, "last_name": 100, "alias": 100, "interpreter_language": 60}
PERSON_LONG_TEXT_FIELDS = ("safe_contact", "whereabouts", "other_spellings")
MAX_LANGUAGES = 20


@dataclass
class PersonInput:
    anonymous: bool = False
    first_name: str | None = None
    last_name: str | None = None
    alias: str | None = None
    date_of_birth: dt.date | str | None = None
    estimated_age: int | None = None
    gender: str = "unknown"
    nationality: str | None = None
    languages: list[str] = field(default_factory=list)
    interpreter_needed: bool = False
    interpreter_language: str | None = None
    safe_contact: str | None = None
    whereabouts: str | None = None
    other_spellings: str | None = None  # other spellings of the name, one per line; searched


@dataclass
class CaseInput:
    signal_received_on: dt.date | str | None
    status: str = "signal"
    primary_form: str = "unknown"
    other_forms: list[str] = field(default_factory=list)
    referral_source: str = "unknown"
    municipality: str = "unknown"
    opened_on: dt.date | str | None = None
    case_number: str | None = None
    risk_level: str | None = None
    labour_sector: str | None = None
    reporter_org_type: str | None = None
    reporter_contact_id: int | None = None
    reporter_anonymous: bool = False
    signal_channel: str | None = None
    signal_text: str | None = None
    acute_danger: bool = False
    emergency_called: bool = False
    safety_notes: str | None = None
    care_needs: str | None = None
    person: PersonInput | None = None


class _Unchanged(enum.Enum):
    UNCHANGED = "unchanged"


UNCHANGED = _Unchanged.UNCHANGED  # a field of CaseChanges/PersonChanges that keeps its stored value


@dataclass(frozen=True, slots=True)
class CaseChanges:
    """Case fields to change with `update_case`; a field left UNCHANGED keeps its stored value. The status
    (change_status), the case number and the person (PersonChanges) are not among them."""

    signal_received_on: dt.date | str | _Unchanged | None = UNCHANGED
    primary_form: str | _Unchanged = UNCHANGED
    other_forms: list[str] | _Unchanged = UNCHANGED
    referral_source: str | _Unchanged = UNCHANGED
    municipality: str | _Unchanged = UNCHANGED
    opened_on: dt.date | str | _Unchanged | None = UNCHANGED
    risk_level: str | _Unchanged | None = UNCHANGED
    labour_sector: str | _Unchanged | None = UNCHANGED
    reporter_org_type: str | _Unchanged | None = UNCHANGED
    reporter_contact_id: int | _Unchanged | None = UNCHANGED
    reporter_anonymous: bool | _Unchanged = UNCHANGED
    signal_channel: str | _Unchanged | None = UNCHANGED
    signal_text: str | _Unchanged | None = UNCHANGED
    acute_danger: bool | _Unchanged = UNCHANGED
    emergency_called: bool | _Unchanged = UNCHANGED
    safety_notes: str | _Unchanged | None = UNCHANGED
    care_needs: str | _Unchanged | None = UNCHANGED

    def given(self) -> dict[str, object]:
        """The fields to change, by name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not UNCHANGED}


@dataclass(frozen=True, slots=True)
class PersonChanges:
    """Person fields to change with `update_case`; a field left UNCHANGED keeps its stored value."""

    anonymous: bool | _Unchanged = UNCHANGED
    first_name: str | _Unchanged | None = UNCHANGED
    last_name: str | _Unchanged | None = UNCHANGED
    alias: str | _Unchanged | None = UNCHANGED
    date_of_birth: dt.date | str | _Unchanged | None = UNCHANGED
    estimated_age: int | _Unchanged | None = UNCHANGED
    gender: str | _Unchanged = UNCHANGED
    nationality: str | _Unchanged | None = UNCHANGED
    languages: list[str] | _Unchanged = UNCHANGED
    interpreter_needed: bool | _Unchanged = UNCHANGED
    interpreter_language: str | _Unchanged | None = UNCHANGED
    safe_contact: str | _Unchanged | None = UNCHANGED
    whereabouts: str | _Unchanged | None = UNCHANGED
    other_spellings: str | _Unchanged | None = UNCHANGED

    def given(self) -> dict[str, object]:
        """The fields to change, by name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not UNCHANGED}


def _validate_person(errors: Errors, p: PersonInput, prefix: str = "person.") -> dict[str, Any]:
    values: dict[str, Any] = {"anonymous": bool(p.anonymous), "interpreter_needed": bool(p.interpreter_needed)}
    for name, maximum in PERSON_TEXT_FIELDS.items():
        values[name] = clean_text(errors, prefix + name, getattr(p, name), maximum=maximum)
    for name in PERSON_LONG_TEXT_FIELDS:
        values[name] = clean_text(errors, prefix + name, getattr(p, name), maximum=MAX_LONG_TEXT)
    values["date_of_birth"] = check_date(errors, prefix + "date_of_birth", p.date_of_birth)
    values["estimated_age"] = check_age(errors, prefix + "estimated_age", p.estimated_age)
    values["gender"] = check_code(errors, prefix + "gender", "gender", p.gender or "unknown")
    nationality = (p.nationality or "").strip().upper() or None
    if nationality is not None and (len(nationality) != 2 or not nationality.isalpha()):
        errors[prefix + "nationality"] = "invalid_code"
    values["nationality"] = nationality
    languages = [lang.strip() for lang in p.languages if lang and lang.strip()]
    if len(languages) > MAX_LANGUAGES:  # refused out loud, never cut to the first twenty
        errors[prefix + "languages"] = field_error("too_many_languages", maximum=MAX_LANGUAGES, count=len(languages))
    values["languages"] = languages
    return values


def _validate_case(errors: Errors, data: CaseInput) -> dict[str, Any]:
    values: dict[str, Any] = {}
    values["signal_received_on"] = check_date(errors, "signal_received_on", data.signal_received_on, required=True)
    values["opened_on"] = check_date(errors, "opened_on", data.opened_on)
    values["status"] = check_code(errors, "status", "status", data.status)
    if values["status"] == "closed":
        errors["status"] = "invalid_status_change"
    for name, list_name in CASE_CODE_FIELDS.items():
        required = name in ("primary_form", "referral_source", "municipality")
        values[name] = check_code(errors, name, list_name, getattr(data, name), required=required)
    for name, maximum in CASE_TEXT_FIELDS.items():
        values[name] = clean_text(errors, name, getattr(data, name), maximum=maximum)
    for name in CASE_LONG_TEXT_FIELDS:
        values[name] = clean_text(errors, name, getattr(data, name), maximum=MAX_LONG_TEXT)
    for name in CASE_BOOL_FIELDS:
        values[name] = bool(getattr(data, name))
    values["reporter_contact_id"] = data.reporter_contact_id
    for form in data.other_forms:
        check_code(errors, "other_forms", "form", form)
    sig, opened = values["signal_received_on"], values["opened_on"]
    if sig and opened and opened < sig:
        errors["opened_on"] = "date_order"
    if values["status"] in ("active", "intake") and values["opened_on"] is None and sig:
        values["opened_on"] = sig if values["status"] == "active" else None
    return values


def next_case_number(session: Session, year: int, prefix: str | None = None) -> str:
    prefix = prefix or settings.get_in(session, "case_number_prefix")
    stem = f"{prefix}-{year}-"
    numbers = session.scalars(select(Case.case_number).where(Case.case_number.like(stem + "%"))).all()
    highest = max((int(n[len(stem):]) for n in numbers if n[len(stem):].isdigit()), default=0)
    return f"{stem}{highest + 1:04d}"


def insert_case(session: Session, data: CaseInput) -> Case:
    """Validate and add a case (and its person) to an open write session; used by intake and import too."""
    errors: Errors = {}
    values = _validate_case(errors, data)
    person_values = _validate_person(errors, data.person) if data.person is not None else None
    number = clean_identifier(errors, "case_number", data.case_number, maximum=32)
    if (number is not None and "case_number" not in errors
            and session.scalar(select(Case.id).where(Case.case_number == number)) is not None):
        errors["case_number"] = "case_number_taken"
    raise_if(errors)
    year = (values["signal_received_on"] or dt.date.today()).year
    case = Case(case_number=number or next_case_number(session, year), **values)
    case.other_forms = [CaseForm(form=f) for f in dict.fromkeys(data.other_forms) if f != values["primary_form"]]
    session.add(case)
    session.flush()
    if person_values is not None:
        session.add(Person(case_id=case.id, **person_values))
    audit.record(session, "case_created", "case", case.id, case_id=case.id)
    return case


def create_case(vault: Vault, data: CaseInput) -> int:
    with vault.write() as session:
        return insert_case(session, data).id


def _get(session: Session, case_id: int) -> Case:
    case = session.get(
        Case, case_id, options=[selectinload(Case.person), selectinload(Case.other_forms)]
    )
    if case is None:
        raise NotFound(kind="dossier")
    return case


@dataclass(frozen=True, slots=True)
class CaseValues:
    """A case's own stored fields (the columns of `cases`)."""

    id: int
    case_number: str
    status: str
    closing_reason: str | None
    signal_received_on: dt.date
    opened_on: dt.date | None
    closed_on: dt.date | None
    primary_form: str
    labour_sector: str | None
    referral_source: str
    municipality: str
    risk_level: str | None
    reporter_org_type: str | None
    reporter_contact_id: int | None
    reporter_anonymous: bool
    signal_channel: str | None
    signal_text: str | None
    acute_danger: bool
    emergency_called: bool
    consultation: dict[str, JsonValue] | None  # who was consulted, weighing, decision, grounds
    safety_notes: str | None
    care_needs: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PersonValues:
    """The stored fields of a case's person (the columns of `persons`)."""

    id: int
    case_id: int
    anonymous: bool
    first_name: str | None
    last_name: str | None
    alias: str | None
    other_spellings: str | None
    date_of_birth: dt.date | None
    estimated_age: int | None  # on the date the signal was received
    gender: str
    nationality: str | None
    languages: list[str]
    interpreter_needed: bool
    interpreter_language: str | None
    safe_contact: str | None
    whereabouts: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """A plain, detached copy of a case's own fields and its person (no lazy loading outside a session)."""

    id: int
    case_number: str
    status: str
    values: CaseValues
    other_forms: list[str]
    person: PersonValues | None


_V = TypeVar("_V", CaseValues, PersonValues)


def _columns(values_type: type[_V], row: Case | Person) -> _V:
    """The columns of `row`, as `values_type` (which names each column of its table)."""
    return values_type(**{c.key: getattr(row, c.key) for c in type(row).__table__.columns})


def _record(case: Case) -> CaseRecord:
    person = _columns(PersonValues, case.person) if case.person is not None else None
    return CaseRecord(case.id, case.case_number, case.status, _columns(CaseValues, case),
                      [f.form for f in case.other_forms], person)


def _fields_of(values: CaseValues | PersonValues, names: Iterable[str]) -> dict[str, Any]:
    return {name: getattr(values, name) for name in names if hasattr(values, name)}


def get_case(vault: Vault, case_id: int) -> CaseRecord:
    with vault.read() as session:
        return _record(_get(session, case_id))


def update_case(vault: Vault, case_id: int, changes: CaseChanges, person: PersonChanges | None = None) -> None:
    """Change case fields (not status: see change_status) and person fields; all validated first."""
    changed = changes.given()
    with vault.write() as session:
        case = _get(session, case_id)
        current = CaseInput(**_fields_of(_record(case).values, CaseInput.__dataclass_fields__))
        current.other_forms = [f.form for f in case.other_forms]
        if current.status == "closed":  # the status is not changed here; only the other fields are checked
            current.status = "active"
        for key, value in changed.items():
            setattr(current, key, value)
        errors: Errors = {}
        values = _validate_case(errors, current)
        values.pop("status")
        person_values = None
        if person is not None:
            record_person = _record(case).person
            base = _fields_of(record_person, PersonInput.__dataclass_fields__) if record_person is not None else {}
            base.update(person.given())
            person_values = _validate_person(errors, PersonInput(**base))
        raise_if(errors)
        if case.status in ("signal",) and "opened_on" not in changed:
            values["opened_on"] = case.opened_on
        for key, value in values.items():
            setattr(case, key, value)
        if "other_forms" in changed:
            case.other_forms = [
                CaseForm(form=f) for f in dict.fromkeys(current.other_forms) if f != values["primary_form"]
            ]
        if person_values is not None:
            if case.person is None:
                case.person = Person(case_id=case.id, **person_values)
            else:
                for key, value in person_values.items():
                    setattr(case.person, key, value)
        audit.record(session, "case_updated", "case", case.id, case_id=case.id)


def change_status(
    vault: Vault,
    case_id: int,
    new_status: str,
    *,
    on: dt.date | None = None,
    closing_reason: str | None = None,
    close_open_tasks: bool = False,
) -> None:
    """Move a case along signal → intake → active → closed (closing needs a reason; reopening is audited)."""
    on = on or dt.date.today()
    with vault.write() as session:
        case = _get(session, case_id)
        if new_status not in TRANSITIONS.get(case.status, ()):
            raise ValidationError({"status": "invalid_status_change"})
        reopening = case.status == "closed"
        if new_status == "closed":
            errors: Errors = {}
            check_code(errors, "closing_reason", "closing_reason", closing_reason)
            if errors:
                raise ValidationError({"closing_reason": "closing_reason_required"})
            case.closing_reason = closing_reason
            case.closed_on = on
            if case.opened_on is None:
                case.opened_on = on
            if close_open_tasks:
                for task in session.scalars(select(Task).where(Task.case_id == case.id, Task.done_on.is_(None))):
                    task.done_on = on
        else:
            if new_status in ("intake", "active") and case.opened_on is None:
                case.opened_on = on
            if reopening:
                case.closed_on = None
                case.closing_reason = None
        old = case.status
        case.status = new_status
        event = "case_reopened" if reopening else "case_status_changed"
        audit.record(session, event, "case", case.id, case_id=case.id, detail=f"{old}>{new_status}")


def add_journal_entry(vault: Vault, case_id: int, text_: str, on: dt.date | str | None = None) -> int:
    errors: Errors = {}
    body = clean_text(errors, "text", text_, required=True, maximum=MAX_LONG_TEXT)
    day = check_date(errors, "on", on or dt.date.today(), required=True)
    raise_if(errors)
    with vault.write() as session:
        _get(session, case_id)
        entry = JournalEntry(case_id=case_id, on=day, text=body)
        session.add(entry)
        session.flush()
        audit.record(session, "case_updated", "journal", entry.id, case_id=case_id)
        return entry.id


def add_task(
    vault: Vault, case_id: int | None, title: str, due_on: dt.date | str | None, *, kind: str | None = None,
    note: str | None = None,
) -> int:
    errors: Errors = {}
    clean_title = clean_text(errors, "title", title, required=True)
    due = check_date(errors, "due_on", due_on, not_future=False)
    clean_note = clean_text(errors, "note", note, maximum=MAX_LONG_TEXT)
    raise_if(errors)
    with vault.write() as session:
        if case_id is not None:
            _get(session, case_id)
        task = Task(case_id=case_id, title=clean_title, due_on=due, kind=kind, note=clean_note)
        session.add(task)
        session.flush()
        audit.record(session, "case_updated", "task", task.id, case_id=case_id)
        return task.id


def count_cases(vault: Vault) -> int:
    with vault.read() as session:
        return session.scalar(select(func.count(Case.id))) or 0


def delete_case(vault: Vault, case_id: int) -> None:
    """Delete a case for real: every row that belongs to it, its search entries, and the freed pages.

    `secure_delete` zeroes freed pages; the FTS index is merged so no old segment keeps the terms;
    the WAL is checkpointed and truncated so no copy stays there either.
    """
    delete_cases(vault, [case_id])


def delete_cases(vault: Vault, case_ids: list[int], progress: Any = None) -> int:
    """Delete several cases for real in one transaction, then purge freed data once. Returns the count.

    Documents' chunks, persons, journal, tasks, milestones, consents, involvements, indicators and
    intake drafts go with the case (ON DELETE CASCADE plus explicit deletes); the audit trail keeps
    only `case_deleted` with the id, no personal data.
    """
    with vault.write() as session:
        for done, case_id in enumerate(case_ids, start=1):
            case = _get(session, case_id)
            doc_ids = select(Document.id).where(Document.case_id == case_id)
            session.execute(delete(DocumentChunk).where(DocumentChunk.document_id.in_(doc_ids)))
            session.execute(delete(IntakeDraft).where(IntakeDraft.case_id == case_id))
            session.delete(case)
            session.flush()
            session.execute(text("DELETE FROM search_index WHERE case_id = :c"), {"c": case_id})
            audit.record(session, "case_deleted", "case", case_id)
            if progress:
                progress(done, len(case_ids))
    purge_freed_data(vault)
    return len(case_ids)


def purge_freed_data(vault: Vault) -> None:
    """Merge the FTS index into one segment (dropping deleted terms) and fold the WAL into the file."""
    vault.purge_search_index()
