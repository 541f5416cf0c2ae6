"""The quarterly workbook in the English UI is English (sheet names, header block, explanation, column
heads, category labels, chart titles), in Dutch it stays Dutch, and both hold the same codes and numbers.
Dutch words are found as the vocabulary test finds them (tests/ui/test_vocabulary.py)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

import openpyxl
import pytest

from coordinator_app.domain.disclosure import protect
from coordinator_app.domain.quarterly_table import QuarterlyTable
from coordinator_app.reports.quarterly_export import csv_bytes, export_bytes, xlsx_bytes
from tests.quarterly.test_quarterly_export import CLOSED, OPENED
from tests.ui.test_vocabulary import DUTCH, ENGLISH, glossary_words, words

GENERATED = datetime(2026, 10, 2, 9, 30)


@pytest.fixture
def published():
    table = QuarterlyTable.from_counts(
        "2026Q3", opened=OPENED, active_at_end=OPENED, closed=CLOSED,
        outcome={"police_report": 3, "informative_interview": 8},
        network={"training_sessions": 2, "training_participants": 3, "organisations_reached": 14},
    )
    return protect(table)


def texts_of(data: bytes) -> list[str]:
    """Every text a reader sees: workbook cells (shared and inline strings), sheet names, chart titles and
    series names, and the document title, read from the XML inside the file."""
    found: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml") or name.startswith("xl/styles") or "theme" in name:
                continue
            xml = archive.read(name).decode("utf-8")
            found += re.findall(r"<(?:t|a:t|c:v|dc:title)(?:\s[^>]*)?>([^<]*)</", xml)
            found += re.findall(r'<sheet [^>]*name="([^"]*)"', xml)
    return [t for t in found if t.strip()]


def without_codes(texts: list[str], published) -> list[str]:
    """The texts less the cells that are codes (language-free, as in the CSV): categories, joined groups,
    measures, and the code after "dimensie:"/"dimension:"."""
    codes = {c.category for c in published.cells} | {c.measure for c in published.cells}
    kept = [t for t in texts if t not in codes]
    return [re.sub(r"^(dimensie|dimension): \S+$", r"\1", t) for t in kept]


def numbers_and_codes(data: bytes) -> list[list[tuple[object, object]]]:
    """Per sheet, in order: (code, value) of every table row (columns A and C below a column head)."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in book.worksheets:
        rows, in_table = [], False
        for row in ws.iter_rows(values_only=True):
            a, _b, c = (*row, None, None, None)[:3]
            if a == "Code":
                in_table = True
            elif a is None:
                in_table = False
            elif in_table:
                rows.append((a, c))
        out.append(rows)
    return out


def test_english_workbook_has_no_dutch_word(published) -> None:
    english = xlsx_bytes(published, GENERATED, "en")
    dutch_words = DUTCH | glossary_words("nl") | {"kwartaal", "drempel", "gegenereerd", "versie", "meting",
                                                  "omschrijving", "waarde", "dimensie", "geopend", "gesloten",
                                                  "meldroute", "netwerk", "afgeschermd", "totaal", "alle"}
    found = {w for text in without_codes(texts_of(english), published) for w in words(text)
             if w.lower() in dutch_words}
    assert found == set()
    book = openpyxl.load_workbook(io.BytesIO(english))
    assert book.sheetnames == ["Opened", "Closed", "Route", "Network"]
    assert book.properties.title == "Quarterly figures on human trafficking 2026Q3"
    ws = book["Opened"]
    header = {row[0]: row[1] for row in ws.iter_rows(min_row=3, max_row=7, values_only=True)}
    assert header == {"Quarter": "2026Q3", "Measure (code)": "opened", "Threshold": 5,
                      "Generated on": "2026-10-02 09:30", "Coordinator version": header["Coordinator version"]}
    heads = [row[:3] for row in ws.iter_rows(values_only=True) if row[0] == "Code"]
    assert heads and set(heads) == {("Code", "Description", "Value")}
    labels = {row[0]: row[1] for row in ws.iter_rows(values_only=True) if row[0] in ("0-17+18-22", "female")}
    assert labels == {"0-17+18-22": "0-17 years + 18-22 years", "female": "Female"}


def test_dutch_workbook_stays_dutch(published) -> None:
    dutch = xlsx_bytes(published, GENERATED, "nl")
    assert export_bytes(published, "xlsx", GENERATED) == dutch  # Dutch is the default
    english_only = ENGLISH | glossary_words("en") | {"quarter", "threshold", "generated", "description", "value"}
    found = {w for text in without_codes(texts_of(dutch), published) for w in words(text)
             if w.lower() in english_only}
    assert found == set()
    assert openpyxl.load_workbook(io.BytesIO(dutch)).sheetnames == ["Geopend", "Gesloten", "Meldroute", "Netwerk"]


def test_both_languages_hold_the_same_codes_and_numbers(published) -> None:
    dutch, english = xlsx_bytes(published, GENERATED, "nl"), xlsx_bytes(published, GENERATED, "en")
    nl_rows, en_rows = numbers_and_codes(dutch), numbers_and_codes(english)
    assert en_rows == nl_rows
    expected = [(c.category, c.value) for c in published.cells if c.measure != "active_at_end"]
    assert [row for sheet in nl_rows for row in sheet] == expected
    with zipfile.ZipFile(io.BytesIO(dutch)) as a, zipfile.ZipFile(io.BytesIO(english)) as b:
        assert len([n for n in a.namelist() if "charts/chart" in n]) == len(
            [n for n in b.namelist() if "charts/chart" in n]) > 0
    assert csv_bytes(published) == export_bytes(published, "csv", GENERATED, "en")  # CSV: codes, language-free
