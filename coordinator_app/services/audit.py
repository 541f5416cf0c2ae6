"""The audit log writer and reader. Events carry no personal data: an event code, object kind and id."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.db.models import AuditEvent
from coordinator_app.db.vault import Vault

EVENTS = (
    "vault_created", "unlock", "unlock_failed", "lock", "passphrase_changed", "recovery_code_renewed",
    "data_key_rotated", "case_created", "case_updated", "case_status_changed", "case_reopened", "case_deleted",
    "case_imported", "contact_created", "contact_updated", "contact_deleted", "contacts_merged",
    "contacts_imported", "contacts_exported", "organisation_created", "organisation_updated",
    "organisation_deleted", "letter_created", "letter_printed", "letter_saved", "document_added",
    "document_deleted", "document_saved", "export_quarterly", "backup_created", "backup_verified",
    "backup_restored", "intake_completed", "demo_created", "settings_changed", "check_run", "network_work_changed",
    "backup_failed", "backup_verify_failed", "document_printed", "intake_draft_deleted", "rollback_accepted",
    "case_exported", "signal_joined", "cases_merged",
)


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    event: str
    object_kind: str | None
    object_id: int | None
    case_id: int | None
    detail: str | None


def record(
    session: Session,
    event: str,
    object_kind: str | None = None,
    object_id: int | None = None,
    *,
    case_id: int | None = None,
    detail: str | None = None,
) -> None:
    """Add an audit event to the session's transaction. `detail` is a code or number, never free text."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    session.add(AuditEvent(event=event, object_kind=object_kind, object_id=object_id, case_id=case_id, detail=detail))


def log(
    vault: Vault,
    event: str,
    object_kind: str | None = None,
    object_id: int | None = None,
    *,
    case_id: int | None = None,
    detail: str | None = None,
) -> None:
    """Record one event in its own write session."""
    with vault.write() as session:
        record(session, event, object_kind, object_id, case_id=case_id, detail=detail)


def events(vault: Vault, *, case_id: int | None = None, limit: int = 500) -> list[AuditRow]:
    with vault.read() as session:
        query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
        if case_id is not None:
            query = query.where(AuditEvent.case_id == case_id)
        return [
            AuditRow(e.at, e.event, e.object_kind, e.object_id, e.case_id, e.detail)
            for e in session.scalars(query)
        ]
