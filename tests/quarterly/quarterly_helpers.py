"""Test helpers: build tables from case lists, and an attacker who tries to recompute hidden cells.

The attacker is deliberately independent of `coordinator_app.services.suppression`: it reads only
the published table (strings and numbers, as in the CSV), models "<T" as 1..T-1 and "x" as >= T
(or >= 0 in a blanked measure), and finds every feasible value of a hidden cell by an exact
integer search (reachable sums as bit sets). For each hidden cell it then builds two complete
tables with different values for that cell and checks them against every published number and
every constraint with a plain checker. Two such completions prove the cell is not determined.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from coordinator_app.services.quarterly_table import (
    PERSON_MEASURES,
    QuarterlyTable,
    dimensions,
)
from coordinator_app.services.suppression import PublishedTable

Key = tuple[str, str]


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


# --- the attacker -------------------------------------------------------------------------------


def _interval_for(value: int | str, threshold: int, blanked: bool, cap: int) -> tuple[int, int]:
    if isinstance(value, int):
        return value, value
    if value == f"<{threshold}":
        return 1, threshold - 1
    assert value == "x", value
    return (0 if blanked else threshold), cap


def _reach(bounds: Sequence[tuple[int, int]]) -> int:
    """Bit set of every sum reachable by choosing one integer from each interval."""
    mask = 1
    for lo, hi in bounds:
        width = hi - lo + 1
        spread, span = mask, 1
        while span < width:
            step = min(span, width - span)
            spread |= spread << step
            span += step
        mask = spread << lo
    return mask


def _has(mask: int, value: int) -> bool:
    return value >= 0 and bool((mask >> value) & 1)


def _fill(bounds: Sequence[tuple[int, int]], target: int) -> list[int]:
    values = [lo for lo, _ in bounds]
    rest = target - sum(values)
    for i, (lo, hi) in enumerate(bounds):
        add = min(rest, hi - lo)
        values[i] += add
        rest -= add
    assert rest == 0
    return values


def check_completion(published: PublishedTable, measure: str, completion: Mapping[Key, int]) -> None:
    """Assert that a complete set of counts is consistent with everything published."""
    t = published.threshold
    blanked = measure in published.blanked
    total = completion[("total", "all")]
    for dim in dimensions(measure):
        cells = published.breakdown(measure, dim)
        for cell in cells:
            v = completion[(dim, cell.category)]
            assert isinstance(v, int) and v >= 0
            if isinstance(cell.value, int):
                assert v == cell.value
            elif cell.value == f"<{t}":
                assert 1 <= v <= t - 1
            else:
                assert cell.value == "x"
                assert v >= (0 if blanked else t)
        assert sum(completion[(dim, c.category)] for c in cells) == total


def attack_measure(published: PublishedTable, measure: str, true_total: int) -> dict[Key, set[int]]:
    """For each hidden cell of a person measure: two feasible values, each proven by a checked completion."""
    t = published.threshold
    blanked = measure in published.blanked
    cap = max(true_total, t) + 3 * t
    total_cell = published.cell(measure, "total", "all")
    t_lo, t_hi = _interval_for(total_cell.value, t, blanked=False, cap=cap)
    breakdowns = {}
    for dim in dimensions(measure)[1:]:
        cells = published.breakdown(measure, dim)
        fixed = sum(c.value for c in cells if isinstance(c.value, int))
        hidden = [(c.category, _interval_for(c.value, t, blanked, cap)) for c in cells if not isinstance(c.value, int)]
        breakdowns[dim] = (fixed, hidden, _reach([b for _, b in hidden]))
    feasible_totals = [
        total for total in range(t_lo, t_hi + 1)
        if all(_has(mask, total - fixed) for fixed, _, mask in breakdowns.values())
    ]
    assert true_total in feasible_totals

    def complete(total: int, pinned: tuple[str, str, int] | None) -> dict[Key, int]:
        result: dict[Key, int] = {("total", "all"): total}
        for dim, (fixed, hidden, _) in breakdowns.items():
            for c in published.breakdown(measure, dim):
                if isinstance(c.value, int):
                    result[(dim, c.category)] = c.value
            target = total - fixed
            if pinned and pinned[0] == dim:
                others = [(cat, b) for cat, b in hidden if cat != pinned[1]]
                result[(dim, pinned[1])] = pinned[2]
                target -= pinned[2]
            else:
                others = hidden
            for (cat, _), v in zip(others, _fill([b for _, b in others], target), strict=True):
                result[(dim, cat)] = v
        check_completion(published, measure, result)
        return result

    found: dict[Key, set[int]] = {}
    if not isinstance(total_cell.value, int):
        found[("total", "all")] = set(feasible_totals[:1] + feasible_totals[-1:])
        for total in found[("total", "all")]:
            complete(total, None)
    for dim, (fixed, hidden, _) in breakdowns.items():
        for cat, (lo, hi) in hidden:
            others_mask = _reach([b for c, b in hidden if c != cat])
            values: set[int] = set()
            for v in range(lo, hi + 1):
                if len(values) >= 2:
                    break
                for total in feasible_totals:
                    if _has(others_mask, total - fixed - v):
                        complete(total, (dim, cat, v))
                        values.add(v)
                        break
            found[(dim, cat)] = values
    return found


def assert_protected(published: PublishedTable, table: QuarterlyTable) -> None:
    """Every hidden cell of every person measure has at least two proven completions."""
    for measure in PERSON_MEASURES:
        truth = {(c.dimension, c.category): c.count for c in table.cells if c.measure == measure}
        check_completion(published, measure, truth)  # the true table is one completion
        for key, values in attack_measure(published, measure, table.total(measure)).items():
            assert len(values) >= 2, f"{measure}/{key[0]}/{key[1]} is determined: {values}"
    t = published.threshold
    for cell in published.breakdown("outcome", "outcome"):
        assert cell.value == f"<{t}" or (isinstance(cell.value, int) and not 1 <= cell.value < t)
