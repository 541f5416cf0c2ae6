"""The disclosure method (coordinator_app/domain/disclosure.py) against independent oracles.

- A reader who knows the rule, simulated by brute force: every form breakdown up to a total of 10
  is published, the tables are grouped by what they publish, and within each group every category
  must be able to take every value 1..T-1 whenever one of its tables has it there (and never be
  pinned when hidden). This is counter-example 3 of issue 15 in full.
- Random case sets (not random tables), counted by a plain loop here, checked with
  `check_against_truth` and with the exact check `audit`.
- `group_values` (HiGHS) against plain enumeration; `audit` catches unsafe tables; corrections;
  the tree file is validated.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator_app.domain.disclosure import (
    PublishedCell,
    PublishedTable,
    audit,
    group_values,
    parse_trees,
    protect,
    trees,
)
from coordinator_app.domain.quarterly_table import NETWORK_CATEGORIES, QuarterlyTable, categories, dimensions
from coordinator_app.resources_loader import ResourceError
from tests.quarterly.quarterly_helpers import check_against_truth, one_dimension_table, split_codes

FORMS = categories("form")


def _publication(table: QuarterlyTable, threshold: int) -> tuple:
    return tuple(r for r in protect(table, threshold).rows() if r[0] == "opened")


@pytest.mark.parametrize("threshold", [3, 5])
def test_a_reader_who_knows_the_rule_learns_nothing_more(threshold: int) -> None:
    groups: dict[tuple, list[dict[str, int]]] = defaultdict(list)
    for total in range(0, 11):
        for cut in itertools.combinations(range(total + len(FORMS) - 1), len(FORMS) - 1):
            bounds = (-1, *cut, total + len(FORMS) - 1)
            counts = {f: bounds[i + 1] - bounds[i] - 1 for i, f in enumerate(FORMS)}
            groups[_publication(one_dimension_table("opened", counts), threshold)].append(counts)
    small = set(range(1, threshold))
    checked = 0
    for publication, tables in groups.items():
        shown = {c for m, d, c, v in publication if d == "form" and "+" not in c}
        for form in FORMS:
            values = {t[form] for t in tables}
            if any(1 <= t[form] < threshold for t in tables):
                assert small <= values, (publication, form, sorted(values))
                checked += 1
            if form not in shown:
                assert len(values) >= 2, (publication, form, values)
    assert checked > 50


def test_counter_example_3_of_the_issue() -> None:
    """form = {labour 1, criminal 1, unknown 6}, total 8: the old method gave {1, 1, 6} away."""
    published = protect(one_dimension_table("opened", {"labour": 1, "criminal": 1, "unknown": 6}), 5)
    assert published.total("opened") == 8
    assert published.breakdown("opened", "form") == ()  # labour (1) is an item of the root
    published = protect(one_dimension_table("opened", {"sexual": 9, "labour": 6, "criminal": 1, "unknown": 9}), 5)
    assert [(c.category, c.value) for c in published.breakdown("opened", "form")] == [
        ("sexual", 9), ("labour", 6), ("criminal+organ+unknown", 10)]


def test_group_values_agree_with_enumeration() -> None:
    for threshold, items, total in [(3, 2, 3), (3, 3, 7), (5, 2, 5), (5, 2, 9), (5, 3, 6), (5, 4, 12), (7, 3, 8)]:
        expected: set[int] = set()
        for vector in itertools.product(range(total + 1), repeat=items):
            if sum(vector) == total and any(1 <= v < threshold for v in vector):
                expected.add(vector[0])
        got = group_values(threshold, items, total, values=range(total + 1), largest=False)
        assert got == expected, (threshold, items, total)


# --- random case sets -------------------------------------------------------------------------------

PERSON_DIMS = ("form", "age_group", "gender", "nationality_group", "referral_source", "municipality")


@st.composite
def case_sets(draw: st.DrawFn) -> list[dict[str, str]]:
    """Cases, each with one code per dimension and what happened in the quarter; skewed so that
    popular and rare categories both occur."""
    n = draw(st.one_of(st.integers(0, 15), st.integers(0, 60)))
    favourites = {d: draw(st.sampled_from(categories(d))) for d in (*PERSON_DIMS, "closing_reason")}
    cases = []
    for _ in range(n):
        case = {}
        for dim in (*PERSON_DIMS, "closing_reason"):
            rare = draw(st.integers(0, 3)) == 0
            case[dim] = draw(st.sampled_from(categories(dim))) if rare else favourites[dim]
        case["event"] = draw(st.sampled_from(["opened", "closed", "both", "active"]))
        cases.append(case)
    return cases


def _count(cases: list[dict[str, str]], quarter: str = "2026Q3") -> QuarterlyTable:
    person: dict[str, dict[str, dict[str, int]]] = {}
    for measure in ("opened", "active_at_end", "closed"):
        chosen = [c for c in cases if (c["event"] in (measure, "both")) or
                  (measure == "active_at_end" and c["event"] in ("opened", "active"))]
        person[measure] = {}
        for dim in dimensions(measure)[1:]:
            counts: dict[str, int] = {}
            for case in chosen:
                counts[case[dim]] = counts.get(case[dim], 0) + 1
            person[measure][dim] = counts
    outcome = {"police_report": sum(1 for c in cases if c["gender"] == "male")}
    return QuarterlyTable.from_counts(quarter, **person, outcome=outcome,
                                      network={k: 4 for k in NETWORK_CATEGORIES})


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases=case_sets(), threshold=st.sampled_from([3, 5, 5, 7, 11]))
def test_random_case_sets(cases: list[dict[str, str]], threshold: int) -> None:
    table = _count(cases)
    published = protect(table, threshold)
    check_against_truth(published, table)
    assert audit([published]) == []


# --- the exact check can fail ------------------------------------------------------------------------


def _edit(
    published: PublishedTable, measure: str, dimension: str, cells: list[tuple[str, int | str]]
) -> PublishedTable:
    kept = [c for c in published.cells if not (c.measure == measure and c.dimension == dimension)]
    new = [PublishedCell(measure, dimension, c, v) for c, v in cells]
    return PublishedTable(published.quarter, published.threshold, (*kept, *new), published.method, published.version)


def test_audit_finds_what_an_unsafe_table_gives_away() -> None:
    published = protect(one_dimension_table("opened", {"sexual": 9, "labour": 6, "criminal": 1, "unknown": 9}), 5)
    assert audit([published]) == []
    leaky = _edit(published, "opened", "form", [("sexual", 9), ("labour", 6), ("criminal", 1), ("organ+unknown", 9)])
    assert any("klein aantal" in p for p in audit([leaky]))
    wrong = _edit(published, "opened", "form", [("sexual", 9), ("labour", 6), ("criminal+organ+unknown", 11)])
    assert any("telt niet op" in p for p in audit([wrong]))
    # a version that splits a group an earlier version published whole
    later = _edit(published, "opened", "form", [("sexual", 9), ("labour", 6), ("criminal", 5), ("organ+unknown", 5)])
    later = PublishedTable(later.quarter, 5, later.cells, later.method, 2)
    assert audit([later]) == []
    assert any("eerdere versie" in p for p in audit([published, later]))


def test_a_correction_keeps_every_group_whole() -> None:
    first = protect(one_dimension_table("opened", {"sexual": 9, "labour": 6, "criminal": 1, "unknown": 9}), 5)
    now = one_dimension_table("opened", {"sexual": 9, "labour": 6, "criminal": 5, "unknown": 9})
    assert [c.category for c in protect(now, 5).breakdown("opened", "form")] == [
        "sexual", "labour", "criminal", "organ", "unknown"]  # fresh, it would split
    corrected = protect(now, 5, [first])
    assert corrected.version == 2
    assert [(c.category, c.value) for c in corrected.breakdown("opened", "form")] == [
        ("sexual", 9), ("labour", 6), ("criminal+organ+unknown", 14)]
    assert audit([first, corrected]) == []
    with pytest.raises(ValueError):
        protect(now, 7, [first])


def test_tree_file_is_validated() -> None:
    tr = trees()
    for dim, root in tr.roots.items():
        assert sorted(root.leaves) == sorted(categories(dim))
        for node in root.descendants():
            assert split_codes(dim, node.code) == list(node.leaves)
    good = {"method": "m", "trees": {d: list(categories(d)) for d in tr.roots}}
    assert parse_trees(good).method == "m"
    for broken in (
        {**good, "trees": {**good["trees"], "form": ["sexual", "labour"]}},  # codes missing
        {**good, "trees": {**good["trees"], "form": [*FORMS, "sexual"]}},  # a code twice
        {**good, "trees": {**good["trees"], "form": [*FORMS[:-1], [FORMS[-1]]]}},  # a group of one
        {**good, "trees": {**good["trees"], "age_group": ["0-17", ["18-22", "23+"], "unknown"]}},  # "23+" in a group
        {"trees": good["trees"]},  # no method name
    ):
        with pytest.raises(ResourceError):
            parse_trees(broken)
