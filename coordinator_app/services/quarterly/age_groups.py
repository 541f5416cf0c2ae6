"""The age group at opening, as ONE SQL expression for both the case list filter and the published
quarterly statistics, so that filtering the list on "0-17" finds exactly the people counted there.

The rules and the groups are those of `domain/age_groups.py` (its `age_on` and `age_group_of` compute the
same in Python; a test compares the two over a grid of dates): the age on the opening date (the signal
date when a case has no opening date), from the date of birth in whole years, or from the estimated age
(the age on the signal date) plus the whole years between the signal date and the opening. An impossible
age (below 0 or above MAX_AGE) is "unknown", as is a missing one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, case, cast, func, literal, null, or_
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from coordinator_app.db.models import Case, Person
from coordinator_app.domain.age_groups import GROUP_UPPER_BOUNDS, MAX_AGE, OLDEST_GROUP, UNKNOWN


def whole_years(start: ColumnElement[Any], end: ColumnElement[Any]) -> ColumnElement[Any]:
    """Whole years from `start` to `end` (ISO date strings): the age on `end` of someone born on `start`."""
    years = cast(func.strftime("%Y", end), Integer) - cast(func.strftime("%Y", start), Integer)
    return years - case((func.strftime("%m-%d", end) < func.strftime("%m-%d", start), 1), else_=0)


def age_at_opening(case_: Any = Case, person: Any = Person) -> ColumnElement[Any]:
    """The person's age on the case's opening date (NULL when neither a birth date nor an estimate is known)."""
    reference = func.coalesce(case_.opened_on, case_.signal_received_on)
    return case(
        (person.date_of_birth.is_not(None), whole_years(person.date_of_birth, reference)),
        (person.estimated_age.is_not(None), person.estimated_age + whole_years(case_.signal_received_on, reference)),
        else_=null(),
    )


def age_group(case_: Any = Case, person: Any = Person) -> ColumnElement[Any]:
    """'0-17', '18-22', '23+' or 'unknown' (missing or impossible age)."""
    age = age_at_opening(case_, person)
    return case(
        (or_(age.is_(None), age < 0, age > MAX_AGE), literal(UNKNOWN)),
        *((age <= bound, literal(group)) for bound, group in GROUP_UPPER_BOUNDS),
        else_=literal(OLDEST_GROUP),
    )


def age_group_sql(case_alias: str = "c", person_alias: str = "p") -> str:
    """`age_group` as SQLite text over the table aliases of a hand-written query (the case list)."""
    expression = age_group(aliased(Case, name=case_alias), aliased(Person, name=person_alias))
    return str(expression.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


__all__ = ["age_at_opening", "age_group", "age_group_sql", "whole_years"]
