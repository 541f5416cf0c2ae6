"""The duplicate review dialog (pytest-qt): pairs listed with case numbers and status; merging asks first,
says what moves, and then leaves one file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from coordinator_app.db.models import Case
from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.worker import wait_idle

WAIT = 10_000


@pytest.fixture
def dutch(qapp):
    from coordinator_app.ui import i18n

    i18n.install(qapp, "nl")
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def ctx(qtbot, vault):
    context = AppContext(str(vault.folder))
    context.set_vault(vault)
    yield context
    wait_idle()
    QApplication.processEvents()


def _case(vault: Vault, first: str, last: str, born: str | None = None) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on="2026-02-01", person=store.PersonInput(first_name=first, last_name=last,
                                                                  date_of_birth=born)))


def shot(widget, name: str, tmp_path: Path) -> None:
    image = widget.grab()
    assert not image.isNull()
    image.save(str(Path(os.environ.get("SCREENSHOT_DIR", tmp_path)) / name))


def test_review_lists_pairs_and_merge_asks_first(qtbot, dutch, ctx, vault, tmp_path) -> None:
    from coordinator_app.ui.cases.duplicates_dialog import DuplicateReviewDialog

    keep = _case(vault, "Tesfay", "Haile", "2001-02-03")
    absorb = _case(vault, "Tesfai", "Hayle", "2001-02-03")
    store.add_journal_entry(vault, absorb, "Gesprek via tolk Tigrinya.")
    _case(vault, "Pieter", "Jansen")
    dialog = DuplicateReviewDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 560)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    numbers = {c: store.get_case(vault, c).case_number for c in (keep, absorb)}
    assert row[0] == numbers[keep] and row[3] == numbers[absorb]
    assert row[1] == "Tesfay Haile (03-02-2001)" and row[2] == "Signaal"
    assert row[6] == "lijkt op, zelfde geboortedatum"
    shot(dialog, "duplicate_review.png", tmp_path)
    qtbot.mouseClick(dialog.findChild(QPushButton, "duplicateMerge"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm is not None and dialog.confirm.isVisible(), timeout=WAIT)
    box: QMessageBox = dialog.confirm
    text = box.text()
    assert f"Dossier {numbers[absorb]} wordt toegevoegd aan dossier {numbers[keep]}" in text
    assert "1 journaalregels" in text and "Tesfai Hayle" in text
    shot(box, "duplicate_merge_confirm.png", tmp_path)
    with qtbot.waitSignal(dialog.merged, timeout=WAIT):
        box.findChild(QPushButton, "duplicateMergeYes").click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=WAIT)
    with vault.read() as s:
        assert s.get(Case, absorb) is None and s.get(Case, keep) is not None


def test_cancel_merges_nothing(qtbot, ctx, vault) -> None:
    from coordinator_app.ui.cases.duplicates_dialog import DuplicateReviewDialog

    _case(vault, "Anna", "Kowalczyk")
    _case(vault, "Ana", "Kowalczik")
    dialog = DuplicateReviewDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    dialog.ask_merge()
    qtbot.waitUntil(lambda: dialog.confirm is not None, timeout=WAIT)
    dialog.confirm.reject()
    wait_idle()
    QApplication.processEvents()
    assert store.count_cases(vault) == 2
