"""Test helpers: build tables from plain counts, and check a published table against the truth.

`check_against_truth` is the oracle for every published table in these tests: it reads only the
published rows (as in the CSV) and the raw counts the test itself made, and asserts what the CSV
contract and docs/DISCLOSURE.md promise: each published category is one code or codes joined with
"+", the categories of a breakdown cover the code list exactly once, each number is the true sum of
the counts it covers, every number of a breakdown is 0 or at least T, a total is exact or "<T"
exactly when it is 1..T-1, and the stock `active_at_end` is absent.
"""

from __future__ import annotations

from collections.abc import Mapping

from coordinator_app.domain.disclosure import PublishedTable
from coordinator_app.domain.quarterly_table import QuarterlyTable, categories, dimensions

PUBLISHED_PERSON = ("opened", "closed")


def one_dimension_table(measure: str, counts: Mapping[str, int], quarter: str = "2026Q3") -> QuarterlyTable:
    """A table where `measure` has the given form breakdown and every other dimension puts all
    cases in one category (so only the form breakdown matters)."""
    total = sum(counts.values())
    filler = {
        "age_group": {"23+": total},
        "gender": {"female": total},
        "nationality_group": {"non_eu": total},
        "referral_source": {"police": total},
        "municipality": {"Zwolle": total},
        "closing_reason": {"goals_reached": total},
    }
    dims = {d: filler[d] for d in dimensions(measure)[1:] if d != "form"}
    return QuarterlyTable.from_counts(quarter, **{measure: {"form": dict(counts), **dims}})


def split_codes(dimension: str, category: str) -> list[str]:
    """The codes a published category covers ("23+" is a code that itself holds a '+')."""
    codes = set(categories(dimension))
    if category in codes:
        return [category]
    parts = category.split("+")
    assert all(p in codes for p in parts), f"{dimension}/{category}: unknown codes"
    return parts


def check_against_truth(published: PublishedTable, table: QuarterlyTable) -> None:
    t = published.threshold
    rows = published.rows()
    assert not [r for r in rows if r[0] == "active_at_end"], "the stock must not be published"
    for measure in PUBLISHED_PERSON:
        total = table.total(measure)
        shown = {r[3] for r in rows if r[0] == measure and r[1] == "total"}
        assert shown == ({f"<{t}"} if 1 <= total < t else {total}), (measure, shown, total)
        for dim in dimensions(measure)[1:]:
            cells = [(c, v) for m, d, c, v in rows if m == measure and d == dim]
            if not cells:
                continue
            assert isinstance(total, int) and not 1 <= total < t, "breakdown under a hidden total"
            covered: list[str] = []
            for category, value in cells:
                codes = split_codes(dim, category)
                assert codes == sorted(codes, key=categories(dim).index), "codes in code-list order"
                covered += codes
                truth = sum(table.count(measure, dim, code) for code in codes)
                assert value == truth, (measure, dim, category, value, truth)
                assert value == 0 or value >= t, (measure, dim, category, value)
            assert sorted(covered) == sorted(categories(dim)), (measure, dim, "must cover every code once")
    for m, d, c, v in rows:
        if m == "outcome":
            truth = table.count(m, d, c)
            assert v == (f"<{t}" if 1 <= truth < t else truth)
        if m == "network":
            assert v == table.count(m, d, c)
