"""Quarters by the Europe/Amsterdam calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from coordinator_app.domain.quarter import Quarter, amsterdam_date


@pytest.mark.parametrize("text", ["2026Q3", "2026q3", " 2026-Q3 ", "2026 Q3"])
def test_parse_variants(text: str) -> None:
    assert Quarter.parse(text) == Quarter(2026, 3)
    assert str(Quarter.parse(text)) == "2026Q3"


@pytest.mark.parametrize("text", ["", "2026", "2026Q0", "2026Q5", "26Q1", "Q3 2026", "2026Q3x"])
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        Quarter.parse(text)


def test_constructor_validates() -> None:
    with pytest.raises(ValueError):
        Quarter(2026, 5)


@pytest.mark.parametrize(
    ("quarter", "first", "last"),
    [
        ("2026Q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026Q2", date(2026, 4, 1), date(2026, 6, 30)),
        ("2026Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026Q4", date(2026, 10, 1), date(2026, 12, 31)),
        ("2028Q1", date(2028, 1, 1), date(2028, 3, 31)),
    ],
)
def test_first_and_last_day(quarter: str, first: date, last: date) -> None:
    q = Quarter.parse(quarter)
    assert (q.first_day, q.last_day) == (first, last)
    assert q.contains(first) and q.contains(last)
    assert not q.contains(first - timedelta(days=1))
    assert not q.contains(last + timedelta(days=1))
    assert Quarter.of(last + timedelta(days=1)) == q.next()


def test_last_day_of_quarter_and_first_of_next() -> None:
    q = Quarter.parse("2026Q3")
    assert Quarter.of(date(2026, 9, 30)) == q
    assert Quarter.of(date(2026, 10, 1)) == Quarter.parse("2026Q4")


def test_utc_timestamp_late_on_31_march_is_april_in_amsterdam() -> None:
    # Summer time started on 29 March 2026: Amsterdam is UTC+2.
    late = datetime(2026, 3, 31, 22, 30, tzinfo=UTC)
    assert amsterdam_date(late) == date(2026, 4, 1)
    assert Quarter.of(late) == Quarter(2026, 2)
    assert not Quarter(2026, 1).contains(late)
    assert Quarter(2026, 1).contains(datetime(2026, 3, 31, 21, 59, tzinfo=UTC))


def test_naive_datetime_is_utc_and_winter_offset() -> None:
    assert Quarter.of(datetime(2026, 12, 31, 23, 30)) == Quarter(2027, 1)  # 00:30 on 1 January, CET
    assert Quarter.of(datetime(2026, 12, 31, 22, 59)) == Quarter(2026, 4)
    other_zone = datetime(2026, 6, 30, 20, 0, tzinfo=timezone(timedelta(hours=-5)))  # 03:00 1 July in NL
    assert Quarter.of(other_zone) == Quarter(2026, 3)


def test_utc_bounds() -> None:
    start, end = Quarter(2026, 2).utc_bounds()
    assert start == datetime(2026, 3, 31, 22, 0, tzinfo=UTC)
    assert end == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)
    start, end = Quarter(2026, 1).utc_bounds()
    assert start == datetime(2025, 12, 31, 23, 0, tzinfo=UTC)


def test_previous_next_trailing_and_order() -> None:
    q = Quarter(2026, 1)
    assert q.previous() == Quarter(2025, 4)
    assert q.previous(4) == Quarter(2025, 1)
    assert q.previous(0) == q
    assert q.next(3) == Quarter(2026, 4)
    assert Quarter(2026, 4).next() == Quarter(2027, 1)
    assert [str(x) for x in q.trailing(4)] == ["2025Q2", "2025Q3", "2025Q4", "2026Q1"]
    assert sorted([Quarter(2026, 2), Quarter(2025, 4), Quarter(2026, 1)]) == [
        Quarter(2025, 4), Quarter(2026, 1), Quarter(2026, 2)
    ]
    assert len({Quarter(2026, 1), Quarter.parse("2026Q1")}) == 1


def test_current_uses_amsterdam() -> None:
    assert Quarter.current(datetime(2026, 9, 30, 22, 30, tzinfo=UTC)) == Quarter(2026, 4)
