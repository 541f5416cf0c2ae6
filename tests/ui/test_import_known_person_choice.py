"""The case import dialog asks "Is deze persoon al bekend?" for every row whose person may already be in the
vault: candidates with name, date of birth, case number, status and "lijkt op"; a choice per row; nothing is
imported before every such row has one; the vault afterwards holds exactly what was chosen."""

from __future__ import annotations

import os
from pathlib import Path

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from coordinator_app.ui.worker import wait_idle

WAIT = 10_000
HEAD = "dossiernummer;datum_signaal;geboortedatum;voornaam;achternaam;notitie"
ROWS = [
    "OUD-1;2025-11-02;12-03-1990;Malgorzata;Kowalska;eerste melding",  # row 2: Małgorzata Kowalska exactly
    "OUD-2;2025-11-03;;Mohamed;Benali;",  # row 3: resembles Mohammed Benali ("lijkt op")
    "OUD-3;2025-11-04;;Pieter;Jansen;",  # row 4: nobody known
    "OUD-4;2025-11-05;;Mohammed;Benaly;tweede",  # row 5: resembles Mohammed Benali too
]


def _texts(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_import_asks_per_row_and_writes_only_what_was_chosen(qtbot, vault: Vault, tmp_path: Path) -> None:
    from coordinator_app.ui.cases.import_dialog import ImportDialog

    kowalska = store.create_case(vault, store.CaseInput(
        signal_received_on="2026-01-05", status="active",
        person=store.PersonInput(first_name="Małgorzata", last_name="Kowalska", date_of_birth="1990-03-12")))
    benali = store.create_case(vault, store.CaseInput(
        signal_received_on="2026-01-06", person=store.PersonInput(first_name="Mohammed", last_name="Benali")))
    numbers = dict(vault.execute_sql("SELECT id, case_number FROM cases"))
    path = tmp_path / "lijst.csv"
    path.write_text("\n".join([HEAD, *ROWS]) + "\n", encoding="utf-8")

    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_path(str(path))
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT)
    assert dialog.known_box.isVisible()
    rows = _texts(dialog.known_rows_model)
    assert [r[0] for r in rows] == ["2", "3", "5"]
    assert rows[0][1].startswith("Malgorzata Kowalska") and "12-03-1990" in rows[0][1]
    assert not dialog.import_button.isEnabled()  # three rows wait for a choice
    image = dialog.grab()  # the screen, for review (SCREENSHOT_DIR, else a temporary folder)
    assert image.save(str(Path(os.environ.get("SCREENSHOT_DIR", tmp_path)) / "import_known_persons.png"))

    # row 2: the candidate, exact, with number, name as stored, date of birth and status
    candidates = _texts(dialog.candidates_model)
    assert len(candidates) == 1
    number, name, born, status, _why = candidates[0]
    assert number == numbers[kowalska] and name == "Małgorzata Kowalska" and born == "12-03-1990"
    assert status in ("Actief", "Active") and "lijkt" not in name and "like" not in name
    assert dialog.same_button.isEnabled()
    dialog.same_button.click()
    assert dialog.known_choices == {2: kowalska}
    assert numbers[kowalska] in dialog.known_rows_model.index(0, 2).data()

    # the next open row (3) is shown: Mohammed Benali, only resembling, marked "lijkt op"
    assert dialog.known_rows_view.currentIndex().row() == 1
    candidates = _texts(dialog.candidates_model)
    assert [c[0] for c in candidates] == [numbers[benali]]
    assert candidates[0][1] in ("lijkt op: Mohammed Benali", "looks like: Mohammed Benali")
    dialog.new_button.click()
    assert dialog.known_choices == {2: kowalska, 3: None}
    assert not dialog.import_button.isEnabled()  # row 5 still open
    assert dialog.all_new_button.isEnabled()
    dialog.all_new_button.click()  # the explicit default for the rest
    assert dialog.known_choices == {2: kowalska, 3: None, 5: None}
    assert dialog.import_button.isEnabled() and not dialog.all_new_button.isEnabled()

    journal_before = vault.execute_sql(f"SELECT count(*) FROM journal_entries WHERE case_id = {kowalska}")[0][0]
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_button.click()
    wait_idle()
    assert dialog.result is not None and dialog.result.joined == [kowalska] and len(dialog.result.created) == 3
    # compare the vault with the file: OUD-1 opened no file; the others did, names as written
    created = vault.execute_sql("SELECT c.case_number, p.first_name, p.last_name FROM cases c "
                                "JOIN persons p ON p.case_id = c.id WHERE c.case_number LIKE 'OUD-%' ORDER BY c.id")
    expected = [tuple(r.split(";")[i] for i in (0, 3, 4)) for r in ROWS if not r.startswith("OUD-1;")]
    assert [tuple(r) for r in created] == expected
    lines = vault.execute_sql(f"SELECT text FROM journal_entries WHERE case_id = {kowalska} ORDER BY id")
    assert len(lines) == journal_before + 1
    assert "notitie: eerste melding" in lines[-1][0] and "voornaam: Malgorzata" in lines[-1][0]
    assert not dialog.same_button.isEnabled() and not dialog.new_button.isEnabled()


def test_no_known_persons_no_question(qtbot, vault: Vault, tmp_path: Path) -> None:
    from coordinator_app.ui.cases.import_dialog import ImportDialog

    path = tmp_path / "lijst.csv"
    path.write_text("\n".join([HEAD, *ROWS[2:3]]) + "\n", encoding="utf-8")
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_path(str(path))
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT)
    assert not dialog.known_box.isVisible() and dialog.import_button.isEnabled()
