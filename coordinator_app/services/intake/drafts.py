"""Unfinished intakes (drafts), kept inside the encrypted vault as IntakeDraft rows.

The wizard saves the whole `IntakeState` (its JSON form) on every page change and before a lock,
so an interrupted intake resumes exactly where it stopped. Drafts older than the setting
`draft_max_age_days` (default 30) are offered for deletion. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.db.models import IntakeDraft, utcnow
from coordinator_app.db.vault import Vault
from coordinator_app.domain.intake.state import IntakeState
from coordinator_app.errors import NotFound
from coordinator_app.services import audit
from coordinator_app.services.settings import settings


@dataclass(frozen=True)
class DraftInfo:
    """One draft in the list to resume: where it stopped and a short, recognisable label."""

    id: int
    step: str
    created_at: dt.datetime
    updated_at: dt.datetime
    case_id: int | None
    received_on: dt.date | None
    person: str            # name or alias; "" when anonymous or not filled in yet
    anonymous: bool
    signal_excerpt: str    # the first words of the signal


def _info(draft: IntakeDraft) -> DraftInfo:
    state = IntakeState.from_dict(draft.state)
    p = state.person
    name = " ".join(x for x in (p.first_name.strip(), p.last_name.strip()) if x) or p.alias.strip()
    words = " ".join(state.signal.text.split())
    excerpt = words if len(words) <= 80 else words[:79].rsplit(" ", 1)[0] + "…"
    return DraftInfo(draft.id, draft.step, draft.created_at, draft.updated_at, draft.case_id,
                     state.signal.received_on, name, p.anonymous, excerpt)


def save_draft(vault: Vault, state: IntakeState, draft_id: int | None = None) -> int:
    """Save the state (encrypted, inside the vault); returns the draft id (a new one when `draft_id`
    is None or no longer exists)."""
    data = state.to_dict()
    with vault.write() as session:
        draft = session.get(IntakeDraft, draft_id) if draft_id is not None else None
        if draft is None:
            draft = IntakeDraft(step=state.current_step, state=data, case_id=state.case_id)
            session.add(draft)
        else:
            draft.step, draft.state, draft.case_id = state.current_step, data, state.case_id
            draft.updated_at = utcnow()
        session.flush()
        return draft.id


def load_draft(vault: Vault, draft_id: int) -> IntakeState:
    with vault.read() as session:
        draft = session.get(IntakeDraft, draft_id)
        if draft is None:
            raise NotFound(kind="concept")
        return IntakeState.from_dict(draft.state)


def list_drafts(vault: Vault) -> list[DraftInfo]:
    """Every draft, most recently changed first."""
    with vault.read() as session:
        drafts = session.scalars(select(IntakeDraft).order_by(IntakeDraft.updated_at.desc(), IntakeDraft.id.desc()))
        return [_info(d) for d in drafts]


def delete_draft(vault: Vault, draft_id: int) -> None:
    """Delete a draft (it holds personal data) and audit that, with the draft id only, never content."""
    with vault.write() as session:
        draft = session.get(IntakeDraft, draft_id)
        if draft is not None:
            session.delete(draft)
            audit.record(session, "intake_draft_deleted", "intake_draft", draft_id, case_id=draft.case_id)


def stale_drafts(vault: Vault, days: int | None = None, now: dt.datetime | None = None) -> list[DraftInfo]:
    """Drafts not changed for more than `days` days (default: the setting draft_max_age_days)."""
    limit = days if days is not None else int(settings.get(vault, "draft_max_age_days"))
    cutoff = (now or utcnow()) - dt.timedelta(days=limit)
    return [d for d in list_drafts(vault) if d.updated_at < cutoff]
