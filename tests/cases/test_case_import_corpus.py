"""Every case importer (service, CLI, dialog) against the corpus of real-world spreadsheets in
tests/corpus/cases/. The oracle is expected.json, written from the data the corpus was made of."""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from coordinator_app.db.models import Case, Person
from coordinator_app.errors import ValidationError
from coordinator_app.services.cases import sheet_import, store
from tests.helpers import run_cli

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "cases"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
LISTS = sorted(name for name, want in EXPECTED.items() if isinstance(want, list))


def _stored(vault) -> dict[str, dict[str, object]]:
    with vault.read() as session:
        rows = session.execute(select(Case, Person).join(Person, Person.case_id == Case.id)).all()
        return {c.case_number: {"case_number": c.case_number, "signal": c.signal_received_on.isoformat(),
                                "first_name": p.first_name, "last_name": p.last_name,
                                "date_of_birth": p.date_of_birth.isoformat() if p.date_of_birth else None,
                                "nationality": p.nationality} for c, p in rows}


def _nfc(record: dict[str, object]) -> dict[str, object]:
    return {k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in record.items()}


def test_corpus_is_complete() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.suffix not in (".py", ".json")}
    assert files == set(EXPECTED) and len(LISTS) >= 5


@pytest.mark.parametrize("name", LISTS)
def test_service_imports_every_list_exactly(vault, name: str) -> None:
    check = sheet_import.check_file(vault, CORPUS / name)
    assert [e.text("nl") for e in check.errors] == [] and not check.unknown_columns
    sheet_import.import_checked(vault, check)
    stored = _stored(vault)
    for want in EXPECTED[name]:
        assert stored[want["case_number"]] == _nfc(want)
    assert len(stored) == len(EXPECTED[name])


@pytest.mark.parametrize("name", [n for n, w in EXPECTED.items() if isinstance(w, dict) and "error" in w])
def test_refused_files_name_the_reason(vault, name: str) -> None:
    with pytest.raises(ValidationError) as info:
        sheet_import.check_file(vault, CORPUS / name)
    assert info.value.code == EXPECTED[name]["error"]
    assert "regel" in info.value.message("nl")
    assert store.count_cases(vault) == 0


def test_unknown_columns_need_an_explicit_choice(vault) -> None:
    check = sheet_import.check_file(vault, CORPUS / "unknown_column.csv")
    assert check.unknown_columns == EXPECTED["unknown_column.csv"]["unknown_columns"]
    with pytest.raises(ValidationError) as info:
        sheet_import.import_checked(vault, check)
    assert info.value.code == "import_unknown_columns" and "Telefoon cliënt" in info.value.message("nl")
    assert store.count_cases(vault) == 0
    result = sheet_import.import_checked(vault, check, ignore_columns=True)
    assert len(result.created) == 1


@pytest.mark.parametrize("name", ["world_names_title_row.csv", "libreoffice.ods"])
def test_cli_imports_the_corpus(vault_dir, passphrase_file, tmp_path, name: str) -> None:
    from coordinator_app.db.vault import Vault
    from tests.conftest import PASSPHRASE

    res = run_cli("import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file), str(CORPUS / name))
    assert res.returncode == 0, res.stderr
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        stored = _stored(vault)
    assert [stored[w["case_number"]] for w in EXPECTED[name]] == [_nfc(w) for w in EXPECTED[name]]


def test_cli_lists_unknown_columns_and_writes_nothing_without_ignore_columns(vault_dir, passphrase_file,
                                                                              tmp_path) -> None:
    from coordinator_app.db.vault import Vault
    from tests.conftest import PASSPHRASE

    path = tmp_path / "lijst.csv"
    shutil.copy(CORPUS / "unknown_column.csv", path)
    args = ("import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    res = run_cli(*args, str(path))
    assert res.returncode == 2 and "Telefoon cliënt" in res.stderr and "--ignore-columns" in res.stderr
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        assert store.count_cases(vault) == 0
    res = run_cli(*args, "--ignore-columns", str(path))
    assert res.returncode == 0, res.stderr
    assert "Geïmporteerd: 1" in res.stdout


def test_missing_required_column_is_reported_once(vault, tmp_path) -> None:
    path = tmp_path / "zonder.csv"
    path.write_text("dossiernummer;voornaam\nA-1;Ana\nA-2;Bo\nA-3;Cy\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        sheet_import.check_file(vault, path)
    assert info.value.code == "import_missing_column"
    assert info.value.message("nl").count("datum_signaal") == 1


@pytest.mark.parametrize(("header", "column"), [
    ("Voornaam\u00a0:", "voornaam"), ("  ACHTERNAAM  ", "achternaam"), ("Geboortedatum (dd-mm-jjjj)", "geboortedatum"),
    ("Datum\u00a0 signaal [verplicht]:", "datum_signaal"), ("\ufeffdossiernummer", "dossiernummer"),
    ("Geb. datum", "geboortedatum"), ("Opmerkingen", "notitie"), ("datum-gesloten", "datum_gesloten"),
])
def test_header_matching(header: str, column: str) -> None:
    assert sheet_import.header_for(header) == column


def test_age_contradicting_birth_date_is_an_error(vault, tmp_path) -> None:
    path = tmp_path / "leeftijd.csv"
    path.write_text("datum_signaal;geboortedatum;leeftijd\n01-03-2025;01-03-2000;25\n01-03-2025;01-03-2000;31\n",
                    encoding="utf-8")
    check = sheet_import.check_file(vault, path)
    assert [(e.row, e.column, e.code) for e in check.errors] == [(3, "leeftijd", "import_age_contradicts")]


@pytest.mark.parametrize(("serial", "iso"), [(1, "1900-01-01"), (59, "1900-02-28"), (61, "1900-03-01"),
                                             (45658, "2025-01-01"), (36526, "2000-01-01")])
def test_excel_serials(serial: int, iso: str) -> None:
    # the oracle: Excel's own table of serials (1 = 1900-01-01, 60 = the phantom 1900-02-29)
    assert sheet_import.excel_serial_date(serial).isoformat() == iso


def test_ods_and_old_xls(vault, tmp_path) -> None:
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(ValidationError) as info:
        sheet_import.check_file(vault, old)
    assert "sla het op als .xlsx" in info.value.message("nl")


def test_dialog_lists_unknown_columns_and_needs_a_choice(qtbot, vault) -> None:
    from coordinator_app.ui.cases.import_dialog import ImportDialog
    from coordinator_app.ui.worker import wait_idle

    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_path(str(CORPUS / "unknown_column.csv"))
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=10_000)
    assert "Telefoon cliënt" in dialog.summary.text()
    assert dialog.ignore_columns.isVisible() and not dialog.import_button.isEnabled()
    dialog.ignore_columns.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    wait_idle()
    assert store.count_cases(vault) == 1
    dialog.check_path(str(CORPUS / "world_names_title_row.csv"))
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=10_000)
    assert not dialog.ignore_columns.isVisible() and dialog.import_button.isEnabled()
    assert dialog.check.title_rows == [1]
    assert dialog.tr("Row(s) %1 above the column headers were skipped as a title.").replace("%1", "1") \
        in dialog.summary.text()


def test_excel_escapes_are_undone_and_notes_kept_exactly(vault, tmp_path) -> None:
    from tests.corpus.hostile.make_hostile import SHEET_HEAD, _xlsx

    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'

    sheet = SHEET_HEAD + "<sheetData><row r=\"1\">" + cell("A1", "datum_signaal") + cell("B1", "notitie") + \
        cell("C1", "voornaam") + "</row><row r=\"2\">" + cell("A2", "01-03-2025") + \
        cell("B2", "Regel 1_x000D_\nRegel 2 _x005F_x0041_ \u200cکار") + cell("C2", "Zoë") + \
        "</row></sheetData></worksheet>"
    path = _xlsx(tmp_path / "escapes.xlsx", sheet)
    sheet_import.import_checked(vault, sheet_import.check_file(vault, path))
    assert vault.execute_sql("SELECT text FROM journal_entries")[0][0] == "Regel 1\r\nRegel 2 _x0041_ \u200cکار"


def test_csv_cell_beyond_the_field_limit_is_named(vault, tmp_path) -> None:
    path = tmp_path / "lang.csv"
    path.write_text("datum_signaal;notitie\n01-03-2025;" + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        sheet_import.check_file(vault, path)
    assert info.value.code in ("import_cell_too_long", "import_cell_too_long_somewhere")
    assert "100.000" in info.value.message("nl")


def test_generated_case_numbers_never_collide_with_numbers_in_the_file(vault, tmp_path) -> None:
    from coordinator_app.services.settings import settings

    prefix = settings.get_all(vault).case_number_prefix
    existing = store.create_case(vault, store.CaseInput(signal_received_on="01-03-2025"))  # takes -0001
    path = tmp_path / "nummers.csv"
    path.write_text(f"dossiernummer;datum_signaal\n;02-03-2025\n{prefix}-2025-0003;03-03-2025\n;04-03-2025\n"
                    ";05-03-2024\n", encoding="utf-8")
    result = sheet_import.import_checked(vault, sheet_import.check_file(vault, path))
    numbers = [store.get_case(vault, i).case_number for i in [existing, *result.created]]
    assert numbers == [f"{prefix}-2025-0001", f"{prefix}-2025-0004", f"{prefix}-2025-0003", f"{prefix}-2025-0005",
                       f"{prefix}-2024-0001"]


def test_one_known_header_beside_unknown_ones_is_still_the_header(vault, tmp_path) -> None:
    path = tmp_path / "kort.csv"
    path.write_text("Datum signaal;Telefoon\n01-03-2025;06-1234567\n", encoding="utf-8")
    check = sheet_import.check_file(vault, path)
    assert check.unknown_columns == ["Telefoon"] and len(check.rows) == 1


def test_shared_strings_are_bounded(tmp_path) -> None:
    from coordinator_app.services.files import spreadsheet
    from tests.corpus.hostile.make_hostile import SHEET_HEAD, _xlsx

    strings = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + \
        "".join(f"<si><t>tekst {i}</t></si>" for i in range(11)) + "</sst>"
    sheet = SHEET_HEAD + '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    path = _xlsx(tmp_path / "sst.xlsx", sheet, {"xl/sharedStrings.xml": strings})
    assert spreadsheet.read_sheet(path, spreadsheet.Limits(max_shared_strings=20)) == [(1, ["tekst 0"])]
    with pytest.raises(ValidationError) as info:
        spreadsheet.read_sheet(path, spreadsheet.Limits(max_shared_strings=10))
    assert info.value.code == "import_too_many_texts" and "{" not in info.value.message("nl")


def test_a_number_taken_after_the_check_stops_the_import(vault, tmp_path) -> None:
    path = tmp_path / "later.csv"
    path.write_text("dossiernummer;datum_signaal\nL-1;01-03-2025\nL-2;01-03-2025\n", encoding="utf-8")
    check = sheet_import.check_file(vault, path)
    store.create_case(vault, store.CaseInput(signal_received_on="01-03-2025", case_number="L-2"))
    with pytest.raises(ValidationError) as info:
        sheet_import.import_checked(vault, check)
    assert info.value.code == "import_checked_again"
    assert store.count_cases(vault) == 1
