"""Disclosure control for the quarterly report: small-cell suppression (DOMAIN.md §6).

Method
------
*Primary suppression.* Every count from 1 to threshold−1 is published as ``"<T"`` (``"<5"`` with
the default threshold 5). Zero is published as 0: it says nobody is in that category.

*Complementary suppression.* For the person measures (`opened`, `active_at_end`, `closed`) each
dimension is a breakdown whose categories sum to the measure's total (the ``total/all`` row; every
case has exactly one category per dimension, ``unknown`` included). The total is one cell shared
by all breakdowns of its measure: hidden once, it is hidden everywhere. We model what an attacker
knows who has the published table and this description of the method:

- a published number is exact; ``"<T"`` means 1..T−1; ``"x"`` means at least T (only non-zero
  cells that passed primary suppression are ever chosen as complementary cells);
- within a measure, every breakdown sums to the total; nothing else links the cells.

Given the total, the breakdowns are independent and each is one equation with bounded integer
unknowns, so the feasible values of the total form an interval (the intersection over the
breakdowns of [published sum + Σ lower bounds, published sum + Σ upper bounds]) and the feasible
values of each hidden cell form an interval that can be computed exactly. A hidden cell whose
interval holds a single value would be *recomputed*; we hide more until no hidden cell (nor a
hidden total) is determined. Greedy choice, one cell at a time, among the published non-zero cells
of the measure (the total included): first a cell that leaves no hidden value determined, else one
that reduces the number of determined values, else one in a breakdown that causes the problem;
within each class the smallest count wins (the total comes last among equal counts). So the usual
outcome is "the smallest cell ≥ threshold in the same breakdown", and the total only when
needed; hiding the total makes every breakdown without a hidden cell reveal it, which the loop
then repairs (iteration to a fixed point). Optimal cell suppression is NP-hard in general; for
tables this size the greedy result is close to minimal and always safe, because the loop stops
only when the exact check passes.

*No solution within the rules.* Occasionally the markers alone pin a value, e.g. total ``"<5"``
and four different municipalities each ``"<5"``: every one of them is at least 1, so the total is
4 and a breakdown with one non-zero cell shows it is 4. When no published non-zero cell is left
to hide, the measure falls back to publishing only its total (exact, or ``"<T"``) and marks every
category of every breakdown of that measure ``"x"``, zeros included (`PublishedTable.blanked`).
This is the one case in which a zero is not shown.

*Outcome and network.* `outcome` counts are events (a case can have several milestones in a
quarter) and do not sum to any published number: they get primary suppression only. `network`
counts (training sessions, participants, organisations reached) describe work with professionals,
not victims: they are published as they are.

*Limits.* The check covers one quarter's table. Differences between consecutive quarters (e.g.
active at the end of Q−1 plus opened in Q minus closed in Q) are not protected here; publishers
who release many quarters should keep that in mind. An attacker who assumes the greedy order
("the complementary cell is the smallest one") may narrow an interval further.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from coordinator_app.services.quarter import Quarter
from coordinator_app.services.quarterly_table import (
    MEASURES,
    PERSON_MEASURES,
    TOTAL_CATEGORY,
    TOTAL_DIMENSION,
    QuarterlyTable,
    categories,
    dimensions,
)

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3  # with 2, "<2" would mean exactly 1
MAX_THRESHOLD = 100
COMPLEMENTARY_MARK = "x"

Key = tuple[str, str]  # (dimension, category) within one measure
Bound = tuple[float, float]  # integers, or math.inf for "no upper bound"
_TOTAL: Key = (TOTAL_DIMENSION, TOTAL_CATEGORY)


class Status(StrEnum):
    SHOWN = "shown"
    PRIMARY = "primary"
    COMPLEMENTARY = "complementary"


@dataclass(frozen=True)
class PublishedCell:
    measure: str
    dimension: str
    category: str
    value: int | str  # int, "<T" or "x"
    status: Status

    @property
    def hidden(self) -> bool:
        return self.status is not Status.SHOWN


@dataclass(frozen=True)
class PublishedTable:
    """The table as it may leave the vault: published values only, no raw counts."""

    quarter: Quarter
    threshold: int
    cells: tuple[PublishedCell, ...]
    blanked: frozenset[str] = frozenset()  # measures published as total only (see module docstring)

    @cached_property
    def _index(self) -> dict[tuple[str, str, str], PublishedCell]:
        return {(c.measure, c.dimension, c.category): c for c in self.cells}

    def cell(self, measure: str, dimension: str, category: str) -> PublishedCell:
        return self._index[(measure, dimension, category)]

    def value(self, measure: str, dimension: str, category: str) -> int | str:
        return self.cell(measure, dimension, category).value

    def breakdown(self, measure: str, dimension: str) -> tuple[PublishedCell, ...]:
        return tuple(c for c in self.cells if c.measure == measure and c.dimension == dimension)

    def hidden_cells(self) -> tuple[PublishedCell, ...]:
        return tuple(c for c in self.cells if c.hidden)

    @property
    def primary_mark(self) -> str:
        return f"<{self.threshold}"


# --- the attacker's view ---------------------------------------------------------------------------


def _bound(value: int, status: Status, threshold: int, blanked: bool) -> Bound:
    if status is Status.SHOWN:
        return (value, value)
    if status is Status.PRIMARY:
        return (1, threshold - 1)
    return (0, math.inf) if blanked else (threshold, math.inf)


def feasible_ranges(
    breakdowns: dict[str, list[Key]],
    values: dict[Key, int],
    status: dict[Key, Status],
    threshold: int,
    blanked: bool = False,
) -> dict[Key, Bound]:
    """Exact [min, max] an attacker can derive for every hidden cell of one person measure.

    `breakdowns` maps each dimension except `total` to its keys; `values` are the true counts
    (only those of published cells are used); `status` says what is published.
    """
    bounds = {k: _bound(values[k], status[k], threshold, blanked) for k in values}
    t_lo, t_hi = bounds[_TOTAL]
    parts: dict[str, tuple[int, list[Key]]] = {}
    for dim, keys in breakdowns.items():
        published = sum(values[k] for k in keys if status[k] is Status.SHOWN)
        hidden = [k for k in keys if status[k] is not Status.SHOWN]
        parts[dim] = (published, hidden)
        t_lo = max(t_lo, published + sum(bounds[k][0] for k in hidden))
        t_hi = min(t_hi, published + sum(bounds[k][1] for k in hidden))
    result: dict[Key, Bound] = {}
    if status[_TOTAL] is not Status.SHOWN:
        result[_TOTAL] = (t_lo, t_hi)
    for published, hidden in parts.values():
        for k in hidden:
            lo, hi = bounds[k]
            others_lo = sum(bounds[j][0] for j in hidden if j != k)
            others_hi = sum(bounds[j][1] for j in hidden if j != k)
            low = max(lo, t_lo - published - others_hi)
            high = min(hi, t_hi - published - others_lo)
            result[k] = (low, high)
    return result


def _determined(ranges: dict[Key, Bound]) -> set[Key]:
    return {k for k, (lo, hi) in ranges.items() if lo >= hi}


# --- the algorithm -----------------------------------------------------------------------------------


def _check_threshold(threshold: int) -> int:
    if isinstance(threshold, bool) or not isinstance(threshold, int):
        raise TypeError("threshold must be an int")
    if not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD:
        raise ValueError(f"drempel moet tussen {MIN_THRESHOLD} en {MAX_THRESHOLD} liggen, niet {threshold}")
    return threshold


def _primary(value: int, threshold: int) -> Status:
    return Status.PRIMARY if 1 <= value < threshold else Status.SHOWN


def _protect_measure(
    breakdowns: dict[str, list[Key]], values: dict[Key, int], threshold: int
) -> tuple[dict[Key, Status], bool]:
    """Statuses for one person measure and whether it had to be blanked."""
    order = {k: i for i, k in enumerate(values)}
    dim_of = {k: dim for dim, keys in breakdowns.items() for k in keys}
    status = {k: _primary(v, threshold) for k, v in values.items()}

    def determined(st: dict[Key, Status]) -> tuple[set[Key], dict[Key, Bound]]:
        ranges = feasible_ranges(breakdowns, values, st, threshold)
        return _determined(ranges), ranges

    while True:
        det, ranges = determined(status)
        if not det:
            return status, False
        candidates = [k for k, v in values.items() if status[k] is Status.SHOWN and v > 0]
        if not candidates:
            break
        relevant = {dim_of[k] for k in det if k != _TOTAL}
        if _TOTAL in det:
            t_lo, t_hi = ranges[_TOTAL]
            for dim, keys in breakdowns.items():
                published = sum(values[k] for k in keys if status[k] is Status.SHOWN)
                hidden = [k for k in keys if status[k] is not Status.SHOWN]
                lows = published + sum(_bound(values[k], status[k], threshold, False)[0] for k in hidden)
                highs = published + sum(_bound(values[k], status[k], threshold, False)[1] for k in hidden)
                if lows >= t_lo or highs <= t_hi:
                    relevant.add(dim)

        def score(k: Key, det: set[Key] = det, relevant: set[str] = relevant) -> tuple[int, int, int, int]:
            trial = dict(status)
            trial[k] = Status.COMPLEMENTARY
            after, _ = determined(trial)
            if not after:
                klass = 0
            elif len(after) < len(det):
                klass = 1
            elif k == _TOTAL or dim_of[k] in relevant:
                klass = 2
            else:
                klass = 3
            return (klass, values[k], k == _TOTAL, order[k])

        status[min(candidates, key=score)] = Status.COMPLEMENTARY

    # Fallback: publish the total only.
    blank = {k: Status.COMPLEMENTARY for k in values}
    blank[_TOTAL] = _primary(values[_TOTAL], threshold)
    if _determined(feasible_ranges(breakdowns, values, blank, threshold, blanked=True)):
        raise RuntimeError("suppression failed to protect a measure")  # cannot happen for threshold >= 3
    return blank, True


def _published(value: int, status: Status, threshold: int) -> int | str:
    if status is Status.SHOWN:
        return value
    return f"<{threshold}" if status is Status.PRIMARY else COMPLEMENTARY_MARK


def suppress(table: QuarterlyTable, threshold: int = DEFAULT_THRESHOLD) -> PublishedTable:
    """Apply primary and complementary suppression; see the module docstring for the method."""
    _check_threshold(threshold)
    statuses: dict[tuple[str, str, str], Status] = {}
    blanked: set[str] = set()
    for measure in MEASURES:
        if measure in PERSON_MEASURES:
            breakdowns = {
                dim: [(dim, cat) for cat in categories(dim)] for dim in dimensions(measure) if dim != TOTAL_DIMENSION
            }
            values = {(c.dimension, c.category): c.count for c in table.cells if c.measure == measure}
            status, was_blanked = _protect_measure(breakdowns, values, threshold)
            if was_blanked:
                blanked.add(measure)
            for (dim, cat), st in status.items():
                statuses[(measure, dim, cat)] = st
        else:
            for c in table.breakdown(measure, dimensions(measure)[0]):
                st = _primary(c.count, threshold) if measure == "outcome" else Status.SHOWN
                statuses[(measure, c.dimension, c.category)] = st
    cells = tuple(
        PublishedCell(
            c.measure, c.dimension, c.category,
            _published(c.count, statuses[(c.measure, c.dimension, c.category)], threshold),
            statuses[(c.measure, c.dimension, c.category)],
        )
        for c in table.cells
    )
    return PublishedTable(table.quarter, threshold, cells, frozenset(blanked))


# --- explanation for preview, XLSX and PDF -----------------------------------------------------------


def explanation(threshold: int = DEFAULT_THRESHOLD, lang: str = "nl") -> list[str]:
    """Short lines that explain the markers to a reader of the report."""
    if lang == "en":
        return [
            f"<{threshold}: between 1 and {threshold - 1}; the exact number is not shown so that nobody "
            "can be recognised.",
            f"{COMPLEMENTARY_MARK}: hidden as well, so that a number shown as <{threshold} cannot be "
            "worked out from the total and the other numbers in the same table.",
            "0: nobody in this category. Counts of network activities are shown as they are.",
        ]
    return [
        f"<{threshold}: tussen 1 en {threshold - 1}; het precieze aantal wordt niet getoond, zodat "
        "niemand herkenbaar is.",
        f"{COMPLEMENTARY_MARK}: ook verborgen, zodat een aantal <{threshold} niet kan worden "
        "teruggerekend uit het totaal en de andere aantallen in dezelfde tabel.",
        "0: niemand in deze categorie. Aantallen over netwerkactiviteiten worden gewoon getoond.",
    ]


def iter_breakdowns(published: PublishedTable) -> Iterator[tuple[str, str, tuple[PublishedCell, ...]]]:
    """(measure, dimension, cells) for every breakdown, in contract order."""
    for measure in MEASURES:
        for dim in dimensions(measure):
            yield measure, dim, published.breakdown(measure, dim)


def count_hidden(cells: Iterable[PublishedCell]) -> int:
    return sum(1 for c in cells if c.hidden)
