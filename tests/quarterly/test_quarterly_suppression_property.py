"""Property: for random case sets, no hidden cell can be recomputed from the published table.

The attacker (tests/quarterly/quarterly_helpers.py) works from the published values only, by an
exact integer search, and proves every hidden cell undetermined with two checked completions.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator_app.services.quarterly_table import (
    NETWORK_CATEGORIES,
    PERSON_MEASURES,
    QuarterlyTable,
    categories,
    dimensions,
)
from coordinator_app.services.suppression import Status, suppress
from tests.quarterly.quarterly_helpers import assert_protected


@st.composite
def breakdown_counts(draw: st.DrawFn, dimension: str, total: int) -> dict[str, int]:
    """Counts for one dimension summing to `total`, skewed so that small and large cells both occur."""
    cats = categories(dimension)
    favourites = draw(st.lists(st.sampled_from(cats), min_size=1, max_size=3, unique=True))
    pick = st.one_of(st.sampled_from(favourites), st.sampled_from(cats))
    chosen = draw(st.lists(pick, min_size=total, max_size=total))
    counts: dict[str, int] = {}
    for cat in chosen:
        counts[cat] = counts.get(cat, 0) + 1
    return counts


@st.composite
def tables(draw: st.DrawFn) -> QuarterlyTable:
    person = {}
    for measure in PERSON_MEASURES:
        total = draw(st.one_of(st.integers(0, 12), st.integers(0, 45)))
        person[measure] = {dim: draw(breakdown_counts(dim, total)) for dim in dimensions(measure)[1:]}
    outcome = draw(st.fixed_dictionaries({c: st.integers(0, 15) for c in categories("outcome")}))
    network = draw(st.fixed_dictionaries({c: st.integers(0, 30) for c in NETWORK_CATEGORIES}))
    return QuarterlyTable.from_counts("2026Q3", **person, outcome=outcome, network=network)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(table=tables(), threshold=st.sampled_from([3, 5, 5, 10, 11]))
def test_no_hidden_cell_is_determined(table: QuarterlyTable, threshold: int) -> None:
    published = suppress(table, threshold)
    assert_protected(published, table)
    for cell, raw in zip(published.cells, table.cells, strict=True):
        if cell.measure in published.blanked and cell.dimension != "total":
            assert cell.value == "x"
        elif 1 <= raw.count < threshold and cell.measure != "network":
            assert cell.status is Status.PRIMARY and cell.value == f"<{threshold}"
        if raw.count == 0 and cell.measure not in published.blanked:
            assert cell.value == 0
        if cell.status is Status.SHOWN:
            assert cell.value == raw.count
