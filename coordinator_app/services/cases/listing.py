"""The case list (Dossiers page): ids for a filter and a sort, and row data for a batch of ids.

Both are single SQL statements (no Python loop over all cases), so the list stays instant with
tens of thousands of cases: the view holds only ids and fetches the rows it shows in batches.
Age group at opening is computed in SQL by `quarterly.age_groups.age_group_sql`, the very expression the
quarterly statistics count with (so the list filter agrees with the published figures).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from coordinator_app.codes import code_list
from coordinator_app.db.vault import Vault
from coordinator_app.domain.dates import add_months
from coordinator_app.services.quarterly.age_groups import age_group_sql
from coordinator_app.services.search.index import matching_case_ids
from coordinator_app.services.search.persons import similar_case_ids
from coordinator_app.services.settings import settings

COLUMNS = (
    "case_number", "name", "status", "primary_form", "municipality", "opened_on", "next_due", "reflection_end",
)
ACTIVITY = "activity"  # sort only (no column): the latest work on the case, the list's default order
UNKNOWN_NAME = "onbekend"
OPEN = "open"  # status filter: every case that is not closed (signal, intake, active)

AGE_GROUP_SQL = age_group_sql("c", "p")  # the same expression as the published statistics
_NAME_SQL = (
    "nullif(trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), '')"
)
_PERSON_COLUMN = re.compile(r"(?<![\w.\"'])p\.")  # a column of the person (alias p) in a WHERE or ORDER BY term
_NEXT_DUE_SQL = "(SELECT min(t.due_on) FROM tasks t WHERE t.case_id = c.id AND t.done_on IS NULL)"
_REFLECTION_SQL = (
    "(SELECT max(m.\"on\") FROM milestones m WHERE m.case_id = c.id AND m.kind = 'reflection_period' "
    "AND m.\"on\" IS NOT NULL)"
)

# The latest activity on a case: a change to the case itself, and (db/vault.py `_touch_cases`) every journal
# entry, task, milestone, document or person change, which gives its case the same timestamp. One column:
# the list sorts 10,000 cases on it as fast as on the opening date (a query over every part took seconds).
_ACTIVITY_SQL = "c.updated_at"
_OVERDUE_SQL = (
    "EXISTS (SELECT 1 FROM tasks t WHERE t.case_id = c.id AND t.done_on IS NULL AND t.due_on < :today)"
)


@dataclass(frozen=True)
class CaseFilter:
    """What the list shows; every field empty = every case."""

    status: str | None = None
    form: str | None = None
    municipality: str | None = None
    age_group: str | None = None
    overdue: bool = False
    text: str = ""


@dataclass(frozen=True)
class CaseRow:
    id: int
    case_number: str
    name: str
    status: str
    primary_form: str
    municipality: str
    opened_on: dt.date | None
    next_due: dt.date | None
    reflection_end: dt.date | None
    overdue: bool

    def value(self, column: str) -> Any:
        return getattr(self, column)


def dutch_sort_key(text: str) -> tuple[str, str]:
    """How a Dutch reader orders names: accents and case do not move a letter ("Éva" beside "Eva", before
    "Zoë"); they only break ties. (SQLite's lower() folds ASCII only and put "Éva" after "z".)"""
    decomposed = unicodedata.normalize("NFKD", text)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return base, text.casefold()


def _label_rank(list_name: str, column: str) -> str:
    """An SQL CASE that orders codes by their Dutch label (what the user sees)."""
    codes = code_list(list_name)
    ordered = sorted(codes.codes, key=lambda c: dutch_sort_key(codes.label(c, "nl")))
    parts = " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(ordered) if "'" not in c)
    return f"CASE {column} {parts} ELSE 999 END"


def _order_sql(column: str) -> list[str]:
    """ORDER BY terms for a column; empty values sort last (first when descending)."""
    if column == "case_number":
        return ["c.case_number"]
    if column == "name":  # ordered in Python (case_ids): SQLite has no Dutch collation
        return [f"coalesce({_NAME_SQL}, nullif(trim(p.alias), '')) IS NULL"]
    if column == "status":
        return ["CASE c.status WHEN 'signal' THEN 0 WHEN 'intake' THEN 1 WHEN 'active' THEN 2 ELSE 3 END"]
    if column == "primary_form":
        return [_label_rank("form", "c.primary_form")]
    if column == "municipality":
        return [_label_rank("municipality", "c.municipality")]
    if column == "opened_on":
        return ["c.opened_on IS NULL", "c.opened_on"]
    if column == "next_due":
        return [f"{_NEXT_DUE_SQL} IS NULL", _NEXT_DUE_SQL]
    if column == ACTIVITY:
        return [_ACTIVITY_SQL]
    if column == "reflection_end":  # the end date is start + N months: ordering by start is the same
        return [f"{_REFLECTION_SQL} IS NULL", _REFLECTION_SQL]
    raise ValueError(f"unknown column {column!r}")


def case_ids(
    vault: Vault,
    flt: CaseFilter | None = None,
    sort: str = "case_number",
    descending: bool = False,
    today: dt.date | None = None,
    similar: set[int] | None = None,
) -> list[int]:
    """The ids of the cases matching `flt`, in the order of `sort` (one of COLUMNS, or ACTIVITY: the latest
    journal entry, task change, milestone, document or change of the case itself). With `similar` (a set
    to fill), cases whose name only resembles the typed text ("lijkt op") are included and put in it."""
    flt = flt or CaseFilter()
    today = today or dt.date.today()
    resembling: set[int] = set()
    where: list[str] = []
    params: dict[str, Any] = {"today": today.isoformat()}
    if flt.status == OPEN:
        where.append("c.status <> 'closed'")
    elif flt.status:
        where.append("c.status = :status")
        params["status"] = flt.status
    if flt.form:
        where.append("c.primary_form = :form")
        params["form"] = flt.form
    if flt.municipality:
        where.append("c.municipality = :municipality")
        params["municipality"] = flt.municipality
    if flt.age_group:
        where.append(f"({AGE_GROUP_SQL}) = :age_group")
        params["age_group"] = flt.age_group
    if flt.overdue:
        where.append(_OVERDUE_SQL)
    if flt.text.strip():
        ids = matching_case_ids(vault, flt.text)
        if similar is not None:  # issue 17: the same search as every picker, "lijkt op" marked by the caller
            extra = similar_case_ids(vault, flt.text, exclude=set(ids))
            similar.update(extra)
            resembling.update(extra)
            ids = ids + extra
        if not ids:
            return []
        where.append("c.id IN (SELECT value FROM json_each(:ids))")
        params["ids"] = json.dumps(ids)
    direction = " DESC" if descending else ""
    order = ", ".join(part + direction for part in _order_sql(sort))
    # The person (at most one per case) only where the name or the age group is asked for: reading the persons
    # table for nothing took two thirds of this query (6,000 open cases: 33 ms of 37 ms beside 9 ms without it).
    person = sort == "name" or _PERSON_COLUMN.search(" ".join([*where, order])) is not None
    sql = (
        (f"SELECT c.id, coalesce({_NAME_SQL}, nullif(trim(p.alias), '')) FROM cases c "
         "LEFT JOIN persons p ON p.case_id = c.id" if person else "SELECT c.id, NULL FROM cases c")
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {order}, c.id{direction}"
    )
    with vault.read() as session:
        rows = [(int(r[0]), r[1]) for r in session.execute(text(sql), params)]
    if sort == "name":  # empty names last (first when descending), then Dutch order, then id
        rows.sort(key=lambda r: (r[1] is None, dutch_sort_key(r[1] or ""), r[0]), reverse=descending)
    ordered = [cid for cid, _name in rows]
    # "lijkt op" always below the exact matches, in the chosen order among themselves
    return [c for c in ordered if c not in resembling] + [c for c in ordered if c in resembling]


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def display_name(first: str | None, last: str | None, alias: str | None) -> str:
    name = " ".join(p for p in (first, last) if p and p.strip())
    if alias and alias.strip():
        name = f"{name} ({alias})" if name else alias
    return name or UNKNOWN_NAME


def fetch_rows(vault: Vault, ids: list[int], today: dt.date | None = None) -> dict[int, CaseRow]:
    """Row data for a batch of case ids (the rows the view is about to show)."""
    if not ids:
        return {}
    today = today or dt.date.today()
    sql = (
        "SELECT c.id, c.case_number, p.first_name, p.last_name, p.alias, c.status, c.primary_form, "
        f"c.municipality, c.opened_on, {_NEXT_DUE_SQL}, {_REFLECTION_SQL}, {_OVERDUE_SQL} "
        "FROM cases c LEFT JOIN persons p ON p.case_id = c.id WHERE c.id IN (SELECT value FROM json_each(:ids))"
    )
    with vault.read() as session:
        months = int(settings.get_in(session, "reflection_period_months"))
        result = session.execute(text(sql), {"ids": json.dumps(list(ids)), "today": today.isoformat()}).all()
    rows: dict[int, CaseRow] = {}
    for cid, number, first, last, alias, status, form, municipality, opened, due, refl, overdue in result:
        start = _date(refl)
        rows[int(cid)] = CaseRow(
            int(cid), number, display_name(first, last, alias), status, form, municipality, _date(opened),
            _date(due), add_months(start, months) if start else None, bool(overdue),
        )
    return rows
