"""The raw quarterly table: layout, zeros, code-list order, checks."""

from __future__ import annotations

import pytest

from coordinator_app.codes import code_list
from coordinator_app.domain.quarter import Quarter
from coordinator_app.domain.quarterly_table import (
    MEASURES,
    QuarterlyTable,
    category_label,
    dimensions,
    layout,
)

OPENED = {
    "form": {"sexual": 3, "labour": 6},
    "age_group": {"18-22": 2, "23+": 7},
    "gender": {"female": 5, "male": 4},
    "nationality_group": {"nl": 1, "eu_eea": 6, "non_eu": 2},
    "referral_source": {"police": 9},
    "municipality": {"Zwolle": 8, "Deventer": 1},
}


def test_dimensions_per_contract() -> None:
    person = ("total", "form", "age_group", "gender", "nationality_group", "referral_source", "municipality")
    assert dimensions("opened") == person
    assert dimensions("active_at_end") == person
    assert dimensions("closed") == (*person, "closing_reason")
    assert dimensions("outcome") == ("outcome",)
    assert dimensions("network") == ("network",)
    assert MEASURES == ("opened", "active_at_end", "closed", "outcome", "network")
    with pytest.raises(ValueError):
        dimensions("deleted")


def test_from_counts_fills_every_category_in_code_list_order() -> None:
    table = QuarterlyTable.from_counts("2026Q3", opened=OPENED, outcome={"police_report": 2})
    assert table.quarter == Quarter(2026, 3)
    assert [(c.measure, c.dimension, c.category) for c in table.cells] == list(layout())
    assert table.total("opened") == 9  # derived from the form breakdown
    assert [c.category for c in table.breakdown("opened", "municipality")] == list(code_list("municipality").codes)
    assert table.count("opened", "municipality", "Zwolle") == 8
    assert table.count("opened", "municipality", "Kampen") == 0
    assert table.count("closed", "closing_reason", "other") == 0
    assert table.count("outcome", "outcome", "police_report") == 2
    assert table.count("network", "network", "training_sessions") == 0
    expected_rows = 3 * (1 + 5 + 4 + 4 + 4 + 12 + 13) + 6 + 7 + 3
    assert len(table.cells) == expected_rows


def test_explicit_total_and_network() -> None:
    table = QuarterlyTable.from_counts(
        Quarter(2026, 1),
        opened={"total": {"all": 9}, **OPENED},
        network={"training_sessions": 2, "training_participants": 31, "organisations_reached": 7},
    )
    assert table.total("opened") == 9
    assert table.count("network", "network", "training_participants") == 31


@pytest.mark.parametrize(
    "opened",
    [
        {**OPENED, "gender": {"female": 5}},  # sums to 5, not 9
        {**OPENED, "total": {"all": 10}},
        {**OPENED, "gender": {"female": 5, "vrouw": 4}},  # unknown category
        {**OPENED, "colour": {"red": 9}},  # unknown dimension
        {**OPENED, "closing_reason": {"other": 9}},  # only for closed
        {**OPENED, "form": {"sexual": -1, "labour": 10}},
        {**OPENED, "form": {"sexual": 3.0, "labour": 6}},
    ],
)
def test_bad_counts_are_rejected(opened: dict) -> None:
    with pytest.raises(ValueError):
        QuarterlyTable.from_counts("2026Q3", opened=opened)


def test_unknown_outcome_rejected() -> None:
    with pytest.raises(ValueError):
        QuarterlyTable.from_counts("2026Q3", outcome={"arrest": 1})


def test_labels() -> None:
    assert category_label("form", "sexual") == "Seksuele uitbuiting"
    assert category_label("total", "all") == "Alle dossiers"
    assert category_label("network", "training_sessions", "en") == "Training sessions given"
