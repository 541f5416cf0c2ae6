"""What the case detail tabs need: milestones (route), consents, indicators, the timeline and the overview.

Journal entries and tasks live in `work.py`, involvements in `involvements.py`. Every function
opens its own session, checks its input (message codes per field, in Dutch through
the catalogues messages*.po) and records an audit event without personal data. What goes in and comes out
are frozen dataclasses defined here (`MilestoneInput` in, `MilestoneRow` out, ...), never ORM rows or
dictionaries. Dates in an input may be dates or the text typed in a date field; the service checks them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.codes import code_list
from coordinator_app.db.models import (
    Case,
    CaseIndicator,
    Consent,
    Contact,
    Document,
    Involvement,
    JournalEntry,
    Milestone,
    Organisation,
    Person,
    Task,
)
from coordinator_app.db.vault import Vault
from coordinator_app.domain.dates import add_months
from coordinator_app.domain.intake.content import intake_content
from coordinator_app.domain.validation import (
    MAX_LONG_TEXT,
    Errors,
    check_code,
    check_date,
    clean_text,
    parse_date,
    raise_if,
)
from coordinator_app.errors import NotFound
from coordinator_app.services import audit
from coordinator_app.services.cases import store, work
from coordinator_app.services.settings import settings


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(kind="dossier")
    return case


Row = TypeVar("Row", Milestone, Consent, CaseIndicator)


def _owned(session: Session, model: type[Row], item_id: int, case_id: int | None = None) -> Row:
    obj = session.get(model, item_id)
    if obj is None or (case_id is not None and obj.case_id != case_id):
        raise NotFound(kind="onderdeel")
    return obj



def _upsert(session: Session, model: type[Row], item_id: int | None, case_id: int, values: dict[str, Any]) -> Row:
    """Add a new row of `model` to the case, or change the case's row `item_id`; flushed (it has an id)."""
    if item_id is None:
        obj = model(case_id=case_id, **values)
        session.add(obj)
    else:
        obj = _owned(session, model, item_id, case_id)
        for key, value in values.items():
            setattr(obj, key, value)
    session.flush()
    return obj


def _changed(session: Session, kind: str, obj_id: int, case_id: int) -> None:
    audit.record(session, "case_updated", kind, obj_id, case_id=case_id)


# --- milestones (the route) ------------------------------------------------------------------------


def reflection_end(start: dt.date | None, months: int = 3) -> dt.date | None:
    """End of the B8 reflection period: start + `months` (setting `reflection_period_months`)."""
    return add_months(start, months) if start else None


@dataclass(frozen=True, slots=True)
class MilestoneInput:
    """A milestone as the form gives it (or as it was, to undo a change)."""

    kind: str | None
    status: str | None = None  # None: done
    on: dt.date | str | None = None
    shelter_type: str | None = None
    organisation_id: int | None = None
    contact_id: int | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class MilestoneRow:
    """A stored milestone, with `end_on` (the reflection period's end) and who was involved."""

    id: int
    case_id: int
    kind: str
    status: str
    on: dt.date | None
    shelter_type: str | None
    organisation_id: int | None
    contact_id: int | None
    note: str | None
    end_on: dt.date | None
    who: str

    def as_input(self) -> MilestoneInput:
        return MilestoneInput(self.kind, self.status, self.on, self.shelter_type, self.organisation_id,
                              self.contact_id, self.note)


def _check_milestone(data: MilestoneInput) -> dict[str, Any]:
    errors: Errors = {}
    kind = check_code(errors, "kind", "milestone", data.kind)
    status = check_code(errors, "status", "milestone_status", data.status or "done")
    on = check_date(errors, "on", data.on, not_future=status == "done")
    if status == "done" and on is None and "on" not in errors:
        errors["on"] = "required"
    shelter = check_code(errors, "shelter_type", "shelter_type", data.shelter_type or None,
                         required=kind == "shelter" and status == "done")
    note = clean_text(errors, "note", data.note, maximum=MAX_LONG_TEXT)
    raise_if(errors)
    return {
        "kind": kind, "status": status, "on": on, "shelter_type": shelter if kind == "shelter" else None,
        "organisation_id": data.organisation_id or None, "contact_id": data.contact_id or None,
        "note": note,
    }


def list_milestones(vault: Vault, case_id: int) -> list[MilestoneRow]:
    """Milestones in route order, each with `end_on` (the reflection period's end) and who was involved."""
    order = {c: i for i, c in enumerate(code_list("milestone").codes)}
    with vault.read() as session:
        months = int(settings.get_in(session, "reflection_period_months"))
        rows = [
            MilestoneRow(
                m.id, m.case_id, m.kind, m.status, m.on, m.shelter_type, m.organisation_id, m.contact_id, m.note,
                end_on=reflection_end(m.on, months) if m.kind == "reflection_period" else None,
                who=_who(session, m.organisation_id, m.contact_id),
            )
            for m in session.scalars(select(Milestone).where(Milestone.case_id == case_id))
        ]
    return sorted(rows, key=lambda r: (order.get(r.kind, 99), r.on or dt.date.max, r.id))


def _who(session: Session, org_id: int | None, contact_id: int | None) -> str:
    parts = []
    if contact_id and (c := session.get(Contact, contact_id)):
        parts.append(c.display_name)
    if org_id and (o := session.get(Organisation, org_id)):
        parts.append(o.name)
    return " – ".join(parts)


def save_milestone(vault: Vault, case_id: int, data: MilestoneInput, milestone_id: int | None = None) -> int:
    """Add (milestone_id None) or change a milestone."""
    values = _check_milestone(data)
    with vault.write() as session:
        _case(session, case_id)
        m = _upsert(session, Milestone, milestone_id, case_id, values)
        if values["kind"] == "reflection_period" and values["status"] == "done" and values["on"]:
            _reflection_reminder(session, case_id, values["on"])
        _changed(session, "milestone", m.id, case_id)
        return m.id


REFLECTION_TASK = "reflection_end"


def _reflection_reminder(session: Session, case_id: int, start: dt.date) -> None:
    """Keep one open task "reflection period ends" due on the end date, reminded N days before."""
    end = reflection_end(start, int(settings.get_in(session, "reflection_period_months")))
    remind = int(settings.get_in(session, "reflection_reminder_days"))
    task = session.scalar(select(Task).where(Task.case_id == case_id, Task.kind == REFLECTION_TASK))
    if task is None:
        session.add(Task(case_id=case_id, kind=REFLECTION_TASK, title="Bedenktijd loopt af", due_on=end,
                         remind_days_before=remind))
    elif task.done_on is None:
        task.due_on = end


def delete_milestone(vault: Vault, case_id: int, milestone_id: int) -> None:
    with vault.write() as session:
        session.delete(_owned(session, Milestone, milestone_id, case_id))
        _changed(session, "milestone", milestone_id, case_id)


@dataclass(frozen=True)
class TimelineStep:
    kind: str
    state: str  # done | planned | declined | not_applicable | todo
    on: dt.date | None
    end_on: dt.date | None  # reflection period only


def timeline(vault: Vault, case_id: int) -> list[TimelineStep]:
    """One step per route milestone (code list order): done, planned, … or still to do."""
    latest: dict[str, MilestoneRow] = {}
    for m in list_milestones(vault, case_id):
        if m.kind not in latest or m.status == "done":
            latest[m.kind] = m
    steps = []
    for kind in code_list("milestone").codes:
        last = latest.get(kind)
        steps.append(TimelineStep(kind, last.status if last else "todo", last.on if last else None,
                                  last.end_on if last else None))
    return steps


# --- consents --------------------------------------------------------------------------------------


def _years_between(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def person_age(person: Person | None, case: Case, on: dt.date) -> int | None:
    """The person's age on a date: from the date of birth, else from the estimated age at the signal."""
    if person is None:
        return None
    if person.date_of_birth:
        return _years_between(person.date_of_birth, on)
    if person.estimated_age is not None:
        return person.estimated_age + max(0, _years_between(case.signal_received_on, on))
    return None


@dataclass(frozen=True, slots=True)
class ConsentInput:
    """A consent record as the form gives it: with consent who signed and when, else the legal ground."""

    purpose: str | None
    given: bool = False
    given_on: dt.date | str | None = None
    signed_by: str | None = None
    written: bool = False
    legal_ground: str | None = None
    partners: tuple[int, ...] = ()  # organisation ids it covers
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ConsentRow:
    id: int
    case_id: int
    purpose: str
    given: bool
    given_on: dt.date | None
    signed_by: str | None
    written: bool
    legal_ground: str | None
    partners: tuple[int, ...]
    note: str | None

    def as_input(self) -> ConsentInput:
        return ConsentInput(self.purpose, self.given, self.given_on, self.signed_by, self.written,
                            self.legal_ground, self.partners, self.note)


def check_consent(data: ConsentInput, age: int | None) -> dict[str, Any]:
    """Consent rules: with consent, who signed (16+ the person, under 16 a parent or guardian) and when,
    in writing for a CoMensha registration; without consent, the legal ground (code list `legal_ground`).
    The checked values, by column."""
    errors: Errors = {}
    purpose = check_code(errors, "purpose", "consent_purpose", data.purpose)
    given = bool(data.given)
    on = check_date(errors, "given_on", data.given_on, required=given)
    signer = ground = None
    if given:
        signer = check_code(errors, "signed_by", "consent_signer", data.signed_by or None)
        if purpose == "comensha_registration" and not data.written:
            errors["written"] = "consent_written_required"  # prior written consent (docs/DOMAIN.md §3.6)
        if signer and age is not None:
            if age >= 16 and signer != "person":
                errors["signed_by"] = "consent_signer_16plus"
            elif age < 16 and signer == "person":
                errors["signed_by"] = "consent_signer_under16"
    else:
        ground = data.legal_ground or None
        if ground is None:
            errors["legal_ground"] = "legal_ground_required"
        else:
            ground = check_code(errors, "legal_ground", "legal_ground", ground)
    note = clean_text(errors, "note", data.note, maximum=MAX_LONG_TEXT)
    raise_if(errors)
    partners = [int(p) for p in data.partners]
    return {
        "purpose": purpose, "given": given, "given_on": on, "signed_by": signer, "legal_ground": ground,
        "written": bool(data.written) if given else False, "partners": partners, "note": note,
    }


def list_consents(vault: Vault, case_id: int) -> list[ConsentRow]:
    with vault.read() as session:
        query = select(Consent).where(Consent.case_id == case_id).order_by(Consent.id)
        return [
            ConsentRow(c.id, c.case_id, c.purpose, c.given, c.given_on, c.signed_by, c.written, c.legal_ground,
                       tuple(c.partners or ()), c.note)
            for c in session.scalars(query)
        ]


def save_consent(vault: Vault, case_id: int, data: ConsentInput, consent_id: int | None = None) -> int:
    """Add or change a consent record."""
    with vault.write() as session:
        case = _case(session, case_id)
        person = session.scalar(select(Person).where(Person.case_id == case_id))
        on = data.given_on
        try:
            day = parse_date(on) or dt.date.today()
        except ValueError:
            day = dt.date.today()
        values = check_consent(data, person_age(person, case, day))
        consent = _upsert(session, Consent, consent_id, case_id, values)
        _changed(session, "consent", consent.id, case_id)
        return consent.id


def delete_consent(vault: Vault, case_id: int, consent_id: int) -> None:
    with vault.write() as session:
        session.delete(_owned(session, Consent, consent_id, case_id))
        _changed(session, "consent", consent_id, case_id)


# --- indicators ------------------------------------------------------------------------------------


def indicator_choices(lang: str = "nl") -> list[tuple[str, str, str]]:
    """(code, group title, text) of every indicator in resources/indicators.toml, in file order."""
    content = intake_content()
    groups = {g.code: g.title.get(lang) for g in content.indicator_groups}
    return [(i.code, groups.get(i.group, i.group), i.text.get(lang)) for i in content.indicators]


def indicator_text(code: str, lang: str = "nl") -> str:
    """The indicator's text; codes written as `general_*` (older demo data) are read as `gen_*`."""
    content = intake_content()
    found = content.indicator(code)
    if found is None and code.startswith("general_"):
        found = content.indicator("gen_" + code.removeprefix("general_"))
    return found.text.get(lang) if found else code


@dataclass(frozen=True, slots=True)
class IndicatorInput:
    """An indicator seen: its code, kind (fact | observation | interpretation; None: observation), source."""

    indicator_code: str | None
    kind: str | None = None
    source: str | None = None
    note: str | None = None
    recorded_on: dt.date | str | None = None  # None: today


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    id: int
    case_id: int
    indicator_code: str
    kind: str
    source: str | None
    note: str | None
    recorded_on: dt.date | None
    text: str  # the indicator's text in the language asked for

    def as_input(self) -> IndicatorInput:
        return IndicatorInput(self.indicator_code, self.kind, self.source, self.note, self.recorded_on)


def list_indicators(vault: Vault, case_id: int, lang: str = "nl") -> list[IndicatorRow]:
    with vault.read() as session:
        query = select(CaseIndicator).where(CaseIndicator.case_id == case_id).order_by(CaseIndicator.id)
        return [
            IndicatorRow(i.id, i.case_id, i.indicator_code, i.kind, i.source, i.note, i.recorded_on,
                         indicator_text(i.indicator_code, lang))
            for i in session.scalars(query)
        ]


def save_indicator(vault: Vault, case_id: int, data: IndicatorInput, indicator_id: int | None = None) -> int:
    """Add or change an indicator seen."""
    errors: Errors = {}
    code = data.indicator_code
    if not code:
        errors["indicator_code"] = "required"
    elif intake_content().indicator(code) is None:
        errors["indicator_code"] = "invalid_code"
    kind = data.kind or "observation"
    if kind not in ("fact", "observation", "interpretation"):
        errors["kind"] = "invalid_code"
    values = {
        "indicator_code": code, "kind": kind,
        "source": clean_text(errors, "source", data.source),
        "note": clean_text(errors, "note", data.note, maximum=MAX_LONG_TEXT),
        "recorded_on": check_date(errors, "recorded_on", data.recorded_on or dt.date.today()),
    }
    raise_if(errors)
    with vault.write() as session:
        _case(session, case_id)
        ind = _upsert(session, CaseIndicator, indicator_id, case_id, values)
        _changed(session, "indicator", ind.id, case_id)
        return ind.id


def delete_indicator(vault: Vault, case_id: int, indicator_id: int) -> None:
    with vault.write() as session:
        session.delete(_owned(session, CaseIndicator, indicator_id, case_id))
        _changed(session, "indicator", indicator_id, case_id)


# --- overview --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Overview:
    record: store.CaseRecord
    timeline: list[TimelineStep]
    next_tasks: list[work.TaskRow]
    reflection_end: dt.date | None
    counts: dict[str, int]


def overview(vault: Vault, case_id: int) -> Overview:
    """Everything the Overzicht tab shows, in one call."""
    record = store.get_case(vault, case_id)
    steps = timeline(vault, case_id)
    tasks = [t for t in work.list_tasks(vault, case_id) if t.done_on is None][:5]
    refl = next((s.end_on for s in steps if s.kind == "reflection_period" and s.state == "done"), None)
    with vault.read() as session:
        counts = {
            "journal": session.scalar(select(func.count(JournalEntry.id)).where(JournalEntry.case_id == case_id)) or 0,
            "documents": session.scalar(select(func.count(Document.id)).where(Document.case_id == case_id)) or 0,
            "involvements": session.scalar(
                select(func.count(Involvement.id)).where(Involvement.case_id == case_id)) or 0,
        }
    return Overview(record, steps, tasks, refl, counts)


__all__ = [
    "ConsentInput", "ConsentRow", "IndicatorInput", "IndicatorRow", "MilestoneInput", "MilestoneRow", "Overview",
    "TimelineStep", "check_consent", "delete_consent", "delete_indicator", "delete_milestone",
    "indicator_choices", "indicator_text", "list_consents", "list_indicators", "list_milestones", "overview",
    "person_age", "reflection_end", "save_consent", "save_indicator", "save_milestone", "timeline",
]
