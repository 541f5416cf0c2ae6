"""Network work (deskundigheidsbevordering): training and awareness sessions given to partners, and
contact moments with the network outside a case. Counts per period feed the quarterly report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from coordinator_app.db.models import (
    Contact,
    ContactMoment,
    Organisation,
    TrainingSession,
    TrainingSessionOrganisation,
)
from coordinator_app.db.vault import Vault
from coordinator_app.domain.validation import MAX_LONG_TEXT, Errors, check_date, clean_text, raise_if
from coordinator_app.errors import NotFound
from coordinator_app.services import audit

MOMENT_KINDS = ("meeting", "phone", "email", "visit", "network_meeting", "other")


@dataclass
class TrainingInput:
    held_on: dt.date | str | None
    topic: str
    participants: int | str = 0
    organisation_ids: list[int] = field(default_factory=list)
    notes: str | None = None


@dataclass(frozen=True)
class TrainingRow:
    id: int
    held_on: dt.date
    topic: str
    participants: int
    organisation_ids: tuple[int, ...]
    organisation_names: tuple[str, ...]
    notes: str | None


@dataclass
class MomentInput:
    on: dt.date | str | None
    kind: str = "meeting"
    organisation_id: int | None = None
    contact_id: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class MomentRow:
    id: int
    on: dt.date
    kind: str
    organisation_id: int | None
    organisation_name: str
    contact_id: int | None
    contact_name: str
    note: str | None


def _not_too_far_ahead(errors: Errors, field: str, value: dt.date | None, today: dt.date | None = None) -> None:
    """A planned training or contact moment may lie ahead, but not more than a year (2099 is a typo)."""
    day = today or dt.date.today()
    try:
        limit = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        limit = day.replace(year=day.year + 1, day=28)
    if value is not None and field not in errors and value > limit:
        errors[field] = "date_too_far_ahead"


def _validate_training(session: Session, data: TrainingInput) -> dict[str, Any]:
    errors: Errors = {}
    v: dict[str, Any] = {
        "held_on": check_date(errors, "held_on", data.held_on, required=True, not_future=False),
        "topic": clean_text(errors, "topic", data.topic, required=True),
        "notes": clean_text(errors, "notes", data.notes, maximum=MAX_LONG_TEXT),
    }
    _not_too_far_ahead(errors, "held_on", v["held_on"])
    try:
        v["participants"] = int(data.participants or 0)
        if not 0 <= v["participants"] <= 100_000:
            raise ValueError
    except (TypeError, ValueError):
        errors["participants"] = "invalid_number"
    ids = list(dict.fromkeys(int(i) for i in data.organisation_ids))
    if ids and len(session.scalars(select(Organisation.id).where(Organisation.id.in_(ids))).all()) != len(ids):
        errors["organisation_ids"] = "invalid_code"
    v["organisation_ids"] = ids
    raise_if(errors)
    return v


def _set_orgs(session: Session, session_id: int, ids: list[int]) -> None:
    session.execute(delete(TrainingSessionOrganisation).where(TrainingSessionOrganisation.session_id == session_id))
    session.add_all(TrainingSessionOrganisation(session_id=session_id, organisation_id=i) for i in ids)


def add_training(vault: Vault, data: TrainingInput) -> int:
    with vault.write() as session:
        v = _validate_training(session, data)
        ids = v.pop("organisation_ids")
        row = TrainingSession(**v)
        session.add(row)
        session.flush()
        _set_orgs(session, row.id, ids)
        audit.record(session, "network_work_changed", "training", row.id, detail="added")
        return row.id


def update_training(vault: Vault, training_id: int, data: TrainingInput) -> None:
    with vault.write() as session:
        row = session.get(TrainingSession, training_id)
        if row is None:
            raise NotFound(kind="bijeenkomst")
        v = _validate_training(session, data)
        _set_orgs(session, training_id, v.pop("organisation_ids"))
        for key, value in v.items():
            setattr(row, key, value)
        audit.record(session, "network_work_changed", "training", training_id, detail="updated")


def delete_training(vault: Vault, training_id: int) -> None:
    with vault.write() as session:
        row = session.get(TrainingSession, training_id)
        if row is None:
            raise NotFound(kind="bijeenkomst")
        session.delete(row)
        audit.record(session, "network_work_changed", "training", training_id, detail="deleted")


def list_trainings(vault: Vault, first_day: dt.date | None = None, last_day: dt.date | None = None
                   ) -> list[TrainingRow]:
    """Training sessions, newest first, optionally within [first_day, last_day]."""
    q = select(TrainingSession).options(selectinload(TrainingSession.organisations))
    if first_day:
        q = q.where(TrainingSession.held_on >= first_day)
    if last_day:
        q = q.where(TrainingSession.held_on <= last_day)
    with vault.read() as session:
        rows = session.scalars(q.order_by(TrainingSession.held_on.desc(), TrainingSession.id.desc())).all()
        return [TrainingRow(r.id, r.held_on, r.topic, r.participants,
                            tuple(o.id for o in r.organisations), tuple(o.name for o in r.organisations), r.notes)
                for r in rows]


def _validate_moment(session: Session, data: MomentInput) -> dict[str, Any]:
    errors: Errors = {}
    v: dict[str, Any] = {
        "on": check_date(errors, "on", data.on, required=True, not_future=False),
        "kind": data.kind if data.kind in MOMENT_KINDS else None,
        "note": clean_text(errors, "note", data.note, maximum=MAX_LONG_TEXT),
        "organisation_id": data.organisation_id, "contact_id": data.contact_id,
    }
    _not_too_far_ahead(errors, "on", v["on"])
    if v["kind"] is None:
        errors["kind"] = "invalid_code"
    if data.organisation_id is not None and session.get(Organisation, data.organisation_id) is None:
        errors["organisation_id"] = "invalid_code"
    if data.contact_id is not None:
        contact = session.get(Contact, data.contact_id)
        if contact is None:
            errors["contact_id"] = "invalid_code"
        elif v["organisation_id"] is None:
            v["organisation_id"] = contact.organisation_id
    if data.organisation_id is None and data.contact_id is None:
        errors["contact_id"] = "required"
    raise_if(errors)
    return v


def add_moment(vault: Vault, data: MomentInput) -> int:
    with vault.write() as session:
        row = ContactMoment(**_validate_moment(session, data))
        session.add(row)
        session.flush()
        if row.contact_id is not None:  # keep the contact's "last contact" date up to date
            contact = session.get(Contact, row.contact_id)
            if contact is not None and (contact.last_contact_on is None or contact.last_contact_on < row.on):
                contact.last_contact_on = row.on
        audit.record(session, "network_work_changed", "contact_moment", row.id, detail="added")
        return row.id


def delete_moment(vault: Vault, moment_id: int) -> None:
    with vault.write() as session:
        row = session.get(ContactMoment, moment_id)
        if row is None:
            raise NotFound(kind="contactmoment")
        session.delete(row)
        audit.record(session, "network_work_changed", "contact_moment", moment_id, detail="deleted")


def list_moments(vault: Vault, *, contact_id: int | None = None, organisation_id: int | None = None,
                 limit: int = 1000) -> list[MomentRow]:
    q = select(ContactMoment, Organisation.name, Contact).outerjoin(
        Organisation, Organisation.id == ContactMoment.organisation_id
    ).outerjoin(Contact, Contact.id == ContactMoment.contact_id)
    if contact_id is not None:
        q = q.where(ContactMoment.contact_id == contact_id)
    if organisation_id is not None:
        q = q.where(ContactMoment.organisation_id == organisation_id)
    with vault.read() as session:
        rows = session.execute(q.order_by(ContactMoment.on.desc(), ContactMoment.id.desc()).limit(limit)).all()
        return [MomentRow(m.id, m.on, m.kind, m.organisation_id, org or "", m.contact_id,
                          c.display_name if c else "", m.note) for m, org, c in rows]


def network_counts(vault: Vault, first_day: dt.date, last_day: dt.date) -> dict[str, int]:
    """Network work in [first_day, last_day] (inclusive): training sessions given, their participants, and
    the distinct organisations reached by a training session or a contact moment."""
    with vault.read() as session:
        sessions, participants = session.execute(
            select(func.count(TrainingSession.id), func.coalesce(func.sum(TrainingSession.participants), 0))
            .where(TrainingSession.held_on >= first_day, TrainingSession.held_on <= last_day)
        ).one()
        via_training = set(session.scalars(
            select(TrainingSessionOrganisation.organisation_id)
            .join(TrainingSession, TrainingSession.id == TrainingSessionOrganisation.session_id)
            .where(TrainingSession.held_on >= first_day, TrainingSession.held_on <= last_day)
        ))
        via_moments = set(session.scalars(
            select(ContactMoment.organisation_id)
            .where(ContactMoment.on >= first_day, ContactMoment.on <= last_day,
                   ContactMoment.organisation_id.is_not(None))
        ))
    return {
        "training_sessions": int(sessions),
        "training_participants": int(participants),
        "organisations_reached": len(via_training | via_moments),
    }
