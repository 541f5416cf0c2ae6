"""Age groups at the opening of a case, the pure part: the groups, the oldest possible age, and the age
and group of one person computed in Python.

The same rules are one SQL expression in `services/quarterly/age_groups.py` (the case list filter and the
published quarterly statistics), built from the constants here. The age is taken on a reference day (the
opening date, else the signal date): from the date of birth in whole years, or from the estimated age (the
age on the signal date) plus the whole years between the signal date and the reference day. A birthday on
29 February comes on 1 March in a year without one. A missing age, a negative one or one above MAX_AGE
is "unknown".
"""

from __future__ import annotations

import datetime as dt

MAX_AGE = 120
UNKNOWN = "unknown"
# (oldest age in the group, group), youngest first; anyone older than the last is OLDEST_GROUP
GROUP_UPPER_BOUNDS: tuple[tuple[int, str], ...] = ((17, "0-17"), (22, "18-22"))
OLDEST_GROUP = "23+"
AGE_GROUPS = (*(group for _bound, group in GROUP_UPPER_BOUNDS), OLDEST_GROUP, UNKNOWN)


def whole_years(start: dt.date, end: dt.date) -> int:
    """Whole years from `start` to `end`: the age on `end` of someone born on `start` (negative before it)."""
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def age_on(birth: dt.date | None, estimated_age: int | None, signal: dt.date, reference: dt.date) -> int | None:
    """The age on `reference`: from the date of birth, else the estimated age on `signal` plus the whole
    years from `signal` to `reference`; None when neither is known. Not clamped: see age_group_of."""
    if birth is not None:
        return whole_years(birth, reference)
    if estimated_age is not None:
        return estimated_age + whole_years(signal, reference)
    return None


def age_group_of(age: int | None) -> str:
    """'0-17', '18-22', '23+', or 'unknown' for a missing or impossible age (below 0, above MAX_AGE)."""
    if age is None or age < 0 or age > MAX_AGE:
        return UNKNOWN
    for bound, group in GROUP_UPPER_BOUNDS:
        if age <= bound:
            return group
    return OLDEST_GROUP


__all__ = ["AGE_GROUPS", "GROUP_UPPER_BOUNDS", "MAX_AGE", "OLDEST_GROUP", "UNKNOWN", "age_group_of", "age_on",
           "whole_years"]
