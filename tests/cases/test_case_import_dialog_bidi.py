"""The case import dialog shows what comes from the file isolated: an unknown column header with a
right-to-left override (U+202E) or isolate (U+2067) is wrapped in FSI ... PDI in the summary, as is a
value quoted in a problem message; the names imported are stored exactly as in the file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from coordinator_app.db.models import Person
from coordinator_app.errors import MessageCode, message
from coordinator_app.services.cases import sheet_import
from coordinator_app.ui.cases.import_dialog import ImportDialog, _problem

FSI, PDI = "\u2068", "\u2069"
HEADER = "\u202eTelefoon\u202c cliënt"
FIRST = "\u2067أمل\u2069 Ana"
LAST = "\u202ePop\u202c"


def test_dialog_isolates_file_headers_and_keeps_names(qtbot, vault, tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text(f"dossiernummer;datum_signaal;voornaam;achternaam;{HEADER}\nU-1;01-03-2025;{FIRST};{LAST};06\n"
                    "U-2;31-02-2025;Bo;Berg;07\n", encoding="utf-8")
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_path(str(path))
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=10_000)
    assert FSI + HEADER + PDI in dialog.summary.text()
    rows = dialog.rows()
    assert [r["row"] for r in rows] == [3] and rows[0]["message"]  # the impossible date, one problem
    dialog.ignore_columns.setChecked(True)
    dialog.good_only.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    with vault.read() as s:
        assert s.execute(select(Person.first_name, Person.last_name)).all() == [(FIRST, LAST)]


def test_a_value_quoted_in_a_problem_is_isolated() -> None:
    value = "\u202eKolom X"
    error = sheet_import.RowError(4, "nationaliteit", MessageCode("import_missing_column", column=value))
    shown = _problem(error, "nl")
    assert FSI + value + PDI in shown
    assert shown == message("import_missing_column", "nl", column=FSI + value + PDI)
