"""Calendar arithmetic (one `add_months` for the case list, the dashboard,
the case detail and the intake)."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date | None:
    """`day` plus whole calendar months (negative: back), the day clamped to the target month's end
    (31 January + 1 = 28/29 February). None when the result falls outside the calendar (before the
    year 1 or past 9999), so a typo in a year never crashes a list."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


__all__ = ["add_months"]
