"""Daily work in a case: journal entries (newest first) and tasks (done/undone). Qt-free."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.db.models import JournalEntry, Task
from coordinator_app.db.vault import Vault
from coordinator_app.domain.validation import MAX_LONG_TEXT, Errors, check_date, clean_text, present, raise_if
from coordinator_app.errors import NotFound
from coordinator_app.services import audit
from coordinator_app.services.cases import store

# --- journal ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JournalInput:
    """A journal note as typed: its text and day (a date or the text of a date field)."""

    text: str
    on: dt.date | str | None


@dataclass(frozen=True, slots=True)
class JournalLine:
    id: int
    case_id: int
    on: dt.date
    text: str

    def as_input(self) -> JournalInput:
        return JournalInput(self.text, self.on)


def list_journal(vault: Vault, case_id: int) -> list[JournalLine]:
    """Journal entries, newest first."""
    with vault.read() as session:
        query = (select(JournalEntry).where(JournalEntry.case_id == case_id)
                 .order_by(JournalEntry.on.desc(), JournalEntry.id.desc()))
        return [JournalLine(e.id, e.case_id, e.on, e.text) for e in session.scalars(query)]


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


@dataclass(frozen=True, slots=True)
class TaskInput:
    """A task as the form gives it. `done_on` only when a deleted task that was done is added back."""

    title: str | None
    due_on: dt.date | str | None = None
    remind_days_before: int = 0
    note: str | None = None
    done_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class TaskRow:
    id: int
    case_id: int | None
    title: str
    kind: str | None  # follow-up code from the route, or None
    due_on: dt.date | None
    remind_days_before: int
    done_on: dt.date | None
    note: str | None

    def as_input(self) -> TaskInput:
        return TaskInput(self.title, self.due_on, self.remind_days_before, self.note, self.done_on)


def list_tasks(vault: Vault, case_id: int) -> list[TaskRow]:
    """Open tasks first (earliest due first, no due date last), then done ones (latest first)."""
    with vault.read() as session:
        rows = [TaskRow(t.id, t.case_id, t.title, t.kind, t.due_on, t.remind_days_before, t.done_on, t.note)
                for t in session.scalars(select(Task).where(Task.case_id == case_id))]
    open_ = sorted((r for r in rows if r.done_on is None), key=lambda r: (r.due_on or dt.date.max, r.id))
    done = sorted((r for r in rows if r.done_on is not None), key=lambda r: (r.done_on or dt.date.min, r.id),
                  reverse=True)
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


def update_task(vault: Vault, case_id: int, task_id: int, data: TaskInput) -> None:
    """Change title, due_on, remind_days_before and note of a task (its `done_on` is set by set_task_done)."""
    errors: Errors = {}
    title = clean_text(errors, "title", data.title, required=True)
    due = check_date(errors, "due_on", data.due_on, not_future=False)
    note = clean_text(errors, "note", data.note, maximum=MAX_LONG_TEXT)
    remind = data.remind_days_before or 0
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
