"""Checking a large case list runs off the GUI thread with progress: the import dialog shows a progress bar
(rows checked of all, then "Is deze persoon al bekend?" for every row, then the rows among each other), and
the GUI thread keeps handling events while the rows are checked and while both known-person checks run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QProgressBar

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import sheet_import, store
from coordinator_app.services.cases.sheet_import import PROGRESS_EVERY
from coordinator_app.services.search import persons
from coordinator_app.ui import worker
from coordinator_app.ui.cases.import_dialog import ImportDialog
from tests.contacts.test_contact_import_progress import _Heartbeat

N = 3 * PROGRESS_EVERY + 17  # rows in the file: several progress steps and a last partial one
KNOWN = [("Łukasz", "Wiśniewski"), ("Nguyễn Văn", "Đức"), ("Mohammed", "El Amrani")]
TYPED = [("Lukasz", "Wisniewski"), ("Duc", "Nguyen Van"), ("Muhammad", "El Amrani")]  # other spellings


def _file(tmp_path: Path) -> tuple[Path, set[int]]:
    lines = ["dossiernummer;datum_signaal;voornaam;achternaam"]
    known_rows: set[int] = set()
    for i in range(N):
        if i % 100 == 7:
            first, last = TYPED[(i // 100) % len(TYPED)]
            known_rows.add(i + 2)  # the header is row 1
        else:
            first, last = f"Voornaam{i}", f"Achternaam{i}"
        lines.append(f"IMP-{i:05d};01-03-2025;{first};{last}")
    path = tmp_path / "lijst.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path, known_rows


def test_checking_a_large_list_shows_progress_and_keeps_the_gui_responsive(qtbot, vault: Vault, tmp_path: Path,
                                                                           monkeypatch) -> None:
    for n, (first, last) in enumerate(KNOWN, start=1):
        store.create_case(vault, store.CaseInput(signal_received_on="2025-01-05", case_number=f"ZM-2025-{n:04d}",
                                                 person=store.PersonInput(first_name=first, last_name=last)))
    path, known_rows = _file(tmp_path)
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    bar = dialog.findChild(QProgressBar, "importProgress")
    seen: list[tuple[int, int, str]] = []
    bar.valueChanged.connect(lambda v: seen.append((v, bar.maximum(), bar.text())))
    beat = _Heartbeat()
    monkeypatch.setattr(sheet_import, "check_file", beat.hold("rows", sheet_import.check_file))
    monkeypatch.setattr(persons, "known_persons_for_rows", beat.hold("known", persons.known_persons_for_rows))
    monkeypatch.setattr(persons, "same_persons_among_rows", beat.hold("file", persons.same_persons_among_rows))

    dialog.check_path(str(path))
    assert bar.isVisible() and not dialog.choose_button.isEnabled()  # at once, before the work is done
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=120_000)
    assert not bar.isVisible() and dialog.choose_button.isEnabled()
    assert beat.proven == {"rows": True, "known": True, "file": True}  # the GUI thread ran in every phase
    steps = [v for v, _m, _t in seen if v > 0]
    assert steps == sorted(steps) and steps[-1] == 3 * N and {m for v, m, _t in seen if v > 0} == {3 * N}
    assert len([v for v in steps if v <= N]) >= N // PROGRESS_EVERY  # rows checked, along the way
    assert len([v for v in steps if N < v < 2 * N]) >= 2  # the known-person check, along the way too
    assert len([v for v in steps if 2 * N < v < 3 * N]) >= 2  # the rows among each other, along the way too
    assert any(t.startswith("Regel") or t.startswith("Checking row") for _v, _m, t in seen)
    assert any("Is deze persoon al bekend?" in t or "already known" in t for _v, _m, t in seen)
    assert any("dezelfde persoon in dit bestand" in t or "twice in this file" in t for _v, _m, t in seen)
    assert set(dialog.check.known_persons) == known_rows  # the check itself found what the file holds
    beat.timer.stop()
    worker.wait_idle()
