"""Calendar quarters by the Europe/Amsterdam calendar (docs/DOMAIN.md §6).

A `Quarter` is written `2026Q3`. Dates (`datetime.date`) are assigned to the quarter they fall in.
A `datetime` is first converted to the local date in Amsterdam: an aware datetime is converted
from its own zone, a naive one is taken to be UTC (the application stores timestamps in UTC).
So 2026-03-31 23:30 UTC, which is 1 April 01:30 in Amsterdam, belongs to 2026Q2.

`utc_bounds()` gives the half-open interval [start, end) in UTC of a quarter, for queries on
timestamp columns; `first_day`/`last_day` are for date columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
_QUARTER_RE = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")


def amsterdam_date(value: date | datetime) -> date:
    """The calendar date in Amsterdam of a date or datetime (naive datetimes are UTC)."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(AMSTERDAM).date()
    if isinstance(value, date):
        return value
    raise TypeError(f"expected a date or datetime, got {type(value).__name__}")


@dataclass(frozen=True, order=True)
class Quarter:
    """One calendar quarter; ordered chronologically, hashable, `str()` gives `2026Q3`."""

    year: int
    number: int

    def __post_init__(self) -> None:
        if not isinstance(self.year, int) or not 1 <= self.year <= 9999:
            raise ValueError(f"invalid year: {self.year!r}")
        if not isinstance(self.number, int) or not 1 <= self.number <= 4:
            raise ValueError(f"quarter number must be 1-4, got {self.number!r}")

    # --- construction -------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> Quarter:
        """Parse `2026Q3` (also `2026q3`, `2026-Q3`); ValueError otherwise."""
        match = _QUARTER_RE.match(text) if isinstance(text, str) else None
        if not match:
            raise ValueError(f"ongeldig kwartaal {text!r}: verwacht bijvoorbeeld 2026Q3")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, value: date | datetime) -> Quarter:
        """The quarter holding a date, or the Amsterdam date of a datetime."""
        day = amsterdam_date(value)
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def current(cls, now: datetime | None = None) -> Quarter:
        """The quarter of today in Amsterdam (or of `now`)."""
        return cls.of(now if now is not None else datetime.now(UTC))

    # --- properties ---------------------------------------------------------------------------
    def __str__(self) -> str:
        return f"{self.year:04d}Q{self.number}"

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def contains(self, value: date | datetime) -> bool:
        """True when the (Amsterdam) date of `value` lies in this quarter."""
        return self.first_day <= amsterdam_date(value) <= self.last_day

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """[start, end) in UTC: Amsterdam midnight of the first day to that of the next quarter."""
        start = datetime.combine(self.first_day, time(0), AMSTERDAM)
        end = datetime.combine(self.next().first_day, time(0), AMSTERDAM)
        return start.astimezone(UTC), end.astimezone(UTC)

    # --- arithmetic ---------------------------------------------------------------------------
    def _shift(self, n: int) -> Quarter:
        index = self.year * 4 + (self.number - 1) + n
        return Quarter(index // 4, index % 4 + 1)

    def previous(self, n: int = 1) -> Quarter:
        """The quarter `n` quarters earlier (`previous(0)` is this quarter)."""
        return self._shift(-n)

    def next(self, n: int = 1) -> Quarter:
        """The quarter `n` quarters later."""
        return self._shift(n)

    def trailing(self, count: int) -> list[Quarter]:
        """`count` quarters ending with this one, oldest first (e.g. a trend over four quarters)."""
        if count < 1:
            raise ValueError("count must be at least 1")
        return [self.previous(k) for k in range(count - 1, -1, -1)]
