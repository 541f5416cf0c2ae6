"""Small-cell suppression: unit cases. Each published table is also checked by the attacker."""

from __future__ import annotations

import pytest

from coordinator_app.services.quarterly_table import QuarterlyTable
from coordinator_app.services.suppression import Status, explanation, suppress
from tests.quarterly.quarterly_helpers import assert_protected, one_dimension_table


def form_values(published, measure: str = "opened") -> dict[str, int | str]:
    return {c.category: c.value for c in published.breakdown(measure, "form")}


def protected(table: QuarterlyTable, threshold: int = 5):
    published = suppress(table, threshold)
    assert_protected(published, table)
    return published


def test_single_small_cell_hides_smallest_cell_at_or_above_threshold() -> None:
    published = protected(one_dimension_table("opened", {"sexual": 2, "labour": 7, "criminal": 9, "unknown": 12}))
    assert form_values(published) == {"sexual": "<5", "labour": "x", "criminal": 9, "organ": 0, "unknown": 12}
    assert published.value("opened", "total", "all") == 30
    assert published.cell("opened", "form", "labour").status is Status.COMPLEMENTARY
    assert published.cell("opened", "form", "sexual").status is Status.PRIMARY
    assert not published.blanked


def test_complement_that_would_pin_the_small_cell_is_skipped() -> None:
    # sexual=1 with labour=5: labour is known to be >= 5, so 1 + 5 = 6 would give sexual = 1 exactly.
    published = protected(one_dimension_table("opened", {"sexual": 1, "labour": 5, "criminal": 7}))
    assert form_values(published) == {"sexual": "<5", "labour": 5, "criminal": "x", "organ": 0, "unknown": 0}


def test_two_small_cells_in_a_row_protect_each_other() -> None:
    published = protected(one_dimension_table("closed", {"sexual": 2, "labour": 3, "criminal": 9}))
    assert form_values(published, "closed") == {
        "sexual": "<5", "labour": "<5", "criminal": 9, "organ": 0, "unknown": 0,
    }


def test_two_small_cells_that_sum_to_two_need_a_complement() -> None:
    # Both "<5" and summing to 2: each must be 1. Hide the smallest cell >= 5 as well.
    published = protected(one_dimension_table("opened", {"sexual": 1, "labour": 1, "criminal": 9, "unknown": 6}))
    assert form_values(published) == {"sexual": "<5", "labour": "<5", "criminal": 9, "organ": 0, "unknown": "x"}


def test_small_total() -> None:
    published = protected(one_dimension_table("active_at_end", {"sexual": 2, "labour": 1}))
    assert published.value("active_at_end", "total", "all") == "<5"
    assert form_values(published, "active_at_end") == {
        "sexual": "<5", "labour": "<5", "criminal": 0, "organ": 0, "unknown": 0,
    }
    assert published.value("active_at_end", "gender", "female") == "<5"
    assert published.value("active_at_end", "gender", "male") == 0


def test_total_is_hidden_when_a_breakdown_has_nothing_else_to_hide() -> None:
    # gender 4 + 4 = 8: both "<5" and summing to 8, so both are 4. No other non-zero gender cell:
    # the total must go, and then every breakdown must hide a cell so it cannot give the total back.
    opened = {
        "form": {"sexual": 8}, "age_group": {"23+": 8}, "gender": {"female": 4, "male": 4},
        "nationality_group": {"non_eu": 8}, "referral_source": {"police": 8}, "municipality": {"Zwolle": 8},
    }
    published = protected(QuarterlyTable.from_counts("2026Q3", opened=opened))
    assert published.value("opened", "total", "all") == "x"
    for dim in ("form", "age_group", "nationality_group", "referral_source", "municipality"):
        assert any(c.hidden for c in published.breakdown("opened", dim)), dim
    assert published.value("opened", "gender", "female") == "<5"
    assert published.value("opened", "gender", "other") == 0


def test_unprotectable_measure_publishes_only_its_total() -> None:
    # Four cases, four forms: each form is at least 1, so the total "<5" is 4 and "all 23+" shows 4.
    published = protected(one_dimension_table("opened", {"sexual": 1, "labour": 1, "criminal": 1, "unknown": 1}))
    assert published.blanked == frozenset({"opened"})
    assert published.value("opened", "total", "all") == "<5"
    assert set(form_values(published).values()) == {"x"}
    assert published.value("opened", "gender", "other") == "x"
    assert published.value("closed", "total", "all") == 0  # other measures untouched


def test_zeros_untouched() -> None:
    published = protected(one_dimension_table("opened", {"sexual": 2, "labour": 7, "criminal": 9}))
    assert published.value("opened", "form", "organ") == 0
    assert published.value("opened", "gender", "male") == 0
    assert all(c.value == 0 for c in published.breakdown("closed", "municipality"))
    assert published.value("closed", "total", "all") == 0


def test_threshold_ten() -> None:
    published = protected(
        one_dimension_table("opened", {"sexual": 7, "labour": 12, "criminal": 15, "unknown": 30}), threshold=10
    )
    assert published.primary_mark == "<10"
    assert form_values(published) == {"sexual": "<10", "labour": "x", "criminal": 15, "organ": 0, "unknown": 30}
    assert published.value("opened", "total", "all") == 64


def test_threshold_ten_same_counts_pass_at_five() -> None:
    published = protected(one_dimension_table("opened", {"sexual": 7, "labour": 12, "criminal": 15}))
    assert form_values(published) == {"sexual": 7, "labour": 12, "criminal": 15, "organ": 0, "unknown": 0}
    assert not published.hidden_cells()


def test_outcome_primary_only_network_untouched() -> None:
    table = QuarterlyTable.from_counts(
        "2026Q3",
        outcome={"police_report": 2, "shelter_cosm": 7, "informative_interview": 11},
        network={"training_sessions": 2, "training_participants": 40, "organisations_reached": 3},
    )
    published = protected(table)
    outcome = {c.category: c.value for c in published.breakdown("outcome", "outcome")}
    assert outcome["police_report"] == "<5"
    assert outcome["shelter_cosm"] == 7
    assert outcome["informative_interview"] == 11
    assert outcome["reflection_period"] == 0
    assert "x" not in outcome.values()
    network = {c.category: c.value for c in published.breakdown("network", "network")}
    assert network == {"training_sessions": 2, "training_participants": 40, "organisations_reached": 3}


@pytest.mark.parametrize("threshold", [0, 1, 2, 101])
def test_threshold_out_of_range(threshold: int) -> None:
    with pytest.raises(ValueError):
        suppress(QuarterlyTable.from_counts("2026Q3"), threshold)


def test_explanation_mentions_threshold() -> None:
    assert "<10" in explanation(10)[0]
    assert "1 en 9" in explanation(10)[0]
    assert "worked out" in explanation(5, "en")[1]


def test_empty_quarter_hides_nothing() -> None:
    published = protected(QuarterlyTable.from_counts("2026Q3"))
    assert not published.hidden_cells()
    assert {c.value for c in published.cells} == {0}
