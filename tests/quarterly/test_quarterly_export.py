"""CSV exactly per the contract of docs/DISCLOSURE.md; XLSX opens with openpyxl and holds the same numbers."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from coordinator_app import __version__
from coordinator_app.domain.disclosure import PUBLISHED_MEASURES, PublishedTable, protect
from coordinator_app.domain.quarterly_table import QuarterlyTable
from coordinator_app.reports.quarterly_export import (
    csv_bytes,
    export_bytes,
    write_export,
    xlsx_bytes,
)
from tests.quarterly.quarterly_helpers import one_dimension_table

SHEET_NAMES = {"opened": "Geopend", "closed": "Gesloten", "outcome": "Meldroute", "network": "Netwerk"}

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
REST_OF_REGION = ("Dalfsen+Deventer+Hardenberg+Kampen+Olst-Wijhe+Ommen+Raalte+Staphorst+Steenwijkerland+"
                  "Zwartewaterland+outside_region+unknown")
REFERRAL = ("police", "labour_inspectorate", "veilig_thuis", "care", "education", "municipality", "shelter",
            "comensha", "self", "relative", "other", "unknown")
# Worked out by hand from OPENED/CLOSED, the trees in resources/reports/disclosure.toml and threshold 5.
EXPECTED_ROWS = [
    ("opened", "total", "all", "30"),
    # form: sexual 2 is a small item of the root, so the form breakdown is left out
    ("opened", "age_group", "0-17+18-22", "11"),  # 0-17 has 3
    ("opened", "age_group", "23+", "19"),
    ("opened", "age_group", "unknown", "0"),
    ("opened", "gender", "female", "18"), ("opened", "gender", "male", "12"),
    ("opened", "gender", "other", "0"), ("opened", "gender", "unknown", "0"),
    ("opened", "nationality_group", "nl", "10"), ("opened", "nationality_group", "eu_eea", "15"),
    ("opened", "nationality_group", "non_eu", "5"), ("opened", "nationality_group", "unknown", "0"),
    *[("opened", "referral_source", c, {"police": "20", "care": "10"}.get(c, "0")) for c in REFERRAL],
    ("opened", "municipality", REST_OF_REGION, "8"),  # Olst-Wijhe has 2
    ("opened", "municipality", "Zwolle", "22"),
    ("closed", "total", "all", "6"),
    ("closed", "form", "sexual", "6"), ("closed", "form", "labour", "0"), ("closed", "form", "criminal", "0"),
    ("closed", "form", "organ", "0"), ("closed", "form", "unknown", "0"),
    ("closed", "age_group", "0-17", "0"), ("closed", "age_group", "18-22", "0"), ("closed", "age_group", "23+", "6"),
    ("closed", "age_group", "unknown", "0"),
    ("closed", "gender", "female", "6"), ("closed", "gender", "male", "0"), ("closed", "gender", "other", "0"),
    ("closed", "gender", "unknown", "0"),
    ("closed", "nationality_group", "nl", "0"), ("closed", "nationality_group", "eu_eea", "0"),
    ("closed", "nationality_group", "non_eu", "0"), ("closed", "nationality_group", "unknown", "6"),
    *[("closed", "referral_source", c, "6" if c == "self" else "0") for c in REFERRAL],
    *[("closed", "municipality", c, "6" if c == "outside_region" else "0") for c in (
        "Dalfsen", "Deventer", "Hardenberg", "Kampen", "Olst-Wijhe", "Ommen", "Raalte", "Staphorst",
        "Steenwijkerland", "Zwartewaterland", "Zwolle", "outside_region", "unknown")],
    # closing_reason: no_contact 1 sits in the item beside goals_reached: left out
    ("outcome", "outcome", "informative_interview", "8"), ("outcome", "outcome", "police_report", "<5"),
    ("outcome", "outcome", "reflection_period", "0"), ("outcome", "outcome", "comensha_registration", "0"),
    ("outcome", "outcome", "shelter_cosm", "0"), ("outcome", "outcome", "shelter_other", "0"),
    ("outcome", "outcome", "veilig_thuis_report", "0"),
    ("network", "network", "training_sessions", "2"), ("network", "network", "training_participants", "3"),
    ("network", "network", "organisations_reached", "14"),
]


@pytest.fixture
def published() -> PublishedTable:
    table = QuarterlyTable.from_counts(
        "2026Q3", opened=OPENED, active_at_end=OPENED, closed=CLOSED,
        outcome={"police_report": 3, "informative_interview": 8},
        network={"training_sessions": 2, "training_participants": 3, "organisations_reached": 14},
    )
    return protect(table)


def test_csv_exactly_per_contract(published: PublishedTable) -> None:
    data = csv_bytes(published)
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    lines = text.split("\n")
    assert lines[0] == "quarter,measure,dimension,category,value"
    assert lines[-1] == ""  # ends with a newline, no blank rows
    rows = list(csv.reader(io.StringIO(text)))
    body = rows[1:]
    assert all(r[0] == "2026Q3" and len(r) == 5 for r in body)
    assert [tuple(r[1:]) for r in body] == EXPECTED_ROWS
    assert "active_at_end" not in text  # the stock is never published
    assert "x" not in {r[4] for r in body}
    assert "2026Q3,opened,total,all,30\n" in text


def test_csv_threshold_in_force() -> None:
    table = one_dimension_table("opened", {"sexual": 7, "labour": 12, "criminal": 20}, quarter="2026Q1")
    text = csv_bytes(protect(table, 10)).decode()
    assert "2026Q1,opened,total,all,39\n" in text
    assert "2026Q1,opened,form," not in text  # sexual 7 < 10 is an item of the root: no form breakdown
    table = one_dimension_table("opened", {"sexual": 3}, quarter="2026Q1")
    text = csv_bytes(protect(table, 10)).decode()
    assert "2026Q1,opened,total,all,<10\n" in text
    assert "<5" not in text and ",opened,form," not in text and ",opened,gender," not in text


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
    assert workbook.sheetnames == [SHEET_NAMES[m] for m in PUBLISHED_MEASURES]
    for measure in PUBLISHED_MEASURES:
        header, values = _read_sheet(workbook[SHEET_NAMES[measure]])
        assert header["Kwartaal"] == "2026Q3"
        assert header["Drempel"] == 5
        assert header["Gegenereerd op"] == "2026-10-02 09:30"
        assert header["Versie Coordinator"] == __version__
        assert header["Meting (code)"] == measure
        expected = {(c.dimension, c.category): c.value for c in published.cells if c.measure == measure}
        assert values == expected
    ws = workbook[SHEET_NAMES["opened"]]
    labels = {row[0]: row[1] for row in ws.iter_rows(values_only=True) if row[0] in ("0-17+18-22", "Zwolle")}
    assert labels == {"0-17+18-22": "0-17 jaar + 18-22 jaar", "Zwolle": "Zwolle"}
    ws = workbook[SHEET_NAMES["outcome"]]
    hidden_rows = [row for row in ws.iter_rows(values_only=True) if row[2] == "<5" and row[0] != "Code"]
    assert hidden_rows
    for row in hidden_rows:  # chart data: no bar (blank, not 0) and the marker beside the label
        assert row[21] is None
        assert row[20].endswith(f"({row[2]})")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 5 + 6 + 1 + 1  # opened: 5 breakdowns, closed: 6, outcome, network


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
