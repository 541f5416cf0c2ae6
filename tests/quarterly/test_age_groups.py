"""The age group at opening: the SQL expression (case list filter, quarterly statistics) and the pure
functions in domain/age_groups.py give the same age and group for every person of a generated grid —
birthdays on 29 February and the days around it, estimated ages, references before the signal, impossible
ages — and both agree with an age counted here by hand, anniversary by anniversary."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter

from sqlalchemy import Column, Date, Integer, MetaData, Table, create_engine, insert, select

from coordinator_app.codes import code_list
from coordinator_app.domain.age_groups import AGE_GROUPS, MAX_AGE, age_group_of, age_on
from coordinator_app.services.quarterly.age_groups import age_at_opening, age_group


def _anniversary(born: dt.date, years: int) -> dt.date:
    """The day someone born on `born` turns `years`: 29 February is 1 March in a year without it."""
    year = born.year + years
    if born.month == 2 and born.day == 29 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return dt.date(year, 3, 1)
    return dt.date(year, born.month, born.day)


def _hand_age(born: dt.date, on: dt.date) -> int:
    """The last anniversary reached on `on` (negative before the birth)."""
    years = on.year - born.year + 1
    while _anniversary(born, years) > on:
        years -= 1
    return years


def _hand_group(age: int | None) -> str:
    if age is None:
        return "unknown"
    for group, ages in (("0-17", range(0, 18)), ("18-22", range(18, 23)), ("23+", range(23, 121))):
        if age in ages:
            return group
    return "unknown"


def _days_around_the_leap_day(years: list[int]) -> list[dt.date]:
    days = []
    for year in years:
        days += [dt.date(year, 1, 1), dt.date(year, 2, 28), dt.date(year, 3, 1), dt.date(year, 12, 31)]
        if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
            days.append(dt.date(year, 2, 29))
    return days


BIRTHS = _days_around_the_leap_day([2000, 2001, 2004, 2008])
REFERENCES = _days_around_the_leap_day([1999, 2000, 2001, 2004, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025,
                                         2026, 2027, 2028, 2120, 2121, 2124, 2125])
SIGNALS = [dt.date(2024, 2, 29), dt.date(2023, 2, 28), dt.date(2024, 3, 1), dt.date(2025, 12, 20)]
ESTIMATES = [-1, 0, 17, 18, 22, 23, MAX_AGE, MAX_AGE + 1, 500]


def _grid() -> list[tuple[dt.date | None, int | None, dt.date, dt.date | None]]:
    """(birth, estimated age, signal, opened_on) of every person of the grid."""
    grid: list[tuple[dt.date | None, int | None, dt.date, dt.date | None]] = []
    for birth, reference in itertools.product(BIRTHS, REFERENCES):
        grid.append((birth, None, SIGNALS[0], reference))
    for birth in BIRTHS[:3]:  # no opening date: the signal date is the reference; a birth date wins over an estimate
        grid += [(birth, 30, signal, None) for signal in SIGNALS]
    for estimate, signal in itertools.product(ESTIMATES, SIGNALS):
        grid.append((None, estimate, signal, None))
        grid += [(None, estimate, signal, reference) for reference in REFERENCES]
    grid += [(None, None, signal, None) for signal in SIGNALS]
    return grid


def _sql_ages_and_groups(grid: list) -> list[tuple[int | None, str]]:
    """The services' expressions evaluated by SQLite over a table with the columns they read."""
    metadata = MetaData()
    people = Table("people", metadata, Column("id", Integer, primary_key=True), Column("opened_on", Date),
                   Column("signal_received_on", Date), Column("date_of_birth", Date), Column("estimated_age", Integer))
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(people), [
            {"id": i, "date_of_birth": birth, "estimated_age": estimate, "signal_received_on": signal,
             "opened_on": opened}
            for i, (birth, estimate, signal, opened) in enumerate(grid)
        ])
        query = select(people.c.id, age_at_opening(people.c, people.c), age_group(people.c, people.c))
        found = {row[0]: (row[1], row[2]) for row in connection.execute(query)}
    engine.dispose()
    return [found[i] for i in range(len(grid))]


def test_sql_pure_and_hand_counted_ages_agree_over_the_grid() -> None:
    grid = _grid()
    sql = _sql_ages_and_groups(grid)
    groups: Counter[str] = Counter()
    for person, (sql_age, sql_group) in zip(grid, sql, strict=True):
        birth, estimate, signal, opened = person
        reference = opened or signal
        if birth is not None:
            by_hand: int | None = _hand_age(birth, reference)
        elif estimate is not None:
            by_hand = estimate + _hand_age(signal, reference)
        else:
            by_hand = None
        pure = age_on(birth, estimate, signal, reference)
        assert (sql_age, pure) == (by_hand, by_hand), person
        assert (sql_group, age_group_of(pure)) == (_hand_group(by_hand), _hand_group(by_hand)), person
        groups[sql_group] += 1
    assert set(groups) == set(AGE_GROUPS)  # the grid reaches every group, "unknown" included


def test_leap_day_birthdays_and_bounds() -> None:
    born = dt.date(2004, 2, 29)
    assert age_on(born, None, dt.date(2020, 1, 1), dt.date(2022, 2, 28)) == 17  # no 29 February in 2022 yet
    assert age_on(born, None, dt.date(2020, 1, 1), dt.date(2022, 3, 1)) == 18
    assert age_on(born, None, dt.date(2020, 1, 1), dt.date(2024, 2, 29)) == 20
    # estimated 17 on a signal of 20 December, opened 5 January: still 17 (calendar years would say 18)
    assert age_on(None, 17, dt.date(2025, 12, 20), dt.date(2026, 1, 5)) == 17
    assert age_on(None, None, dt.date(2025, 12, 20), dt.date(2026, 1, 5)) is None
    assert [age_group_of(a) for a in (None, -1, 0, 17, 18, 22, 23, MAX_AGE, MAX_AGE + 1)] == [
        "unknown", "unknown", "0-17", "0-17", "18-22", "18-22", "23+", "23+", "unknown"]


def test_the_groups_are_the_code_list() -> None:
    """The labels shown in the filter and the statistics (code list `age_group`) are these groups, in order."""
    assert code_list("age_group").codes == AGE_GROUPS
