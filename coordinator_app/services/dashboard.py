"""What the dashboard shows, as plain data (Qt-free): open cases by status, tasks due today or
overdue, reflection periods (*bedenktijd*) ending soon, intake drafts to resume and the age of the
last good backup. Also used by the status bar (`last_backup_age_days`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from coordinator_app.db.models import AuditEvent, Case, IntakeDraft, Milestone, Task
from coordinator_app.db.vault import Vault
from coordinator_app.domain.dates import add_months
from coordinator_app.services.settings import settings

OPEN_STATUSES = ("signal", "intake", "active")
# A restored vault equals the backup it came from, so the restore counts as a good backup of this state.
BACKUP_EVENTS = ("backup_created", "backup_verified", "backup_restored")
REFLECTION_WINDOW_DAYS = 14
LIST_LIMIT = 50


@dataclass(frozen=True)
class TaskItem:
    task_id: int
    case_id: int | None
    case_number: str | None
    title: str
    due_on: dt.date


@dataclass(frozen=True)
class ReflectionItem:
    case_id: int
    case_number: str
    started_on: dt.date
    ends_on: dt.date


@dataclass(frozen=True)
class DraftItem:
    draft_id: int
    step: str
    updated_at: dt.datetime
    case_id: int | None


@dataclass
class Dashboard:
    today: dt.date
    open_by_status: dict[str, int] = field(default_factory=dict)
    tasks_overdue: list[TaskItem] = field(default_factory=list)
    tasks_today: list[TaskItem] = field(default_factory=list)
    overdue_count: int = 0
    today_count: int = 0
    reflection_ending: list[ReflectionItem] = field(default_factory=list)
    drafts: list[DraftItem] = field(default_factory=list)
    last_backup_days: int | None = None  # None: never backed up
    backup_reminder_days: int = 7
    reflection_window_days: int = REFLECTION_WINDOW_DAYS
    is_demo: bool = False

    @property
    def open_total(self) -> int:
        return sum(self.open_by_status.values())

    @property
    def backup_overdue(self) -> bool:
        return self.last_backup_days is None or self.last_backup_days > self.backup_reminder_days


def open_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(Case.status, func.count(Case.id)).where(Case.status.in_(OPEN_STATUSES)).group_by(Case.status)
    ).all()
    counts = dict.fromkeys(OPEN_STATUSES, 0)
    counts.update({status: int(n) for status, n in rows})
    return counts


def _tasks(session: Session, condition: ColumnElement[bool], limit: int) -> tuple[list[TaskItem], int]:
    base = select(Task, Case.case_number).outerjoin(Case, Task.case_id == Case.id).where(
        Task.done_on.is_(None), Task.due_on.is_not(None), condition
    )
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rows = session.execute(base.order_by(Task.due_on, Task.id).limit(limit)).all()
    items = [TaskItem(t.id, t.case_id, number, t.title, t.due_on) for t, number in rows if t.due_on is not None]
    return items, int(total)


def reflection_periods_ending(
    session: Session, today: dt.date, months: int, window_days: int = REFLECTION_WINDOW_DAYS
) -> list[ReflectionItem]:
    """Open cases whose reflection period (start + `months`) ends between today and today + window."""
    back = add_months(today, -months) or dt.date.min
    earliest_start = max(back, dt.date.min + dt.timedelta(days=3)) - dt.timedelta(days=3)
    rows = session.execute(
        select(Case.id, Case.case_number, Milestone.on)
        .join(Milestone, Milestone.case_id == Case.id)
        .where(
            Milestone.kind == "reflection_period",
            Milestone.on.is_not(None),
            Milestone.on >= earliest_start,
            Milestone.status.in_(("done", "planned")),
            Case.status.in_(OPEN_STATUSES),
        )
    ).all()
    items = []
    for case_id, number, started in rows:
        if started is None:  # excluded by the query
            continue
        ends = add_months(started, months)
        if ends is not None and today <= ends <= today + dt.timedelta(days=window_days):
            items.append(ReflectionItem(case_id, number, started, ends))
    return sorted(items, key=lambda item: (item.ends_on, item.case_number))


def last_backup_in(session: Session) -> dt.datetime | None:
    return session.scalar(select(func.max(AuditEvent.at)).where(AuditEvent.event.in_(BACKUP_EVENTS)))


def last_backup_age_days(vault: Vault, today: dt.date | None = None) -> int | None:
    """Whole days since the last backup that was made or verified; None when there never was one."""
    with vault.read() as session:
        last = last_backup_in(session)
    if last is None:
        return None
    return max(0, ((today or dt.date.today()) - last.date()).days)


def load(vault: Vault, today: dt.date | None = None, limit: int = LIST_LIMIT) -> Dashboard:
    today = today or dt.date.today()
    with vault.read() as session:
        months = int(settings.get_in(session, "reflection_period_months"))
        window = int(settings.get_in(session, "reflection_reminder_days") or REFLECTION_WINDOW_DAYS)
        board = Dashboard(
            today=today,
            open_by_status=open_by_status(session),
            backup_reminder_days=int(settings.get_in(session, "backup_reminder_days")),
            reflection_window_days=window,
            is_demo=bool(settings.get_in(session, "is_demo")),
        )
        board.tasks_overdue, board.overdue_count = _tasks(session, Task.due_on < today, limit)
        board.tasks_today, board.today_count = _tasks(session, Task.due_on == today, limit)
        board.reflection_ending = reflection_periods_ending(session, today, months, window)
        drafts = session.scalars(select(IntakeDraft).order_by(IntakeDraft.updated_at.desc()).limit(limit))
        board.drafts = [DraftItem(d.id, d.step, d.updated_at, d.case_id) for d in drafts]
        last = last_backup_in(session)
    board.last_backup_days = None if last is None else max(0, (today - last.date()).days)
    return board
