"""Quarterly counts from the vault (docs/DOMAIN.md §6), computed by SQL aggregation.

Per person measure (`opened`, `active_at_end`, `closed`) ONE statement: a materialised CTE picks
the measure's cases and computes each case's category in every dimension (in SQL), then one
`GROUP BY` per dimension, glued with `UNION ALL`. Outcomes are one `GROUP BY` over milestones;
network counts come from `network.outreach.network_counts`. No loop over cases in Python: the cost
is a handful of scans of `cases`/`persons`, also at 10,000 cases.

Rules (dates are calendar dates, Europe/Amsterdam, as the user entered them):
- `opened`: `opened_on` in the quarter; `closed`: `closed_on` in the quarter; `active_at_end`:
  `opened_on` ≤ last day and (`closed_on` empty or after the last day).
- `age_group`: age on the opening date (the signal date when a case has no opening date) from the
  date of birth; else the estimated age (recorded as the age on the signal date) plus the whole
  years between signal and opening; else, or for an impossible age (< 0 or > 120), `unknown`.
  A birthday on 29 February counts from 1 March in common years.
- `nationality_group`: the ISO country through `countries.codes_in_group`; none or unknown: `unknown`.
- Any stored code outside its code list counts as `unknown` (closing reason: `other`), so every
  breakdown sums to the total.
- `outcome`: milestones with status `done` and a date in the quarter (events: a case may count
  several times); `shelter` counts as `shelter_cosm` for shelter type `cosm`, else `shelter_other`.

`quarterly_report()` applies disclosure control (`domain.disclosure.protect`, threshold from the
setting `suppression_threshold` unless given) and returns only published values, computed afresh
(the export goes through `releases`, which keeps what was released). Raw counts
(`quarterly_counts`) stay inside the services layer.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CompoundSelect, Select, SQLColumnExpression, and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from coordinator_app.codes import code_list
from coordinator_app.db.models import Case, Milestone, Person
from coordinator_app.db.vault import Vault
from coordinator_app.domain import countries
from coordinator_app.domain.disclosure import MAX_THRESHOLD, MIN_THRESHOLD, PublishedTable, protect
from coordinator_app.domain.quarter import Quarter
from coordinator_app.domain.quarterly_table import (
    PERSON_DIMENSIONS,
    PERSON_MEASURES,
    TOTAL_CATEGORY,
    TOTAL_DIMENSION,
    QuarterlyTable,
    dimensions,
)
from coordinator_app.errors import KnownError
from coordinator_app.services.network import outreach
from coordinator_app.services.quarterly.age_groups import age_group
from coordinator_app.services.settings import settings

OUTCOME_KINDS = (
    "informative_interview", "police_report", "reflection_period", "comensha_registration", "shelter",
    "veilig_thuis_report",
)


class ThresholdInvalid(KnownError):
    code = "quarterly_threshold_invalid"


def check_threshold(value: Any) -> int:
    """The threshold as an int in [MIN_THRESHOLD, MAX_THRESHOLD]; ThresholdInvalid (exit code 2) otherwise."""
    try:
        number = int(str(value).strip()) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        number = None
    if number is None or not MIN_THRESHOLD <= number <= MAX_THRESHOLD:
        raise ThresholdInvalid(minimum=MIN_THRESHOLD, maximum=MAX_THRESHOLD)
    return number


# --- category expressions ------------------------------------------------------------------------


def _coded(column: SQLColumnExpression[str | None], list_name: str, fallback: str = "unknown") -> ColumnElement[str]:
    """The stored code when it is in the code list, else `fallback`."""
    return case((column.in_(code_list(list_name).codes), column), else_=literal(fallback))


def _nationality_group() -> ColumnElement[str]:
    code = func.upper(func.trim(Person.nationality))
    whens = [(code.in_(sorted(countries.codes_in_group(g))), literal(g)) for g in countries.GROUPS]
    return case(*whens, else_=literal(countries.UNKNOWN_GROUP))


def _dimension_columns() -> dict[str, ColumnElement[str]]:
    return {
        "form": _coded(Case.primary_form, "form"),
        "age_group": age_group(),
        "gender": _coded(func.coalesce(Person.gender, "unknown"), "gender"),
        "nationality_group": _nationality_group(),
        "referral_source": _coded(Case.referral_source, "referral_source"),
        "municipality": _coded(Case.municipality, "municipality"),
        "closing_reason": _coded(Case.closing_reason, "closing_reason", fallback="other"),
    }


def _measure_filter(measure: str, quarter: Quarter) -> ColumnElement[bool]:
    first, last = quarter.first_day, quarter.last_day
    if measure == "opened":
        return Case.opened_on.between(first, last)
    if measure == "closed":
        return Case.closed_on.between(first, last)
    if measure == "active_at_end":
        return and_(Case.opened_on <= last, or_(Case.closed_on.is_(None), Case.closed_on > last))
    raise ValueError(f"not a person measure: {measure!r}")


def measure_statement(measure: str, quarter: Quarter) -> CompoundSelect[str, str, int]:
    """One statement: (dimension, category, count) rows for every dimension of a person measure."""
    wanted = [d for d in dimensions(measure) if d != TOTAL_DIMENSION]
    columns = _dimension_columns()
    base = (
        select(*(columns[d].label(d) for d in wanted))
        .select_from(Case)
        .outerjoin(Person, Person.case_id == Case.id)
        .where(_measure_filter(measure, quarter))
        .cte("measure_cases")
        .prefix_with("MATERIALIZED")
    )
    parts = [
        select(literal(TOTAL_DIMENSION).label("dimension"), literal(TOTAL_CATEGORY).label("category"),
               func.count().label("n")).select_from(base)
    ]
    for dim in wanted:
        col = base.c[dim]
        parts.append(select(literal(dim), col, func.count()).group_by(col))
    return union_all(*parts)


def outcome_statement(quarter: Quarter) -> Select[str, int]:
    category = case(
        (Milestone.kind == "shelter",
         case((Milestone.shelter_type == "cosm", literal("shelter_cosm")), else_=literal("shelter_other"))),
        else_=Milestone.kind,
    ).label("category")
    return (
        select(category, func.count().label("n"))
        .where(Milestone.status == "done", Milestone.on.between(quarter.first_day, quarter.last_day),
               Milestone.kind.in_(OUTCOME_KINDS))
        .group_by(category)
    )


def _person_counts(session: Session, measure: str, quarter: Quarter) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {d: {} for d in (TOTAL_DIMENSION, *PERSON_DIMENSIONS, "closing_reason")}
    for dim, category, n in session.execute(measure_statement(measure, quarter)):
        counts[dim][category] = int(n)
    if measure != "closed":
        counts.pop("closing_reason")
    return counts


# --- public API -------------------------------------------------------------------------------------


def quarterly_counts(vault: Vault, quarter: Quarter | str) -> QuarterlyTable:
    """The raw counts of a quarter (before disclosure control). Never let these leave the services."""
    q = quarter if isinstance(quarter, Quarter) else Quarter.parse(quarter)
    with vault.read() as session:
        person = {m: _person_counts(session, m, q) for m in PERSON_MEASURES}
        outcome = {str(c): int(n) for c, n in session.execute(outcome_statement(q))}
    network = outreach.network_counts(vault, q.first_day, q.last_day)
    return QuarterlyTable.from_counts(q, **person, outcome=outcome, network=network)


def threshold_setting(vault: Vault) -> int:
    """The threshold of the setting `suppression_threshold` (validated)."""
    return check_threshold(settings.get(vault, "suppression_threshold"))


def quarterly_report(vault: Vault, quarter: Quarter | str, threshold: int | None = None) -> PublishedTable:
    """The quarter's table as the method would publish it now (not looking at earlier releases)."""
    limit = threshold_setting(vault) if threshold is None else check_threshold(threshold)
    return protect(quarterly_counts(vault, quarter), limit)
