"""What the auditor knows about the report, written down from the domain definitions (not from the app).

Person measures count cases: `opened` (opening date in the quarter), `closed` (closing date in the
quarter) and `active_at_end` (opened on or before the last day, not closed by then). Each case has
exactly one category per dimension (`unknown` included), so every breakdown sums to the total.
Every dimension except `closing_reason` is a property the case keeps for its whole life (as the
vault holds it at export time), so the stock-and-flow identity holds per category:
active_at_end(Q) = active_at_end(Q-1) + opened(Q) - closed(Q).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from coordinator_app.codes import code_list

PERSON_MEASURES = ("opened", "active_at_end", "closed")
TOTAL = ("total", "all")
CASE_DIMENSIONS = ("form", "age_group", "gender", "nationality_group", "referral_source", "municipality")
STOCK_FLOW_DIMENSIONS = ("total", *CASE_DIMENSIONS)  # categories that do not change during a case
OUTCOME = "outcome"
NETWORK = "network"
NETWORK_CATEGORIES = ("training_sessions", "training_participants", "organisations_reached")

Key = tuple[str, str, str, str]  # quarter, measure, dimension, fine category


def dimensions(measure: str) -> tuple[str, ...]:
    if measure in PERSON_MEASURES:
        return ("total", *CASE_DIMENSIONS, *(("closing_reason",) if measure == "closed" else ()))
    if measure == OUTCOME:
        return (OUTCOME,)
    if measure == NETWORK:
        return (NETWORK,)
    raise ValueError(f"unknown measure {measure!r}")


@cache
def categories(dimension: str) -> tuple[str, ...]:
    if dimension == "total":
        return ("all",)
    if dimension == NETWORK:
        return NETWORK_CATEGORIES
    return tuple(code_list(dimension).codes)


def parts(dimension: str, category: str) -> tuple[str, ...]:
    """The fine categories a published category covers: itself, or `A+B+...` joined with '+'.

    Codes may hold a '+' themselves (`23+`), so the split follows the code list exactly; anything
    that is not a '+'-join of distinct codes of the dimension is a ValueError.
    """
    codes = categories(dimension)
    if category in codes:
        return (category,)

    def split(rest: str) -> tuple[str, ...] | None:
        for code in sorted(codes, key=len, reverse=True):
            if rest == code:
                return (code,)
            if rest.startswith(code + "+"):
                tail = split(rest[len(code) + 1:])
                if tail is not None:
                    return (code, *tail)
        return None

    found = split(category)
    if not found or len(set(found)) != len(found):
        raise ValueError(f"{dimension}: {category!r} is not a category or a '+'-join of categories")
    return found


@dataclass(frozen=True)
class Mark:
    """What a published value tells a reader: the count lies in [low, high] (high may be inf)."""

    text: str
    low: int
    high: float

    @property
    def exact(self) -> bool:
        return self.low == self.high


@dataclass(frozen=True)
class ReaderModel:
    """How the reader interprets the marks (as the method text documents them).

    `x_low`: the least value an `x` can stand for (0 unless the method text promises more).
    """

    threshold: int
    x_low: int = 0

    def mark(self, text: str) -> Mark:
        value = text.strip()
        if value.isdigit():
            return Mark(value, int(value), int(value))
        if value == f"<{self.threshold}":
            return Mark(value, 1, self.threshold - 1)
        if value == "x":
            return Mark(value, self.x_low, math.inf)
        raise ValueError(f"unknown published value {text!r} (threshold {self.threshold})")
