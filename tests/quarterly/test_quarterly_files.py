"""XLSX and PDF hold the same numbers as the CSV; nothing personal in any format; atomic save + audit."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from coordinator_app.db.models import Case, Contact, JournalEntry, Person
from coordinator_app.db.vault import Vault
from coordinator_app.domain.disclosure import PUBLISHED_MEASURES, PublishedTable, cell_label
from coordinator_app.domain.quarter import Quarter
from coordinator_app.domain.quarterly_table import TOTAL_DIMENSION, dimension_label, measure_label
from coordinator_app.reports.page_style import Letterhead
from coordinator_app.reports.quarterly_pdf import quarterly_pdf
from coordinator_app.services import audit
from coordinator_app.services.quarterly import counts, exports

QUARTER = Quarter.current().previous()
SHEET_NAMES = {"opened": "Geopend", "closed": "Gesloten", "outcome": "Meldroute", "network": "Netwerk"}
SHEET_NAMES_EN = {"opened": "Opened", "closed": "Closed", "outcome": "Route", "network": "Network"}
CANARY_NAME = "Zyxwortelboom"
CANARY_NUMBER = "ZM-2026-9876"
CANARY_TEXT = "Kanariepietje-journaaltekst-4711"
CANARY_CONTACT = "Qwertyhuisman"


def csv_values(data: bytes) -> dict[tuple[str, str, str], str]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == ["quarter", "measure", "dimension", "category", "value"]
    return {(m, d, c): v for _q, m, d, c, v in rows[1:]}


def xlsx_values(data: bytes, lang: str = "nl") -> dict[tuple[str, str, str], str]:
    """(measure, dimension, category) -> value as text, read back with openpyxl."""
    sheets, prefix = (SHEET_NAMES, "dimensie: ") if lang == "nl" else (SHEET_NAMES_EN, "dimension: ")
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    assert book.sheetnames == list(sheets.values())
    found: dict[tuple[str, str, str], str] = {}
    for measure, sheet_name in sheets.items():
        dim = None
        for row in book[sheet_name].iter_rows(values_only=True):
            first, second, third = [*row, None, None, None][:3]
            if isinstance(second, str) and second.startswith(prefix):
                dim = second.removeprefix(prefix)
            elif dim and first not in (None, "Code") and third is not None:
                found[(measure, dim, str(first))] = str(third)
    return found


def pdf_values(data: bytes, published: PublishedTable) -> dict[tuple[str, str, str], str]:
    """Find every (label, value) row of every table in the PDF text, section by section."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    starts = [text.rindex(measure_label(m) + "\n") for m in PUBLISHED_MEASURES]
    found: dict[tuple[str, str, str], str] = {}
    for i, measure in enumerate(PUBLISHED_MEASURES):
        section = text[starts[i]: starts[i + 1] if i + 1 < len(starts) else len(text)]
        total = re.search(r"Totaal: (\S+)\n", section)
        if total:
            found[(measure, TOTAL_DIMENSION, "all")] = total.group(1)
        dims = [d for d in published.dimensions(measure) if d != TOTAL_DIMENSION]
        heads = [re.search(re.escape(dimension_label(d)) + r"\n\s*Categorie\n", section) for d in dims]
        assert all(heads), (measure, [d for d, h in zip(dims, heads, strict=True) if not h])
        for j, dim in enumerate(dims):
            part = section[heads[j].end(): heads[j + 1].start() if j + 1 < len(dims) else len(section)]
            for cell in published.breakdown(measure, dim):
                label = r"\s+".join(re.escape(word) for word in cell_label(dim, cell.category).split())  # may wrap
                match = re.search(r"(?:^|\n)\s*" + label + r"\n\s*(\S+)\n", part)
                if match:
                    found[(measure, dim, cell.category)] = match.group(1)
    return found


@pytest.fixture(scope="module")
def letterhead() -> Letterhead:
    return Letterhead(municipality="Gemeente Zwolle", address_lines=("Postbus 10007", "8000 GA  Zwolle"),
                      coordinator_name="Zorgcoördinator", place="Zwolle")


@pytest.fixture
def data(demo_vault: Vault) -> exports.ReportData:
    return exports.gather(demo_vault, QUARTER, threshold=5)


def test_xlsx_and_pdf_hold_the_numbers_of_the_csv(data: exports.ReportData) -> None:
    published = data.published
    summary = published.summary()
    assert summary.coarsened and summary.absent, "the demo quarter should have groups and left-out breakdowns"
    expected = csv_values(exports.render(data, "csv"))
    assert len(expected) == len(published.cells)
    assert xlsx_values(exports.render(data, "xlsx")) == expected
    assert xlsx_values(exports.render(data, "xlsx", "en"), "en") == expected  # the English workbook: same numbers
    assert pdf_values(exports.render(data, "pdf"), published) == expected


def test_pdf_is_an_anonymised_report(data: exports.ReportData, letterhead: Letterhead) -> None:
    pdf = quarterly_pdf(data.published, letterhead, data.trend, "nl", date(2026, 10, 5))
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join("\n".join(page.extract_text() for page in reader.pages).split())
    assert "Gemeente Zwolle" in text and "Zwolle, 5 oktober 2026" in text
    assert "Kwartaalrapportage mensenhandel" in text
    assert "bevat geen persoonsgegevens" in text and "bijzondere persoonsgegevens" not in text
    assert "Toelichting op de methode" in text and "De drempel in deze rapportage is 5" in text
    assert "Ontwikkeling over vier kwartalen" in text
    assert all(str(t.quarter) in text for t in data.trend)
    assert f"Pagina 1 van {len(reader.pages)}" in text
    assert reader.metadata.title == f"Kwartaalrapportage mensenhandel {QUARTER}"


def test_pdf_in_english(data: exports.ReportData, letterhead: Letterhead) -> None:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(
        quarterly_pdf(data.published, letterhead, data.trend, "en"))).pages)
    assert "Quarterly report on human trafficking" in text and "Method" in text
    assert "contains no personal data" in text


def test_pdf_fonts_are_embedded(data: exports.ReportData, letterhead: Letterhead) -> None:
    reader = PdfReader(io.BytesIO(quarterly_pdf(data.published, letterhead, data.trend)))
    names = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    assert names and not any("Helvetica" in n or "Times" in n for n in names), names


def _plant_canaries(vault: Vault) -> None:
    with vault.write() as session:
        opened = QUARTER.first_day
        case = Case(case_number=CANARY_NUMBER, status="active", signal_received_on=opened, opened_on=opened,
                    primary_form="organ", signal_text=CANARY_TEXT, municipality="Zwolle")
        session.add(case)
        session.flush()
        session.add(Person(case_id=case.id, first_name=CANARY_NAME, last_name=CANARY_NAME, gender="female"))
        session.add(JournalEntry(case_id=case.id, on=opened, text=CANARY_TEXT))
        session.add(Contact(first_name=CANARY_CONTACT, last_name=CANARY_CONTACT))


def _texts_of(fmt: str, content: bytes) -> list[str]:
    if fmt == "csv":
        return [content.decode("utf-8")]
    if fmt == "xlsx":
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return [archive.read(name).decode("utf-8", "replace") for name in archive.namelist()]
    reader = PdfReader(io.BytesIO(content))
    return [page.extract_text() for page in reader.pages] + [str(reader.metadata), content.decode("latin-1")]


@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_nothing_personal_in_any_export(demo_vault: Vault, tmp_path: Path, fmt: str) -> None:
    _plant_canaries(demo_vault)
    target = exports.export_quarterly(demo_vault, QUARTER, fmt, tmp_path / f"out.{fmt}")
    content = target.read_bytes()
    joined = "\n".join(_texts_of(fmt, content))
    for canary in (CANARY_NAME, CANARY_NUMBER, CANARY_TEXT, CANARY_CONTACT, "ZM-20"):
        assert canary not in joined, canary
    # no calendar date of a case: only the quarter, its first/last day in the PDF subtitle, and the day made
    iso_dates = set(re.findall(r"20\d\d-\d\d-\d\d", joined))
    assert iso_dates <= {date.today().isoformat()}, iso_dates


def test_save_is_atomic_and_audited_without_numbers(demo_vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "cijfers.csv"
    target.write_text("oud", encoding="utf-8")
    path = exports.export_quarterly(demo_vault, QUARTER, "csv", target, threshold=7)
    assert path == target
    assert target.read_bytes().startswith(b"quarter,measure,dimension,category,value\n")
    assert ",<7\n" in target.read_text(encoding="utf-8") or "<" not in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in folder.iterdir()) == ["cijfers.csv"]  # no temp file left
    event = audit.events(demo_vault, limit=1)[0]
    assert (event.event, event.object_kind, event.detail) == ("export_quarterly", "quarterly", f"{QUARTER}:csv")


@pytest.mark.parametrize(
    ("target", "code"),
    [("missing-folder/out.csv", "quarterly_target_unwritable"), (".", "quarterly_target_is_folder")],
)
def test_bad_target_is_a_known_error_and_writes_nothing(
    demo_vault: Vault, tmp_path: Path, target: str, code: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(exports.TargetInvalid) as info:
        exports.export_quarterly(demo_vault, QUARTER, "csv", folder / target)
    assert info.value.code == code and info.value.exit_code == 2
    assert "{" not in info.value.message("nl")
    assert list(folder.iterdir()) == []
    assert all(e.event != "export_quarterly" for e in audit.events(demo_vault, limit=5))


def test_bad_quarter_and_format() -> None:
    with pytest.raises(exports.QuarterInvalid):
        exports.parse_quarter("2026Q5")
    with pytest.raises(exports.FormatInvalid):
        exports.check_format("docx")
    assert exports.check_format(" PDF ") == "pdf"
    assert exports.default_filename(Quarter(2026, 3), "xlsx") == "kwartaalcijfers-2026Q3.xlsx"


def test_report_of_the_statistics_service_matches_gather(demo_vault: Vault) -> None:
    data = exports.gather(demo_vault, QUARTER, threshold=5)
    assert data.published == counts.quarterly_report(demo_vault, QUARTER, threshold=5)
    assert [t.quarter for t in data.trend] == QUARTER.trailing(4)
    assert data.letterhead.municipality == "Gemeente Zwolle"


@pytest.mark.parametrize(("code", "reason"), [(28, "disk_full"), (30, "read_only"), (13, "quarterly_no_access"),
                                               (5, "device_error"), (99999, "write_failed")])
def test_write_errors_name_the_cause_without_os_text(demo_vault: Vault, tmp_path: Path, monkeypatch, code, reason):
    from coordinator_app.errors import message

    def fail(_target, _content, *_hook):
        raise OSError(code, "raw OS text /home/jansen")

    monkeypatch.setattr(exports, "write_export", fail)
    with pytest.raises(exports.TargetInvalid) as info:
        exports.save(demo_vault, QUARTER, "csv", tmp_path / "x.csv", b"data")
    text = info.value.message("nl")
    assert message(reason, "nl") in text and "raw OS" not in text and "jansen" not in text
