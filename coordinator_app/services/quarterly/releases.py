"""The release history of the quarterly report (table `published_releases`, docs/DISCLOSURE.md).

A quarter once exported is part of what a reader knows. The vault keeps every released table
(published values and marks only, never counts of cases behind a mark) and:

- a new export of a released quarter gives back the stored table (latest version), whatever the
  data say now, unless the coordinator deliberately asks for a correction;
- a correction is a new version of the quarter, computed from the data of now with the threshold
  of the first version, and never splitting a group that an earlier version left whole;
- the trend in the PDF shows the totals of the earlier quarters from their stored releases; an
  earlier quarter without a release is released with it (it is computed by the same method and
  stored when the file is written), so that a later export of that quarter gives the same numbers;
- before anything is written, `disclosure.audit` (an exact integer attack) checks every version of
  every quarter involved; a problem refuses the export.

`plan()` reads only; `record()` stores what a written file released (on the vault worker).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.db.models import PublishedRelease
from coordinator_app.db.vault import Vault
from coordinator_app.domain.disclosure import PublishedTable, audit, protect
from coordinator_app.domain.quarter import Quarter
from coordinator_app.errors import KnownError
from coordinator_app.services.quarterly import counts

TREND_QUARTERS = 4  # the report's trend: this quarter and the three before


class ThresholdLocked(KnownError):
    code = "quarterly_threshold_locked"


class ReleaseUnsafe(KnownError):
    code = "quarterly_release_unsafe"


class ReleaseConflict(KnownError):
    code = "quarterly_release_conflict"


@dataclass(frozen=True)
class Plan:
    """What an export of `published.quarter` would release (nothing stored yet)."""

    published: PublishedTable
    trend: tuple[PublishedTable, ...]  # oldest first, ending with `published`
    new: tuple[PublishedTable, ...]  # tables not yet in the history (stored by `record`)
    earlier_versions: int  # versions of this quarter released before

    @property
    def reused(self) -> bool:
        """True when the export gives back a table released before."""
        return self.published not in self.new


def versions(vault: Vault, quarter: Quarter) -> list[PublishedTable]:
    """Every released version of a quarter, oldest first."""
    with vault.read() as session:
        rows = session.scalars(
            select(PublishedRelease).where(PublishedRelease.quarter == str(quarter)).order_by(PublishedRelease.version)
        ).all()
        return [PublishedTable.from_json(r.quarter, r.threshold, r.cells, r.method, r.version,
                                         r.created_at.isoformat(timespec="minutes") if r.created_at else None)
                for r in rows]


def released_quarters(vault: Vault) -> list[str]:
    with vault.read() as session:
        return sorted(set(session.scalars(select(PublishedRelease.quarter)).all()))


def _fresh(vault: Vault, quarter: Quarter, threshold: int, history: list[PublishedTable]) -> PublishedTable:
    return protect(counts.quarterly_counts(vault, quarter), threshold, history)


def plan(
    vault: Vault, quarter: Quarter, threshold: int | None = None, correction: bool = False,
    trend_quarters: int = TREND_QUARTERS,
    strict: bool = True,
) -> Plan:
    """The table an export of `quarter` releases, the trend beside it, and what is new.

    `threshold` None means the vault's setting. A released quarter keeps the threshold of its first
    version, also in a correction; with `strict`, another explicit threshold is ThresholdLocked
    (the command line), without it the stored threshold simply applies (the page says so).
    """
    history = versions(vault, quarter)
    limit = counts.threshold_setting(vault) if threshold is None else counts.check_threshold(threshold)
    new: list[PublishedTable] = []
    if history:
        first = history[0].threshold
        if strict and threshold is not None and limit != first:
            raise ThresholdLocked(quarter=str(quarter), threshold=first)
        if correction:
            published = _fresh(vault, quarter, first, history)
            new.append(published)
        else:
            published = history[-1]
    else:
        published = _fresh(vault, quarter, limit, [])
        new.append(published)
    trend: list[PublishedTable] = []
    for earlier in quarter.trailing(trend_quarters)[:-1]:
        stored = versions(vault, earlier)
        if stored:
            trend.append(stored[-1])
        else:
            table = _fresh(vault, earlier, published.threshold, [])
            new.append(table)
            trend.append(table)
    trend.append(published)
    for table in new:
        involved = [*versions(vault, table.quarter), table] if table is published else [table]
        problems = audit(involved)
        if problems:
            raise ReleaseUnsafe(count=len(problems))
    return Plan(published, tuple(trend), tuple(new), len(history))


def record(vault: Vault, plan_: Plan) -> None:
    """Store the tables the plan releases (one transaction), before the file is written: a file
    that fails to write leaves a release nobody saw, never a file the vault does not know about.
    The same table stored already is fine; another table under the same version is ReleaseConflict."""
    with vault.write() as session:
        for table in plan_.new:
            stored = session.scalars(
                select(PublishedRelease).where(PublishedRelease.quarter == str(table.quarter),
                                               PublishedRelease.version == table.version)
            ).first()
            if stored is not None:
                if stored.cells != table.to_json() or stored.threshold != table.threshold:
                    raise ReleaseConflict(quarter=str(table.quarter))
                continue
            session.add(PublishedRelease(quarter=str(table.quarter), version=table.version,
                                         threshold=table.threshold, method=table.method, cells=table.to_json()))
