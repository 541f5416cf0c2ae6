"""The raw counts of one quarter's report (docs/DOMAIN.md §6), before disclosure control.

A `QuarterlyTable` holds one row per (measure, dimension, category) with a whole count, for every
category of every code list, zeros included, in the order of the CSV contract:

- `opened`, `active_at_end`, `closed`: dimension `total` (category `all`), then `form`,
  `age_group`, `gender`, `nationality_group`, `referral_source`, `municipality`, and for
  `closed` also `closing_reason`. Each case has exactly one category in each dimension (`unknown`
  included), so every breakdown of such a measure sums to its total: this is checked.
- `outcome`: dimension `outcome`, one count per milestone kind (a case may count in several).
- `network`: dimension `network`: `training_sessions`, `training_participants`,
  `organisations_reached` (work with professionals, not counts of victims).

Category order comes from `coordinator_app.codes.code_list(name).codes`. Build a table with
`QuarterlyTable.from_counts(...)` from plain dicts; missing categories count as zero.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from coordinator_app import catalogues
from coordinator_app.codes import code_list
from coordinator_app.domain.quarter import Quarter
from coordinator_app.resources_loader import require

PERSON_MEASURES = ("opened", "active_at_end", "closed")
MEASURES = (*PERSON_MEASURES, "outcome", "network")
PERSON_DIMENSIONS = ("form", "age_group", "gender", "nationality_group", "referral_source", "municipality")
NETWORK_CATEGORIES = ("training_sessions", "training_participants", "organisations_reached")
TOTAL_DIMENSION = "total"
TOTAL_CATEGORY = "all"

# Dimensions whose categories are in no code list: their labels are in the catalogue beside the measures'.
_OWN_CATEGORIES = (TOTAL_DIMENSION, "network")
_CATALOGUE = "reports.po"


@cache
def _labels() -> dict[str, dict[str, dict[str, Any]]]:
    """{language: {"measures": …, "dimensions": …, "categories": …}}: the `table.…` keys of the gettext catalogue
    `reports` (resources/locale/<lang>/LC_MESSAGES/reports.po). A label missing for a measure, a dimension or a
    category of its own is a ResourceError naming the key (not a KeyError in the middle of an export)."""
    data = catalogues.tables("reports", "table")
    every_dimension = dict.fromkeys(d for m in MEASURES for d in dimensions(m))
    for lang, table in data.items():
        for part, keys in (("measures", MEASURES), ("dimensions", tuple(every_dimension))):
            found = require(table, part, dict, _CATALOGUE, f"{lang}.table")
            for key in keys:
                require(found, key, str, _CATALOGUE, f"{lang}.table.{part}")
        own = require(table, "categories", dict, _CATALOGUE, f"{lang}.table")
        for dimension in _OWN_CATEGORIES:
            found = require(own, dimension, dict, _CATALOGUE, f"{lang}.table.categories")
            for category in categories(dimension):
                require(found, category, str, _CATALOGUE, f"{lang}.table.categories.{dimension}")
    return data


def dimensions(measure: str) -> tuple[str, ...]:
    """The dimensions of a measure, in contract order."""
    if measure in PERSON_MEASURES:
        extra = ("closing_reason",) if measure == "closed" else ()
        return (TOTAL_DIMENSION, *PERSON_DIMENSIONS, *extra)
    if measure == "outcome":
        return ("outcome",)
    if measure == "network":
        return ("network",)
    raise ValueError(f"unknown measure: {measure!r}")


def categories(dimension: str) -> tuple[str, ...]:
    """The categories of a dimension, in code-list order."""
    if dimension == TOTAL_DIMENSION:
        return (TOTAL_CATEGORY,)
    if dimension == "network":
        return NETWORK_CATEGORIES
    return code_list(dimension).codes


def measure_label(measure: str, lang: str = "nl") -> str:
    """The label of a measure (catalogue key `table.measures.<measure>`)."""
    label: str = _labels()[lang]["measures"][measure]
    return label


def dimension_label(dimension: str, lang: str = "nl") -> str:
    """The label of a dimension (catalogue key `table.dimensions.<dimension>`)."""
    label: str = _labels()[lang]["dimensions"][dimension]
    return label


def category_label(dimension: str, category: str, lang: str = "nl") -> str:
    """The label shown beside a category code (Dutch by default): from the code list, or for the total and the
    network activities from the catalogue (`table.categories.<dimension>.<category>`)."""
    if dimension in _OWN_CATEGORIES:
        label: str = _labels()[lang]["categories"][dimension][category]
        return label
    return code_list(dimension).label(category, lang)


def layout() -> Iterator[tuple[str, str, str]]:
    """Every (measure, dimension, category) of the report, in contract order."""
    for measure in MEASURES:
        for dimension in dimensions(measure):
            for category in categories(dimension):
                yield measure, dimension, category


@dataclass(frozen=True)
class Cell:
    measure: str
    dimension: str
    category: str
    count: int


Counts = Mapping[str, Mapping[str, int]]


def _check_count(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{where}: count must be a whole number >= 0, got {value!r}")
    return value


@dataclass(frozen=True)
class QuarterlyTable:
    """All raw counts of one quarter, one `Cell` per contract row, in contract order."""

    quarter: Quarter
    cells: tuple[Cell, ...]

    def __post_init__(self) -> None:
        keys = [(c.measure, c.dimension, c.category) for c in self.cells]
        if keys != list(layout()):
            raise ValueError("cells must follow the contract layout exactly (use from_counts)")
        for cell in self.cells:
            _check_count(cell.count, f"{cell.measure}/{cell.dimension}/{cell.category}")
        for measure in PERSON_MEASURES:
            total = self.total(measure)
            for dimension in dimensions(measure)[1:]:
                got = sum(c.count for c in self.breakdown(measure, dimension))
                if got != total:
                    raise ValueError(
                        f"{measure}/{dimension}: categories sum to {got}, total is {total} "
                        "(every case needs exactly one category, 'unknown' included)"
                    )

    @cached_property
    def _index(self) -> dict[tuple[str, str, str], int]:
        return {(c.measure, c.dimension, c.category): c.count for c in self.cells}

    def count(self, measure: str, dimension: str, category: str) -> int:
        return self._index[(measure, dimension, category)]

    def total(self, measure: str) -> int:
        """The `total/all` count of a person measure."""
        return self.count(measure, TOTAL_DIMENSION, TOTAL_CATEGORY)

    def breakdown(self, measure: str, dimension: str) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells if c.measure == measure and c.dimension == dimension)

    @classmethod
    def from_counts(
        cls,
        quarter: Quarter | str,
        *,
        opened: Counts | None = None,
        active_at_end: Counts | None = None,
        closed: Counts | None = None,
        outcome: Mapping[str, int] | None = None,
        network: Mapping[str, int] | None = None,
    ) -> QuarterlyTable:
        """Build a table from plain dicts.

        `opened`/`active_at_end`/`closed` map dimension -> {category: count}; the `total` dimension
        (`{"total": {"all": n}}`) may be left out, it is then taken from the `form` breakdown.
        `outcome` and `network` map category -> count. Missing categories are zero; an unknown
        measure, dimension or category, a negative count, or a breakdown that does not sum to the
        total is a ValueError.
        """
        q = quarter if isinstance(quarter, Quarter) else Quarter.parse(quarter)
        given: dict[str, Counts] = {
            "opened": opened or {},
            "active_at_end": active_at_end or {},
            "closed": closed or {},
            "outcome": {"outcome": outcome or {}},
            "network": {"network": network or {}},
        }
        cells: list[Cell] = []
        for measure in MEASURES:
            counts = given[measure]
            allowed = dimensions(measure)
            for dimension, values in counts.items():
                if dimension not in allowed:
                    raise ValueError(f"{measure}: unknown dimension {dimension!r}")
                bad = set(values) - set(categories(dimension))
                if bad:
                    raise ValueError(f"{measure}/{dimension}: unknown categories {sorted(bad)}")
            for dimension in allowed:
                values = dict(counts.get(dimension, {}))
                if dimension == TOTAL_DIMENSION and TOTAL_DIMENSION not in counts:
                    values = {TOTAL_CATEGORY: sum(counts.get("form", {}).values())}
                for category in categories(dimension):
                    where = f"{measure}/{dimension}/{category}"
                    cells.append(Cell(measure, dimension, category, _check_count(values.get(category, 0), where)))
        return cls(q, tuple(cells))
