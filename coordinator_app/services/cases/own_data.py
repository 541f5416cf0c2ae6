"""The person's own data, complete (inzageverzoek, GDPR art. 15, and art. 20 data portability).

`gather(vault, case_number)` collects everything stored about the person of one case: the case,
the person, other forms of exploitation, indicators, milestones, consents, involvements, journal,
tasks, documents (with their content) and the audit lines of the case. Every stored column of each
row is kept exactly: text as stored, dates and times in ISO 8601, booleans, numbers, JSON values as
stored, document bytes in base64. The names of the organisations and contacts the case refers to are
added under "related" so the export can be read without the vault.

`export_case(vault, case_number, fmt, path)` writes the JSON or the readable PDF atomically and
audits the export with the format only (the audit line names the case by its id, never a person).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coordinator_app.atomic import atomic_write_bytes
from coordinator_app.db import models as m
from coordinator_app.db.vault import Vault
from coordinator_app.errors import NotFound, ValidationError, disk_error
from coordinator_app.reports.case_export_pdf import build_case_export
from coordinator_app.services import audit

FORMAT = "coordinator-inzage/1"
FORMATS = ("pdf", "json")
# section key -> (model, order) for the rows that belong to one case
SECTIONS: tuple[tuple[str, type[m.Base]], ...] = (
    ("other_forms", m.CaseForm), ("indicators", m.CaseIndicator), ("milestones", m.Milestone),
    ("consents", m.Consent), ("involvements", m.Involvement), ("journal", m.JournalEntry), ("tasks", m.Task),
    ("documents", m.Document), ("audit", m.AuditEvent),
)


def check_format(fmt: str) -> str:
    kind = (fmt or "").strip().lower()
    if kind not in FORMATS:
        raise ValidationError(code="export_case_format", formats=", ".join(FORMATS))
    return kind


def json_value(value: Any) -> Any:
    """A stored value as JSON, exactly: ISO dates and times, base64 bytes, everything else as is."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def row_dict(obj: Any) -> dict[str, Any]:
    """Every column of a stored row (the table's own column names), nothing left out."""
    out: dict[str, Any] = {}
    for attr in obj.__mapper__.column_attrs:
        out[attr.columns[0].name] = json_value(getattr(obj, attr.key))
    return out


def gather(vault: Vault, case_number: str) -> dict[str, Any]:
    with vault.read() as session:
        case = session.scalar(select(m.Case).where(m.Case.case_number == case_number))
        if case is None:
            raise NotFound(kind="dossier")
        data: dict[str, Any] = {
            "format": FORMAT, "exported_at": json_value(m.utcnow()), "case_number": case.case_number,
            "case": row_dict(case),
        }
        person = session.scalar(select(m.Person).where(m.Person.case_id == case.id))
        data["person"] = row_dict(person) if person is not None else None
        for key, model in SECTIONS:
            table = model.__table__
            order = [table.c[name] for name in ("on", "at", "created_at", "id", "seq", "form") if name in table.c]
            rows = session.scalars(select(model).where(table.c.case_id == case.id).order_by(*order)).all()
            data[key] = [row_dict(r) for r in rows]
        for doc in data["documents"]:
            chunks = session.scalars(select(m.DocumentChunk.data).where(m.DocumentChunk.document_id == doc["id"])
                                     .order_by(m.DocumentChunk.seq)).all()
            doc["content_base64"] = base64.b64encode(b"".join(chunks)).decode("ascii")
        data["related"] = _related(session, data)
    return data


def _related(session: Any, data: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Names of the organisations and contacts the case's rows point to (ids as text keys)."""
    org_ids: set[int] = set()
    contact_ids: set[int] = set()
    rows = [data["case"], *(r for key, _model in SECTIONS for r in data[key])]
    for row in rows:
        for key, value in row.items():
            if value is None:
                continue
            if key.endswith("organisation_id"):
                org_ids.add(value)
            elif key.endswith("contact_id"):
                contact_ids.add(value)
    for consent in data["consents"]:
        org_ids.update(consent.get("partners") or [])
    orgs = {str(o.id): o.name for o in session.scalars(select(m.Organisation).where(m.Organisation.id.in_(org_ids)))}
    found = session.scalars(select(m.Contact).where(m.Contact.id.in_(contact_ids)))
    contacts = {str(c.id): c.display_name for c in found}
    return {"organisations": orgs, "contacts": contacts}


def render(data: dict[str, Any], fmt: str, lang: str = "nl") -> bytes:
    if check_format(fmt) == "json":
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    return build_case_export(data, lang)


def check_target(path: Path | str) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        raise ValidationError(code="export_case_target_folder")
    if not (target.parent if str(target.parent) else Path(".")).is_dir():
        raise ValidationError(code="export_case_folder_missing")
    return target


def export_case(vault: Vault, case_number: str, fmt: str, path: Path | str, lang: str = "nl") -> Path:
    """Write the export file atomically (owner-only permissions) and audit it (format only)."""
    kind = check_format(fmt)
    target = check_target(path)
    data = gather(vault, case_number)
    content = render(data, kind, lang)
    try:
        atomic_write_bytes(target, content)
    except OSError as exc:
        raise disk_error(exc) from exc
    audit.log(vault, "case_exported", "case", data["case"]["id"], case_id=data["case"]["id"], detail=kind)
    return target
