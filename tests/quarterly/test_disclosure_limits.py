"""A limit of the quarterly guarantee, shown with real exports (issue 15, docs/DISCLOSURE.md "What it is not").

The guarantee treats the caseload as unknown, also before the first published quarter. A reader who knows
it at some moment (for example: the care coordination had no cases before that quarter) can pin a hidden
count: six cases
opened in 2025Q1 (the first quarter with cases), 2025Q2 closes one ("<5"), 2025Q3 closes five. With no
cases before 2025Q1, at most six can ever be closed, so 2025Q2's "<5" is exactly 1. The attack below
reads only the CSV files and enumerates itself; the words (DPIA sheet, method text and introduction of the
report, docs) must name this limit as long as the attack works. If the method one day closes the gap, the
first test fails and the words can be changed back.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from coordinator_app.db.vault import Vault
from coordinator_app.domain.disclosure import protect
from coordinator_app.services.quarterly import exports
from tests.quarterly.auditor import casesets, truth
from tests.quarterly.quarterly_helpers import one_dimension_table

ROOT = Path(__file__).resolve().parents[2]
QUARTERS = ["2025Q1", "2025Q2", "2025Q3"]


def _named(limit: str, places: tuple[tuple[str, str], ...]) -> None:
    """Each file (path under the repository) says `phrase` (whitespace folded): the words name the limit."""
    for path, phrase in places:
        text = " ".join((ROOT / path).read_text(encoding="utf-8").split())
        assert phrase in text, f"{path} does not name the limit of {limit}"


def _totals(path: Path) -> dict[str, str]:
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    return {f"{r['quarter']} {r['measure']}": r["value"] for r in rows if r["dimension"] == "total"}


def _feasible(text: str, threshold: int) -> range:
    return range(1, threshold) if text == f"<{threshold}" else range(int(text), int(text) + 1)


def _closed_in_second_quarter(totals: dict[str, str], threshold: int, start: int | None,
                              after_first: int | None = None) -> set[int]:
    """Every value 2025Q2's closed total can take for a reader of the totals; `start` is the caseload
    before 2025Q1 the reader knows (None: unknown, any number >= 0 — tried up to 50), `after_first` the
    caseload at the end of 2025Q1 when the reader knows it."""
    opened = [_feasible(totals[f"{q} opened"], threshold) for q in QUARTERS]
    closed = [_feasible(totals[f"{q} closed"], threshold) for q in QUARTERS]
    values: set[int] = set()
    for s in ([start] if start is not None else range(51)):
        for o1 in opened[0]:
            for o2 in opened[1]:
                for o3 in opened[2]:
                    for c1 in closed[0]:
                        for c2 in closed[1]:
                            for c3 in closed[2]:
                                stock = [s + o1 - c1, s + o1 + o2 - c1 - c2, s + o1 + o2 + o3 - c1 - c2 - c3]
                                if min(stock) >= 0 and after_first in (None, stock[0]):
                                    values.add(c2)
    return values


def test_a_known_starting_caseload_pins_a_hidden_count(vault: Vault, tmp_path: Path) -> None:
    closed = [dt.date(2025, 5, 1)] + [dt.date(2025, 8, 1)] * 5
    casesets.write_cases(vault, [
        truth.CaseRow(dt.date(2025, 1, 2), dt.date(2025, 1, 6), day, form="sexual", municipality="Zwolle",
                      closing_reason="goals_reached")
        for day in closed])
    totals: dict[str, str] = {}
    for quarter in QUARTERS:
        totals |= _totals(exports.export_quarterly(vault, quarter, "csv", tmp_path / f"{quarter}.csv", 5))
    assert totals["2025Q2 closed"] == "<5"  # hidden, as the method says
    assert _closed_in_second_quarter(totals, 5, None) == {1, 2, 3, 4}  # the guarantee's reader: nothing learnt
    assert _closed_in_second_quarter(totals, 5, 0) == {1}  # a reader who knows there were no cases before
    assert _closed_in_second_quarter(totals, 5, None, after_first=6) == {1}  # or the caseload at the end of Q1


def test_the_words_name_the_limit() -> None:
    _named("a known starting caseload", (
        ("resources/dpia/dpia_nl.md", "hoeveel dossiers er op een bepaald moment liepen"),
        ("resources/dpia/dpia_en.md", "how many cases were running at some moment"),
        ("docs/DPIA.md", "hoeveel dossiers er op een bepaald moment liepen"),
        ("resources/locale/nl/LC_MESSAGES/reports.po", "hoeveel dossiers er op een bepaald moment liepen"),
        ("resources/locale/en/LC_MESSAGES/reports.po", "how many cases were running at some moment"),
        ("docs/DISCLOSURE.md", "tests/quarterly/test_disclosure_limits.py"),
    ))


def _item_values(threshold: int, sizes: tuple[int, ...], total: int) -> set[int]:
    """Every value the first code can take in a group left whole whose items hold `sizes` codes each:
    the codes add up to `total` and at least one item has 1..T-1 (plain enumeration)."""
    codes = sum(sizes)
    found: set[int] = set()

    def fill(prefix: tuple[int, ...]) -> None:
        if len(prefix) == codes - 1:
            last = total - sum(prefix)
            if last < 0:
                return
            values = (*prefix, last)
            items, start = [], 0
            for size in sizes:
                items.append(sum(values[start:start + size]))
                start += size
            if any(1 <= item < threshold for item in items):
                found.add(values[0])
            return
        for v in range(total - sum(prefix) + 1):
            fill((*prefix, v))

    fill(())
    return found


def test_a_code_alone_in_a_group_of_two_items_is_known_not_to_be_zero() -> None:
    """docs/DISCLOSURE.md: a code that is one of exactly two items of a group on its own is known not to
    be 0 (`male+other+unknown` = 12), and every value 1..T-1 stays possible; with three items, or with
    a sibling code inside its item, 0 stays possible too."""
    for threshold in (3, 5, 7):
        small = set(range(1, threshold))
        for total in range(threshold, 3 * threshold):
            two = _item_values(threshold, (1, 2), total)  # male | other+unknown
            assert 0 not in two and small <= two, (threshold, total, two)
            assert small | {0} <= _item_values(threshold, (1, 1, 1), total)
            assert small | {0} <= _item_values(threshold, (2, 1), total)  # a sibling code in its item
    assert _item_values(5, (1, 2), 12) == {1, 2, 3, 4, 8, 9, 10, 11}
    text = " ".join((ROOT / "docs" / "DISCLOSURE.md").read_text(encoding="utf-8").split())
    assert "the reader learns that this code is **not 0** (`male+other+unknown` = 12" in text


def test_two_versions_read_as_one_change_narrow_a_hidden_count() -> None:
    """docs/DISCLOSURE.md: a reader who assumes that only one case changed between two versions of a
    quarter can work out a hidden count of the correction. Version 1 is exact; one labour case is deleted;
    version 2 leaves the form breakdown out. The reader tries every single-case deletion from version 1's
    (exact) table and keeps those the method publishes as version 2 (the app's protection as a black box,
    as the enumeration auditor does): in every one, the small item holds exactly 4."""
    before = {"sexual": 10, "labour": 5, "criminal": 5}
    first = protect(one_dimension_table("opened", before), 5)
    assert [(c.category, c.value) for c in first.breakdown("opened", "form")] == [
        ("sexual", 10), ("labour", 5), ("criminal", 5), ("organ", 0), ("unknown", 0)]
    after = {"sexual": 10, "labour": 4, "criminal": 5}
    second = protect(one_dimension_table("opened", after), 5, [first])
    shown = [r for r in second.rows() if r[0] == "opened"]
    assert second.total("opened") == 19 and "form" not in second.dimensions("opened")
    readings = []
    for code, count in before.items():
        candidate = {**before, code: count - 1}
        published = protect(one_dimension_table("opened", candidate), 5, [first])
        if [r for r in published.rows() if r[0] == "opened"] == shown:
            readings.append(candidate)
    assert after in readings and len(readings) == 2
    assert {min(v for v in reading.values() if 1 <= v < 5) for reading in readings} == {4}
    _named("comparing versions", (
        ("resources/dpia/dpia_nl.md", "aanneemt dat er maar weinig dossiers veranderden"),
        ("resources/dpia/dpia_en.md", "assumes that only a few cases changed"),
        ("resources/locale/nl/LC_MESSAGES/reports.po", "aanneemt dat er maar weinig dossiers veranderden"),
        ("resources/locale/en/LC_MESSAGES/reports.po", "assumes that only a few cases changed"),
        ("docs/DISCLOSURE.md", "assumes that only a few cases changed"),
    ))
