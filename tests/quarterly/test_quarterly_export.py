"""CSV exactly per the contract of DOMAIN.md §6; XLSX opens with openpyxl and holds the same numbers."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from coordinator_app import __version__
from coordinator_app.reports.quarterly_export import (
    SHEET_NAMES,
    csv_bytes,
    export_bytes,
    write_export,
    xlsx_bytes,
)
from coordinator_app.services.quarterly_table import MEASURES, QuarterlyTable, categories, dimensions
from coordinator_app.services.suppression import PublishedTable, suppress
from tests.quarterly.quarterly_helpers import one_dimension_table

OPENED = {
    "form": {"sexual": 2, "labour": 7, "criminal": 9, "unknown": 12},
    "age_group": {"0-17": 3, "18-22": 8, "23+": 19},
    "gender": {"female": 18, "male": 12},
    "nationality_group": {"nl": 10, "eu_eea": 15, "non_eu": 5},
    "referral_source": {"police": 20, "care": 10},
    "municipality": {"Zwolle": 22, "Deventer": 6, "Olst-Wijhe": 2},
}
CLOSED = {
    "form": {"sexual": 6}, "age_group": {"23+": 6}, "gender": {"female": 6},
    "nationality_group": {"unknown": 6}, "referral_source": {"self": 6}, "municipality": {"outside_region": 6},
    "closing_reason": {"goals_reached": 5, "no_contact": 1},
}


@pytest.fixture
def published() -> PublishedTable:
    table = QuarterlyTable.from_counts(
        "2026Q3", opened=OPENED, active_at_end=OPENED, closed=CLOSED,
        outcome={"police_report": 3, "informative_interview": 8},
        network={"training_sessions": 2, "training_participants": 3, "organisations_reached": 14},
    )
    return suppress(table)


def test_csv_exactly_per_contract(published: PublishedTable) -> None:
    data = csv_bytes(published)
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    lines = text.split("\n")
    assert lines[0] == "quarter,measure,dimension,category,value"
    assert lines[-1] == ""  # ends with a newline, no blank rows
    rows = list(csv.reader(io.StringIO(text)))
    body = rows[1:]
    expected_keys = [
        (m, d, c) for m in MEASURES for d in dimensions(m) for c in categories(d)
    ]
    assert [(r[1], r[2], r[3]) for r in body] == expected_keys
    assert all(r[0] == "2026Q3" and len(r) == 5 for r in body)
    for r in body:
        assert r[4] in ("<5", "x") or (r[4].isdigit() and str(int(r[4])) == r[4])
    values = {(r[1], r[2], r[3]): r[4] for r in body}
    assert values[("opened", "total", "all")] == "30"
    assert values[("opened", "form", "sexual")] == "<5"
    assert values[("opened", "form", "labour")] == "x"
    assert values[("opened", "form", "organ")] == "0"
    assert values[("opened", "municipality", "Olst-Wijhe")] == "<5"
    assert values[("closed", "closing_reason", "no_contact")] == "<5"
    assert values[("outcome", "outcome", "police_report")] == "<5"
    assert values[("outcome", "outcome", "informative_interview")] == "8"
    assert values[("network", "network", "training_participants")] == "3"
    assert "opened,total,all,30\n" in text
    assert "2026Q3,opened,form,sexual,<5\n" in text


def test_csv_threshold_in_force() -> None:
    table = one_dimension_table("opened", {"sexual": 7, "labour": 12, "criminal": 20}, quarter="2026Q1")
    text = csv_bytes(suppress(table, 10)).decode()
    assert "2026Q1,opened,form,sexual,<10\n" in text
    assert "<5" not in text


def _read_sheet(ws) -> tuple[dict[str, object], dict[tuple[str, str], object]]:
    header: dict[str, object] = {}
    values: dict[tuple[str, str], object] = {}
    dimension = None
    in_table = False
    for row in ws.iter_rows(values_only=True):
        a, b, c = (*row, None, None, None)[:3]
        if isinstance(b, str) and b.startswith("dimensie: "):
            dimension, in_table = b.removeprefix("dimensie: "), False
        elif a == "Code" and b == "Omschrijving":
            in_table = True
        elif in_table and a is not None and dimension:
            values[(dimension, a)] = c
        elif a is None:
            in_table = False
        elif dimension is None and b is not None:
            header[a] = b
    return header, values


def test_xlsx_opens_and_has_the_same_numbers(published: PublishedTable) -> None:
    data = xlsx_bytes(published, generated=datetime(2026, 10, 2, 9, 30))
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == [SHEET_NAMES[m] for m in MEASURES]
    for measure in MEASURES:
        header, values = _read_sheet(workbook[SHEET_NAMES[measure]])
        assert header["Kwartaal"] == "2026Q3"
        assert header["Drempel"] == 5
        assert header["Gegenereerd op"] == "2026-10-02 09:30"
        assert header["Versie Coordinator"] == __version__
        assert header["Meting (code)"] == measure
        expected = {(c.dimension, c.category): c.value for c in published.cells if c.measure == measure}
        assert values == expected
    ws = workbook[SHEET_NAMES["opened"]]
    labels = {row[0]: row[1] for row in ws.iter_rows(values_only=True) if row[0] in ("sexual", "Zwolle")}
    assert labels == {"sexual": "Seksuele uitbuiting", "Zwolle": "Zwolle"}
    hidden_rows = [row for row in ws.iter_rows(values_only=True) if row[2] in ("<5", "x") and row[0] != "Code"]
    assert hidden_rows
    for row in hidden_rows:  # chart data: no bar (blank, not 0) and the marker beside the label
        assert row[21] is None
        assert row[20].endswith(f"({row[2]})")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) >= 3 * 6


def test_export_bytes_and_atomic_write(published: PublishedTable, tmp_path: Path) -> None:
    target = tmp_path / "kwartaal.csv"
    assert write_export(target, export_bytes(published, "csv")) == target
    assert target.read_bytes() == csv_bytes(published)
    write_export(target, b"quarter,measure,dimension,category,value\n")
    assert target.read_bytes().count(b"\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kwartaal.csv"]
    xlsx = tmp_path / "kwartaal.xlsx"
    write_export(xlsx, export_bytes(published, "xlsx"))
    assert openpyxl.load_workbook(xlsx).sheetnames[0] == SHEET_NAMES["opened"]
    with pytest.raises(ValueError):
        export_bytes(published, "pdf")  # type: ignore[arg-type]
