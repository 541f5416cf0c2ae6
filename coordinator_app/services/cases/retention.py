"""Retention review (docs/DOMAIN.md §9): cases past their retention period, and real deletion.

Closed cases older than setting `retention_years_closed` (default 15) after closing, and signals
that never became a case older than `retention_years_signal` (default 5) after the signal, are
proposed; a person decides and confirms with the vault passphrase. Deletion removes every row of
the case (see `cases.delete_cases`) and leaves only an audit event without personal data.
Backups made before the deletion still hold the data until they rotate out: the UI says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from coordinator_app.db.models import Case
from coordinator_app.db.vault import Vault
from coordinator_app.errors import WrongSecret
from coordinator_app.services.cases import store
from coordinator_app.services.settings import settings


@dataclass(frozen=True)
class RetentionItem:
    id: int
    case_number: str
    status: str
    reason: str  # closed | signal
    since: dt.date  # closing date, or the date the signal was received
    due_on: dt.date  # since + retention years


def years_before(day: dt.date, years: int) -> dt.date:
    """`day` minus whole years (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def review_list(vault: Vault, today: dt.date | None = None) -> list[RetentionItem]:
    """Cases past their retention period, oldest first."""
    today = today or dt.date.today()
    with vault.read() as session:
        closed_years = int(settings.get_in(session, "retention_years_closed"))
        signal_years = int(settings.get_in(session, "retention_years_signal"))
        closed_limit = years_before(today, closed_years)
        signal_limit = years_before(today, signal_years)
        query = select(Case.id, Case.case_number, Case.status, Case.closed_on, Case.signal_received_on).where(or_(
            and_(Case.status == "closed", Case.closed_on.is_not(None), Case.closed_on <= closed_limit),
            and_(Case.status == "signal", Case.signal_received_on <= signal_limit),
        ))
        items = []
        for cid, number, status, closed_on, signal_on in session.execute(query):
            if status == "closed" and closed_on is not None:  # the query guarantees both dates it selects on
                items.append(RetentionItem(cid, number, status, "closed", closed_on,
                                           years_before(closed_on, -closed_years)))
            elif signal_on is not None:
                items.append(RetentionItem(cid, number, status, "signal", signal_on,
                                           years_before(signal_on, -signal_years)))
    return sorted(items, key=lambda i: (i.since, i.id))


def delete_reviewed(
    vault: Vault,
    case_ids: list[int],
    passphrase: str,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
) -> int:
    """Delete the chosen cases after the passphrase is confirmed; only cases on the review list.

    Raises WrongSecret (nothing deleted) for a wrong passphrase. Returns how many were deleted.
    """
    try:
        vault.verify_passphrase(passphrase)
    except WrongSecret as exc:
        raise WrongSecret("retention_wrong_passphrase") from exc
    allowed = {item.id for item in review_list(vault, today)}
    chosen = [cid for cid in dict.fromkeys(case_ids) if cid in allowed]
    if not chosen:
        return 0
    return store.delete_cases(vault, chosen, progress=progress)
