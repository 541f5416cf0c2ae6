"""Spreadsheet import (docs/DOMAIN.md §7): good and bad files, CSV and XLSX, duplicates, the CLI's exit codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from coordinator_app.errors import ValidationError
from coordinator_app.services import audit
from coordinator_app.services.cases import detail, sheet_import, store, work
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli

HEAD = "dossiernummer;datum_signaal;datum_geopend;status;uitbuitingsvorm;geslacht;leeftijd;nationaliteit;gemeente;" \
       "melder;informatief_gesprek;bedenktijd_start;opvang_type;opvang_datum;datum_gesloten;reden_gesloten;" \
       "voornaam;achternaam;notitie"
GOOD = [
    "ZM-2025-0101;2025-03-01;02-03-2025;actief;Arbeidsuitbuiting;Man;34;Roemenië;Zwolle;Politie;2025-03-10;"
    "15-03-2025;COSM (categorale opvang);2025-03-16;;;Ion;Popescu;Via AVIM",
    "ZM-2025-0102;10-04-2025;;signal;sexual;V;17;NL;Deventer;care;;;;;;;;;",
    "ZM-2025-0103;2024-01-05;2024-01-06;Gesloten;criminal;male;;Polen;Kampen;Onderwijs;;;;;2025-01-10;"
    "Doelen bereikt;;;",
]


def _csv(tmp_path: Path, rows: list[str], name: str = "lijst.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEAD, *rows]) + "\n", encoding="utf-8")
    return path


def test_good_csv_with_codes_and_dutch_labels(vault, tmp_path):
    result = sheet_import.import_file(vault, _csv(tmp_path, GOOD))
    assert len(result.created) == 3 and not result.skipped
    first = store.get_case(vault, result.created[0])
    assert first.status == "active" and first.values.primary_form == "labour"
    assert first.person.nationality == "RO" and first.person.gender == "male"
    assert first.values.opened_on == dt.date(2025, 3, 2)
    kinds = {m.kind: m for m in detail.list_milestones(vault, first.id)}
    assert kinds["shelter"].shelter_type == "cosm"
    assert kinds["reflection_period"].end_on == dt.date(2025, 6, 15)
    assert work.list_journal(vault, first.id)[0].text == "Via AVIM"
    second = store.get_case(vault, result.created[1])
    assert second.person.gender == "female" and second.status == "signal"
    third = store.get_case(vault, result.created[2])
    assert third.status == "closed" and third.values.closing_reason == "goals_reached"
    assert third.person.nationality == "PL" and third.values.referral_source == "education"
    assert "case_imported" in [e.event for e in audit.events(vault, case_id=third.id)]


def test_xlsx_with_real_dates(vault, tmp_path):
    path = tmp_path / "lijst.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Dossiernummer", "datum_signaal", "status", "uitbuitingsvorm", "geboortedatum", "gemeente"])
    ws.append(["ZM-2025-0200", dt.datetime(2025, 5, 1), "intake", "Seksuele uitbuiting", "2001-02-03", "Ommen"])
    ws.append([None, None, None, None, None, None])
    wb.save(path)
    result = sheet_import.import_file(vault, path)
    [cid] = result.created
    rec = store.get_case(vault, cid)
    assert rec.values.signal_received_on == dt.date(2025, 5, 1)
    assert rec.person.date_of_birth == dt.date(2001, 2, 3)


def test_bad_rows_are_listed_and_nothing_is_written(vault, tmp_path):
    bad = [
        GOOD[0],
        "ZM-2025-0110;31-02-2026;;actief;sexual;;;;Zwolle;;;;;;;;;;",
        "ZM-2025-0111;2025-01-01;;onzin;vorm-x;;;Atlantis;Amsterdam;;;;;;;;;;",
        "ZM-2025-0101;2025-01-01;;signal;;;;;;;;;;;;;;;",
        "ZM-2025-0112;2025-01-01;;closed;;;;;;;;;;;;;;;",
    ]
    check = sheet_import.check_file(vault, _csv(tmp_path, bad))
    found = {(e.row, e.column, e.code) for e in check.errors}
    assert (3, "datum_signaal", "invalid_date") in found
    assert {(4, "status", "import_unknown_value"), (4, "uitbuitingsvorm", "import_unknown_value"),
            (4, "nationaliteit", "import_unknown_country"), (4, "gemeente", "import_unknown_value")} <= found
    assert (5, "dossiernummer", "import_duplicate_in_file") in found
    assert (6, "datum_gesloten", "import_closed_needs_date") in found
    assert (6, "reden_gesloten", "import_closed_needs_reason") in found
    assert all(e.row != 2 for e in check.errors)
    assert check.errors[0].text("nl").startswith("Regel 3, kolom datum_signaal: ")
    with pytest.raises(sheet_import.ImportRejected) as err:
        sheet_import.import_checked(vault, check)
    assert "4 regel(s)" in err.value.message("nl")
    assert store.count_cases(vault) == 0
    result = sheet_import.import_checked(vault, check, good_rows_only=True)
    assert len(result.created) == 1 and result.rejected_rows == [3, 4, 5, 6]


def test_reimport_skip_or_update(vault, tmp_path):
    sheet_import.import_file(vault, _csv(tmp_path, GOOD[:2]))
    changed = GOOD[1].replace(";Deventer;", ";Raalte;")
    check = sheet_import.check_file(vault, _csv(tmp_path, [changed, GOOD[2]], "again.csv"))
    assert [r.case.case_number for r in check.duplicates] == ["ZM-2025-0102"]
    result = sheet_import.import_checked(vault, check)
    assert result.skipped == ["ZM-2025-0102"] and len(result.created) == 1
    result = sheet_import.import_checked(vault, sheet_import.check_file(vault, tmp_path / "again.csv"),
                                        on_duplicate="update")
    assert len(result.updated) == 2
    assert store.get_case(vault, result.updated[0]).values.municipality == "Raalte"
    assert store.count_cases(vault) == 3


@pytest.mark.parametrize(("content", "code"), [
    (b"", "import_empty"),
    ((HEAD + "\n").encode(), "import_empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "import_not_spreadsheet"),
    (b"PK\x03\x04 broken zip", "import_not_spreadsheet"),
    (b"naam,adres\nJan,Dorpsstraat 1\n", "import_no_headers"),
])
def test_files_that_cannot_be_imported(vault, tmp_path, content, code):
    path = tmp_path / "bestand.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        sheet_import.check_file(vault, path)
    assert err.value.code == code
    assert err.value.message("nl")


def test_template_round_trip(vault, tmp_path):
    for name in ("sjabloon.xlsx", "sjabloon.csv"):
        path = tmp_path / name
        sheet_import.write_template(path)
        with pytest.raises(ValidationError) as err:
            sheet_import.check_file(vault, path)
        assert err.value.code == "import_empty"
    wb = openpyxl.load_workbook(tmp_path / "sjabloon.xlsx")
    assert [c.value for c in wb.active[1]] == list(sheet_import.HEADERS)


def test_cli_exit_codes(vault_dir, tmp_path, passphrase_file):
    good = _csv(tmp_path, GOOD, "good.csv")
    bad = _csv(tmp_path, [GOOD[0], "X-1;31-02-2026;;;;;;;;;;;;;;;;;"], "bad.csv")
    args = ("import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    res = run_cli(*args, str(bad))
    assert res.returncode == 2 and "Regel 3, kolom datum_signaal" in res.stderr and "niets geïmporteerd" in res.stderr
    res = run_cli(*args, str(good))
    assert res.returncode == 0, res.stderr
    assert "Geïmporteerd: 3" in res.stdout
    res = run_cli(*args, str(good))
    assert res.returncode == 0 and "ZM-2025-0101" in res.stdout and "Geïmporteerd: 0" in res.stdout
    res = run_cli(*args, "--good-rows-only", str(bad))
    assert res.returncode == 0 and "regel(s) 3" in res.stdout
    notsheet = tmp_path / "foto.csv"
    notsheet.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    res = run_cli(*args, str(notsheet))
    assert res.returncode == 2 and "geen spreadsheet" in res.stderr
    res = run_cli("import", "--template", str(tmp_path / "leeg.xlsx"))
    assert res.returncode == 0 and (tmp_path / "leeg.xlsx").exists()
    res = run_cli(*args[:3], "--passphrase-file", str(tmp_path / "none"), str(good))
    assert res.returncode == 2
    assert PASSPHRASE not in res.stderr


def test_cli_template_to_an_unwritable_target_is_a_dutch_line_and_exit_2(tmp_path):
    folder = tmp_path / "map.csv"
    folder.mkdir()
    res = run_cli("import", "--template", str(folder))
    assert res.returncode == 2, res.stderr
    assert "Schrijven is mislukt" in res.stderr and "onverwachte fout" not in res.stderr
    res = run_cli("import", "--template", str(tmp_path / "bestaat-niet" / "leeg.csv"))
    assert res.returncode == 2 and "Schrijven is mislukt" in res.stderr


def test_rows_beyond_the_maximum_are_refused_not_dropped(vault, tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_import, "MAX_ROWS", 3)
    path = _csv(tmp_path, [GOOD[0]] * 4)
    with pytest.raises(ValidationError) as err:
        sheet_import.check_file(vault, path)
    text = err.value.message("nl")
    assert err.value.code == "import_too_many_rows" and "4 dossierregels" in text and "hoogstens 3" in text
    assert store.count_cases(vault) == 0
    table = sheet_import.read_table(_csv(tmp_path, [GOOD[0]] * 3, "drie.csv"))
    assert len(table.rows) == 3


def test_large_file_or_folder_is_refused_before_reading(vault, tmp_path, monkeypatch):
    big = tmp_path / "groot.csv"
    with big.open("wb") as fh:
        fh.truncate(sheet_import.MAX_FILE_BYTES + 1)
    opened: list[object] = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    with pytest.raises(ValidationError) as err:
        sheet_import.check_file(vault, big)
    assert err.value.code == "import_too_large" and opened == []
    with pytest.raises(ValidationError) as err:
        sheet_import.check_file(vault, tmp_path)
    assert err.value.code == "file_is_folder"
