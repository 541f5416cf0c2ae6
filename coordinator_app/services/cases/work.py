"""Daily work in a case: journal entries (newest first) and tasks (done/undone). Qt-free."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.db.models import JournalEntry, Task
from coordinator_app.db.vault import Vault
from coordinator_app.domain.validation import MAX_LONG_TEXT, Errors, check_date, clean_text, present, raise_if
from coordinator_app.errors import NotFound
from coordinator_app.services import audit
from coordinator_app.services.cases import store


def _row(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in type(obj).__table__.columns}


# --- journal ---------------------------------------------------------------------------------------


def list_journal(vault: Vault, case_id: int) -> list[dict[str, Any]]:
    """Journal entries, newest first."""
    with vault.read() as session:
        query = (select(JournalEntry).where(JournalEntry.case_id == case_id)
                 .order_by(JournalEntry.on.desc(), JournalEntry.id.desc()))
        return [_row(e) for e in session.scalars(query)]


def add_journal(vault: Vault, case_id: int, text: str, on: dt.date | str | None = None) -> int:
    return store.add_journal_entry(vault, case_id, text, on)


def update_journal(vault: Vault, case_id: int, entry_id: int, text: str, on: dt.date | str | None) -> None:
    errors: Errors = {}
    body = clean_text(errors, "text", text, required=True, maximum=MAX_LONG_TEXT)
    day = check_date(errors, "on", on, required=True)
    raise_if(errors)
    with vault.write() as session:
        entry = session.get(JournalEntry, entry_id)
        if entry is None or entry.case_id != case_id:
            raise NotFound(kind="journaalregel")
        entry.text, entry.on = present(body, "text"), present(day, "on")
        audit.record(session, "case_updated", "journal", entry_id, case_id=case_id)


def delete_journal(vault: Vault, case_id: int, entry_id: int) -> None:
    with vault.write() as session:
        entry = session.get(JournalEntry, entry_id)
        if entry is None or entry.case_id != case_id:
            raise NotFound(kind="journaalregel")
        session.delete(entry)
        audit.record(session, "case_updated", "journal", entry_id, case_id=case_id)


# --- tasks -----------------------------------------------------------------------------------------


def list_tasks(vault: Vault, case_id: int) -> list[dict[str, Any]]:
    """Open tasks first (earliest due first, no due date last), then done ones (latest first)."""
    with vault.read() as session:
        rows = [_row(t) for t in session.scalars(select(Task).where(Task.case_id == case_id))]
    open_ = sorted((r for r in rows if r["done_on"] is None), key=lambda r: (r["due_on"] or dt.date.max, r["id"]))
    done = sorted((r for r in rows if r["done_on"] is not None), key=lambda r: (r["done_on"], r["id"]), reverse=True)
    return open_ + done


def add_task(vault: Vault, case_id: int, title: str, due_on: dt.date | str | None, *,
             remind_days_before: int = 0, note: str | None = None) -> int:
    task_id = store.add_task(vault, case_id, title, due_on, note=note)
    if remind_days_before:
        with vault.write() as session:
            task = session.get(Task, task_id)
            assert task is not None
            task.remind_days_before = max(0, int(remind_days_before))
    return task_id


def update_task(vault: Vault, case_id: int, task_id: int, data: dict[str, Any]) -> None:
    """Change title, due_on, remind_days_before and note of a task."""
    errors: Errors = {}
    title = clean_text(errors, "title", data.get("title"), required=True)
    due = check_date(errors, "due_on", data.get("due_on"), not_future=False)
    note = clean_text(errors, "note", data.get("note"), maximum=MAX_LONG_TEXT)
    remind = data.get("remind_days_before") or 0
    if not isinstance(remind, int) or not 0 <= remind <= 365:
        errors["remind_days_before"] = "invalid_number"
    raise_if(errors)
    with vault.write() as session:
        task = _task(session, case_id, task_id)
        task.title, task.due_on, task.note, task.remind_days_before = present(title, "title"), due, note, remind
        audit.record(session, "case_updated", "task", task_id, case_id=case_id)


def _task(session: Session, case_id: int, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None or task.case_id != case_id:
        raise NotFound(kind="taak")
    return task


def set_task_done(vault: Vault, case_id: int, task_id: int, done: bool, on: dt.date | None = None) -> None:
    with vault.write() as session:
        task = _task(session, case_id, task_id)
        task.done_on = (on or dt.date.today()) if done else None
        audit.record(session, "case_updated", "task", task_id, case_id=case_id, detail="done" if done else "open")


def delete_task(vault: Vault, case_id: int, task_id: int) -> None:
    with vault.write() as session:
        session.delete(_task(session, case_id, task_id))
        audit.record(session, "case_updated", "task", task_id, case_id=case_id)


def open_task_count(vault: Vault, case_id: int) -> int:
    with vault.read() as session:
        return session.scalar(select(func.count(Task.id)).where(Task.case_id == case_id, Task.done_on.is_(None))) or 0
