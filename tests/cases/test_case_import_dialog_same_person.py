"""The import dialog: a later row is offered an earlier row of the same file ("Regel 2 van dit bestand") and
"Dit is dezelfde persoon" adds it to the case the earlier row opens; the check can be cancelled (Annuleren),
nothing is written and the dialog returns to its start state. Waits on signals and conditions only."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import sheet_import
from coordinator_app.services.search import persons
from coordinator_app.ui.worker import Cancelled, wait_idle

WAIT = 20_000
HEAD = "dossiernummer;datum_signaal;geboortedatum;voornaam;achternaam;notitie"
ROWS = [
    "OUD-1;2025-11-02;12-03-1990;Małgorzata;Kowalska;eerste melding",  # row 2
    "OUD-2;2025-11-03;;Pieter;Jansen;",  # row 3: someone else
    "OUD-3;2025-12-01;12-03-1990;Malgorzata;Kowalska;tweede melding",  # row 4: row 2 again
]


def _texts(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "lijst.csv"
    path.write_text("\n".join([HEAD, *ROWS]) + "\n", encoding="utf-8")
    return path


def _given(path: Path) -> dict[int, dict[str, str]]:
    """The oracle: the file's non-empty cells by row number (the header is row 1)."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        header = next(reader)
        return {n: {h: v for h, v in zip(header, values, strict=True) if v} for n, values in enumerate(reader, 2)}


def _state(vault: Vault) -> tuple[list[tuple], ...]:
    return tuple(vault.execute_sql(f"SELECT * FROM {t} ORDER BY id")
                 for t in ("cases", "persons", "journal_entries", "audit_events"))


def test_a_later_row_is_offered_the_earlier_row_and_joins_its_case(qtbot, vault: Vault, tmp_path: Path) -> None:
    from coordinator_app.ui.cases.import_dialog import ImportDialog

    path = _file(tmp_path)
    given = _given(path)
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_path(str(path))
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT)
    assert dialog.known_box.isVisible()
    assert [r[0] for r in _texts(dialog.known_rows_model)] == ["4"]
    candidates = _texts(dialog.candidates_model)
    assert len(candidates) == 1
    where, name, born, _status, _why = candidates[0]
    assert where in ("Regel 2 van dit bestand", "Row 2 of this file")
    assert name == "Małgorzata Kowalska" and born == "12-03-1990"  # the earlier row as written in the file
    assert not dialog.import_button.isEnabled()
    dialog.same_button.click()
    assert dialog.known_choices == {4: sheet_import.SameAsRow(2)}
    assert "2" in dialog.known_rows_model.index(0, 2).data()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_button.click()
    wait_idle()
    assert dialog.result is not None and len(dialog.result.created) == 2
    cases = vault.execute_sql("SELECT id, case_number FROM cases ORDER BY id")
    assert [n for _i, n in cases] == [given[2]["dossiernummer"], given[3]["dossiernummer"]]
    lines = vault.execute_sql(f"SELECT text FROM journal_entries WHERE case_id = {cases[0][0]} ORDER BY id")
    texts = [t for (t,) in lines]
    assert len(texts) == 2 and texts[0] == given[2]["notitie"]
    joined = texts[1].splitlines()
    assert all(f"{c}: {v}" in joined for c, v in given[4].items())
    assert dialog.result.joined_in_file == [cases[0][0]]


def test_new_person_keeps_two_cases(qtbot, vault: Vault, tmp_path: Path) -> None:
    from coordinator_app.ui.cases.import_dialog import ImportDialog

    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_path(str(_file(tmp_path)))
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT)
    dialog.new_button.click()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_button.click()
    wait_idle()
    assert vault.execute_sql("SELECT count(*) FROM cases")[0][0] == len(ROWS)


def _hold_at_first_report(monkeypatch, name: str):  # type: ignore[no-untyped-def]
    """Replace `persons.<name>` so that, on the worker thread, it stops at its first progress report until
    `release` is set (`reached` says it got there), and records what it raised."""
    reached, release = threading.Event(), threading.Event()
    original = getattr(persons, name)
    raised: list[BaseException] = []

    def held(*args, progress=None, **kwargs):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            if not reached.is_set():
                reached.set()
                assert release.wait(timeout=60)
            progress(done, total)

        try:
            return original(*args, progress=report if progress is not None else None, **kwargs)
        except BaseException as exc:
            raised.append(exc)
            raise

    monkeypatch.setattr(persons, name, held)
    return reached, release, raised


def test_cancel_during_the_check_writes_nothing_and_returns_to_the_start(qtbot, vault: Vault, tmp_path: Path,
                                                                         monkeypatch) -> None:
    """Annuleren while the check is in the middle of "Is deze persoon al bekend?": the check is held (on the
    worker thread) at its first report there until the test has clicked Annuleren, then goes on; its next
    report ends it. No timing assumption."""
    from coordinator_app.ui.cases.import_dialog import ImportDialog

    original = persons.known_persons_for_rows
    reached, release, raised = _hold_at_first_report(monkeypatch, "known_persons_for_rows")
    before = _state(vault)
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    start = (dialog.file_label.text(), dialog.import_button.isEnabled(), dialog.known_box.isVisible())
    assert not dialog.cancel_check_button.isVisible()
    dialog.check_path(str(_file(tmp_path)))
    assert dialog.cancel_check_button.isVisible() and dialog.cancel_check_button.isEnabled()
    assert dialog.cancel_check_button.text() in ("Annuleren", "Cancel")
    assert not dialog.choose_button.isEnabled()
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    with qtbot.waitSignal(dialog.check_cancelled, timeout=WAIT):
        dialog.cancel_check_button.click()
        assert not dialog.cancel_check_button.isEnabled()  # clicked once
        release.set()
    wait_idle()
    assert dialog.check is None and dialog.result is None and dialog.known_choices == {}
    assert (dialog.file_label.text(), dialog.import_button.isEnabled(), dialog.known_box.isVisible()) == start
    assert not dialog.progress.isVisible() and not dialog.cancel_check_button.isVisible()
    assert dialog.choose_button.isEnabled() and dialog.known_rows_model.rowCount() == 0
    assert "geannuleerd" in dialog.summary.text() or "cancelled" in dialog.summary.text()
    assert _state(vault) == before  # nothing written
    assert [type(e) for e in raised] == [Cancelled]  # the check itself stopped, not only its result dropped
    # the dialog works again as at the start: the same file is checked to the end
    monkeypatch.setattr(persons, "known_persons_for_rows", original)
    dialog.check_path(str(_file(tmp_path)))
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT)
    assert sorted(dialog.check.same_in_file) == [4] and not dialog.cancel_check_button.isVisible()


def test_cancel_before_the_check_starts(qtbot, vault: Vault, tmp_path: Path) -> None:
    """Annuleren while the check still waits for the vault thread: it stops at its first report."""
    from coordinator_app.ui import worker
    from coordinator_app.ui.cases.import_dialog import ImportDialog

    busy, release = threading.Event(), threading.Event()
    worker.run_db(lambda _c: (busy.set(), release.wait(timeout=60)))  # the vault thread is busy elsewhere
    qtbot.waitUntil(busy.is_set, timeout=WAIT)
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_path(str(_file(tmp_path)))
    with qtbot.waitSignal(dialog.check_cancelled, timeout=WAIT):
        dialog.cancel_check_button.click()
        release.set()
    wait_idle()
    assert dialog.check is None and dialog.choose_button.isEnabled()


def test_closing_the_dialog_during_the_check_cancels_it(qtbot, vault: Vault, tmp_path: Path, monkeypatch) -> None:
    from coordinator_app.ui.cases.import_dialog import ImportDialog

    reached, release, raised = _hold_at_first_report(monkeypatch, "same_persons_among_rows")
    before = _state(vault)
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_path(str(_file(tmp_path)))
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    with qtbot.waitSignal(dialog.check_cancelled, timeout=WAIT):
        dialog.close_button.click()  # Sluiten
        release.set()
    wait_idle()
    assert not dialog.isVisible() and dialog.check is None
    assert [type(e) for e in raised] == [Cancelled] and _state(vault) == before
